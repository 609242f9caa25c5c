#include "metrics/promenvelope.h"

#include "metrics/promdecoder.h"

namespace lcl::metrics::detail {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The text of a string field; empty when it is missing or not a string.
QString text(simdjson::simdjson_result<dom::element> field)
{
    std::string_view s;
    if (field.get_string().get(s) != simdjson::SUCCESS)
        return {};
    return qs(s);
}

Error parseError(const QString& what)
{
    return Error::make(Error::Kind::Parse, PromDecoder::tr("Prometheus sent an answer that cannot be read: %1").arg(what),
                       PromDecoder::tr("Check that the URL points at a Prometheus-compatible API (…/api/v1)."));
}

QStringList stringArray(dom::element e)
{
    QStringList out;
    dom::array arr;
    if (e.get_array().get(arr) != simdjson::SUCCESS)
        return out;
    for (dom::element item : arr) {
        std::string_view s;
        if (item.get_string().get(s) == simdjson::SUCCESS)
            out.append(qs(s));
    }
    return out;
}

Result<Envelope> readEnvelope(dom::parser& parser, const QByteArray& body, int httpStatus)
{
    dom::element root;
    if (body.trimmed().isEmpty())
        return parseError(PromDecoder::tr("the body is empty (HTTP %1)").arg(httpStatus));
    if (const auto err = parser.parse(body.constData(), size_t(body.size())).get(root); err != simdjson::SUCCESS) {
        if (httpStatus >= 400) {
            // A proxy or load balancer answered instead of Prometheus.
            return Error::make(Error::kindForHttpStatus(httpStatus),
                               PromDecoder::tr("Prometheus answered HTTP %1 without a Prometheus error body.")
                                   .arg(httpStatus),
                               PromDecoder::tr("Check the URL and that Prometheus is running behind it."),
                               QString::fromUtf8(body.left(300)), httpStatus);
        }
        return parseError(PromDecoder::tr("not JSON (%1)").arg(QString::fromUtf8(simdjson::error_message(err))));
    }
    dom::object obj;
    if (root.get_object().get(obj) != simdjson::SUCCESS)
        return parseError(PromDecoder::tr("the answer is not a JSON object"));
    std::string_view status;
    if (obj["status"].get_string().get(status) != simdjson::SUCCESS)
        return parseError(PromDecoder::tr("the \"status\" field is missing"));
    if (status == "error") {
        return PromDecoder::envelopeError(text(obj["errorType"]), text(obj["error"]), httpStatus);
    }
    if (status != "success")
        return parseError(PromDecoder::tr("unknown status \"%1\"").arg(qs(status)));
    Envelope env;
    if (obj["data"].get(env.data) != simdjson::SUCCESS)
        return parseError(PromDecoder::tr("the \"data\" field is missing"));
    dom::element w;
    if (obj["warnings"].get(w) == simdjson::SUCCESS)
        env.warnings = stringArray(w);
    if (obj["infos"].get(w) == simdjson::SUCCESS)
        env.infos = stringArray(w);
    return env;
}

// [t, "v"]
std::optional<PromSample> readSample(dom::element e, bool numeric)
{
    dom::array pair;
    if (e.get_array().get(pair) != simdjson::SUCCESS || pair.size() != 2)
        return std::nullopt;
    PromSample s;
    double t = 0;
    if (pair.at(0).get_double().get(t) != simdjson::SUCCESS) {
        int64_t i = 0;
        if (pair.at(0).get_int64().get(i) != simdjson::SUCCESS)
            return std::nullopt;
        t = double(i);
    }
    s.time = t;
    std::string_view v;
    if (pair.at(1).get_string().get(v) != simdjson::SUCCESS)
        return std::nullopt;
    s.text = qs(v);
    if (numeric) {
        const auto value = PromDecoder::parseValue(v);
        if (!value)
            return std::nullopt;
        s.value = *value;
    }
    return s;
}

std::optional<PromLabels> readLabels(dom::element e)
{
    dom::object obj;
    if (e.get_object().get(obj) != simdjson::SUCCESS)
        return std::nullopt;
    PromLabels labels;
    for (const auto field : obj) {
        std::string_view v;
        if (field.value.get_string().get(v) != simdjson::SUCCESS)
            return std::nullopt;
        labels.insert(qs(field.key), qs(v));
    }
    return labels;
}

} // namespace lcl::metrics::detail
