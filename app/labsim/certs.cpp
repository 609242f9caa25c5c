#include "labsim/certs.h"

#include <QFile>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace lcl::sim {
namespace {

using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using CertPtr = std::unique_ptr<X509, decltype(&X509_free)>;

struct Subject {
    const char* commonName;
    const char* organization; // may be null
};

enum class Role { Ca, Server, Client };

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

bool setRandomSerial(X509* cert)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f; // positive
    BIGNUM* bn = BN_bin2bn(bytes, sizeof bytes, nullptr);
    const bool ok = bn && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert));
    BN_free(bn);
    return ok;
}

// Issues a certificate for `key`; a CA signs itself (issuer == nullptr).
CertPtr issue(Role role, const Subject& subject, EVP_PKEY* key, X509* issuerCert, EVP_PKEY* issuerKey)
{
    CertPtr cert(X509_new(), &X509_free);
    if (!cert || X509_set_version(cert.get(), 2) != 1 || !setRandomSerial(cert.get()))
        return {nullptr, &X509_free};
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600); // tolerate small clock skew
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 60L * 60 * 24 * 365);
    X509_set_pubkey(cert.get(), key);
    X509_NAME* name = X509_get_subject_name(cert.get());
    if (subject.organization)
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char*>(subject.organization), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>(subject.commonName), -1, -1, 0);
    X509* issuer = issuerCert ? issuerCert : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(issuer));

    bool ok = addExtension(cert.get(), issuer, NID_subject_key_identifier, "hash");
    ok = ok && addExtension(cert.get(), issuer, NID_authority_key_identifier, "keyid:always");
    switch (role) {
    case Role::Ca:
        ok = ok && addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:TRUE");
        ok = ok && addExtension(cert.get(), issuer, NID_key_usage, "critical,digitalSignature,keyCertSign,cRLSign");
        break;
    case Role::Server:
        ok = ok && addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok && addExtension(cert.get(), issuer, NID_key_usage, "critical,digitalSignature,keyEncipherment");
        ok = ok && addExtension(cert.get(), issuer, NID_ext_key_usage, "serverAuth");
        ok = ok && addExtension(cert.get(), issuer, NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost");
        break;
    case Role::Client:
        ok = ok && addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok && addExtension(cert.get(), issuer, NID_key_usage, "critical,digitalSignature,keyEncipherment");
        ok = ok && addExtension(cert.get(), issuer, NID_ext_key_usage, "clientAuth");
        break;
    }
    if (!ok || X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) == 0)
        return {nullptr, &X509_free};
    return cert;
}

QByteArray drain(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray out(data, static_cast<qsizetype>(size));
    BIO_free(bio);
    return out;
}

QByteArray certPem(X509* cert)
{
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert);
    return drain(bio);
}

QByteArray keyPem(EVP_PKEY* key)
{
    BIO* bio = BIO_new(BIO_s_mem());
    // The "traditional" format of an EC key is SEC1 (BEGIN EC PRIVATE KEY), what k3s writes.
    PEM_write_bio_PrivateKey_traditional(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    return drain(bio);
}

KeyPtr newKey()
{
    return KeyPtr(EVP_EC_gen("P-256"), &EVP_PKEY_free);
}

} // namespace

Result<Certs> Certs::generate()
{
    const KeyPtr caKey = newKey();
    const KeyPtr serverKey = newKey();
    const KeyPtr clientKey = newKey();
    if (!caKey || !serverKey || !clientKey)
        return Error::make(Error::Kind::Tls, tr("Could not generate the simulator's keys."));
    const CertPtr ca = issue(Role::Ca, {"lclab-sim-server-ca", nullptr}, caKey.get(), nullptr, nullptr);
    if (!ca)
        return Error::make(Error::Kind::Tls, tr("Could not create the simulator's certificate authority."));
    const CertPtr server = issue(Role::Server, {"lclab-sim", "lclab"}, serverKey.get(), ca.get(), caKey.get());
    const CertPtr client =
        issue(Role::Client, {"lclab-cert-admin", "system:masters"}, clientKey.get(), ca.get(), caKey.get());
    if (!server || !client)
        return Error::make(Error::Kind::Tls, tr("Could not issue the simulator's certificates."));

    Certs certs;
    certs.caCertPem = certPem(ca.get());
    certs.serverCertPem = certPem(server.get());
    certs.serverKeyPem = keyPem(serverKey.get());
    certs.clientCertPem = certPem(client.get());
    certs.clientKeyPem = keyPem(clientKey.get());
    return certs;
}

Result<Certs> Certs::loadOrGenerate(const QString& dir)
{
    Certs certs;
    QByteArray* parts[] = {&certs.caCertPem, &certs.serverCertPem, &certs.serverKeyPem, &certs.clientCertPem,
                           &certs.clientKeyPem};
    const char* names[] = {"ca.crt", "server.crt", "server.key", "client-admin.crt", "client-admin.key"};
    bool complete = true;
    for (int i = 0; i < 5 && complete; ++i) {
        QFile file(dir + QLatin1Char('/') + QLatin1String(names[i]));
        complete = file.open(QIODevice::ReadOnly);
        if (complete)
            *parts[i] = file.readAll();
        complete = complete && !parts[i]->isEmpty();
    }
    if (complete)
        return certs;
    Result<Certs> fresh = generate();
    if (!fresh)
        return fresh;
    if (Result<bool> written = fresh->writeTo(dir); !written)
        return written.error();
    return fresh;
}

Result<bool> Certs::writeTo(const QString& dir) const
{
    const struct {
        const char* name;
        const QByteArray* data;
        bool secret;
    } files[] = {{"ca.crt", &caCertPem, false},          {"server.crt", &serverCertPem, false},
                 {"server.key", &serverKeyPem, true},     {"client-admin.crt", &clientCertPem, false},
                 {"client-admin.key", &clientKeyPem, true}};
    for (const auto& f : files) {
        QFile file(dir + QLatin1Char('/') + QLatin1String(f.name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error::make(Error::Kind::Config, tr("Could not write %1: %2").arg(file.fileName(), file.errorString()));
        if (f.secret)
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(*f.data);
    }
    return true;
}

} // namespace lcl::sim
