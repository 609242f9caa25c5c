#include "labsim/simoptions.h"

#include <QTest>

using lcl::sim::SimOptions;

// The traffic options of lclab-sim: --metrics-port, --speed, --hpa-sync, --hpa-downscale-window; bad values are
// Config errors that name the option.
class TestTrafficOptions final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const auto options = SimOptions::parse({});
        QVERIFY(options);
        QCOMPARE(options->metricsPort, quint16(0));
        QCOMPARE(options->speed, 1.0);
        QCOMPARE(options->hpaSyncSeconds, 15.0);
        QCOMPARE(options->hpaDownscaleWindowSeconds, 300.0);
    }

    void accepted()
    {
        const auto options = SimOptions::parse({QStringLiteral("--metrics-port"), QStringLiteral("9464"), QStringLiteral("--speed=10"),
                                                QStringLiteral("--hpa-sync"), QStringLiteral("1"),
                                                QStringLiteral("--hpa-downscale-window=20")});
        QVERIFY(options);
        QCOMPARE(options->metricsPort, quint16(9464));
        QCOMPARE(options->speed, 10.0);
        QCOMPARE(options->hpaSyncSeconds, 1.0);
        QCOMPARE(options->hpaDownscaleWindowSeconds, 20.0);
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("port too big") << QStringList{QStringLiteral("--metrics-port"), QStringLiteral("70000")} << QStringLiteral("--metrics-port");
        QTest::newRow("port text") << QStringList{QStringLiteral("--metrics-port=web")} << QStringLiteral("--metrics-port");
        QTest::newRow("speed zero") << QStringList{QStringLiteral("--speed"), QStringLiteral("0")} << QStringLiteral("--speed");
        QTest::newRow("speed text") << QStringList{QStringLiteral("--speed=fast")} << QStringLiteral("--speed");
        QTest::newRow("sync negative") << QStringList{QStringLiteral("--hpa-sync"), QStringLiteral("-1")} << QStringLiteral("--hpa-sync");
        QTest::newRow("window text") << QStringList{QStringLiteral("--hpa-downscale-window=soon")} << QStringLiteral("--hpa-downscale-window");
        QTest::newRow("missing value") << QStringList{QStringLiteral("--speed")} << QStringLiteral("needs a value");
    }
    void refused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto options = SimOptions::parse(arguments);
        QVERIFY(!options);
        QVERIFY2(options.error().message.contains(message), qPrintable(options.error().message));
    }
};

QTEST_GUILESS_MAIN(TestTrafficOptions)
#include "tst_trafficoptions.moc"
