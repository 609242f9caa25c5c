#pragma once

#include "metrics/alertmanagertypes.h"
#include "metrics/prometheusclientcore.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>

namespace lcl::metrics {

// The Alertmanager API v2 over lcl::net::HttpClient (directly or through the API server's service proxy).
// Answers are decoded on the net thread by AlertmanagerDecoder into the Am* value types; callbacks run on this
// object's thread, and answers that arrive after setEndpoint() or cancelAll() are dropped.
class AlertmanagerClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertmanagerClient)

public:
    template <typename T>
    using Callback = PrometheusClientCore::Callback<T>;

    struct AlertFilter {
        bool active = true;
        bool silenced = true;
        bool inhibited = true;
        QStringList matchers; // `alertname="RedisDown"`, `namespace=~"search|checkin"`
        QString receiver;     // regex; empty: all
    };

    AlertmanagerClient(net::HttpClient* http, PrometheusClientEndpoint endpoint, QObject* parent = nullptr);
    ~AlertmanagerClient() override;

    const PrometheusClientEndpoint& endpoint() const { return m_core.endpoint(); }
    void setEndpoint(PrometheusClientEndpoint endpoint);
    void cancelAll();

    net::RequestId alerts(const AlertFilter& filter, Callback<QList<AmAlert>> done);
    net::RequestId alertGroups(const AlertFilter& filter, Callback<QList<AmAlertGroup>> done);
    net::RequestId silences(const QStringList& matchers, Callback<QList<AmSilence>> done);
    net::RequestId silence(const QString& id, Callback<AmSilence> done);
    // POST /api/v2/silences → the silence id (a new one when an update had to replace the silence). The silence
    // is checked before sending (matchers, times, author, comment); startsAt invalid means now.
    net::RequestId createSilence(AmSilenceRequest silence, Callback<QString> done);
    // DELETE /api/v2/silence/{id}: the silence stays listed as expired.
    net::RequestId expireSilence(const QString& id, Callback<bool> done);
    net::RequestId status(Callback<QByteArray> done);

private:
    static PrometheusClientEndpoint::Params filterParams(const AlertFilter& filter);

    PrometheusClientCore m_core;
};

} // namespace lcl::metrics
