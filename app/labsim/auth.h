#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace httplib {
struct Request;
}

namespace lcl::sim {

// Who a request comes from, as the API server's authenticator sees it.
struct UserInfo {
    QString name;
    QStringList groups;
    bool readOnly = false; // the read-only user may only get, list and watch
};

// Bearer tokens and client certificates, the two ways clients prove who they are. The tokens are kept in
// the state directory so a restarted simulator accepts the kubeconfig it wrote before.
class Authenticator final {
    Q_DECLARE_TR_FUNCTIONS(lcl::sim::Authenticator)

public:
    static constexpr const char* AdminUser = "lclab-admin";
    static constexpr const char* ReadOnlyUser = "lclab-readonly";

    static Result<Authenticator> loadOrGenerate(const QString& stateDir);

    const QByteArray& adminToken() const { return m_adminToken; }
    const QByteArray& readOnlyToken() const { return m_readOnlyToken; }

    enum class Outcome { Anonymous, Authenticated, Rejected };

    // Anonymous when the request carries no credentials; Rejected for an unknown token or a malformed header.
    Outcome authenticate(const httplib::Request& request, UserInfo* user) const;

private:
    QByteArray m_adminToken;
    QByteArray m_readOnlyToken;
};

} // namespace lcl::sim
