#pragma once

namespace lcl::kube {

// Timings of an informer. The defaults follow client-go's reflector; tests shorten them.
struct InformerOptions {
    int batchIntervalMs = 100;         // at most one store update per interval
    int pageSize = 500;                // list limit
    int watchTimeoutSeconds = 300;     // asked of the server, plus up to 20% jitter
    int backoffInitialMs = 800;        // reconnect backoff: doubles per failure, jittered
    int backoffMaxMs = 30000;
    int forbiddenRetryMs = 10 * 60 * 1000; // a 403 is retried this rarely (or on context change)
    int requestTimeoutMs = 60000;      // one list page
};

} // namespace lcl::kube
