#include "kube/execpluginoutput.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lcl::kube {

Result<ExecPluginOutput> ExecPluginOutput::parse(const QByteArray& json, const QString& apiVersion,
                                                 const QString& plugin)
{
    const QString hint = tr("Run the plugin in a terminal to see what it prints; it must print one "
                            "ExecCredential JSON object on stdout.");
    auto fail = [&](const QString& what, const QString& detail = {}) {
        return Error::make(Error::Kind::Auth, tr("The credential plugin %1 printed an unusable answer: %2").arg(plugin, what),
                           hint, detail);
    };
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return fail(tr("not a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("kind")).toString() != QLatin1String("ExecCredential"))
        return fail(tr("kind is \"%1\", expected ExecCredential").arg(root.value(QLatin1String("kind")).toString()));
    const QString gotVersion = root.value(QLatin1String("apiVersion")).toString();
    if (gotVersion != apiVersion)
        return fail(tr("apiVersion is \"%1\" but the kubeconfig asks for \"%2\"").arg(gotVersion, apiVersion));
    if (!root.value(QLatin1String("status")).isObject())
        return fail(tr("it has no status"));
    const QJsonObject status = root.value(QLatin1String("status")).toObject();
    ExecPluginOutput out;
    out.token = status.value(QLatin1String("token")).toString().toUtf8();
    out.clientCertificatePem = status.value(QLatin1String("clientCertificateData")).toString().toUtf8();
    out.clientKeyPem = status.value(QLatin1String("clientKeyData")).toString().toUtf8();
    if (out.clientCertificatePem.isEmpty() != out.clientKeyPem.isEmpty())
        return fail(tr("clientCertificateData and clientKeyData must come together"));
    if (out.token.isEmpty() && out.clientCertificatePem.isEmpty())
        return fail(tr("status has neither a token nor a client certificate"));
    const QJsonValue expiry = status.value(QLatin1String("expirationTimestamp"));
    if (!expiry.isUndefined() && !expiry.isNull()) {
        out.expiration = QDateTime::fromString(expiry.toString(), Qt::ISODateWithMs);
        if (!out.expiration.isValid())
            return fail(tr("expirationTimestamp \"%1\" is not an RFC 3339 time").arg(expiry.toString()));
    }
    return out;
}

} // namespace lcl::kube
