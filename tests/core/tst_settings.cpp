#include "core/settings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSettings final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void freshStoreHasDefaults()
    {
        QTemporaryDir dir;
        lcl::Settings settings(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(settings.version(), lcl::Settings::CurrentVersion);
        QCOMPARE(settings.refreshIntervalMs(), 5000);
        QCOMPARE(settings.logBufferLines(), 50000);
        QVERIFY(settings.prometheusUrl().isEmpty());
        QVERIFY(!settings.firstRunDone());
    }

    void settersEmitOnlyOnChange()
    {
        QTemporaryDir dir;
        lcl::Settings settings(dir.filePath(QStringLiteral("s.ini")));
        QSignalSpy connection(&settings, &lcl::Settings::connectionChanged);
        QSignalSpy refresh(&settings, &lcl::Settings::refreshIntervalChanged);
        settings.setPrometheusUrl(QStringLiteral("http://127.0.0.1:9090"));
        settings.setPrometheusUrl(QStringLiteral("http://127.0.0.1:9090"));
        QCOMPARE(connection.count(), 1);
        settings.setRefreshIntervalMs(10);
        QCOMPARE(refresh.count(), 1);
        QCOMPARE(settings.refreshIntervalMs(), 1000); // clamped to the minimum
    }

    void valuesPersist()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        {
            lcl::Settings settings(file);
            settings.setLastContext(QStringLiteral("lclab"));
            settings.setLogBufferLines(20000);
        }
        lcl::Settings again(file);
        QCOMPARE(again.lastContext(), QStringLiteral("lclab"));
        QCOMPARE(again.logBufferLines(), 20000);
    }

    void migratesVersionOne()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings old(file, QSettings::IniFormat);
            old.setValue(QStringLiteral("version"), 1);
            old.setValue(QStringLiteral("prometheus/url"), QStringLiteral("http://prom:9090"));
            old.setValue(QStringLiteral("metrics/refreshSeconds"), 15);
        }
        lcl::Settings settings(file);
        QCOMPARE(settings.version(), 2);
        QCOMPARE(settings.prometheusUrl(), QStringLiteral("http://prom:9090"));
        QCOMPARE(settings.refreshIntervalMs(), 15000);
        QSettings raw(file, QSettings::IniFormat);
        QVERIFY(!raw.contains(QStringLiteral("prometheus/url")));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
