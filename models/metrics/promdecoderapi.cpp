#include "metrics/promdecoder.h"

#include "metrics/promenvelope.h"

// The decoders of Prometheus' status-like endpoints (alerts, rules, targets, build info); the query decoders
// are in promdecoder.cpp.

namespace lcl::metrics {

using namespace detail;

namespace {

QMap<QString, QString> stringMap(dom::element e, const char* key)
{
    QMap<QString, QString> out;
    dom::object obj;
    if (e[key].get_object().get(obj) != simdjson::SUCCESS)
        return out;
    for (const auto field : obj) {
        std::string_view v;
        if (field.value.get_string().get(v) == simdjson::SUCCESS)
            out.insert(qs(field.key), qs(v));
    }
    return out;
}

double number(dom::element e, const char* key)
{
    double d = 0;
    if (e[key].get_double().get(d) == simdjson::SUCCESS)
        return d;
    int64_t i = 0;
    if (e[key].get_int64().get(i) == simdjson::SUCCESS)
        return double(i);
    return 0;
}

QDateTime time(dom::element e, const char* key)
{
    const QString t = text(e[key]);
    // Go's zero time means "never".
    if (t.isEmpty() || t.startsWith(QLatin1String("0001-")))
        return {};
    QDateTime parsed = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        QString cut = t;
        const qsizetype dot = cut.indexOf(QLatin1Char('.'));
        if (dot > 0) {
            qsizetype end = dot + 1;
            while (end < cut.size() && cut.at(end).isDigit())
                ++end;
            cut.remove(dot + 4, qMax<qsizetype>(0, end - dot - 4));
        }
        parsed = QDateTime::fromString(cut, Qt::ISODateWithMs);
    }
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

PromAlert::State alertState(const QString& s)
{
    if (s == QLatin1String("firing"))
        return PromAlert::State::Firing;
    if (s == QLatin1String("pending"))
        return PromAlert::State::Pending;
    return PromAlert::State::Inactive;
}

PromAlert readAlert(dom::element e)
{
    PromAlert a;
    a.labels = stringMap(e, "labels");
    a.annotations = stringMap(e, "annotations");
    a.state = alertState(text(e["state"]));
    a.activeAt = time(e, "activeAt");
    a.value = text(e["value"]);
    return a;
}

Result<dom::array> arrayField(const Envelope& env, const char* key)
{
    dom::array arr;
    if (env.data[key].get_array().get(arr) != simdjson::SUCCESS)
        return parseError(PromDecoder::tr("\"data.%1\" is not a list").arg(QLatin1String(key)));
    return arr;
}

} // namespace

Result<QList<PromAlert>> PromDecoder::decodeAlerts(const QByteArray& body, int httpStatus)
{
    dom::parser parser;
    const auto env = readEnvelope(parser, body, httpStatus);
    if (!env.ok())
        return env.error();
    const auto arr = arrayField(env.value(), "alerts");
    if (!arr.ok())
        return arr.error();
    QList<PromAlert> out;
    for (dom::element e : arr.value())
        out.append(readAlert(e));
    return out;
}

Result<QList<PromRuleGroup>> PromDecoder::decodeRules(const QByteArray& body, int httpStatus)
{
    dom::parser parser;
    const auto env = readEnvelope(parser, body, httpStatus);
    if (!env.ok())
        return env.error();
    const auto groups = arrayField(env.value(), "groups");
    if (!groups.ok())
        return groups.error();
    QList<PromRuleGroup> out;
    for (dom::element g : groups.value()) {
        PromRuleGroup group;
        group.name = text(g["name"]);
        group.file = text(g["file"]);
        group.intervalSeconds = number(g, "interval");
        dom::array rules;
        if (g["rules"].get_array().get(rules) != simdjson::SUCCESS)
            return parseError(tr("rule group \"%1\" has no rules list").arg(group.name));
        for (dom::element r : rules) {
            PromRule rule;
            const QString type = text(r["type"]);
            if (type == QLatin1String("recording"))
                rule.type = PromRule::Type::Recording;
            else if (type != QLatin1String("alerting"))
                return parseError(tr("rule \"%1\" has the unknown type \"%2\"").arg(text(r["name"]), type));
            rule.name = text(r["name"]);
            rule.query = text(r["query"]);
            rule.durationSeconds = number(r, "duration");
            rule.labels = stringMap(r, "labels");
            rule.annotations = stringMap(r, "annotations");
            const QString health = text(r["health"]);
            rule.health = health == QLatin1String("ok")    ? PromRule::Health::Ok
                          : health == QLatin1String("err") ? PromRule::Health::Err
                                                           : PromRule::Health::Unknown;
            rule.lastError = text(r["lastError"]);
            rule.state = alertState(text(r["state"]));
            rule.lastEvaluation = time(r, "lastEvaluation");
            dom::array alerts;
            if (r["alerts"].get_array().get(alerts) == simdjson::SUCCESS) {
                for (dom::element a : alerts)
                    rule.alerts.append(readAlert(a));
            }
            group.rules.append(rule);
        }
        out.append(group);
    }
    return out;
}

Result<QList<PromTarget>> PromDecoder::decodeTargets(const QByteArray& body, int httpStatus)
{
    dom::parser parser;
    const auto env = readEnvelope(parser, body, httpStatus);
    if (!env.ok())
        return env.error();
    const auto arr = arrayField(env.value(), "activeTargets");
    if (!arr.ok())
        return arr.error();
    QList<PromTarget> out;
    for (dom::element e : arr.value()) {
        PromTarget t;
        t.scrapePool = text(e["scrapePool"]);
        t.scrapeUrl = text(e["scrapeUrl"]);
        t.labels = stringMap(e, "labels");
        const QString health = text(e["health"]);
        t.health = health == QLatin1String("up")     ? PromTarget::Health::Up
                   : health == QLatin1String("down") ? PromTarget::Health::Down
                                                     : PromTarget::Health::Unknown;
        t.lastError = text(e["lastError"]);
        t.lastScrape = time(e, "lastScrape");
        t.lastScrapeDurationSeconds = number(e, "lastScrapeDuration");
        out.append(t);
    }
    return out;
}

Result<PromBuildInfo> PromDecoder::decodeBuildInfo(const QByteArray& body, int httpStatus)
{
    dom::parser parser;
    const auto env = readEnvelope(parser, body, httpStatus);
    if (!env.ok())
        return env.error();
    PromBuildInfo info{text(env->data["version"]), text(env->data["revision"]), text(env->data["branch"]),
                       text(env->data["goVersion"])};
    if (info.version.isEmpty())
        return parseError(tr("the build info has no version"));
    return info;
}

} // namespace lcl::metrics
