#include "core/error.h"

namespace lcl {

Error Error::make(Kind kind, QString message, QString hint, QString detail, int httpStatus)
{
    Error e;
    e.kind = kind;
    e.httpStatus = httpStatus;
    e.message = std::move(message);
    e.hint = std::move(hint);
    e.detail = std::move(detail);
    return e;
}

Error::Kind Error::kindForHttpStatus(int status)
{
    switch (status) {
    case 400:
    case 415:
    case 422:
        return Kind::Invalid;
    case 401:
        return Kind::Auth;
    case 403:
        return Kind::Forbidden;
    case 404:
    case 410:
        return Kind::NotFound;
    case 408:
    case 504:
        return Kind::Timeout;
    case 409:
        return Kind::Conflict;
    case 429:
        return Kind::RateLimited;
    case 502:
    case 503:
        return Kind::Unavailable;
    default:
        return status >= 500 ? Kind::Server : Kind::Invalid;
    }
}

QString Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Config:
        return tr("Configuration error");
    case Kind::Network:
        return tr("Network error");
    case Kind::Tls:
        return tr("TLS error");
    case Kind::Auth:
        return tr("Not authenticated");
    case Kind::Forbidden:
        return tr("Forbidden");
    case Kind::NotFound:
        return tr("Not found");
    case Kind::Conflict:
        return tr("Conflict");
    case Kind::Invalid:
        return tr("Invalid request");
    case Kind::RateLimited:
        return tr("Rate limited");
    case Kind::Server:
        return tr("Server error");
    case Kind::Timeout:
        return tr("Timed out");
    case Kind::Parse:
        return tr("Unreadable answer");
    case Kind::Unavailable:
        return tr("Unavailable");
    case Kind::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString Error::toString() const
{
    if (hint.isEmpty())
        return message;
    return tr("%1 — %2").arg(message, hint);
}

} // namespace lcl
