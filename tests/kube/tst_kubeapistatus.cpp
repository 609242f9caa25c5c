#include "kube/apipath.h"
#include "kube/kubeapi.h"
#include "kube/statuserror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace lcl;
using namespace lcl::kube;

Q_DECLARE_METATYPE(lcl::Error::Kind)

// The pieces of KubeApi that need no server: Status bodies → lcl::Error, REST paths, the Job built from a
// CronJob, /version parsing.
class TestKubeApiStatus final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void statusToError_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("hint");

        auto status = [](const char* reason, int code, const char* message, const char* details = "{}") -> QByteArray {
            // Plain literals: moc misreads raw strings that end in a quote.
            return QByteArray("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
                              "\"message\":\"")
                   + message + "\",\"reason\":\"" + reason + "\",\"details\":" + details + ",\"code\":"
                   + QByteArray::number(code) + "}";
        };
        QTest::newRow("NotFound") << 404 << status("NotFound", 404, R"(deployments.apps 'web' not found)") << "get"
                                  << Error::Kind::NotFound << "Not found: deployments web in namespace shop"
                                  << "It may have been deleted";
        QTest::newRow("Forbidden write")
            << 403
            << status("Forbidden", 403,
                      R"(deployments.apps 'web' is forbidden: User 'ro' cannot patch resource 'deployments' in the namespace shop)")
            << "scale" << Error::Kind::Forbidden << "Forbidden: your account may not scale deployments in namespace shop"
            << "Ask for the edit role, or switch context";
        QTest::newRow("Forbidden read") << 403 << status("Forbidden", 403, "pods is forbidden") << "list"
                                        << Error::Kind::Forbidden
                                        << "Forbidden: your account may not list deployments in namespace shop"
                                        << "Ask for the view role, or switch context";
        QTest::newRow("Unauthorized") << 401 << status("Unauthorized", 401, "Unauthorized") << "get"
                                      << Error::Kind::Auth << "The cluster did not accept your credentials"
                                      << "Log in again";
        QTest::newRow("Conflict (optimistic lock)")
            << 409
            << status("Conflict", 409,
                      R"(Operation cannot be fulfilled on deployments.apps 'web': the object has been modified)")
            << "update" << Error::Kind::Conflict << "Conflict: deployments web was changed by someone else meanwhile"
            << "Reload it and try again.";
        QTest::newRow("Conflict (server-side apply)")
            << 409
            << status("Conflict", 409, "Apply failed with 1 conflict",
                      R"({"causes":[{"reason":"FieldManagerConflict","message":"conflict with 'kubectl'","field":".spec.replicas"}]})")
            << "patch" << Error::Kind::Conflict
            << "Conflict: deployments web fields are owned by another manager: .spec.replicas" << "Apply with force";
        QTest::newRow("AlreadyExists") << 409 << status("AlreadyExists", 409, R"(jobs.batch 'x' already exists)")
                                       << "create" << Error::Kind::Conflict << "deployments web already exists"
                                       << "Choose another name";
        QTest::newRow("Invalid with causes")
            << 422
            << status("Invalid", 422, R"(Deployment.apps 'web' is invalid)",
                      R"({"causes":[{"reason":"FieldValueInvalid","message":"Invalid value: -1: must be greater than or equal to 0","field":"spec.replicas"},{"reason":"FieldValueRequired","message":"Required value","field":"spec.selector"}]})")
            << "patch" << Error::Kind::Invalid
            << "The server rejected deployments web: spec.replicas: Invalid value: -1: must be greater than or equal to "
               "0; spec.selector: Required value"
            << "Fix the values";
        QTest::newRow("Invalid without causes") << 422 << status("Invalid", 422, "bad thing") << "patch"
                                                << Error::Kind::Invalid << "The server rejected deployments web: bad thing"
                                                << "Fix the values";
        QTest::newRow("Expired") << 410 << status("Expired", 410, "too old resource version: 1 (5)") << "list"
                                 << Error::Kind::NotFound << "The list of deployments the request relied on has expired"
                                 << "Reload";
        QTest::newRow("Gone (old servers)") << 410 << status("Gone", 410, "too old") << "list" << Error::Kind::NotFound
                                            << "has expired" << "Reload";
        QTest::newRow("TooManyRequests") << 429
                                         << status("TooManyRequests", 429, "too many requests", R"({"retryAfterSeconds":3})")
                                         << "list" << Error::Kind::RateLimited
                                         << "The API server is busy and asked to slow down" << "Try again in 3 second(s).";
        QTest::newRow("ServiceUnavailable") << 503 << status("ServiceUnavailable", 503, "etcd down") << "get"
                                            << Error::Kind::Unavailable << "The API server is unavailable"
                                            << "control plane may be restarting";
        QTest::newRow("Timeout") << 504 << status("Timeout", 504, "timed out") << "list" << Error::Kind::Timeout
                                 << "did not finish the request in time" << "overloaded";
        QTest::newRow("ServerTimeout") << 500 << status("ServerTimeout", 500, "timed out") << "list"
                                       << Error::Kind::Timeout << "did not finish the request in time" << "Try again";
        QTest::newRow("InternalError") << 500 << status("InternalError", 500, "Internal error occurred: boom") << "get"
                                       << Error::Kind::Server << "The API server failed: Internal error occurred: boom"
                                       << "control plane's logs";
        QTest::newRow("UnsupportedMediaType")
            << 415 << status("UnsupportedMediaType", 415, "the body of the request was in an unknown format") << "patch"
            << Error::Kind::Invalid << "does not accept this kind of change" << "not strategic merge patches";
        QTest::newRow("BadRequest") << 400 << status("BadRequest", 400, "a container name must be specified") << "get"
                                    << Error::Kind::Invalid << "refused the request: a container name must be specified"
                                    << "report it";
        QTest::newRow("HTML from a proxy") << 502 << QByteArray("<html><body>Bad Gateway</body></html>") << "get"
                                           << Error::Kind::Unavailable
                                           << "The server responded with the status code 502 but did not return more "
                                              "information"
                                           << "Kubernetes API server";
        QTest::newRow("bare 401 from a proxy") << 401 << QByteArray("Unauthorized") << "get" << Error::Kind::Auth
                                               << "status code 401" << "proxy or gateway";
        QTest::newRow("empty 403") << 403 << QByteArray() << "get" << Error::Kind::Forbidden << "status code 403"
                                   << "proxy or gateway";
    }

    void statusToError()
    {
        QFETCH(int, http);
        QFETCH(QByteArray, body);
        QFETCH(QString, verb);
        QFETCH(Error::Kind, kind);
        QFETCH(QString, message);
        QFETCH(QString, hint);
        const Error e = StatusError::fromResponse(http, body, {verb, QStringLiteral("deployments"), QStringLiteral("shop"),
                                                               verb == QLatin1String("list") ? QString() : QStringLiteral("web")});
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.httpStatus, http);
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        QVERIFY2(e.hint.contains(hint), qPrintable(e.hint));
        QVERIFY(e.detail.contains(QString::number(http)));
    }

    void detailNeverCarriesTokens()
    {
        const Error e = StatusError::fromResponse(
            401, R"({"kind":"Status","code":401,"reason":"Unauthorized","message":"token: abcdef123456 rejected"})",
            {QStringLiteral("get"), QStringLiteral("pods"), {}, {}});
        QVERIFY2(!e.detail.contains(QLatin1String("abcdef123456")), qPrintable(e.detail));
    }

    void paths_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("sub");
        QTest::addColumn<QString>("expected");
        QTest::newRow("core object") << "" << "pods" << "shop" << "web-1" << "" << "/api/v1/namespaces/shop/pods/web-1";
        QTest::newRow("core list, all namespaces") << "" << "pods" << "" << "" << "" << "/api/v1/pods";
        QTest::newRow("cluster-scoped") << "" << "nodes" << "" << "node-1" << "" << "/api/v1/nodes/node-1";
        QTest::newRow("group object") << "apps" << "deployments" << "shop" << "web" << ""
                                      << "/apis/apps/v1/namespaces/shop/deployments/web";
        QTest::newRow("scale subresource") << "apps" << "deployments" << "shop" << "web" << "scale"
                                           << "/apis/apps/v1/namespaces/shop/deployments/web/scale";
        QTest::newRow("namespaced list") << "batch" << "jobs" << "ops" << "" << "" << "/apis/batch/v1/namespaces/ops/jobs";
    }

    void paths()
    {
        QFETCH(QString, group);
        QFETCH(QString, resource);
        QFETCH(QString, ns);
        QFETCH(QString, name);
        QFETCH(QString, sub);
        QFETCH(QString, expected);
        ApiPath p = ApiPath::namespaced(group, QStringLiteral("v1"), resource, ns, name);
        p.subresource = sub;
        QCOMPARE(p.toString(), expected);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
        QCOMPARE(p.withQuery(q), expected + QStringLiteral("?dryRun=All"));
        QCOMPARE(p.withQuery({}), expected);
    }

    void jobFromCronJob()
    {
        const QByteArray cron = R"({"apiVersion":"batch/v1","kind":"CronJob",
            "metadata":{"name":"nightly-report","namespace":"shop","uid":"u-123","labels":{"x":"y"}},
            "spec":{"schedule":"0 2 * * *","jobTemplate":{
                "metadata":{"labels":{"app":"report"},"annotations":{"team":"data"}},
                "spec":{"backoffLimit":2,"template":{"spec":{"restartPolicy":"Never","containers":[{"name":"r","image":"busybox"}]}}}}}})";
        const auto job = KubeApi::jobFromCronJob(cron, QStringLiteral("nightly-report-manual-1"));
        QVERIFY(job.ok());
        const QJsonObject o = QJsonDocument::fromJson(job.value()).object();
        QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("Job"));
        QCOMPARE(o.value(QLatin1String("apiVersion")).toString(), QStringLiteral("batch/v1"));
        const QJsonObject meta = o.value(QLatin1String("metadata")).toObject();
        QCOMPARE(meta.value(QLatin1String("name")).toString(), QStringLiteral("nightly-report-manual-1"));
        QCOMPARE(meta.value(QLatin1String("namespace")).toString(), QStringLiteral("shop"));
        QCOMPARE(meta.value(QLatin1String("annotations")).toObject().value(QLatin1String("cronjob.kubernetes.io/instantiate")).toString(),
                 QStringLiteral("manual"));
        QCOMPARE(meta.value(QLatin1String("annotations")).toObject().value(QLatin1String("team")).toString(), QStringLiteral("data"));
        QCOMPARE(meta.value(QLatin1String("labels")).toObject().value(QLatin1String("app")).toString(), QStringLiteral("report"));
        QVERIFY(!meta.value(QLatin1String("labels")).toObject().contains(QLatin1String("x"))); // not the cron job's own
        const QJsonObject owner = meta.value(QLatin1String("ownerReferences")).toArray().first().toObject();
        QCOMPARE(owner.value(QLatin1String("kind")).toString(), QStringLiteral("CronJob"));
        QCOMPARE(owner.value(QLatin1String("uid")).toString(), QStringLiteral("u-123"));
        QCOMPARE(owner.value(QLatin1String("controller")).toBool(), true);
        QVERIFY(!owner.contains(QLatin1String("blockOwnerDeletion")));
        QCOMPARE(o.value(QLatin1String("spec")).toObject().value(QLatin1String("backoffLimit")).toInt(), 2);

        const auto generated = KubeApi::jobFromCronJob(cron, {});
        const QString name = QJsonDocument::fromJson(generated.value()).object().value(QLatin1String("metadata"))
                                 .toObject().value(QLatin1String("name")).toString();
        QVERIFY(name.startsWith(QLatin1String("nightly-report-manual-")));
        QCOMPARE(name.size(), QStringLiteral("nightly-report-manual-").size() + 5);

        const QByteArray longCron = QByteArray(cron).replace("nightly-report", QByteArray(70, 'n'));
        const auto longJob = KubeApi::jobFromCronJob(longCron, {});
        QVERIFY(QJsonDocument::fromJson(longJob.value()).object().value(QLatin1String("metadata")).toObject()
                    .value(QLatin1String("name")).toString().size() <= 63);

        QVERIFY(!KubeApi::jobFromCronJob("{\"kind\":\"Pod\"}", {}).ok());
        QVERIFY(!KubeApi::jobFromCronJob("not json", {}).ok());
    }

    void version()
    {
        bool ok = false;
        const auto v = KubeApi::parseVersion(
            R"({"major":"1","minor":"31","gitVersion":"v1.31.4+k3s1","platform":"linux/amd64"})", &ok);
        QVERIFY(ok);
        QCOMPARE(v.minor, QStringLiteral("31"));
        QCOMPARE(v.gitVersion, QStringLiteral("v1.31.4+k3s1"));
        KubeApi::parseVersion("<html>", &ok);
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TestKubeApiStatus)
#include "tst_kubeapistatus.moc"
