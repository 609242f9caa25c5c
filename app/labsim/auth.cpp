#include "labsim/auth.h"

#include <QFile>

#include <httplib.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace lcl::sim {
namespace {

QByteArray randomToken()
{
    unsigned char bytes[24];
    RAND_bytes(bytes, sizeof bytes);
    return QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes).toHex();
}

Result<QByteArray> loadOrCreateToken(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray token = file.readAll().trimmed();
        if (!token.isEmpty())
            return token;
        file.close();
    }
    const QByteArray token = randomToken();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::make(Error::Kind::Config,
                           Authenticator::tr("Could not write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(token + '\n');
    return token;
}

bool sameToken(const QByteArray& a, const std::string& b)
{
    return static_cast<size_t>(a.size()) == b.size() && CRYPTO_memcmp(a.constData(), b.data(), b.size()) == 0;
}

QString nameEntry(const X509_NAME* name, int nid, int lastPos, int* pos)
{
    *pos = X509_NAME_get_index_by_NID(name, nid, lastPos);
    if (*pos < 0)
        return {};
    const ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, *pos));
    return QString::fromUtf8(reinterpret_cast<const char*>(ASN1_STRING_get0_data(data)), ASN1_STRING_length(data));
}

// The user a verified client certificate names: CN is the user, every O a group (Kubernetes' x509 authenticator).
bool certificateUser(const SSL* ssl, UserInfo* user)
{
    if (!ssl)
        return false;
    X509* cert = SSL_get0_peer_certificate(ssl);
    if (!cert || SSL_get_verify_result(ssl) != X509_V_OK)
        return false;
    const X509_NAME* subject = X509_get_subject_name(cert);
    int pos = -1;
    user->name = nameEntry(subject, NID_commonName, -1, &pos);
    user->groups.clear();
    for (int at = -1;;) {
        const QString org = nameEntry(subject, NID_organizationName, at, &pos);
        if (pos < 0)
            break;
        user->groups.append(org);
        at = pos;
    }
    user->groups.append(QStringLiteral("system:authenticated"));
    user->readOnly = !user->groups.contains(QStringLiteral("system:masters"));
    return !user->name.isEmpty();
}

} // namespace

Result<Authenticator> Authenticator::loadOrGenerate(const QString& stateDir)
{
    Authenticator auth;
    Result<QByteArray> admin = loadOrCreateToken(stateDir + QStringLiteral("/admin.token"));
    if (!admin)
        return admin.error();
    Result<QByteArray> readOnly = loadOrCreateToken(stateDir + QStringLiteral("/readonly.token"));
    if (!readOnly)
        return readOnly.error();
    auth.m_adminToken = admin.value();
    auth.m_readOnlyToken = readOnly.value();
    return auth;
}

Authenticator::Outcome Authenticator::authenticate(const httplib::Request& request, UserInfo* user) const
{
    if (request.has_header("Authorization")) {
        const std::string header = request.get_header_value("Authorization");
        static const std::string prefix = "Bearer ";
        if (header.size() <= prefix.size() || header.compare(0, prefix.size(), prefix) != 0)
            return Outcome::Rejected;
        const std::string token = header.substr(prefix.size());
        if (sameToken(m_adminToken, token)) {
            *user = {QLatin1String(AdminUser), {QStringLiteral("system:masters"), QStringLiteral("system:authenticated")}, false};
            return Outcome::Authenticated;
        }
        if (sameToken(m_readOnlyToken, token)) {
            *user = {QLatin1String(ReadOnlyUser), {QStringLiteral("lclab:viewers"), QStringLiteral("system:authenticated")}, true};
            return Outcome::Authenticated;
        }
        return Outcome::Rejected;
    }
    if (certificateUser(request.ssl, user))
        return Outcome::Authenticated;
    return Outcome::Anonymous;
}

} // namespace lcl::sim
