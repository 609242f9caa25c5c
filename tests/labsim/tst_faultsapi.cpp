// API-server trouble injected through the fault API: api-503 answers a share of requests with 503 + Retry-After,
// api-slow delays answers, drop-watches ends open watches (now and periodically), gone-storm gives every watch
// 410 Expired while lists keep working. Health checks, /version and the fault API are never affected.

#include "support/simprocess.h"
#include "tst_serverclient.h"

#include <QElapsedTimer>
#include <QTest>

using lcl::test::ServerClient;

class TstFaultsApi final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void api503AnswersAllWithRetryAfter();
    void api503ShareIsSpreadEvenly();
    void apiSlowDelaysApiRequestsOnly();
    void dropWatchesEndsOpenWatches();
    void dropWatchesRepeatsEveryValueSeconds();
    void goneStormExpiresWatchesInFlight();
    void goneStormExpiresNewWatchesButNotLists();
    void cleanup();

private:
    void addFault(const QByteArray& json);
    // Opens a watch on config maps of `ns` and returns once the server has sent its first event (so the watch is
    // registered); the reply stays open.
    QNetworkReply* openWatch(const QString& ns, const QString& probeName);
    void createConfigMap(const QString& ns, const QString& name);

    lcl::test::SimProcess m_sim;
    std::unique_ptr<ServerClient> m_client;
};

void TstFaultsApi::initTestCase()
{
    QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
    m_client = std::make_unique<ServerClient>(m_sim);
}

void TstFaultsApi::cleanup()
{
    QVERIFY2(m_sim.isRunning(), QByteArray("the simulator died:\n" + m_sim.standardError().right(3000)).constData());
    QCOMPARE(m_client->send("DELETE", QStringLiteral("/lclab/v1/faults")).status, 200);
}

void TstFaultsApi::addFault(const QByteArray& json)
{
    const lcl::test::ServerReply reply = m_client->send("POST", QStringLiteral("/lclab/v1/faults"), json);
    QVERIFY2(reply.status == 201, reply.body.constData());
}

void TstFaultsApi::createConfigMap(const QString& ns, const QString& name)
{
    const QByteArray body = R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":")" + name.toUtf8() + R"("}})";
    const lcl::test::ServerReply reply =
        m_client->send("POST", QStringLiteral("/api/v1/namespaces/%1/configmaps").arg(ns), body);
    QVERIFY2(reply.status == 201, reply.body.constData());
}

QNetworkReply* TstFaultsApi::openWatch(const QString& ns, const QString& probeName)
{
    const QString rv = m_client->get(QStringLiteral("/api/v1/namespaces/%1/configmaps").arg(ns))
                           .json()[QStringLiteral("metadata")][QStringLiteral("resourceVersion")]
                           .toString();
    QNetworkReply* reply = m_client->manager().get(m_client->request(
        QStringLiteral("/api/v1/namespaces/%1/configmaps?watch=true&timeoutSeconds=120&resourceVersion=%2").arg(ns, rv)));
    reply->setParent(this);
    createConfigMap(ns, probeName);
    if (!QTest::qWaitFor([reply] { return reply->bytesAvailable() > 0 || reply->isFinished(); }, 10000))
        qWarning("the watch sent nothing within 10 s");
    return reply;
}

void TstFaultsApi::api503AnswersAllWithRetryAfter()
{
    addFault(R"({"kind":"api-503","value":1})");
    QNetworkReply* reply = m_client->manager().get(m_client->request(QStringLiteral("/api/v1/namespaces")));
    reply->setParent(this);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
    QCOMPARE(reply->rawHeader("Retry-After"), QByteArray("1"));
    const QJsonObject status = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(status[QStringLiteral("reason")].toString(), QStringLiteral("ServiceUnavailable"));
    QCOMPARE(status[QStringLiteral("details")][QStringLiteral("retryAfterSeconds")].toInt(), 1);

    QCOMPARE(m_client->get(QStringLiteral("/apis")).status, 503);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/namespaces/default/pods?watch=true")).status, 503);
    // Never troubled: probes, /version (kubectl's dispatcher) and the fault API (so the fault can be cleared).
    QCOMPARE(m_client->get(QStringLiteral("/healthz")).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/readyz")).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/version")).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/lclab/v1/faults")).status, 200);
    QCOMPARE(m_client->send("DELETE", QStringLiteral("/lclab/v1/faults?kind=api-503")).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/namespaces")).status, 200);
}

void TstFaultsApi::api503ShareIsSpreadEvenly()
{
    addFault(R"({"kind":"api-503","value":0.5})");
    int failed = 0;
    int previous = 0;
    for (int i = 0; i < 20; ++i) {
        const int status = m_client->get(QStringLiteral("/api/v1/namespaces/default/configmaps")).status;
        QVERIFY2(status == 200 || status == 503, qPrintable(QString::number(status)));
        QVERIFY2(!(status == 503 && previous == 503), "two failures in a row at a share of 0.5");
        failed += status == 503;
        previous = status;
    }
    QCOMPARE(failed, 10);
}

void TstFaultsApi::apiSlowDelaysApiRequestsOnly()
{
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/namespaces")).status, 200);
    const qint64 before = timer.elapsed();
    addFault(R"({"kind":"api-slow","value":800})");
    timer.restart();
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/namespaces")).status, 200);
    const qint64 slow = timer.elapsed();
    QVERIFY2(slow >= 800, qPrintable(QStringLiteral("answered in %1 ms").arg(slow)));
    timer.restart();
    QCOMPARE(m_client->get(QStringLiteral("/healthz")).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/lclab/v1/faults")).status, 200);
    QVERIFY2(timer.elapsed() < 700, qPrintable(QStringLiteral("health and fault API took %1 ms").arg(timer.elapsed())));
    QCOMPARE(m_client->send("DELETE", QStringLiteral("/lclab/v1/faults?kind=api-slow")).status, 200);
    timer.restart();
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/namespaces")).status, 200);
    QVERIFY2(timer.elapsed() < 700 + before, qPrintable(QStringLiteral("still slow after clearing: %1 ms").arg(timer.elapsed())));
}

void TstFaultsApi::dropWatchesEndsOpenWatches()
{
    QNetworkReply* first = openWatch(QStringLiteral("default"), QStringLiteral("drop-probe-1"));
    QNetworkReply* second = openWatch(QStringLiteral("kube-system"), QStringLiteral("drop-probe-2"));
    QVERIFY(first->bytesAvailable() > 0);
    QVERIFY(!first->isFinished());
    QVERIFY(!second->isFinished());
    addFault(R"({"kind":"drop-watches"})");
    QTRY_VERIFY_WITH_TIMEOUT(first->isFinished() && second->isFinished(), 5000);
    QCOMPARE(first->error(), QNetworkReply::NoError); // a clean end of the stream, as when a server drops a watch
    QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    // Value 0 drops once: a watch opened afterwards stays open.
    QNetworkReply* later = openWatch(QStringLiteral("default"), QStringLiteral("drop-probe-3"));
    QTest::qWait(1500);
    QVERIFY(!later->isFinished());
    later->abort();
}

void TstFaultsApi::dropWatchesRepeatsEveryValueSeconds()
{
    addFault(R"({"kind":"drop-watches","value":1})");
    QNetworkReply* watch = openWatch(QStringLiteral("default"), QStringLiteral("drop-probe-4"));
    QElapsedTimer timer;
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(watch->isFinished(), 3000);
    QVERIFY(timer.elapsed() < 3000);
    QCOMPARE(m_client->send("DELETE", QStringLiteral("/lclab/v1/faults?kind=drop-watches")).status, 200);
    QNetworkReply* after = openWatch(QStringLiteral("default"), QStringLiteral("drop-probe-5"));
    QTest::qWait(2000);
    QVERIFY2(!after->isFinished(), "a watch was dropped after the fault was cleared");
    after->abort();
}

void TstFaultsApi::goneStormExpiresWatchesInFlight()
{
    QNetworkReply* watch = openWatch(QStringLiteral("default"), QStringLiteral("gone-probe-1"));
    QVERIFY(!watch->isFinished());
    addFault(R"({"kind":"gone-storm"})");
    QTRY_VERIFY_WITH_TIMEOUT(watch->isFinished(), 5000);
    const QList<QJsonObject> events = lcl::test::watchEvents(watch->readAll());
    QVERIFY(!events.isEmpty());
    const QJsonObject last = events.last();
    QCOMPARE(last[QStringLiteral("type")].toString(), QStringLiteral("ERROR"));
    QCOMPARE(last[QStringLiteral("object")][QStringLiteral("code")].toInt(), 410);
    QCOMPARE(last[QStringLiteral("object")][QStringLiteral("reason")].toString(), QStringLiteral("Expired"));
    QVERIFY(last[QStringLiteral("object")][QStringLiteral("message")].toString().startsWith(
        QLatin1String("too old resource version")));
}

void TstFaultsApi::goneStormExpiresNewWatchesButNotLists()
{
    addFault(R"({"kind":"gone-storm"})");
    const lcl::test::ServerReply list = m_client->get(QStringLiteral("/api/v1/namespaces/default/configmaps"));
    QCOMPARE(list.status, 200);
    const QString rv = list.json()[QStringLiteral("metadata")][QStringLiteral("resourceVersion")].toString();
    const lcl::test::ServerReply watch = m_client->get(
        QStringLiteral("/api/v1/namespaces/default/configmaps?watch=true&timeoutSeconds=30&resourceVersion=") + rv);
    QCOMPARE(watch.status, 200);
    QVERIFY2(watch.error.isEmpty(), qPrintable(watch.error)); // ended at once, not after 30 s
    const QList<QJsonObject> events = lcl::test::watchEvents(watch.body);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first()[QStringLiteral("type")].toString(), QStringLiteral("ERROR"));
    QCOMPARE(events.first()[QStringLiteral("object")][QStringLiteral("code")].toInt(), 410);

    QCOMPARE(m_client->send("DELETE", QStringLiteral("/lclab/v1/faults?kind=gone-storm")).status, 200);
    const lcl::test::ServerReply calm = m_client->get(
        QStringLiteral("/api/v1/namespaces/default/configmaps?watch=true&timeoutSeconds=1&resourceVersion=") + rv);
    QCOMPARE(calm.status, 200);
    for (const QJsonObject& e : lcl::test::watchEvents(calm.body))
        QVERIFY(e[QStringLiteral("type")].toString() != QLatin1String("ERROR"));
}

QTEST_GUILESS_MAIN(TstFaultsApi)
#include "tst_faultsapi.moc"
