#include "core/connectionstate.h"
#include "support/guitestmain.h"
#include "support/testenv.h"
#include "widgets/connectionindicator.h"
#include "widgets/emptystatepage.h"
#include "widgets/mainwindow.h"

#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using lcl::ConnectionState;
using lcl::widgets::MainWindow;
using lcl::widgets::ViewId;
using lcl::widgets::ViewInfo;

namespace {

// A grab that is not one flat colour: something was painted.
bool hasContent(const QImage& image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            if (image.pixel(x, y) != first)
                return true;
    return false;
}

} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void clicksThroughEveryView()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
        QVERIFY(navigation && stack);
        QCOMPARE(navigation->count(), 8);
        QSignalSpy changed(&window, &MainWindow::viewChanged);

        for (const ViewInfo& view : ViewInfo::all()) {
            QListWidgetItem* item = navigation->item(int(view.id));
            QCOMPARE(item->text(), view.title);
            const QRect rect = navigation->visualItemRect(item);
            QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(window.currentView(), view.id);
            QCOMPARE(stack->currentWidget(), window.page(view.id));

            // Until a view is built it shows an honest empty state: its title and what it will show.
            auto* empty = qobject_cast<lcl::widgets::EmptyStatePage*>(stack->currentWidget());
            QVERIFY(empty);
            const auto labels = empty->findChildren<QLabel*>();
            QStringList texts;
            for (const QLabel* label : labels)
                texts << label->text();
            QVERIFY2(texts.contains(view.title), qPrintable(texts.join(QLatin1Char('|'))));
            QVERIFY2(texts.contains(view.description), qPrintable(view.key));

            const QImage shot = window.grab().toImage();
            QVERIFY(hasContent(shot));
            QVERIFY(shot.save(lcl::test::artifactsDir() + QStringLiteral("/mainwindow-%1.png").arg(view.key)));
        }
        // The first entry was already current, so clicking it changed nothing.
        QCOMPARE(changed.count(), 7);
    }

    void keyboardShortcutsSwitchViews()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(window.currentView(), ViewId::Events);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentView(), ViewId::Topology);
    }

    void contextSelectorReportsChoice()
    {
        MainWindow window;
        auto* contexts = window.findChild<QComboBox*>(QStringLiteral("contextSelector"));
        QVERIFY(contexts);
        QVERIFY(!contexts->isEnabled()); // no kubeconfig yet: disabled, says so
        window.setContexts({QStringLiteral("lclab"), QStringLiteral("lclab-readonly")}, QStringLiteral("lclab-readonly"));
        QVERIFY(contexts->isEnabled());
        QCOMPARE(window.currentContext(), QStringLiteral("lclab-readonly"));
        QSignalSpy selected(&window, &MainWindow::contextSelected);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        contexts->setFocus();
        QTest::keyClick(contexts, Qt::Key_Up);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toString(), QStringLiteral("lclab"));
    }

    void namespaceFilterKeepsSelectionAcrossUpdates()
    {
        MainWindow window;
        QSignalSpy changed(&window, &MainWindow::namespaceFilterChanged);
        window.setNamespaces({QStringLiteral("checkin"), QStringLiteral("search")});
        QCOMPARE(window.namespaceFilter(), QString()); // "All namespaces"
        window.setNamespaceFilter(QStringLiteral("search"));
        QCOMPARE(window.namespaceFilter(), QStringLiteral("search"));
        QCOMPARE(changed.count(), 1);
        window.setNamespaces({QStringLiteral("caching"), QStringLiteral("search")});
        QCOMPARE(window.namespaceFilter(), QStringLiteral("search"));
        QCOMPARE(changed.count(), 1);
        window.setNamespaces({QStringLiteral("caching")}); // the chosen namespace went away
        QCOMPARE(window.namespaceFilter(), QString());
        QCOMPARE(changed.count(), 2);
    }

    void statusBarShowsEachConnection()
    {
        MainWindow window;
        auto* api = window.indicator(MainWindow::Connection::KubernetesApi);
        QVERIFY(api->text().contains(QStringLiteral("not configured")));
        ConnectionState state;
        state.phase = ConnectionState::Phase::Connected;
        state.endpoint = QStringLiteral("https://127.0.0.1:6443");
        state.summary = QStringLiteral("v1.31.4+k3s1");
        window.setConnectionState(MainWindow::Connection::KubernetesApi, state);
        QCOMPARE(api->text(), QStringLiteral("Kubernetes API: connected"));
        QVERIFY(api->toolTip().contains(QStringLiteral("v1.31.4+k3s1")));
        state.phase = ConnectionState::Phase::Failed;
        window.setConnectionState(MainWindow::Connection::Prometheus, state);
        QCOMPARE(window.indicator(MainWindow::Connection::Prometheus)->text(), QStringLiteral("Prometheus: failed"));
        QVERIFY(window.indicator(MainWindow::Connection::Alertmanager)->text().contains(QStringLiteral("not configured")));
    }

    void setPageReplacesEmptyState()
    {
        MainWindow window;
        window.showView(ViewId::Events);
        auto* page = new QLabel(QStringLiteral("events here"));
        window.setPage(ViewId::Events, page);
        auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
        QCOMPARE(stack->currentWidget(), page);
        QCOMPARE(stack->count(), 8);
    }

    void firstRunOffersTheNextSteps()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy demo(&window, &MainWindow::startDemoRequested);
        QSignalSpy open(&window, &MainWindow::openKubeconfigRequested);
        const auto buttons = window.emptyState(ViewId::Overview)->findChildren<QPushButton*>();
        QCOMPARE(buttons.size(), 2);
        QTest::mouseClick(buttons.at(0), Qt::LeftButton);
        QCOMPARE(demo.count(), 1);
        QTest::mouseClick(buttons.at(1), Qt::LeftButton);
        QCOMPARE(open.count(), 1);
    }

    void everyViewHasAnIcon()
    {
        MainWindow window;
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        for (int row = 0; row < navigation->count(); ++row)
            QVERIFY2(!navigation->item(row)->icon().pixmap(20, 20).isNull(), qPrintable(navigation->item(row)->text()));
    }

    void emptyReasonShownOnEveryEmptyView()
    {
        MainWindow window;
        window.setEmptyReason(QStringLiteral("No cluster is connected yet."));
        for (const ViewInfo& view : ViewInfo::all())
            QCOMPARE(window.emptyState(view.id)->reason(), QStringLiteral("No cluster is connected yet."));
    }
};

LCL_GUITEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
