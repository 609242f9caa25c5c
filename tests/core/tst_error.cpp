#include "core/error.h"
#include "core/result.h"

#include <QTest>

using lcl::Error;

class TestError final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kindForHttpStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<Error::Kind>("kind");
        QTest::newRow("400 bad request") << 400 << Error::Kind::Invalid;
        QTest::newRow("401 unauthorized") << 401 << Error::Kind::Auth;
        QTest::newRow("403 forbidden") << 403 << Error::Kind::Forbidden;
        QTest::newRow("404 not found") << 404 << Error::Kind::NotFound;
        QTest::newRow("409 conflict") << 409 << Error::Kind::Conflict;
        QTest::newRow("410 gone") << 410 << Error::Kind::NotFound;
        QTest::newRow("415 unsupported media") << 415 << Error::Kind::Invalid;
        QTest::newRow("422 invalid") << 422 << Error::Kind::Invalid;
        QTest::newRow("429 too many") << 429 << Error::Kind::RateLimited;
        QTest::newRow("500 internal") << 500 << Error::Kind::Server;
        QTest::newRow("503 unavailable") << 503 << Error::Kind::Unavailable;
        QTest::newRow("504 gateway timeout") << 504 << Error::Kind::Timeout;
        QTest::newRow("599 unknown 5xx") << 599 << Error::Kind::Server;
    }
    void kindForHttpStatus()
    {
        QFETCH(int, status);
        QFETCH(Error::Kind, kind);
        QCOMPARE(Error::kindForHttpStatus(status), kind);
    }

    void everyKindHasAName()
    {
        for (int k = int(Error::Kind::Config); k <= int(Error::Kind::Cancelled); ++k)
            QVERIFY2(!Error::kindName(Error::Kind(k)).isEmpty(), qPrintable(QString::number(k)));
    }

    void toStringJoinsMessageAndHint()
    {
        const Error withHint = Error::make(Error::Kind::Forbidden, QStringLiteral("Forbidden: may not scale"),
                                           QStringLiteral("Ask for the edit role"));
        QCOMPARE(withHint.toString(), QStringLiteral("Forbidden: may not scale — Ask for the edit role"));
        const Error bare = Error::make(Error::Kind::Network, QStringLiteral("Connection refused"));
        QCOMPARE(bare.toString(), QStringLiteral("Connection refused"));
    }

    void resultHoldsValueOrError()
    {
        lcl::Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(good.value(), 42);
        lcl::Result<int> bad(Error::make(Error::Kind::Parse, QStringLiteral("bad")));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, Error::Kind::Parse);
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
