#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace lcl::sim {

// The simulator's PKI, made fresh at every start like a new k3s server's: a CA, a serving certificate for
// 127.0.0.1/localhost and an admin client certificate (CN=lclab-cert-admin, O=system:masters). ECDSA P-256
// keys in SEC1 PEM, as k3s uses, so that clients meet the same key type they meet on a real cluster.
struct Certs {
    Q_DECLARE_TR_FUNCTIONS(lcl::sim::Certs)

public:
    QByteArray caCertPem;
    QByteArray serverCertPem;
    QByteArray serverKeyPem;
    QByteArray clientCertPem;
    QByteArray clientKeyPem;

    static Result<Certs> generate();

    // The certificates an earlier run left in `dir`, so a restarted simulator keeps its clients' trust;
    // a fresh set (written to `dir`) when there are none.
    static Result<Certs> loadOrGenerate(const QString& dir);

    // Writes ca.crt, server.crt, server.key, client-admin.crt and client-admin.key into `dir` (keys 0600).
    Result<bool> writeTo(const QString& dir) const;
};

} // namespace lcl::sim
