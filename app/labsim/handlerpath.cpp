#include "labsim/handlerpath.h"

#include "labsim/resourceregistry.h"

namespace lcl::sim {

std::vector<std::string> HandlerPath::split(const std::string& path)
{
    std::vector<std::string> parts;
    std::string current;
    for (char c : path) {
        if (c == '/') {
            if (!current.empty())
                parts.push_back(std::move(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty())
        parts.push_back(std::move(current));
    return parts;
}

HandlerPath HandlerPath::parse(const std::string& path, const ResourceRegistry& registry)
{
    HandlerPath out;
    const std::vector<std::string> parts = split(path);
    if (parts.empty() || (parts[0] != "api" && parts[0] != "apis"))
        return out;
    std::size_t at = 1;
    if (parts[0] == "api") {
        if (parts.size() == 1) {
            out.kind = Kind::CoreRoot;
            return out;
        }
        out.version = parts[1];
        at = 2;
    } else {
        if (parts.size() == 1) {
            out.kind = Kind::GroupsRoot;
            return out;
        }
        out.group = parts[1];
        if (parts.size() == 2) {
            out.kind = Kind::Group;
            return out;
        }
        out.version = parts[2];
        at = 3;
    }
    if (parts.size() == at) {
        out.kind = Kind::GroupVersion;
        return out;
    }
    out.kind = Kind::UnknownResource;
    // namespaces/NS/<namespaced resource>/...; otherwise namespaces/NAME[/sub] is the Namespace object itself.
    if (parts[at] == "namespaces" && parts.size() >= at + 3) {
        const ResourceInfo* inner = registry.find(out.group, out.version, parts[at + 2]);
        if (inner && inner->namespaced) {
            out.ns = parts[at + 1];
            at += 2;
        }
    }
    out.plural = parts[at];
    out.resource = registry.find(out.group, out.version, out.plural);
    if (parts.size() > at + 1)
        out.name = parts[at + 1];
    if (parts.size() > at + 2)
        out.subresource = parts[at + 2];
    for (std::size_t i = at + 3; i < parts.size(); ++i)
        out.rest += '/' + parts[i];
    if (parts.size() > at + 3 && !path.empty() && path.back() == '/')
        out.rest += '/';
    if (out.resource)
        out.kind = Kind::Resource;
    return out;
}

} // namespace lcl::sim
