#include "lab/labprofile.h"
#include "support/testenv.h"

#include <QFile>
#include <QTest>

using namespace lcl::lab;

namespace {

QByteArray sourceProfile()
{
    QFile f(lcl::test::sourceDir() + QStringLiteral("/resources/profiles/localcloudlab.yaml"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestLabProfile final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtinLoads();
    void builtinHasThePlatform();
    void builtinEdgesAndRoutes();
    void builtinBackups();
    void concreteObjects();
    void secretsAndSignalGroups();
    void renderedQueries();
    void brokenProfiles_data();
    void brokenProfiles();
    void reportsEveryError();
    void syntaxErrorPosition();
    void missingFile();
    void weightWarning();
};

void TestLabProfile::builtinLoads()
{
    ProfileErrors diagnostics;
    QFile f(LabProfile::builtinPath());
    QVERIFY2(f.open(QIODevice::ReadOnly), "the built-in profile is not embedded");
    const auto loaded = LabProfile::fromYaml(f.readAll(), QStringLiteral("localcloudlab.yaml"), &diagnostics);
    QStringList all;
    for (const auto& d : diagnostics)
        all.append(d.toString());
    QVERIFY2(loaded.ok(), qPrintable(all.join(QLatin1Char('\n'))));
    QVERIFY2(diagnostics.isEmpty(), qPrintable(all.join(QLatin1Char('\n'))));
    QCOMPARE(LabProfile::builtin().name(), QStringLiteral("localcloudlab"));

    // The embedded copy is the file in resources/.
    const QByteArray source = sourceProfile();
    if (!source.isEmpty()) {
        QFile again(LabProfile::builtinPath());
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), source);
    }
}

void TestLabProfile::builtinHasThePlatform()
{
    const LabProfile p = LabProfile::builtin();
    for (const char* ns : {"search", "checkin", "envoy-gateway", "caching", "messaging", "postgres", "monitoring",
                           "infra", "kube-system"})
        QVERIFY2(p.namespaceNames().contains(QLatin1String(ns)), ns);

    struct Expect {
        const char* id;
        ServiceKind kind;
        const char* ns;
        WorkloadKind workload;
        const char* workloadName;
    };
    const Expect expected[] = {
        {"public-gateway", ServiceKind::Gateway, "envoy-gateway", WorkloadKind::Deployment,
         "envoy-envoy-gateway-public-gateway"},
        {"search-api", ServiceKind::Api, "search", WorkloadKind::Deployment, "search-api"},
        {"checkin-api", ServiceKind::Api, "checkin", WorkloadKind::Deployment, "checkin-api"},
        {"postgresql", ServiceKind::Database, "postgres", WorkloadKind::StatefulSet, "postgresql"},
        {"redis", ServiceKind::Cache, "caching", WorkloadKind::StatefulSet, "redis-master"},
        {"rabbitmq", ServiceKind::Queue, "messaging", WorkloadKind::StatefulSet, "rabbitmq"},
        {"seq", ServiceKind::Observability, "infra", WorkloadKind::StatefulSet, "seq"},
        {"prometheus", ServiceKind::Observability, "monitoring", WorkloadKind::Deployment, "prometheus-server"},
        {"grafana", ServiceKind::Observability, "monitoring", WorkloadKind::Deployment, "grafana"},
        {"loki", ServiceKind::Observability, "monitoring", WorkloadKind::StatefulSet, "loki"},
        {"promtail", ServiceKind::Observability, "monitoring", WorkloadKind::DaemonSet, "promtail"},
        {"jaeger", ServiceKind::Observability, "monitoring", WorkloadKind::Deployment, "jaeger"},
        {"kube-state-metrics", ServiceKind::Observability, "monitoring", WorkloadKind::Deployment,
         "kube-state-metrics"},
        {"metrics-server", ServiceKind::Observability, "kube-system", WorkloadKind::Deployment, "metrics-server"},
    };
    for (const Expect& e : expected) {
        const ServiceSpec* s = p.service(QLatin1String(e.id));
        QVERIFY2(s, e.id);
        QCOMPARE(s->kind, e.kind);
        QCOMPARE(s->ns, QLatin1String(e.ns));
        QVERIFY2(s->workload.has_value(), e.id);
        QCOMPARE(s->workload->kind, e.workload);
        QCOMPARE(s->workload->name, QLatin1String(e.workloadName));
    }
    QVERIFY(p.service(QStringLiteral("client"))->external);

    const ServiceSpec* search = p.service(QStringLiteral("search-api"));
    QCOMPARE(search->workload->resources.requests.cpu, QStringLiteral("200m"));
    QCOMPARE(search->workload->resources.requests.cpuCores, 0.2);
    QCOMPARE(search->workload->resources.limits.memoryBytes, 512.0 * 1024 * 1024);
    QCOMPARE(search->variants.size(), 2);
    QCOMPARE(search->hpa->maxReplicas, 6);
    QCOMPARE(search->slo.latencyP95Ms.value(), 300.0);
    QCOMPARE(search->thresholds.errorRatio.value(), 0.05);
    QCOMPARE(search->thresholds.restarts.value(), 3); // from defaults.kinds.default
    QVERIFY(search->runbooks.contains(QStringLiteral("runbooks/api-errors-latency")));
    QCOMPARE(search->traffic->routes.size(), 2);
    QCOMPARE(search->traffic->routes.first().path, QStringLiteral("/search"));
    QCOMPARE(search->traffic->latencyP95Ms, 180.0);
    QCOMPARE(p.service(QStringLiteral("redis"))->workload->storage->sizeBytes, 5.0 * 1024 * 1024 * 1024);
    QCOMPARE(p.service(QStringLiteral("rabbitmq"))->workload->storage->size, QStringLiteral("8Gi"));
    QCOMPARE(p.serviceIdForKubeService(QStringLiteral("caching"), QStringLiteral("redis-master")),
             QStringLiteral("redis"));
    QCOMPARE(p.serviceIdForWorkload(QStringLiteral("search"), QStringLiteral("search-api-v2")),
             QStringLiteral("search-api"));
}

void TestLabProfile::builtinEdgesAndRoutes()
{
    const LabProfile p = LabProfile::builtin();
    const QStringList edges = [&] {
        QStringList ids;
        for (const EdgeSpec& e : p.edges())
            ids.append(e.id());
        return ids;
    }();
    for (const char* edge : {"client->public-gateway", "public-gateway->search-api", "public-gateway->checkin-api",
                             "search-api->postgresql", "checkin-api->postgresql", "search-api->redis",
                             "checkin-api->redis", "checkin-api->rabbitmq", "rabbitmq->search-api", "search-api->seq",
                             "search-api->loki", "search-api->jaeger", "checkin-api->jaeger",
                             "prometheus->search-api", "prometheus->kube-state-metrics"})
        QVERIFY2(edges.contains(QLatin1String(edge)), edge);

    QCOMPARE(p.gateways().size(), 1);
    const GatewaySpec& gw = p.gateways().first();
    QCOMPARE(gw.name, QStringLiteral("public-gateway"));
    QCOMPARE(gw.ns, QStringLiteral("envoy-gateway"));
    QCOMPARE(gw.listeners.size(), 2);
    QCOMPARE(gw.listeners.at(0).port, 80);
    QCOMPARE(gw.listeners.at(1).port, 443);

    const RouteSpec* search = p.route(QStringLiteral("search"), QStringLiteral("search-api-route"));
    QVERIFY(search);
    QCOMPARE(search->gateway, QStringLiteral("public-gateway"));
    const RouteRule& rule = search->rules.first();
    QCOMPARE(rule.matches.first().path, QStringLiteral("/search"));
    QCOMPARE(rule.backends.size(), 2);
    QCOMPARE(rule.backends.at(0).name, QStringLiteral("search-api-v1"));
    QCOMPARE(rule.backends.at(0).weight, 90);
    QCOMPARE(rule.backends.at(0).serviceId, QStringLiteral("search-api"));
    QCOMPARE(rule.backends.at(0).variant, QStringLiteral("v1"));
    QCOMPARE(rule.backends.at(1).weight, 10);
    QCOMPARE(rule.backends.at(1).variant, QStringLiteral("v2"));
    QCOMPARE(search->envoyClusterName(0), QStringLiteral("httproute/search/search-api-route/rule/0"));
    const RouteSpec* checkin = p.route(QStringLiteral("checkin"), QStringLiteral("checkin-api-route"));
    QVERIFY(checkin);
    QCOMPARE(checkin->rules.first().backends.first().serviceId, QStringLiteral("checkin-api"));
}

void TestLabProfile::builtinBackups()
{
    const LabProfile p = LabProfile::builtin();
    const BackupSpec* pg = p.backup(QStringLiteral("postgres"), QStringLiteral("postgres-backup"));
    QVERIFY(pg);
    QCOMPARE(pg->schedule, QStringLiteral("0 2 * * *"));
    QCOMPARE(pg->keep, 7);
    QCOMPARE(pg->serviceId, QStringLiteral("postgresql"));
    QVERIFY(pg->command.join(QLatin1Char(' ')).contains(QStringLiteral("pg_dump -Fc")));
    QVERIFY(pg->restore.contains(QStringLiteral("pg_restore")));
    QVERIFY(p.backup(QStringLiteral("caching"), QStringLiteral("redis-backup")));
    QVERIFY(p.backup(QStringLiteral("messaging"), QStringLiteral("rabbitmq-definitions")));
    QCOMPARE(p.backups().size(), 3);
}

void TestLabProfile::concreteObjects()
{
    const LabProfile p = LabProfile::builtin();
    const QList<WorkloadSpec> search = p.workloadsOf(QStringLiteral("search-api"));
    QCOMPARE(search.size(), 2);
    QCOMPARE(search.at(0).name, QStringLiteral("search-api-v1"));
    QCOMPARE(search.at(0).labels.value(QStringLiteral("app")), QStringLiteral("search-api"));
    QCOMPARE(search.at(0).labels.value(QStringLiteral("version")), QStringLiteral("v1"));
    QCOMPARE(search.at(1).image, QStringLiteral("ghcr.io/localcloudlab/search-api:9d4e8a0"));
    QCOMPARE(search.at(1).replicas, 1);
    QCOMPARE(search.at(1).resources.limits.cpu, QStringLiteral("600m"));

    QStringList hpas;
    for (const HpaObject& h : p.hpas())
        hpas.append(h.ns + QLatin1Char('/') + h.name);
    QCOMPARE(hpas, (QStringList{QStringLiteral("search/search-api-v1"), QStringLiteral("search/search-api-v2"),
                               QStringLiteral("checkin/checkin-api")}));

    bool found = false;
    for (const KubeServiceSpec& k : p.kubeServices()) {
        if (k.name == QLatin1String("search-api-v2")) {
            found = true;
            QCOMPARE(k.selector.value(QStringLiteral("version")), QStringLiteral("v2"));
            QCOMPARE(k.ports.first().port, 80);
            QCOMPARE(k.ports.first().targetPort, 8080);
        }
        if (k.name == QLatin1String("checkin-api"))
            QCOMPARE(k.selector.value(QStringLiteral("app")), QStringLiteral("checkin-api")); // defaulted
    }
    QVERIFY(found);
    // Every workload's namespace is listed.
    for (const WorkloadSpec& w : p.workloads())
        QVERIFY2(p.namespaceNames().contains(w.ns), qPrintable(w.ns));
}

void TestLabProfile::secretsAndSignalGroups()
{
    const LabProfile p = LabProfile::builtin();
    QCOMPARE(p.secrets().size(), 1);
    QCOMPARE(p.secrets().first().name, QStringLiteral("search-api-secret"));
    QCOMPARE(p.secrets().first().ns, QStringLiteral("search"));
    QCOMPARE(p.secrets().first().keys, (QStringList{QStringLiteral("postgres-password"), QStringLiteral("jwt-key")}));

    // Both APIs share the default template: one batched query covers them.
    const QList<QStringList> rate = p.serviceGroupsForSignal(QStringLiteral("requestRate"));
    QStringList apis;
    for (const QStringList& g : rate) {
        if (g.contains(QStringLiteral("search-api")))
            apis = g;
    }
    QCOMPARE(apis, (QStringList{QStringLiteral("search-api"), QStringLiteral("checkin-api")}));
    // "up" differs by kind (pg_up, redis_up, up, envoy_server_live): one group per distinct template.
    const QList<QStringList> up = p.serviceGroupsForSignal(QStringLiteral("up"));
    QVERIFY(up.size() >= 4);
    QVERIFY(up.size() < p.services().size());
    for (const QStringList& g : up)
        QVERIFY(p.servicesQuery(g, QStringLiteral("up")).ok());
    QVERIFY(p.serviceGroupsForSignal(QStringLiteral("nothing")).isEmpty());
}

void TestLabProfile::renderedQueries()
{
    const LabProfile p = LabProfile::builtin();
    const auto rate = p.serviceQuery(QStringLiteral("search-api"), QStringLiteral("requestRate"));
    QVERIFY(rate.ok());
    QCOMPARE(rate.value(), QStringLiteral("sum by (namespace, service) (rate(http_server_request_duration_seconds_count"
                                          "{namespace=~\"search\",\n service=~\"search-api\"}[5m]))")
                               .replace(QStringLiteral(",\n "), QStringLiteral(", ")));
    const auto p99 = p.serviceQuery(QStringLiteral("checkin-api"), QStringLiteral("latency"),
                                    {QStringLiteral("1m"), QStringLiteral("0.99"), -1});
    QVERIFY(p99.ok());
    QVERIFY(p99->startsWith(QStringLiteral("histogram_quantile(0.99, ")));
    QVERIFY(p99->contains(QStringLiteral("[1m]")));
    QVERIFY(!p99->contains(QStringLiteral("{{")));

    const auto both = p.servicesQuery({QStringLiteral("search-api"), QStringLiteral("checkin-api")},
                                      QStringLiteral("errorRatio"));
    QVERIFY(both.ok());
    QVERIFY(both->contains(QStringLiteral("service=~\"search-api|checkin-api\"")));
    QVERIFY(both->contains(QStringLiteral("namespace=~\"search|checkin\"")));

    const auto cpu = p.serviceQuery(QStringLiteral("redis"), QStringLiteral("cpu"));
    QVERIFY(cpu.ok());
    QVERIFY2(cpu->contains(QStringLiteral("pod=~\"redis-master-[0-9]+\"")), qPrintable(cpu.value()));
    QVERIFY(p.serviceQuery(QStringLiteral("postgresql"), QStringLiteral("up"))->contains(QStringLiteral("pg_up{")));
    QVERIFY(p.serviceQuery(QStringLiteral("rabbitmq"), QStringLiteral("queueDepth"))
                ->contains(QStringLiteral("rabbitmq_queue_messages_ready")));

    const auto missing = p.serviceQuery(QStringLiteral("postgresql"), QStringLiteral("requestRate"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, lcl::Error::Kind::NotFound);
    QVERIFY(!p.serviceQuery(QStringLiteral("nope"), QStringLiteral("up")).ok());
    QVERIFY(!p.servicesQuery({QStringLiteral("search-api"), QStringLiteral("redis")}, QStringLiteral("up")).ok());

    const EdgeSpec edge = p.edgesFrom(QStringLiteral("search-api")).first();
    const auto edgeRate = p.edgeQuery(edge, QStringLiteral("requestRate"));
    QVERIFY(edgeRate.ok());
    QVERIFY(edgeRate->contains(QStringLiteral("client=~\"search-api\", server=~\"postgresql\"")));

    const auto route = p.routeQuery(*p.route(QStringLiteral("search"), QStringLiteral("search-api-route")),
                                    QStringLiteral("errorRatio"), {{}, {}, 0});
    QVERIFY(route.ok());
    QVERIFY(route->contains(QStringLiteral("httproute/search/search-api-route/rule/0")));
}

// Each row is a small profile with one mistake; the expected finding names line, column and the message.
void TestLabProfile::brokenProfiles_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const QByteArray head = "apiVersion: lclab.io/v1\n"
                            "kind: LabProfile\n"
                            "metadata: {name: t}\n"
                            "namespaces: [{name: a}, {name: b}]\n";
    const QByteArray api = "  - id: api\n"
                           "    kind: api\n"
                           "    namespace: a\n"
                           "    workload: {kind: Deployment, name: api, image: x:1}\n"
                           "    kubeServices: [{name: api, ports: [{port: 80}]}]\n";
    const QByteArray services = "services:\n" + api;

    QTest::newRow("unsupported apiVersion")
        << QByteArray("apiVersion: lclab.io/v2\nkind: LabProfile\nmetadata: {name: t}\nservices: []\n") << 1 << 13
        << QStringLiteral("unsupported apiVersion \"lclab.io/v2\"; expected \"lclab.io/v1\"");
    QTest::newRow("wrong kind")
        << QByteArray("apiVersion: lclab.io/v1\nkind: Profile\nmetadata: {name: t}\nservices: []\n") << 2 << 7
        << QStringLiteral("kind must be \"LabProfile\", not \"Profile\"");
    QTest::newRow("unknown top-level key")
        << QByteArray(head + services + "extras: 1\n") << 11 << 1
        << QStringLiteral("unknown key \"extras\" in the profile; expected one of: apiVersion, kind, metadata, "
                          "namespaces, defaults, services, gateways, routes, edges, alerts, backups, secrets");
    QTest::newRow("missing services")
        << QByteArray("apiVersion: lclab.io/v1\nkind: LabProfile\nmetadata: {name: t}\n") << 1 << 1
        << QStringLiteral("the profile is missing the required key \"services\"");
    QTest::newRow("services not a list") << QByteArray(head + "services: {a: 1}\n") << 5 << 11
                                         << QStringLiteral("\"services\" must be a list, not a mapping");
    QTest::newRow("unknown service key")
        << QByteArray(head + services + "    replica: 2\n") << 11 << 5
        << QStringLiteral("unknown key \"replica\" in service \"api\"; expected one of: id, displayName, kind, "
                          "namespace, external, description, workload, variants, kubeServices, hpa, traffic, "
                          "telemetry, signals, slo, thresholds, runbooks");
    QTest::newRow("missing service kind")
        << QByteArray(head + "services:\n  - id: x\n    namespace: a\n") << 6 << 5
        << QStringLiteral("service \"x\" is missing the required key \"kind\"");
    QTest::newRow("bad service kind")
        << QByteArray(head + "services:\n  - {id: x, kind: web, namespace: a}\n") << 6 << 19
        << QStringLiteral("\"kind\" must be one of gateway, api, database, cache, queue, observability, other, "
                          "not \"web\"");
    QTest::newRow("bad id")
        << QByteArray(head + "services:\n  - {id: Search_Api, kind: api, namespace: a}\n") << 6 << 10
        << QStringLiteral("\"id\" must be a DNS label (lower-case letters, digits and '-', at most 63), not "
                          "\"Search_Api\"");
    QTest::newRow("duplicate service id")
        << QByteArray(head + services + "  - {id: api, kind: cache, namespace: a}\n") << 11 << 10
        << QStringLiteral("duplicate service id \"api\" (first defined at line 6)");
    QTest::newRow("unlisted namespace")
        << QByteArray(head + "services:\n  - {id: x, kind: other, namespace: zz}\n") << 6 << 37
        << QStringLiteral("namespace \"zz\" is not listed under namespaces");
    QTest::newRow("replicas not a number")
        << QByteArray(head + "services:\n  - id: x\n    kind: api\n    namespace: a\n"
                             "    workload: {kind: Deployment, name: x, image: i, replicas: two}\n")
        << 9 << 63 << QStringLiteral("\"replicas\" must be an integer from 0 to 1000, not \"two\"");
    QTest::newRow("bad cpu quantity")
        << QByteArray(head + "services:\n  - id: x\n    kind: api\n    namespace: a\n"
                             "    workload:\n      kind: Deployment\n      name: x\n      image: i\n"
                             "      resources:\n        requests: {cpu: 200 m}\n")
        << 14 << 25 << QStringLiteral("\"cpu\" must be a CPU quantity like 200m or 0.5, not \"200 m\"");
    QTest::newRow("bad memory quantity")
        << QByteArray(head + "services:\n  - id: x\n    kind: api\n    namespace: a\n"
                             "    workload:\n      kind: Deployment\n      name: x\n      image: i\n"
                             "      resources:\n        limits: {memory: 512MB}\n")
        << 14 << 26 << QStringLiteral("\"memory\" must be a quantity like 256Mi or 1Gi, not \"512MB\"");
    QTest::newRow("bad latency")
        << QByteArray(head + services + "    traffic: {requestRate: 5, latencyP50: fast}\n") << 11 << 43
        << QStringLiteral("\"latencyP50\" must be a duration like 250ms, 1.5s or 2m, not \"fast\"");
    QTest::newRow("bad window")
        << QByteArray(head + "defaults: {window: 5 minutes}\n" + services) << 5 << 20
        << QStringLiteral("\"window\" must be a Prometheus duration like 30s, 5m or 1h30m, not \"5 minutes\"");
    QTest::newRow("error ratio out of range")
        << QByteArray(head + services + "    slo: {errorRatio: 5}\n") << 11 << 23
        << QStringLiteral("\"errorRatio\" must be a number from 0 to 1, not \"5\"");
    QTest::newRow("unknown placeholder")
        << QByteArray(head + services + "    signals:\n      up: 'up{service=~\"{{servce}}\"}'\n") << 12 << 25
        << QStringLiteral("in signal \"up\": unknown placeholder {{servce}}; expected one of: service, namespace, "
                          "job, workload, pods, container, window, quantile");
    QTest::newRow("unclosed placeholder")
        << QByteArray(head + services + "    signals:\n      up: 'up{service=~\"{{service\"}'\n") << 12 << 25
        << QStringLiteral("in signal \"up\": \"{{\" is not closed by \"}}\"");
    QTest::newRow("edge placeholder in a service")
        << QByteArray(head + services + "    signals:\n      rate: >-\n        sum(rate(x{a=\"{{from}}\"}[1m]))\n")
        << 13 << 23
        << QStringLiteral("in signal \"rate\": unknown placeholder {{from}}; expected one of: service, namespace, "
                          "job, workload, pods, container, window, quantile");
    QTest::newRow("edge to unknown service")
        << QByteArray(head + services + "edges:\n  - {from: api, to: redis, kind: cache}\n") << 12 << 21
        << QStringLiteral("edge \"to\" names unknown service \"redis\"");
    QTest::newRow("bad edge kind")
        << QByteArray(head + services + "edges:\n  - {from: api, to: api, kind: rpc}\n") << 12 << 32
        << QStringLiteral("\"kind\" must be one of http, grpc, database, cache, messaging, logs, traces, metrics, "
                          "not \"rpc\"");
    QTest::newRow("duplicate edge")
        << QByteArray(head + services + "edges:\n  - {from: api, to: api, kind: http}\n"
                                        "  - {from: api, to: api, kind: http}\n")
        << 13 << 5 << QStringLiteral("duplicate edge \"api -> api (http)\" (first defined at line 12)");
    QTest::newRow("route backend unknown")
        << QByteArray(head + services + "routes:\n  - name: r\n    namespace: a\n    rules:\n"
                                        "      - backends: [{name: web, port: 80, weight: 100}]\n")
        << 15 << 27
        << QStringLiteral("backend \"web\" names no Kubernetes Service of a profile service in namespace \"a\"");
    QTest::newRow("route gateway unknown")
        << QByteArray(head + services + "routes:\n  - name: r\n    namespace: a\n    gateway: gw\n    rules:\n"
                                        "      - backends: [{name: api, port: 80, weight: 100}]\n")
        << 14 << 14 << QStringLiteral("\"gateway\" names unknown gateway \"gw\"");
    QTest::newRow("bad cron")
        << QByteArray(head + services + "backups:\n  - name: bk\n    namespace: a\n    schedule: \"0 25 * * *\"\n"
                                        "    image: i\n    command: [x]\n")
        << 14 << 15
        << QStringLiteral("\"schedule\" must be a cron schedule (minute hour day-of-month month day-of-week) or "
                          "@hourly, @daily, @weekly, @monthly, @yearly: the hour field value 25 is outside 0-23");
    QTest::newRow("cron field count")
        << QByteArray(head + services + "backups:\n  - name: bk\n    namespace: a\n    schedule: daily at 2\n"
                                        "    image: i\n    command: [x]\n")
        << 14 << 15
        << QStringLiteral("\"schedule\" must be a cron schedule (minute hour day-of-month month day-of-week) or "
                          "@hourly, @daily, @weekly, @monthly, @yearly: it has 3 field(s), not 5");
    QTest::newRow("backup missing command")
        << QByteArray(head + services + "backups:\n  - {name: bk, namespace: a, schedule: '@daily', image: i}\n")
        << 12 << 5 << QStringLiteral("a backup is missing the required key \"command\"");
    QTest::newRow("bad runbook id")
        << QByteArray(head + services + "    runbooks: [api-errors]\n") << 11 << 16
        << QStringLiteral("runbook \"api-errors\" must be a built-in runbook id like runbooks/api-errors-latency");
    QTest::newRow("hpa max below min")
        << QByteArray(head + services + "    hpa: {minReplicas: 4, maxReplicas: 2}\n") << 11 << 40
        << QStringLiteral("\"maxReplicas\" (2) must not be below \"minReplicas\" (4)");
    QTest::newRow("variants on a StatefulSet")
        << QByteArray(head + "services:\n  - id: x\n    kind: database\n    namespace: a\n"
                             "    workload: {kind: StatefulSet, name: x, image: i}\n"
                             "    variants: [{name: v1, workload: x-v1}]\n")
        << 10 << 15 << QStringLiteral("\"variants\" need a Deployment workload in service \"x\"");
    QTest::newRow("duplicate key")
        << QByteArray(head + "services:\n  - id: x\n    kind: api\n    kind: cache\n    namespace: a\n") << 8 << 5
        << QStringLiteral("duplicate key \"kind\" in service \"x\" (first at line 7)");
    QTest::newRow("workload is a list")
        << QByteArray(head + "services:\n  - id: x\n    kind: api\n    namespace: a\n    workload: [a]\n") << 9
        << 15 << QStringLiteral("the workload of service \"x\" must be a mapping (key: value), not a list");
    QTest::newRow("alert names unknown service")
        << QByteArray(head + services + "alerts:\n  - {name: A, severity: warning, services: [ghost]}\n") << 12
        << 45 << QStringLiteral("alert \"A\" names unknown service \"ghost\"");
    QTest::newRow("duplicate Kubernetes Service")
        << QByteArray(head + services + "  - id: api2\n    kind: api\n    namespace: a\n"
                                        "    kubeServices: [{name: api, ports: [{port: 80}]}]\n")
        << 11 << 5 << QStringLiteral("duplicate Kubernetes Service \"a/api\" (first defined at line 6)");
    QTest::newRow("duplicate workload")
        << QByteArray(head + services + "  - id: api2\n    kind: api\n    namespace: a\n"
                                        "    workload: {kind: Deployment, name: api, image: y:1}\n")
        << 11 << 5 << QStringLiteral("duplicate workload \"a/api\" (first defined at line 6)");
    QTest::newRow("external with a workload")
        << QByteArray(head + "services:\n  - id: x\n    kind: other\n    external: true\n"
                             "    workload: {kind: Deployment, name: x, image: i}\n")
        << 9 << 15 << QStringLiteral("external service \"x\" cannot have a workload");
    QTest::newRow("requests above limits")
        << QByteArray(head + "services:\n  - id: x\n    kind: api\n    namespace: a\n"
                             "    workload:\n      kind: Deployment\n      name: x\n      image: i\n"
                             "      resources:\n        requests: {cpu: \"2\"}\n        limits: {cpu: 500m}\n")
        << 14 << 19 << QStringLiteral("the requests of service \"x\" exceed its limits");
    QTest::newRow("storage on a Deployment")
        << QByteArray(head + "services:\n  - id: x\n    kind: api\n    namespace: a\n"
                             "    workload:\n      kind: Deployment\n      name: x\n      image: i\n"
                             "      storage: {size: 1Gi}\n")
        << 13 << 16 << QStringLiteral("\"storage\" (a volume claim template) needs kind StatefulSet");
    QTest::newRow("HTTPS listener without secret")
        << QByteArray(head + services + "gateways:\n  - name: gw\n    namespace: a\n"
                                        "    listeners: [{name: https, port: 443, protocol: HTTPS}]\n")
        << 14 << 17 << QStringLiteral("an HTTPS listener needs \"tlsSecret\"");
    QTest::newRow("traffic path without slash")
        << QByteArray(head + services + "    traffic: {requestRate: 5, routes: [{path: search}]}\n") << 11 << 47
        << QStringLiteral("\"path\" must start with /, not \"search\"");
    QTest::newRow("not a mapping at the top")
        << QByteArray("- just\n- a list\n") << 1 << 1
        << QStringLiteral("the profile must be a mapping (key: value), not a list");
    QTest::newRow("secret without keys")
        << QByteArray(head + services + "secrets:\n  - {name: s, namespace: a, keys: []}\n") << 12 << 35
        << QStringLiteral("\"keys\" must name at least one key");
    QTest::newRow("bad severity")
        << QByteArray(head + services + "alerts:\n  - {name: A, severity: page}\n") << 12 << 25
        << QStringLiteral("\"severity\" must be one of info, warning, critical, not \"page\"");
}

void TestLabProfile::brokenProfiles()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    ProfileErrors diagnostics;
    const auto loaded = LabProfile::fromYaml(yaml, QStringLiteral("broken.yaml"), &diagnostics);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, lcl::Error::Kind::Config);
    QVERIFY(loaded.error().message.contains(QStringLiteral("broken.yaml")));
    QStringList all;
    for (const ProfileError& e : diagnostics)
        all.append(e.toString());
    const QString joined = all.join(QLatin1Char('\n'));
    QVERIFY2(!diagnostics.isEmpty(), "no diagnostics");
    const ProfileError expected{ProfileError::Severity::Error, QStringLiteral("broken.yaml"), line, column, message};
    QVERIFY2(diagnostics.contains(expected),
             qPrintable(QStringLiteral("expected %1\n got:\n%2").arg(expected.toString(), joined)));
    QVERIFY(loaded.error().detail.contains(expected.toString()));
}

void TestLabProfile::reportsEveryError()
{
    const QByteArray yaml = "apiVersion: lclab.io/v9\n"
                            "kind: LabProfile\n"
                            "metadata: {name: t}\n"
                            "services:\n"
                            "  - {id: a, kind: blob, namespace: x}\n"
                            "  - {id: b, kind: api, namespace: x, hpa: {minReplicas: zero, maxReplicas: 1}}\n"
                            "edges:\n"
                            "  - {from: a, to: nowhere, kind: http}\n";
    ProfileErrors diagnostics;
    QVERIFY(!LabProfile::fromYaml(yaml, QStringLiteral("many.yaml"), &diagnostics).ok());
    QStringList lines;
    for (const ProfileError& e : diagnostics)
        lines.append(QString::number(e.line));
    QVERIFY2(diagnostics.size() >= 4, qPrintable(lines.join(QLatin1Char(','))));
    for (const char* l : {"1", "5", "6", "8"})
        QVERIFY2(lines.contains(QLatin1String(l)), l);
}

void TestLabProfile::syntaxErrorPosition()
{
    const QByteArray yaml = "apiVersion: lclab.io/v1\nkind: LabProfile\nservices:\n  - id: a\n    kind: [api\n";
    ProfileErrors diagnostics;
    const auto loaded = LabProfile::fromYaml(yaml, QStringLiteral("syntax.yaml"), &diagnostics);
    QVERIFY(!loaded.ok());
    QCOMPARE(diagnostics.size(), 1);
    QVERIFY2(diagnostics.first().message.startsWith(QStringLiteral("YAML syntax error: ")),
             qPrintable(diagnostics.first().message));
    QVERIFY2(diagnostics.first().line >= 5, qPrintable(diagnostics.first().toString()));
    QVERIFY(diagnostics.first().column >= 1);
    QVERIFY(loaded.error().message.contains(QStringLiteral("line %1").arg(diagnostics.first().line)));
}

void TestLabProfile::missingFile()
{
    ProfileErrors diagnostics;
    const auto loaded = LabProfile::load(QStringLiteral("/nonexistent/profile.yaml"), &diagnostics);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, lcl::Error::Kind::Config);
    QVERIFY(loaded.error().message.contains(QStringLiteral("/nonexistent/profile.yaml")));
    QCOMPARE(diagnostics.size(), 1);
}

void TestLabProfile::weightWarning()
{
    const QByteArray yaml = "apiVersion: lclab.io/v1\nkind: LabProfile\nmetadata: {name: t}\n"
                            "services:\n"
                            "  - id: api\n"
                            "    kind: api\n"
                            "    namespace: a\n"
                            "    kubeServices: [{name: api, ports: [{port: 80}]}]\n"
                            "routes:\n"
                            "  - name: r\n"
                            "    namespace: a\n"
                            "    rules:\n"
                            "      - backends: [{name: api, port: 80, weight: 60}]\n";
    ProfileErrors diagnostics;
    const auto loaded = LabProfile::fromYaml(yaml, QStringLiteral("w.yaml"), &diagnostics);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().detail));
    QCOMPARE(diagnostics.size(), 1);
    const ProfileError expected{ProfileError::Severity::Warning, QStringLiteral("w.yaml"), 13, 19,
                                QStringLiteral("the backend weights of rule 0 in route \"r\" sum to 60, not 100")};
    QCOMPARE(diagnostics.first().toString(), expected.toString());
    QCOMPARE(loaded->warnings().size(), 1);
}

QTEST_GUILESS_MAIN(TestLabProfile)
#include "tst_labprofile.moc"
