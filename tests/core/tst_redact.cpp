#include "core/redact.h"

#include <QTest>

class TestRedact final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void removesSecrets_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::newRow("authorization header")
            << QStringLiteral("GET /api Authorization: Bearer abc.def-ghi") << QStringLiteral("abc.def-ghi");
        QTest::newRow("bearer in text") << QStringLiteral("sent bearer s3cr3tT0ken to server")
                                        << QStringLiteral("s3cr3tT0ken");
        QTest::newRow("yaml token") << QStringLiteral("user:\n  token: K10abcdef::server:1234")
                                    << QStringLiteral("K10abcdef");
        QTest::newRow("json password") << QStringLiteral(R"({"password":"hunter2","user":"me"})")
                                       << QStringLiteral("hunter2");
        QTest::newRow("client key data") << QStringLiteral("client-key-data: LS0tLS1CRUdJTiBFQw==")
                                         << QStringLiteral("LS0tLS1CRUdJTiBFQw==");
        QTest::newRow("url password") << QStringLiteral("https://admin:pa55word@127.0.0.1:6443/api")
                                      << QStringLiteral("pa55word");
        QTest::newRow("pem key") << QStringLiteral("-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIB\n-----END EC PRIVATE KEY-----")
                                 << QStringLiteral("MHcCAQEEIB");
    }
    void removesSecrets()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString out = lcl::redactSecrets(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("redacted")), qPrintable(out));
    }

    void keepsOrdinaryText()
    {
        const QString text = QStringLiteral("GET /api/v1/namespaces/search/pods?limit=500 took 12 ms");
        QCOMPARE(lcl::redactSecrets(text), text);
    }
};

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
