#pragma once

#include "core/result.h"
#include "metrics/promapitypes.h"
#include "metrics/promresult.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>
#include <string_view>

namespace lcl::metrics {

// Decodes answers of the Prometheus HTTP API (the {"status","data","errorType","error","warnings"} envelope)
// into value types. Bytes in, values or a translated lcl::Error out; no I/O. Works on any thread.
class PromDecoder final {
    Q_DECLARE_TR_FUNCTIONS(lcl::metrics::PromDecoder)

public:
    // /api/v1/query and /api/v1/query_range. `httpStatus` is the answer's status (an error envelope arrives
    // with 400, 422, 503, ...); 0 means "not known".
    static Result<PromQueryResult> decodeQuery(const QByteArray& body, int httpStatus = 200);
    // /api/v1/labels and /api/v1/label/<name>/values.
    static Result<QStringList> decodeStringList(const QByteArray& body, int httpStatus = 200);
    // /api/v1/metadata.
    static Result<QMap<QString, QList<PromMetricMetadata>>> decodeMetadata(const QByteArray& body,
                                                                          int httpStatus = 200);

    static Result<QList<PromAlert>> decodeAlerts(const QByteArray& body, int httpStatus = 200);     // /api/v1/alerts
    static Result<QList<PromRuleGroup>> decodeRules(const QByteArray& body, int httpStatus = 200);  // /api/v1/rules
    static Result<QList<PromTarget>> decodeTargets(const QByteArray& body, int httpStatus = 200);   // active targets
    static Result<PromBuildInfo> decodeBuildInfo(const QByteArray& body, int httpStatus = 200);

    // The Error for an error envelope: bad_data (400), execution (422), timeout/unavailable (503), canceled,
    // internal, not_found. The "exceeded maximum resolution of 11,000 points" error gets a hint to widen the
    // step; `message` keeps Prometheus' own words, `detail` the errorType.
    static Error envelopeError(const QString& errorType, const QString& error, int httpStatus);

    // A sample value as Prometheus writes it: a decimal number, "NaN", "+Inf", "-Inf" (also "Inf").
    static std::optional<double> parseValue(std::string_view text);
};

} // namespace lcl::metrics
