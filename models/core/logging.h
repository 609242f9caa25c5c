#pragma once

#include <QString>

#include <memory>

namespace spdlog {
class logger;
}

namespace lcl::logging {

enum class Level { Trace, Debug, Info, Warn, Error, Off };

struct Options {
    Level level = Level::Info;
    QString directory;      // empty: the XDG state directory (see defaultDirectory())
    bool toFile = true;     // a rotating file in `directory`
    bool toStderr = true;   // warnings and errors also on stderr
};

// $XDG_STATE_HOME/lclab-console, or ~/.local/state/lclab-console.
QString defaultDirectory();

// Parses "trace|debug|info|warn|error|off"; false when the text names no level.
bool parseLevel(const QString& text, Level* level);

// Sets up the sinks shared by every named logger and routes Qt's own messages (qDebug, qWarning, ...) into
// the "qt" logger. Safe to call again: later calls replace the sinks and the level.
void init(const Options& options);

// The path of the current log file, empty when logging to a file is off.
QString logFilePath();

// The named logger of one library ("core", "net", "kube", "metrics", "lab", "ui", "sim", "qt"), created on
// first use with the shared sinks.
std::shared_ptr<spdlog::logger> logger(const char* name);

} // namespace lcl::logging
