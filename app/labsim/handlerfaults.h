#pragma once

#include <string>

namespace lcl::sim {

class FaultBook;
struct HandlerContext;

// The simulator's own admin API for fault injection, under /lclab/v1/faults on the API port: list, add, remove
// one, clear some or all. Only admins (the admin token or client certificate) may use it; errors are Status
// objects like the Kubernetes API's, so kubectl-style clients show them well.
class HandlerFaults final {
public:
    explicit HandlerFaults(FaultBook& faults) : m_faults(faults) {}

    static bool owns(const std::string& path);
    void handle(HandlerContext& context) const;

private:
    void list(HandlerContext& context) const;
    void add(HandlerContext& context) const;
    void remove(HandlerContext& context, const std::string& id) const;
    void clear(HandlerContext& context) const;

    FaultBook& m_faults;
};

} // namespace lcl::sim
