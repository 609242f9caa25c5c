// The API server's own surface over real TLS: version, health, authentication (tokens, client certificate),
// RBAC, discovery, OpenAPI, Table output, and Status errors for bad requests.

#include "support/simprocess.h"
#include "support/testenv.h"
#include "tst_serverclient.h"

#include <QJsonArray>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using lcl::test::ServerClient;
using Credential = lcl::test::ServerClient::Credential;

class TstServer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionIsK3s131();
    void healthEndpoints();
    void kubeconfigHasThreeContexts();
    void authentication_data();
    void authentication();
    void aggregatedDiscovery();
    void legacyDiscovery();
    void openApi();
    void tableOutput();
    void selfSubjectAccessReview_data();
    void selfSubjectAccessReview();
    void badRequests_data();
    void badRequests();
    void scaleSubresource();
    void podLogs();
    void metricsApi();
    void serviceProxyWithoutTarget();
    void dryRunDoesNotPersist();
    void eventsInBothGroups();
    void restartKeepsCredentials();
    void connectionBurstIsAccepted();
    void cleanup();

private:
    lcl::test::SimProcess m_sim;
    std::unique_ptr<ServerClient> m_client;
};

void TstServer::initTestCase()
{
    QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
    m_client = std::make_unique<ServerClient>(m_sim);
}

void TstServer::cleanup()
{
    QVERIFY2(m_sim.isRunning(), QByteArray("the simulator died during the test:\n" + m_sim.standardError().right(3000)).constData());
}

void TstServer::versionIsK3s131()
{
    const lcl::test::ServerReply reply = m_client->get(QStringLiteral("/version"), Credential::None);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("gitVersion")).toString(), QStringLiteral("v1.31.4+k3s1"));
    QCOMPARE(reply.json().value(QStringLiteral("major")).toString(), QStringLiteral("1"));
    QCOMPARE(reply.json().value(QStringLiteral("minor")).toString(), QStringLiteral("31"));
}

void TstServer::healthEndpoints()
{
    for (const char* path : {"/healthz", "/readyz", "/livez"}) {
        const lcl::test::ServerReply reply = m_client->get(QLatin1String(path), Credential::None);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("ok"));
    }
}

void TstServer::kubeconfigHasThreeContexts()
{
    QVERIFY(QFileInfo(m_sim.kubeconfigPath()).isAbsolute());
    const QByteArray text = ServerClient::readFile(m_sim.kubeconfigPath());
    QVERIFY(text.contains("current-context: lclab"));
    QVERIFY(text.contains("certificate-authority-data: "));
    QVERIFY(text.contains(QByteArray("server: " + m_sim.serverUrl().toUtf8())));
    for (const char* name : {"- name: lclab\n", "- name: lclab-readonly\n", "- name: lclab-cert\n",
                             "- name: lclab-admin\n", "client-certificate-data: ", "client-key-data: "})
        QVERIFY2(text.contains(name), name);
    QCOMPARE(text.count("namespace: default"), 3);
    QVERIFY(!text.contains(ServerClient::readFile(m_sim.stateDir() + QStringLiteral("/ca.crt")))); // base64, not PEM
    QCOMPARE(QFileInfo(m_sim.kubeconfigPath()).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
}

void TstServer::authentication_data()
{
    QTest::addColumn<int>("credential");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("admin token") << int(Credential::Admin) << QStringLiteral("/api/v1/namespaces") << 200;
    QTest::newRow("read-only token") << int(Credential::ReadOnly) << QStringLiteral("/api/v1/namespaces") << 200;
    QTest::newRow("client certificate") << int(Credential::Certificate) << QStringLiteral("/api/v1/namespaces") << 200;
    QTest::newRow("wrong token") << int(Credential::Wrong) << QStringLiteral("/api/v1/namespaces") << 401;
    QTest::newRow("no credentials") << int(Credential::None) << QStringLiteral("/api/v1/namespaces") << 401;
    QTest::newRow("wrong token on /version") << int(Credential::Wrong) << QStringLiteral("/version") << 401;
    QTest::newRow("no credentials on discovery") << int(Credential::None) << QStringLiteral("/apis") << 401;
}

void TstServer::authentication()
{
    QFETCH(int, credential);
    QFETCH(QString, path);
    QFETCH(int, status);
    const lcl::test::ServerReply reply = m_client->get(path, Credential(credential));
    QVERIFY2(reply.error.isEmpty() || reply.status != 0, qPrintable(reply.error));
    QCOMPARE(reply.status, status);
    if (status == 401) {
        QCOMPARE(reply.json().value(QStringLiteral("kind")).toString(), QStringLiteral("Status"));
        QCOMPARE(reply.json().value(QStringLiteral("reason")).toString(), QStringLiteral("Unauthorized"));
        QCOMPARE(reply.json().value(QStringLiteral("code")).toInt(), 401);
    }
}

void TstServer::aggregatedDiscovery()
{
    const QByteArray accept = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
                              "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,"
                              "application/json";
    const lcl::test::ServerReply apis = m_client->get(QStringLiteral("/apis"), Credential::Admin, accept);
    QCOMPARE(apis.status, 200);
    QCOMPARE(apis.contentType, QByteArray("application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList"));
    QCOMPARE(apis.json().value(QStringLiteral("kind")).toString(), QStringLiteral("APIGroupDiscoveryList"));
    QStringList groups;
    QJsonObject deployments;
    for (const QJsonValue& item : apis.json().value(QStringLiteral("items")).toArray()) {
        const QString name = item[QStringLiteral("metadata")][QStringLiteral("name")].toString();
        groups << name;
        if (name != QStringLiteral("apps"))
            continue;
        for (const QJsonValue& r : item[QStringLiteral("versions")][0][QStringLiteral("resources")].toArray())
            if (r[QStringLiteral("resource")].toString() == QStringLiteral("deployments"))
                deployments = r.toObject();
    }
    for (const char* g : {"apps", "batch", "gateway.networking.k8s.io", "metrics.k8s.io", "events.k8s.io",
                          "authorization.k8s.io"})
        QVERIFY2(groups.contains(QLatin1String(g)), g);
    QVERIFY(!groups.contains(QString())); // the core group is only under /api
    QCOMPARE(deployments.value(QStringLiteral("shortNames")).toArray().first().toString(), QStringLiteral("deploy"));
    QCOMPARE(deployments.value(QStringLiteral("scope")).toString(), QStringLiteral("Namespaced"));
    QVERIFY(QJsonDocument(deployments).toJson().contains("\"Scale\""));

    const QByteArray beta = "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList";
    const lcl::test::ServerReply core = m_client->get(QStringLiteral("/api"), Credential::Admin, beta);
    QCOMPARE(core.contentType, beta);
    QCOMPARE(core.json().value(QStringLiteral("apiVersion")).toString(), QStringLiteral("apidiscovery.k8s.io/v2beta1"));
    QCOMPARE(core.json()[QStringLiteral("items")][0][QStringLiteral("metadata")][QStringLiteral("name")].toString(),
             QString());
}

void TstServer::legacyDiscovery()
{
    const lcl::test::ServerReply api = m_client->get(QStringLiteral("/api"));
    QCOMPARE(api.status, 200);
    QCOMPARE(api.json().value(QStringLiteral("kind")).toString(), QStringLiteral("APIVersions"));
    const lcl::test::ServerReply v1 = m_client->get(QStringLiteral("/api/v1"));
    QCOMPARE(v1.json().value(QStringLiteral("kind")).toString(), QStringLiteral("APIResourceList"));
    QStringList names;
    for (const QJsonValue& r : v1.json().value(QStringLiteral("resources")).toArray())
        names << r[QStringLiteral("name")].toString();
    for (const char* n : {"pods", "pods/log", "services", "namespaces", "events", "nodes"})
        QVERIFY2(names.contains(QLatin1String(n)), n);
    const lcl::test::ServerReply apps = m_client->get(QStringLiteral("/apis/apps/v1"));
    QVERIFY(apps.body.contains("\"deployments/scale\""));
    QVERIFY(apps.body.contains("\"autoscaling\""));
    const lcl::test::ServerReply groupList = m_client->get(QStringLiteral("/apis"));
    QCOMPARE(groupList.json().value(QStringLiteral("kind")).toString(), QStringLiteral("APIGroupList"));
    QCOMPARE(m_client->get(QStringLiteral("/apis/apps")).json().value(QStringLiteral("kind")).toString(),
             QStringLiteral("APIGroup"));
    QCOMPARE(m_client->get(QStringLiteral("/apis/nope.example.com/v1")).status, 404);
}

void TstServer::openApi()
{
    const lcl::test::ServerReply root = m_client->get(QStringLiteral("/openapi/v3"));
    QCOMPARE(root.status, 200);
    const QString url = root.json()[QStringLiteral("paths")][QStringLiteral("apis/apps/v1")]
                            [QStringLiteral("serverRelativeURL")].toString();
    QVERIFY2(url.startsWith(QStringLiteral("/openapi/v3/apis/apps/v1?hash=")), qPrintable(url));
    const lcl::test::ServerReply doc = m_client->get(url);
    QCOMPARE(doc.status, 200);
    const QJsonObject patch = doc.json()[QStringLiteral("paths")]
                                  [QStringLiteral("/apis/apps/v1/namespaces/{namespace}/deployments/{name}")]
                                  [QStringLiteral("patch")].toObject();
    QCOMPARE(patch[QStringLiteral("x-kubernetes-group-version-kind")][QStringLiteral("kind")].toString(),
             QStringLiteral("Deployment"));
    QVERIFY(QJsonDocument(patch).toJson().contains("fieldValidation"));
    QCOMPARE(m_client->get(QStringLiteral("/openapi/v2")).status, 404);
    QCOMPARE(m_client->get(QStringLiteral("/openapi/v3/apis/nope/v1")).status, 404);
}

void TstServer::tableOutput()
{
    const QByteArray accept = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json";
    const lcl::test::ServerReply pods = m_client->get(QStringLiteral("/api/v1/pods?limit=500"), Credential::Admin, accept);
    QCOMPARE(pods.status, 200);
    QCOMPARE(pods.json().value(QStringLiteral("kind")).toString(), QStringLiteral("Table"));
    QStringList columns;
    for (const QJsonValue& c : pods.json().value(QStringLiteral("columnDefinitions")).toArray())
        if (c[QStringLiteral("priority")].toInt() == 0)
            columns << c[QStringLiteral("name")].toString();
    QCOMPARE(columns, QStringList({QStringLiteral("Name"), QStringLiteral("Ready"), QStringLiteral("Status"),
                                   QStringLiteral("Restarts"), QStringLiteral("Age")}));
    const QJsonArray rows = pods.json().value(QStringLiteral("rows")).toArray();
    QVERIFY(rows.size() > 5);
    QCOMPARE(rows[0][QStringLiteral("object")][QStringLiteral("kind")].toString(),
             QStringLiteral("PartialObjectMetadata"));
    QVERIFY(!rows[0][QStringLiteral("object")][QStringLiteral("metadata")][QStringLiteral("namespace")].toString().isEmpty());
    QVERIFY(rows[0][QStringLiteral("cells")][1].toString().contains(QLatin1Char('/')));

    const lcl::test::ServerReply deploys =
        m_client->get(QStringLiteral("/apis/apps/v1/deployments"), Credential::Admin, accept);
    QStringList deployColumns;
    for (const QJsonValue& c : deploys.json().value(QStringLiteral("columnDefinitions")).toArray())
        if (c[QStringLiteral("priority")].toInt() == 0)
            deployColumns << c[QStringLiteral("name")].toString();
    QCOMPARE(deployColumns, QStringList({QStringLiteral("Name"), QStringLiteral("Ready"), QStringLiteral("Up-to-date"),
                                         QStringLiteral("Available"), QStringLiteral("Age")}));
}

void TstServer::selfSubjectAccessReview_data()
{
    QTest::addColumn<int>("credential");
    QTest::addColumn<QString>("verb");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("admin may patch") << int(Credential::Admin) << QStringLiteral("patch") << true;
    QTest::newRow("read-only may list") << int(Credential::ReadOnly) << QStringLiteral("list") << true;
    QTest::newRow("read-only may not patch") << int(Credential::ReadOnly) << QStringLiteral("patch") << false;
    QTest::newRow("certificate admin may delete") << int(Credential::Certificate) << QStringLiteral("delete") << true;
}

void TstServer::selfSubjectAccessReview()
{
    QFETCH(int, credential);
    QFETCH(QString, verb);
    QFETCH(bool, allowed);
    const QByteArray body = R"({"apiVersion":"authorization.k8s.io/v1","kind":"SelfSubjectAccessReview",)"
                            R"("spec":{"resourceAttributes":{"namespace":"search","verb":")"
                            + verb.toUtf8() + R"(","group":"apps","resource":"deployments","subresource":"scale"}}})";
    const lcl::test::ServerReply reply =
        m_client->send("POST", QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"), body,
                       "application/json", Credential(credential));
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json()[QStringLiteral("status")][QStringLiteral("allowed")].toBool(), allowed);

    const lcl::test::ServerReply rules =
        m_client->send("POST", QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectrulesreviews"),
                       R"({"spec":{"namespace":"search"}})", "application/json", Credential(credential));
    QCOMPARE(rules.status, 201);
    QVERIFY(rules.json()[QStringLiteral("status")][QStringLiteral("resourceRules")].toArray().size() >= 2);
}

void TstServer::badRequests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("credential");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    const QString cms = QStringLiteral("/api/v1/namespaces/default/configmaps");
    const QByteArray json = "application/json";
    const int admin = int(Credential::Admin);
    QTest::newRow("malformed JSON") << QByteArray("POST") << cms << json << QByteArray("{\"kind\": ") << admin << 400
                                    << QStringLiteral("BadRequest");
    QTest::newRow("malformed YAML") << QByteArray("POST") << cms << QByteArray("application/yaml")
                                    << QByteArray("kind: [unclosed\n  - x: :") << admin << 400 << QStringLiteral("BadRequest");
    QTest::newRow("body not an object") << QByteArray("POST") << cms << json << QByteArray("[1,2]") << admin << 400
                                        << QStringLiteral("BadRequest");
    QTest::newRow("unknown resource") << QByteArray("GET") << QStringLiteral("/api/v1/namespaces/default/widgets") << json
                                      << QByteArray() << admin << 404 << QStringLiteral("NotFound");
    QTest::newRow("unknown group") << QByteArray("GET") << QStringLiteral("/apis/example.com/v1/things") << json
                                   << QByteArray() << admin << 404 << QStringLiteral("NotFound");
    QTest::newRow("missing object") << QByteArray("GET") << cms + QStringLiteral("/no-such-map") << json << QByteArray()
                                    << admin << 404 << QStringLiteral("NotFound");
    QTest::newRow("bad token") << QByteArray("GET") << cms << json << QByteArray() << int(Credential::Wrong) << 401
                               << QStringLiteral("Unauthorized");
    QTest::newRow("read-only create") << QByteArray("POST") << cms << json
                                      << QByteArray(R"({"metadata":{"name":"ro"}})") << int(Credential::ReadOnly)
                                      << 403 << QStringLiteral("Forbidden");
    QTest::newRow("read-only delete") << QByteArray("DELETE") << QStringLiteral("/api/v1/namespaces/search")
                                      << json << QByteArray() << int(Credential::ReadOnly) << 403
                                      << QStringLiteral("Forbidden");
    QTest::newRow("invalid object (no name)") << QByteArray("POST") << cms << json
                                              << QByteArray(R"({"metadata":{"labels":{"a":"b"}}})") << admin << 422
                                              << QStringLiteral("Invalid");
    QTest::newRow("unsupported patch type") << QByteArray("PATCH") << cms + QStringLiteral("/kube-root-ca.crt")
                                            << QByteArray("text/plain") << QByteArray("{}") << admin << 415
                                            << QStringLiteral("UnsupportedMediaType");
    QTest::newRow("strategic merge on a CRD")
        << QByteArray("PATCH") << QStringLiteral("/apis/gateway.networking.k8s.io/v1/namespaces/search/httproutes/x")
        << QByteArray("application/strategic-merge-patch+json") << QByteArray("{}") << admin << 415
        << QStringLiteral("UnsupportedMediaType");
    QTest::newRow("protobuf body") << QByteArray("POST") << cms << QByteArray("application/vnd.kubernetes.protobuf")
                                   << QByteArray("k8s\x00junk", 8) << admin << 415 << QStringLiteral("UnsupportedMediaType");
    QTest::newRow("oversized body") << QByteArray("POST") << cms << json
                                    << QByteArray(R"({"metadata":{"name":"big"},"data":{"x":")")
                                           + QByteArray(4 * 1024 * 1024, 'a') + QByteArray("\"}}")
                                    << admin << 413 << QStringLiteral("RequestEntityTooLarge");
    QTest::newRow("bad dryRun") << QByteArray("POST") << cms + QStringLiteral("?dryRun=Some") << json
                                << QByteArray(R"({"metadata":{"name":"dry"}})") << admin << 400
                                << QStringLiteral("BadRequest");
    QTest::newRow("bad label selector") << QByteArray("GET") << cms + QStringLiteral("?labelSelector=a%20in%20(")
                                        << json << QByteArray() << admin << 400 << QStringLiteral("BadRequest");
    QTest::newRow("unsupported field selector") << QByteArray("GET") << cms + QStringLiteral("?fieldSelector=spec.x%3Dy")
                                                << json << QByteArray() << admin << 400 << QStringLiteral("BadRequest");
    QTest::newRow("kind mismatch") << QByteArray("POST") << cms << json
                                   << QByteArray(R"({"kind":"Secret","apiVersion":"v1","metadata":{"name":"m"}})")
                                   << admin << 400 << QStringLiteral("BadRequest");
    QTest::newRow("apply without fieldManager") << QByteArray("PATCH") << cms + QStringLiteral("/applied")
                                                << QByteArray("application/apply-patch+yaml")
                                                << QByteArray(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"applied"}})")
                                                << admin << 422 << QStringLiteral("Invalid");
    QTest::newRow("bad propagation policy") << QByteArray("DELETE")
                                            << cms + QStringLiteral("/kube-root-ca.crt?propagationPolicy=Sideways")
                                            << json << QByteArray() << admin << 422 << QStringLiteral("Invalid");
}

void TstServer::badRequests()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, credential);
    QFETCH(int, status);
    QFETCH(QString, reason);
    const lcl::test::ServerReply reply = m_client->send(method, path, body, contentType, Credential(credential));
    QVERIFY2(reply.status != 0, qPrintable(reply.error));
    QVERIFY2(reply.status == status, reply.body.left(400).constData());
    const QJsonObject statusObject = reply.json();
    QCOMPARE(statusObject.value(QStringLiteral("kind")).toString(), QStringLiteral("Status"));
    QCOMPARE(statusObject.value(QStringLiteral("status")).toString(), QStringLiteral("Failure"));
    QCOMPARE(statusObject.value(QStringLiteral("reason")).toString(), reason);
    QCOMPARE(statusObject.value(QStringLiteral("code")).toInt(), status);
    QVERIFY(!statusObject.value(QStringLiteral("message")).toString().isEmpty());
    if (status == 403)
        QVERIFY(statusObject.value(QStringLiteral("message")).toString().contains(QStringLiteral("User \"lclab-readonly\" cannot")));
    // The server is still there and answers.
    QCOMPARE(m_client->get(QStringLiteral("/healthz"), Credential::None).status, 200);
}

void TstServer::scaleSubresource()
{
    const lcl::test::ServerReply deploys = m_client->get(QStringLiteral("/apis/apps/v1/namespaces/search/deployments"));
    QCOMPARE(deploys.status, 200);
    const QString name = deploys.json()[QStringLiteral("items")][0][QStringLiteral("metadata")][QStringLiteral("name")].toString();
    QVERIFY(!name.isEmpty());
    const QString path = QStringLiteral("/apis/apps/v1/namespaces/search/deployments/%1/scale").arg(name);
    const lcl::test::ServerReply scale = m_client->get(path);
    QCOMPARE(scale.status, 200);
    QCOMPARE(scale.json().value(QStringLiteral("kind")).toString(), QStringLiteral("Scale"));
    QCOMPARE(scale.json().value(QStringLiteral("apiVersion")).toString(), QStringLiteral("autoscaling/v1"));
    const lcl::test::ServerReply patched =
        m_client->send("PATCH", path, R"({"spec":{"replicas":4}})", "application/merge-patch+json");
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json()[QStringLiteral("spec")][QStringLiteral("replicas")].toInt(), 4);
    const QString rv = scale.json()[QStringLiteral("metadata")][QStringLiteral("resourceVersion")].toString();
    const QByteArray stale = R"({"kind":"Scale","apiVersion":"autoscaling/v1","metadata":{"name":")" + name.toUtf8()
                             + R"(","namespace":"search","resourceVersion":")" + rv.toUtf8()
                             + R"("},"spec":{"replicas":2}})";
    const lcl::test::ServerReply conflict = m_client->send("PUT", path, stale);
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.json().value(QStringLiteral("reason")).toString(), QStringLiteral("Conflict"));
    const lcl::test::ServerReply readOnly =
        m_client->send("PATCH", path, R"({"spec":{"replicas":1}})", "application/merge-patch+json", Credential::ReadOnly);
    QCOMPARE(readOnly.status, 403);
}

void TstServer::podLogs()
{
    const lcl::test::ServerReply pods = m_client->get(QStringLiteral("/api/v1/namespaces/search/pods"));
    const QJsonObject pod = pods.json()[QStringLiteral("items")][0].toObject();
    const QString name = pod[QStringLiteral("metadata")][QStringLiteral("name")].toString();
    const QString base = QStringLiteral("/api/v1/namespaces/search/pods/%1/log").arg(name);
    const lcl::test::ServerReply tail = m_client->get(base + QStringLiteral("?tailLines=2"), Credential::ReadOnly);
    QCOMPARE(tail.status, 200);
    QVERIFY(tail.contentType.startsWith("text/plain"));
    QCOMPARE(tail.body.count('\n'), 2);
    const lcl::test::ServerReply follow =
        m_client->get(base + QStringLiteral("?follow=true&tailLines=1"), Credential::Admin, "*/*", 1500);
    QCOMPARE(follow.status, 200);
    QVERIFY2(follow.body.count('\n') >= 1, follow.body.constData());
    QCOMPARE(m_client->get(base + QStringLiteral("?container=nope")).status, 400);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/namespaces/search/pods/no-such-pod/log")).status, 404);
}

void TstServer::metricsApi()
{
    const lcl::test::ServerReply pods = m_client->get(QStringLiteral("/apis/metrics.k8s.io/v1beta1/namespaces/search/pods"));
    QCOMPARE(pods.status, 200);
    QCOMPARE(pods.json()[QStringLiteral("kind")].toString(), QStringLiteral("PodMetricsList"));
    const QJsonArray items = pods.json()[QStringLiteral("items")].toArray();
    QVERIFY(!items.isEmpty());
    const QString cpu = items[0][QStringLiteral("containers")][0][QStringLiteral("usage")][QStringLiteral("cpu")].toString();
    QVERIFY2(cpu.endsWith(QLatin1Char('m')) && cpu.chopped(1).toInt() > 0, qPrintable(cpu));
    const lcl::test::ServerReply nodes = m_client->get(QStringLiteral("/apis/metrics.k8s.io/v1beta1/nodes"));
    QCOMPARE(nodes.status, 200);
    const QString nodeCpu = nodes.json()[QStringLiteral("items")][0][QStringLiteral("usage")][QStringLiteral("cpu")].toString();
    QVERIFY2(nodeCpu.chopped(1).toInt() > 250, qPrintable(nodeCpu)); // base load plus the pods
}

void TstServer::serviceProxyWithoutTarget()
{
    const lcl::test::ServerReply services = m_client->get(QStringLiteral("/api/v1/namespaces/search/services"));
    const QString name = services.json()[QStringLiteral("items")][0][QStringLiteral("metadata")][QStringLiteral("name")].toString();
    const lcl::test::ServerReply reply =
        m_client->get(QStringLiteral("/api/v1/namespaces/search/services/%1:80/proxy/healthz").arg(name));
    QCOMPARE(reply.status, 503);
    QCOMPARE(reply.json()[QStringLiteral("reason")].toString(), QStringLiteral("ServiceUnavailable"));
    QVERIFY(reply.json()[QStringLiteral("message")].toString().contains(QStringLiteral("no endpoints available")));
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/namespaces/search/services/nope:80/proxy/")).status, 404);
}

void TstServer::dryRunDoesNotPersist()
{
    const QByteArray body = R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"dry-one"}})";
    const lcl::test::ServerReply dry =
        m_client->send("POST", QStringLiteral("/api/v1/namespaces/default/configmaps?dryRun=All"), body);
    QCOMPARE(dry.status, 201);
    QCOMPARE(dry.json()[QStringLiteral("metadata")][QStringLiteral("name")].toString(), QStringLiteral("dry-one"));
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/namespaces/default/configmaps/dry-one")).status, 404);
}

void TstServer::eventsInBothGroups()
{
    const lcl::test::ServerReply core = m_client->get(QStringLiteral("/api/v1/events"));
    QCOMPARE(core.status, 200);
    const QJsonArray coreItems = core.json()[QStringLiteral("items")].toArray();
    QVERIFY(!coreItems.isEmpty());
    QVERIFY(coreItems[0][QStringLiteral("involvedObject")].isObject());
    const lcl::test::ServerReply modern = m_client->get(QStringLiteral("/apis/events.k8s.io/v1/events"));
    QCOMPARE(modern.status, 200);
    const QJsonArray items = modern.json()[QStringLiteral("items")].toArray();
    QCOMPARE(items.size(), coreItems.size());
    QVERIFY(items[0][QStringLiteral("regarding")].isObject());
    QCOMPARE(items[0][QStringLiteral("apiVersion")].toString(), QStringLiteral("events.k8s.io/v1"));
}

void TstServer::restartKeepsCredentials()
{
    const quint16 port = m_sim.port();
    QVERIFY2(m_sim.restart(), qPrintable(m_sim.errorString()));
    QCOMPARE(m_sim.port(), port);
    m_client = std::make_unique<ServerClient>(m_sim);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/namespaces")).status, 200);
    QVERIFY2(m_sim.stop(), qPrintable(m_sim.errorString()));
    QVERIFY2(m_sim.restart(), qPrintable(m_sim.errorString()));
}

// A console starts about 16 informers at once, with kubectl and Prometheus beside it. A listen backlog too small
// for that makes the kernel drop SYNs, and each dropped client waits a whole second before it tries again.
void TstServer::connectionBurstIsAccepted()
{
    constexpr int clients = 64;
    std::atomic<int> waiting{clients};
    std::vector<double> connectMs(clients, -1);
    std::vector<std::thread> threads;
    for (int i = 0; i < clients; ++i) {
        threads.emplace_back([&, i] {
            const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
            sockaddr_in address{};
            address.sin_family = AF_INET;
            address.sin_port = htons(m_sim.port());
            address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            --waiting;
            while (waiting.load() > 0)
                std::this_thread::yield(); // all connect together
            const auto start = std::chrono::steady_clock::now();
            if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0)
                connectMs[std::size_t(i)] =
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            std::this_thread::sleep_for(std::chrono::milliseconds(300)); // hold the connection while others come
            ::close(fd);
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    for (int i = 0; i < clients; ++i) {
        QVERIFY2(connectMs[std::size_t(i)] >= 0, qPrintable(QStringLiteral("client %1 could not connect").arg(i)));
        // A dropped SYN is retried after one second; anything near that means the kernel dropped it.
        QVERIFY2(connectMs[std::size_t(i)] < 900,
                 qPrintable(QStringLiteral("client %1 needed %2 ms to connect").arg(i).arg(connectMs[std::size_t(i)])));
    }
}

QTEST_GUILESS_MAIN(TstServer)
#include "tst_server.moc"
