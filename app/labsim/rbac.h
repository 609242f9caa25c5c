#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace lcl::sim {

struct UserInfo;

// The simulator's small RBAC model: members of system:masters may do anything; everyone else (the read-only
// user) may get, list and watch every resource and ask about their own access.
class Rbac final {
public:
    struct Attributes {
        std::string verb;        // get, list, watch, create, update, patch, delete, deletecollection
        std::string group;
        std::string resource;
        std::string subresource;
        std::string ns;
        std::string name;
        std::string path;        // non-resource requests only
    };

    static bool allowed(const UserInfo& user, const Attributes& attributes);

    // `pods is forbidden: User "x" cannot create resource "pods" in API group "" in the namespace "default"`.
    static std::string forbiddenMessage(const UserInfo& user, const Attributes& attributes);

    // The status of a SelfSubjectAccessReview for `spec` ({resourceAttributes | nonResourceAttributes}).
    static nlohmann::json accessReviewStatus(const UserInfo& user, const nlohmann::json& spec);
    // The status of a SelfSubjectRulesReview.
    static nlohmann::json rulesReviewStatus(const UserInfo& user);
};

} // namespace lcl::sim
