#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <variant>

namespace lcl::sim {

// One failed API request as the Kubernetes API server reports it (apimachinery `metav1.Status`). Messages are
// wire text in the API server's own English wording, not UI strings: clients match on them.
struct ObjectStoreError {
    int code = 500;
    std::string reason;  // "NotFound", "AlreadyExists", "Conflict", "Invalid", "Expired", "BadRequest", ...
    std::string message; // `deployments.apps "web" not found`
    nlohmann::json details = nlohmann::json::object(); // {name, group, kind, causes:[{reason, message, field}]}

    static ObjectStoreError make(int code, std::string reason, std::string message,
                                 nlohmann::json details = nlohmann::json::object());
    static ObjectStoreError badRequest(std::string message);
    static ObjectStoreError notFound(const std::string& groupResource, const std::string& name);
    static ObjectStoreError alreadyExists(const std::string& groupResource, const std::string& name);
    static ObjectStoreError conflict(const std::string& groupResource, const std::string& name, const std::string& why);
    static ObjectStoreError expired(std::string message);
    static ObjectStoreError unsupportedMediaType(std::string message);
    static ObjectStoreError internal(std::string message);

    // The Status object the server writes as the response body or inside a watch ERROR event.
    nlohmann::json toStatus() const;
};

// A value or the ObjectStoreError that prevented it.
template <typename T>
class StoreResult {
public:
    StoreResult(T value) : m_data(std::move(value)) {}
    StoreResult(ObjectStoreError error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T* operator->() const { return &std::get<0>(m_data); }
    const T& operator*() const { return std::get<0>(m_data); }

    const ObjectStoreError& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, ObjectStoreError> m_data;
};

} // namespace lcl::sim
