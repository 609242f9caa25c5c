#include "metrics/metricspollerdecoder.h"

#include "metrics/promdecoder.h"
#include "metrics/prometheusclienterror.h"
#include "metrics/querybatch.h"

#include <simdjson.h>

#include <cmath>
#include <limits>

namespace lcl::metrics {

namespace sj = simdjson::ondemand;

struct MetricsPollerDecoder::Impl {
    sj::parser parser;
};

MetricsPollerDecoder::MetricsPollerDecoder() : m_impl(std::make_unique<Impl>()) {}

MetricsPollerDecoder::~MetricsPollerDecoder() = default;

double MetricsPollerDecoder::parseSample(std::string_view text, bool* ok)
{
    const std::optional<double> v = PromDecoder::parseValue(text);
    if (ok)
        *ok = v.has_value();
    return v.value_or(std::numeric_limits<double>::quiet_NaN());
}

void MetricsPollerDecoder::combine(double& into, double value, Combine how)
{
    if (std::isnan(into)) {
        into = value;
        return;
    }
    if (std::isnan(value))
        return;
    switch (how) {
    case Combine::Sum:
        into += value;
        break;
    case Combine::Max:
        into = std::max(into, value);
        break;
    case Combine::Min:
        into = std::min(into, value);
        break;
    }
}

namespace {

simdjson::padded_string_view padded(QByteArray& bytes)
{
    if (bytes.capacity() - bytes.size() < qsizetype(simdjson::SIMDJSON_PADDING))
        bytes.reserve(bytes.size() + qsizetype(simdjson::SIMDJSON_PADDING));
    return simdjson::padded_string_view(bytes.constData(), size_t(bytes.size()), size_t(bytes.capacity()));
}

QString qstr(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

} // namespace

Result<MetricsPollerAnswer> MetricsPollerDecoder::decode(QByteArray body, const SignalQuery& query,
                                                         const QueryBatch& batch)
{
    const auto parseError = [&](const QString& why) {
        return Error::make(Error::Kind::Parse, tr("Prometheus' answer to the %1 query could not be read").arg(query.signal),
                           tr("The server may not be Prometheus-compatible."), why);
    };
    MetricsPollerAnswer answer;
    const qsizetype keyCount = query.keyLabels.size();
    QList<QString> keyValues(keyCount);
    QString status, errorType, errorText, resultType;
    try {
        sj::document doc = m_impl->parser.iterate(padded(body));
        for (auto f : doc.get_object()) {
            sj::field field = std::move(f);
            const std::string_view key = field.unescaped_key();
            if (key == "status") {
                status = qstr(field.value().get_string());
            } else if (key == "errorType") {
                errorType = qstr(field.value().get_string());
            } else if (key == "error") {
                errorText = qstr(field.value().get_string());
            } else if (key == "data") {
                for (auto d : field.value().get_object()) {
                    sj::field df = std::move(d);
                    const std::string_view dk = df.unescaped_key();
                    if (dk == "resultType") {
                        resultType = qstr(df.value().get_string());
                    } else if (dk == "result") {
                        sj::value result = df.value();
                        if (result.type() != sj::json_type::array)
                            return parseError(QStringLiteral("data.result is not an array"));
                        sj::array items = result.get_array();
                        if (resultType == QLatin1String("scalar")) {
                            // [t, "v"]: one value without labels; it cannot be split by entity.
                            ++answer.seriesCount;
                            ++answer.unkeyedCount;
                            continue;
                        }
                        for (auto item : items) {
                            keyValues.fill(QString());
                            double value = std::numeric_limits<double>::quiet_NaN();
                            bool haveValue = false;
                            for (auto sf : item.get_object()) {
                                sj::field s = std::move(sf);
                                const std::string_view sk = s.unescaped_key();
                                if (sk == "metric") {
                                    for (auto lf : s.value().get_object()) {
                                        sj::field l = std::move(lf);
                                        const std::string_view name = l.unescaped_key();
                                        for (qsizetype i = 0; i < keyCount; ++i) {
                                            if (query.keyLabels[i].size() == qsizetype(name.size())
                                                && query.keyLabels[i] == QLatin1String(name.data(), qsizetype(name.size()))) {
                                                keyValues[i] = qstr(l.value().get_string());
                                                break;
                                            }
                                        }
                                    }
                                } else if (sk == "value") {
                                    sj::array pair = s.value().get_array();
                                    auto it = pair.begin();
                                    ++it; // the timestamp
                                    value = parseSample((*it).get_string(), &haveValue);
                                }
                            }
                            ++answer.seriesCount;
                            if (!haveValue)
                                return parseError(QStringLiteral("a sample value is not a number"));
                            const QString key = query.keyOf([&](const QString& label) {
                                return keyValues[query.keyLabels.indexOf(label)];
                            });
                            if (key.isEmpty()) {
                                ++answer.unkeyedCount;
                                continue;
                            }
                            if (std::isnan(value))
                                ++answer.nanCount;
                            const QString entity = batch.resolve(key);
                            auto at = answer.values.find(entity);
                            if (at == answer.values.end())
                                answer.values.insert(entity, value);
                            else
                                combine(*at, value, query.combine);
                        }
                    }
                }
            }
        }
    } catch (const simdjson::simdjson_error& e) {
        return parseError(QString::fromUtf8(e.what()));
    }
    if (status == QLatin1String("error"))
        return PrometheusClientError::fromEnvelope(200, errorType, errorText, QString());
    if (status != QLatin1String("success"))
        return parseError(QStringLiteral("no status \"success\""));
    if (resultType != QLatin1String("vector") && resultType != QLatin1String("scalar"))
        return parseError(QStringLiteral("result type %1 where an instant vector was expected").arg(resultType));
    return answer;
}

} // namespace lcl::metrics
