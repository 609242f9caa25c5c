#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace httplib {
struct Response;
}

namespace lcl::sim {

// metav1.Status error objects, the body of every error the API server returns (kubernetes-api.md §3.7).
class StatusWriter final {
public:
    struct Details {
        std::string name;
        std::string group;
        std::string kind;
        nlohmann::json causes; // array of {reason, message, field}, or null
    };

    static nlohmann::json make(int code, const std::string& reason, const std::string& message,
                               const Details& details = {});

    // Writes a Status body with its HTTP code and Content-Type application/json.
    static void send(httplib::Response& response, int code, const std::string& reason, const std::string& message,
                     const Details& details = {});
    static void send(httplib::Response& response, const nlohmann::json& status);

    // The success Status a DELETE of a collection or some subresources return.
    static nlohmann::json success(const Details& details = {});

    // The reason a code stands for when nothing better is known ("NotFound" for 404, ...).
    static std::string reasonFor(int code);
};

} // namespace lcl::sim
