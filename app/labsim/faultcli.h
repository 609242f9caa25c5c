#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lcl::sim {

// `lclab-sim fault add|list|clear ...`: talks to a running simulator's fault API over HTTPS with the admin
// credentials of the kubeconfig it wrote (server URL, CA and token from its current context).
class FaultCli final {
    Q_DECLARE_TR_FUNCTIONS(lcl::sim::FaultCli)

public:
    enum ExitCode { Ok = 0, Refused = 1, Usage = 2 };

    // `arguments` come after "fault". Prints results to stdout and errors (with a hint) to stderr.
    static int run(const QStringList& arguments);

    static QString usage();
};

} // namespace lcl::sim
