#include "kube/kubectlcommand.h"

#include <QRegularExpression>

namespace lcl::kube {

QString KubectlCommand::quote(const QString& argument)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=,@%+-]+$"));
    if (plain.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString KubectlCommand::resourceName(const QString& plural)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("pods"), QStringLiteral("pod")},
        {QStringLiteral("deployments"), QStringLiteral("deployment")},
        {QStringLiteral("statefulsets"), QStringLiteral("statefulset")},
        {QStringLiteral("daemonsets"), QStringLiteral("daemonset")},
        {QStringLiteral("replicasets"), QStringLiteral("replicaset")},
        {QStringLiteral("services"), QStringLiteral("service")},
        {QStringLiteral("horizontalpodautoscalers"), QStringLiteral("hpa")},
        {QStringLiteral("jobs"), QStringLiteral("job")},
        {QStringLiteral("cronjobs"), QStringLiteral("cronjob")},
        {QStringLiteral("httproutes"), QStringLiteral("httproute")},
        {QStringLiteral("gateways"), QStringLiteral("gateway")},
        {QStringLiteral("secrets"), QStringLiteral("secret")},
        {QStringLiteral("configmaps"), QStringLiteral("configmap")},
        {QStringLiteral("nodes"), QStringLiteral("node")},
        {QStringLiteral("namespaces"), QStringLiteral("namespace")},
        {QStringLiteral("events"), QStringLiteral("event")},
        {QStringLiteral("persistentvolumeclaims"), QStringLiteral("pvc")},
    };
    return names.value(plural, plural);
}

QString KubectlCommand::join(QStringList args) const
{
    if (!m_context.isEmpty())
        args.insert(0, QStringLiteral("--context=") + m_context);
    args.prepend(QStringLiteral("kubectl"));
    for (QString& arg : args)
        arg = quote(arg);
    return args.join(QLatin1Char(' '));
}

QString KubectlCommand::getPods(const QString& ns, const Labels& selector) const
{
    QStringList args{QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), ns};
    if (!selector.isEmpty())
        args << QStringLiteral("-l") << formatLabels(selector);
    args << QStringLiteral("-o") << QStringLiteral("wide");
    return join(args);
}

QString KubectlCommand::getObjects(const QList<ResourceKey>& keys) const
{
    QStringList args{QStringLiteral("get")};
    for (const ResourceKey& key : keys)
        args << resourceName(key.kind) + QLatin1Char('/') + key.name;
    if (!keys.isEmpty() && !keys.first().ns.isEmpty())
        args << QStringLiteral("-n") << keys.first().ns;
    return join(args);
}

QString KubectlCommand::getYaml(const ResourceKey& key) const
{
    QStringList args{QStringLiteral("get"), resourceName(key.kind), key.name};
    if (!key.ns.isEmpty())
        args << QStringLiteral("-n") << key.ns;
    args << QStringLiteral("-o") << QStringLiteral("yaml");
    return join(args);
}

QString KubectlCommand::logs(const ResourceKey& target, const QString& container, bool previous, bool follow) const
{
    QStringList args{QStringLiteral("logs"), QStringLiteral("-n"), target.ns};
    const bool pod = target.kind == QLatin1String("pods");
    args << (pod ? target.name : resourceName(target.kind) + QLatin1Char('/') + target.name);
    if (!pod)
        args << QStringLiteral("--prefix");
    if (container.isEmpty())
        args << QStringLiteral("--all-containers");
    else
        args << QStringLiteral("-c") << container;
    if (previous)
        args << QStringLiteral("--previous");
    if (follow)
        args << QStringLiteral("-f");
    args << QStringLiteral("--timestamps");
    return join(args);
}

QString KubectlCommand::events(const ResourceKey& target) const
{
    if (target.name.isEmpty())
        return join({QStringLiteral("events"), QStringLiteral("-A")});
    QStringList args{QStringLiteral("events")};
    if (!target.ns.isEmpty())
        args << QStringLiteral("-n") << target.ns;
    args << QStringLiteral("--for") << resourceName(target.kind) + QLatin1Char('/') + target.name;
    return join(args);
}

} // namespace lcl::kube
