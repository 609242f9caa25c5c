#pragma once

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lcl::sim {

// One stored object. Immutable once made: a write stores a new StoredObject, so readers and watchers can hold
// it without locks, and `json` (the compact serialisation) is made once per write, not once per read.
struct StoredObject {
    nlohmann::json object;
    std::string json;
    std::uint64_t resourceVersion = 0;
    std::string ns;
    std::string name;

    static std::shared_ptr<const StoredObject> make(nlohmann::json object);
};
using ObjectPtr = std::shared_ptr<const StoredObject>;

enum class WatchEventType { Added, Modified, Deleted, Bookmark, Error };

// One event as a watch stream carries it.
struct WatchEvent {
    WatchEventType type = WatchEventType::Added;
    ObjectPtr object;           // ADDED/MODIFIED/DELETED (DELETED: the last state before deletion)
    nlohmann::json payload;     // BOOKMARK: the bookmark object; ERROR: a Status object
    std::uint64_t resourceVersion = 0;

    static const char* typeName(WatchEventType type); // "ADDED", ...
    // `{"type":"ADDED","object":{...}}` plus the newline that frames it on the wire; uses the cached JSON.
    std::string toLine() const;
    // The object carried: the stored object, or the payload for BOOKMARK and ERROR.
    const nlohmann::json& objectJson() const;
};

// Query parameters of a collection GET (ListOptions).
struct ListOptions {
    std::string labelSelector;
    std::string fieldSelector;
    std::int64_t limit = 0;       // 0: everything
    std::string continueToken;    // opaque, from a previous page's metadata.continue
    std::string resourceVersion;  // "", "0" or N (N: not older than N; served from current state)
    std::string resourceVersionMatch;
};

struct ListResult {
    std::vector<ObjectPtr> items;
    std::uint64_t resourceVersion = 0; // the snapshot RV, equal on every page of one listing
    std::string continueToken;         // empty on the last page
    std::optional<std::int64_t> remainingItemCount;
};

// Query parameters of a watch.
struct WatchOptions {
    std::string labelSelector;
    std::string fieldSelector;
    std::string resourceVersion;  // "" or "0": synthetic ADDED for the current state first; N: events after N
    bool allowBookmarks = false;
    bool sendInitialEvents = false; // with RV "" / "0": end the initial events with the initial-events-end bookmark
    std::chrono::milliseconds bookmarkInterval{60'000};
};

// Options of create, update, patch (CreateOptions, UpdateOptions, PatchOptions).
struct WriteOptions {
    bool dryRun = false;
    std::string fieldManager;     // empty: derived from the operation ("kubectl-create" style is the client's job)
    bool force = false;           // server-side apply only
};

struct DeleteOptions {
    bool dryRun = false;
    std::string propagationPolicy; // "", "Foreground", "Background", "Orphan"; "" = the kind's default
    std::optional<std::string> preconditionUid;
    std::optional<std::string> preconditionResourceVersion;
    // Pods only, with a kubelet running (ObjectStore::setPodTermination): unset takes the pod's
    // spec.terminationGracePeriodSeconds (default 30); 0 deletes at once.
    std::optional<std::int64_t> gracePeriodSeconds;
};

enum class PatchType { Merge, StrategicMerge, Json, Apply };

struct PatchResult {
    ObjectPtr object;
    bool created = false; // server-side apply created the object (the server answers 201)
};

} // namespace lcl::sim
