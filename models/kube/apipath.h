#pragma once

#include <QString>
#include <QUrlQuery>

namespace lcl::kube {

// The REST path of a resource, a collection or a subresource:
// /api/v1/namespaces/shop/pods/web-1, /apis/apps/v1/namespaces/shop/deployments/web/scale, /apis/apps/v1/deployments.
struct ApiPath {
    QString group;        // "" for the core group
    QString version = QStringLiteral("v1");
    QString resource;     // plural, lower case: "deployments"
    QString nameSpace;    // empty: cluster-scoped, or a collection across all namespaces
    QString name;         // empty: the collection
    QString subresource;  // "scale", "status", "log"; needs a name

    QString toString() const;
    // toString() plus "?query" when the query is not empty.
    QString withQuery(const QUrlQuery& query) const;
    // "deployments.apps", the way the API names a resource in messages.
    QString qualifiedResource() const;

    static ApiPath namespaced(const QString& group, const QString& version, const QString& resource,
                              const QString& nameSpace, const QString& name = {});
};

} // namespace lcl::kube
