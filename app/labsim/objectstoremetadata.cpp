#include "labsim/objectstoremetadata.h"

#include "labsim/strategicmerge.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace lcl::sim {

std::string ObjectStoreMetadata::timestamp(std::int64_t offsetSeconds)
{
    const std::time_t t = std::time(nullptr) + offsetSeconds;
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string ObjectStoreMetadata::microTimestamp(std::int64_t offsetMillis)
{
    const auto now = std::chrono::system_clock::now() + std::chrono::milliseconds(offsetMillis);
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(now.time_since_epoch()).count();
    const std::time_t t = static_cast<std::time_t>(micros / 1'000'000);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[48];
    const auto n = std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
    std::snprintf(buf + n, sizeof buf - n, ".%06lldZ", static_cast<long long>(micros % 1'000'000));
    return buf;
}

std::string ObjectStoreMetadata::uuid(std::mt19937_64& rng)
{
    const std::uint64_t a = rng();
    const std::uint64_t b = rng();
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08llx-%04llx-4%03llx-%04llx-%012llx",
                  static_cast<unsigned long long>(a >> 32), static_cast<unsigned long long>((a >> 16) & 0xffff),
                  static_cast<unsigned long long>(a & 0xfff),
                  static_cast<unsigned long long>(((b >> 48) & 0x3fff) | 0x8000),
                  static_cast<unsigned long long>(b & 0xffffffffffffULL));
    return buf;
}

namespace {

nlohmann::json fieldsOf(const nlohmann::json& value, const std::string& field);

nlohmann::json fieldsOfObject(const nlohmann::json& object)
{
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [k, v] : object.items())
        out["f:" + k] = fieldsOf(v, k);
    return out;
}

nlohmann::json fieldsOf(const nlohmann::json& value, const std::string& field)
{
    if (value.is_object())
        return fieldsOfObject(value);
    if (value.is_array() && !value.empty() && value.front().is_object()) {
        const auto key = StrategicMerge::mergeKey(field, value.front());
        if (key.empty())
            return nlohmann::json::object();
        nlohmann::json out = {{".", nlohmann::json::object()}};
        for (const auto& element : value) {
            if (!element.contains(key))
                continue;
            const nlohmann::json k = {{key, element[key]}};
            auto sub = fieldsOfObject(element);
            sub["."] = nlohmann::json::object();
            out["k:" + k.dump()] = std::move(sub);
        }
        return out;
    }
    return nlohmann::json::object();
}

} // namespace

nlohmann::json ObjectStoreMetadata::fieldsV1(const nlohmann::json& object)
{
    nlohmann::json copy = object;
    copy.erase("apiVersion");
    copy.erase("kind");
    if (auto it = copy.find("metadata"); it != copy.end() && it->is_object()) {
        for (const char* k : {"uid", "resourceVersion", "creationTimestamp", "generation", "managedFields", "name",
                              "namespace", "selfLink", "deletionTimestamp",
                              "deletionGracePeriodSeconds"})
            it->erase(k);
        if (it->empty())
            copy.erase("metadata");
    }
    return fieldsOfObject(copy);
}

void ObjectStoreMetadata::recordManager(nlohmann::json& object, const std::string& manager,
                                        const std::string& operation, const std::string& apiVersion,
                                        const std::string& subresource)
{
    if (manager.empty())
        return;
    auto& meta = object["metadata"];
    nlohmann::json source = object;
    if (subresource == "status") {
        source = {{"status", object.value("status", nlohmann::json::object())}};
    } else {
        source.erase("status");
    }
    nlohmann::json entry = {{"manager", manager},
                            {"operation", operation},
                            {"apiVersion", apiVersion},
                            {"time", timestamp()},
                            {"fieldsType", "FieldsV1"},
                            {"fieldsV1", fieldsV1(source)}};
    if (!subresource.empty())
        entry["subresource"] = subresource;
    auto& list = meta["managedFields"];
    if (!list.is_array())
        list = nlohmann::json::array();
    for (auto& existing : list) {
        if (existing.value("manager", "") == manager && existing.value("operation", "") == operation
            && existing.value("subresource", "") == subresource) {
            existing = std::move(entry);
            return;
        }
    }
    list.push_back(std::move(entry));
}

} // namespace lcl::sim
