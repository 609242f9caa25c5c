#pragma once

// Internal to lcl_kube: simdjson types never leave the library's .cpp files.

#include "kube/records.h"

#include <simdjson.h>

#include <QString>

#include <string>
#include <string_view>
#include <unordered_map>

namespace lcl::kube::detail {

namespace sj = simdjson::ondemand;

// Shares one QString among equal, often repeated values (namespaces, label pairs, images, reasons), which
// keeps 10,000 pods small. Bounded: cleared when it grows past a limit.
class Interner {
public:
    const QString& get(std::string_view text);

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_strings;
};

// What one decoder keeps between objects. Decoding throws simdjson_error on malformed JSON; the public
// entry points catch it and return lcl::Error.
class DecodeContext {
public:
    QString string(sj::value& v);          // strings; numbers and bools as their JSON text; null → empty
    const QString& interned(sj::value& v); // same, shared through the interner
    QString intern(std::string_view text) { return m_interner.get(text); }

private:
    Interner m_interner;
};

qint64 toInt(sj::value& v);       // numbers, numeric strings; else 0
bool toBool(sj::value& v);        // true, "true"; else false
qint64 toTime(sj::value& v);      // RFC 3339 → epoch seconds; null or malformed → 0
qint64 parseRfc3339(std::string_view text);
qint64 toQuantityMilli(sj::value& v);

// A field's key as written, without copying it: Kubernetes keys almost never contain escapes, and those that do
// go through simdjson's unescaping.
inline std::string_view fieldKey(sj::field& field)
{
    const char* start = field.key().raw();
    const char* end = start;
    while (*end != '"' && *end != '\\')
        ++end; // simdjson's padding guarantees a quote before the buffer ends
    if (*end == '"')
        return {start, size_t(end - start)};
    return field.unescaped_key();
}

template <typename F>
void forEachField(sj::value& v, F&& fn)
{
    if (v.type() != sj::json_type::object)
        return;
    for (auto result : v.get_object()) {
        sj::field field = std::move(result);
        fn(fieldKey(field), field.value());
    }
}

template <typename F>
void forEachElement(sj::value& v, F&& fn)
{
    if (v.type() != sj::json_type::array)
        return;
    for (auto result : v.get_array()) {
        sj::value element = std::move(result);
        fn(element);
    }
}

Labels decodeLabels(DecodeContext& ctx, sj::value& v);
void decodeMeta(DecodeContext& ctx, sj::value& v, ObjectMeta& meta);
QList<Condition> decodeConditions(DecodeContext& ctx, sj::value& v);
QStringList decodeStringList(DecodeContext& ctx, sj::value& v);
// spec.template.spec.containers[].image of a pod template
void decodeTemplateImages(DecodeContext& ctx, sj::value& templ, QStringList& images);
// selector.matchLabels
Labels decodeSelector(DecodeContext& ctx, sj::value& v);

void decodePod(DecodeContext& ctx, sj::value& v, PodRecord& pod);
void decodeWorkload(DecodeContext& ctx, sj::value& v, WorkloadRecord& w);
void decodeReplicaSet(DecodeContext& ctx, sj::value& v, ReplicaSetRecord& rs);
void decodeService(DecodeContext& ctx, sj::value& v, ServiceRecord& s);
void decodeEndpointSlice(DecodeContext& ctx, sj::value& v, EndpointSliceRecord& s);
void decodeJob(DecodeContext& ctx, sj::value& v, JobRecord& j);
void decodeCronJob(DecodeContext& ctx, sj::value& v, CronJobRecord& c);
void decodeHpa(DecodeContext& ctx, sj::value& v, HpaRecord& h);
void decodeEvent(DecodeContext& ctx, sj::value& v, EventRecord& e);
void decodeNamespace(DecodeContext& ctx, sj::value& v, NamespaceRecord& n);
void decodeNode(DecodeContext& ctx, sj::value& v, NodeRecord& n);
void decodePvc(DecodeContext& ctx, sj::value& v, PvcRecord& p);
void decodeGateway(DecodeContext& ctx, sj::value& v, GatewayRecord& g);
void decodeHttpRoute(DecodeContext& ctx, sj::value& v, HttpRouteRecord& r);

// One object of `kind` into its record type.
Record decodeRecord(DecodeContext& ctx, ResourceKind kind, sj::value& v);

} // namespace lcl::kube::detail
