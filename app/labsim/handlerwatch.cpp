#include "labsim/handlerwatch.h"

#include "labsim/faultbook.h"
#include "labsim/handlercontext.h"
#include "labsim/handlerpath.h"
#include "labsim/handlerrest.h"
#include "labsim/objectstore.h"
#include "labsim/tablewriter.h"

#include <chrono>

namespace lcl::sim {
namespace {

using Clock = std::chrono::steady_clock;

// Without timeoutSeconds the API server picks 30–60 minutes; we pick 30 so abandoned watches end too.
constexpr std::chrono::seconds DefaultTimeout{1800};
constexpr std::chrono::milliseconds PollSlice{200};

struct WatchStream {
    std::shared_ptr<WatchHubSubscription> subscription;
    const ResourceInfo* resource = nullptr;
    bool table = false;
    std::string includeObject;
    bool bookmarks = false;
    Clock::time_point deadline;
    bool finalBookmarkSent = false;
    std::string initialError; // an ERROR line to send first (410 Expired), then end
};

std::string eventLine(const WatchStream& stream, const WatchEvent& event)
{
    if (!stream.table || event.type == WatchEventType::Error || event.type == WatchEventType::Bookmark)
        return event.toLine();
    const nlohmann::json line = {{"type", WatchEvent::typeName(event.type)},
                                 {"object", TableWriter::eventTable(*stream.resource, event.objectJson(),
                                                                    stream.includeObject)}};
    return line.dump() + '\n';
}

bool writeLine(httplib::DataSink& sink, const std::string& line)
{
    return sink.write(line.data(), line.size());
}

// The ERROR event of a compacted resourceVersion, worded as the API server's watch cache words it.
std::string expiredLine(std::uint64_t requested, std::uint64_t current)
{
    const ObjectStoreError error = ObjectStoreError::expired("too old resource version: " + std::to_string(requested)
                                                             + " (" + std::to_string(current) + ")");
    const nlohmann::json line = {{"type", "ERROR"}, {"object", error.toStatus()}};
    return line.dump() + '\n';
}

bool goneStorm(const FaultBook* faults)
{
    return faults && faults->any(FaultKind::GoneStorm);
}

} // namespace

void HandlerWatch::watch(HandlerContext& context, const HandlerPath& path) const
{
    WatchOptions options;
    options.labelSelector = context.query("labelSelector");
    options.fieldSelector = context.query("fieldSelector");
    options.resourceVersion = context.query("resourceVersion");
    options.allowBookmarks = context.queryFlag("allowWatchBookmarks");
    options.sendInitialEvents = context.queryFlag("sendInitialEvents");

    auto stream = std::make_shared<WatchStream>();
    stream->resource = path.resource;
    stream->table = context.wantsTable();
    stream->includeObject = context.query("includeObject");
    stream->bookmarks = options.allowBookmarks;
    std::chrono::seconds timeout = DefaultTimeout;
    if (const std::string t = context.query("timeoutSeconds"); !t.empty()) {
        try {
            timeout = std::chrono::seconds(std::max<long long>(0, std::stoll(t)));
        } catch (const std::exception&) {
            return HandlerRest::sendError(context, ObjectStoreError::badRequest("invalid timeoutSeconds: " + t));
        }
    }
    stream->deadline = Clock::now() + timeout;

    std::uint64_t requestedRv = 0;
    try {
        requestedRv = options.resourceVersion.empty() ? 0 : std::stoull(options.resourceVersion);
    } catch (const std::exception&) {
        requestedRv = 0; // the store rejects it below with its own message
    }
    StoreResult<std::shared_ptr<WatchHubSubscription>> subscription = m_store.watch(*path.resource, path.ns, options);
    if (subscription && goneStorm(m_faults)) {
        subscription.value()->close();
        stream->initialError = expiredLine(requestedRv, m_store.currentResourceVersion());
    } else if (!subscription) {
        // Past authorisation and a parsable RV, the API server reports errors inside the stream (cacher.go).
        if (subscription.error().code != 410)
            return HandlerRest::sendError(context, subscription.error());
        const nlohmann::json line = {{"type", "ERROR"}, {"object", subscription.error().toStatus()}};
        stream->initialError = line.dump() + '\n';
    } else {
        stream->subscription = subscription.value();
    }

    const std::atomic<bool>* stopping = &context.stopping;
    const FaultBook* faults = m_faults;
    ObjectStore* store = &m_store;
    context.disableCompression();
    context.response.status = 200;
    context.response.set_chunked_content_provider(
        "application/json", [stream, stopping, faults, store, requestedRv](std::size_t, httplib::DataSink& sink) {
            if (!stream->initialError.empty()) {
                writeLine(sink, stream->initialError);
                sink.done();
                return true;
            }
            WatchHubSubscription& sub = *stream->subscription;
            if (goneStorm(faults)) {
                sub.close();
                writeLine(sink, expiredLine(requestedRv, store->currentResourceVersion()));
                sink.done();
                return true;
            }
            const Clock::time_point now = Clock::now();
            if (*stopping || now >= stream->deadline) {
                sub.close();
                sink.done();
                return true;
            }
            // The API server sends a bookmark shortly before the deadline when bookmarks were asked for.
            if (stream->bookmarks && !stream->finalBookmarkSent && stream->deadline - now <= std::chrono::seconds(1)) {
                stream->finalBookmarkSent = true;
                return writeLine(sink, sub.bookmark().toLine());
            }
            const auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(stream->deadline - now);
            WatchEvent event;
            switch (sub.next(std::min(PollSlice, remaining), event)) {
            case WatchHubSubscription::Wait::Event:
                return writeLine(sink, eventLine(*stream, event));
            case WatchHubSubscription::Wait::Timeout:
                return true;
            case WatchHubSubscription::Wait::Closed:
                sink.done();
                return true;
            }
            return true;
        },
        [stream](bool) {
            if (stream->subscription)
                stream->subscription->close();
        });
}

} // namespace lcl::sim
