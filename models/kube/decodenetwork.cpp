#include "kube/decodecontext.h"

namespace lcl::kube::detail {
namespace {

RouteParentRef decodeParentRef(DecodeContext& ctx, sj::value& v)
{
    RouteParentRef ref;
    forEachField(v, [&](std::string_view k, sj::value& f) {
        if (k == "group")
            ref.group = ctx.interned(f);
        else if (k == "kind")
            ref.kind = ctx.interned(f);
        else if (k == "namespace")
            ref.ns = ctx.interned(f);
        else if (k == "name")
            ref.name = ctx.string(f);
        else if (k == "sectionName")
            ref.sectionName = ctx.string(f);
        else if (k == "port")
            ref.port = int(toInt(f));
    });
    return ref;
}

RouteRule decodeRouteRule(DecodeContext& ctx, sj::value& v)
{
    RouteRule rule;
    forEachField(v, [&](std::string_view k, sj::value& f) {
        if (k == "matches") {
            forEachElement(f, [&](sj::value& m) {
                RouteMatch match;
                forEachField(m, [&](std::string_view mk, sj::value& mv) {
                    if (mk == "method") {
                        match.method = ctx.interned(mv);
                    } else if (mk == "path") {
                        forEachField(mv, [&](std::string_view pk, sj::value& pv) {
                            if (pk == "type")
                                match.pathType = ctx.interned(pv);
                            else if (pk == "value")
                                match.pathValue = ctx.string(pv);
                        });
                    }
                });
                rule.matches.append(std::move(match));
            });
        } else if (k == "backendRefs") {
            forEachElement(f, [&](sj::value& b) {
                RouteBackendRef ref;
                forEachField(b, [&](std::string_view bk, sj::value& bv) {
                    if (bk == "kind")
                        ref.kind = ctx.interned(bv);
                    else if (bk == "namespace")
                        ref.ns = ctx.interned(bv);
                    else if (bk == "name")
                        ref.name = ctx.string(bv);
                    else if (bk == "port")
                        ref.port = int(toInt(bv));
                    else if (bk == "weight")
                        ref.weight = int(toInt(bv));
                });
                rule.backendRefs.append(std::move(ref));
            });
        }
    });
    return rule;
}

} // namespace

void decodeService(DecodeContext& ctx, sj::value& v, ServiceRecord& s)
{
    forEachField(v, [&](std::string_view key, sj::value& part) {
        if (key == "metadata") {
            decodeMeta(ctx, part, s.meta);
        } else if (key == "spec") {
            forEachField(part, [&](std::string_view k, sj::value& f) {
                if (k == "type")
                    s.type = ctx.interned(f);
                else if (k == "clusterIP")
                    s.clusterIP = ctx.string(f);
                else if (k == "externalName")
                    s.externalName = ctx.string(f);
                else if (k == "externalIPs")
                    s.externalIPs += decodeStringList(ctx, f);
                else if (k == "selector")
                    s.selector = decodeLabels(ctx, f);
                else if (k == "ports") {
                    forEachElement(f, [&](sj::value& p) {
                        ServicePort port;
                        forEachField(p, [&](std::string_view pk, sj::value& pv) {
                            if (pk == "name")
                                port.name = ctx.interned(pv);
                            else if (pk == "protocol")
                                port.protocol = ctx.interned(pv);
                            else if (pk == "port")
                                port.port = int(toInt(pv));
                            else if (pk == "targetPort")
                                port.targetPort = ctx.string(pv);
                            else if (pk == "nodePort")
                                port.nodePort = int(toInt(pv));
                        });
                        s.ports.append(std::move(port));
                    });
                }
            });
        } else if (key == "status") {
            forEachField(part, [&](std::string_view k, sj::value& lb) {
                if (k != "loadBalancer")
                    return;
                forEachField(lb, [&](std::string_view lk, sj::value& ingress) {
                    if (lk != "ingress")
                        return;
                    forEachElement(ingress, [&](sj::value& entry) {
                        forEachField(entry, [&](std::string_view ek, sj::value& ev) {
                            if (ek == "ip" || ek == "hostname")
                                s.externalIPs.append(ctx.string(ev));
                        });
                    });
                });
            });
        }
    });
    if (s.type.isEmpty())
        s.type = QStringLiteral("ClusterIP");
}

void decodeEndpointSlice(DecodeContext& ctx, sj::value& v, EndpointSliceRecord& s)
{
    forEachField(v, [&](std::string_view key, sj::value& part) {
        if (key == "metadata") {
            decodeMeta(ctx, part, s.meta);
        } else if (key == "addressType") {
            s.addressType = ctx.interned(part);
        } else if (key == "ports") {
            forEachElement(part, [&](sj::value& p) {
                std::pair<QString, int> port;
                forEachField(p, [&](std::string_view k, sj::value& f) {
                    if (k == "name")
                        port.first = ctx.interned(f);
                    else if (k == "port")
                        port.second = int(toInt(f));
                });
                s.ports.append(std::move(port));
            });
        } else if (key == "endpoints") {
            forEachElement(part, [&](sj::value& e) {
                EndpointRecord ep;
                forEachField(e, [&](std::string_view k, sj::value& f) {
                    if (k == "addresses") {
                        ep.addresses = decodeStringList(ctx, f);
                    } else if (k == "nodeName") {
                        ep.nodeName = ctx.interned(f);
                    } else if (k == "conditions") {
                        forEachField(f, [&](std::string_view ck, sj::value& cv) {
                            if (ck == "ready" && cv.type() == sj::json_type::boolean)
                                ep.ready = cv.get_bool();
                        });
                    } else if (k == "targetRef") {
                        forEachField(f, [&](std::string_view tk, sj::value& tv) {
                            if (tk == "kind")
                                ep.targetKind = ctx.interned(tv);
                            else if (tk == "name")
                                ep.targetName = ctx.string(tv);
                        });
                    }
                });
                s.endpoints.append(std::move(ep));
            });
        }
    });
    s.serviceName = labelValue(s.meta.labels, u"kubernetes.io/service-name");
}

void decodeGateway(DecodeContext& ctx, sj::value& v, GatewayRecord& g)
{
    forEachField(v, [&](std::string_view key, sj::value& part) {
        if (key == "metadata") {
            decodeMeta(ctx, part, g.meta);
        } else if (key == "spec") {
            forEachField(part, [&](std::string_view k, sj::value& f) {
                if (k == "gatewayClassName") {
                    g.className = ctx.interned(f);
                } else if (k == "listeners") {
                    forEachElement(f, [&](sj::value& l) {
                        GatewayListener listener;
                        forEachField(l, [&](std::string_view lk, sj::value& lv) {
                            if (lk == "name")
                                listener.name = ctx.string(lv);
                            else if (lk == "protocol")
                                listener.protocol = ctx.interned(lv);
                            else if (lk == "hostname")
                                listener.hostname = ctx.string(lv);
                            else if (lk == "port")
                                listener.port = int(toInt(lv));
                        });
                        g.listeners.append(std::move(listener));
                    });
                }
            });
        } else if (key == "status") {
            forEachField(part, [&](std::string_view k, sj::value& f) {
                if (k == "conditions") {
                    g.conditions = decodeConditions(ctx, f);
                } else if (k == "addresses") {
                    forEachElement(f, [&](sj::value& a) {
                        forEachField(a, [&](std::string_view ak, sj::value& av) {
                            if (ak == "value")
                                g.addresses.append(ctx.string(av));
                        });
                    });
                } else if (k == "listeners") {
                    forEachElement(f, [&](sj::value& l) {
                        QString name;
                        int attached = 0;
                        forEachField(l, [&](std::string_view lk, sj::value& lv) {
                            if (lk == "name")
                                name = ctx.string(lv);
                            else if (lk == "attachedRoutes")
                                attached = int(toInt(lv));
                        });
                        for (GatewayListener& listener : g.listeners) {
                            if (listener.name == name)
                                listener.attachedRoutes = attached;
                        }
                    });
                }
            });
        }
    });
}

void decodeHttpRoute(DecodeContext& ctx, sj::value& v, HttpRouteRecord& r)
{
    forEachField(v, [&](std::string_view key, sj::value& part) {
        if (key == "metadata") {
            decodeMeta(ctx, part, r.meta);
        } else if (key == "spec") {
            forEachField(part, [&](std::string_view k, sj::value& f) {
                if (k == "parentRefs")
                    forEachElement(f, [&](sj::value& p) { r.parentRefs.append(decodeParentRef(ctx, p)); });
                else if (k == "hostnames")
                    r.hostnames = decodeStringList(ctx, f);
                else if (k == "rules")
                    forEachElement(f, [&](sj::value& rule) { r.rules.append(decodeRouteRule(ctx, rule)); });
            });
        } else if (key == "status") {
            forEachField(part, [&](std::string_view k, sj::value& f) {
                if (k != "parents")
                    return;
                forEachElement(f, [&](sj::value& p) {
                    RouteParentStatus status;
                    forEachField(p, [&](std::string_view pk, sj::value& pv) {
                        if (pk == "parentRef")
                            status.parentRef = decodeParentRef(ctx, pv);
                        else if (pk == "conditions")
                            status.conditions = decodeConditions(ctx, pv);
                    });
                    r.parents.append(std::move(status));
                });
            });
        }
    });
    // Defaults the API applies: parents are Gateways in the route's namespace, backends are Services.
    for (RouteParentRef& p : r.parentRefs) {
        if (p.kind.isEmpty())
            p.kind = QStringLiteral("Gateway");
        if (p.ns.isEmpty())
            p.ns = r.meta.ns;
    }
    for (RouteRule& rule : r.rules) {
        for (RouteBackendRef& b : rule.backendRefs) {
            if (b.kind.isEmpty())
                b.kind = QStringLiteral("Service");
            if (b.ns.isEmpty())
                b.ns = r.meta.ns;
        }
    }
}

} // namespace lcl::kube::detail
