// LogStream: the kubelet's RFC 3339 prefixes, and the pods of one deployment in lclab-sim read at once and
// interleaved by timestamp. The simulator's pods log at start and when they crash, so the logs whose times
// overlap are the previous instances after a crash loop: each runs from the pod's start (the pods start one
// after another) to its crash.
#include "kube/kubeapi.h"
#include "kube/kubeconfig.h"
#include "kube/logstream.h"
#include "net/httpclient.h"
#include "support/simprocess.h"
#include "support/testenv.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace lcl;
using kube::LogLine;
using kube::LogStream;

class TestLogStreamSim final : public QObject {
    Q_OBJECT

private:
    test::SimProcess m_sim;
    std::unique_ptr<net::HttpClient> m_http;
    std::optional<kube::ClusterConnection> m_admin;

    // The pods of one deployment: its label, and the name prefix of its ReplicaSets.
    QList<ResourceKey> podsOf(const QString& ns, const QString& app, const QString& deployment)
    {
        kube::KubeApi api(*m_admin, m_http.get());
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("labelSelector"), QStringLiteral("app=") + app);
        const auto body = api.getAndWait(kube::ApiPath::namespaced({}, QStringLiteral("v1"), QStringLiteral("pods"), ns), query);
        if (!body.ok())
            return {};
        QList<ResourceKey> pods;
        for (const QJsonValue& item : QJsonDocument::fromJson(body.value()).object().value(QStringLiteral("items")).toArray()) {
            const QString name = item.toObject().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
            if (name.startsWith(deployment + QLatin1Char('-')))
                pods.append({QStringLiteral("pods"), ns, name});
        }
        return pods;
    }

    // Reads `pods` for `forMs` (following) or to the end, and returns every line in the order it was given.
    QList<LogLine> read(const QList<ResourceKey>& pods, bool follow, int forMs, bool previous = false, int* failures = nullptr)
    {
        LogStream stream(*m_admin, m_http.get());
        QList<LogLine> lines;
        connect(&stream, &LogStream::linesArrived, this, [&lines](const QList<LogLine>& more) { lines << more; });
        QSignalSpy finished(&stream, &LogStream::finished);
        QSignalSpy ended(&stream, &LogStream::podEnded);
        LogStream::Options options;
        options.pods = pods;
        options.follow = follow;
        options.previous = previous;
        options.tailLines = -1;
        stream.start(options);
        if (follow)
            QTest::qWait(forMs);
        else if (finished.isEmpty())
            finished.wait(20000);
        if (failures) {
            *failures = 0;
            for (const QList<QVariant>& args : std::as_const(ended))
                *failures += args.at(2).toBool() ? 1 : 0;
        }
        return lines;
    }

    static QString disorder(const QList<LogLine>& lines)
    {
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const LogLine& a = lines.at(i - 1);
            const LogLine& b = lines.at(i);
            if (std::pair(b.timestampMs, b.subMsNanos) < std::pair(a.timestampMs, a.subMsNanos))
                return QStringLiteral("line %1 (%2, %3.%4) before line %5 (%6, %7.%8)")
                    .arg(i - 1).arg(a.pod).arg(a.timestampMs).arg(a.subMsNanos, 6, 10, QLatin1Char('0'))
                    .arg(i).arg(b.pod).arg(b.timestampMs).arg(b.subMsNanos, 6, 10, QLatin1Char('0'));
        }
        return {};
    }

private Q_SLOTS:
    void parseRfc3339_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<int>("nanos");
        QTest::newRow("nanoseconds") << QStringLiteral("2026-11-26T10:02:03.123456789Z") << qint64(1795687323123) << 456789;
        QTest::newRow("microseconds") << QStringLiteral("2026-11-26T10:02:03.123456Z") << qint64(1795687323123) << 456000;
        QTest::newRow("seconds") << QStringLiteral("2026-11-26T10:02:03Z") << qint64(1795687323000) << 0;
        QTest::newRow("offset") << QStringLiteral("2026-11-26T11:32:03.5+01:30") << qint64(1795687323500) << 0;
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T00:00:00Z") << qint64(1709164800000) << 0;
        QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00.000000001Z") << qint64(0) << 1;
        QTest::newRow("no zone") << QStringLiteral("2026-11-26T10:02:03") << qint64(-1) << 0;
        QTest::newRow("bad month") << QStringLiteral("2026-13-26T10:02:03Z") << qint64(-1) << 0;
        QTest::newRow("letters") << QStringLiteral("2026-1x-26T10:02:03Z") << qint64(-1) << 0;
        QTest::newRow("empty fraction") << QStringLiteral("2026-11-26T10:02:03.Z") << qint64(-1) << 0;
        QTest::newRow("trailing") << QStringLiteral("2026-11-26T10:02:03Zx") << qint64(-1) << 0;
        QTest::newRow("not a time") << QStringLiteral("[12:00:01]") << qint64(-1) << 0;
    }

    void parseRfc3339()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QFETCH(int, nanos);
        const auto parsed = LogStream::parseRfc3339(text);
        QCOMPARE(parsed.has_value(), ms >= 0);
        if (parsed) {
            QCOMPARE(parsed->first, ms);
            QCOMPARE(parsed->second, nanos);
        }
    }

    void initTestCase()
    {
        if (!m_sim.start())
            QSKIP(qPrintable(QStringLiteral("lclab-sim could not be started (%1); these tests need the simulator built "
                                            "in the same build tree").arg(m_sim.errorString())));
        auto config = kube::Kubeconfig::load(m_sim.kubeconfigPath());
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
        auto admin = config->resolve(QStringLiteral("lclab"));
        QVERIFY2(admin.ok(), qPrintable(admin.ok() ? QString() : admin.error().toString()));
        m_admin = admin.value();
        m_http = std::make_unique<net::HttpClient>();
    }

    // Every pod of the deployment, their previous containers read to the end: one sequence in timestamp order
    // with the lines of each pod, interleaved (each pod's log reaches back before the others' crashes).
    void deploymentPodsInterleavedByTimestamp()
    {
        const QList<ResourceKey> pods = podsOf(QStringLiteral("search"), QStringLiteral("search-api"), QStringLiteral("search-api-v1"));
        QVERIFY2(pods.size() >= 2, qPrintable(QString::number(pods.size())));
        const QString sim = test::binDir() + QStringLiteral("/lclab-sim");
        const auto add = test::runProgram(sim, {QStringLiteral("fault"), QStringLiteral("add"), QStringLiteral("crash-loop"),
                                                QStringLiteral("search-api"), QStringLiteral("--kubeconfig"), m_sim.kubeconfigPath()});
        QVERIFY2(add.exitCode == 0, qPrintable(add.out + add.err));
        // Until every pod crashed once, some have no previous container (400).
        QList<LogLine> lines;
        int failures = pods.size();
        QElapsedTimer waited;
        waited.start();
        while (failures > 0 && waited.elapsed() < 30000) {
            QTest::qWait(300);
            lines = read(pods, false, 0, true, &failures);
        }
        const auto clear = test::runProgram(sim, {QStringLiteral("fault"), QStringLiteral("clear"), QStringLiteral("--all"),
                                                  QStringLiteral("--kubeconfig"), m_sim.kubeconfigPath()});
        QVERIFY2(clear.exitCode == 0, qPrintable(clear.out + clear.err));
        QCOMPARE(failures, 0);

        QSet<QString> seen;
        for (const LogLine& line : std::as_const(lines)) {
            QVERIFY2(line.timestampMs > 0, qPrintable(line.text)); // timestamps=true: every line has one, stripped
            QVERIFY2(!line.text.startsWith(QStringLiteral("20")), qPrintable(line.text));
            seen.insert(line.pod);
        }
        QCOMPARE(seen.size(), pods.size());
        const QString wrong = disorder(lines);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        // Interleaved, not one pod after the other.
        int switches = 0;
        for (qsizetype i = 1; i < lines.size(); ++i)
            switches += lines.at(i).pod != lines.at(i - 1).pod ? 1 : 0;
        QVERIFY2(switches >= pods.size(), qPrintable(QString::number(switches)));
    }

    // Following: the backlog and the lines written while the test waits arrive in order too.
    void followingStaysInTimestampOrder()
    {
        const QList<ResourceKey> pods = podsOf(QStringLiteral("search"), QStringLiteral("search-api"), QStringLiteral("search-api-v1"));
        QVERIFY(pods.size() >= 2);
        const QList<LogLine> lines = read(pods, true, 4000);
        QVERIFY(!lines.isEmpty());
        QSet<QString> seen;
        for (const LogLine& line : lines)
            seen.insert(line.pod);
        QVERIFY(seen.size() >= 2);
        const QString wrong = disorder(lines);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }
};

QTEST_GUILESS_MAIN(TestLogStreamSim)
#include "tst_logstreamsim.moc"
