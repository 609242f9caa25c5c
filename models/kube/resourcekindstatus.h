#pragma once

#include "core/error.h"

namespace lcl::kube {

// How current the store's view of one kind is, for status bars and empty states.
struct KindStatus {
    enum class State : quint8 {
        Idle,        // no informer runs for the kind
        Listing,     // first list in progress
        Synced,      // listed and watching
        Relisting,   // the watch expired or dropped: listing again; data shown is the last known
        Forbidden,   // 403: the user may not list the kind; `error` explains it (translated)
        Error,       // failing; retried with backoff; `error` says why
        NotServed,   // the API does not offer the kind (e.g. no Gateway API CRDs)
    };
    State state = State::Idle;
    Error error;
    QString resourceVersion;  // the last one seen
};

} // namespace lcl::kube
