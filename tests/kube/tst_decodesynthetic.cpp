// Decoders on generated inputs: large lists, every watch event type, API shapes the real fixtures lack, and
// malformed input.
#include "kube/decoder.h"

#include <QElapsedTimer>
#include <QTest>

using namespace lcl::kube;

namespace {

QByteArray podJson(int i)
{
    const QByteArray n = QByteArray::number(i);
    return "{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"web-" + n + "\",\"namespace\":\"ns-"
           + QByteArray::number(i % 10) + "\",\"uid\":\"uid-" + n + "\",\"resourceVersion\":\"" + QByteArray::number(1000 + i)
           + "\",\"creationTimestamp\":\"2026-08-22T10:00:00Z\",\"labels\":{\"app\":\"web\",\"tier\":\"front\"},"
           + "\"ownerReferences\":[{\"apiVersion\":\"apps/v1\",\"kind\":\"ReplicaSet\",\"name\":\"web-6f7e8d9c0\",\"uid\":\"rs1\",\"controller\":true}]},"
           + "\"spec\":{\"nodeName\":\"node-" + QByteArray::number(i % 3)
           + "\",\"containers\":[{\"name\":\"app\",\"image\":\"shop/web:1.4\",\"resources\":{\"requests\":{\"cpu\":\"250m\",\"memory\":\"128Mi\"},\"limits\":{\"memory\":\"256Mi\"}}}]},"
           + "\"status\":{\"phase\":\"Running\",\"podIP\":\"10.42." + QByteArray::number(i / 256) + "." + QByteArray::number(i % 256)
           + "\",\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\"}],"
           + "\"containerStatuses\":[{\"name\":\"app\",\"ready\":true,\"started\":true,\"restartCount\":" + QByteArray::number(i % 5)
           + ",\"image\":\"shop/web:1.4\",\"state\":{\"running\":{\"startedAt\":\"2026-08-22T10:00:05Z\"}},\"lastState\":{}}]}}";
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

} // namespace

class TestDecodeSynthetic final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tenThousandPods()
    {
        QByteArray body = "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"98765\",\"continue\":\"tok\"},\"items\":[";
        for (int i = 0; i < 10000; ++i) {
            if (i)
                body += ',';
            body += podJson(i);
        }
        body += "]}";
        Decoder decoder(ResourceKind::Pods);
        QElapsedTimer timer;
        timer.start();
        auto page = decoder.decodeList(body);
        qInfo("decoded %lld bytes of 10,000 pods in %lld ms (Debug build)", qlonglong(body.size()),
              qlonglong(timer.elapsed()));
        QVERIFY(page.ok());
        QCOMPARE(page->items.size(), size_t(10000));
        QCOMPARE(page->resourceVersion, QStringLiteral("98765"));
        QCOMPARE(page->continueToken, QStringLiteral("tok"));
        const auto& pod = std::get<PodRecord>(page->items[4321]);
        QCOMPARE(pod.meta.name, QStringLiteral("web-4321"));
        QCOMPARE(pod.meta.ns, QStringLiteral("ns-1"));
        QCOMPARE(pod.meta.resourceVersion, QStringLiteral("5321"));
        QCOMPARE(pod.node, QStringLiteral("node-1"));
        QCOMPARE(pod.podIP, QStringLiteral("10.42.16.225"));
        QCOMPARE(pod.restarts(), 1);
        QCOMPARE(pod.cpuRequestMilli(), qint64(250));
        QCOMPARE(pod.containers[0].memoryLimitBytes, qint64(256) << 20);
        QCOMPARE(labelValue(pod.meta.labels, u"tier"), QStringLiteral("front"));
        QCOMPARE(pod.statusText(), QStringLiteral("Running"));
        // Repeated values share one string.
        const auto& other = std::get<PodRecord>(page->items[17]);
        QVERIFY(other.containers[0].image.constData() == pod.containers[0].image.constData());
    }

    // Keys are compared as written unless they hold an escape: those must be unescaped first, both for the
    // fields the decoder looks for and for label keys it keeps.
    void escapedKeys()
    {
        const QByteArray json = "{\"kind\":\"Pod\",\"metadata\":{\"n\\u0061me\":\"escaped-name\",\"namespace\":\"shop\","
                                "\"labels\":{\"app.kubernetes.io\\/name\":\"web\",\"quote\\\"d\":\"x\",\"plain\":\"y\"}},"
                                "\"status\":{\"ph\\u0061se\":\"Running\"}}";
        const auto pod = decodeAs<PodRecord>(ResourceKind::Pods, json);
        QCOMPARE(pod.meta.name, QStringLiteral("escaped-name"));
        QCOMPARE(pod.meta.ns, QStringLiteral("shop"));
        QCOMPARE(pod.phase, QStringLiteral("Running"));
        QCOMPARE(labelValue(pod.meta.labels, u"app.kubernetes.io/name"), QStringLiteral("web"));
        QCOMPARE(labelValue(pod.meta.labels, u"quote\"d"), QStringLiteral("x"));
        QCOMPARE(labelValue(pod.meta.labels, u"plain"), QStringLiteral("y"));
    }

    void watchEvents_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<WatchEvent::Type>("type");
        QTest::addColumn<QString>("rv");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("expired");
        QTest::newRow("added") << podJson(1).prepend("{\"type\":\"ADDED\",\"object\":").append('}')
                               << WatchEvent::Type::Added << "1001" << 0 << false;
        QTest::newRow("modified") << podJson(2).prepend("{\"type\":\"MODIFIED\",\"object\":").append('}')
                                  << WatchEvent::Type::Modified << "1002" << 0 << false;
        QTest::newRow("deleted") << podJson(3).prepend("{\"type\":\"DELETED\",\"object\":").append('}')
                                 << WatchEvent::Type::Deleted << "1003" << 0 << false;
        QTest::newRow("object before type") << podJson(4).prepend("{\"object\":").append(",\"type\":\"ADDED\"}")
                                            << WatchEvent::Type::Added << "1004" << 0 << false;
        QTest::newRow("bookmark")
            << QByteArray("{\"type\":\"BOOKMARK\",\"object\":{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"12746\",\"annotations\":{\"k8s.io/initial-events-end\":\"true\"}}}}")
            << WatchEvent::Type::Bookmark << "12746" << 0 << false;
        QTest::newRow("expired")
            << QByteArray("{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":\"too old resource version: 10245 (12001)\",\"reason\":\"Expired\",\"code\":410}}")
            << WatchEvent::Type::Error << "" << 410 << true;
        QTest::newRow("gone, old servers")
            << QByteArray("{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"status\":\"Failure\",\"reason\":\"Gone\",\"code\":410}}")
            << WatchEvent::Type::Error << "" << 410 << true;
        QTest::newRow("too large rv")
            << QByteArray("{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"reason\":\"Timeout\",\"code\":504,\"details\":{\"causes\":[{\"reason\":\"ResourceVersionTooLarge\"}]}}}")
            << WatchEvent::Type::Error << "" << 504 << false;
    }
    void watchEvents()
    {
        QFETCH(QByteArray, line);
        QFETCH(WatchEvent::Type, type);
        QFETCH(QString, rv);
        QFETCH(int, code);
        QFETCH(bool, expired);
        Decoder decoder(ResourceKind::Pods);
        auto event = decoder.decodeEvent(line);
        QVERIFY2(event.ok(), qPrintable(event.ok() ? QString() : event.error().detail));
        QCOMPARE(event->type, type);
        QCOMPARE(event->resourceVersion, rv);
        QCOMPARE(event->code, code);
        QCOMPARE(event->isExpired(), expired);
        const bool hasRecord = type == WatchEvent::Type::Added || type == WatchEvent::Type::Modified
                               || type == WatchEvent::Type::Deleted;
        QCOMPARE(event->record.has_value(), hasRecord);
        if (type == WatchEvent::Type::Error)
            QCOMPARE(event->toError().httpStatus, code);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("asEvent");
        QTest::newRow("empty list") << QByteArray() << false;
        QTest::newRow("garbage list") << QByteArray("<html>502 Bad Gateway</html>") << false;
        QTest::newRow("list is an array") << QByteArray("[1,2]") << false;
        QTest::newRow("items is a string") << QByteArray("{\"items\":\"no\"}") << false;
        QTest::newRow("no items") << QByteArray("{\"metadata\":{\"resourceVersion\":\"1\"}}") << false;
        QTest::newRow("trailing garbage") << QByteArray("{\"items\":[]} xyz") << false;
        QTest::newRow("unterminated string") << QByteArray("{\"items\":[{\"metadata\":{\"name\":\"a") << false;
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << false;
        QTest::newRow("empty event") << QByteArray() << true;
        QTest::newRow("event without type") << QByteArray("{\"object\":{}}") << true;
        QTest::newRow("unknown event type") << QByteArray("{\"type\":\"RENAMED\",\"object\":{}}") << true;
        QTest::newRow("type not a string") << QByteArray("{\"type\":7,\"object\":{}}") << true;
        QTest::newRow("event without object") << QByteArray("{\"type\":\"ADDED\"}") << true;
        QTest::newRow("object is null") << QByteArray("{\"type\":\"ADDED\",\"object\":null}") << true;
        QTest::newRow("event cut short") << QByteArray("{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"na") << true;
    }
    void malformed()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, asEvent);
        Decoder decoder(ResourceKind::Pods);
        const lcl::Error error = asEvent ? decoder.decodeEvent(input).error() : decoder.decodeList(input).error();
        QCOMPARE(error.kind, lcl::Error::Kind::Parse);
        QVERIFY(!error.message.isEmpty());
        QVERIFY2(error.detail.contains(QLatin1String("pods")), qPrintable(error.detail));
    }

    void nullsAndMissingParts()
    {
        const auto pod = decodeAs<PodRecord>(ResourceKind::Pods, "{\"metadata\":{\"name\":\"p\",\"namespace\":\"n\",\"labels\":null,"
            "\"ownerReferences\":null,\"creationTimestamp\":null},\"spec\":null,\"status\":null,\"extra\":{\"x\":[1,{\"y\":null}]}}");
        QCOMPARE(pod.meta.name, QStringLiteral("p"));
        QVERIFY(pod.meta.labels.isEmpty());
        QCOMPARE(pod.meta.created, qint64(0));
        QVERIFY(pod.containers.isEmpty());
        QCOMPARE(pod.readyCount(), 0);

        const auto w = decodeAs<WorkloadRecord>(ResourceKind::Deployments, "{\"metadata\":{\"name\":\"d\"},\"spec\":{}}");
        QCOMPARE(w.desired, 1); // spec.replicas defaults to 1 when absent
        const auto zero = decodeAs<WorkloadRecord>(ResourceKind::Deployments,
                                                   "{\"metadata\":{\"name\":\"d\"},\"spec\":{\"replicas\":0},\"status\":{}}");
        QCOMPARE(zero.desired, 0);
        QCOMPARE(zero.ready, 0);

        Decoder decoder(ResourceKind::Pods);
        auto nullItems = decoder.decodeList("{\"metadata\":{\"resourceVersion\":\"5\"},\"items\":null}");
        QVERIFY(nullItems.ok());
        QVERIFY(nullItems->items.empty());
    }

    void crashLoopAfterOomKill()
    {
        const auto pod = decodeAs<PodRecord>(ResourceKind::Pods, "{\"metadata\":{\"name\":\"api-1\",\"namespace\":\"shop\"},"
            "\"spec\":{\"containers\":[{\"name\":\"api\",\"image\":\"shop/api:1.4\"},{\"name\":\"proxy\",\"image\":\"envoy\"}]},"
            "\"status\":{\"phase\":\"Running\",\"containerStatuses\":["
            "{\"name\":\"api\",\"ready\":false,\"restartCount\":5,\"state\":{\"waiting\":{\"reason\":\"CrashLoopBackOff\",\"message\":\"back-off 2m40s\"}},"
            "\"lastState\":{\"terminated\":{\"exitCode\":137,\"reason\":\"OOMKilled\",\"finishedAt\":\"2026-08-22T09:58:40Z\"}}},"
            "{\"name\":\"proxy\",\"ready\":true,\"restartCount\":0,\"state\":{\"running\":{}}}]}}");
        QCOMPARE(pod.statusText(), QStringLiteral("CrashLoopBackOff"));
        QCOMPARE(pod.problem(), QStringLiteral("OOMKilled"));
        QCOMPARE(pod.restarts(), 5);
        QCOMPARE(pod.readyCount(), 1);
        QCOMPARE(pod.totalCount(), 2);
        QCOMPARE(pod.containers[0].lastExitCode, 137);
        QCOMPARE(pod.lastRestartTime(), qint64(1787392720));
    }

    void podStatus_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<QByteArray>("extraMeta");
        QTest::addColumn<QString>("expected");
        QTest::newRow("image pull backoff")
            << QByteArray("{\"phase\":\"Pending\",\"containerStatuses\":[{\"name\":\"c\",\"state\":{\"waiting\":{\"reason\":\"ImagePullBackOff\"}}}]}")
            << QByteArray() << "ImagePullBackOff";
        QTest::newRow("evicted") << QByteArray("{\"phase\":\"Failed\",\"reason\":\"Evicted\"}") << QByteArray() << "Evicted";
        QTest::newRow("terminating") << QByteArray("{\"phase\":\"Running\"}")
                                     << QByteArray(",\"deletionTimestamp\":\"2026-08-22T10:00:00Z\"") << "Terminating";
        QTest::newRow("init waiting")
            << QByteArray("{\"phase\":\"Pending\",\"initContainerStatuses\":[{\"name\":\"i\",\"state\":{\"waiting\":{\"reason\":\"PodInitializing\"}}}]}")
            << QByteArray() << "Init:0/1";
        QTest::newRow("init crash loop")
            << QByteArray("{\"phase\":\"Pending\",\"initContainerStatuses\":[{\"name\":\"i\",\"state\":{\"waiting\":{\"reason\":\"CrashLoopBackOff\"}}}]}")
            << QByteArray() << "Init:CrashLoopBackOff";
        QTest::newRow("exit code without reason")
            << QByteArray("{\"phase\":\"Failed\",\"containerStatuses\":[{\"name\":\"c\",\"state\":{\"terminated\":{\"exitCode\":3}}}]}")
            << QByteArray() << "ExitCode:3";
        QTest::newRow("completed") << QByteArray("{\"phase\":\"Succeeded\",\"containerStatuses\":[{\"name\":\"c\",\"state\":{\"terminated\":{\"exitCode\":0,\"reason\":\"Completed\"}}}]}")
                                   << QByteArray() << "Completed";
    }
    void podStatus()
    {
        QFETCH(QByteArray, status);
        QFETCH(QByteArray, extraMeta);
        QFETCH(QString, expected);
        const QByteArray json = "{\"metadata\":{\"name\":\"p\"" + extraMeta
                                + "},\"spec\":{\"initContainers\":[{\"name\":\"i\"}],\"containers\":[{\"name\":\"c\"}]},\"status\":" + status + "}";
        QCOMPARE(decodeAs<PodRecord>(ResourceKind::Pods, json).statusText(), expected);
    }

    void eventsK8sIoShapeWithSeries()
    {
        const auto e = decodeAs<EventRecord>(ResourceKind::Events, "{\"apiVersion\":\"events.k8s.io/v1\",\"kind\":\"Event\","
            "\"metadata\":{\"name\":\"api-1.17f\",\"namespace\":\"shop\",\"creationTimestamp\":\"2026-08-22T09:00:00Z\"},"
            "\"eventTime\":\"2026-08-22T09:50:00.123456Z\",\"series\":{\"count\":7,\"lastObservedTime\":\"2026-08-22T09:58:00.000001Z\"},"
            "\"reportingController\":\"kubelet\",\"reportingInstance\":\"node-1\",\"action\":\"Pulling\",\"reason\":\"BackOff\","
            "\"regarding\":{\"kind\":\"Pod\",\"namespace\":\"shop\",\"name\":\"api-1\",\"uid\":\"u1\"},\"note\":\"Back-off restarting failed container\","
            "\"type\":\"Warning\",\"deprecatedCount\":0,\"deprecatedFirstTimestamp\":null,\"deprecatedLastTimestamp\":null}");
        QVERIFY(e.isWarning());
        QCOMPARE(e.reason, QStringLiteral("BackOff"));
        QCOMPARE(e.message, QStringLiteral("Back-off restarting failed container"));
        QCOMPARE(e.objectName, QStringLiteral("api-1"));
        QCOMPARE(e.source, QStringLiteral("kubelet"));
        QCOMPARE(e.count, 7);
        QCOMPARE(e.first, qint64(1787392200));
        QCOMPARE(e.last, qint64(1787392680));

        const auto repeated = decodeAs<EventRecord>(ResourceKind::Events, "{\"metadata\":{\"name\":\"e\"},\"count\":4,"
            "\"firstTimestamp\":\"2026-08-22T09:00:00Z\",\"lastTimestamp\":\"2026-08-22T09:30:00+01:00\",\"type\":\"Normal\"}");
        QCOMPARE(repeated.count, 4);
        QCOMPARE(repeated.last - repeated.first, qint64(-1800)); // the offset is honoured
    }

    void hpaV2()
    {
        const auto h = decodeAs<HpaRecord>(ResourceKind::HorizontalPodAutoscalers, "{\"metadata\":{\"name\":\"web\",\"namespace\":\"shop\"},"
            "\"spec\":{\"scaleTargetRef\":{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"name\":\"web\"},\"minReplicas\":2,\"maxReplicas\":10,"
            "\"metrics\":[{\"type\":\"Resource\",\"resource\":{\"name\":\"cpu\",\"target\":{\"type\":\"Utilization\",\"averageUtilization\":70}}},"
            "{\"type\":\"Pods\",\"pods\":{\"metric\":{\"name\":\"http_requests\"},\"target\":{\"type\":\"AverageValue\",\"averageValue\":\"100\"}}}]},"
            "\"status\":{\"currentReplicas\":3,\"desiredReplicas\":4,"
            "\"currentMetrics\":[{\"type\":\"Resource\",\"resource\":{\"name\":\"cpu\",\"current\":{\"averageUtilization\":88,\"averageValue\":\"176m\"}}}],"
            "\"conditions\":[{\"type\":\"ScalingLimited\",\"status\":\"False\",\"reason\":\"DesiredWithinRange\"}]}}");
        QCOMPARE(h.minReplicas, 2);
        QCOMPARE(h.maxReplicas, 10);
        QCOMPARE(h.currentReplicas, 3);
        QCOMPARE(h.desiredReplicas, 4);
        QCOMPARE(h.metrics.size(), 2);
        QCOMPARE(h.metrics[0].target, QStringLiteral("70%"));
        QCOMPARE(h.metrics[0].current, QStringLiteral("88%"));
        QCOMPARE(h.metrics[1].name, QStringLiteral("http_requests"));
        QCOMPARE(h.metrics[1].target, QStringLiteral("100"));
        QVERIFY(h.metrics[1].current.isEmpty());
        QVERIFY(!h.atMax());
    }

    void clusterKinds()
    {
        const auto node = decodeAs<NodeRecord>(ResourceKind::Nodes, "{\"metadata\":{\"name\":\"n1\",\"labels\":{\"node-role.kubernetes.io/control-plane\":\"true\"}},"
            "\"spec\":{\"unschedulable\":true},\"status\":{\"capacity\":{\"cpu\":\"4\",\"memory\":\"8Gi\"},\"allocatable\":{\"cpu\":\"3800m\",\"memory\":\"7Gi\"},"
            "\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\"}],\"addresses\":[{\"type\":\"Hostname\",\"address\":\"n1\"},{\"type\":\"InternalIP\",\"address\":\"10.0.0.5\"}],"
            "\"nodeInfo\":{\"kubeletVersion\":\"v1.31.4+k3s1\"}}}");
        QVERIFY(node.ready);
        QVERIFY(node.unschedulable);
        QCOMPARE(node.roles, QStringList{QStringLiteral("control-plane")});
        QCOMPARE(node.cpuCapacityMilli, qint64(4000));
        QCOMPARE(node.cpuAllocatableMilli, qint64(3800));
        QCOMPARE(node.memoryCapacityBytes, qint64(8) << 30);
        QCOMPARE(node.internalIP, QStringLiteral("10.0.0.5"));
        QCOMPARE(node.kubeletVersion, QStringLiteral("v1.31.4+k3s1"));

        const auto pvc = decodeAs<PvcRecord>(ResourceKind::PersistentVolumeClaims, "{\"metadata\":{\"name\":\"data-pg-0\",\"namespace\":\"db\"},"
            "\"spec\":{\"accessModes\":[\"ReadWriteOnce\"],\"resources\":{\"requests\":{\"storage\":\"10Gi\"}},\"storageClassName\":\"local-path\",\"volumeName\":\"pv-1\"},"
            "\"status\":{\"phase\":\"Bound\",\"capacity\":{\"storage\":\"10Gi\"}}}");
        QCOMPARE(pvc.phase, QStringLiteral("Bound"));
        QCOMPARE(pvc.requestedBytes, qint64(10) << 30);
        QCOMPARE(pvc.capacityBytes, qint64(10) << 30);
        QCOMPARE(pvc.storageClass, QStringLiteral("local-path"));

        const auto slice = decodeAs<EndpointSliceRecord>(ResourceKind::EndpointSlices, "{\"metadata\":{\"name\":\"web-abc\",\"namespace\":\"shop\","
            "\"labels\":{\"kubernetes.io/service-name\":\"web\"}},\"addressType\":\"IPv4\",\"ports\":[{\"name\":\"http\",\"port\":8080,\"protocol\":\"TCP\"}],"
            "\"endpoints\":[{\"addresses\":[\"10.42.0.7\"],\"conditions\":{\"ready\":true},\"nodeName\":\"n1\",\"targetRef\":{\"kind\":\"Pod\",\"name\":\"web-1\"}},"
            "{\"addresses\":[\"10.42.0.8\"],\"conditions\":{\"ready\":false},\"targetRef\":{\"kind\":\"Pod\",\"name\":\"web-2\"}}]}");
        QCOMPARE(slice.serviceName, QStringLiteral("web"));
        QCOMPARE(slice.endpoints.size(), 2);
        QCOMPARE(slice.readyCount(), 1);
        QCOMPARE(slice.endpoints[1].targetName, QStringLiteral("web-2"));
        QCOMPARE(slice.ports[0].second, 8080);

        const auto ds = decodeAs<WorkloadRecord>(ResourceKind::DaemonSets, "{\"metadata\":{\"name\":\"agent\",\"generation\":2},"
            "\"spec\":{\"selector\":{\"matchLabels\":{\"app\":\"agent\"}}},\"status\":{\"desiredNumberScheduled\":3,\"currentNumberScheduled\":3,"
            "\"numberReady\":2,\"updatedNumberScheduled\":3,\"numberAvailable\":2,\"observedGeneration\":2}}");
        QCOMPARE(ds.desired, 3);
        QCOMPARE(ds.ready, 2);
        QVERIFY(!ds.rolloutComplete());
    }

    void httpRouteWithStatus()
    {
        const auto r = decodeAs<HttpRouteRecord>(ResourceKind::HttpRoutes, "{\"apiVersion\":\"gateway.networking.k8s.io/v1\",\"kind\":\"HTTPRoute\","
            "\"metadata\":{\"name\":\"shop\",\"namespace\":\"shop\"},"
            "\"spec\":{\"parentRefs\":[{\"name\":\"eg\",\"namespace\":\"envoy-gateway-system\",\"sectionName\":\"http\"}],\"hostnames\":[\"shop.example.com\"],"
            "\"rules\":[{\"matches\":[{\"path\":{\"type\":\"PathPrefix\",\"value\":\"/api\"}}],\"backendRefs\":[{\"name\":\"api\",\"port\":8080}]},"
            "{\"backendRefs\":[{\"name\":\"web\",\"port\":80,\"weight\":90},{\"name\":\"web-canary\",\"port\":80,\"weight\":10}]}]},"
            "\"status\":{\"parents\":[{\"parentRef\":{\"group\":\"gateway.networking.k8s.io\",\"kind\":\"Gateway\",\"name\":\"eg\",\"namespace\":\"envoy-gateway-system\",\"sectionName\":\"http\"},"
            "\"controllerName\":\"gateway.envoyproxy.io/gatewayclass-controller\","
            "\"conditions\":[{\"type\":\"Accepted\",\"status\":\"True\",\"reason\":\"Accepted\"},{\"type\":\"ResolvedRefs\",\"status\":\"False\",\"reason\":\"BackendNotFound\"}]}]}}");
        QCOMPARE(r.hostnames, QStringList{QStringLiteral("shop.example.com")});
        QCOMPARE(r.parentRefs[0].ns, QStringLiteral("envoy-gateway-system"));
        QCOMPARE(r.parentRefs[0].sectionName, QStringLiteral("http"));
        QCOMPARE(r.rules.size(), 2);
        QCOMPARE(r.rules[0].matches[0].pathType, QStringLiteral("PathPrefix"));
        QCOMPARE(r.rules[0].matches[0].pathValue, QStringLiteral("/api"));
        QCOMPARE(r.rules[0].backendRefs[0].ns, QStringLiteral("shop"));
        QCOMPARE(r.rules[1].backendRefs[1].weight, 10);
        QCOMPARE(r.parents.size(), 1);
        QCOMPARE(findCondition(r.parents[0].conditions, u"ResolvedRefs")->reason, QStringLiteral("BackendNotFound"));
    }
};

QTEST_GUILESS_MAIN(TestDecodeSynthetic)
#include "tst_decodesynthetic.moc"
