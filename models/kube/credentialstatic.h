#pragma once

#include "kube/clusterconnection.h"

namespace lcl::kube {

// A fixed Authorization value: a bearer token, or basic auth from username/password.
class CredentialStatic final : public CredentialProvider {
public:
    static std::shared_ptr<CredentialStatic> bearer(const QString& token);
    static std::shared_ptr<CredentialStatic> basic(const QString& username, const QString& password);

    explicit CredentialStatic(QByteArray header) : m_header(std::move(header)) {}
    Result<QByteArray> authorization() override { return m_header; }

private:
    QByteArray m_header;
};

} // namespace lcl::kube
