#include "kube/records.h"

namespace lcl::kube {

const ObjectMeta& metaOf(const Record& record)
{
    return std::visit([](const auto& r) -> const ObjectMeta& { return r.meta; }, record);
}

ObjectMeta& metaOf(Record& record)
{
    return std::visit([](auto& r) -> ObjectMeta& { return r.meta; }, record);
}

ResourceKey keyOf(ResourceKind kind, const ObjectMeta& meta)
{
    return ResourceKey{pluralName(kind), meta.ns, meta.name};
}

} // namespace lcl::kube
