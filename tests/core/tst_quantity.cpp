#include "core/quantity.h"

#include <QTest>

using lcl::Quantity;

class TestQuantity final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("milli");
        QTest::newRow("millicores") << QStringLiteral("250m") << qint64(250);
        QTest::newRow("whole cores") << QStringLiteral("2") << qint64(2000);
        QTest::newRow("fraction cores") << QStringLiteral("0.5") << qint64(500);
        QTest::newRow("mebibytes") << QStringLiteral("512Mi") << qint64(512LL * 1024 * 1024 * 1000);
        QTest::newRow("fractional gibibytes") << QStringLiteral("1.5Gi") << qint64(1610612736LL * 1000);
        QTest::newRow("exponent") << QStringLiteral("1e3") << qint64(1000 * 1000);
        QTest::newRow("negative exponent") << QStringLiteral("5E-3") << qint64(5);
        QTest::newRow("kilo decimal") << QStringLiteral("100k") << qint64(100000LL * 1000);
        QTest::newRow("mega decimal") << QStringLiteral("128M") << qint64(128000000LL * 1000);
        QTest::newRow("kibibytes") << QStringLiteral("64Ki") << qint64(65536LL * 1000);
        QTest::newRow("nano rounds up") << QStringLiteral("1n") << qint64(1);
        QTest::newRow("micro") << QStringLiteral("1500u") << qint64(2);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("negative") << QStringLiteral("-100m") << qint64(-100);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, milli);
        const auto q = Quantity::parse(QStringView(text));
        QVERIFY2(q.has_value(), qPrintable(text));
        QCOMPARE(q->milliValue(), milli);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("suffix only") << QStringLiteral("Mi");
        QTest::newRow("unknown suffix") << QStringLiteral("12Xi");
        QTest::newRow("lower-case binary") << QStringLiteral("1mi");
        QTest::newRow("exponent without digits") << QStringLiteral("1e");
        QTest::newRow("space") << QStringLiteral("1 Gi");
        QTest::newRow("huge") << QStringLiteral("99999999999999999999Ei");
    }
    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!Quantity::parse(QStringView(text)).has_value());
    }

    void valueRoundsUp()
    {
        QCOMPARE(Quantity::parse(std::string_view("250m"))->value(), qint64(1));
        QCOMPARE(Quantity::parse(std::string_view("2"))->value(), qint64(2));
        QCOMPARE(Quantity::parse(std::string_view("1Ki"))->value(), qint64(1024));
    }

    void format_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<bool>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("millicores") << qint64(250) << false << QStringLiteral("250m");
        QTest::newRow("cores") << qint64(2000) << false << QStringLiteral("2");
        QTest::newRow("cores and a half") << qint64(1500) << false << QStringLiteral("1.5");
        QTest::newRow("bytes") << qint64(900) << true << QStringLiteral("900");
        QTest::newRow("mebibytes") << qint64(512LL << 20) << true << QStringLiteral("512Mi");
        QTest::newRow("gibibytes and a half") << qint64(1610612736) << true << QStringLiteral("1.5Gi");
        QTest::newRow("kibibytes") << qint64(2048) << true << QStringLiteral("2Ki");
    }
    void format()
    {
        QFETCH(qint64, value);
        QFETCH(bool, bytes);
        QFETCH(QString, expected);
        QCOMPARE(bytes ? Quantity::formatBytes(value) : Quantity::formatMillis(value), expected);
    }
};

QTEST_GUILESS_MAIN(TestQuantity)
#include "tst_quantity.moc"
