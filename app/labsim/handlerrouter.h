#pragma once

#include "labsim/apitrouble.h"
#include "labsim/discovery.h"
#include "labsim/handlerfaults.h"
#include "labsim/handlerrest.h"
#include "labsim/handlerscale.h"
#include "labsim/handlerwatch.h"
#include "labsim/metricsapi.h"
#include "labsim/openapi.h"
#include "labsim/podlogs.h"
#include "labsim/serviceproxy.h"

#include <nlohmann/json.hpp>

namespace lcl::sim {

class FaultBook;
class ObjectStore;
struct HandlerContext;
struct HandlerPath;

// Sends each authenticated request to the handler that owns its path, after the RBAC check: discovery,
// OpenAPI and /version; the REST verbs; watches; the scale, log, status and proxy subresources; access reviews;
// metrics.k8s.io; and the simulator's fault API (/lclab/v1/faults), after which the API-server faults in
// `faults` (slow answers, 503s, dropped and expired watches) apply to every other request.
class HandlerRouter final {
public:
    HandlerRouter(ObjectStore& store, FaultBook& faults);
    HandlerRouter(const HandlerRouter&) = delete;
    HandlerRouter& operator=(const HandlerRouter&) = delete;

    void route(HandlerContext& context);

    ServiceProxy& serviceProxy() { return m_proxy; }

    // What GET /version answers: a k3s v1.31 server, so the gcloud kubectl dispatcher picks kubectl 1.31.
    static nlohmann::json versionInfo();

private:
    bool routeNonResource(HandlerContext& context);
    void routeDiscovery(HandlerContext& context, const HandlerPath& path);
    void routeResource(HandlerContext& context, const HandlerPath& path);
    void routeSubresource(HandlerContext& context, const HandlerPath& path);
    void review(HandlerContext& context, const HandlerPath& path);

    ObjectStore& m_store;
    HandlerFaults m_faultApi;
    ApiTrouble m_trouble;
    Discovery m_discovery;
    OpenApi m_openapi;
    HandlerRest m_rest;
    HandlerWatch m_watch;
    HandlerScale m_scale;
    PodLogs m_logs;
    MetricsApi m_metrics;
    ServiceProxy m_proxy;
};

} // namespace lcl::sim
