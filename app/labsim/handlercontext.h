#pragma once

#include "labsim/auth.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <optional>
#include <string>

namespace lcl::sim {

// One request as the handlers see it: the raw request and response, who sent it, and small query helpers.
struct HandlerContext {
    const httplib::Request& request;
    httplib::Response& response;
    UserInfo user;
    const std::atomic<bool>& stopping;

    std::string query(const char* name) const
    {
        return request.has_param(name) ? request.get_param_value(name) : std::string();
    }
    bool hasQuery(const char* name) const { return request.has_param(name); }

    // Go's strconv.ParseBool, which the API server uses for flags like watch= (the Python client sends "True").
    bool queryFlag(const char* name) const
    {
        const std::string v = query(name);
        return v == "1" || v == "t" || v == "T" || v == "true" || v == "TRUE" || v == "True";
    }

    std::string header(const char* name) const
    {
        return request.has_header(name) ? request.get_header_value(name) : std::string();
    }

    // httplib gzips text and JSON responses for clients that accept it, and its compressor holds data back until
    // it has enough: fatal for watches and log follows, whose lines must leave at once. httplib decides when it
    // writes the response, from the request's Accept-Encoding, so streaming handlers drop that header. (The
    // request object is httplib's own mutable one; only the handler signature makes it const.)
    void disableCompression() const { const_cast<httplib::Request&>(request).headers.erase("Accept-Encoding"); }

    bool wantsTable() const { return header("Accept").find("as=Table") != std::string::npos; }

    void sendJson(int code, const nlohmann::json& body) const
    {
        response.status = code;
        response.set_content(body.dump() + '\n', "application/json");
    }
};

} // namespace lcl::sim
