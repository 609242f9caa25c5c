#pragma once

#include <string>

namespace lcl::sim {

class ObjectStore;
struct HandlerContext;
struct HandlerPath;

// pods/{name}/log: plain text, with container, tailLines, previous, timestamps, sinceSeconds, limitBytes and
// follow (a chunked stream of new lines until the pod goes away, the client leaves or the server stops).
// A pod whose containers logged nothing yet gets a few plausible start-up lines.
class PodLogs final {
public:
    explicit PodLogs(ObjectStore& store) : m_store(store) {}

    void handle(HandlerContext& context, const HandlerPath& path) const;

    // The start-up lines a container shows before the simulation logged anything for it.
    static std::string synthesised(const std::string& pod, const std::string& container, const std::string& image);

private:
    ObjectStore& m_store;
};

} // namespace lcl::sim
