#include "kube/decodecontext.h"

namespace lcl::kube::detail {
namespace {

ContainerRecord& containerNamed(QList<ContainerRecord>& list, const QString& name)
{
    for (ContainerRecord& c : list) {
        if (c.name == name)
            return c;
    }
    list.append(ContainerRecord{});
    list.back().name = name;
    return list.back();
}

void decodeResources(sj::value& v, ContainerRecord& c)
{
    forEachField(v, [&](std::string_view key, sj::value& group) {
        const bool requests = key == "requests";
        if (!requests && key != "limits")
            return;
        forEachField(group, [&](std::string_view resource, sj::value& q) {
            if (resource == "cpu")
                (requests ? c.cpuRequestMilli : c.cpuLimitMilli) = toQuantityMilli(q);
            else if (resource == "memory")
                (requests ? c.memoryRequestBytes : c.memoryLimitBytes) = toQuantityMilli(q) / 1000;
        });
    });
}

void decodeContainerSpecs(DecodeContext& ctx, sj::value& v, QList<ContainerRecord>& list)
{
    forEachElement(v, [&](sj::value& item) {
        ContainerRecord spec;
        forEachField(item, [&](std::string_view key, sj::value& f) {
            if (key == "name")
                spec.name = ctx.string(f);
            else if (key == "image")
                spec.image = ctx.interned(f);
            else if (key == "resources")
                decodeResources(f, spec);
            else if (key == "restartPolicy")
                spec.sidecar = f.type() == sj::json_type::string && std::string_view(f.get_string()) == "Always";
        });
        ContainerRecord& c = containerNamed(list, spec.name);
        c.image = spec.image;
        c.sidecar = spec.sidecar;
        c.cpuRequestMilli = spec.cpuRequestMilli;
        c.cpuLimitMilli = spec.cpuLimitMilli;
        c.memoryRequestBytes = spec.memoryRequestBytes;
        c.memoryLimitBytes = spec.memoryLimitBytes;
    });
}

// state / lastState: exactly one of waiting, running, terminated.
void decodeState(DecodeContext& ctx, sj::value& v, ContainerRecord& c, bool last)
{
    forEachField(v, [&](std::string_view which, sj::value& detail) {
        if (detail.type() != sj::json_type::object)
            return;
        if (last) {
            if (which != "terminated")
                return;
            forEachField(detail, [&](std::string_view key, sj::value& f) {
                if (key == "reason")
                    c.lastTerminatedReason = ctx.interned(f);
                else if (key == "exitCode")
                    c.lastExitCode = int(toInt(f));
                else if (key == "finishedAt")
                    c.lastFinished = toTime(f);
            });
            return;
        }
        if (which == "waiting")
            c.state = ContainerRecord::State::Waiting;
        else if (which == "running")
            c.state = ContainerRecord::State::Running;
        else if (which == "terminated")
            c.state = ContainerRecord::State::Terminated;
        else
            return;
        forEachField(detail, [&](std::string_view key, sj::value& f) {
            if (key == "reason")
                c.reason = ctx.interned(f);
            else if (key == "message")
                c.message = ctx.string(f);
            else if (key == "exitCode")
                c.exitCode = int(toInt(f));
            else if (key == "signal")
                c.signal = int(toInt(f));
        });
    });
}

void decodeContainerStatuses(DecodeContext& ctx, sj::value& v, QList<ContainerRecord>& list)
{
    forEachElement(v, [&](sj::value& item) {
        ContainerRecord status;
        QString image;
        forEachField(item, [&](std::string_view key, sj::value& f) {
            if (key == "name")
                status.name = ctx.string(f);
            else if (key == "ready")
                status.ready = toBool(f);
            else if (key == "started")
                status.started = toBool(f);
            else if (key == "restartCount")
                status.restarts = int(toInt(f));
            else if (key == "image")
                image = ctx.interned(f);
            else if (key == "state")
                decodeState(ctx, f, status, false);
            else if (key == "lastState")
                decodeState(ctx, f, status, true);
        });
        ContainerRecord& c = containerNamed(list, status.name);
        if (c.image.isEmpty())
            c.image = image;
        c.ready = status.ready;
        c.started = status.started;
        c.restarts = status.restarts;
        c.state = status.state;
        c.reason = std::move(status.reason);
        c.message = std::move(status.message);
        c.exitCode = status.exitCode;
        c.signal = status.signal;
        c.lastTerminatedReason = std::move(status.lastTerminatedReason);
        c.lastExitCode = status.lastExitCode;
        c.lastFinished = status.lastFinished;
    });
}

} // namespace

void decodePod(DecodeContext& ctx, sj::value& v, PodRecord& pod)
{
    forEachField(v, [&](std::string_view key, sj::value& part) {
        if (key == "metadata") {
            decodeMeta(ctx, part, pod.meta);
        } else if (key == "spec") {
            forEachField(part, [&](std::string_view k, sj::value& f) {
                if (k == "nodeName")
                    pod.node = ctx.interned(f);
                else if (k == "containers")
                    decodeContainerSpecs(ctx, f, pod.containers);
                else if (k == "initContainers")
                    decodeContainerSpecs(ctx, f, pod.initContainers);
            });
        } else if (key == "status") {
            forEachField(part, [&](std::string_view k, sj::value& f) {
                if (k == "phase")
                    pod.phase = ctx.interned(f);
                else if (k == "reason")
                    pod.reason = ctx.interned(f);
                else if (k == "podIP")
                    pod.podIP = ctx.string(f);
                else if (k == "qosClass")
                    pod.qosClass = ctx.interned(f);
                else if (k == "startTime")
                    pod.startTime = toTime(f);
                else if (k == "conditions")
                    pod.conditions = decodeConditions(ctx, f);
                else if (k == "containerStatuses")
                    decodeContainerStatuses(ctx, f, pod.containers);
                else if (k == "initContainerStatuses")
                    decodeContainerStatuses(ctx, f, pod.initContainers);
            });
        }
    });
}

} // namespace lcl::kube::detail
