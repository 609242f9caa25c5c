#include "kube/decodecontext.h"

namespace lcl::kube::detail {

void decodeWorkload(DecodeContext& ctx, sj::value& v, WorkloadRecord& w)
{
    const bool daemon = w.kind == ResourceKind::DaemonSets;
    bool replicasSet = false;
    forEachField(v, [&](std::string_view key, sj::value& part) {
        if (key == "metadata") {
            decodeMeta(ctx, part, w.meta);
        } else if (key == "spec") {
            forEachField(part, [&](std::string_view k, sj::value& f) {
                if (k == "replicas") {
                    replicasSet = f.type() == sj::json_type::number;
                    w.desired = int(toInt(f));
                } else if (k == "paused") {
                    w.paused = toBool(f);
                } else if (k == "selector") {
                    w.selector = decodeSelector(ctx, f);
                } else if (k == "template") {
                    decodeTemplateImages(ctx, f, w.images);
                }
            });
        } else if (key == "status") {
            forEachField(part, [&](std::string_view k, sj::value& f) {
                if (k == "observedGeneration")
                    w.observedGeneration = toInt(f);
                else if (k == "conditions")
                    w.conditions = decodeConditions(ctx, f);
                else if (k == "currentRevision")
                    w.currentRevision = ctx.string(f);
                else if (k == "updateRevision")
                    w.updateRevision = ctx.string(f);
                else if (daemon) {
                    if (k == "desiredNumberScheduled")
                        w.desired = int(toInt(f));
                    else if (k == "currentNumberScheduled")
                        w.current = int(toInt(f));
                    else if (k == "numberReady")
                        w.ready = int(toInt(f));
                    else if (k == "updatedNumberScheduled")
                        w.updated = int(toInt(f));
                    else if (k == "numberAvailable")
                        w.available = int(toInt(f));
                } else if (k == "replicas") {
                    w.current = int(toInt(f));
                } else if (k == "readyReplicas") {
                    w.ready = int(toInt(f));
                } else if (k == "updatedReplicas") {
                    w.updated = int(toInt(f));
                } else if (k == "availableReplicas") {
                    w.available = int(toInt(f));
                }
            });
        }
    });
    // spec.replicas is a pointer the server defaults to 1; a Scale to 0 omits it.
    if (!daemon && !replicasSet)
        w.desired = 1;
}

void decodeReplicaSet(DecodeContext& ctx, sj::value& v, ReplicaSetRecord& rs)
{
    bool replicasSet = false;
    forEachField(v, [&](std::string_view key, sj::value& part) {
        if (key == "metadata") {
            decodeMeta(ctx, part, rs.meta);
        } else if (key == "spec") {
            forEachField(part, [&](std::string_view k, sj::value& f) {
                if (k == "replicas") {
                    replicasSet = f.type() == sj::json_type::number;
                    rs.desired = int(toInt(f));
                } else if (k == "selector") {
                    rs.selector = decodeSelector(ctx, f);
                } else if (k == "template") {
                    decodeTemplateImages(ctx, f, rs.images);
                }
            });
        } else if (key == "status") {
            forEachField(part, [&](std::string_view k, sj::value& f) {
                if (k == "replicas")
                    rs.current = int(toInt(f));
                else if (k == "readyReplicas")
                    rs.ready = int(toInt(f));
                else if (k == "availableReplicas")
                    rs.available = int(toInt(f));
                else if (k == "observedGeneration")
                    rs.observedGeneration = toInt(f);
            });
        }
    });
    if (!replicasSet)
        rs.desired = 1;
}

} // namespace lcl::kube::detail
