#pragma once

// Internal to lcl_metrics: the simdjson helpers the Prometheus decoders share.

#include "core/result.h"
#include "metrics/promresult.h"

#include <QByteArray>
#include <QStringList>

#include <simdjson.h>

#include <optional>
#include <string_view>

namespace lcl::metrics::detail {

namespace dom = simdjson::dom;

QString qs(std::string_view s);
// The text of a string field; empty when it is missing or not a string.
QString text(simdjson::simdjson_result<dom::element> field);
Error parseError(const QString& what);

// The `data` of a success envelope (valid while the parser lives), or the Error of an error envelope.
struct Envelope {
    dom::element data;
    QStringList warnings;
    QStringList infos;
};

QStringList stringArray(dom::element e);
Result<Envelope> readEnvelope(dom::parser& parser, const QByteArray& body, int httpStatus);
// [t, "v"]; `numeric` parses the value (NaN and ±Inf included).
std::optional<PromSample> readSample(dom::element e, bool numeric);
std::optional<PromLabels> readLabels(dom::element e);

} // namespace lcl::metrics::detail
