#include "labsim/podlogs.h"

#include "labsim/handlercontext.h"
#include "labsim/handlerpath.h"
#include "labsim/handlerrest.h"
#include "labsim/objectstore.h"

#include <QDateTime>

#include <chrono>

namespace lcl::sim {
namespace {

using Clock = std::chrono::steady_clock;
constexpr std::chrono::minutes MaxFollow{30};

std::vector<std::string> names(const nlohmann::json& containers)
{
    std::vector<std::string> out;
    if (containers.is_array())
        for (const nlohmann::json& c : containers)
            if (c.is_object() && c.contains("name") && c["name"].is_string())
                out.push_back(c["name"].get<std::string>());
    return out;
}

std::string bracketList(const std::vector<std::string>& items)
{
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? " " : "") + items[i];
    return out + ']';
}

std::string imageOf(const nlohmann::json& spec, const std::string& container)
{
    for (const char* list : {"containers", "initContainers"})
        if (spec.contains(list) && spec[list].is_array())
            for (const nlohmann::json& c : spec[list])
                if (c.value("name", std::string()) == container)
                    return c.value("image", std::string());
    return {};
}

std::string formatLine(const ObjectStoreLogs::Line& line, bool timestamps)
{
    return (timestamps ? line.timestamp + ' ' : std::string()) + line.text + '\n';
}

} // namespace

std::string PodLogs::synthesised(const std::string& pod, const std::string& container, const std::string& image)
{
    const std::string now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    return now + " INFO  starting " + container + " (" + image + ")\n" + now + " INFO  pod " + pod
           + ": configuration loaded\n" + now + " INFO  listening on :8080\n" + now
           + " INFO  readiness probe passed\n";
}

void PodLogs::handle(HandlerContext& context, const HandlerPath& path) const
{
    const StoreResult<ObjectPtr> pod = m_store.get(*path.resource, path.ns, path.name);
    if (!pod)
        return HandlerRest::sendError(context, pod.error());
    const nlohmann::json& spec = pod.value()->object.value("spec", nlohmann::json::object());
    const std::vector<std::string> containers = names(spec.value("containers", nlohmann::json::array()));
    const std::vector<std::string> initContainers = names(spec.value("initContainers", nlohmann::json::array()));
    std::string container = context.query("container");
    if (container.empty()) {
        if (containers.size() != 1) {
            std::string message = "a container name must be specified for pod " + path.name + ", choose one of: "
                                  + bracketList(containers);
            if (!initContainers.empty())
                message += " or one of the init containers: " + bracketList(initContainers);
            return HandlerRest::sendError(context, ObjectStoreError::badRequest(message));
        }
        container = containers.front();
    } else if (std::find(containers.begin(), containers.end(), container) == containers.end()
               && std::find(initContainers.begin(), initContainers.end(), container) == initContainers.end()) {
        return HandlerRest::sendError(context, ObjectStoreError::badRequest(
                                                   "container " + container + " is not valid for pod " + path.name));
    }

    const bool previous = context.queryFlag("previous");
    const bool timestamps = context.queryFlag("timestamps");
    std::int64_t tail = -1;
    std::int64_t limitBytes = -1;
    std::int64_t sinceSeconds = -1;
    try {
        if (context.hasQuery("tailLines"))
            tail = std::stoll(context.query("tailLines"));
        if (context.hasQuery("limitBytes"))
            limitBytes = std::stoll(context.query("limitBytes"));
        if (context.hasQuery("sinceSeconds"))
            sinceSeconds = std::stoll(context.query("sinceSeconds"));
    } catch (const std::exception&) {
        return HandlerRest::sendError(context, ObjectStoreError::badRequest("invalid log options"));
    }

    const std::optional<std::vector<ObjectStoreLogs::Line>> lines =
        m_store.logs().lines(path.ns, path.name, container, previous, tail);
    std::string text;
    std::uint64_t lastSeq = 0;
    if (!lines) {
        if (previous)
            return HandlerRest::sendError(context, ObjectStoreError::badRequest("previous terminated container \""
                                                                                + container + "\" in pod \"" + path.name
                                                                                + "\" not found"));
        text = synthesised(path.name, container, imageOf(spec, container));
    } else {
        const std::int64_t cutoff = sinceSeconds >= 0
                                        ? QDateTime::currentMSecsSinceEpoch() - sinceSeconds * 1000
                                        : std::numeric_limits<std::int64_t>::min();
        for (const ObjectStoreLogs::Line& line : *lines) {
            if (line.unixMillis >= cutoff)
                text += formatLine(line, timestamps);
            lastSeq = line.seq;
        }
    }
    if (limitBytes >= 0 && static_cast<std::size_t>(limitBytes) < text.size())
        text.resize(static_cast<std::size_t>(limitBytes));

    if (!context.queryFlag("follow") || previous) {
        context.response.status = 200;
        context.response.set_content(text, "text/plain");
        return;
    }
    if (!lines)
        lastSeq = m_store.logs().lastSeq(path.ns, path.name, container);
    struct Follow {
        std::string pending;
        std::uint64_t seq;
        Clock::time_point deadline;
    };
    auto state = std::make_shared<Follow>(Follow{std::move(text), lastSeq, Clock::now() + MaxFollow});
    ObjectStore* store = &m_store;
    const ResourceInfo* resource = path.resource;
    const std::atomic<bool>* stopping = &context.stopping;
    const std::string ns = path.ns;
    const std::string podName = path.name;
    context.disableCompression();
    context.response.status = 200;
    context.response.set_chunked_content_provider(
        "text/plain", [=](std::size_t, httplib::DataSink& sink) {
            if (!state->pending.empty()) {
                const bool ok = sink.write(state->pending.data(), state->pending.size());
                state->pending.clear();
                return ok;
            }
            if (*stopping || Clock::now() >= state->deadline || !store->get(*resource, ns, podName)) {
                sink.done();
                return true;
            }
            const std::vector<ObjectStoreLogs::Line> fresh =
                store->logs().waitForLines(ns, podName, container, state->seq, std::chrono::milliseconds(250));
            for (const ObjectStoreLogs::Line& line : fresh) {
                state->pending += formatLine(line, timestamps);
                state->seq = line.seq;
            }
            return true;
        });
}

} // namespace lcl::sim
