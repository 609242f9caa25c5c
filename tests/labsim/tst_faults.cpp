// The simulator's fault API (/lclab/v1/faults): add, list, delete one, clear by kind/target or all; admin only;
// Kubernetes Status errors for every bad request.

#include "support/simprocess.h"
#include "tst_serverclient.h"

#include <QJsonArray>
#include <QTest>

using lcl::test::ServerClient;
using Credential = lcl::test::ServerClient::Credential;

class TstFaults final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addListDelete();
    void addTakesDefaultValue_data();
    void addTakesDefaultValue();
    void sameKindAndTargetReplaces();
    void clearByKindAndTarget();
    void adminCertificateMayUseIt();
    void refusals_data();
    void refusals();
    void cleanup();

private:
    QJsonArray faults();
    lcl::test::ServerReply post(const QByteArray& body) { return m_client->send("POST", m_path, body); }

    const QString m_path = QStringLiteral("/lclab/v1/faults");
    lcl::test::SimProcess m_sim;
    std::unique_ptr<ServerClient> m_client;
};

void TstFaults::initTestCase()
{
    QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
    m_client = std::make_unique<ServerClient>(m_sim);
}

void TstFaults::cleanup()
{
    QVERIFY2(m_sim.isRunning(), QByteArray("the simulator died:\n" + m_sim.standardError().right(3000)).constData());
    QCOMPARE(m_client->send("DELETE", m_path).status, 200);
}

QJsonArray TstFaults::faults()
{
    const lcl::test::ServerReply reply = m_client->get(m_path);
    if (reply.status != 200)
        return {};
    return reply.json()[QStringLiteral("faults")].toArray();
}

void TstFaults::addListDelete()
{
    QCOMPARE(faults().size(), 0);
    const lcl::test::ServerReply added = post(R"({"kind":"error-burst","target":"search-api","value":0.5})");
    QCOMPARE(added.status, 201);
    const QJsonObject fault = added.json();
    QCOMPARE(fault[QStringLiteral("kind")].toString(), QStringLiteral("error-burst"));
    QCOMPARE(fault[QStringLiteral("target")].toString(), QStringLiteral("search-api"));
    QCOMPARE(fault[QStringLiteral("value")].toDouble(), 0.5);
    const qint64 id = fault[QStringLiteral("id")].toInteger();
    QVERIFY(id > 0);
    QVERIFY(fault[QStringLiteral("since")].toInteger() > 1'600'000'000);

    const QJsonArray listed = faults();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).toObject(), fault);

    const QString item = m_path + QLatin1Char('/') + QString::number(id);
    QCOMPARE(m_client->send("DELETE", item).status, 200);
    QCOMPARE(faults().size(), 0);
    const lcl::test::ServerReply again = m_client->send("DELETE", item);
    QCOMPARE(again.status, 404);
    QCOMPARE(again.json()[QStringLiteral("reason")].toString(), QStringLiteral("NotFound"));
}

void TstFaults::addTakesDefaultValue_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<double>("value");
    QTest::newRow("api-slow") << QByteArray(R"({"kind":"api-slow"})") << 1500.0;
    QTest::newRow("api-503 null value") << QByteArray(R"({"kind":"api-503","value":null})") << 0.3;
    QTest::newRow("latency 0") << QByteArray(R"({"kind":"latency","target":"redis","value":0})") << 800.0;
    QTest::newRow("drop-watches") << QByteArray(R"({"kind":"drop-watches","target":""})") << 0.0;
}

void TstFaults::addTakesDefaultValue()
{
    QFETCH(QByteArray, body);
    QFETCH(double, value);
    const lcl::test::ServerReply added = post(body);
    QCOMPARE(added.status, 201);
    QCOMPARE(added.json()[QStringLiteral("value")].toDouble(), value);
}

void TstFaults::sameKindAndTargetReplaces()
{
    QCOMPARE(post(R"({"kind":"latency","target":"search-api","value":100})").status, 201);
    QCOMPARE(post(R"({"kind":"latency","target":"search-api","value":300})").status, 201);
    const QJsonArray listed = faults();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).toObject()[QStringLiteral("value")].toDouble(), 300.0);
}

void TstFaults::clearByKindAndTarget()
{
    QCOMPARE(post(R"({"kind":"error-burst","target":"search-api"})").status, 201);
    QCOMPARE(post(R"({"kind":"error-burst","target":"checkin-api"})").status, 201);
    QCOMPARE(post(R"({"kind":"latency","target":"search-api"})").status, 201);
    QCOMPARE(post(R"({"kind":"api-slow","value":10})").status, 201);

    lcl::test::ServerReply cleared = m_client->send("DELETE", m_path + QStringLiteral("?kind=error-burst&target=search-api"));
    QCOMPARE(cleared.status, 200);
    QCOMPARE(cleared.json()[QStringLiteral("cleared")].toInt(), 1);
    cleared = m_client->send("DELETE", m_path + QStringLiteral("?kind=error-burst"));
    QCOMPARE(cleared.json()[QStringLiteral("cleared")].toInt(), 1);
    cleared = m_client->send("DELETE", m_path + QStringLiteral("?kind=error-burst"));
    QCOMPARE(cleared.json()[QStringLiteral("cleared")].toInt(), 0);
    QCOMPARE(faults().size(), 2);
    cleared = m_client->send("DELETE", m_path);
    QCOMPARE(cleared.status, 200);
    QCOMPARE(cleared.json()[QStringLiteral("cleared")].toInt(), 2);
    QCOMPARE(faults().size(), 0);
}

void TstFaults::adminCertificateMayUseIt()
{
    const lcl::test::ServerReply reply = m_client->get(m_path, Credential::Certificate);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json()[QStringLiteral("faults")].isArray());
}

void TstFaults::refusals_data()
{
    QTest::addColumn<int>("credential");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");

    const int admin = int(Credential::Admin);
    const QString faults = QStringLiteral("/lclab/v1/faults");
    const QByteArray burst = R"({"kind":"error-burst","target":"search-api"})";
    QTest::newRow("read-only list") << int(Credential::ReadOnly) << QByteArray("GET") << faults << QByteArray() << 403
                                    << QStringLiteral("Forbidden") << QStringLiteral("lclab-readonly");
    QTest::newRow("read-only add") << int(Credential::ReadOnly) << QByteArray("POST") << faults << burst << 403
                                   << QStringLiteral("Forbidden") << QStringLiteral("admin credentials");
    QTest::newRow("read-only clear") << int(Credential::ReadOnly) << QByteArray("DELETE") << faults << QByteArray()
                                     << 403 << QStringLiteral("Forbidden") << QStringLiteral("cannot use");
    QTest::newRow("no credentials") << int(Credential::None) << QByteArray("GET") << faults << QByteArray() << 401
                                    << QStringLiteral("Unauthorized") << QStringLiteral("Unauthorized");
    QTest::newRow("not JSON") << admin << QByteArray("POST") << faults << QByteArray("{kind: crash-loop") << 400
                              << QStringLiteral("BadRequest") << QStringLiteral("not JSON");
    QTest::newRow("array") << admin << QByteArray("POST") << faults << QByteArray("[1,2]") << 400 << QStringLiteral("BadRequest")
                           << QStringLiteral("JSON object");
    QTest::newRow("empty body") << admin << QByteArray("POST") << faults << QByteArray() << 400 << QStringLiteral("BadRequest")
                                << QStringLiteral("not JSON");
    QTest::newRow("unknown kind") << admin << QByteArray("POST") << faults << QByteArray(R"({"kind":"meteor"})") << 422
                                  << QStringLiteral("Invalid") << QStringLiteral("known kinds: crash-loop");
    QTest::newRow("no kind") << admin << QByteArray("POST") << faults << QByteArray(R"({"target":"redis"})") << 422
                             << QStringLiteral("Invalid") << QStringLiteral("\"kind\" is missing");
    QTest::newRow("missing target") << admin << QByteArray("POST") << faults << QByteArray(R"({"kind":"crash-loop"})")
                                    << 422 << QStringLiteral("Invalid") << QStringLiteral("needs a target");
    QTest::newRow("value not a number") << admin << QByteArray("POST") << faults
                                        << QByteArray(R"({"kind":"api-slow","value":"slow"})") << 422 << QStringLiteral("Invalid")
                                        << QStringLiteral("must be a number");
    QTest::newRow("share above 1") << admin << QByteArray("POST") << faults
                                   << QByteArray(R"({"kind":"api-503","value":3})") << 422 << QStringLiteral("Invalid")
                                   << QStringLiteral("between 0 and 1");
    QTest::newRow("negative value") << admin << QByteArray("POST") << faults
                                    << QByteArray(R"({"kind":"api-slow","value":-1})") << 422 << QStringLiteral("Invalid")
                                    << QStringLiteral("negative");
    QTest::newRow("delete unknown id") << admin << QByteArray("DELETE") << QString(faults + QStringLiteral("/9999"))
                                       << QByteArray() << 404 << QStringLiteral("NotFound") << QStringLiteral("\"9999\" not found");
    QTest::newRow("delete non-numeric id") << admin << QByteArray("DELETE") << QString(faults + QStringLiteral("/abc"))
                                           << QByteArray() << 404 << QStringLiteral("NotFound") << QStringLiteral("ids are numbers");
    QTest::newRow("clear unknown kind") << admin << QByteArray("DELETE") << QString(faults + QStringLiteral("?kind=meteor"))
                                        << QByteArray() << 422 << QStringLiteral("Invalid") << QStringLiteral("unknown fault kind");
    QTest::newRow("put") << admin << QByteArray("PUT") << faults << burst << 405 << QStringLiteral("MethodNotAllowed") << QStringLiteral("allows GET");
    QTest::newRow("get one") << admin << QByteArray("GET") << QString(faults + QStringLiteral("/1")) << QByteArray() << 405
                             << QStringLiteral("MethodNotAllowed") << QStringLiteral("DELETE on");
    QTest::newRow("other path") << admin << QByteArray("GET") << QStringLiteral("/lclab/v2/things") << QByteArray()
                                << 404 << QStringLiteral("NotFound") << QStringLiteral("/lclab/v1/faults");
}

void TstFaults::refusals()
{
    QFETCH(int, credential);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(QString, message);
    const lcl::test::ServerReply reply =
        m_client->send(method, path, body, "application/json", Credential(credential));
    QCOMPARE(reply.status, status);
    const QJsonObject json = reply.json();
    QCOMPARE(json[QStringLiteral("kind")].toString(), QStringLiteral("Status"));
    QCOMPARE(json[QStringLiteral("code")].toInt(), status);
    QCOMPARE(json[QStringLiteral("reason")].toString(), reason);
    QVERIFY2(json[QStringLiteral("message")].toString().contains(message), reply.body.constData());
    QCOMPARE(faults().size(), 0); // nothing was added by a refused request
}

QTEST_GUILESS_MAIN(TstFaults)
#include "tst_faults.moc"
