#pragma once

namespace lcl::sim {

class FaultBook;
class ObjectStore;
struct HandlerContext;
struct HandlerPath;

// Watch streams: `{"type":…,"object":…}\n` lines on a chunked response (one-row Tables when asked for), from
// the requested resourceVersion, with bookmarks, timeoutSeconds, and the 200 + ERROR 410 Expired answer for
// a resourceVersion older than the history window. While a gone-storm fault is in effect every new watch gets
// that ERROR 410 at once and every open one gets it and ends, as after an etcd compaction.
class HandlerWatch final {
public:
    explicit HandlerWatch(ObjectStore& store, const FaultBook* faults = nullptr) : m_store(store), m_faults(faults) {}

    void watch(HandlerContext& context, const HandlerPath& path) const;

private:
    ObjectStore& m_store;
    const FaultBook* m_faults;
};

} // namespace lcl::sim
