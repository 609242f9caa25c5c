#include "metrics/alertmanagerclient.h"

#include "metrics/alertmanagerdecoder.h"

#include <QTimer>


namespace lcl::metrics {

namespace {

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

Result<QByteArray> rawBody(const net::HttpResponse& r)
{
    return r.body;
}

} // namespace

AlertmanagerClient::AlertmanagerClient(net::HttpClient* http, PrometheusClientEndpoint endpoint, QObject* parent)
    : QObject(parent), m_core(http, std::move(endpoint), PrometheusClientError::Server::Alertmanager, this)
{
}

AlertmanagerClient::~AlertmanagerClient() = default;

void AlertmanagerClient::setEndpoint(PrometheusClientEndpoint endpoint)
{
    m_core.setEndpoint(std::move(endpoint));
}

void AlertmanagerClient::cancelAll()
{
    m_core.cancelAll();
}

PrometheusClientEndpoint::Params AlertmanagerClient::filterParams(const AlertFilter& f)
{
    PrometheusClientEndpoint::Params p{{QStringLiteral("active"), boolText(f.active)},
                                       {QStringLiteral("silenced"), boolText(f.silenced)},
                                       {QStringLiteral("inhibited"), boolText(f.inhibited)}};
    for (const QString& m : f.matchers)
        p.append({QStringLiteral("filter"), m});
    if (!f.receiver.isEmpty())
        p.append({QStringLiteral("receiver"), f.receiver});
    return p;
}

net::RequestId AlertmanagerClient::alerts(const AlertFilter& filter, Callback<QList<AmAlert>> done)
{
    return m_core.send<QList<AmAlert>>(
        endpoint().request("GET", QStringLiteral("/api/v2/alerts"), filterParams(filter)),
        [](const net::HttpResponse& r) { return AlertmanagerDecoder::decodeAlerts(r.body); }, std::move(done));
}

net::RequestId AlertmanagerClient::alertGroups(const AlertFilter& filter, Callback<QList<AmAlertGroup>> done)
{
    return m_core.send<QList<AmAlertGroup>>(
        endpoint().request("GET", QStringLiteral("/api/v2/alerts/groups"), filterParams(filter)),
        [](const net::HttpResponse& r) { return AlertmanagerDecoder::decodeAlertGroups(r.body); }, std::move(done));
}

net::RequestId AlertmanagerClient::silences(const QStringList& matchers, Callback<QList<AmSilence>> done)
{
    PrometheusClientEndpoint::Params p;
    for (const QString& m : matchers)
        p.append({QStringLiteral("filter"), m});
    return m_core.send<QList<AmSilence>>(
        endpoint().request("GET", QStringLiteral("/api/v2/silences"), p),
        [](const net::HttpResponse& r) { return AlertmanagerDecoder::decodeSilences(r.body); }, std::move(done));
}

net::RequestId AlertmanagerClient::silence(const QString& id, Callback<AmSilence> done)
{
    const QString path = QStringLiteral("/api/v2/silence/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
    return m_core.send<AmSilence>(
        endpoint().request("GET", path),
        [](const net::HttpResponse& r) { return AlertmanagerDecoder::decodeSilence(r.body); }, std::move(done));
}

net::RequestId AlertmanagerClient::status(Callback<QByteArray> done)
{
    return m_core.send<QByteArray>(endpoint().request("GET", QStringLiteral("/api/v2/status")), rawBody,
                                   std::move(done));
}

net::RequestId AlertmanagerClient::createSilence(AmSilenceRequest silence, Callback<QString> done)
{
    if (!silence.startsAt.isValid())
        silence.startsAt = QDateTime::currentDateTimeUtc();
    Result<QByteArray> body = AlertmanagerDecoder::encodeSilence(silence);
    if (!body) {
        // Reported like any answer: later, on this thread, never from inside the call.
        QTimer::singleShot(0, this, [done, error = body.error()] { done(error); });
        return 0;
    }
    net::HttpRequest r = endpoint().request("POST", QStringLiteral("/api/v2/silences"));
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    r.body = *body;
    return m_core.send<QString>(
        std::move(r), [](const net::HttpResponse& response) { return AlertmanagerDecoder::decodeSilenceId(response.body); },
        std::move(done));
}

net::RequestId AlertmanagerClient::expireSilence(const QString& id, Callback<bool> done)
{
    const QString path = QStringLiteral("/api/v2/silence/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
    return m_core.send<bool>(endpoint().request("DELETE", path),
                             [](const net::HttpResponse&) -> Result<bool> { return true; }, std::move(done));
}

} // namespace lcl::metrics
