#include "labsim/fieldselector.h"
#include "labsim/resourceregistry.h"
#include "labsim/selector.h"

#include <QTest>

using namespace lcl::sim;
using nlohmann::json;

// Label and field selector parsing and matching, as the apiserver's selector grammar defines it.
class TestSelector final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void labels_data()
    {
        QTest::addColumn<QByteArray>("selector");
        QTest::addColumn<QByteArray>("labels");
        QTest::addColumn<bool>("matches");
        const QByteArray web(R"({"app":"web","tier":"front","env":"prod"})");
        QTest::newRow("empty matches all") << QByteArray("") << web << true;
        QTest::newRow("eq") << QByteArray("app=web") << web << true;
        QTest::newRow("eq miss") << QByteArray("app=db") << web << false;
        QTest::newRow("double eq") << QByteArray("app==web") << web << true;
        QTest::newRow("neq present") << QByteArray("app!=db") << web << true;
        QTest::newRow("neq absent key") << QByteArray("missing!=x") << web << true;
        QTest::newRow("in") << QByteArray("env in (prod, staging)") << web << true;
        QTest::newRow("in miss") << QByteArray("env in (dev)") << web << false;
        QTest::newRow("notin") << QByteArray("env notin (dev)") << web << true;
        QTest::newRow("notin absent key") << QByteArray("zone notin (a)") << web << true;
        QTest::newRow("exists") << QByteArray("tier") << web << true;
        QTest::newRow("exists miss") << QByteArray("zone") << web << false;
        QTest::newRow("not exists") << QByteArray("!zone") << web << true;
        QTest::newRow("not exists miss") << QByteArray("!tier") << web << false;
        QTest::newRow("conjunction") << QByteArray("app=web,tier in (front),!zone") << web << true;
        QTest::newRow("conjunction miss") << QByteArray("app=web,tier=back") << web << false;
        QTest::newRow("prefixed key") << QByteArray("app.kubernetes.io/name=x") << QByteArray(R"({"app.kubernetes.io/name":"x"})") << true;
        QTest::newRow("null labels") << QByteArray("app") << QByteArray("null") << false;
    }
    void labels()
    {
        QFETCH(QByteArray, selector);
        QFETCH(QByteArray, labels);
        QFETCH(bool, matches);
        auto parsed = Selector::parse(selector.toStdString());
        QVERIFY2(parsed, parsed ? "" : parsed.error().message.c_str());
        QCOMPARE(parsed->matches(json::parse(labels.toStdString())), matches);
        // The string form parses back to the same meaning.
        auto again = Selector::parse(parsed->toString());
        QVERIFY(again);
        QCOMPARE(again->matches(json::parse(labels.toStdString())), matches);
    }

    void labelErrors_data()
    {
        QTest::addColumn<QByteArray>("selector");
        QTest::newRow("space in key") << QByteArray("a b=c");
        QTest::newRow("unknown op") << QByteArray("env within (a)");
        QTest::newRow("unclosed") << QByteArray("env in (a");
        QTest::newRow("empty term") << QByteArray("a=b,,c=d");
        QTest::newRow("bad value") << QByteArray("a=b c");
    }
    void labelErrors()
    {
        QFETCH(QByteArray, selector);
        auto parsed = Selector::parse(selector.toStdString());
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, 400);
        QCOMPARE(QByteArray::fromStdString(parsed.error().reason), QByteArray("BadRequest"));
    }

    void fromLabelSelector()
    {
        auto sel = Selector::fromLabelSelector(json::parse(
            R"({"matchLabels":{"app":"web"},"matchExpressions":[{"key":"tier","operator":"In","values":["front"]},{"key":"zone","operator":"DoesNotExist"}]})"));
        QVERIFY(sel);
        QVERIFY(sel->matches(json::parse(R"({"app":"web","tier":"front"})")));
        QVERIFY(!sel->matches(json::parse(R"({"app":"web","tier":"front","zone":"a"})")));
        QCOMPARE(QByteArray::fromStdString(sel->toString()), QByteArray("app=web,tier in (front),!zone"));
        QVERIFY(!Selector::fromLabelSelector(json::parse(R"({"matchExpressions":[{"key":"a","operator":"Near"}]})")));
    }

    void fields_data()
    {
        QTest::addColumn<QByteArray>("resource");
        QTest::addColumn<QByteArray>("selector");
        QTest::addColumn<bool>("matches");
        QTest::addColumn<int>("error"); // 0: parses
        const QByteArray pods("pods"), events("events"), eventsV1("events.events.k8s.io"), deploy("deployments.apps");
        QTest::newRow("name") << pods << QByteArray("metadata.name=web-1") << true << 0;
        QTest::newRow("namespace") << pods << QByteArray("metadata.namespace=shop") << true << 0;
        QTest::newRow("phase") << pods << QByteArray("status.phase=Running") << true << 0;
        QTest::newRow("phase neq") << pods << QByteArray("status.phase!=Running") << false << 0;
        QTest::newRow("node") << pods << QByteArray("spec.nodeName=lclab-node-1") << true << 0;
        QTest::newRow("double eq") << pods << QByteArray("spec.nodeName==other") << false << 0;
        QTest::newRow("two") << pods << QByteArray("metadata.name=web-1,status.phase=Running") << true << 0;
        QTest::newRow("event involved") << events << QByteArray("involvedObject.kind=Pod,involvedObject.name=web-1") << true << 0;
        QTest::newRow("event type") << events << QByteArray("type=Warning") << true << 0;
        QTest::newRow("event reason") << events << QByteArray("reason=BackOff") << true << 0;
        QTest::newRow("event source") << events << QByteArray("source=kubelet") << true << 0;
        QTest::newRow("events.k8s.io rejects involvedObject") << eventsV1 << QByteArray("involvedObject.name=web-1") << false << 400;
        QTest::newRow("events.k8s.io regarding") << eventsV1 << QByteArray("regarding.name=web-1") << true << 0;
        QTest::newRow("pod field on deployments") << deploy << QByteArray("status.phase=Running") << false << 400;
        QTest::newRow("no operator") << pods << QByteArray("metadata.name") << false << 400;
    }
    void fields()
    {
        QFETCH(QByteArray, resource);
        QFETCH(QByteArray, selector);
        QFETCH(bool, matches);
        QFETCH(int, error);
        const auto* info = ResourceRegistry::builtin().findByGroupResource(resource.toStdString());
        QVERIFY(info);
        auto parsed = FieldSelector::parse(selector.toStdString(), *info);
        if (error) {
            QVERIFY(!parsed);
            QCOMPARE(parsed.error().code, error);
            return;
        }
        QVERIFY2(parsed, parsed ? "" : parsed.error().message.c_str());
        const json object = json::parse(R"({
            "metadata":{"name":"web-1","namespace":"shop"},
            "spec":{"nodeName":"lclab-node-1"},"status":{"phase":"Running"},
            "involvedObject":{"kind":"Pod","name":"web-1"},"regarding":{"kind":"Pod","name":"web-1"},
            "type":"Warning","reason":"BackOff","source":{"component":"kubelet"}})");
        QCOMPARE(parsed->matches(object), matches);
    }

    void registryLookups_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("groupResource");
        QTest::newRow("short po") << QByteArray("po") << QByteArray("pods");
        QTest::newRow("kind") << QByteArray("Deployment") << QByteArray("deployments.apps");
        QTest::newRow("short deploy") << QByteArray("deploy") << QByteArray("deployments.apps");
        QTest::newRow("singular") << QByteArray("statefulset") << QByteArray("statefulsets.apps");
        QTest::newRow("hpa") << QByteArray("hpa") << QByteArray("horizontalpodautoscalers.autoscaling");
        QTest::newRow("events core first") << QByteArray("ev") << QByteArray("events");
        QTest::newRow("qualified") << QByteArray("events.events.k8s.io") << QByteArray("events.events.k8s.io");
        QTest::newRow("httproutes") << QByteArray("httproutes") << QByteArray("httproutes.gateway.networking.k8s.io");
        QTest::newRow("crd") << QByteArray("crd") << QByteArray("customresourcedefinitions.apiextensions.k8s.io");
    }
    void registryLookups()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, groupResource);
        const auto found = ResourceRegistry::builtin().resolve(name.toStdString());
        QVERIFY(!found.empty());
        QCOMPARE(QByteArray::fromStdString(found.front()->groupResource()), groupResource);
    }

    void registryShape()
    {
        const auto& reg = ResourceRegistry::builtin();
        QStringList all;
        for (const auto* r : reg.inCategory("all"))
            all << QString::fromStdString(r->plural);
        for (const char* expected : {"pods", "services", "deployments", "replicasets", "statefulsets", "daemonsets",
                                     "jobs", "cronjobs", "horizontalpodautoscalers"})
            QVERIFY2(all.contains(QString::fromLatin1(expected)), expected);
        QVERIFY(!all.contains(QStringLiteral("events")));
        QVERIFY(reg.find("autoscaling", "v1", "horizontalpodautoscalers"));
        QVERIFY(reg.find("autoscaling", "v2", "horizontalpodautoscalers")->preferred);
        QVERIFY(reg.find("apps", "v1", "deployments")->subresource("scale"));
        QVERIFY(reg.find("", "v1", "pods")->subresource("log"));
        QVERIFY(reg.find("gateway.networking.k8s.io", "v1", "httproutes")->customResource);
        QVERIFY(!reg.find("metrics.k8s.io", "v1beta1", "pods")->stored);
        QVERIFY(!reg.find("", "v1", "nodes")->namespaced);
        const auto groups = reg.groups();
        QVERIFY(groups.front().group.empty());
        for (const auto& g : groups)
            if (g.group == "autoscaling")
                QCOMPARE(QByteArray::fromStdString(g.versions.front()), QByteArray("v2"));
    }
};

QTEST_GUILESS_MAIN(TestSelector)
#include "tst_selector.moc"
