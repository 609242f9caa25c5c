#pragma once

namespace lcl::sim {

class ObjectStore;
struct HandlerContext;
struct HandlerPath;

// The scale subresource (autoscaling/v1 Scale) of deployments, replica sets and stateful sets: GET, PUT, PATCH.
class HandlerScale final {
public:
    explicit HandlerScale(ObjectStore& store) : m_store(store) {}

    void handle(HandlerContext& context, const HandlerPath& path) const;

private:
    ObjectStore& m_store;
};

} // namespace lcl::sim
