#pragma once

#include "core/result.h"
#include "kube/records.h"
#include "kube/watchevent.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <memory>
#include <vector>

namespace lcl::kube {

// One page of a List response.
struct ListPage {
    std::vector<Record> items;
    QString resourceVersion;       // the list's snapshot RV: where the watch starts
    QString continueToken;         // empty on the last page
};

// Decodes List bodies, watch event lines and single objects of one kind straight into records with simdjson
// On-Demand (no DOM). Keeps its parser and string interner between calls, so use one per informer; not
// thread-safe. Malformed input yields Error::Kind::Parse, never a crash.
class Decoder {
    Q_DECLARE_TR_FUNCTIONS(lcl::kube::Decoder)

public:
    explicit Decoder(ResourceKind kind);
    ~Decoder();
    Decoder(const Decoder&) = delete;
    Decoder& operator=(const Decoder&) = delete;

    ResourceKind kind() const { return m_kind; }

    // Taken by value: the body is padded in place for simdjson when it has no spare capacity.
    Result<ListPage> decodeList(QByteArray body);
    Result<WatchEvent> decodeEvent(QByteArrayView line);
    Result<Record> decodeObject(QByteArray json);
    // A Status body (an error response): code, reason and message in a WatchEvent of type Error.
    Result<WatchEvent> decodeStatus(QByteArray body);

private:
    struct Impl;
    ResourceKind m_kind;
    std::unique_ptr<Impl> m_impl;
};

} // namespace lcl::kube
