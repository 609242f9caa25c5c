#include "metrics/promdecoder.h"

#include <QLocale>

#include "metrics/promenvelope.h"

#include <charconv>
#include <limits>

namespace lcl::metrics {

using namespace detail;

QString PromSample::display(int precision) const
{
    if (isNaN())
        return tr("undefined");
    if (std::isinf(value))
        return value > 0 ? tr("undefined (+Inf)") : tr("undefined (-Inf)");
    return QLocale().toString(value, 'g', precision);
}

QString PromQueryResult::typeName(Type type)
{
    switch (type) {
    case Type::Vector:
        return QStringLiteral("vector");
    case Type::Matrix:
        return QStringLiteral("matrix");
    case Type::Scalar:
        return QStringLiteral("scalar");
    case Type::String:
        return QStringLiteral("string");
    }
    return {};
}

std::optional<double> PromDecoder::parseValue(std::string_view text)
{
    if (text == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == "+Inf" || text == "Inf")
        return std::numeric_limits<double>::infinity();
    if (text == "-Inf")
        return -std::numeric_limits<double>::infinity();
    if (text.empty())
        return std::nullopt;
    // Qt's parser is locale-independent here and accepts exponents ("1e-05").
    bool ok = false;
    const double v = QByteArray::fromRawData(text.data(), qsizetype(text.size())).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

Error PromDecoder::envelopeError(const QString& errorType, const QString& error, int httpStatus)
{
    const QString detail = QStringLiteral("errorType=%1 http=%2: %3").arg(errorType).arg(httpStatus).arg(error);
    if (error.contains(QLatin1String("exceeded maximum resolution"))) {
        return Error::make(Error::Kind::Invalid,
                           tr("Prometheus refused the range query: it would return more than 11,000 points per "
                              "series."),
                           tr("Widen the step (fewer points) or shorten the time range."), detail, httpStatus);
    }
    if (errorType == QLatin1String("bad_data")) {
        return Error::make(Error::Kind::Invalid, tr("Prometheus rejected the query: %1").arg(error),
                           tr("Check the PromQL (the profile's signal templates) and the query parameters."), detail,
                           httpStatus ? httpStatus : 400);
    }
    if (errorType == QLatin1String("execution")) {
        return Error::make(Error::Kind::Invalid, tr("Prometheus could not evaluate the query: %1").arg(error),
                           tr("The query is valid but failed on the data (for example many-to-many matching); "
                              "change its grouping."),
                           detail, httpStatus ? httpStatus : 422);
    }
    if (errorType == QLatin1String("timeout")) {
        return Error::make(Error::Kind::Timeout, tr("Prometheus timed out evaluating the query: %1").arg(error),
                           tr("Shorten the time range, widen the step or narrow the selectors."), detail,
                           httpStatus ? httpStatus : 503);
    }
    if (errorType == QLatin1String("unavailable")) {
        return Error::make(Error::Kind::Unavailable, tr("Prometheus is not available: %1").arg(error),
                           tr("It may be starting or overloaded; the console retries on the next refresh."), detail,
                           httpStatus ? httpStatus : 503);
    }
    if (errorType == QLatin1String("canceled")) {
        return Error::make(Error::Kind::Cancelled, tr("Prometheus cancelled the query: %1").arg(error), {}, detail,
                           httpStatus ? httpStatus : 499);
    }
    if (errorType == QLatin1String("not_found")) {
        return Error::make(Error::Kind::NotFound, tr("Prometheus does not know this endpoint: %1").arg(error),
                           tr("The server may not be Prometheus-compatible or may be too old."), detail,
                           httpStatus ? httpStatus : 404);
    }
    return Error::make(Error::Kind::Server, tr("Prometheus failed: %1").arg(error.isEmpty() ? errorType : error),
                       tr("See Prometheus' own log for the cause."), detail, httpStatus ? httpStatus : 500);
}

Result<PromQueryResult> PromDecoder::decodeQuery(const QByteArray& body, int httpStatus)
{
    dom::parser parser;
    auto env = readEnvelope(parser, body, httpStatus);
    if (!env.ok())
        return env.error();
    PromQueryResult result;
    result.warnings = env->warnings;
    result.infos = env->infos;
    std::string_view type;
    if (env->data["resultType"].get_string().get(type) != simdjson::SUCCESS)
        return parseError(tr("\"data.resultType\" is missing"));
    dom::element res;
    if (env->data["result"].get(res) != simdjson::SUCCESS)
        return parseError(tr("\"data.result\" is missing"));

    if (type == "scalar" || type == "string") {
        result.type = type == "scalar" ? PromQueryResult::Type::Scalar : PromQueryResult::Type::String;
        const auto sample = readSample(res, type == "scalar");
        if (!sample)
            return parseError(tr("a %1 result is not a [time, \"value\"] pair").arg(qs(type)));
        result.scalar = *sample;
        return result;
    }
    if (type != "vector" && type != "matrix")
        return parseError(tr("unsupported resultType \"%1\"").arg(qs(type)));
    const bool matrix = type == "matrix";
    result.type = matrix ? PromQueryResult::Type::Matrix : PromQueryResult::Type::Vector;
    dom::array items;
    if (res.get_array().get(items) != simdjson::SUCCESS)
        return parseError(tr("\"data.result\" of a %1 is not a list").arg(qs(type)));
    result.series.reserve(qsizetype(items.size()));
    for (dom::element item : items) {
        PromSeries series;
        dom::element metric;
        if (item["metric"].get(metric) != simdjson::SUCCESS)
            return parseError(tr("a series has no \"metric\""));
        const auto labels = readLabels(metric);
        if (!labels)
            return parseError(tr("a series' \"metric\" is not a map of texts"));
        series.metric = *labels;
        if (matrix) {
            dom::array values;
            if (item["values"].get_array().get(values) != simdjson::SUCCESS) {
                // Native histograms come as "histograms"; the console does not read them yet.
                dom::element histograms;
                if (item["histograms"].get(histograms) == simdjson::SUCCESS)
                    continue;
                return parseError(tr("a matrix series has no \"values\" list"));
            }
            series.samples.reserve(qsizetype(values.size()));
            for (dom::element v : values) {
                const auto sample = readSample(v, true);
                if (!sample)
                    return parseError(tr("a value is not a [time, \"number\"] pair"));
                series.samples.append(*sample);
            }
        } else {
            dom::element value;
            if (item["value"].get(value) != simdjson::SUCCESS) {
                dom::element histogram;
                if (item["histogram"].get(histogram) == simdjson::SUCCESS)
                    continue;
                return parseError(tr("a vector sample has no \"value\""));
            }
            const auto sample = readSample(value, true);
            if (!sample)
                return parseError(tr("a value is not a [time, \"number\"] pair"));
            series.samples.append(*sample);
        }
        result.series.append(std::move(series));
    }
    return result;
}

Result<QStringList> PromDecoder::decodeStringList(const QByteArray& body, int httpStatus)
{
    dom::parser parser;
    auto env = readEnvelope(parser, body, httpStatus);
    if (!env.ok())
        return env.error();
    dom::array arr;
    if (env->data.get_array().get(arr) != simdjson::SUCCESS)
        return parseError(tr("\"data\" is not a list"));
    QStringList out;
    for (dom::element e : arr) {
        std::string_view s;
        if (e.get_string().get(s) != simdjson::SUCCESS)
            return parseError(tr("\"data\" holds something other than texts"));
        out.append(qs(s));
    }
    return out;
}

Result<QMap<QString, QList<PromMetricMetadata>>> PromDecoder::decodeMetadata(const QByteArray& body, int httpStatus)
{
    dom::parser parser;
    auto env = readEnvelope(parser, body, httpStatus);
    if (!env.ok())
        return env.error();
    dom::object obj;
    if (env->data.get_object().get(obj) != simdjson::SUCCESS)
        return parseError(tr("\"data\" is not a map of metric names"));
    QMap<QString, QList<PromMetricMetadata>> out;
    for (const auto field : obj) {
        dom::array entries;
        if (field.value.get_array().get(entries) != simdjson::SUCCESS)
            return parseError(tr("the metadata of %1 is not a list").arg(qs(field.key)));
        QList<PromMetricMetadata> list;
        for (dom::element e : entries) {
            list.append({text(e["type"]), text(e["help"]), text(e["unit"])});
        }
        out.insert(qs(field.key), list);
    }
    return out;
}

} // namespace lcl::metrics
