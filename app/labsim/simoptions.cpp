#include "labsim/simoptions.h"

namespace lcl::sim {
namespace {

Error configError(const QString& message)
{
    return Error::make(Error::Kind::Config, message, SimOptions::usage());
}

} // namespace

QString SimOptions::usage()
{
    return tr("usage: lclab-sim [--profile FILE] [--port N|0] [--state-dir DIR] [--seed N] [--watch-history N] [--scale PODS]\n"
              "                 [--metrics-port N|0] [--speed X] [--hpa-sync SECONDS] [--hpa-downscale-window SECONDS]");
}

Result<SimOptions> SimOptions::parse(const QStringList& arguments)
{
    SimOptions options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString name = arguments.at(i);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); name.startsWith(QLatin1String("--")) && eq > 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasInlineValue = true;
        }
        if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
            options.showHelp = true;
            continue;
        }
        const bool known = name == QLatin1String("--profile") || name == QLatin1String("--port")
                           || name == QLatin1String("--state-dir") || name == QLatin1String("--seed") || name == QLatin1String("--watch-history")
                           || name == QLatin1String("--scale") || name == QLatin1String("--metrics-port")
                           || name == QLatin1String("--speed") || name == QLatin1String("--hpa-sync")
                           || name == QLatin1String("--hpa-downscale-window");
        if (!known)
            return configError(tr("unknown option %1").arg(name));
        if (!hasInlineValue) {
            if (i + 1 >= arguments.size())
                return configError(tr("option %1 needs a value").arg(name));
            value = arguments.at(++i);
        }
        bool ok = true;
        if (name == QLatin1String("--profile")) {
            options.profilePath = value;
        } else if (name == QLatin1String("--state-dir")) {
            options.stateDir = value;
        } else if (name == QLatin1String("--port")) {
            const uint port = value.toUInt(&ok);
            if (!ok || port > 65535)
                return configError(tr("--port wants a number from 0 to 65535, not \"%1\"").arg(value));
            options.port = static_cast<quint16>(port);
        } else if (name == QLatin1String("--metrics-port")) {
            const uint port = value.toUInt(&ok);
            if (!ok || port > 65535)
                return configError(tr("--metrics-port wants a number from 0 to 65535, not \"%1\"").arg(value));
            options.metricsPort = static_cast<quint16>(port);
        } else if (name == QLatin1String("--speed")) {
            options.speed = value.toDouble(&ok);
            if (!ok || options.speed < 0.01 || options.speed > 10000)
                return configError(tr("--speed wants a factor from 0.01 to 10000, not \"%1\"").arg(value));
        } else if (name == QLatin1String("--hpa-sync") || name == QLatin1String("--hpa-downscale-window")) {
            const double seconds = value.toDouble(&ok);
            if (!ok || seconds < 0 || seconds > 86400)
                return configError(tr("%1 wants a number of seconds from 0 to 86400, not \"%2\"").arg(name, value));
            (name == QLatin1String("--hpa-sync") ? options.hpaSyncSeconds : options.hpaDownscaleWindowSeconds) = seconds;
        } else if (name == QLatin1String("--scale")) {
            options.scalePods = value.toInt(&ok);
            if (!ok || options.scalePods < 0 || options.scalePods > 200000)
                return configError(tr("--scale wants a number of pods from 0 to 200000, not \"%1\"").arg(value));
        } else if (name == QLatin1String("--watch-history")) {
            options.watchHistory = value.toInt(&ok);
            if (!ok || options.watchHistory < 1)
                return configError(tr("--watch-history wants a positive number, not \"%1\"").arg(value));
        } else {
            options.seed = value.toULongLong(&ok);
            if (!ok)
                return configError(tr("--seed wants a non-negative number, not \"%1\"").arg(value));
        }
        if (value.isEmpty())
            return configError(tr("option %1 needs a value").arg(name));
    }
    return options;
}

} // namespace lcl::sim
