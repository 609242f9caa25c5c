#pragma once

#include "core/error.h"
#include "core/resourcekey.h"
#include "kube/apipath.h"
#include "kube/clusterconnection.h"
#include "net/httpclient.h"

#include <QObject>

#include <memory>
#include <optional>

namespace lcl::kube {

class KubeApi;

// Fetches one full object (a single GET, never kept in the store) and turns it into the read-only YAML the
// YAML view shows, Secret values masked (YamlText). The answer arrives on the GUI thread; a newer load()
// makes the older answer stale and it is dropped.
class ObjectYamlLoader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectYamlLoader)

public:
    ObjectYamlLoader(ClusterConnection connection, net::HttpClient* http, QObject* parent = nullptr);
    ~ObjectYamlLoader() override;

    // key.kind is a plural: any kind the console keeps informers for, plus secrets and configmaps.
    void load(const ResourceKey& key);

    // The REST path of `key`; nullopt for a kind the console does not know.
    static std::optional<ApiPath> pathOf(const ResourceKey& key);

Q_SIGNALS:
    void loaded(const lcl::ResourceKey& key, const QString& yaml);
    void failed(const lcl::ResourceKey& key, const lcl::Error& error);

private:
    std::unique_ptr<KubeApi> m_api;
    quint64 m_generation = 0;
};

} // namespace lcl::kube
