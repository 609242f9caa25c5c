#pragma once

#include "core/resourcekey.h"
#include "kube/metarecord.h"

#include <QString>
#include <QStringList>

namespace lcl::kube {

// The kubectl command lines that show what a console view shows, for "Copy as kubectl". Arguments are quoted
// for a POSIX shell only where they need it.
class KubectlCommand final {
public:
    explicit KubectlCommand(QString context = {}) : m_context(std::move(context)) {}

    // kubectl get pods -n NS -l k=v -o wide
    QString getPods(const QString& ns, const Labels& selector) const;
    // kubectl get deployment/a statefulset/b hpa/c -n NS (keys of one namespace)
    QString getObjects(const QList<ResourceKey>& keys) const;
    // kubectl get KIND NAME -n NS -o yaml
    QString getYaml(const ResourceKey& key) const;
    // kubectl logs -n NS POD|deployment/NAME [-c C] [--previous] [-f] [--all-containers] [--prefix]
    QString logs(const ResourceKey& target, const QString& container, bool previous, bool follow) const;
    // kubectl events -n NS --for KIND/NAME (or -A without a target)
    QString events(const ResourceKey& target = {}) const;

    static QString quote(const QString& argument);
    // "deployment", "statefulset", "hpa", "pod" for a store plural; the plural itself otherwise.
    static QString resourceName(const QString& plural);

private:
    QString join(QStringList args) const;

    QString m_context;
};

} // namespace lcl::kube
