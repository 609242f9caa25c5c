#include "kube/decodecontext.h"

namespace lcl::kube::detail {

void decodeNamespace(DecodeContext& ctx, sj::value& v, NamespaceRecord& n)
{
    forEachField(v, [&](std::string_view key, sj::value& part) {
        if (key == "metadata") {
            decodeMeta(ctx, part, n.meta);
        } else if (key == "status") {
            forEachField(part, [&](std::string_view k, sj::value& f) {
                if (k == "phase")
                    n.phase = ctx.interned(f);
            });
        }
    });
}

void decodeNode(DecodeContext& ctx, sj::value& v, NodeRecord& n)
{
    const auto resources = [&](sj::value& f, qint64& cpu, qint64& memory) {
        forEachField(f, [&](std::string_view r, sj::value& q) {
            if (r == "cpu")
                cpu = toQuantityMilli(q);
            else if (r == "memory")
                memory = toQuantityMilli(q) / 1000;
        });
    };
    forEachField(v, [&](std::string_view key, sj::value& part) {
        if (key == "metadata") {
            decodeMeta(ctx, part, n.meta);
        } else if (key == "spec") {
            forEachField(part, [&](std::string_view k, sj::value& f) {
                if (k == "unschedulable")
                    n.unschedulable = toBool(f);
            });
        } else if (key == "status") {
            forEachField(part, [&](std::string_view k, sj::value& f) {
                if (k == "conditions") {
                    n.conditions = decodeConditions(ctx, f);
                } else if (k == "capacity") {
                    resources(f, n.cpuCapacityMilli, n.memoryCapacityBytes);
                } else if (k == "allocatable") {
                    resources(f, n.cpuAllocatableMilli, n.memoryAllocatableBytes);
                } else if (k == "nodeInfo") {
                    forEachField(f, [&](std::string_view ik, sj::value& iv) {
                        if (ik == "kubeletVersion")
                            n.kubeletVersion = ctx.interned(iv);
                    });
                } else if (k == "addresses") {
                    forEachElement(f, [&](sj::value& a) {
                        QString type;
                        QString address;
                        forEachField(a, [&](std::string_view ak, sj::value& av) {
                            if (ak == "type")
                                type = ctx.interned(av);
                            else if (ak == "address")
                                address = ctx.string(av);
                        });
                        if (type == QLatin1String("InternalIP") && n.internalIP.isEmpty())
                            n.internalIP = address;
                    });
                }
            });
        }
    });
    const Condition* ready = findCondition(n.conditions, u"Ready");
    n.ready = ready && ready->isTrue();
    static const QLatin1String rolePrefix("node-role.kubernetes.io/");
    for (const auto& [labelKey, value] : n.meta.labels) {
        if (labelKey.startsWith(rolePrefix))
            n.roles.append(labelKey.mid(rolePrefix.size()));
    }
}

void decodePvc(DecodeContext& ctx, sj::value& v, PvcRecord& p)
{
    const auto storage = [&](sj::value& f, qint64& bytes) {
        forEachField(f, [&](std::string_view r, sj::value& q) {
            if (r == "storage")
                bytes = toQuantityMilli(q) / 1000;
        });
    };
    forEachField(v, [&](std::string_view key, sj::value& part) {
        if (key == "metadata") {
            decodeMeta(ctx, part, p.meta);
        } else if (key == "spec") {
            forEachField(part, [&](std::string_view k, sj::value& f) {
                if (k == "storageClassName") {
                    p.storageClass = ctx.interned(f);
                } else if (k == "volumeName") {
                    p.volumeName = ctx.string(f);
                } else if (k == "accessModes") {
                    p.accessModes = decodeStringList(ctx, f);
                } else if (k == "resources") {
                    forEachField(f, [&](std::string_view rk, sj::value& rv) {
                        if (rk == "requests")
                            storage(rv, p.requestedBytes);
                    });
                }
            });
        } else if (key == "status") {
            forEachField(part, [&](std::string_view k, sj::value& f) {
                if (k == "phase")
                    p.phase = ctx.interned(f);
                else if (k == "capacity")
                    storage(f, p.capacityBytes);
            });
        }
    });
}

} // namespace lcl::kube::detail
