#include "app/console/application.h"
#include "app/console/commandline.h"
#include "app/console/translations.h"

#include "core/logging.h"
#include "core/settings.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// --report, --help and --version need no display: they run on a QCoreApplication.
bool needsGui(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--report", 8) == 0 || std::strcmp(argv[i], "--help") == 0 ||
            std::strcmp(argv[i], "-h") == 0 || std::strcmp(argv[i], "--version") == 0 ||
            std::strcmp(argv[i], "-v") == 0)
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("LocalCloudLab"));
    QCoreApplication::setApplicationName(QStringLiteral("lclab-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LCL_VERSION));

    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv))
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);

    {
        const lcl::Settings settings;
        lcl::console::installTranslators(app.get(), settings.language());
    }

    using lcl::console::CommandLine;
    CommandLine options = CommandLine::parse(QCoreApplication::arguments());
    switch (options.mode) {
    case CommandLine::Mode::Help:
        std::fputs(qPrintable(options.helpText), stdout);
        return 0;
    case CommandLine::Mode::Version:
        std::printf("lclab-console %s\n", LCL_VERSION);
        return 0;
    case CommandLine::Mode::Error:
        std::fprintf(stderr, "lclab-console: %s\n%s\n", qPrintable(options.errorText),
                     qPrintable(QCoreApplication::translate("main", "Run lclab-console --help for the options.")));
        return 2;
    default:
        break;
    }

    lcl::logging::Options logOptions;
    logOptions.level = options.logLevel;
    lcl::logging::init(logOptions);

    lcl::console::Application application(std::move(options));
    return application.run();
}
