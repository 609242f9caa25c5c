#pragma once

#include "kube/metarecord.h"

#include <QStringList>

namespace lcl::kube {

struct RouteParentRef {
    QString group;
    QString kind;                // Gateway unless set
    QString ns;                  // the route's namespace unless set
    QString name;
    QString sectionName;
    int port = 0;
};

struct RouteBackendRef {
    QString kind;                // Service unless set
    QString ns;
    QString name;
    int port = 0;
    int weight = 1;
};

struct RouteMatch {
    QString pathType;            // PathPrefix, Exact, RegularExpression
    QString pathValue;
    QString method;
};

struct RouteRule {
    QList<RouteMatch> matches;   // empty: PathPrefix "/"
    QList<RouteBackendRef> backendRefs;
};

// Route status per parent: whether the parent accepted the route and whether its references resolved.
struct RouteParentStatus {
    RouteParentRef parentRef;
    QList<Condition> conditions;
};

struct HttpRouteRecord {
    ObjectMeta meta;
    QList<RouteParentRef> parentRefs;
    QStringList hostnames;
    QList<RouteRule> rules;
    QList<RouteParentStatus> parents;
};

} // namespace lcl::kube
