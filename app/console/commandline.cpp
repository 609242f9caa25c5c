#include "app/console/commandline.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QUrl>

namespace lcl::console {
namespace {

bool validHttpUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) &&
           !url.host().isEmpty();
}

} // namespace

CommandLine CommandLine::parse(const QStringList& arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("LocalCloudLab Console: topology, health, traffic, alerts and runbooks of a LocalCloudLab k3s "
           "platform in one native window."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"),
                                        tr("Kubeconfig file to use instead of $KUBECONFIG or ~/.kube/config."),
                                        tr("file"));
    const QCommandLineOption context(QStringLiteral("context"), tr("Kubeconfig context to connect to."), tr("name"));
    const QCommandLineOption ns(QStringLiteral("namespace"), tr("Show only this namespace at start."), tr("name"));
    const QCommandLineOption prometheus(QStringLiteral("prometheus-url"),
                                        tr("Prometheus base URL, e.g. http://127.0.0.1:9090."), tr("url"));
    const QCommandLineOption alertmanager(QStringLiteral("alertmanager-url"),
                                          tr("Alertmanager base URL, e.g. http://127.0.0.1:9093."), tr("url"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("Lab profile describing the platform (default: the built-in LocalCloudLab "
                                        "profile)."),
                                     tr("file"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Start the built-in demo lab (simulated cluster, Prometheus and Alertmanager) "
                                     "and connect to it."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Render the window off screen to a PNG file and exit."), tr("file"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  tr("View to open: overview, topology, services, incidents, runbooks, backups, "
                                     "events, audit or service:<name>."),
                                  tr("name"));
    const QCommandLineOption size(QStringLiteral("size"), tr("Window size for --screenshot, e.g. 1920x1080."),
                                  tr("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("Connect, print a health report and exit: 0 healthy, 1 degraded, 2 error. "
                                       "Format: text (default) or json."),
                                    tr("format"));
    const QCommandLineOption logLevel(QStringLiteral("log-level"),
                                      tr("Log level: trace, debug, info, warn, error or off."), tr("level"),
                                      QStringLiteral("info"));
    QCommandLineOption benchFirstPaint(QStringLiteral("bench-first-paint"));
    benchFirstPaint.setFlags(QCommandLineOption::HiddenFromHelp);

    parser.addOptions({kubeconfig, context, ns, prometheus, alertmanager, profile, demo, screenshot, view, size,
                       report, logLevel, benchFirstPaint});

    // "--report" alone and "--report=json" are both accepted: QCommandLineParser needs a value, so give the
    // bare form its default before parsing.
    QStringList args = arguments;
    for (QString& arg : args) {
        if (arg == QLatin1String("--report"))
            arg = QStringLiteral("--report=text");
    }

    result.helpText = parser.helpText();
    if (!parser.parse(args)) {
        result.mode = Mode::Error;
        result.errorText = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.mode = Mode::Help;
        return result;
    }
    if (parser.isSet(version)) {
        result.mode = Mode::Version;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.mode = Mode::Error;
        result.errorText = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return result;
    }

    result.kubeconfig = parser.value(kubeconfig);
    result.context = parser.value(context);
    result.ns = parser.value(ns);
    result.prometheusUrl = parser.value(prometheus);
    result.alertmanagerUrl = parser.value(alertmanager);
    result.profile = parser.value(profile);
    result.demo = parser.isSet(demo);
    result.view = parser.value(view);
    result.benchFirstPaint = parser.isSet(benchFirstPaint);

    auto fail = [&result](const QString& message) {
        result.mode = Mode::Error;
        result.errorText = message;
        return result;
    };

    if (!logging::parseLevel(parser.value(logLevel), &result.logLevel))
        return fail(tr("Unknown log level \"%1\": use trace, debug, info, warn, error or off.")
                        .arg(parser.value(logLevel)));
    if (!result.prometheusUrl.isEmpty() && !validHttpUrl(result.prometheusUrl))
        return fail(tr("--prometheus-url \"%1\" is not an http:// or https:// URL.").arg(result.prometheusUrl));
    if (!result.alertmanagerUrl.isEmpty() && !validHttpUrl(result.alertmanagerUrl))
        return fail(tr("--alertmanager-url \"%1\" is not an http:// or https:// URL.").arg(result.alertmanagerUrl));

    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
    const auto sizeMatch = sizePattern.match(parser.value(size));
    if (!sizeMatch.hasMatch())
        return fail(tr("--size \"%1\" is not of the form WIDTHxHEIGHT, e.g. 1280x800.").arg(parser.value(size)));
    result.screenshotSize = QSize(sizeMatch.captured(1).toInt(), sizeMatch.captured(2).toInt());

    if (!result.view.isEmpty()) {
        static const QRegularExpression viewPattern(
            QStringLiteral("^(overview|topology|services|incidents|runbooks|backups|events|audit|service:[a-z0-9.-]+)$"));
        if (!viewPattern.match(result.view).hasMatch())
            return fail(tr("Unknown view \"%1\": use overview, topology, services, incidents, runbooks, backups, "
                           "events, audit or service:<name>.")
                            .arg(result.view));
    }

    if (parser.isSet(screenshot) && parser.isSet(report))
        return fail(tr("--screenshot and --report cannot be used together."));
    if (parser.isSet(screenshot)) {
        result.mode = Mode::Screenshot;
        result.screenshotFile = parser.value(screenshot);
        if (result.screenshotFile.isEmpty())
            return fail(tr("--screenshot needs a file name."));
    } else if (parser.isSet(report)) {
        result.mode = Mode::Report;
        const QString format = parser.value(report);
        if (format == QLatin1String("text"))
            result.reportFormat = ReportFormat::Text;
        else if (format == QLatin1String("json"))
            result.reportFormat = ReportFormat::Json;
        else
            return fail(tr("Unknown report format \"%1\": use text or json.").arg(format));
    }
    return result;
}

} // namespace lcl::console
