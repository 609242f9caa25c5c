#include "kube/credentialstatic.h"
#include "kube/kubeapi.h"
#include "kube/kubeconfig.h"
#include "net/httpclient.h"
#include "support/simprocess.h"
#include "support/testenv.h"

#include <QJsonArray>
#include <QSet>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <atomic>
#include <future>
#include <mutex>

using namespace lcl;
using namespace lcl::kube;

namespace {

QJsonObject json(const Result<QByteArray>& r)
{
    return r.ok() ? QJsonDocument::fromJson(r.value()).object() : QJsonObject();
}

QString describe(const Error& e)
{
    return e.toString() + QStringLiteral(" [") + e.detail + QLatin1Char(']');
}

#define REQUIRE_OK(result) QVERIFY2((result).ok(), qPrintable((result).ok() ? QString() : describe((result).error())))

// Gives a wrong token until the client says 401, then the right one: proves the re-authentication path.
class StaleThenFreshCredential final : public CredentialProvider {
public:
    StaleThenFreshCredential(std::shared_ptr<CredentialProvider> fresh) : m_fresh(std::move(fresh)) {}
    Result<QByteArray> authorization() override
    {
        return m_invalidated ? m_fresh->authorization() : Result<QByteArray>(QByteArray("Bearer stale-token"));
    }
    void invalidate() override { ++m_invalidated; }
    std::atomic<int> m_invalidated{0};

private:
    std::shared_ptr<CredentialProvider> m_fresh;
};

} // namespace

// KubeApi against the real simulator (lclab-sim over TLS): reads, every kind of write with dry-run, scale,
// job from cron job, access reviews, and the refusals a read-only or unknown user gets.
class TestKubeApi final : public QObject {
    Q_OBJECT

private:
    test::SimProcess m_sim;
    net::HttpClient m_client;
    std::optional<Kubeconfig> m_config;
    ApiPath m_deployment; // some deployment the simulator seeded

    KubeApi api(const QString& context)
    {
        auto c = m_config->resolve(context);
        if (!c)
            qFatal("context %s: %s", qPrintable(context), qPrintable(c.error().toString()));
        return KubeApi(c.value(), &m_client);
    }

    ApiPath configMap(const QString& name) const
    {
        return ApiPath::namespaced({}, QStringLiteral("v1"), QStringLiteral("configmaps"), m_deployment.nameSpace, name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(test::binDir() + QStringLiteral("/lclab-sim")))
            QSKIP("lclab-sim is not built in this build tree (target lclab-sim); these tests talk to it");
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString() + QString::fromUtf8(m_sim.standardError().right(2000))));
        auto config = Kubeconfig::loadFiles({m_sim.kubeconfigPath()}, true);
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
        m_config = config.value();
        for (const char* ctx : {"lclab", "lclab-readonly", "lclab-cert"})
            QVERIFY2(m_config->contextNames().contains(QLatin1String(ctx)), ctx);

        KubeApi admin = api(QStringLiteral("lclab"));
        const auto list = admin.getAndWait(ApiPath::namespaced(QStringLiteral("apps"), QStringLiteral("v1"),
                                                               QStringLiteral("deployments"), {}));
        REQUIRE_OK(list);
        const QJsonArray items = json(list).value(QLatin1String("items")).toArray();
        QVERIFY2(!items.isEmpty(), "the simulator seeds deployments");
        // A deployment no HPA manages: the simulator's HPA controller would undo the scale test's changes.
        const auto hpas = admin.getAndWait(ApiPath::namespaced(QStringLiteral("autoscaling"), QStringLiteral("v2"),
                                                               QStringLiteral("horizontalpodautoscalers"), {}));
        REQUIRE_OK(hpas);
        QSet<QString> autoscaled;
        for (const QJsonValue& hpa : json(hpas).value(QLatin1String("items")).toArray()) {
            const QJsonObject o = hpa.toObject();
            autoscaled.insert(o.value(QLatin1String("metadata")).toObject().value(QLatin1String("namespace")).toString()
                              + QLatin1Char('/')
                              + o.value(QLatin1String("spec")).toObject().value(QLatin1String("scaleTargetRef")).toObject()
                                    .value(QLatin1String("name")).toString());
        }
        QJsonObject meta;
        for (const QJsonValue& item : items) {
            const QJsonObject m = item.toObject().value(QLatin1String("metadata")).toObject();
            if (!autoscaled.contains(m.value(QLatin1String("namespace")).toString() + QLatin1Char('/')
                                     + m.value(QLatin1String("name")).toString())) {
                meta = m;
                break;
            }
        }
        QVERIFY2(!meta.isEmpty(), "the simulator seeds a deployment without an HPA");
        m_deployment = ApiPath::namespaced(QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("deployments"),
                                           meta.value(QLatin1String("namespace")).toString(),
                                           meta.value(QLatin1String("name")).toString());
    }

    void version()
    {
        const auto v = api(QStringLiteral("lclab")).versionAndWait();
        REQUIRE_OK(v);
        QCOMPARE(v->major, QStringLiteral("1"));
        QCOMPARE(v->minor, QStringLiteral("31"));
        QVERIFY(v->gitVersion.startsWith(QLatin1String("v1.31")));
    }

    void getFullObject()
    {
        const auto object = api(QStringLiteral("lclab")).getAndWait(m_deployment);
        REQUIRE_OK(object);
        const QJsonObject o = json(object);
        QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("Deployment"));
        QCOMPARE(o.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(), m_deployment.name);
        QVERIFY(o.value(QLatin1String("spec")).toObject().contains(QLatin1String("template")));
    }

    void getMissingIsNotFound()
    {
        ApiPath missing = m_deployment;
        missing.name = QStringLiteral("no-such-deployment");
        const auto r = api(QStringLiteral("lclab")).getAndWait(missing);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QCOMPARE(r.error().httpStatus, 404);
        QVERIFY(r.error().message.contains(QLatin1String("no-such-deployment")));
    }

    void patchKinds_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("annotation");
        QTest::newRow("merge") << int(PatchType::Merge)
                               << QByteArray(R"({"metadata":{"annotations":{"lcl-test/merge":"yes"}}})")
                               << QStringLiteral("lcl-test/merge");
        QTest::newRow("strategic merge") << int(PatchType::StrategicMerge)
                                         << QByteArray(R"({"metadata":{"annotations":{"lcl-test/smp":"yes"}}})")
                                         << QStringLiteral("lcl-test/smp");
        QTest::newRow("JSON patch") << int(PatchType::Json)
                                    << QByteArray(R"([{"op":"add","path":"/metadata/annotations/lcl-test~1json","value":"yes"}])")
                                    << QStringLiteral("lcl-test/json");
    }

    void patchKinds()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, body);
        QFETCH(QString, annotation);
        KubeApi admin = api(QStringLiteral("lclab"));
        if (PatchType(type) == PatchType::Json) // JSON patch "add" needs the annotations map to exist
            REQUIRE_OK(admin.patchAndWait(m_deployment, PatchType::Merge,
                                          R"({"metadata":{"annotations":{"lcl-test/base":"yes"}}})", {}));
        auto annotations = [&] {
            return json(admin.getAndWait(m_deployment)).value(QLatin1String("metadata")).toObject()
                .value(QLatin1String("annotations")).toObject();
        };
        WriteOptions dry;
        dry.dryRun = true;
        const auto dryResult = admin.patchAndWait(m_deployment, PatchType(type), body, dry);
        REQUIRE_OK(dryResult);
        QCOMPARE(json(dryResult).value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations"))
                     .toObject().value(annotation).toString(),
                 QStringLiteral("yes"));
        QVERIFY2(!annotations().contains(annotation), "a dry run must not store anything");

        REQUIRE_OK(admin.patchAndWait(m_deployment, PatchType(type), body, {}));
        QCOMPARE(annotations().value(annotation).toString(), QStringLiteral("yes"));
    }

    void serverSideApply()
    {
        KubeApi admin = api(QStringLiteral("lclab"));
        const ApiPath cm = configMap(QStringLiteral("lcl-kubeapi-apply"));
        const QJsonObject object{
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), cm.name},
                                                     {QStringLiteral("namespace"), cm.nameSpace}}},
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("k"), QStringLiteral("v1")}}}};
        const QByteArray body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        WriteOptions options;
        options.fieldManager = QStringLiteral("lcl-test");
        options.dryRun = true;
        REQUIRE_OK(admin.applyAndWait(cm, body, options));
        const auto notThere = admin.getAndWait(cm);
        QVERIFY(!notThere.ok());
        QCOMPARE(notThere.error().kind, Error::Kind::NotFound);

        options.dryRun = false;
        options.force = true;
        const auto applied = admin.applyAndWait(cm, body, options);
        REQUIRE_OK(applied);
        QCOMPARE(json(admin.getAndWait(cm)).value(QLatin1String("data")).toObject().value(QLatin1String("k")).toString(),
                 QStringLiteral("v1"));
    }

    void scale()
    {
        KubeApi admin = api(QStringLiteral("lclab"));
        auto replicas = [&] {
            return json(admin.getAndWait(m_deployment)).value(QLatin1String("spec")).toObject()
                .value(QLatin1String("replicas")).toInt(-1);
        };
        const int before = replicas();
        QVERIFY(before >= 0);
        WriteOptions dry;
        dry.dryRun = true;
        const auto dryScale = admin.scaleAndWait(m_deployment, before + 2, dry);
        REQUIRE_OK(dryScale);
        QCOMPARE(json(dryScale).value(QLatin1String("kind")).toString(), QStringLiteral("Scale"));
        QCOMPARE(replicas(), before);

        const auto scaled = admin.scaleAndWait(m_deployment, before + 1, {});
        REQUIRE_OK(scaled);
        QCOMPARE(json(scaled).value(QLatin1String("spec")).toObject().value(QLatin1String("replicas")).toInt(), before + 1);
        QCOMPARE(replicas(), before + 1);
        REQUIRE_OK(admin.scaleAndWait(m_deployment, before, {}));
    }

    void createAndDeleteWithPropagation()
    {
        KubeApi admin = api(QStringLiteral("lclab"));
        const ApiPath cm = configMap(QStringLiteral("lcl-kubeapi-delete"));
        ApiPath collection = cm;
        collection.name.clear();
        const QByteArray body = R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"lcl-kubeapi-delete"},"data":{"a":"b"}})";
        REQUIRE_OK(admin.createAndWait(collection, body, {}));
        const auto again = admin.createAndWait(collection, body, {});
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Conflict);

        WriteOptions dry;
        dry.dryRun = true;
        REQUIRE_OK(admin.removeAndWait(cm, Propagation::Background, dry));
        REQUIRE_OK(admin.getAndWait(cm)); // still there after a dry-run delete
        REQUIRE_OK(admin.removeAndWait(cm, Propagation::Background, {}));
        const auto gone = admin.getAndWait(cm);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
    }

    void jobFromCronJob()
    {
        KubeApi admin = api(QStringLiteral("lclab"));
        const auto cronJobs = admin.getAndWait(
            ApiPath::namespaced(QStringLiteral("batch"), QStringLiteral("v1"), QStringLiteral("cronjobs"), {}));
        REQUIRE_OK(cronJobs);
        const QJsonArray items = json(cronJobs).value(QLatin1String("items")).toArray();
        if (items.isEmpty())
            QSKIP("the simulator seeded no cron job");
        const QJsonObject meta = items.first().toObject().value(QLatin1String("metadata")).toObject();
        const QString ns = meta.value(QLatin1String("namespace")).toString();
        const QString name = meta.value(QLatin1String("name")).toString();
        WriteOptions dry;
        dry.dryRun = true;
        const auto job = admin.createJobFromCronJobAndWait(ns, name, {}, dry);
        REQUIRE_OK(job);
        const QJsonObject jobMeta = json(job).value(QLatin1String("metadata")).toObject();
        QVERIFY(jobMeta.value(QLatin1String("name")).toString().startsWith(name.left(50) + QStringLiteral("-manual-")));
        QCOMPARE(jobMeta.value(QLatin1String("ownerReferences")).toArray().first().toObject()
                     .value(QLatin1String("uid")).toString(),
                 meta.value(QLatin1String("uid")).toString());
        const auto missing = admin.createJobFromCronJobAndWait(ns, QStringLiteral("no-such-cronjob"), {}, dry);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    void accessReviews()
    {
        AccessCheck patch{QStringLiteral("patch"), QStringLiteral("apps"), QStringLiteral("deployments"),
                          m_deployment.nameSpace, m_deployment.name, {}};
        AccessCheck list{QStringLiteral("list"), {}, QStringLiteral("pods"), m_deployment.nameSpace, {}, {}};
        const auto adminPatch = api(QStringLiteral("lclab")).accessReviewAndWait(patch);
        REQUIRE_OK(adminPatch);
        QVERIFY(adminPatch->allowed);
        KubeApi readonly = api(QStringLiteral("lclab-readonly"));
        const auto roPatch = readonly.accessReviewAndWait(patch);
        REQUIRE_OK(roPatch);
        QVERIFY(!roPatch->allowed);
        const auto roList = readonly.accessReviewAndWait(list);
        REQUIRE_OK(roList);
        QVERIFY(roList->allowed);
    }

    void readOnlyReadsButIsRefusedWrites()
    {
        KubeApi readonly = api(QStringLiteral("lclab-readonly"));
        REQUIRE_OK(readonly.getAndWait(m_deployment));
        WriteOptions dry;
        dry.dryRun = true; // RBAC applies to dry runs too
        const auto r = readonly.scaleAndWait(m_deployment, 3, dry);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Forbidden);
        QCOMPARE(r.error().message, QStringLiteral("Forbidden: your account may not scale deployments in namespace %1")
                                        .arg(m_deployment.nameSpace));
        QCOMPARE(r.error().hint, QStringLiteral("Ask for the edit role, or switch context"));
        const auto p = readonly.patchAndWait(m_deployment, PatchType::Merge, R"({"metadata":{"labels":{"x":"y"}}})", dry);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().kind, Error::Kind::Forbidden);
    }

    void clientCertificateContext()
    {
        const auto r = api(QStringLiteral("lclab-cert")).getAndWait(m_deployment);
        REQUIRE_OK(r);
    }

    void wrongTokenIsAnAuthError()
    {
        auto c = m_config->resolve(QStringLiteral("lclab"));
        REQUIRE_OK(c);
        ClusterConnection wrong = c.value();
        wrong.credentials = CredentialStatic::bearer(QStringLiteral("not-a-valid-token"));
        const auto r = KubeApi(wrong, &m_client).getAndWait(m_deployment);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Auth);
        QCOMPARE(r.error().httpStatus, 401);
        QVERIFY(!describe(r.error()).contains(QLatin1String("not-a-valid-token")));
    }

    void unauthorizedRefreshesCredentialsOnce()
    {
        auto c = m_config->resolve(QStringLiteral("lclab"));
        REQUIRE_OK(c);
        ClusterConnection refreshing = c.value();
        auto credential = std::make_shared<StaleThenFreshCredential>(c->credentials);
        refreshing.credentials = credential;
        REQUIRE_OK(KubeApi(refreshing, &m_client).getAndWait(m_deployment));
        QCOMPARE(credential->m_invalidated.load(), 1);
    }

    void streamErrorComesWhole()
    {
        KubeApi admin = api(QStringLiteral("lclab"));
        const ApiPath log{QString(), QStringLiteral("v1"), QStringLiteral("pods"), m_deployment.nameSpace,
                          QStringLiteral("no-such-pod"), QStringLiteral("log")};
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("follow"), QStringLiteral("true"));
        std::atomic<int> chunks{0};
        std::promise<Result<QByteArray>> promise;
        auto future = promise.get_future();
        admin.stream(log, query, 10000, [&](const QByteArray&) { ++chunks; },
                     [&](const Result<QByteArray>& r) { promise.set_value(r); });
        const auto r = future.get();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QCOMPARE(chunks.load(), 0);
    }

    void asyncCallbackRunsOnNetThread()
    {
        KubeApi admin = api(QStringLiteral("lclab"));
        std::atomic<int> calls{0};
        std::atomic<bool> onNetThread{false};
        admin.version([&](const Result<ServerVersion>& v) {
            onNetThread = m_client.isNetThread();
            if (v.ok())
                ++calls;
        });
        QTRY_COMPARE_WITH_TIMEOUT(calls.load(), 1, 10000);
        QVERIFY(onNetThread.load());
    }

    // Last: a simulator that fails here must not take the other tests down with it.
    void watchStreamsEvents()
    {
        KubeApi admin = api(QStringLiteral("lclab"));
        ApiPath collection = m_deployment;
        collection.name.clear();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("watch"), QStringLiteral("true"));
        query.addQueryItem(QStringLiteral("timeoutSeconds"), QStringLiteral("2"));
        std::mutex mutex;
        QByteArray received;
        std::atomic<bool> done{false};
        std::optional<Result<QByteArray>> result;
        admin.stream(
            collection, query, 10000,
            [&](const QByteArray& chunk) {
                std::lock_guard lock(mutex);
                received += chunk;
            },
            [&](const Result<QByteArray>& r) {
                std::lock_guard lock(mutex);
                result = r;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 15000); // the server ends the watch after timeoutSeconds
        std::lock_guard lock(mutex);
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : describe(result->error())));
        const QByteArray firstLine = received.left(received.indexOf('\n'));
        const QJsonObject event = QJsonDocument::fromJson(firstLine).object();
        QCOMPARE(event.value(QLatin1String("type")).toString(), QStringLiteral("ADDED"));
        QCOMPARE(event.value(QLatin1String("object")).toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("Deployment"));
    }

    void cleanupTestCase()
    {
        // A clean simulator exit is the simulator's own test; here it only must not linger.
        if (m_sim.isRunning() && !m_sim.stop())
            qWarning("lclab-sim did not exit cleanly: %s", qPrintable(m_sim.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestKubeApi)
#include "tst_kubeapi.moc"
