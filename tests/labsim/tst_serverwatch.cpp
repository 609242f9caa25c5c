// Watch and paging semantics of the API server: events after a resourceVersion, the 410 Expired ERROR event for
// a too-old one, bookmarks, timeoutSeconds, Table watches, and limit/continue over a large list.

#include "support/simprocess.h"
#include "support/testenv.h"
#include "tst_serverclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using lcl::test::ServerClient;
using Credential = lcl::test::ServerClient::Credential;

class TstServerWatch final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void watchDeliversChangesAfterResourceVersion();
    void watchFlagSpellings_data();
    void watchFlagSpellings();
    void tooOldResourceVersionGetsExpiredEvent();
    void bookmarksWhenAsked();
    void timeoutEndsStreamCleanly();
    void tableWatch();
    void limitContinuePagesConsistently();
    void cleanup();

private:
    QString createConfigMap(const QString& ns, const QString& name);
    QString listResourceVersion(const QString& path);

    lcl::test::SimProcess m_sim;
    std::unique_ptr<ServerClient> m_client;
};

void TstServerWatch::initTestCase()
{
    // A short history window, so that the 410 test needs only a few writes to push RV 1 out of it.
    QVERIFY2(m_sim.start({QStringLiteral("--watch-history"), QStringLiteral("200")}), qPrintable(m_sim.errorString()));
    m_client = std::make_unique<ServerClient>(m_sim);
}

void TstServerWatch::cleanup()
{
    QVERIFY2(m_sim.isRunning(), QByteArray("the simulator died during the test:\n" + m_sim.standardError().right(3000)).constData());
}

QString TstServerWatch::createConfigMap(const QString& ns, const QString& name)
{
    const QByteArray body = R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":")" + name.toUtf8()
                            + R"("},"data":{"k":"v"}})";
    const lcl::test::ServerReply reply =
        m_client->send("POST", QStringLiteral("/api/v1/namespaces/%1/configmaps").arg(ns), body);
    return reply.status == 201 ? reply.json()[QStringLiteral("metadata")][QStringLiteral("resourceVersion")].toString()
                               : QString();
}

QString TstServerWatch::listResourceVersion(const QString& path)
{
    return m_client->get(path).json()[QStringLiteral("metadata")][QStringLiteral("resourceVersion")].toString();
}

void TstServerWatch::watchDeliversChangesAfterResourceVersion()
{
    const QString rv = listResourceVersion(QStringLiteral("/api/v1/namespaces/default/configmaps"));
    QVERIFY(!rv.isEmpty());
    QVERIFY(!createConfigMap(QStringLiteral("default"), QStringLiteral("watched-1")).isEmpty());
    QVERIFY(!createConfigMap(QStringLiteral("default"), QStringLiteral("watched-2")).isEmpty());
    QCOMPARE(m_client->send("DELETE", QStringLiteral("/api/v1/namespaces/default/configmaps/watched-1")).status, 200);
    const lcl::test::ServerReply reply = m_client->get(
        QStringLiteral("/api/v1/namespaces/default/configmaps?watch=true&timeoutSeconds=1&resourceVersion=") + rv,
        Credential::Admin, "application/json", 10000);
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));
    QStringList seen;
    for (const QJsonObject& e : lcl::test::watchEvents(reply.body))
        seen << e[QStringLiteral("type")].toString() + QLatin1Char(' ')
                    + e[QStringLiteral("object")][QStringLiteral("metadata")][QStringLiteral("name")].toString();
    QCOMPARE(seen, QStringList({QStringLiteral("ADDED watched-1"), QStringLiteral("ADDED watched-2"),
                                QStringLiteral("DELETED watched-1")}));
}

void TstServerWatch::watchFlagSpellings_data()
{
    QTest::addColumn<QString>("flag");
    QTest::newRow("true") << QStringLiteral("true");
    QTest::newRow("1") << QStringLiteral("1");
    QTest::newRow("True (python client)") << QStringLiteral("True");
}

void TstServerWatch::watchFlagSpellings()
{
    QFETCH(QString, flag);
    const lcl::test::ServerReply reply = m_client->get(
        QStringLiteral("/api/v1/namespaces?timeoutSeconds=1&watch=") + flag, Credential::Admin, "application/json", 10000);
    QCOMPARE(reply.status, 200);
    const QList<QJsonObject> events = lcl::test::watchEvents(reply.body);
    QVERIFY(events.size() >= 5); // synthetic ADDED for every namespace
    QCOMPARE(events.first()[QStringLiteral("type")].toString(), QStringLiteral("ADDED"));
    QCOMPARE(events.first()[QStringLiteral("object")][QStringLiteral("kind")].toString(), QStringLiteral("Namespace"));
}

void TstServerWatch::tooOldResourceVersionGetsExpiredEvent()
{
    const lcl::test::ServerReply reply = m_client->get(
        QStringLiteral("/api/v1/pods?watch=true&resourceVersion=1&timeoutSeconds=5"), Credential::Admin,
        "application/json", 10000);
    // The history window of a freshly seeded store may still hold RV 1; write past it to be sure.
    if (lcl::test::watchEvents(reply.body).value(0)[QStringLiteral("type")].toString() != QStringLiteral("ERROR")) {
        for (int i = 0; i < 250; ++i)
            QVERIFY(m_client->send("PATCH", QStringLiteral("/api/v1/namespaces/default"),
                                   R"({"metadata":{"annotations":{"n":")" + QByteArray::number(i) + "\"}}}",
                                   "application/merge-patch+json").status == 200);
    }
    const lcl::test::ServerReply again = m_client->get(
        QStringLiteral("/api/v1/pods?watch=true&resourceVersion=1&timeoutSeconds=5"), Credential::Admin,
        "application/json", 10000);
    QCOMPARE(again.status, 200);
    const QList<QJsonObject> events = lcl::test::watchEvents(again.body);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0][QStringLiteral("type")].toString(), QStringLiteral("ERROR"));
    const QJsonObject status = events[0][QStringLiteral("object")].toObject();
    QCOMPARE(status[QStringLiteral("kind")].toString(), QStringLiteral("Status"));
    QCOMPARE(status[QStringLiteral("code")].toInt(), 410);
    QCOMPARE(status[QStringLiteral("reason")].toString(), QStringLiteral("Expired"));
    QVERIFY(status[QStringLiteral("message")].toString().startsWith(QStringLiteral("too old resource version: 1 (")));
}

void TstServerWatch::bookmarksWhenAsked()
{
    const QString rv = listResourceVersion(QStringLiteral("/api/v1/namespaces/search/pods"));
    const lcl::test::ServerReply reply = m_client->get(
        QStringLiteral("/api/v1/namespaces/search/pods?watch=1&allowWatchBookmarks=true&timeoutSeconds=2&resourceVersion=")
            + rv,
        Credential::Admin, "application/json", 10000);
    QCOMPARE(reply.status, 200);
    const QList<QJsonObject> events = lcl::test::watchEvents(reply.body);
    QVERIFY2(!events.isEmpty(), reply.body.constData());
    const QJsonObject bookmark = events.last();
    QCOMPARE(bookmark[QStringLiteral("type")].toString(), QStringLiteral("BOOKMARK"));
    QCOMPARE(bookmark[QStringLiteral("object")][QStringLiteral("kind")].toString(), QStringLiteral("Pod"));
    QVERIFY(!bookmark[QStringLiteral("object")][QStringLiteral("metadata")][QStringLiteral("resourceVersion")]
                 .toString().isEmpty());

    const lcl::test::ServerReply without = m_client->get(
        QStringLiteral("/api/v1/namespaces/search/pods?watch=1&timeoutSeconds=1&resourceVersion=") + rv,
        Credential::Admin, "application/json", 10000);
    for (const QJsonObject& e : lcl::test::watchEvents(without.body))
        QVERIFY(e[QStringLiteral("type")].toString() != QStringLiteral("BOOKMARK"));
}

void TstServerWatch::timeoutEndsStreamCleanly()
{
    QElapsedTimer timer;
    timer.start();
    const QString rv = listResourceVersion(QStringLiteral("/api/v1/namespaces/search/pods"));
    const lcl::test::ServerReply reply = m_client->get(
        QStringLiteral("/api/v1/namespaces/search/pods?watch=true&timeoutSeconds=1&resourceVersion=") + rv,
        Credential::Admin, "application/json", 10000);
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));
    QVERIFY(timer.elapsed() >= 900);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(lcl::test::watchEvents(reply.body).isEmpty());
}

void TstServerWatch::tableWatch()
{
    const lcl::test::ServerReply reply = m_client->get(
        QStringLiteral("/api/v1/namespaces/search/pods?watch=true&timeoutSeconds=1"), Credential::Admin,
        "application/json;as=Table;v=v1;g=meta.k8s.io,application/json", 10000);
    QCOMPARE(reply.status, 200);
    const QList<QJsonObject> events = lcl::test::watchEvents(reply.body);
    QVERIFY(!events.isEmpty());
    const QJsonObject table = events.first()[QStringLiteral("object")].toObject();
    QCOMPARE(table[QStringLiteral("kind")].toString(), QStringLiteral("Table"));
    QCOMPARE(table[QStringLiteral("rows")].toArray().size(), 1);
    QCOMPARE(table[QStringLiteral("columnDefinitions")][0][QStringLiteral("name")].toString(), QStringLiteral("Name"));
}

void TstServerWatch::limitContinuePagesConsistently()
{
    QCOMPARE(m_client->send("POST", QStringLiteral("/api/v1/namespaces"),
                            R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"paging"}})").status,
             201);
    for (int i = 0; i < 120; ++i)
        QVERIFY(!createConfigMap(QStringLiteral("paging"), QStringLiteral("cm-%1").arg(i, 3, 10, QLatin1Char('0'))).isEmpty());
    QSet<QString> names;
    QString token;
    QString firstRv;
    int pages = 0;
    do {
        QString path = QStringLiteral("/api/v1/namespaces/paging/configmaps?limit=25");
        if (!token.isEmpty())
            path += QStringLiteral("&continue=") + QString::fromUtf8(QUrl::toPercentEncoding(token));
        const lcl::test::ServerReply page = m_client->get(path);
        QCOMPARE(page.status, 200);
        const QJsonObject meta = page.json()[QStringLiteral("metadata")].toObject();
        if (firstRv.isEmpty()) {
            firstRv = meta[QStringLiteral("resourceVersion")].toString();
            // A write between pages must not show up in the snapshot.
            QVERIFY(!createConfigMap(QStringLiteral("paging"), QStringLiteral("zz-late")).isEmpty());
        }
        QCOMPARE(meta[QStringLiteral("resourceVersion")].toString(), firstRv);
        const QJsonArray items = page.json()[QStringLiteral("items")].toArray();
        QVERIFY(items.size() <= 25);
        for (const QJsonValue& item : items) {
            const QString name = item[QStringLiteral("metadata")][QStringLiteral("name")].toString();
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
        }
        token = meta[QStringLiteral("continue")].toString();
        QVERIFY(++pages <= 10);
    } while (!token.isEmpty());
    QCOMPARE(pages, 5);
    int made = 0;
    for (const QString& name : std::as_const(names))
        made += name.startsWith(QStringLiteral("cm-")) ? 1 : 0;
    QCOMPARE(made, 120);
    QVERIFY(!names.contains(QStringLiteral("zz-late")));
}

QTEST_GUILESS_MAIN(TstServerWatch)
#include "tst_serverwatch.moc"
