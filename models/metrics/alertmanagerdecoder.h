#pragma once

#include "core/result.h"
#include "metrics/alertmanagertypes.h"

#include <QByteArray>
#include <QCoreApplication>

namespace lcl::metrics {

// Decodes Alertmanager API v2 answers and encodes the body that creates a silence. Bytes in, values or a
// translated lcl::Error (kind Parse for malformed answers) out; no I/O. Works on any thread.
class AlertmanagerDecoder final {
    Q_DECLARE_TR_FUNCTIONS(lcl::metrics::AlertmanagerDecoder)

public:
    static Result<QList<AmAlert>> decodeAlerts(const QByteArray& body);        // GET /api/v2/alerts
    static Result<QList<AmAlertGroup>> decodeAlertGroups(const QByteArray& body); // GET /api/v2/alerts/groups
    static Result<QList<AmSilence>> decodeSilences(const QByteArray& body);    // GET /api/v2/silences
    static Result<AmSilence> decodeSilence(const QByteArray& body);            // GET /api/v2/silence/{id}
    static Result<QString> decodeSilenceId(const QByteArray& body);            // POST /api/v2/silences → id

    // The JSON body for POST /api/v2/silences; an Invalid error when there is no matcher, a matcher has no
    // name, the end is not after the start, or createdBy or comment is empty.
    static Result<QByteArray> encodeSilence(const AmSilenceRequest& request);

    // Alertmanager's RFC 3339 times ("2024-02-29T09:39:52.567Z", with or without fractions or offsets).
    static QDateTime parseTime(const QString& text);
};

} // namespace lcl::metrics
