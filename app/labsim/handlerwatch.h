#pragma once

namespace lcl::sim {

class ObjectStore;
struct HandlerContext;
struct HandlerPath;

// Watch streams: `{"type":…,"object":…}\n` lines on a chunked response (one-row Tables when asked for), from
// the requested resourceVersion, with bookmarks, timeoutSeconds, and the 200 + ERROR 410 Expired answer for
// a resourceVersion older than the history window.
class HandlerWatch final {
public:
    explicit HandlerWatch(ObjectStore& store) : m_store(store) {}

    void watch(HandlerContext& context, const HandlerPath& path) const;

private:
    ObjectStore& m_store;
};

} // namespace lcl::sim
