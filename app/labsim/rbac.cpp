#include "labsim/rbac.h"

#include "labsim/auth.h"

namespace lcl::sim {
namespace {

bool isAdmin(const UserInfo& user)
{
    return !user.readOnly && user.groups.contains(QStringLiteral("system:masters"));
}

bool isReadVerb(const std::string& verb)
{
    return verb == "get" || verb == "list" || verb == "watch";
}

bool isSelfReview(const Rbac::Attributes& a)
{
    return a.verb == "create"
           && ((a.group == "authorization.k8s.io"
                && (a.resource == "selfsubjectaccessreviews" || a.resource == "selfsubjectrulesreviews"))
               || (a.group == "authentication.k8s.io" && a.resource == "selfsubjectreviews"));
}

std::string stringField(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace

bool Rbac::allowed(const UserInfo& user, const Attributes& a)
{
    if (isAdmin(user))
        return true;
    if (isSelfReview(a))
        return true;
    return isReadVerb(a.verb);
}

std::string Rbac::forbiddenMessage(const UserInfo& user, const Attributes& a)
{
    const std::string userName = user.name.toStdString();
    if (a.resource.empty())
        return "forbidden: User \"" + userName + "\" cannot " + a.verb + " path \"" + a.path + '"';
    const std::string groupResource = a.group.empty() ? a.resource : a.resource + '.' + a.group;
    const std::string full = a.subresource.empty() ? a.resource : a.resource + '/' + a.subresource;
    std::string message = a.name.empty() ? groupResource + " is forbidden: "
                                         : groupResource + " \"" + a.name + "\" is forbidden: ";
    message += "User \"" + userName + "\" cannot " + a.verb + " resource \"" + full + "\" in API group \"" + a.group
               + '"';
    message += a.ns.empty() ? std::string(" at the cluster scope") : " in the namespace \"" + a.ns + '"';
    return message;
}

nlohmann::json Rbac::accessReviewStatus(const UserInfo& user, const nlohmann::json& spec)
{
    Attributes a;
    if (const auto ra = spec.find("resourceAttributes"); ra != spec.end() && ra->is_object()) {
        a.verb = stringField(*ra, "verb");
        a.group = stringField(*ra, "group");
        a.resource = stringField(*ra, "resource");
        a.subresource = stringField(*ra, "subresource");
        a.ns = stringField(*ra, "namespace");
        a.name = stringField(*ra, "name");
        if (a.group == "*" || a.resource == "*" || a.verb == "*")
            return isAdmin(user) ? nlohmann::json{{"allowed", true}, {"reason", "user is a member of system:masters"}}
                                 : nlohmann::json{{"allowed", false}};
    } else if (const auto nra = spec.find("nonResourceAttributes"); nra != spec.end() && nra->is_object()) {
        a.verb = stringField(*nra, "verb");
        a.path = stringField(*nra, "path");
    }
    if (allowed(user, a)) {
        const char* why = isAdmin(user) ? "user is a member of system:masters"
                                        : "RBAC: allowed by ClusterRoleBinding \"lclab-view\" of ClusterRole \"view\"";
        return {{"allowed", true}, {"reason", why}};
    }
    return {{"allowed", false}};
}

nlohmann::json Rbac::rulesReviewStatus(const UserInfo& user)
{
    nlohmann::json resourceRules = nlohmann::json::array();
    nlohmann::json nonResourceRules = nlohmann::json::array();
    resourceRules.push_back({{"verbs", {"create"}},
                             {"apiGroups", {"authorization.k8s.io"}},
                             {"resources", {"selfsubjectaccessreviews", "selfsubjectrulesreviews"}}});
    if (isAdmin(user)) {
        resourceRules.push_back({{"verbs", {"*"}}, {"apiGroups", {"*"}}, {"resources", {"*"}}});
        nonResourceRules.push_back({{"verbs", {"*"}}, {"nonResourceURLs", {"*"}}});
    } else {
        resourceRules.push_back({{"verbs", {"get", "list", "watch"}}, {"apiGroups", {"*"}}, {"resources", {"*"}}});
        nonResourceRules.push_back({{"verbs", {"get"}},
                                    {"nonResourceURLs",
                                     {"/healthz", "/livez", "/readyz", "/version", "/version/", "/api", "/api/*",
                                      "/apis", "/apis/*", "/openapi", "/openapi/*"}}});
    }
    return {{"resourceRules", std::move(resourceRules)},
            {"nonResourceRules", std::move(nonResourceRules)},
            {"incomplete", false}};
}

} // namespace lcl::sim
