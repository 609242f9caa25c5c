#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace lcl::kube {

// The status of an ExecCredential printed by a credential plugin.
struct ExecPluginOutput {
    Q_DECLARE_TR_FUNCTIONS(lcl::kube::ExecPluginOutput)

public:
    QByteArray token;
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;
    QDateTime expiration; // invalid: valid until the server says 401

    // Parses stdout; its apiVersion must equal the configured one. `plugin` names the command in messages.
    static Result<ExecPluginOutput> parse(const QByteArray& json, const QString& apiVersion, const QString& plugin);
};

} // namespace lcl::kube
