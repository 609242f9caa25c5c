#include "kube/statuserror.h"

#include "core/redact.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace lcl::kube {

namespace {

bool isWrite(const QString& verb)
{
    return verb != QLatin1String("get") && verb != QLatin1String("list") && verb != QLatin1String("watch");
}

} // namespace

QString StatusError::what(const StatusError::Context& c)
{
    if (c.name.isEmpty())
        return c.resource;
    return QStringLiteral("%1 %2").arg(c.resource, c.name);
}

Error StatusError::fromResponse(int httpStatus, const QByteArray& body, const Context& c)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject status = doc.object();
    const bool isStatus = status.value(QLatin1String("kind")).toString() == QLatin1String("Status");
    const int code = isStatus && status.value(QLatin1String("code")).toInt() > 0 ? status.value(QLatin1String("code")).toInt()
                                                                                : httpStatus;
    const QString reason = status.value(QLatin1String("reason")).toString();
    const QString serverMessage = status.value(QLatin1String("message")).toString();
    const QJsonObject details = status.value(QLatin1String("details")).toObject();
    const QString ns = c.nameSpace.isEmpty() ? tr("all namespaces") : tr("namespace %1").arg(c.nameSpace);

    Error e;
    e.httpStatus = code;
    e.kind = Error::kindForHttpStatus(code);
    e.detail = redactSecrets(isStatus ? QStringLiteral("HTTP %1 %2: %3").arg(code).arg(reason, serverMessage)
                                      : QStringLiteral("HTTP %1: %2").arg(code).arg(QString::fromUtf8(body.left(500))));
    if (!isStatus) {
        // kubectl's words for a bare error code (a proxy, a load balancer, an HTML page).
        e.message = tr("The server responded with the status code %1 but did not return more information").arg(code);
        e.hint = code == 401 || code == 403
                     ? tr("Something in front of the API server (a proxy or gateway) refused the request.")
                     : tr("Check that the server address points at a Kubernetes API server.");
        if (code == 401)
            e.kind = Error::Kind::Auth;
        return e;
    }

    if (reason == QLatin1String("NotFound")) {
        e.kind = Error::Kind::NotFound;
        e.message = tr("Not found: %1 in %2").arg(what(c), ns);
        e.hint = tr("It may have been deleted, or the API is not installed on this cluster. Refresh the view.");
    } else if (reason == QLatin1String("Forbidden")) {
        e.kind = Error::Kind::Forbidden;
        e.message = tr("Forbidden: your account may not %1 %2 in %3").arg(c.verb, c.resource, ns);
        e.hint = isWrite(c.verb) ? tr("Ask for the edit role, or switch context")
                                 : tr("Ask for the view role, or switch context");
    } else if (reason == QLatin1String("Unauthorized") || code == 401) {
        e.kind = Error::Kind::Auth;
        e.message = tr("The cluster did not accept your credentials");
        e.hint = tr("The token or certificate may have expired or been revoked. Log in again, or fix the user "
                    "in the kubeconfig.");
    } else if (reason == QLatin1String("AlreadyExists")) {
        e.kind = Error::Kind::Conflict;
        e.message = tr("%1 already exists in %2").arg(what(c), ns);
        e.hint = tr("Choose another name, or edit the existing object.");
    } else if (reason == QLatin1String("Conflict")) {
        e.kind = Error::Kind::Conflict;
        QStringList fields;
        for (const auto& cause : details.value(QLatin1String("causes")).toArray()) {
            const QJsonObject o = cause.toObject();
            if (o.value(QLatin1String("reason")).toString() == QLatin1String("FieldManagerConflict"))
                fields.append(o.value(QLatin1String("field")).toString());
        }
        if (!fields.isEmpty()) {
            e.message = tr("Conflict: %1 fields are owned by another manager: %2")
                            .arg(what(c), fields.join(QStringLiteral(", ")));
            e.hint = tr("Apply with force to take them over, or change them with the tool that owns them.");
        } else {
            e.message = tr("Conflict: %1 was changed by someone else meanwhile").arg(what(c));
            e.hint = tr("Reload it and try again.");
        }
    } else if (reason == QLatin1String("Invalid")) {
        e.kind = Error::Kind::Invalid;
        QStringList causes;
        for (const auto& cause : details.value(QLatin1String("causes")).toArray()) {
            const QJsonObject o = cause.toObject();
            const QString field = o.value(QLatin1String("field")).toString();
            const QString message = o.value(QLatin1String("message")).toString();
            causes.append(field.isEmpty() ? message : field + QStringLiteral(": ") + message);
        }
        e.message = causes.isEmpty() ? tr("The server rejected %1: %2").arg(what(c), serverMessage)
                                     : tr("The server rejected %1: %2").arg(what(c), causes.join(QStringLiteral("; ")));
        e.hint = tr("Fix the values and try again.");
    } else if (reason == QLatin1String("Expired") || reason == QLatin1String("Gone")) {
        e.kind = Error::Kind::NotFound;
        e.message = tr("The list of %1 the request relied on has expired").arg(c.resource);
        e.hint = tr("Reload; the view will fetch a fresh list.");
    } else if (reason == QLatin1String("TooManyRequests") || code == 429) {
        e.kind = Error::Kind::RateLimited;
        const int after = details.value(QLatin1String("retryAfterSeconds")).toInt();
        e.message = tr("The API server is busy and asked to slow down");
        e.hint = after > 0 ? tr("Try again in %n second(s).", nullptr, after) : tr("Try again in a moment.");
    } else if (reason == QLatin1String("ServiceUnavailable") || code == 503) {
        e.kind = Error::Kind::Unavailable;
        e.message = tr("The API server is unavailable");
        e.hint = tr("The control plane may be restarting. Try again in a moment.");
    } else if (reason == QLatin1String("Timeout") || reason == QLatin1String("ServerTimeout") || code == 504) {
        e.kind = Error::Kind::Timeout;
        e.message = tr("The API server did not finish the request in time");
        e.hint = tr("The server may be overloaded. Try again.");
    } else if (reason == QLatin1String("UnsupportedMediaType") || code == 415) {
        e.kind = Error::Kind::Invalid;
        e.message = tr("The server does not accept this kind of change for %1").arg(c.resource);
        e.hint = tr("Custom resources take merge or JSON patches, not strategic merge patches.");
    } else if (reason == QLatin1String("BadRequest") || reason == QLatin1String("MethodNotAllowed")
               || reason == QLatin1String("NotAcceptable") || reason == QLatin1String("RequestEntityTooLarge")) {
        e.kind = Error::Kind::Invalid;
        e.message = tr("The server refused the request: %1").arg(serverMessage);
        e.hint = tr("This is likely a mistake in the console; please report it with the log.");
    } else {
        e.message = serverMessage.isEmpty()
                        ? tr("The API server answered %1 %2").arg(code).arg(reason)
                        : tr("The API server failed: %1").arg(serverMessage);
        e.hint = code >= 500 ? tr("Try again; if it keeps failing, check the control plane's logs.")
                             : tr("Check the request and try again.");
    }
    return e;
}

} // namespace lcl::kube
