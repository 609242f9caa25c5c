#include "labsim/objectstore.h"

#include "labsim/fieldselector.h"
#include "labsim/objectstoreconversion.h"
#include "labsim/objectstoreimpl.h"
#include "labsim/selector.h"

#include <QByteArray>

namespace lcl::sim {

namespace {

// The continue token: base64 of {"rv":N,"ns":"…","name":"…"}, the last key returned. Opaque to clients.
struct ContinueToken {
    std::uint64_t rv = 0;
    std::string ns;
    std::string name;
};

std::string encodeToken(const ContinueToken& t)
{
    const nlohmann::json j = {{"v", "meta.k8s.io/v1"}, {"rv", t.rv}, {"ns", t.ns}, {"name", t.name}};
    const auto text = j.dump();
    return QByteArray(text.data(), static_cast<qsizetype>(text.size())).toBase64(QByteArray::Base64UrlEncoding).toStdString();
}

std::optional<ContinueToken> decodeToken(const std::string& token)
{
    const auto raw = QByteArray::fromBase64(QByteArray::fromStdString(token), QByteArray::Base64UrlEncoding);
    const auto j = nlohmann::json::parse(raw.toStdString(), nullptr, false);
    if (!j.is_object() || !j.contains("rv") || !j["rv"].is_number_unsigned())
        return std::nullopt;
    return ContinueToken{j["rv"].get<std::uint64_t>(), j.value("ns", ""), j.value("name", "")};
}

bool after(const std::string& ns, const std::string& name, const ContinueToken& t)
{
    return ns > t.ns || (ns == t.ns && name > t.name);
}

} // namespace

StoreResult<ListResult> ObjectStore::Impl::listLocked(const ResourceInfo& resource, const std::string& ns,
                                                      const ListOptions& options) const
{
    auto labels = Selector::parse(options.labelSelector);
    if (!labels)
        return labels.error();
    auto fields = FieldSelector::parse(options.fieldSelector, resource);
    if (!fields)
        return fields.error();
    if (!options.resourceVersionMatch.empty() && options.resourceVersion.empty())
        return ObjectStoreError::make(422, "Invalid",
                                      "ListOptions.meta.k8s.io \"\" is invalid: resourceVersionMatch: Forbidden: "
                                      "resourceVersionMatch is forbidden unless resourceVersion is provided");
    const auto& storage = storageOf(resource);
    const bool convert = ObjectStoreConversion::needed(resource);

    std::optional<ContinueToken> token;
    if (!options.continueToken.empty()) {
        token = decodeToken(options.continueToken);
        if (!token)
            return ObjectStoreError::badRequest("continue key is not valid: incorrect encoded start resourceVersion "
                                                "(version meta.k8s.io/v1)");
    }
    ListResult result;
    result.resourceVersion = token ? token->rv : rv;

    // A continuation after writes reads the state at the token's RV: the current objects with the changes since
    // undone from the watch history. Outside the history window the listing can no longer be consistent: 410.
    std::map<std::pair<std::string, std::string>, ObjectPtr> overlay;
    bool historical = token && token->rv != rv;
    if (historical) {
        std::vector<WatchHub::Change> since;
        if (!q.m_hub.changesSince(token->rv, since))
            return ObjectStoreError::make(
                410, "Expired",
                "The provided continue parameter is too old to display a consistent list result. You can start a new "
                "list without the continue parameter.");
        for (const auto& c : since) {
            if (c.storage != storage.storage)
                continue;
            const auto key = std::make_pair(c.ns, c.name);
            if (overlay.count(key))
                continue; // the first change after the token's RV tells the state at that RV
            overlay[key] = c.type == WatchEventType::Added ? nullptr
                           : c.type == WatchEventType::Deleted ? c.object
                                                               : c.previous;
        }
    }

    const bool unlimited = options.limit <= 0 || options.resourceVersion == "0";
    const bool selecting = !labels->empty() || !fields->empty();
    std::int64_t remaining = 0;
    bool full = false;
    ContinueToken last{result.resourceVersion, {}, {}};
    const auto consider = [&](const ObjectPtr& obj) {
        if (!obj)
            return;
        if (token && !after(obj->ns, obj->name, *token))
            return;
        if (full) {
            ++remaining;
            return;
        }
        auto view = convert ? present(resource, obj) : obj;
        if (selecting) {
            const auto& meta = view->object["metadata"];
            const auto l = meta.find("labels");
            if (!labels->matches(l == meta.end() ? nlohmann::json() : *l) || !fields->matches(view->object))
                return;
        }
        result.items.push_back(std::move(view));
        last.ns = obj->ns;
        last.name = obj->name;
        if (!unlimited && static_cast<std::int64_t>(result.items.size()) >= options.limit)
            full = true;
    };

    const auto* b = bucket(storage.storage);
    const std::string scope = storage.namespaced ? ns : std::string();
    const auto pinnedName = fields->exactValue("metadata.name");
    if (historical) {
        std::map<std::pair<std::string, std::string>, ObjectPtr> view;
        if (b)
            for (const auto& [n, objects] : b->byNs)
                if (scope.empty() || n == scope)
                    for (const auto& [name, obj] : objects)
                        if (after(n, name, *token))
                            view.emplace(std::make_pair(n, name), obj);
        for (const auto& [key, obj] : overlay) {
            if (!scope.empty() && key.first != scope)
                continue;
            if (obj)
                view[key] = obj;
            else
                view.erase(key);
        }
        for (const auto& [key, obj] : view)
            consider(obj);
    } else if (b) {
        const auto visit = [&](const std::map<std::string, ObjectPtr>& objects) {
            if (!pinnedName.empty()) {
                const auto it = objects.find(pinnedName);
                if (it != objects.end())
                    consider(it->second);
                return;
            }
            auto it = token && token->ns == objects.begin()->second->ns ? objects.upper_bound(token->name)
                                                                        : objects.begin();
            for (; it != objects.end() && !(full && selecting); ++it)
                consider(it->second);
        };
        if (!scope.empty()) {
            if (const auto it = b->byNs.find(scope); it != b->byNs.end())
                visit(it->second);
        } else {
            for (auto it = token ? b->byNs.lower_bound(token->ns) : b->byNs.begin(); it != b->byNs.end(); ++it) {
                if (full && selecting)
                    break;
                visit(it->second);
            }
        }
    }
    // Without selectors the rest was counted, so a token means more items; with selectors the scan stopped at the
    // limit, so a token only means "maybe more" (the next page may be empty), as with the apiserver.
    if (full && (selecting || remaining > 0)) {
        result.continueToken = encodeToken(last);
        if (!selecting)
            result.remainingItemCount = remaining;
    }
    return result;
}

StoreResult<ListResult> ObjectStore::list(const ResourceInfo& resource, const std::string& ns,
                                          const ListOptions& options) const
{
    if (!resource.stored)
        return ObjectStoreError::make(405, "MethodNotAllowed",
                                      "the server does not allow this method on the requested resource");
    std::shared_lock lock(m_impl->mutex);
    return m_impl->listLocked(resource, ns, options);
}

StoreResult<std::shared_ptr<WatchHubSubscription>> ObjectStore::watch(const ResourceInfo& resource,
                                                                      const std::string& ns,
                                                                      const WatchOptions& options)
{
    if (!resource.stored || !resource.hasVerb("watch"))
        return ObjectStoreError::make(405, "MethodNotAllowed",
                                      "the server does not allow this method on the requested resource");
    auto labels = Selector::parse(options.labelSelector);
    if (!labels)
        return labels.error();
    auto fields = FieldSelector::parse(options.fieldSelector, resource);
    if (!fields)
        return fields.error();
    std::uint64_t from = 0;
    const bool initial = options.resourceVersion.empty() || options.resourceVersion == "0";
    if (!initial) {
        char* end = nullptr;
        from = std::strtoull(options.resourceVersion.c_str(), &end, 10);
        if (!end || *end != '\0')
            return ObjectStoreError::badRequest("invalid resource version: " + options.resourceVersion);
    }

    std::shared_lock lock(m_impl->mutex);
    const auto& storage = m_impl->storageOf(resource);
    WatchHubSubscription::Filter filter;
    filter.storage = storage.storage;
    filter.ns = storage.namespaced ? ns : std::string();
    filter.labels = std::move(labels.value());
    filter.fields = std::move(fields.value());
    if (ObjectStoreConversion::needed(resource)) {
        const ResourceInfo* r = &resource;
        filter.convert = [r](const ObjectPtr& obj) {
            return StoredObject::make(ObjectStoreConversion::fromStorage(*r, obj->object));
        };
    }
    auto watch = std::make_shared<WatchHubSubscription>(filter, options.allowBookmarks, options.bookmarkInterval);
    watch->setBookmarkKind(resource.apiVersion(), resource.kind);

    if (initial) {
        ListOptions all;
        all.labelSelector = options.labelSelector;
        all.fieldSelector = options.fieldSelector;
        auto listed = m_impl->listLocked(resource, ns, all);
        if (!listed)
            return listed.error();
        for (auto& obj : listed->items) {
            WatchEvent e;
            e.type = WatchEventType::Added;
            e.resourceVersion = obj->resourceVersion;
            e.object = std::move(obj);
            watch->push(std::move(e), /*converted=*/true);
        }
        if (options.sendInitialEvents && options.allowBookmarks) {
            auto bookmark = watch->bookmark();
            bookmark.resourceVersion = m_impl->rv;
            bookmark.payload["metadata"]["resourceVersion"] = std::to_string(m_impl->rv);
            bookmark.payload["metadata"]["annotations"] = {{"k8s.io/initial-events-end", "true"}};
            watch->push(std::move(bookmark));
        }
        m_hub.subscribe(watch, m_impl->rv);
        return watch;
    }
    if (from > m_impl->rv)
        from = m_impl->rv;
    if (!m_hub.subscribe(watch, from)) {
        WatchEvent e;
        e.type = WatchEventType::Error;
        e.payload = ObjectStoreError::expired("too old resource version: " + std::to_string(from) + " ("
                                              + std::to_string(m_hub.oldestWatchableResourceVersion()) + ")")
                        .toStatus();
        watch->push(std::move(e));
        watch->close();
    }
    return watch;
}

} // namespace lcl::sim
