#pragma once

#include "core/logging.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

namespace lcl::console {

// What the user asked for on the command line, validated.
struct CommandLine {
    Q_DECLARE_TR_FUNCTIONS(lcl::console::CommandLine)

public:
    enum class Mode { Window, Screenshot, Report, Help, Version, Error };
    enum class ReportFormat { Text, Json };

    Mode mode = Mode::Window;
    QString kubeconfig;
    QString context;
    QString ns;
    QString prometheusUrl;
    QString alertmanagerUrl;
    QString profile;
    bool demo = false;
    QString screenshotFile;
    QString view;             // "overview", "topology", "service:<name>", ...
    QSize screenshotSize{1280, 800};
    ReportFormat reportFormat = ReportFormat::Text;
    logging::Level logLevel = logging::Level::Info;
    bool benchFirstPaint = false;

    QString helpText;         // for Mode::Help
    QString errorText;        // for Mode::Error, translated

    static CommandLine parse(const QStringList& arguments);
};

} // namespace lcl::console
