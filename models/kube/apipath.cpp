#include "kube/apipath.h"

#include <QUrl>

namespace lcl::kube {

namespace {

QString segment(const QString& s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

} // namespace

QString ApiPath::toString() const
{
    QString path;
    if (group.isEmpty())
        path = QStringLiteral("/api/") + version;
    else
        path = QStringLiteral("/apis/") + group + QLatin1Char('/') + version;
    if (!nameSpace.isEmpty())
        path += QStringLiteral("/namespaces/") + segment(nameSpace);
    path += QLatin1Char('/') + resource;
    if (!name.isEmpty()) {
        path += QLatin1Char('/') + segment(name);
        if (!subresource.isEmpty())
            path += QLatin1Char('/') + subresource;
    }
    return path;
}

QString ApiPath::withQuery(const QUrlQuery& query) const
{
    const QString q = query.toString(QUrl::FullyEncoded);
    return q.isEmpty() ? toString() : toString() + QLatin1Char('?') + q;
}

QString ApiPath::qualifiedResource() const
{
    return group.isEmpty() ? resource : resource + QLatin1Char('.') + group;
}

ApiPath ApiPath::namespaced(const QString& group, const QString& version, const QString& resource,
                            const QString& nameSpace, const QString& name)
{
    ApiPath p;
    p.group = group;
    p.version = version;
    p.resource = resource;
    p.nameSpace = nameSpace;
    p.name = name;
    return p;
}

} // namespace lcl::kube
