#pragma once

#include "labsim/objectstoreerror.h"
#include "labsim/objectstoretypes.h"

#include <nlohmann/json.hpp>

#include <string>

namespace lcl::sim {

class ObjectStore;
struct HandlerContext;
struct HandlerPath;
struct ResourceInfo;

// The generic REST verbs over the object store: get, list, create, update (PUT), patch, delete and
// deletecollection, for namespaced and cluster-scoped resources, with Table output, dry runs and field managers.
class HandlerRest final {
public:
    explicit HandlerRest(ObjectStore& store) : m_store(store) {}

    void get(HandlerContext& context, const HandlerPath& path) const;
    void list(HandlerContext& context, const HandlerPath& path) const;
    void create(HandlerContext& context, const HandlerPath& path) const;
    void update(HandlerContext& context, const HandlerPath& path, bool statusOnly) const;
    void patch(HandlerContext& context, const HandlerPath& path, bool statusOnly) const;
    void remove(HandlerContext& context, const HandlerPath& path) const;
    void removeCollection(HandlerContext& context, const HandlerPath& path) const;

    // Shared with the other handlers.
    static void sendError(HandlerContext& context, const ObjectStoreError& error);
    static void sendObject(HandlerContext& context, int code, const ObjectPtr& object);
    // The request body as a JSON object (JSON or YAML by Content-Type); 400/415 as the API server answers.
    static StoreResult<nlohmann::json> bodyObject(const HandlerContext& context);
    // dryRun / fieldManager / force from the query; 400 for a dryRun value other than All.
    static StoreResult<WriteOptions> writeOptions(const HandlerContext& context);
    static StoreResult<ListOptions> listOptions(const HandlerContext& context);

private:
    ObjectStore& m_store;
};

} // namespace lcl::sim
