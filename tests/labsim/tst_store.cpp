#include "labsim/objectstore.h"

#include <QTest>

#include <set>
#include <thread>

using namespace lcl::sim;
using nlohmann::json;

// JSON and std::string values compared through their text, so QTest can print both sides.
#define JCOMPARE(actual, expected) \
    QCOMPARE(QByteArray::fromStdString(json(actual).dump()), QByteArray::fromStdString(json(expected).dump()))
#define SCOMPARE(actual, expected) QCOMPARE(QByteArray::fromStdString(actual), QByteArray(expected))

// The object store's semantics: resourceVersion, concurrency, generation, paging, watches, deletes, dry runs.
class TestStore final : public QObject {
    Q_OBJECT

private:
    const ResourceInfo& pods() const { return m_store->resource("pods"); }
    const ResourceInfo& deployments() const { return m_store->resource("deployments.apps"); }

    static json pod(const std::string& name, json labels = json::object())
    {
        return {{"apiVersion", "v1"},
                {"kind", "Pod"},
                {"metadata", {{"name", name}, {"labels", std::move(labels)}}},
                {"spec", {{"containers", {{{"name", "app"}, {"image", "nginx:1.27"}}}}}}};
    }
    static json deployment(const std::string& name, int replicas)
    {
        return {{"apiVersion", "apps/v1"},
                {"kind", "Deployment"},
                {"metadata", {{"name", name}}},
                {"spec",
                 {{"replicas", replicas},
                  {"selector", {{"matchLabels", {{"app", name}}}}},
                  {"template", {{"metadata", {{"labels", {{"app", name}}}}},
                                {"spec", {{"containers", {{{"name", "app"}, {"image", "nginx:1.27"}}}}}}}}}}};
    }
    void makeNamespace(const std::string& ns)
    {
        QVERIFY(m_store->create(m_store->resource("namespaces"), {},
                                {{"apiVersion", "v1"}, {"kind", "Namespace"}, {"metadata", {{"name", ns}}}}));
    }

    std::unique_ptr<ObjectStore> m_store;

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<ObjectStore>();
        makeNamespace("shop");
        makeNamespace("web");
    }

    void createSetsMetadata()
    {
        const auto before = m_store->currentResourceVersion();
        auto created = m_store->create(deployments(), "shop", deployment("api", 2), {false, "kubectl-create", false});
        QVERIFY(created);
        const auto& m = created.value()->object["metadata"];
        JCOMPARE(m["namespace"], "shop");
        JCOMPARE(m["generation"], 1);
        QCOMPARE(m["uid"].get<std::string>().size(), std::size_t(36));
        QVERIFY(m.contains("creationTimestamp"));
        QCOMPARE(std::stoull(m["resourceVersion"].get<std::string>()), before + 1);
        JCOMPARE(m["managedFields"][0]["manager"], "kubectl-create");
        JCOMPARE(m["managedFields"][0]["operation"], "Update");
        QVERIFY(m["managedFields"][0]["fieldsV1"].contains("f:spec"));
        // Defaults the apiserver fills in.
        JCOMPARE(created.value()->object["spec"]["strategy"]["type"], "RollingUpdate");
        JCOMPARE(created.value()->object["spec"]["template"]["spec"]["restartPolicy"], "Always");
        // The cached serialisation is what a list writes.
        JCOMPARE(json::parse(created.value()->json), created.value()->object);
    }

    void createErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("ns");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("reason");
        QTest::addColumn<QByteArray>("causeField");
        QTest::newRow("missing name") << QByteArray(R"({"apiVersion":"v1","kind":"Pod","metadata":{},"spec":{"containers":[{"name":"a","image":"x"}]}})")
                                      << QByteArray("shop") << 422 << QByteArray("Invalid") << QByteArray("metadata.name");
        QTest::newRow("bad name") << QByteArray(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"Bad_Name"},"spec":{"containers":[{"name":"a","image":"x"}]}})")
                                  << QByteArray("shop") << 422 << QByteArray("Invalid") << QByteArray("metadata.name");
        QTest::newRow("no containers") << QByteArray(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{}})")
                                       << QByteArray("shop") << 422 << QByteArray("Invalid") << QByteArray("spec.containers");
        QTest::newRow("wrong kind") << QByteArray(R"({"apiVersion":"v1","kind":"Service","metadata":{"name":"p"}})")
                                    << QByteArray("shop") << 400 << QByteArray("BadRequest") << QByteArray("");
        QTest::newRow("namespace mismatch") << QByteArray(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","namespace":"web"},"spec":{"containers":[{"name":"a","image":"x"}]}})")
                                            << QByteArray("shop") << 400 << QByteArray("BadRequest") << QByteArray("");
        QTest::newRow("namespace missing") << QByteArray(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"containers":[{"name":"a","image":"x"}]}})")
                                           << QByteArray("nowhere") << 404 << QByteArray("NotFound") << QByteArray("");
    }
    void createErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, ns);
        QFETCH(int, code);
        QFETCH(QByteArray, reason);
        QFETCH(QByteArray, causeField);
        auto result = m_store->create(pods(), ns.toStdString(), json::parse(body.toStdString()));
        QVERIFY(!result);
        QCOMPARE(result.error().code, code);
        QCOMPARE(QByteArray::fromStdString(result.error().reason), reason);
        const auto status = result.error().toStatus();
        JCOMPARE(status["kind"], "Status");
        JCOMPARE(status["code"], code);
        if (!causeField.isEmpty())
            QCOMPARE(QByteArray::fromStdString(status["details"]["causes"][0]["field"].get<std::string>()), causeField);
        QCOMPARE(m_store->count(pods()), std::size_t(0));
    }

    void alreadyExistsAndGenerateName()
    {
        QVERIFY(m_store->create(pods(), "shop", pod("a")));
        auto again = m_store->create(pods(), "shop", pod("a"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, 409);
        SCOMPARE(again.error().reason, "AlreadyExists");
        SCOMPARE(again.error().message, "pods \"a\" already exists");
        json generated = pod("");
        generated["metadata"].erase("name");
        generated["metadata"]["generateName"] = "worker-";
        auto g = m_store->create(pods(), "shop", generated);
        QVERIFY(g);
        QVERIFY(g.value()->name.starts_with("worker-"));
        QCOMPARE(g.value()->name.size(), std::string("worker-").size() + 5);
    }

    void resourceVersionIsGlobalAndMonotonic()
    {
        std::uint64_t last = m_store->currentResourceVersion();
        for (int i = 0; i < 5; ++i) {
            auto p = m_store->create(pods(), i % 2 ? "shop" : "web", pod("p" + std::to_string(i)));
            QVERIFY(p);
            QVERIFY(p.value()->resourceVersion > last);
            last = p.value()->resourceVersion;
        }
        auto listed = m_store->list(pods(), {});
        QVERIFY(listed);
        QCOMPARE(listed->resourceVersion, last);
        QCOMPARE(listed->items.size(), std::size_t(5));
    }

    void staleUpdateConflicts()
    {
        auto created = m_store->create(deployments(), "shop", deployment("api", 1));
        QVERIFY(created);
        auto first = created.value()->object;
        auto second = first;
        first["spec"]["replicas"] = 2;
        QVERIFY(m_store->update(deployments(), "shop", "api", first));
        second["spec"]["replicas"] = 5;
        auto stale = m_store->update(deployments(), "shop", "api", second);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, 409);
        SCOMPARE(stale.error().reason, "Conflict");
        SCOMPARE(stale.error().message,
                 "Operation cannot be fulfilled on deployments.apps \"api\": the object has been modified; please "
                 "apply your changes to the latest version and try again");
        // Without a resourceVersion the update is unconditional.
        second["metadata"].erase("resourceVersion");
        QVERIFY(m_store->update(deployments(), "shop", "api", second));
    }

    void generationBumpsOnSpecChangeOnly_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("generation");
        QTest::newRow("replicas") << QByteArray("/spec/replicas") << QByteArray("4") << 2;
        QTest::newRow("label") << QByteArray("/metadata/labels") << QByteArray(R"({"team":"a"})") << 1;
        QTest::newRow("annotation") << QByteArray("/metadata/annotations") << QByteArray(R"({"note":"x"})") << 1;
        QTest::newRow("image") << QByteArray("/spec/template/spec/containers/0/image") << QByteArray(R"("nginx:1.28")") << 2;
    }
    void generationBumpsOnSpecChangeOnly()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, value);
        QFETCH(int, generation);
        QVERIFY(m_store->create(deployments(), "shop", deployment("api", 1)));
        const json ops = {{{"op", "add"}, {"path", path.toStdString()}, {"value", json::parse(value.toStdString())}}};
        auto patched = m_store->patch(deployments(), "shop", "api", PatchType::Json, ops.dump());
        QVERIFY2(patched, patched ? "" : patched.error().message.c_str());
        QCOMPARE(patched->object->object["metadata"]["generation"].get<int>(), generation);
    }

    void noOpUpdateKeepsResourceVersion()
    {
        auto created = m_store->create(deployments(), "shop", deployment("api", 1));
        QVERIFY(created);
        auto same = m_store->update(deployments(), "shop", "api", created.value()->object);
        QVERIFY(same);
        QCOMPARE(same.value()->resourceVersion, created.value()->resourceVersion);
    }

    void statusSubresource()
    {
        QVERIFY(m_store->create(deployments(), "shop", deployment("api", 1)));
        auto current = m_store->get(deployments(), "shop", "api").value()->object;
        current["status"] = {{"replicas", 1}, {"observedGeneration", 1}};
        current["spec"]["replicas"] = 9;
        auto viaStatus = m_store->update(deployments(), "shop", "api", current, {}, /*statusOnly=*/true);
        QVERIFY(viaStatus);
        JCOMPARE(viaStatus.value()->object["status"]["replicas"], 1);
        JCOMPARE(viaStatus.value()->object["spec"]["replicas"], 1); // spec untouched through /status
        auto main = viaStatus.value()->object;
        main["status"] = {{"replicas", 42}};
        auto viaMain = m_store->update(deployments(), "shop", "api", main);
        QVERIFY(viaMain);
        JCOMPARE(viaMain.value()->object["status"]["replicas"], 1); // status untouched through the main resource
    }

    void listSelectors_data()
    {
        QTest::addColumn<QByteArray>("labels");
        QTest::addColumn<QByteArray>("fields");
        QTest::addColumn<QByteArrayList>("names");
        QTest::newRow("all") << QByteArray("") << QByteArray("") << QByteArrayList{"a", "b", "c", "d"};
        QTest::newRow("eq") << QByteArray("app=web") << QByteArray("") << QByteArrayList{"a", "b"};
        QTest::newRow("double eq") << QByteArray("app==web") << QByteArray("") << QByteArrayList{"a", "b"};
        QTest::newRow("neq") << QByteArray("app!=web") << QByteArray("") << QByteArrayList{"c", "d"};
        QTest::newRow("in") << QByteArray("tier in (front,back)") << QByteArray("") << QByteArrayList{"a", "c"};
        QTest::newRow("notin") << QByteArray("tier notin (front)") << QByteArray("") << QByteArrayList{"b", "c", "d"};
        QTest::newRow("exists") << QByteArray("tier") << QByteArray("") << QByteArrayList{"a", "c"};
        QTest::newRow("not exists") << QByteArray("!tier") << QByteArray("") << QByteArrayList{"b", "d"};
        QTest::newRow("and") << QByteArray("app=web,tier") << QByteArray("") << QByteArrayList{"a"};
        QTest::newRow("field name") << QByteArray("") << QByteArray("metadata.name=c") << QByteArrayList{"c"};
        QTest::newRow("field ns") << QByteArray("") << QByteArray("metadata.namespace=web") << QByteArrayList{"d"};
        QTest::newRow("field phase") << QByteArray("") << QByteArray("status.phase=Pending") << QByteArrayList{"a", "b", "c", "d"};
        QTest::newRow("field phase neq") << QByteArray("") << QByteArray("status.phase!=Pending") << QByteArrayList{};
        QTest::newRow("both") << QByteArray("app=db") << QByteArray("metadata.namespace=shop") << QByteArrayList{"c"};
    }
    void listSelectors()
    {
        QFETCH(QByteArray, labels);
        QFETCH(QByteArray, fields);
        QFETCH(QByteArrayList, names);
        QVERIFY(m_store->create(pods(), "shop", pod("a", {{"app", "web"}, {"tier", "front"}})));
        QVERIFY(m_store->create(pods(), "shop", pod("b", {{"app", "web"}})));
        QVERIFY(m_store->create(pods(), "shop", pod("c", {{"app", "db"}, {"tier", "back"}})));
        QVERIFY(m_store->create(pods(), "web", pod("d", {{"app", "db"}})));
        ListOptions options;
        options.labelSelector = labels.toStdString();
        options.fieldSelector = fields.toStdString();
        auto listed = m_store->list(pods(), {}, options);
        QVERIFY2(listed, listed ? "" : listed.error().message.c_str());
        QByteArrayList got;
        for (const auto& item : listed->items)
            got << QByteArray::fromStdString(item->name);
        QCOMPARE(got, names);
    }

    void listSelectorErrors_data()
    {
        QTest::addColumn<QByteArray>("labels");
        QTest::addColumn<QByteArray>("fields");
        QTest::newRow("bad label op") << QByteArray("app in web") << QByteArray("");
        QTest::newRow("bad label key") << QByteArray("a b=c") << QByteArray("");
        QTest::newRow("unsupported field") << QByteArray("") << QByteArray("spec.foo=bar");
        QTest::newRow("no operator") << QByteArray("") << QByteArray("metadata.name");
    }
    void listSelectorErrors()
    {
        QFETCH(QByteArray, labels);
        QFETCH(QByteArray, fields);
        ListOptions options;
        options.labelSelector = labels.toStdString();
        options.fieldSelector = fields.toStdString();
        auto listed = m_store->list(pods(), {}, options);
        QVERIFY(!listed);
        QCOMPARE(listed.error().code, 400);
    }

    void limitContinueIsConsistentAcrossWrites()
    {
        for (int i = 0; i < 25; ++i)
            QVERIFY(m_store->create(pods(), i < 12 ? "shop" : "web", pod(std::string(i < 10 ? "p0" : "p") + std::to_string(i))));
        ListOptions options;
        options.limit = 10;
        auto page1 = m_store->list(pods(), {}, options);
        QVERIFY(page1);
        QCOMPARE(page1->items.size(), std::size_t(10));
        QVERIFY(!page1->continueToken.empty());
        QCOMPARE(page1->remainingItemCount.value_or(-1), std::int64_t(15));
        const auto snapshotRv = page1->resourceVersion;

        // Writes between pages: the later pages still show the snapshot.
        QVERIFY(m_store->remove(pods(), "web", "p20"));
        QVERIFY(m_store->create(pods(), "web", pod("p99")));
        auto p15 = m_store->get(pods(), "web", "p15").value()->object;
        p15["metadata"]["labels"] = {{"changed", "yes"}};
        QVERIFY(m_store->update(pods(), "web", "p15", p15));

        std::vector<std::string> names;
        for (const auto& i : page1->items)
            names.push_back(i->name);
        std::string token = page1->continueToken;
        while (!token.empty()) {
            options.continueToken = token;
            auto page = m_store->list(pods(), {}, options);
            QVERIFY2(page, page ? "" : page.error().message.c_str());
            QCOMPARE(page->resourceVersion, snapshotRv);
            for (const auto& i : page->items) {
                names.push_back(i->name);
                if (i->name == "p15")
                    QVERIFY(!i->object["metadata"]["labels"].contains("changed"));
            }
            token = page->continueToken;
        }
        QCOMPARE(names.size(), std::size_t(25));
        QVERIFY(std::find(names.begin(), names.end(), "p20") != names.end());
        QVERIFY(std::find(names.begin(), names.end(), "p99") == names.end());
    }

    void continueOutsideHistoryIsExpired()
    {
        ObjectStore small(ResourceRegistry::builtin(), ObjectStore::Config{5, {}});
        QVERIFY(small.create(small.resource("namespaces"), {}, {{"metadata", {{"name", "shop"}}}}));
        for (int i = 0; i < 6; ++i)
            QVERIFY(small.create(small.resource("pods"), "shop", pod("p" + std::to_string(i))));
        ListOptions options;
        options.limit = 2;
        auto page = small.list(small.resource("pods"), "shop", options);
        QVERIFY(page);
        for (int i = 0; i < 6; ++i)
            QVERIFY(small.create(small.resource("pods"), "shop", pod("q" + std::to_string(i))));
        options.continueToken = page->continueToken;
        auto expired = small.list(small.resource("pods"), "shop", options);
        QVERIFY(!expired);
        QCOMPARE(expired.error().code, 410);
        SCOMPARE(expired.error().reason, "Expired");
        options.continueToken = "not-a-token";
        auto garbage = small.list(small.resource("pods"), "shop", options);
        QVERIFY(!garbage);
        QCOMPARE(garbage.error().code, 400);
    }

    void watchReplaysInOrder()
    {
        const auto start = m_store->currentResourceVersion();
        QVERIFY(m_store->create(pods(), "shop", pod("a")));
        auto b = m_store->create(pods(), "shop", pod("b"));
        QVERIFY(b);
        auto bo = b.value()->object;
        bo["metadata"]["labels"] = {{"x", "1"}};
        QVERIFY(m_store->update(pods(), "shop", "b", bo));
        QVERIFY(m_store->remove(pods(), "shop", "a"));
        QVERIFY(m_store->create(pods(), "web", pod("elsewhere")));

        WatchOptions options;
        options.resourceVersion = std::to_string(start);
        auto watch = m_store->watch(pods(), "shop", options);
        QVERIFY(watch);
        QByteArrayList seen;
        WatchEvent e;
        std::uint64_t lastRv = start;
        while (watch.value()->next(std::chrono::milliseconds(50), e) == WatchHubSubscription::Wait::Event) {
            seen << QByteArray(WatchEvent::typeName(e.type)) + ' ' + QByteArray::fromStdString(e.object->name);
            QVERIFY(e.resourceVersion > lastRv);
            lastRv = e.resourceVersion;
        }
        QCOMPARE(seen, (QByteArrayList{"ADDED a", "ADDED b", "MODIFIED b", "DELETED a"}));

        // Live events arrive too, framed as one line each.
        QVERIFY(m_store->create(pods(), "shop", pod("live")));
        QCOMPARE(watch.value()->next(std::chrono::milliseconds(1000), e), WatchHubSubscription::Wait::Event);
        const auto line = e.toLine();
        QVERIFY(line.ends_with("}\n"));
        JCOMPARE(json::parse(line)["type"], "ADDED");
        JCOMPARE(json::parse(line)["object"]["metadata"]["name"], "live");
    }

    void watchFromEmptyVersionStartsWithState()
    {
        QVERIFY(m_store->create(pods(), "shop", pod("a", {{"app", "web"}})));
        QVERIFY(m_store->create(pods(), "shop", pod("b", {{"app", "db"}})));
        WatchOptions options;
        options.labelSelector = "app=web";
        auto watch = m_store->watch(pods(), "shop", options);
        QVERIFY(watch);
        WatchEvent e;
        QCOMPARE(watch.value()->next(std::chrono::milliseconds(100), e), WatchHubSubscription::Wait::Event);
        QCOMPARE(e.type, WatchEventType::Added);
        SCOMPARE(e.object->name, "a");
        QCOMPARE(watch.value()->next(std::chrono::milliseconds(50), e), WatchHubSubscription::Wait::Timeout);
        // b starts matching: the watcher sees it ADDED; a stops matching: DELETED.
        auto bo = m_store->get(pods(), "shop", "b").value()->object;
        bo["metadata"]["labels"]["app"] = "web";
        QVERIFY(m_store->update(pods(), "shop", "b", bo));
        auto ao = m_store->get(pods(), "shop", "a").value()->object;
        ao["metadata"]["labels"]["app"] = "gone";
        QVERIFY(m_store->update(pods(), "shop", "a", ao));
        QCOMPARE(watch.value()->next(std::chrono::milliseconds(500), e), WatchHubSubscription::Wait::Event);
        QCOMPARE(e.type, WatchEventType::Added);
        SCOMPARE(e.object->name, "b");
        QCOMPARE(watch.value()->next(std::chrono::milliseconds(500), e), WatchHubSubscription::Wait::Event);
        QCOMPARE(e.type, WatchEventType::Deleted);
        SCOMPARE(e.object->name, "a");
    }

    void watchTooOldGetsExpiredError()
    {
        ObjectStore small(ResourceRegistry::builtin(), ObjectStore::Config{3, {}});
        QVERIFY(small.create(small.resource("namespaces"), {}, {{"metadata", {{"name", "shop"}}}}));
        for (int i = 0; i < 10; ++i)
            QVERIFY(small.create(small.resource("pods"), "shop", pod("p" + std::to_string(i))));
        WatchOptions options;
        options.resourceVersion = "2";
        auto watch = small.watch(small.resource("pods"), "shop", options);
        QVERIFY(watch);
        WatchEvent e;
        QCOMPARE(watch.value()->next(std::chrono::milliseconds(100), e), WatchHubSubscription::Wait::Event);
        QCOMPARE(e.type, WatchEventType::Error);
        const auto line = json::parse(e.toLine());
        JCOMPARE(line["type"], "ERROR");
        JCOMPARE(line["object"]["kind"], "Status");
        JCOMPARE(line["object"]["code"], 410);
        JCOMPARE(line["object"]["reason"], "Expired");
        QVERIFY(line["object"]["message"].get<std::string>().starts_with("too old resource version: 2 ("));
        QCOMPARE(watch.value()->next(std::chrono::milliseconds(100), e), WatchHubSubscription::Wait::Closed);
        // Inside the window it replays.
        options.resourceVersion = std::to_string(small.currentResourceVersion() - 2);
        auto recent = small.watch(small.resource("pods"), "shop", options);
        QVERIFY(recent);
        QCOMPARE(recent.value()->next(std::chrono::milliseconds(100), e), WatchHubSubscription::Wait::Event);
        QCOMPARE(e.type, WatchEventType::Added);
    }

    void bookmarks()
    {
        WatchOptions options;
        options.allowBookmarks = true;
        options.bookmarkInterval = std::chrono::milliseconds(100);
        options.resourceVersion = std::to_string(m_store->currentResourceVersion());
        auto watch = m_store->watch(pods(), "shop", options);
        QVERIFY(watch);
        QVERIFY(m_store->create(deployments(), "web", deployment("other", 1))); // moves the global RV
        WatchEvent e;
        QCOMPARE(watch.value()->next(std::chrono::milliseconds(2000), e), WatchHubSubscription::Wait::Event);
        QCOMPARE(e.type, WatchEventType::Bookmark);
        const auto line = json::parse(e.toLine());
        JCOMPARE(line["type"], "BOOKMARK");
        JCOMPARE(line["object"]["kind"], "Pod");
        JCOMPARE(line["object"]["apiVersion"], "v1");
        JCOMPARE(line["object"]["metadata"]["resourceVersion"], std::to_string(m_store->currentResourceVersion()));
        // Without allowBookmarks there are none.
        options.allowBookmarks = false;
        auto quiet = m_store->watch(pods(), "shop", options);
        QCOMPARE(quiet.value()->next(std::chrono::milliseconds(300), e), WatchHubSubscription::Wait::Timeout);
        // The initial-events-end bookmark of a streaming list.
        WatchOptions streaming;
        streaming.sendInitialEvents = true;
        streaming.allowBookmarks = true;
        QVERIFY(m_store->create(pods(), "shop", pod("a")));
        auto stream = m_store->watch(pods(), "shop", streaming);
        QCOMPARE(stream.value()->next(std::chrono::milliseconds(100), e), WatchHubSubscription::Wait::Event);
        QCOMPARE(e.type, WatchEventType::Added);
        QCOMPARE(stream.value()->next(std::chrono::milliseconds(100), e), WatchHubSubscription::Wait::Event);
        QCOMPARE(e.type, WatchEventType::Bookmark);
        JCOMPARE(e.payload["metadata"]["annotations"]["k8s.io/initial-events-end"], "true");
    }

    void watchBlocksUntilAnotherThreadWrites()
    {
        auto watch = m_store->watch(pods(), "shop", {});
        QVERIFY(watch);
        std::thread writer([this] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            m_store->create(pods(), "shop", pod("late"));
        });
        WatchEvent e;
        const auto wait = watch.value()->next(std::chrono::milliseconds(5000), e);
        writer.join();
        QCOMPARE(wait, WatchHubSubscription::Wait::Event);
        SCOMPARE(e.object->name, "late");
    }

    void dropAllEndsWatches()
    {
        auto a = m_store->watch(pods(), "shop", {});
        auto b = m_store->watch(deployments(), {}, {});
        QVERIFY(a && b);
        QCOMPARE(m_store->watchHub().activeWatchCount(), std::size_t(2));
        m_store->watchHub().dropAll();
        WatchEvent e;
        QCOMPARE(a.value()->next(std::chrono::milliseconds(100), e), WatchHubSubscription::Wait::Closed);
        QCOMPARE(m_store->watchHub().activeWatchCount(), std::size_t(0));
    }

    void deletePropagation_data()
    {
        QTest::addColumn<QByteArray>("policy");
        QTest::addColumn<bool>("dependentsGone");
        QTest::newRow("background") << QByteArray("Background") << true;
        QTest::newRow("foreground") << QByteArray("Foreground") << true;
        QTest::newRow("orphan") << QByteArray("Orphan") << false;
    }
    void deletePropagation()
    {
        QFETCH(QByteArray, policy);
        QFETCH(bool, dependentsGone);
        auto owner = m_store->create(m_store->resource("replicasets.apps"), "shop",
                                     {{"apiVersion", "apps/v1"}, {"kind", "ReplicaSet"},
                                      {"metadata", {{"name", "rs"}}},
                                      {"spec", deployment("rs", 1)["spec"]}});
        QVERIFY(owner);
        for (const char* name : {"rs-1", "rs-2"}) {
            auto p = pod(name);
            p["metadata"]["ownerReferences"] = {{{"apiVersion", "apps/v1"}, {"kind", "ReplicaSet"}, {"name", "rs"},
                                                 {"uid", owner.value()->object["metadata"]["uid"]}, {"controller", true}}};
            QVERIFY(m_store->create(pods(), "shop", p));
        }
        QVERIFY(m_store->create(pods(), "shop", pod("unrelated")));
        DeleteOptions options;
        options.propagationPolicy = policy.toStdString();
        QVERIFY(m_store->remove(m_store->resource("replicasets.apps"), "shop", "rs", options));
        QCOMPARE(m_store->count(pods(), "shop"), dependentsGone ? std::size_t(1) : std::size_t(3));
        if (!dependentsGone)
            QVERIFY(!m_store->get(pods(), "shop", "rs-1").value()->object["metadata"].contains("ownerReferences"));
        QVERIFY(!m_store->get(m_store->resource("replicasets.apps"), "shop", "rs"));
    }

    void deleteNamespaceTakesContents()
    {
        QVERIFY(m_store->create(pods(), "web", pod("a")));
        QVERIFY(m_store->create(deployments(), "web", deployment("d", 1)));
        QVERIFY(m_store->remove(m_store->resource("namespaces"), {}, "web"));
        QCOMPARE(m_store->count(pods(), "web"), std::size_t(0));
        QCOMPARE(m_store->count(deployments(), "web"), std::size_t(0));
        auto missing = m_store->remove(pods(), "web", "a");
        QCOMPARE(missing.error().code, 404);
        SCOMPARE(missing.error().message, "pods \"a\" not found");
    }

    void dryRunStoresNothing_data()
    {
        QTest::addColumn<QByteArray>("operation");
        QTest::newRow("create") << QByteArray("create");
        QTest::newRow("update") << QByteArray("update");
        QTest::newRow("patch") << QByteArray("patch");
        QTest::newRow("delete") << QByteArray("delete");
        QTest::newRow("apply") << QByteArray("apply");
    }
    void dryRunStoresNothing()
    {
        QFETCH(QByteArray, operation);
        QVERIFY(m_store->create(deployments(), "shop", deployment("api", 1)));
        const auto rv = m_store->currentResourceVersion();
        const auto before = m_store->get(deployments(), "shop", "api").value()->json;
        WriteOptions dry{true, "kubectl", false};
        bool ok = false;
        json returned;
        if (operation == QByteArrayLiteral("create")) {
            auto r = m_store->create(deployments(), "shop", deployment("new", 3), dry);
            ok = r.ok();
            returned = ok ? r.value()->object : json();
            QVERIFY(!m_store->get(deployments(), "shop", "new"));
        } else if (operation == QByteArrayLiteral("update")) {
            auto changed = deployment("api", 7);
            auto r = m_store->update(deployments(), "shop", "api", changed, dry);
            ok = r.ok();
            returned = ok ? r.value()->object : json();
        } else if (operation == QByteArrayLiteral("patch")) {
            auto r = m_store->patch(deployments(), "shop", "api", PatchType::Merge, R"({"spec":{"replicas":7}})", dry);
            ok = r.ok();
            returned = ok ? r->object->object : json();
        } else if (operation == QByteArrayLiteral("apply")) {
            dry.fieldManager = "kubectl";
            auto r = m_store->patch(deployments(), "shop", "fresh", PatchType::Apply, deployment("fresh", 7).dump(), dry);
            ok = r.ok();
            QVERIFY(!m_store->get(deployments(), "shop", "fresh"));
            returned = ok ? r->object->object : json();
        } else {
            DeleteOptions del;
            del.dryRun = true;
            ok = m_store->remove(deployments(), "shop", "api", del).ok();
            returned = deployment("api", 7);
        }
        QVERIFY(ok);
        QCOMPARE(returned["spec"].value("replicas", 0), operation == QByteArrayLiteral("create") ? 3 : 7);
        QCOMPARE(m_store->currentResourceVersion(), rv);
        SCOMPARE(m_store->get(deployments(), "shop", "api").value()->json, before.c_str());
    }

    void scaleSubresource()
    {
        QVERIFY(m_store->create(deployments(), "shop", deployment("api", 2)));
        auto scale = m_store->getScale(deployments(), "shop", "api");
        QVERIFY(scale);
        JCOMPARE(scale.value()["kind"], "Scale");
        JCOMPARE(scale.value()["apiVersion"], "autoscaling/v1");
        JCOMPARE(scale.value()["spec"]["replicas"], 2);
        JCOMPARE(scale.value()["status"]["selector"], "app=api");
        auto zero = m_store->patchScale(deployments(), "shop", "api", PatchType::Merge, R"({"spec":{"replicas":0}})");
        QVERIFY(zero);
        QVERIFY(!zero.value()["spec"].contains("replicas")); // omitempty
        JCOMPARE(m_store->get(deployments(), "shop", "api").value()->object["spec"]["replicas"], 0);
        auto bad = m_store->setScale(deployments(), "shop", "api", -1);
        QCOMPARE(bad.error().code, 422);
        auto stale = m_store->setScale(deployments(), "shop", "api", 3, {}, "1");
        QCOMPARE(stale.error().code, 409);
        auto none = m_store->getScale(pods(), "shop", "x");
        QCOMPARE(none.error().code, 404);
    }

    void eventsInBothGroups()
    {
        const auto& core = m_store->resource("events");
        const auto* v1 = m_store->registry().find("events.k8s.io", "v1", "events");
        QVERIFY(v1);
        json ev = {{"apiVersion", "v1"}, {"kind", "Event"},
                   {"metadata", {{"name", "pod-a.1"}}},
                   {"involvedObject", {{"kind", "Pod"}, {"name", "a"}, {"namespace", "shop"}}},
                   {"reason", "Started"}, {"message", "Started container app"}, {"type", "Normal"},
                   {"firstTimestamp", "2026-11-26T07:00:00Z"}, {"count", 1}, {"reportingComponent", "kubelet"}};
        QVERIFY(m_store->create(core, "shop", ev));
        auto listed = m_store->list(*v1, "shop");
        QVERIFY(listed);
        QCOMPARE(listed->items.size(), std::size_t(1));
        const auto& o = listed->items[0]->object;
        JCOMPARE(o["apiVersion"], "events.k8s.io/v1");
        JCOMPARE(o["regarding"]["name"], "a");
        JCOMPARE(o["note"], "Started container app");
        JCOMPARE(o["reportingController"], "kubelet");
        JCOMPARE(o["eventTime"], "2026-11-26T07:00:00.000000Z");
        ListOptions wrongField;
        wrongField.fieldSelector = "involvedObject.name=a";
        QCOMPARE(m_store->list(*v1, "shop", wrongField).error().code, 400);
        wrongField.fieldSelector = "involvedObject.name=a,type=Normal";
        QCOMPARE(m_store->list(core, "shop", wrongField)->items.size(), std::size_t(1));
    }

    void concurrentWritersKeepRvUnique()
    {
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([this, t] {
                for (int i = 0; i < 50; ++i)
                    m_store->create(pods(), "shop", pod("t" + std::to_string(t) + "-" + std::to_string(i)));
            });
        for (auto& t : threads)
            t.join();
        auto listed = m_store->list(pods(), "shop");
        QCOMPARE(listed->items.size(), std::size_t(200));
        std::set<std::uint64_t> rvs;
        for (const auto& item : listed->items)
            rvs.insert(item->resourceVersion);
        QCOMPARE(rvs.size(), std::size_t(200));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
