#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace lcl {

// The state of one of the console's three connections (Kubernetes API, Prometheus, Alertmanager), as the
// status bar and --report show it.
struct ConnectionState {
    Q_DECLARE_TR_FUNCTIONS(lcl::ConnectionState)

public:
    enum class Phase { NotConfigured, Connecting, Connected, Degraded, Failed };

    Phase phase = Phase::NotConfigured;
    QString endpoint;  // what it talks to, without credentials
    QString summary;   // translated, one line: "v1.31.4+k3s1", "connection refused", ...
    QDateTime since;

    static QString phaseName(Phase phase);

    friend bool operator==(const ConnectionState&, const ConnectionState&) = default;
};

} // namespace lcl

Q_DECLARE_METATYPE(lcl::ConnectionState)
