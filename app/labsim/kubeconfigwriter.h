#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace lcl::sim {

struct Certs;

// Writes the clients' kubeconfig, shaped like k3s's k3s.yaml: contexts `lclab` (admin token, current),
// `lclab-readonly` (read-only token) and `lclab-cert` (admin client certificate), all in namespace default.
class KubeconfigWriter final {
    Q_DECLARE_TR_FUNCTIONS(lcl::sim::KubeconfigWriter)

public:
    struct Input {
        QString serverUrl;
        QByteArray adminToken;
        QByteArray readOnlyToken;
    };

    static QByteArray render(const Input& input, const Certs& certs);

    // Writes the file with mode 0600 (it holds credentials) and returns its absolute path.
    static Result<QString> write(const QString& path, const Input& input, const Certs& certs);
};

} // namespace lcl::sim
