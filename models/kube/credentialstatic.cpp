#include "kube/credentialstatic.h"

namespace lcl::kube {

std::shared_ptr<CredentialStatic> CredentialStatic::bearer(const QString& token)
{
    return std::make_shared<CredentialStatic>("Bearer " + token.trimmed().toUtf8());
}

std::shared_ptr<CredentialStatic> CredentialStatic::basic(const QString& username, const QString& password)
{
    return std::make_shared<CredentialStatic>("Basic " + (username + QLatin1Char(':') + password).toUtf8().toBase64());
}

} // namespace lcl::kube
