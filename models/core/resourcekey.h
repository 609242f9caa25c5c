#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

namespace lcl {

// Identity of one Kubernetes object as the console's stores and models key it. `kind` is the resource's
// plural lower-case name ("pods", "deployments", "httproutes"); `ns` is empty for cluster-scoped objects.
struct ResourceKey {
    QString kind;
    QString ns;
    QString name;

    friend bool operator==(const ResourceKey&, const ResourceKey&) = default;
    friend auto operator<=>(const ResourceKey& a, const ResourceKey& b)
    {
        if (auto c = a.kind.compare(b.kind); c != 0)
            return c <=> 0;
        if (auto c = a.ns.compare(b.ns); c != 0)
            return c <=> 0;
        return a.name.compare(b.name) <=> 0;
    }

    // "search/search-api" or "node-1" (cluster-scoped).
    QString path() const { return ns.isEmpty() ? name : ns + QLatin1Char('/') + name; }
};

inline size_t qHash(const ResourceKey& key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.kind, key.ns, key.name);
}

} // namespace lcl

Q_DECLARE_METATYPE(lcl::ResourceKey)
