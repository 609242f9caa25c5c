#include "core/logging.h"

#include <QDir>
#include <QStandardPaths>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>
#include <vector>

namespace lcl::logging {
namespace {

std::mutex g_mutex;
std::vector<spdlog::sink_ptr> g_sinks;
spdlog::level::level_enum g_level = spdlog::level::info;
QString g_filePath;

spdlog::level::level_enum toSpd(Level level)
{
    switch (level) {
    case Level::Trace:
        return spdlog::level::trace;
    case Level::Debug:
        return spdlog::level::debug;
    case Level::Info:
        return spdlog::level::info;
    case Level::Warn:
        return spdlog::level::warn;
    case Level::Error:
        return spdlog::level::err;
    case Level::Off:
        return spdlog::level::off;
    }
    return spdlog::level::info;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    auto log = logger("qt");
    const std::string text = message.toStdString();
    const char* category = context.category ? context.category : "default";
    switch (type) {
    case QtDebugMsg:
        log->debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        log->info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        log->warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
        log->error("[{}] {}", category, text);
        break;
    case QtFatalMsg:
        log->critical("[{}] {}", category, text);
        log->flush();
        std::abort();
    }
}

} // namespace

QString defaultDirectory()
{
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/state");
    return base + QStringLiteral("/lclab-console");
}

bool parseLevel(const QString& text, Level* level)
{
    static const std::pair<const char*, Level> names[] = {
        {"trace", Level::Trace}, {"debug", Level::Debug}, {"info", Level::Info},
        {"warn", Level::Warn},   {"warning", Level::Warn}, {"error", Level::Error},
        {"off", Level::Off},
    };
    for (const auto& [name, value] : names) {
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
            *level = value;
            return true;
        }
    }
    return false;
}

void init(const Options& options)
{
    std::lock_guard lock(g_mutex);
    g_sinks.clear();
    g_filePath.clear();
    g_level = toSpd(options.level);

    if (options.toStderr) {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_level(spdlog::level::warn);
        g_sinks.push_back(err);
    }
    if (options.toFile) {
        const QString dir = options.directory.isEmpty() ? defaultDirectory() : options.directory;
        if (QDir().mkpath(dir)) {
            g_filePath = dir + QStringLiteral("/lclab-console.log");
            try {
                g_sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    QDir::toNativeSeparators(g_filePath).toStdString(), 5 * 1024 * 1024, 3));
            } catch (const spdlog::spdlog_ex&) {
                g_filePath.clear(); // an unwritable state directory must not stop the program
            }
        }
    }
    for (auto& sink : g_sinks)
        sink->set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%-5l%$ [%n] %v");
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& l) {
        l->sinks() = g_sinks;
        l->set_level(g_level);
    });
    qInstallMessageHandler(qtMessageHandler);
}

QString logFilePath()
{
    std::lock_guard lock(g_mutex);
    return g_filePath;
}

std::shared_ptr<spdlog::logger> logger(const char* name)
{
    if (auto existing = spdlog::get(name))
        return existing;
    std::lock_guard lock(g_mutex);
    if (auto existing = spdlog::get(name))
        return existing;
    auto created = std::make_shared<spdlog::logger>(name, g_sinks.begin(), g_sinks.end());
    created->set_level(g_level);
    created->flush_on(spdlog::level::warn);
    spdlog::register_logger(created);
    return created;
}

} // namespace lcl::logging
