#include "support/simprocess.h"
#include "support/testenv.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QTest>

// `lclab-console --screenshot F --view V` against the real simulator: a PNG of the asked size comes out for the
// main views, showing the cluster (not an empty state).
class TestScreenshotViews final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_sim.start())
            QSKIP(qPrintable(QStringLiteral("lclab-sim could not be started (%1); build lclab-sim in this build tree")
                                 .arg(m_sim.errorString())));
    }

    void screenshot_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QSize>("size");
        QTest::newRow("service 1280x800") << QStringLiteral("service:search-api") << QSize(1280, 800);
        QTest::newRow("service 1920x1080") << QStringLiteral("service:search-api") << QSize(1920, 1080);
        QTest::newRow("events 1280x800") << QStringLiteral("events") << QSize(1280, 800);
        QTest::newRow("overview 1920x1080") << QStringLiteral("overview") << QSize(1920, 1080);
    }

    void screenshot()
    {
        QFETCH(QString, view);
        QFETCH(QSize, size);
        const QString name = QStringLiteral("console-%1-%2x%3.png")
                                 .arg(QString(view).replace(QLatin1Char(':'), QLatin1Char('-')))
                                 .arg(size.width())
                                 .arg(size.height());
        const QString file = QDir(lcl::test::artifactsDir()).filePath(name);
        QFile::remove(file);
        const auto run = lcl::test::runProgram(
            lcl::test::binDir() + QStringLiteral("/lclab-console"),
            {QStringLiteral("--kubeconfig"), m_sim.kubeconfigPath(), QStringLiteral("--context"), QStringLiteral("lclab"),
             QStringLiteral("--screenshot"), file, QStringLiteral("--view"), view, QStringLiteral("--size"),
             QStringLiteral("%1x%2").arg(size.width()).arg(size.height())},
            {QStringLiteral("QT_QPA_PLATFORM=offscreen")}, 90000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QImage image(file);
        QVERIFY2(!image.isNull(), qPrintable(file));
        QCOMPARE(image.size(), size);
        // Not a blank window: a screenshot of real content has many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void unknownViewIsRefused()
    {
        const auto run = lcl::test::runProgram(lcl::test::binDir() + QStringLiteral("/lclab-console"),
                                               {QStringLiteral("--screenshot"), QStringLiteral("x.png"),
                                                QStringLiteral("--view"), QStringLiteral("service:")},
                                               {QStringLiteral("QT_QPA_PLATFORM=offscreen")}, 30000);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Unknown view")), qPrintable(run.err));
    }

private:
    lcl::test::SimProcess m_sim;
};

QTEST_GUILESS_MAIN(TestScreenshotViews)
#include "tst_screenshotviews.moc"
