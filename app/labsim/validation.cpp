#include "labsim/validation.h"

#include "labsim/cronschedule.h"
#include "labsim/resourceregistry.h"

#include <cctype>

namespace lcl::sim {

namespace {

bool alnum(char c)
{
    return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c));
}

bool labelOk(std::string_view s)
{
    if (s.empty() || s.size() > 63 || !alnum(s.front()) || !alnum(s.back()))
        return false;
    for (char c : s)
        if (!alnum(c) && c != '-')
            return false;
    return true;
}

nlohmann::json cause(const std::string& reason, const std::string& field, const std::string& message)
{
    return {{"reason", reason}, {"message", message}, {"field", field}};
}

} // namespace

std::optional<std::string> Validation::dns1123Label(std::string_view name)
{
    if (labelOk(name))
        return std::nullopt;
    return "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start "
           "and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is "
           "'[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
}

std::optional<std::string> Validation::dns1123Subdomain(std::string_view name)
{
    bool ok = !name.empty() && name.size() <= 253;
    std::size_t start = 0;
    while (ok && start <= name.size()) {
        const auto dot = name.find('.', start);
        ok = labelOk(name.substr(start, dot == std::string_view::npos ? name.npos : dot - start));
        if (dot == std::string_view::npos)
            break;
        start = dot + 1;
    }
    if (ok)
        return std::nullopt;
    return "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must "
           "start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is "
           "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
}

ObjectStoreError Validation::invalid(const ResourceInfo& resource, const std::string& name, nlohmann::json causes)
{
    std::string detail;
    for (const auto& c : causes) {
        if (!detail.empty())
            detail += ", ";
        detail += c.value("field", "") + ": " + c.value("message", "");
    }
    const auto kindRef = resource.group.empty() ? resource.kind : resource.kind + "." + resource.group;
    const auto message = kindRef + " \"" + name + "\" is invalid: "
                         + (causes.size() > 1 ? "[" + detail + "]" : detail);
    nlohmann::json details = {{"name", name}, {"kind", resource.kind}, {"causes", std::move(causes)}};
    if (!resource.group.empty())
        details["group"] = resource.group;
    return ObjectStoreError::make(422, "Invalid", message, std::move(details));
}

std::optional<ObjectStoreError> Validation::validate(const ResourceInfo& resource, const nlohmann::json& object,
                                                     const std::string& urlNamespace, const std::string& urlName)
{
    if (!object.is_object())
        return ObjectStoreError::badRequest("the body of the request was not a JSON object");
    const auto kind = object.value("kind", "");
    const auto apiVersion = object.value("apiVersion", "");
    if ((!kind.empty() && kind != resource.kind) || (!apiVersion.empty() && apiVersion != resource.apiVersion()))
        return ObjectStoreError::badRequest("the API version in the data (" + apiVersion
                                            + ") does not match the expected API version (" + resource.apiVersion()
                                            + ")" + (kind != resource.kind ? ", or the kind " + kind
                                                    + " does not match " + resource.kind : std::string()));
    const auto metaIt = object.find("metadata");
    if (metaIt == object.end() || !metaIt->is_object())
        return invalid(resource, "", nlohmann::json::array({cause("FieldValueRequired", "metadata.name",
                                                                  "Required value: name or generateName is required")}));
    const auto& meta = *metaIt;
    const auto name = meta.value("name", "");
    const auto objectNs = meta.value("namespace", "");
    if (resource.namespaced && !objectNs.empty() && !urlNamespace.empty() && objectNs != urlNamespace)
        return ObjectStoreError::badRequest(
            "the namespace of the provided object does not match the namespace sent on the request");
    if (!urlName.empty() && !name.empty() && name != urlName)
        return ObjectStoreError::badRequest("the name of the object (" + name
                                            + ") does not match the name on the URL (" + urlName + ")");

    nlohmann::json causes = nlohmann::json::array();
    if (name.empty()) {
        causes.push_back(cause("FieldValueRequired", "metadata.name",
                               "Required value: name or generateName is required"));
    } else {
        const bool labelOnly = resource.kind == "Namespace" || resource.kind == "Service";
        if (auto why = labelOnly ? dns1123Label(name) : dns1123Subdomain(name))
            causes.push_back(cause("FieldValueInvalid", "metadata.name", "Invalid value: \"" + name + "\": " + *why));
    }
    if (const auto labels = meta.find("labels"); labels != meta.end() && !labels->is_null() && !labels->is_object())
        causes.push_back(cause("FieldValueInvalid", "metadata.labels", "Invalid value: must be a map"));
    else if (labels != meta.end() && labels->is_object())
        for (const auto& [k, v] : labels->items())
            if (!v.is_string() || v.get<std::string>().size() > 63)
                causes.push_back(cause("FieldValueInvalid", "metadata.labels",
                                       "Invalid value: \"" + k + "\": must be no more than 63 characters"));

    const auto& spec = object.contains("spec") ? object["spec"] : nlohmann::json();
    if (spec.is_object()) {
        if (const auto r = spec.find("replicas"); r != spec.end() && (!r->is_number_integer() || r->get<long long>() < 0)
                                                    && resource.subresource("scale"))
            causes.push_back(cause("FieldValueInvalid", "spec.replicas",
                                   "Invalid value: " + r->dump() + ": must be greater than or equal to 0"));
        if (resource.kind == "Pod") {
            const auto containers = spec.find("containers");
            if (containers == spec.end() || !containers->is_array() || containers->empty())
                causes.push_back(cause("FieldValueRequired", "spec.containers", "Required value"));
            else
                for (std::size_t i = 0; i < containers->size(); ++i)
                    if (!(*containers)[i].contains("image"))
                        causes.push_back(cause("FieldValueRequired",
                                               "spec.containers[" + std::to_string(i) + "].image", "Required value"));
        }
        if (resource.kind == "CronJob") {
            const auto schedule = spec.value("schedule", nlohmann::json());
            std::string why;
            if (!schedule.is_string() || schedule.get<std::string>().empty())
                causes.push_back(cause("FieldValueRequired", "spec.schedule", "Required value"));
            else if (const std::string text = schedule.get<std::string>();
                     text.rfind("TZ=", 0) == 0 || text.rfind("CRON_TZ=", 0) == 0)
                causes.push_back(cause("FieldValueInvalid", "spec.schedule",
                                       "Invalid value: \"" + text
                                           + "\": cannot use TZ or CRON_TZ in schedule, use timeZone field instead"));
            else if (!CronSchedule::parse(text, &why))
                causes.push_back(cause("FieldValueInvalid", "spec.schedule", "Invalid value: \"" + text + "\": " + why));
            if (const auto zone = spec.find("timeZone"); zone != spec.end() && !zone->is_null()) {
                if (!zone->is_string())
                    causes.push_back(cause("FieldValueInvalid", "spec.timeZone", "Invalid value: " + zone->dump()
                                                                                      + ": must be a string"));
                else if (std::string zoneWhy; !CronSchedule().setTimeZone(zone->get<std::string>(), &zoneWhy))
                    causes.push_back(cause("FieldValueInvalid", "spec.timeZone",
                                           "Invalid value: \"" + zone->get<std::string>() + "\": " + zoneWhy));
            }
        }
        if (resource.kind == "Deployment" || resource.kind == "StatefulSet" || resource.kind == "ReplicaSet"
            || resource.kind == "DaemonSet") {
            if (!spec.contains("selector"))
                causes.push_back(cause("FieldValueRequired", "spec.selector", "Required value"));
            const auto containers =
                object.value(nlohmann::json::json_pointer("/spec/template/spec/containers"), nlohmann::json());
            if (!containers.is_array() || containers.empty())
                causes.push_back(cause("FieldValueRequired", "spec.template.spec.containers", "Required value"));
        }
    }
    if (!causes.empty())
        return invalid(resource, name, std::move(causes));
    return std::nullopt;
}

} // namespace lcl::sim
