#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lcl::sim {

// The command line of lclab-sim (see usage()).
struct SimOptions {
    Q_DECLARE_TR_FUNCTIONS(lcl::sim::SimOptions)

public:
    QString profilePath; // empty: the built-in LocalCloudLab profile
    quint16 port = 0;    // 0: pick a free port
    QString stateDir;    // empty: a new temporary directory
    quint64 seed = 1;
    int scalePods = 0;       // --scale: this many extra pods (with namespaces and deployments in proportion)
    int watchHistory = 5000; // changes kept for watches; older resourceVersions get 410 Expired
    quint16 metricsPort = 0; // /metrics on 127.0.0.1; 0: pick a free port
    double speed = 1.0;      // simulated seconds per real second for traffic, usage, the HPA and cron schedules
    double hpaSyncSeconds = 15.0;          // simulated seconds between HPA syncs
    double hpaDownscaleWindowSeconds = 300.0; // the HPA's scale-down stabilization window
    bool showHelp = false;

    // Parses the arguments without the program name. Unknown options and bad values are Config errors.
    static Result<SimOptions> parse(const QStringList& arguments);

    static QString usage();
};

} // namespace lcl::sim
