#include "app/console/application.h"

#include "core/logging.h"
#include "core/settings.h"
#include "widgets/emptystatepage.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

#include <spdlog/logger.h>

#include <cstdio>

namespace lcl::console {
namespace {

// Prints `text` on standard output exactly as given (no translation of line ends, no buffering surprises).
void printOut(const QString& text)
{
    QTextStream out(stdout);
    out << text;
    out.flush();
}

class FirstPaintProbe final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] {
                std::fputs("first-paint\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

Application::Application(CommandLine options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(std::make_unique<Settings>())
{
}

Application::~Application()
{
    if (m_window)
        m_settings->setWindowGeometry(m_window->saveGeometry());
}

int Application::run()
{
    switch (m_options.mode) {
    case CommandLine::Mode::Window:
        return runWindow();
    case CommandLine::Mode::Screenshot:
        return runScreenshot();
    case CommandLine::Mode::Report:
        return runReport();
    case CommandLine::Mode::Help:
    case CommandLine::Mode::Version:
    case CommandLine::Mode::Error:
        break;
    }
    return 2;
}

void Application::createWindow()
{
    using widgets::MainWindow;
    m_window = std::make_unique<MainWindow>();
    m_window->setEmptyReason(
        tr("<p>No cluster is connected yet.</p>"
           "<p>Try the built-in demo lab: <code>lclab-console --demo</code><br/>"
           "or connect to your k3s cluster: <code>lclab-console --kubeconfig /etc/rancher/k3s/k3s.yaml</code></p>"));
    if (!m_options.view.isEmpty()) {
        const QString key = m_options.view.section(QLatin1Char(':'), 0, 0);
        const auto id = widgets::ViewInfo::fromKey(key == QLatin1String("service") ? QStringLiteral("services") : key);
        if (id)
            m_window->showView(*id);
    }
    if (!m_options.ns.isEmpty())
        m_window->setNamespaceFilter(m_options.ns);

    auto notServed = [](const QString& what) {
        logging::logger("ui")->warn("{}", what.toStdString());
    };
    if (m_options.demo)
        notServed(tr("--demo: the demo lab is not part of this build yet; showing the first-run screen."));
    if (!m_options.kubeconfig.isEmpty() || !m_options.context.isEmpty())
        notServed(tr("--kubeconfig/--context: connecting to a cluster is not part of this build yet."));
    if (!m_options.prometheusUrl.isEmpty() || !m_options.alertmanagerUrl.isEmpty())
        notServed(tr("--prometheus-url/--alertmanager-url: metrics are not part of this build yet."));
}

int Application::runWindow()
{
    createWindow();
    if (m_options.benchFirstPaint)
        m_window->installEventFilter(new FirstPaintProbe(m_window.get()));
    else if (const QByteArray geometry = m_settings->windowGeometry(); !geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    m_window->show();
    return QApplication::exec();
}

int Application::runScreenshot()
{
    createWindow();
    m_window->resize(m_options.screenshotSize);
    m_window->show();
    // Let layouts settle and pending paints happen before grabbing.
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const QPixmap pixmap = m_window->grab();
    const QFileInfo target(m_options.screenshotFile);
    QDir().mkpath(target.absolutePath());
    if (pixmap.isNull() || !pixmap.save(target.absoluteFilePath(), "PNG")) {
        std::fputs(qPrintable(tr("Could not write the screenshot to %1: check that the folder is writable.\n")
                                  .arg(target.absoluteFilePath())),
                   stderr);
        return 2;
    }
    printOut(tr("Screenshot written to %1\n").arg(target.absoluteFilePath()));
    return 0;
}

int Application::runReport()
{
    std::fputs(qPrintable(tr("--report: connecting to a cluster is not part of this build yet, so there is no "
                             "health to report.\n")),
               stderr);
    return 2;
}

} // namespace lcl::console
