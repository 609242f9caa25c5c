#include "labsim/jsonpatch.h"
#include "labsim/patch.h"
#include "labsim/resourceregistry.h"
#include "labsim/strategicmerge.h"

#include <QTest>

using namespace lcl::sim;
using nlohmann::json;

// Every PATCH body type against one deployment-like object, including the error paths.
class TestPatch final : public QObject {
    Q_OBJECT

private:
    static json target()
    {
        return json::parse(R"({
          "apiVersion":"apps/v1","kind":"Deployment",
          "metadata":{"name":"api","labels":{"app":"api","tier":"web"},"resourceVersion":"7"},
          "spec":{"replicas":2,"template":{"spec":{
            "containers":[
              {"name":"api","image":"api:1","env":[{"name":"A","value":"1"},{"name":"B","value":"2"}],
               "ports":[{"containerPort":8080,"protocol":"TCP"}]},
              {"name":"sidecar","image":"envoy:1"}],
            "volumes":[{"name":"data","emptyDir":{}}]}}}})");
    }

    static void addRows()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("pointer");
        QTest::addColumn<QByteArray>("expected"); // JSON at `pointer` after the patch
    }

private Q_SLOTS:
    void patches_data()
    {
        addRows();
        const int merge = int(PatchType::Merge), smp = int(PatchType::StrategicMerge), jp = int(PatchType::Json),
                  apply = int(PatchType::Apply);
        QTest::newRow("merge: scalar") << merge << QByteArray(R"({"spec":{"replicas":5}})") << QByteArray("/spec/replicas") << QByteArray("5");
        QTest::newRow("merge: null deletes") << merge << QByteArray(R"({"metadata":{"labels":{"tier":null}}})")
                                             << QByteArray("/metadata/labels") << QByteArray(R"({"app":"api"})");
        QTest::newRow("merge: list replaced") << merge
                                              << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"name":"api","image":"api:2"}]}}}})")
                                              << QByteArray("/spec/template/spec/containers") << QByteArray(R"([{"name":"api","image":"api:2"}])");
        QTest::newRow("smp: container merged by name")
            << smp << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"name":"api","image":"api:2"}]}}}})")
            << QByteArray("/spec/template/spec/containers/1/image") << QByteArray(R"("envoy:1")");
        QTest::newRow("smp: image changed in place")
            << smp << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"name":"api","image":"api:2"}]}}}})")
            << QByteArray("/spec/template/spec/containers/0/image") << QByteArray(R"("api:2")");
        QTest::newRow("smp: new container appended")
            << smp << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"name":"log","image":"fluent:1"}]}}}})")
            << QByteArray("/spec/template/spec/containers/2/name") << QByteArray(R"("log")");
        QTest::newRow("smp: env merged by name")
            << smp << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"name":"api","env":[{"name":"B","value":"3"}]}]}}}})")
            << QByteArray("/spec/template/spec/containers/0/env") << QByteArray(R"([{"name":"A","value":"1"},{"name":"B","value":"3"}])");
        QTest::newRow("smp: ports by containerPort")
            << smp << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"name":"api","ports":[{"containerPort":8080,"name":"http"}]}]}}}})")
            << QByteArray("/spec/template/spec/containers/0/ports") << QByteArray(R"([{"containerPort":8080,"protocol":"TCP","name":"http"}])");
        QTest::newRow("smp: $patch delete")
            << smp << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"name":"sidecar","$patch":"delete"}]}}}})")
            << QByteArray("/spec/template/spec/containers") << QByteArray(R"([{"name":"api","image":"api:1","env":[{"name":"A","value":"1"},{"name":"B","value":"2"}],"ports":[{"containerPort":8080,"protocol":"TCP"}]}])");
        QTest::newRow("smp: $patch replace list")
            << smp << QByteArray(R"({"spec":{"template":{"spec":{"volumes":[{"name":"cache","emptyDir":{}},{"$patch":"replace"}]}}}})")
            << QByteArray("/spec/template/spec/volumes") << QByteArray(R"([{"name":"cache","emptyDir":{}}])");
        QTest::newRow("smp: $setElementOrder ignored")
            << smp << QByteArray(R"({"spec":{"template":{"spec":{"$setElementOrder/containers":[{"name":"sidecar"},{"name":"api"}],"containers":[{"name":"api","image":"api:3"}]}}}})")
            << QByteArray("/spec/template/spec/containers/0/image") << QByteArray(R"("api:3")");
        QTest::newRow("smp: map $patch replace")
            << smp << QByteArray(R"({"metadata":{"labels":{"only":"this","$patch":"replace"}}})")
            << QByteArray("/metadata/labels") << QByteArray(R"({"only":"this"})");
        QTest::newRow("smp: null deletes key") << smp << QByteArray(R"({"metadata":{"labels":{"app":null}}})")
                                               << QByteArray("/metadata/labels") << QByteArray(R"({"tier":"web"})");
        QTest::newRow("json: add") << jp << QByteArray(R"([{"op":"add","path":"/metadata/labels/new","value":"x"}])")
                                   << QByteArray("/metadata/labels/new") << QByteArray(R"("x")");
        QTest::newRow("json: remove") << jp << QByteArray(R"([{"op":"remove","path":"/metadata/labels/tier"}])")
                                      << QByteArray("/metadata/labels") << QByteArray(R"({"app":"api"})");
        QTest::newRow("json: replace") << jp << QByteArray(R"([{"op":"replace","path":"/spec/replicas","value":3}])")
                                       << QByteArray("/spec/replicas") << QByteArray("3");
        QTest::newRow("json: move") << jp << QByteArray(R"([{"op":"move","from":"/metadata/labels/tier","path":"/metadata/labels/layer"}])")
                                    << QByteArray("/metadata/labels") << QByteArray(R"({"app":"api","layer":"web"})");
        QTest::newRow("json: copy") << jp << QByteArray(R"([{"op":"copy","from":"/metadata/labels/app","path":"/metadata/labels/name"}])")
                                    << QByteArray("/metadata/labels/name") << QByteArray(R"("api")");
        QTest::newRow("json: test then replace") << jp
                                                 << QByteArray(R"([{"op":"test","path":"/spec/replicas","value":2},{"op":"replace","path":"/spec/replicas","value":4}])")
                                                 << QByteArray("/spec/replicas") << QByteArray("4");
        QTest::newRow("json: append to list") << jp << QByteArray(R"([{"op":"add","path":"/spec/template/spec/volumes/-","value":{"name":"tmp"}}])")
                                              << QByteArray("/spec/template/spec/volumes/1/name") << QByteArray(R"("tmp")");
        QTest::newRow("apply: yaml merges by name")
            << apply << QByteArray("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 6\n  template:\n    spec:\n      containers:\n      - name: api\n        image: \"api:9\"\n")
            << QByteArray("/spec/template/spec/containers/1/name") << QByteArray(R"("sidecar")");
        QTest::newRow("apply: yaml scalar types") << apply << QByteArray("kind: Deployment\nspec:\n  replicas: 6\n")
                                                  << QByteArray("/spec/replicas") << QByteArray("6");
        QTest::newRow("apply: json body") << apply << QByteArray(R"({"kind":"Deployment","metadata":{"labels":{"x":"1"}}})")
                                          << QByteArray("/metadata/labels/x") << QByteArray(R"("1")");
    }
    void patches()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, pointer);
        QFETCH(QByteArray, expected);
        const auto& deployments = *ResourceRegistry::builtin().findByGroupResource("deployments.apps");
        auto result = Patch::apply(target(), PatchType(type), body.toStdString(), deployments);
        QVERIFY2(result, result ? "" : result.error().message.c_str());
        const auto actual = result.value().at(json::json_pointer(pointer.toStdString()));
        QCOMPARE(QByteArray::fromStdString(actual.dump()), QByteArray::fromStdString(json::parse(expected.toStdString()).dump()));
        // Everything else is untouched.
        QCOMPARE(QByteArray::fromStdString(result.value()["metadata"].value("name", "")), QByteArray("api"));
    }

    void errors_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("resource");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        const int merge = int(PatchType::Merge), smp = int(PatchType::StrategicMerge), jp = int(PatchType::Json),
                  apply = int(PatchType::Apply);
        const QByteArray deploy("deployments.apps");
        const QByteArray route("httproutes.gateway.networking.k8s.io");
        QTest::newRow("merge: not json") << merge << deploy << QByteArray("{spec:") << 400;
        QTest::newRow("merge: array") << merge << deploy << QByteArray("[1]") << 400;
        QTest::newRow("smp on a CRD") << smp << route << QByteArray(R"({"spec":{}})") << 415;
        QTest::newRow("smp: element without merge key")
            << smp << deploy << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"image":"x"}]}}}})") << 400;
        QTest::newRow("json: not a list") << jp << deploy << QByteArray(R"({"op":"add"})") << 400;
        QTest::newRow("json: unknown op") << jp << deploy << QByteArray(R"([{"op":"frobnicate","path":"/a"}])") << 400;
        QTest::newRow("json: missing path") << jp << deploy << QByteArray(R"([{"op":"remove"}])") << 400;
        QTest::newRow("json: invalid pointer") << jp << deploy << QByteArray(R"([{"op":"remove","path":"spec"}])") << 400;
        QTest::newRow("json: missing value") << jp << deploy << QByteArray(R"([{"op":"add","path":"/a"}])") << 400;
        QTest::newRow("json: remove missing path") << jp << deploy << QByteArray(R"([{"op":"remove","path":"/spec/nothing"}])") << 422;
        QTest::newRow("json: add under missing parent") << jp << deploy << QByteArray(R"([{"op":"add","path":"/no/such/key","value":1}])") << 422;
        QTest::newRow("json: test fails") << jp << deploy << QByteArray(R"([{"op":"test","path":"/spec/replicas","value":9}])") << 422;
        QTest::newRow("apply: bad yaml") << apply << deploy << QByteArray("a: [1, 2\nb: {") << 400;
        QTest::newRow("apply: wrong kind") << apply << deploy << QByteArray("kind: Service\n") << 400;
    }
    void errors()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, resource);
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        const auto* info = ResourceRegistry::builtin().findByGroupResource(resource.toStdString());
        QVERIFY(info);
        auto result = Patch::apply(target(), PatchType(type), body.toStdString(), *info);
        QVERIFY(!result);
        QCOMPARE(result.error().code, code);
        QVERIFY(!result.error().message.empty());
    }

    void contentTypes_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("type"); // -1: unsupported (415)
        QTest::newRow("merge") << QByteArray("application/merge-patch+json") << int(PatchType::Merge);
        QTest::newRow("smp") << QByteArray("application/strategic-merge-patch+json") << int(PatchType::StrategicMerge);
        QTest::newRow("json") << QByteArray("application/json-patch+json; charset=utf-8") << int(PatchType::Json);
        QTest::newRow("apply") << QByteArray("application/apply-patch+yaml") << int(PatchType::Apply);
        QTest::newRow("plain json") << QByteArray("application/json") << -1;
        QTest::newRow("cbor apply") << QByteArray("application/apply-patch+cbor") << -1;
    }
    void contentTypes()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(int, type);
        PatchType parsed = PatchType::Merge;
        const bool ok = Patch::typeForContentType(contentType.toStdString(), parsed);
        QCOMPARE(ok, type >= 0);
        if (ok)
            QCOMPARE(int(parsed), type);
    }
};

QTEST_GUILESS_MAIN(TestPatch)
#include "tst_patch.moc"
