#include "labsim/fieldselector.h"

#include "labsim/resourceregistry.h"

#include <algorithm>

namespace lcl::sim {

namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    return s;
}

// "involvedObject.name" → the string at that path ("" when absent; numbers as their decimal text).
std::string fieldValue(const nlohmann::json& object, std::string_view path)
{
    const nlohmann::json* node = &object;
    std::size_t start = 0;
    while (start <= path.size()) {
        const auto dot = path.find('.', start);
        const auto part = std::string(path.substr(start, dot == std::string_view::npos ? path.npos : dot - start));
        if (!node->is_object())
            return {};
        const auto it = node->find(part);
        if (it == node->end())
            return {};
        node = &*it;
        if (dot == std::string_view::npos)
            break;
        start = dot + 1;
    }
    if (node->is_string())
        return node->get<std::string>();
    if (node->is_null())
        return {};
    return node->dump();
}

} // namespace

std::vector<std::string> FieldSelector::supportedFields(const ResourceInfo& resource)
{
    std::vector<std::string> f = {"metadata.name", "metadata.namespace"};
    const auto add = [&f](std::initializer_list<const char*> more) { f.insert(f.end(), more.begin(), more.end()); };
    if (resource.group.empty() && resource.plural == "pods")
        add({"spec.nodeName", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName",
             "spec.hostNetwork", "status.phase", "status.podIP", "status.nominatedNodeName"});
    else if (resource.group.empty() && resource.plural == "events")
        add({"involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid",
             "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason",
             "reportingComponent", "source", "type"});
    else if (resource.group == "events.k8s.io")
        add({"regarding.kind", "regarding.namespace", "regarding.name", "regarding.uid", "regarding.apiVersion",
             "regarding.resourceVersion", "regarding.fieldPath", "reason", "reportingController", "type"});
    else if (resource.group.empty() && resource.plural == "secrets")
        add({"type"});
    else if (resource.group.empty() && resource.plural == "namespaces")
        add({"status.phase"});
    else if (resource.group.empty() && resource.plural == "nodes")
        add({"spec.unschedulable"});
    else if (resource.group == "batch" && resource.plural == "jobs")
        add({"status.successful"});
    else if (resource.group == "apps" && resource.plural == "replicasets")
        add({"status.replicas"});
    return f;
}

StoreResult<FieldSelector> FieldSelector::parse(std::string_view text, const ResourceInfo& resource)
{
    FieldSelector sel;
    text = trim(text);
    if (text.empty())
        return sel;
    const auto supported = supportedFields(resource);
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = text.find(',', start);
        auto term = trim(text.substr(start, comma == std::string_view::npos ? text.npos : comma - start));
        Requirement req;
        std::size_t opAt = term.find("!=");
        std::size_t opLen = 2;
        req.equals = opAt == std::string_view::npos;
        if (req.equals) {
            opAt = term.find("==");
            if (opAt == std::string_view::npos) {
                opAt = term.find('=');
                opLen = 1;
            }
        }
        if (opAt == std::string_view::npos)
            return ObjectStoreError::badRequest("invalid selector: '" + std::string(text)
                                                + "'; can't understand '" + std::string(term) + "'");
        req.field = std::string(trim(term.substr(0, opAt)));
        req.value = std::string(trim(term.substr(opAt + opLen)));
        if (std::find(supported.begin(), supported.end(), req.field) == supported.end())
            return ObjectStoreError::badRequest("field label not supported: " + req.field);
        sel.m_requirements.push_back(std::move(req));
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    return sel;
}

bool FieldSelector::matches(const nlohmann::json& object) const
{
    for (const auto& req : m_requirements) {
        std::string value;
        if (req.field == "source")
            value = fieldValue(object, "source.component");
        else if (req.field == "status.successful")
            value = fieldValue(object, "status.succeeded");
        else
            value = fieldValue(object, req.field);
        if (req.field == "spec.unschedulable" && value.empty())
            value = "false";
        if ((value == req.value) != req.equals)
            return false;
    }
    return true;
}

std::string FieldSelector::exactValue(std::string_view field) const
{
    for (const auto& req : m_requirements)
        if (req.equals && req.field == field)
            return req.value;
    return {};
}

} // namespace lcl::sim
