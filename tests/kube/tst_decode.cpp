// Decoders fed with objects captured from real clusters (../shared/fixtures/real, see SOURCES.md).
#include "kube/decoder.h"
#include "support/testenv.h"

#include <QFile>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace lcl::kube;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

template <typename T>
T decodeAs(ResourceKind kind, const QByteArray& json)
{
    Decoder decoder(kind);
    auto result = decoder.decodeObject(json);
    if (!result.ok())
        qFatal("decode failed: %s", qPrintable(result.error().detail));
    return std::get<T>(std::move(result).value());
}

// A user-written YAML manifest as JSON (the Gateway API fixtures are YAML).
void emitJson(const YAML::Node& node, QByteArray& out)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        out += '{';
        bool first = true;
        for (const auto& pair : node) {
            if (!first)
                out += ',';
            first = false;
            out += '"' + QByteArray::fromStdString(pair.first.as<std::string>()) + "\":";
            emitJson(pair.second, out);
        }
        out += '}';
        break;
    }
    case YAML::NodeType::Sequence: {
        out += '[';
        for (std::size_t i = 0; i < node.size(); ++i) {
            if (i)
                out += ',';
            emitJson(node[i], out);
        }
        out += ']';
        break;
    }
    case YAML::NodeType::Scalar: {
        const std::string text = node.as<std::string>();
        bool isNumber = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
        out += isNumber ? QByteArray::fromStdString(text) : '"' + QByteArray::fromStdString(text) + '"';
        break;
    }
    default:
        out += "null";
    }
}

} // namespace

class TestDecode final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void realPods_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("ready");
        QTest::addColumn<qint64>("cpuRequest");
        QTest::addColumn<qint64>("memoryRequest");
        QTest::addColumn<QString>("qos");
        QTest::newRow("native sidecar counts toward ready")
            << "k9s-po_sidecar.json" << "sleep" << "kind-control-plane" << "Running" << "2/2" << qint64(30)
            << qint64(10) * 1024 * 1024 << "Burstable";
        // Hand-edited upstream: the init container is still "running" while Initialized is True.
        QTest::newRow("init container still running")
            << "k9s-po_init.json" << "nginx" << "minikube" << "Init:0/1" << "1/1" << qint64(100)
            << qint64(70) * 1024 * 1024 << "BestEffort";
        QTest::newRow("owned by a replica set")
            << "k9s-p1.json" << "nginx-7fb78fb6d8-2w75j" << "gke-k9s-default-pool-0fa2fb89-lbtf" << "Running"
            << "1/1" << qint64(200) << qint64(20) * 1024 * 1024 << "Guaranteed";
        QTest::newRow("two containers with limits")
            << "k9s-po_limited.json" << "nginx" << "minikube" << "Running" << "2/2" << qint64(150)
            << qint64(100) * 1024 * 1024 << "Burstable";
    }
    void realPods()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(QString, node);
        QFETCH(QString, status);
        QFETCH(QString, ready);
        QFETCH(qint64, cpuRequest);
        QFETCH(qint64, memoryRequest);
        QFETCH(QString, qos);
        const QString path = lcl::test::realFixture(file);
        if (path.isEmpty())
            QSKIP("../shared/fixtures/real is not present; this test reads pods captured from real servers");
        const auto pod = decodeAs<PodRecord>(ResourceKind::Pods, readFile(path));
        QCOMPARE(pod.meta.name, name);
        QCOMPARE(pod.meta.ns, QStringLiteral("default"));
        QVERIFY(!pod.meta.uid.isEmpty());
        QVERIFY(pod.meta.created > 1500000000);
        QCOMPARE(pod.node, node);
        QCOMPARE(pod.phase, QStringLiteral("Running"));
        QCOMPARE(pod.statusText(), status);
        QCOMPARE(QStringLiteral("%1/%2").arg(pod.readyCount()).arg(pod.totalCount()), ready);
        QCOMPARE(pod.cpuRequestMilli(), cpuRequest);
        QCOMPARE(pod.memoryRequestBytes(), memoryRequest);
        QCOMPARE(pod.qosClass, qos);
        QCOMPARE(pod.restarts(), 0);
        QVERIFY(pod.problem().isEmpty());
        QVERIFY(pod.isReady());
    }

    void sidecarDetails()
    {
        LCL_REQUIRE_SHARED_FIXTURE(path, "k9s-po_sidecar.json");
        const auto pod = decodeAs<PodRecord>(ResourceKind::Pods, readFile(path));
        QCOMPARE(pod.initContainers.size(), 2);
        QCOMPARE(pod.initContainers[0].name, QStringLiteral("init"));
        QVERIFY(!pod.initContainers[0].sidecar);
        QCOMPARE(pod.initContainers[0].state, ContainerRecord::State::Terminated);
        QCOMPARE(pod.initContainers[0].reason, QStringLiteral("Completed"));
        QVERIFY(pod.initContainers[1].sidecar);
        QVERIFY(pod.initContainers[1].started);
        QCOMPARE(pod.initContainers[1].cpuLimitMilli, qint64(20));
        QCOMPARE(pod.containers[0].cpuLimitMilli, qint64(230));
        QCOMPARE(pod.containers[0].memoryLimitBytes, qint64(40) * 1024 * 1024);
        QCOMPARE(pod.podIP, QStringLiteral("10.244.0.8"));
        QCOMPARE(pod.meta.created, qint64(1724464472)); // 2024-08-24T01:54:32Z
    }

    void realReplicaSetOwner()
    {
        LCL_REQUIRE_SHARED_FIXTURE(path, "k9s-p1.json");
        const auto pod = decodeAs<PodRecord>(ResourceKind::Pods, readFile(path));
        QVERIFY(pod.meta.controller());
        QCOMPARE(pod.meta.controller()->kind, QStringLiteral("ReplicaSet"));
        QCOMPARE(pod.meta.controller()->name, QStringLiteral("nginx-7fb78fb6d8"));
        QCOMPARE(pod.containers[0].image, QStringLiteral("k8s.gcr.io/nginx-slim:0.8"));
    }

    void realDeployment()
    {
        LCL_REQUIRE_SHARED_FIXTURE(path, "k9s-dp.json");
        const auto w = decodeAs<WorkloadRecord>(ResourceKind::Deployments, readFile(path));
        QCOMPARE(w.kind, ResourceKind::Deployments);
        QCOMPARE(w.meta.ns, QStringLiteral("icx"));
        QCOMPARE(w.meta.name, QStringLiteral("icx-db"));
        QCOMPARE(w.desired, 1);
        QCOMPARE(w.ready, 1);
        QCOMPARE(w.updated, 1);
        QCOMPARE(w.available, 1);
        QCOMPARE(w.meta.generation, qint64(1));
        QCOMPARE(w.observedGeneration, qint64(1));
        QCOMPARE(w.images, QStringList{QStringLiteral("postgres:9.2-alpine")});
        QCOMPARE(formatLabels(w.selector), QStringLiteral("app=icx-db"));
        QCOMPARE(w.conditions.size(), 2);
        QCOMPARE(findCondition(w.conditions, u"Progressing")->reason, QStringLiteral("NewReplicaSetAvailable"));
        QVERIFY(w.rolloutComplete());
        QVERIFY(!w.rolloutStuck());
    }

    void realStatefulSet()
    {
        LCL_REQUIRE_SHARED_FIXTURE(path, "k9s-sts.json");
        const auto w = decodeAs<WorkloadRecord>(ResourceKind::StatefulSets, readFile(path));
        QCOMPARE(w.kind, ResourceKind::StatefulSets);
        QCOMPARE(w.meta.name, QStringLiteral("nginx-sts"));
        QCOMPARE(w.desired, 4);
        QCOMPARE(w.ready, 4);
        QCOMPARE(w.current, 4);
        QCOMPARE(w.observedGeneration, qint64(5));
        QCOMPARE(w.currentRevision, QStringLiteral("nginx-sts-5b89ffb894"));
        QVERIFY(w.rolloutComplete());
    }

    void realService()
    {
        LCL_REQUIRE_SHARED_FIXTURE(path, "k9s-svc.json");
        const auto s = decodeAs<ServiceRecord>(ResourceKind::Services, readFile(path));
        QCOMPARE(s.meta.name, QStringLiteral("dictionary1"));
        QCOMPARE(s.type, QStringLiteral("ClusterIP"));
        QCOMPARE(s.clusterIP, QStringLiteral("10.47.248.116"));
        QCOMPARE(s.ports.size(), 1);
        QCOMPARE(s.ports[0].port, 4001);
        QCOMPARE(s.ports[0].targetPort, QStringLiteral("http"));
        QCOMPARE(s.portsText(), QStringLiteral("4001/TCP"));
        QCOMPARE(formatLabels(s.selector), QStringLiteral("app=dictionary1"));
        QVERIFY(s.externalIPs.isEmpty());
    }

    void realEvent()
    {
        LCL_REQUIRE_SHARED_FIXTURE(path, "k9s-ev.json");
        const auto e = decodeAs<EventRecord>(ResourceKind::Events, readFile(path));
        QCOMPARE(e.type, QStringLiteral("Normal"));
        QCOMPARE(e.reason, QStringLiteral("Pulled"));
        QCOMPARE(e.message, QStringLiteral("Successfully pulled image \"blang/busybox-bash\""));
        QCOMPARE(e.objectKind, QStringLiteral("Pod"));
        QCOMPARE(e.objectName, QStringLiteral("hello-1567197780-mn4mv"));
        QCOMPARE(e.fieldPath, QStringLiteral("spec.containers{c1}"));
        // reportingComponent is empty: the deprecated source.component is what kubectl shows.
        QCOMPARE(e.source, QStringLiteral("kubelet"));
        QCOMPARE(e.count, 1);
        QCOMPARE(e.first, qint64(1567197785)); // 2019-08-30T20:43:05Z, eventTime null
        QCOMPARE(e.last, e.first);
        QVERIFY(!e.isWarning());
    }

    void realJobAndCronJob()
    {
        LCL_REQUIRE_SHARED_FIXTURE(jobPath, "k9s-job.json");
        LCL_REQUIRE_SHARED_FIXTURE(cronPath, "k9s-cj.json");
        const auto j = decodeAs<JobRecord>(ResourceKind::Jobs, readFile(jobPath));
        QCOMPARE(j.meta.name, QStringLiteral("hello-1567179180"));
        QCOMPARE(j.completions, 1);
        QCOMPARE(j.succeeded, 1);
        QCOMPARE(j.failed, 0);
        QCOMPARE(j.statusText(), QStringLiteral("Complete"));
        QVERIFY(j.completionTime > j.startTime);
        QCOMPARE(j.meta.controller()->kind, QStringLiteral("CronJob"));
        QCOMPARE(j.images, QStringList{QStringLiteral("blang/busybox-bash")});

        const auto c = decodeAs<CronJobRecord>(ResourceKind::CronJobs, readFile(cronPath));
        QCOMPARE(c.meta.name, QStringLiteral("hello"));
        QCOMPARE(c.schedule, QStringLiteral("*/1 * * * *"));
        QCOMPARE(c.concurrencyPolicy, QStringLiteral("Forbid"));
        QVERIFY(!c.suspend);
        QCOMPARE(c.active, 0);
        QCOMPARE(c.lastScheduleTime, qint64(1567184460)); // 2019-08-30T17:01:00Z
    }

    void realHpaV1()
    {
        LCL_REQUIRE_SHARED_FIXTURE(path, "k9s-hpa.json");
        const auto h = decodeAs<HpaRecord>(ResourceKind::HorizontalPodAutoscalers, readFile(path));
        QCOMPARE(h.targetKind, QStringLiteral("Deployment"));
        QCOMPARE(h.targetName, QStringLiteral("nginx"));
        QCOMPARE(h.minReplicas, 1);
        QCOMPARE(h.maxReplicas, 10);
        QCOMPARE(h.currentReplicas, 0);
        QCOMPARE(h.desiredReplicas, 0);
        QCOMPARE(h.metrics.size(), 1);
        QCOMPARE(h.metrics[0].name, QStringLiteral("cpu"));
        QCOMPARE(h.metrics[0].target, QStringLiteral("10%"));
        QVERIFY(h.metrics[0].current.isEmpty());
    }

    void realNamespace()
    {
        LCL_REQUIRE_SHARED_FIXTURE(path, "k9s-ns.json");
        const auto n = decodeAs<NamespaceRecord>(ResourceKind::Namespaces, readFile(path));
        QCOMPARE(n.meta.name, QStringLiteral("kube-system"));
        QVERIFY(n.meta.ns.isEmpty());
        QCOMPARE(n.phase, QStringLiteral("Active"));
        QCOMPARE(n.meta.resourceVersion, QStringLiteral("36"));
    }

    void gatewayApiManifests()
    {
        LCL_REQUIRE_SHARED_FIXTURE(gwPath, "gateway-api-simple-gateway-gateway.yaml");
        LCL_REQUIRE_SHARED_FIXTURE(routePath, "gateway-api-simple-gateway-httproute.yaml");
        QByteArray gwJson;
        emitJson(YAML::LoadFile(gwPath.toStdString()), gwJson);
        const auto g = decodeAs<GatewayRecord>(ResourceKind::Gateways, gwJson);
        QCOMPARE(g.meta.name, QStringLiteral("prod-web"));
        QCOMPARE(g.className, QStringLiteral("example"));
        QCOMPARE(g.listeners.size(), 1);
        QCOMPARE(g.listeners[0].port, 80);
        QCOMPARE(g.listeners[0].protocol, QStringLiteral("HTTP"));

        QByteArray routeJson;
        emitJson(YAML::LoadFile(routePath.toStdString()), routeJson);
        const auto r = decodeAs<HttpRouteRecord>(ResourceKind::HttpRoutes, routeJson);
        QCOMPARE(r.meta.name, QStringLiteral("foo"));
        QCOMPARE(r.parentRefs.size(), 1);
        QCOMPARE(r.parentRefs[0].name, QStringLiteral("prod-web"));
        QCOMPARE(r.parentRefs[0].kind, QStringLiteral("Gateway"));
        QCOMPARE(r.rules.size(), 1);
        QVERIFY(r.rules[0].matches.isEmpty());
        QCOMPARE(r.rules[0].backendRefs.size(), 1);
        QCOMPARE(r.rules[0].backendRefs[0].name, QStringLiteral("foo-svc"));
        QCOMPARE(r.rules[0].backendRefs[0].port, 8080);
        QCOMPARE(r.rules[0].backendRefs[0].weight, 1);
        QCOMPARE(r.rules[0].backendRefs[0].kind, QStringLiteral("Service"));
    }

    // Every real object also decodes as the single item of a List and as a watch event.
    void realObjectsInListsAndEvents_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ResourceKind>("kind");
        QTest::newRow("pod") << "k9s-po_sidecar.json" << ResourceKind::Pods;
        QTest::newRow("deployment") << "k9s-dp.json" << ResourceKind::Deployments;
        QTest::newRow("service") << "k9s-svc.json" << ResourceKind::Services;
        QTest::newRow("event") << "k9s-ev.json" << ResourceKind::Events;
        QTest::newRow("cronjob") << "k9s-cj.json" << ResourceKind::CronJobs;
    }
    void realObjectsInListsAndEvents()
    {
        QFETCH(QString, file);
        QFETCH(ResourceKind, kind);
        const QString path = lcl::test::realFixture(file);
        if (path.isEmpty())
            QSKIP("../shared/fixtures/real is not present");
        const QByteArray object = readFile(path);
        Decoder decoder(kind);
        const QByteArray list = R"({"kind":"List","metadata":{"resourceVersion":"77","continue":"abc"},"items":[)"
                                + object + "]}";
        auto page = decoder.decodeList(list);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().detail));
        QCOMPARE(page->items.size(), size_t(1));
        QCOMPARE(page->resourceVersion, QStringLiteral("77"));
        QCOMPARE(page->continueToken, QStringLiteral("abc"));
        const auto single = decoder.decodeObject(object);
        QCOMPARE(metaOf(page->items[0]).uid, metaOf(*single).uid);

        auto event = decoder.decodeEvent(QByteArray(R"({"type":"MODIFIED","object":)" + object + "}"));
        QVERIFY(event.ok());
        QCOMPARE(event->type, WatchEvent::Type::Modified);
        QCOMPARE(metaOf(*event->record).uid, metaOf(*single).uid);
        QCOMPARE(event->resourceVersion, metaOf(*single).resourceVersion);
    }

    // Cut a real list at every byte: each prefix is an error, never a crash or a silent success.
    void everyTruncationIsAParseError()
    {
        LCL_REQUIRE_SHARED_FIXTURE(path, "k9s-po_limited.json");
        const QByteArray list = R"({"metadata":{"resourceVersion":"9"},"items":[)" + readFile(path) + "]}";
        Decoder decoder(ResourceKind::Pods);
        for (qsizetype cut = 0; cut < list.size(); ++cut) {
            auto page = decoder.decodeList(list.left(cut));
            QVERIFY2(!page.ok(), qPrintable(QStringLiteral("prefix of %1 bytes decoded").arg(cut)));
            QCOMPARE(page.error().kind, lcl::Error::Kind::Parse);
            auto event = decoder.decodeEvent(QByteArray(R"({"type":"ADDED","object":)" + list.left(cut)));
            QVERIFY(!event.ok());
        }
        QVERIFY(decoder.decodeList(list).ok());
    }
};

QTEST_GUILESS_MAIN(TestDecode)
#include "tst_decode.moc"
