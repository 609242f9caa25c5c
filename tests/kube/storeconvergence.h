#pragma once

// "Does the store hold exactly what the server lists?" for the informer tests against lclab-sim. The simulator's
// controllers keep changing objects, so a comparison is repeated until it holds once (QTRY_VERIFY would evaluate
// it one more time after success, and a store a few milliseconds behind the next change would fail that run).

#include "kube/decoder.h"
#include "kube/records.h"
#include "kube/resourcestore.h"
#include "net/httpclient.h"

#include <QElapsedTimer>
#include <QTest>

#include <functional>
#include <initializer_list>
#include <map>

namespace lcl::kube::test {

// GET of a kind's collection path.
using ListFetcher = std::function<Result<net::HttpResponse>(ResourceKind kind)>;

// key path → resourceVersion of everything the server lists now.
inline std::map<QString, QString> serverItems(const ListFetcher& fetch, ResourceKind kind)
{
    const Result<net::HttpResponse> reply = fetch(kind);
    if (!reply.ok() || reply->status != 200)
        return {{QStringLiteral("<list failed>"), QString()}};
    Decoder decoder(kind);
    auto page = decoder.decodeList(reply->body);
    if (!page.ok())
        return {{QStringLiteral("<decode failed>"), QString()}};
    std::map<QString, QString> items;
    for (const Record& r : page->items)
        items[keyOf(kind, r).path()] = metaOf(r).resourceVersion;
    return items;
}

// What differs between the store and the server now ("" when nothing): one line per differing object.
inline QString storeDifference(const ResourceStore& store, const ListFetcher& fetch,
                               std::initializer_list<ResourceKind> kinds)
{
    QString out;
    for (ResourceKind kind : kinds) {
        std::map<QString, QString> stored;
        for (auto it = store.table(kind).cbegin(); it != store.table(kind).cend(); ++it)
            stored[it.key().path()] = metaOf(*it).resourceVersion;
        const std::map<QString, QString> server = serverItems(fetch, kind);
        for (const auto& [key, rv] : stored) {
            const auto it = server.find(key);
            if (it == server.end())
                out += QStringLiteral("ghost %1 (rv %2)\n").arg(key, rv);
            else if (it->second != rv)
                out += QStringLiteral("stale %1 (rv %2, server %3)\n").arg(key, rv, it->second);
        }
        for (const auto& [key, rv] : server)
            if (!stored.count(key))
                out += QStringLiteral("missing %1 (rv %2)\n").arg(key, rv);
        if (qsizetype(stored.size()) != store.count(kind))
            out += QStringLiteral("duplicates in %1\n").arg(pluralName(kind));
    }
    return out;
}

// Waits until the store equals the server's lists; the last difference otherwise (for the failure message).
inline QString storeConvergence(const ResourceStore& store, const ListFetcher& fetch,
                                std::initializer_list<ResourceKind> kinds, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QString diff = storeDifference(store, fetch, kinds);
    while (!diff.isEmpty() && timer.elapsed() < timeoutMs) {
        QTest::qWait(100);
        diff = storeDifference(store, fetch, kinds);
    }
    return diff;
}

} // namespace lcl::kube::test
