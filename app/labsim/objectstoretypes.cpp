#include "labsim/objectstoretypes.h"

namespace lcl::sim {

std::shared_ptr<const StoredObject> StoredObject::make(nlohmann::json object)
{
    auto stored = std::make_shared<StoredObject>();
    const auto& meta = object["metadata"];
    stored->ns = meta.value("namespace", "");
    stored->name = meta.value("name", "");
    const auto rv = meta.value("resourceVersion", "0");
    stored->resourceVersion = std::strtoull(rv.c_str(), nullptr, 10);
    stored->json = object.dump();
    stored->object = std::move(object);
    return stored;
}

const char* WatchEvent::typeName(WatchEventType type)
{
    switch (type) {
    case WatchEventType::Added:
        return "ADDED";
    case WatchEventType::Modified:
        return "MODIFIED";
    case WatchEventType::Deleted:
        return "DELETED";
    case WatchEventType::Bookmark:
        return "BOOKMARK";
    case WatchEventType::Error:
        return "ERROR";
    }
    return "ERROR";
}

std::string WatchEvent::toLine() const
{
    std::string line = "{\"type\":\"";
    line += typeName(type);
    line += "\",\"object\":";
    if (object)
        line += object->json;
    else
        line += payload.dump();
    line += "}\n";
    return line;
}

const nlohmann::json& WatchEvent::objectJson() const
{
    return object ? object->object : payload;
}

} // namespace lcl::sim
