// The log view following a chatty workload (issue 7: "the log view follows 5,000 lines/s with memory bounded").
// The real path end to end: an HTTPS server in this process (its own thread) streams `--pods` pod logs with
// timestamps=true, together `--rate` lines a second in 100 ms ticks of realistic ASP.NET Core JSON lines; the
// console's HttpClient (curl, net thread) → LogStream (lines split and parsed there; several pods merged by
// timestamp on the GUI thread) → LogModel with its ring of `--capacity` lines → a LogView shown offscreen,
// following the tail. Reports:
//   gui     the GUI thread's time per 100 ms batch: busy wall time (all events it handled) and thread CPU,
//           median and worst, and the longest single event (a stall) (budget ≤ 16 ms per 100 ms batch)
//   lines   sent, shown, dropped by the ring and lost (must be 0); the ring keeps exactly the newest lines
//   memory  resident memory at the start, when the ring filled, and at the end (must plateau)
// It reports figures and never fails on time. TLS as a cluster speaks it (a throwaway certificate from the
// openssl command): over plain http, curl would hold every stream after the first until that one ended.
//
//   bench_logfollow [--seconds 20] [--rate 5000] [--pods 5] [--capacity 10000]

#include "benchsupport.h"
#include "benchlogserver.h"
#include "itemmodels/logmodel.h"
#include "kube/clusterconnection.h"
#include "kube/logstream.h"
#include "kube/resourcestore.h"
#include "net/httpclient.h"
#include "widgets/logview.h"
#include "widgets/viewcontext.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QListView>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>
#include <optional>

using namespace lcl;

namespace {

// Nanoseconds this thread spent runnable but waiting for a core (the scheduler's run-queue delay).
double runQueueWaitMs()
{
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = file.readAll().trimmed().split(' ');
    return fields.size() >= 2 ? double(fields.at(1).toLongLong()) / 1e6 : -1;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())))];
}

// Times every event the GUI thread handles (the outermost only), summed per 100 ms of wall time.
class TimedApplication final : public QApplication {
public:
    using QApplication::QApplication;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (m_depth > 0 || !m_clock.isValid())
            return nested(receiver, event);
        const qint64 start = m_clock.nsecsElapsed();
        const bool result = nested(receiver, event);
        const double ms = double(m_clock.nsecsElapsed() - start) / 1e6;
        const auto window = std::size_t(start / 100000000);
        if (busyMs.size() <= window)
            busyMs.resize(window + 1, 0.0);
        busyMs[window] += ms;
        longestEventMs = std::max(longestEventMs, ms);
        if (window >= 10) // after the first second (fonts loaded, first layout done)
            longestSteadyEventMs = std::max(longestSteadyEventMs, ms);
        eventsOver16Ms += ms > 16 ? 1 : 0;
        return result;
    }

    void startTiming() { m_clock.start(); }
    std::vector<double> busyMs;
    double longestEventMs = 0;
    double longestSteadyEventMs = 0;
    int eventsOver16Ms = 0;

private:
    bool nested(QObject* receiver, QEvent* event)
    {
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        return result;
    }

    QElapsedTimer m_clock;
    int m_depth = 0;
};

void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qunsetenv("https_proxy");
    qunsetenv("HTTPS_PROXY");
    TimedApplication app(argc, argv);
    int seconds = 20;
    int rate = 5000;
    int podCount = 5;
    int capacity = 10000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--seconds"))
            seconds = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--rate"))
            rate = std::max(10, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--pods"))
            podCount = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--capacity"))
            capacity = std::max(100, args[i + 1].toInt());
    }
    const int perTickPerPod = std::max(1, rate / 10 / podCount);

    QTemporaryDir certDir;
    const std::optional<QSslConfiguration> tls = BenchLogServer::selfSignedTls(certDir.path());
    if (!tls) {
        std::fprintf(stderr, "bench_logfollow: the openssl command could not make a certificate\n");
        return 1;
    }
    QThread serverThread;
    auto* server = new BenchLogServer(perTickPerPod);
    server->moveToThread(&serverThread);
    serverThread.start();
    QMetaObject::invokeMethod(server, [server, &tls] { server->start(*tls); }, Qt::BlockingQueuedConnection);

    net::HttpClient http;
    kube::ClusterConnection connection;
    connection.server = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server->port.load()));
    connection.tls.insecureSkipVerify = true;
    kube::ResourceStore store;
    widgets::ViewContext context;
    context.store = &store;
    context.makeLogStream = [&](QObject* parent) { return new kube::LogStream(connection, &http, parent); };
    QList<ResourceKey> pods;
    for (int i = 0; i < podCount; ++i)
        pods.append({QStringLiteral("pods"), QStringLiteral("bench"), QStringLiteral("search-api-7d9f8b6c5-p%1x").arg(i)});

    widgets::LogView view(context);
    view.resize(1400, 900);
    view.show();
    view.model()->setCapacity(capacity);
    QCoreApplication::processEvents();
    const long rssStart = lcl::bench::residentKiB();
    QElapsedTimer wall;
    wall.start();
    const double guiCpuStart = lcl::bench::threadCpuMs();
    const double guiWaitStart = runQueueWaitMs();
    const double processCpuStart = lcl::bench::processCpuMs();
    app.startTiming();

    // Thread CPU of the GUI thread per 100 ms, and resident memory each second.
    // A window the timer closed late holds more than one batch: scaled back to 100 ms.
    QList<double> cpuPerTick;
    double lastCpu = lcl::bench::threadCpuMs();
    qint64 lastTickNs = wall.nsecsElapsed();
    QTimer cpuTimer;
    cpuTimer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&cpuTimer, &QTimer::timeout, [&] {
        const double now = lcl::bench::threadCpuMs();
        const qint64 nowNs = wall.nsecsElapsed();
        cpuPerTick << (now - lastCpu) * std::min(1.0, 1e8 / double(std::max<qint64>(1, nowNs - lastTickNs)));
        lastCpu = now;
        lastTickNs = nowNs;
    });
    cpuTimer.start(100);
    QList<long> rssPerSecond;
    long rssWhenFull = -1;
    qint64 fullAtMs = -1;
    QTimer rssTimer;
    QObject::connect(&rssTimer, &QTimer::timeout, [&] {
        rssPerSecond << lcl::bench::residentKiB();
        if (fullAtMs < 0 && view.model()->rowCount() >= capacity) {
            fullAtMs = wall.elapsed();
            rssWhenFull = rssPerSecond.last();
        }
    });
    rssTimer.start(1000);

    view.open(QStringLiteral("search-api"), pods);
    if (qEnvironmentVariableIsSet("LCL_BENCH_DEBUG"))
        std::fprintf(stderr, "%s\n", qPrintable(view.statusText()));
    runFor(seconds * 1000);
    server->sending = false;
    const qint64 sendMs = wall.elapsed();
    const double guiCpu = lcl::bench::threadCpuMs() - guiCpuStart;
    const double guiWait = runQueueWaitMs() - guiWaitStart;
    const double processCpu = lcl::bench::processCpuMs() - processCpuStart;
    cpuTimer.stop();
    rssTimer.stop();
    // Let what is on the way arrive (the merge window is 250 ms).
    runFor(1500);
    const long rssEnd = lcl::bench::residentKiB();
    qint64 sent = 0;
    std::map<QString, qint64> lastSeq;
    QMetaObject::invokeMethod(server, [&] {
        sent = server->sent;
        lastSeq = server->lastSeq;
        delete server;
    }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();

    // The ring keeps exactly the newest lines: per pod, consecutive sequence numbers up to the last one sent,
    // and all of them in timestamp order.
    const itemmodels::LogModel* model = view.model();
    const qint64 shown = model->rowCount();
    const qint64 dropped = model->dropped();
    std::map<QString, std::pair<qint64, qint64>> seqRange; // first, last seen
    qint64 gaps = 0, inversions = 0;
    qint64 previousStamp = 0;
    static const QRegularExpression seqPattern(QStringLiteral("\"pod\":\"([^\"]+)\",\"n\":(\\d+)\\}$"));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        const qint64 stamp = index.data(itemmodels::LogModel::TimestampRole).toLongLong();
        inversions += stamp < previousStamp ? 1 : 0;
        previousStamp = stamp;
        const QRegularExpressionMatch m = seqPattern.match(index.data(itemmodels::LogModel::TextRole).toString());
        if (!m.hasMatch()) {
            ++gaps;
            continue;
        }
        const qint64 seq = m.captured(2).toLongLong();
        auto [it, added] = seqRange.try_emplace(m.captured(1), seq, seq);
        if (!added) {
            gaps += seq == it->second.second + 1 ? 0 : 1;
            it->second.second = seq;
        }
    }
    std::vector<double> busy = app.busyMs;
    QList<double> busyList(busy.begin(), busy.begin() + std::min<std::size_t>(busy.size(), std::size_t(sendMs / 100)));
    std::printf("log follow: %d pods, %d lines/s (%d lines per pod per 100 ms), ring %d lines, %d s\n", podCount, rate,
                perTickPerPod, capacity, seconds);
    std::printf("GUI thread per 100 ms batch  busy (wall) median %.2f ms, p99 %.2f ms, worst %.2f ms\n",
                percentile(busyList, 0.5), percentile(busyList, 0.99), percentile(busyList, 1.0));
    std::printf("GUI thread single events     longest %.2f ms (after the first second %.2f ms), %d over 16 ms\n",
                app.longestEventMs, app.longestSteadyEventMs, app.eventsOver16Ms);
    std::printf("GUI thread CPU per 100 ms    (windows the timer closed late scaled to 100 ms) median %.2f ms, p99 %.2f ms, worst %.2f ms (budget 16 ms)\n",
                percentile(cpuPerTick, 0.5), percentile(cpuPerTick, 0.99), percentile(cpuPerTick, 1.0));
    std::printf("CPU over %.1f s wall          GUI thread %.0f ms (%.1f %%), whole process %.0f ms (%.1f %% of one core)\n",
                double(sendMs) / 1000.0, guiCpu, 100.0 * guiCpu / double(sendMs), processCpu, 100.0 * processCpu / double(sendMs));
    std::printf("GUI thread waiting for a core %.0f ms in all (runnable, not running: /proc/thread-self/schedstat)\n", guiWait);
    std::printf("lines                        sent %lld, shown %lld, dropped by the ring %lld, lost %lld\n",
                static_cast<long long>(sent), static_cast<long long>(shown), static_cast<long long>(dropped),
                static_cast<long long>(sent - shown - dropped));
    std::printf("ring content                 %zu pods, %lld sequence gaps, %lld timestamp inversions, newest per pod:",
                seqRange.size(), static_cast<long long>(gaps), static_cast<long long>(inversions));
    for (const auto& [pod, range] : seqRange)
        std::printf(" %lld..%lld/%lld", static_cast<long long>(range.first), static_cast<long long>(range.second),
                    static_cast<long long>(lastSeq[pod]));
    std::printf("\nresident memory              start %.1f MiB, ring full (%.1f s) %.1f MiB, end %.1f MiB\n",
                double(rssStart) / 1024.0, double(fullAtMs) / 1000.0, double(rssWhenFull) / 1024.0, double(rssEnd) / 1024.0);
    std::printf("resident memory each second  ");
    for (long kib : std::as_const(rssPerSecond))
        std::printf(" %.0f", double(kib) / 1024.0);
    std::printf(" MiB\n");
    return 0;
}
