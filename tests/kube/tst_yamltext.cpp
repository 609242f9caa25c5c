#include "kube/kubectlcommand.h"
#include "kube/logring.h"
#include "kube/logstream.h"
#include "kube/objectyamlloader.h"
#include "kube/yamltext.h"

#include <QTest>

using namespace lcl;
using kube::YamlText;

class TestYamlText final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void yaml_data();
    void yaml();
    void invalidInput_data();
    void invalidInput();
    void secretInRealFixtureShape();
    void ringKeepsNewest();
    void ringCapacityChange();
    void parseLine_data();
    void parseLine();
    void kubectl_data();
    void kubectl();
    void paths_data();
    void paths();
};

void TestYamlText::yaml_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("secret data masked with decoded length")
        << QByteArray(R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"s","namespace":"search"},)"
                      R"("data":{"postgres-password":"c3VwZXJzZWNyZXQ=","jwt-key":"a2V5"},"type":"Opaque"})")
        << QStringList{QStringLiteral("postgres-password: \"<hidden: 11 bytes>\""), QStringLiteral("jwt-key: \"<hidden: 3 bytes>\""),
                       QStringLiteral("kind: Secret"), QStringLiteral("type: Opaque")}
        << QStringList{QStringLiteral("c3VwZXJzZWNyZXQ="), QStringLiteral("a2V5"), QStringLiteral("supersecret")};
    QTest::newRow("secret stringData and last-applied masked")
        << QByteArray(R"({"kind":"Secret","metadata":{"name":"s","annotations":{"kubectl.kubernetes.io/last-applied-configuration":)"
                      R"("{\"stringData\":{\"token\":\"hunter2\"}}","team":"search"}},"stringData":{"token":"hunter2"}})")
        << QStringList{QStringLiteral("token: \"<hidden: 7 bytes>\""), QStringLiteral("team: search")}
        << QStringList{QStringLiteral("hunter2")};
    QTest::newRow("managedFields dropped, keys sorted, numbers kept")
        << QByteArray(R"({"kind":"Deployment","spec":{"replicas":3,"paused":false},"metadata":{"name":"web",)"
                      R"("managedFields":[{"manager":"kubectl"}],"labels":{"port":"80"}}})")
        << QStringList{QStringLiteral("kind: Deployment\nmetadata:"), QStringLiteral("replicas: 3"),
                       QStringLiteral("paused: false"), QStringLiteral("port: \"80\"")}
        << QStringList{QStringLiteral("managedFields"), QStringLiteral("manager")};
    QTest::newRow("configmap values are not secrets")
        << QByteArray(R"({"kind":"ConfigMap","data":{"greeting":"hello\nworld"}})")
        << QStringList{QStringLiteral("greeting: |"), QStringLiteral("  hello\n")}
        << QStringList{QStringLiteral("<hidden")};
    QTest::newRow("empty collections")
        << QByteArray(R"({"kind":"Pod","spec":{"volumes":[],"nodeSelector":{}}})")
        << QStringList{QStringLiteral("volumes: []"), QStringLiteral("nodeSelector: {}")} << QStringList{};
}

void TestYamlText::yaml()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const Result<QString> yaml = YamlText::fromJson(json);
    QVERIFY2(yaml.ok(), qPrintable(yaml.ok() ? QString() : yaml.error().toString()));
    for (const QString& text : present)
        QVERIFY2(yaml->contains(text), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(text, *yaml)));
    for (const QString& text : absent)
        QVERIFY2(!yaml->contains(text), qPrintable(QStringLiteral("unexpected \"%1\" in:\n%2").arg(text, *yaml)));
}

void TestYamlText::invalidInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray(R"({"kind":"Secret","data":{)");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("text") << QByteArray("404 page not found");
}

void TestYamlText::invalidInput()
{
    QFETCH(QByteArray, json);
    const Result<QString> yaml = YamlText::fromJson(json);
    QVERIFY(!yaml.ok());
    QCOMPARE(yaml.error().kind, Error::Kind::Parse);
    QVERIFY(!yaml.error().message.isEmpty());
}

void TestYamlText::secretInRealFixtureShape()
{
    // Masking is off on request (never used by the views, but the option must do what it says).
    const QByteArray json = R"({"kind":"Secret","data":{"k":"dmFsdWU="}})";
    YamlText::Options options;
    options.maskSecrets = false;
    const Result<QString> yaml = YamlText::fromJson(json, options);
    QVERIFY(yaml.ok());
    QVERIFY(yaml->contains(QStringLiteral("dmFsdWU=")));
}

void TestYamlText::ringKeepsNewest()
{
    kube::LogRing ring(3);
    for (int i = 0; i < 5; ++i)
        ring.append({QStringLiteral("p"), {}, 0, QString::number(i)});
    QCOMPARE(ring.size(), 3);
    QCOMPARE(ring.dropped(), 2);
    QCOMPARE(ring.at(0).text, QStringLiteral("2"));
    QCOMPARE(ring.at(2).text, QStringLiteral("4"));
    ring.dropFront(2);
    QCOMPARE(ring.size(), 1);
    QCOMPARE(ring.at(0).text, QStringLiteral("4"));
    ring.append({QStringLiteral("p"), {}, 0, QStringLiteral("5")});
    ring.append({QStringLiteral("p"), {}, 0, QStringLiteral("6")});
    ring.append({QStringLiteral("p"), {}, 0, QStringLiteral("7")});
    QCOMPARE(ring.size(), 3);
    QCOMPARE(ring.at(0).text, QStringLiteral("5"));
    QCOMPARE(ring.at(2).text, QStringLiteral("7"));
}

void TestYamlText::ringCapacityChange()
{
    kube::LogRing ring(10);
    for (int i = 0; i < 8; ++i)
        ring.append({{}, {}, 0, QString::number(i)});
    ring.setCapacity(4);
    QCOMPARE(ring.size(), 4);
    QCOMPARE(ring.at(0).text, QStringLiteral("4"));
    QCOMPARE(ring.dropped(), 4);
    ring.append({{}, {}, 0, QStringLiteral("8")});
    QCOMPARE(ring.at(0).text, QStringLiteral("5"));
    QCOMPARE(ring.at(3).text, QStringLiteral("8"));
}

void TestYamlText::parseLine_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("nanoseconds") << QStringLiteral("2026-11-26T10:02:03.123456789Z GET /search 200") << qint64(1795687323123)
                                 << QStringLiteral("GET /search 200");
    QTest::newRow("seconds") << QStringLiteral("2026-11-26T10:02:03Z ready") << qint64(1795687323000) << QStringLiteral("ready");
    QTest::newRow("no timestamp") << QStringLiteral("plain line") << qint64(0) << QStringLiteral("plain line");
    QTest::newRow("number first") << QStringLiteral("42 apples") << qint64(0) << QStringLiteral("42 apples");
    QTest::newRow("empty") << QString() << qint64(0) << QString();
}

void TestYamlText::parseLine()
{
    QFETCH(QString, raw);
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    const kube::LogLine line = kube::LogStream::parseLine(QStringLiteral("pod"), QStringLiteral("c"), raw);
    QCOMPARE(line.timestampMs, ms);
    QCOMPARE(line.text, text);
    QCOMPARE(line.pod, QStringLiteral("pod"));
}

void TestYamlText::kubectl_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected");
    const kube::KubectlCommand k(QStringLiteral("lclab"));
    QTest::newRow("pods") << k.getPods(QStringLiteral("search"), {{QStringLiteral("app"), QStringLiteral("search-api")}})
                          << QStringLiteral("kubectl --context=lclab get pods -n search -l app=search-api -o wide");
    QTest::newRow("yaml") << k.getYaml({QStringLiteral("secrets"), QStringLiteral("search"), QStringLiteral("search-api-secret")})
                          << QStringLiteral("kubectl --context=lclab get secret search-api-secret -n search -o yaml");
    QTest::newRow("logs previous")
        << k.logs({QStringLiteral("pods"), QStringLiteral("search"), QStringLiteral("p-1")}, QStringLiteral("api"), true, false)
        << QStringLiteral("kubectl --context=lclab logs -n search p-1 -c api --previous --timestamps");
    QTest::newRow("logs workload")
        << k.logs({QStringLiteral("deployments"), QStringLiteral("search"), QStringLiteral("web")}, {}, false, true)
        << QStringLiteral("kubectl --context=lclab logs -n search deployment/web --prefix --all-containers -f --timestamps");
    QTest::newRow("events") << k.events({QStringLiteral("deployments"), QStringLiteral("search"), QStringLiteral("web")})
                            << QStringLiteral("kubectl --context=lclab events -n search --for deployment/web");
    QTest::newRow("quoting") << kube::KubectlCommand(QStringLiteral("my ctx")).events()
                             << QStringLiteral("kubectl '--context=my ctx' events -A");
    QTest::newRow("objects")
        << k.getObjects({{QStringLiteral("deployments"), QStringLiteral("s"), QStringLiteral("a")},
                         {QStringLiteral("horizontalpodautoscalers"), QStringLiteral("s"), QStringLiteral("a")}})
        << QStringLiteral("kubectl --context=lclab get deployment/a hpa/a -n s");
}

void TestYamlText::kubectl()
{
    QFETCH(QString, command);
    QFETCH(QString, expected);
    QCOMPARE(command, expected);
}

void TestYamlText::paths_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("deployment") << QStringLiteral("deployments") << QStringLiteral("/apis/apps/v1/namespaces/ns/deployments/x");
    QTest::newRow("secret") << QStringLiteral("secrets") << QStringLiteral("/api/v1/namespaces/ns/secrets/x");
    QTest::newRow("node is cluster-scoped") << QStringLiteral("nodes") << QStringLiteral("/api/v1/nodes/x");
    QTest::newRow("unknown") << QStringLiteral("widgets") << QString();
}

void TestYamlText::paths()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const auto path = kube::ObjectYamlLoader::pathOf({kind, QStringLiteral("ns"), QStringLiteral("x")});
    QCOMPARE(path ? path->toString() : QString(), expected);
}

QTEST_GUILESS_MAIN(TestYamlText)
#include "tst_yamltext.moc"
