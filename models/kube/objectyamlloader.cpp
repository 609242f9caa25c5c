#include "kube/objectyamlloader.h"

#include "kube/kubeapi.h"
#include "kube/resourcekind.h"
#include "kube/yamltext.h"

#include <QPointer>

namespace lcl::kube {

ObjectYamlLoader::ObjectYamlLoader(ClusterConnection connection, net::HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_api(std::make_unique<KubeApi>(std::move(connection), http))
{
}

ObjectYamlLoader::~ObjectYamlLoader() = default;

std::optional<ApiPath> ObjectYamlLoader::pathOf(const ResourceKey& key)
{
    ApiPath path;
    path.nameSpace = key.ns;
    path.name = key.name;
    path.resource = key.kind;
    if (const auto kind = kindFromPlural(key.kind)) {
        const ResourceKindInfo& info = kindInfo(*kind);
        path.group = QString::fromLatin1(info.group);
        path.version = QString::fromLatin1(info.version);
        if (!info.namespaced)
            path.nameSpace.clear();
        return path;
    }
    // Kinds without an informer that the views still open by name.
    if (key.kind == QLatin1String("secrets") || key.kind == QLatin1String("configmaps")
        || key.kind == QLatin1String("serviceaccounts"))
        return path;
    return std::nullopt;
}

void ObjectYamlLoader::load(const ResourceKey& key)
{
    const quint64 generation = ++m_generation;
    const auto path = pathOf(key);
    if (!path) {
        Q_EMIT failed(key, Error::make(Error::Kind::Invalid, tr("The console cannot show objects of kind \"%1\".")
                                                                 .arg(key.kind)));
        return;
    }
    const QPointer<ObjectYamlLoader> guard(this);
    m_api->get(*path, [guard, generation, key](const Result<QByteArray>& body) {
        // Small objects: turning one into YAML on the net thread costs less than a hop to a pool.
        Result<QString> yaml = body.ok() ? YamlText::fromJson(body.value()) : Result<QString>(body.error());
        QMetaObject::invokeMethod(qApp, [guard, generation, key, yaml = std::move(yaml)] {
            if (!guard || generation != guard->m_generation)
                return;
            if (yaml.ok())
                Q_EMIT guard->loaded(key, yaml.value());
            else
                Q_EMIT guard->failed(key, yaml.error());
        }, Qt::QueuedConnection);
    });
}

} // namespace lcl::kube
