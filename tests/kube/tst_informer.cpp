// The informer's state machine against a small fake API server in the test process (plain HTTP on
// 127.0.0.1): paging, watch, 410 relist, dropped connections, 403. tst_informersim runs against lclab-sim.
#include "kube/informer.h"
#include "kube/resourcestore.h"
#include "net/httpclient.h"

#include <httplib.h>

#include <QSignalSpy>
#include <QTest>

#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

using namespace lcl::kube;

namespace {

// Pods in one namespace with a global resourceVersion, a bounded history and test switches.
class FakeApi {
public:
    FakeApi() { start(0); }
    ~FakeApi() { stop(); }

    void start(int port)
    {
        m_server = std::make_unique<httplib::Server>();
        m_server->new_task_queue = [] { return new httplib::ThreadPool(16); };
        m_server->Get("/api/v1(/namespaces/[^/]+)?/pods", [this](const httplib::Request& req, httplib::Response& res) { serve(req, res); });
        m_port = port ? (m_server->bind_to_port("127.0.0.1", port) ? port : -1) : m_server->bind_to_any_port("127.0.0.1");
        m_stopping = false;
        m_thread = std::thread([this] { m_server->listen_after_bind(); });
        for (int i = 0; i < 500 && !m_server->is_running(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_cv.notify_all();
        if (m_thread.joinable()) {
            m_server->stop();
            m_thread.join();
        }
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    int port() const { return m_port; }

    void put(const std::string& name, const std::string& phase = "Running")
    {
        std::lock_guard lock(m_mutex);
        const bool exists = m_pods.count(name) > 0;
        m_pods[name] = podJson(name, ++m_rv, phase);
        m_history.push_back({m_rv, std::string(exists ? "MODIFIED" : "ADDED"), m_pods[name]});
        m_cv.notify_all();
    }
    void remove(const std::string& name)
    {
        std::lock_guard lock(m_mutex);
        ++m_rv;
        m_history.push_back({m_rv, "DELETED", podJson(name, m_rv, "Running")});
        m_pods.erase(name);
        m_cv.notify_all();
    }
    // Forget the history (compaction) and end every watch: watching again from an old RV gets 410.
    void compactAndDropWatches()
    {
        std::lock_guard lock(m_mutex);
        m_history.clear();
        m_oldest = m_rv;
        ++m_dropEpoch;
        m_cv.notify_all();
    }
    void requireToken(const std::string& token)
    {
        std::lock_guard lock(m_mutex);
        m_token = token;
    }
    int unauthorized() const { return m_unauthorized.load(); }
    // Answer a too-old watch with an HTTP 410 instead of the usual 200 + ERROR event.
    void expireWithStatus(bool status)
    {
        std::lock_guard lock(m_mutex);
        m_expireWithStatus = status;
    }
    void setForbidden(bool forbidden)
    {
        std::lock_guard lock(m_mutex);
        m_forbidden = forbidden;
    }
    int listRequests() const { return m_lists.load(); }
    int watchRequests() const { return m_watches.load(); }

private:
    struct Event {
        qint64 rv;
        std::string type;
        std::string object;
    };

    static std::string podJson(const std::string& name, qint64 rv, const std::string& phase)
    {
        return "{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"" + name
               + "\",\"namespace\":\"shop\",\"uid\":\"u-" + name + "\",\"resourceVersion\":\"" + std::to_string(rv)
               + "\"},\"status\":{\"phase\":\"" + phase + "\"}}";
    }

    void serve(const httplib::Request& req, httplib::Response& res)
    {
        {
            std::lock_guard lock(m_mutex);
            if (!m_token.empty() && req.get_header_value("Authorization") != "Bearer " + m_token) {
                ++m_unauthorized;
                res.status = 401;
                res.set_content("{\"kind\":\"Status\",\"status\":\"Failure\",\"message\":\"Unauthorized\",\"reason\":\"Unauthorized\",\"code\":401}",
                                "application/json");
                return;
            }
            if (m_forbidden) {
                ++m_lists;
                res.status = 403;
                res.set_content("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"pods is forbidden: "
                                "User \\\"viewer\\\" cannot list resource \\\"pods\\\"\",\"reason\":\"Forbidden\",\"code\":403}",
                                "application/json");
                return;
            }
        }
        if (req.get_param_value("watch") == "true")
            watch(req, res);
        else
            list(req, res);
    }

    void list(const httplib::Request& req, httplib::Response& res)
    {
        ++m_lists;
        std::lock_guard lock(m_mutex);
        const size_t limit = std::stoul(req.has_param("limit") ? req.get_param_value("limit") : "100000");
        const size_t offset = req.has_param("continue") ? std::stoul(req.get_param_value("continue")) : 0;
        std::string body = "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\""
                           + std::to_string(m_rv) + "\"";
        if (offset + limit < m_pods.size())
            body += ",\"continue\":\"" + std::to_string(offset + limit) + "\"";
        body += "},\"items\":[";
        size_t i = 0;
        for (const auto& [name, json] : m_pods) {
            if (i >= offset && i < offset + limit)
                body += (i > offset ? "," : "") + json;
            ++i;
        }
        body += "]}";
        res.set_content(body, "application/json");
    }

    void watch(const httplib::Request& req, httplib::Response& res)
    {
        ++m_watches;
        const qint64 from = std::stoll(req.get_param_value("resourceVersion"));
        {
            std::lock_guard lock(m_mutex);
            if (m_expireWithStatus && from < m_oldest) {
                res.status = 410;
                res.set_content("{\"kind\":\"Status\",\"status\":\"Failure\",\"reason\":\"Expired\",\"code\":410}",
                                "application/json");
                return;
            }
        }
        const int epoch = m_dropEpoch;
        auto sent = std::make_shared<qint64>(from);
        // Not plain application/json: cpp-httplib would gzip the stream and hold events back in its compressor.
        res.set_chunked_content_provider("application/json;stream=watch", [this, from, epoch, sent](size_t, httplib::DataSink& sink) {
            std::unique_lock lock(m_mutex);
            if (from < m_oldest) {
                const std::string e = "{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"status\":\"Failure\","
                                      "\"message\":\"too old resource version\",\"reason\":\"Expired\",\"code\":410}}\n";
                lock.unlock();
                sink.write(e.data(), e.size());
                sink.done();
                return true;
            }
            m_cv.wait_for(lock, std::chrono::milliseconds(100));
            if (m_stopping || epoch != m_dropEpoch)
                return false; // drop the connection
            std::string out;
            for (const Event& e : m_history) {
                if (e.rv > *sent) {
                    out += "{\"type\":\"" + e.type + "\",\"object\":" + e.object + "}\n";
                    *sent = e.rv;
                }
            }
            lock.unlock();
            if (!out.empty())
                sink.write(out.data(), out.size());
            return true;
        });
    }

    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    int m_port = 0;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::map<std::string, std::string> m_pods;
    std::vector<Event> m_history;
    qint64 m_rv = 100;
    qint64 m_oldest = 0;
    int m_dropEpoch = 0;
    bool m_forbidden = false;
    bool m_expireWithStatus = false;
    std::string m_token;
    std::atomic<int> m_unauthorized{0};
    bool m_stopping = false;
    std::atomic<int> m_lists{0};
    std::atomic<int> m_watches{0};
};

// A token that went stale: the first answer is refused until the informer asks for a new one.
class RotatingToken final : public CredentialProvider {
public:
    lcl::Result<QByteArray> authorization() override
    {
        return QByteArray(m_invalidations.load() > 0 ? "Bearer fresh" : "Bearer stale");
    }
    void invalidate() override { ++m_invalidations; }
    int invalidations() const { return m_invalidations.load(); }

private:
    std::atomic<int> m_invalidations{0};
};

InformerOptions fastOptions()
{
    InformerOptions o;
    o.pageSize = 50;
    o.backoffInitialMs = 50;
    o.backoffMaxMs = 200;
    o.watchTimeoutSeconds = 30;
    o.forbiddenRetryMs = 60000;
    return o;
}

ClusterConnection connectionTo(const QString& url)
{
    ClusterConnection c;
    c.contextName = QStringLiteral("fake");
    c.server = QUrl(url);
    return c;
}

QStringList podNames(const ResourceStore& store)
{
    QStringList names;
    for (const Record& r : store.table(ResourceKind::Pods))
        names << metaOf(r).name;
    names.sort();
    return names;
}

QStringList expectedNames(int from, int to)
{
    QStringList names;
    for (int i = from; i < to; ++i)
        names << QStringLiteral("p%1").arg(i, 4, 10, QLatin1Char('0'));
    names.sort();
    return names;
}

std::string podName(int i)
{
    return QStringLiteral("p%1").arg(i, 4, 10, QLatin1Char('0')).toStdString();
}

} // namespace

class TestInformer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pagedListThenLiveChanges()
    {
        FakeApi api;
        for (int i = 0; i < 123; ++i)
            api.put(podName(i));
        lcl::net::HttpClient http;
        ResourceStore store;
        Informer informer(ResourceKind::Pods, {}, connectionTo(api.url()), &http, &store, fastOptions());
        QSignalSpy synced(&informer, &Informer::synced);
        informer.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 10000);
        QCOMPARE(api.listRequests(), 3); // 50 + 50 + 23
        QCOMPARE(podNames(store), expectedNames(0, 123));
        QCOMPARE(store.status(ResourceKind::Pods).state, KindStatus::State::Synced);
        QTRY_COMPARE_WITH_TIMEOUT(api.watchRequests(), 1, 5000);

        QSignalSpy changed(&store, &ResourceStore::changed);
        api.put(podName(500));
        api.put(podName(3), "Failed");
        api.remove(podName(7));
        QTRY_VERIFY_WITH_TIMEOUT(!store.find({QStringLiteral("pods"), QStringLiteral("shop"), QStringLiteral("p0007")}), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(store.count(ResourceKind::Pods), qsizetype(123), 5000);
        const auto* p3 = store.get<PodRecord>({QStringLiteral("pods"), QStringLiteral("shop"), QStringLiteral("p0003")});
        QVERIFY(p3);
        QCOMPARE(p3->phase, QStringLiteral("Failed"));
        QVERIFY(store.find({QStringLiteral("pods"), QStringLiteral("shop"), QStringLiteral("p0500")}));
        // Three events written at once arrive batched, not one signal each.
        QVERIFY2(changed.size() <= 2, qPrintable(QString::number(changed.size())));
        QCOMPARE(informer.resourceVersion(), QStringLiteral("226"));
    }

    void expiredWatchRelistsWithoutGhosts_data()
    {
        QTest::addColumn<bool>("httpStatus");
        QTest::newRow("200 with an ERROR event") << false;
        QTest::newRow("HTTP 410") << true;
    }
    void expiredWatchRelistsWithoutGhosts()
    {
        QFETCH(bool, httpStatus);
        FakeApi api;
        api.expireWithStatus(httpStatus);
        for (int i = 0; i < 20; ++i)
            api.put(podName(i));
        lcl::net::HttpClient http;
        ResourceStore store;
        Informer informer(ResourceKind::Pods, {}, connectionTo(api.url()), &http, &store, fastOptions());
        QSignalSpy synced(&informer, &Informer::synced);
        informer.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(api.watchRequests(), 1, 5000);
        // While the watch is down and history is gone, a pod disappears and another appears.
        api.compactAndDropWatches();
        api.remove(podName(5));
        api.put(podName(77));
        api.compactAndDropWatches();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 2, 10000);
        QStringList expected = expectedNames(0, 20);
        expected.removeAll(QStringLiteral("p0005"));
        expected << QStringLiteral("p0077");
        expected.sort();
        QTRY_COMPARE_WITH_TIMEOUT(podNames(store), expected, 5000);
        QCOMPARE(store.count(ResourceKind::Pods), qsizetype(20));
        QCOMPARE(store.status(ResourceKind::Pods).state, KindStatus::State::Synced);
    }

    void serverRestartConverges()
    {
        auto api = std::make_unique<FakeApi>();
        const int port = api->port();
        for (int i = 0; i < 10; ++i)
            api->put(podName(i));
        lcl::net::HttpClient http;
        ResourceStore store;
        Informer informer(ResourceKind::Pods, {}, connectionTo(api->url()), &http, &store, fastOptions());
        QSignalSpy synced(&informer, &Informer::synced);
        informer.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 10000);
        api.reset(); // the server goes away mid-watch
        QTRY_COMPARE_WITH_TIMEOUT(store.status(ResourceKind::Pods).state, KindStatus::State::Error, 5000);
        QCOMPARE(store.count(ResourceKind::Pods), qsizetype(10)); // last known data stays
        api = std::make_unique<FakeApi>();
        api->stop();
        api->start(port);
        for (int i = 5; i < 12; ++i)
            api->put(podName(i));
        QTRY_COMPARE_WITH_TIMEOUT(podNames(store), expectedNames(5, 12), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(store.status(ResourceKind::Pods).state, KindStatus::State::Synced, 5000);
    }

    void forbiddenIsExplainedAndNotRetriedInALoop()
    {
        FakeApi api;
        api.put(podName(1));
        api.setForbidden(true);
        lcl::net::HttpClient http;
        ResourceStore store;
        Informer informer(ResourceKind::Pods, QStringLiteral("shop"), connectionTo(api.url()), &http, &store, fastOptions());
        informer.start();
        QTRY_COMPARE_WITH_TIMEOUT(store.status(ResourceKind::Pods).state, KindStatus::State::Forbidden, 5000);
        const lcl::Error error = store.status(ResourceKind::Pods).error;
        QCOMPARE(error.kind, lcl::Error::Kind::Forbidden);
        QCOMPARE(error.httpStatus, 403);
        QVERIFY2(error.message.contains(QLatin1String("pods")) && error.message.contains(QLatin1String("shop")),
                 qPrintable(error.message));
        QVERIFY(!error.hint.isEmpty());
        QVERIFY(error.detail.contains(QLatin1String("cannot list")));
        QTest::qWait(600); // long enough for several backoff rounds, were there any
        QCOMPARE(api.listRequests(), 1);
        QCOMPARE(store.count(ResourceKind::Pods), qsizetype(0));
    }

    void unauthorizedInvalidatesCredentials()
    {
        FakeApi api;
        api.put(podName(1));
        api.requireToken("fresh");
        lcl::net::HttpClient http;
        ResourceStore store;
        auto token = std::make_shared<RotatingToken>();
        ClusterConnection connection = connectionTo(api.url());
        connection.credentials = token;
        Informer informer(ResourceKind::Pods, {}, connection, &http, &store, fastOptions());
        QSignalSpy synced(&informer, &Informer::synced);
        informer.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 10000);
        QCOMPARE(api.unauthorized(), 1);
        QCOMPARE(token->invalidations(), 1);
        QCOMPARE(podNames(store), QStringList{QStringLiteral("p0001")});
    }

    void stopDropsLateDeliveries()
    {
        FakeApi api;
        api.put(podName(1));
        lcl::net::HttpClient http;
        ResourceStore store;
        Informer informer(ResourceKind::Pods, {}, connectionTo(api.url()), &http, &store, fastOptions());
        QSignalSpy synced(&informer, &Informer::synced);
        informer.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(api.watchRequests(), 1, 5000);
        informer.stop();
        api.put(podName(2));
        QTest::qWait(400);
        QCOMPARE(podNames(store), QStringList{QStringLiteral("p0001")});
        QCOMPARE(store.status(ResourceKind::Pods).state, KindStatus::State::Idle);
    }
};

QTEST_GUILESS_MAIN(TestInformer)
#include "tst_informer.moc"
