#include "kube/decodecontext.h"

namespace lcl::kube::detail {
namespace {

void decodeReference(DecodeContext& ctx, sj::value& v, EventRecord& e)
{
    forEachField(v, [&](std::string_view k, sj::value& f) {
        if (k == "kind")
            e.objectKind = ctx.interned(f);
        else if (k == "namespace")
            e.objectNamespace = ctx.interned(f);
        else if (k == "name")
            e.objectName = ctx.string(f);
        else if (k == "uid")
            e.objectUid = ctx.string(f);
        else if (k == "fieldPath")
            e.fieldPath = ctx.string(f);
    });
}

} // namespace

// Both shapes: core/v1 (involvedObject, message, count, firstTimestamp, lastTimestamp, source,
// reportingComponent) and events.k8s.io/v1 (regarding, note, deprecated*, reportingController).
void decodeEvent(DecodeContext& ctx, sj::value& v, EventRecord& e)
{
    qint64 eventTime = 0, firstTimestamp = 0, lastTimestamp = 0, seriesLast = 0;
    qint64 count = 0, seriesCount = 0;
    bool hasSeries = false;
    QString reporting, sourceComponent;
    forEachField(v, [&](std::string_view key, sj::value& f) {
        if (key == "metadata") {
            decodeMeta(ctx, f, e.meta);
        } else if (key == "involvedObject" || key == "regarding") {
            decodeReference(ctx, f, e);
        } else if (key == "type") {
            e.type = ctx.interned(f);
        } else if (key == "reason") {
            e.reason = ctx.interned(f);
        } else if (key == "message" || key == "note") {
            e.message = ctx.string(f);
        } else if (key == "count" || key == "deprecatedCount") {
            count = toInt(f);
        } else if (key == "firstTimestamp" || key == "deprecatedFirstTimestamp") {
            firstTimestamp = toTime(f);
        } else if (key == "lastTimestamp" || key == "deprecatedLastTimestamp") {
            lastTimestamp = toTime(f);
        } else if (key == "eventTime") {
            eventTime = toTime(f);
        } else if (key == "reportingComponent" || key == "reportingController") {
            reporting = ctx.interned(f);
        } else if (key == "source" || key == "deprecatedSource") {
            forEachField(f, [&](std::string_view k, sj::value& s) {
                if (k == "component")
                    sourceComponent = ctx.interned(s);
            });
        } else if (key == "series" && f.type() == sj::json_type::object) {
            hasSeries = true;
            forEachField(f, [&](std::string_view k, sj::value& s) {
                if (k == "count")
                    seriesCount = toInt(s);
                else if (k == "lastObservedTime")
                    seriesLast = toTime(s);
            });
        }
    });
    // kubectl's resolution (kubectl events' printer).
    e.first = eventTime != 0 ? eventTime : firstTimestamp;
    if (e.first == 0)
        e.first = e.meta.created;
    if (hasSeries) {
        e.last = seriesLast;
        e.count = int(seriesCount);
    } else if (count > 1) {
        e.last = lastTimestamp;
        e.count = int(count);
    } else {
        e.last = e.first;
        e.count = 1;
    }
    if (e.last == 0)
        e.last = e.first;
    e.source = reporting.isEmpty() ? sourceComponent : reporting;
}

namespace {

template <typename T>
Record decodeAs(DecodeContext& ctx, sj::value& v, void (*fn)(DecodeContext&, sj::value&, T&))
{
    T record;
    fn(ctx, v, record);
    return Record(std::move(record));
}

} // namespace

Record decodeRecord(DecodeContext& ctx, ResourceKind kind, sj::value& v)
{
    switch (kind) {
    case ResourceKind::Namespaces: return decodeAs(ctx, v, &decodeNamespace);
    case ResourceKind::Nodes: return decodeAs(ctx, v, &decodeNode);
    case ResourceKind::Pods: return decodeAs(ctx, v, &decodePod);
    case ResourceKind::Deployments:
    case ResourceKind::StatefulSets:
    case ResourceKind::DaemonSets: {
        WorkloadRecord w;
        w.kind = kind;
        decodeWorkload(ctx, v, w);
        return Record(std::move(w));
    }
    case ResourceKind::ReplicaSets: return decodeAs(ctx, v, &decodeReplicaSet);
    case ResourceKind::Services: return decodeAs(ctx, v, &decodeService);
    case ResourceKind::EndpointSlices: return decodeAs(ctx, v, &decodeEndpointSlice);
    case ResourceKind::Jobs: return decodeAs(ctx, v, &decodeJob);
    case ResourceKind::CronJobs: return decodeAs(ctx, v, &decodeCronJob);
    case ResourceKind::HorizontalPodAutoscalers: return decodeAs(ctx, v, &decodeHpa);
    case ResourceKind::Events: return decodeAs(ctx, v, &decodeEvent);
    case ResourceKind::PersistentVolumeClaims: return decodeAs(ctx, v, &decodePvc);
    case ResourceKind::Gateways: return decodeAs(ctx, v, &decodeGateway);
    case ResourceKind::HttpRoutes: return decodeAs(ctx, v, &decodeHttpRoute);
    }
    return decodeAs(ctx, v, &decodeNamespace);
}

} // namespace lcl::kube::detail
