#include "core/logging.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <spdlog/logger.h>

class TestLogging final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parseLevel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("debug") << QStringLiteral("debug") << true;
        QTest::newRow("WARN upper case") << QStringLiteral("WARN") << true;
        QTest::newRow("off") << QStringLiteral("off") << true;
        QTest::newRow("nonsense") << QStringLiteral("loud") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void parseLevel()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        lcl::logging::Level level;
        QCOMPARE(lcl::logging::parseLevel(text, &level), valid);
    }

    void namedLoggersAndQtMessagesReachTheFile()
    {
        QTemporaryDir dir;
        lcl::logging::Options options;
        options.directory = dir.path();
        options.toStderr = false;
        options.level = lcl::logging::Level::Debug;
        lcl::logging::init(options);
        QCOMPARE(lcl::logging::logFilePath(), dir.filePath(QStringLiteral("lclab-console.log")));

        lcl::logging::logger("kube")->info("informer for {} started", "pods");
        qWarning("a Qt warning %d", 7);
        lcl::logging::logger("kube")->flush();
        lcl::logging::logger("qt")->flush();

        QFile file(lcl::logging::logFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("[kube] informer for pods started"), text.constData());
        QVERIFY2(text.contains("[qt] [default] a Qt warning 7"), text.constData());
    }

    void levelFiltersMessages()
    {
        QTemporaryDir dir;
        lcl::logging::Options options;
        options.directory = dir.path();
        options.toStderr = false;
        options.level = lcl::logging::Level::Warn;
        lcl::logging::init(options);
        lcl::logging::logger("net")->info("not written");
        lcl::logging::logger("net")->error("written");
        lcl::logging::logger("net")->flush();
        QFile file(lcl::logging::logFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("not written"));
        QVERIFY(text.contains("written"));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
