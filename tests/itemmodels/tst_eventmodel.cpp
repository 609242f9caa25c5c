#include "itemmodels/eventmodel.h"
#include "itemmodels/modeltestutil.h"
#include "itemmodels/namespacefilterproxy.h"
#include "itemmodels/warningsfirstproxy.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace lcl;
using namespace lcl::test;
using itemmodels::EventModel;
using kube::ResourceKind;

namespace {

kube::EventRecord makeEvent(const char* ns, const char* name, const char* type, const char* reason, const char* object,
                        qint64 lastAgo, int count = 1)
{
    kube::EventRecord e;
    e.meta = meta(ns, name, "1", lastAgo + 60);
    e.type = s(type);
    e.reason = s(reason);
    e.objectKind = s("Pod");
    e.objectName = s(object);
    e.message = s(reason) + s(" happened to ") + s(object);
    e.count = count;
    e.first = kNow - lastAgo - 60;
    e.last = kNow - lastAgo;
    e.source = s("kubelet");
    return e;
}

void fill(kube::ResourceStore& store)
{
    upsert(store, ResourceKind::Events, {makeEvent("shop", "e1", "Normal", "Pulled", "web-1", 30),
                                         makeEvent("shop", "e2", "Warning", "BackOff", "api-1", 300, 7),
                                         makeEvent("db", "e3", "Normal", "Started", "pg-0", 10),
                                         makeEvent("db", "e4", "Warning", "OOMKilling", "pg-0", 4000),
                                         makeEvent("shop", "e5", "Normal", "Scheduled", "web-2", 5)});
}

} // namespace

class TestEventModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void contents()
    {
        kube::ResourceStore store;
        fill(store);
        EventModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(kNow);
        QCOMPARE(dump(model, true), (QStringList{
                                        s("db|10s|Normal|Started|pod/pg-0|Started happened to pg-0|1|kubelet"),
                                        s("db|66m|Warning|OOMKilling|pod/pg-0|OOMKilling happened to pg-0|1|kubelet"),
                                        s("shop|30s|Normal|Pulled|pod/web-1|Pulled happened to web-1|1|kubelet"),
                                        s("shop|5m|Warning|BackOff|pod/api-1|BackOff happened to api-1|7|kubelet"),
                                        s("shop|5s|Normal|Scheduled|pod/web-2|Scheduled happened to web-2|1|kubelet"),
                                    }));
    }

    void warningsFirstNewestFirst()
    {
        kube::ResourceStore store;
        fill(store);
        EventModel model(&store);
        model.setNow(kNow);
        itemmodels::WarningsFirstProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(EventModel::LastSeen, Qt::DescendingOrder);
        const auto reasons = [&] {
            QStringList list;
            for (int r = 0; r < proxy.rowCount(); ++r)
                list << proxy.index(r, EventModel::Reason).data().toString();
            return list;
        };
        QCOMPARE(reasons(), (QStringList{s("BackOff"), s("OOMKilling"), s("Scheduled"), s("Started"), s("Pulled")}));
        // A new warning goes to the top; the proxy follows the source's row-level insert.
        upsert(store, ResourceKind::Events, {makeEvent("shop", "e6", "Warning", "Unhealthy", "web-1", 1)});
        QCOMPARE(reasons(), (QStringList{s("Unhealthy"), s("BackOff"), s("OOMKilling"), s("Scheduled"), s("Started"), s("Pulled")}));
        proxy.sort(EventModel::LastSeen, Qt::AscendingOrder);
        QCOMPARE(reasons(), (QStringList{s("OOMKilling"), s("BackOff"), s("Unhealthy"), s("Pulled"), s("Started"), s("Scheduled")}));
    }

    void namespaceFilter()
    {
        kube::ResourceStore store;
        fill(store);
        EventModel model(&store);
        model.setNow(kNow);
        itemmodels::NamespaceFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(EventModel::Reason);
        proxy.setNamespaceFilter(s("db"));
        QCOMPARE(dump(proxy), (QStringList{
                                  s("db|66m|Warning|OOMKilling|pod/pg-0|OOMKilling happened to pg-0|1|kubelet"),
                                  s("db|10s|Normal|Started|pod/pg-0|Started happened to pg-0|1|kubelet"),
                              }));
        // Rows of other namespaces arriving later stay hidden; rows of this one show up.
        upsert(store, ResourceKind::Events, {makeEvent("shop", "e7", "Normal", "Killing", "web-1", 2),
                                             makeEvent("db", "e8", "Normal", "Created", "pg-1", 2)});
        QCOMPARE(proxy.rowCount(), 3);
        QCOMPARE(proxy.index(0, EventModel::Reason).data().toString(), s("Created"));
        proxy.setNamespaceFilter({});
        QCOMPARE(proxy.rowCount(), 7);
        // Sorted on the raw count, not the text ("7" vs "10"): the Count column sorts numerically.
        proxy.sort(EventModel::Count, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, EventModel::Count).data().toString(), s("7"));
    }
};

QTEST_GUILESS_MAIN(TestEventModel)
#include "tst_eventmodel.moc"
