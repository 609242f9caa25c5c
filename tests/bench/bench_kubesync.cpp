// The cluster layer's budgets (issue 4), measured against one `lclab-sim --scale N` (default 10,000 pods):
//   sync    ClusterSession connect → every kind listed → PodModel populated; median of 5 fresh sessions (≤ 1 s)
//   rss     resident memory right after the first sync, before anything else ran in this process (≤ 120 MB)
//   decode  the whole pod list (one body, fetched once) decoded into records; median of 10, in GB/s (≥ 1 GB/s)
//   storm   20,000 pod MODIFIED events a second, applied in the informers' 100 ms batches (2,000 each) to the
//           store with a PodModel attached, for 10 simulated seconds; median and worst batch (≤ 16 ms)
// Decode and storm report wall time and this thread's CPU time: on a shared machine the wall time includes
// waiting for a core. It reports figures and never fails on time.
//
//   bench_kubesync [--sim PATH] [--pods N] [--decode-runs N] [--debug-log DIR]   (a large --decode-runs is for profiling the decoder)

#include "itemmodels/podmodel.h"
#include "benchsupport.h"
#include "core/logging.h"
#include "kube/decoder.h"
#include "kube/resourcestore.h"
#include "lab/clustersession.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace lcl;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

int fail(const char* what, const QString& detail)
{
    std::fprintf(stderr, "bench_kubesync: %s: %s\n", what, qPrintable(detail));
    return 1;
}

// One informer batch of `count` pod updates: each pod gets a new resourceVersion and one more restart.
kube::RecordBatch stormBatch(const std::vector<kube::Record>& pods, std::size_t& cursor, int count, int round)
{
    kube::RecordBatch batch;
    batch.kind = kube::ResourceKind::Pods;
    batch.changes.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        kube::Record record = pods[cursor++ % pods.size()];
        auto& pod = std::get<kube::PodRecord>(record);
        pod.meta.resourceVersion = QString::number(1000000 + round * count + i);
        if (!pod.containers.isEmpty())
            pod.containers.first().restarts += round + 1;
        batch.changes.push_back({kube::RecordChange::Op::Upsert, std::move(record)});
    }
    return batch;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString simPath = QCoreApplication::applicationDirPath() + QStringLiteral("/../../bin/lclab-sim");
    int pods = 10000;
    int decodeRuns = 10;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--sim"))
            simPath = args[i + 1];
        else if (args[i] == QLatin1String("--pods"))
            pods = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--debug-log")) // a debug log in that directory, to see where time goes
            logging::init({logging::Level::Debug, args[i + 1], true, true});
        else if (args[i] == QLatin1String("--decode-runs"))
            decodeRuns = std::max(1, args[i + 1].toInt());
    }
    if (!QFile::exists(simPath))
        simPath = QCoreApplication::applicationDirPath() + QStringLiteral("/lclab-sim");

    QTemporaryDir state;
    QProcess sim;
    QString simError;
    const QString kubeconfig = bench::startScaledSim(sim, state, simPath, pods, &simError);
    if (kubeconfig.isEmpty())
        return fail("simulator", simError);

    // sync (the first run also gives the resident memory of a freshly synced process)
    QList<double> syncMs;
    long rssAfterFirstSync = 0;
    qsizetype podRows = 0;
    for (int run = 0; run < 5; ++run) {
        lab::ClusterSession session;
        if (auto loaded = session.loadKubeconfig(kubeconfig); !loaded)
            return fail("kubeconfig", loaded.error().toString());
        itemmodels::PodModel model(session.store());
        QElapsedTimer clock;
        clock.start();
        session.connectTo();
        if (!session.waitForSync(120000))
            return fail("sync", session.lastError().toString());
        while (model.rowCount() < session.store()->count(kube::ResourceKind::Pods))
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        syncMs.append(double(clock.nsecsElapsed()) / 1e6);
        podRows = model.rowCount();
        if (run == 0)
            rssAfterFirstSync = lcl::bench::residentKiB();
    }

    // decode
    const Result<kube::Kubeconfig> config = kube::Kubeconfig::load(kubeconfig);
    if (!config)
        return fail("kubeconfig", config.error().toString());
    const Result<kube::ClusterConnection> connection = config->resolve({});
    if (!connection)
        return fail("kubeconfig", connection.error().toString());
    net::HttpClient http;
    const Result<net::HttpRequest> request = connection->request("GET", QStringLiteral("/api/v1/pods"));
    if (!request)
        return fail("request", request.error().toString());
    net::HttpRequest listAll = request.value();
    listAll.timeoutMs = 120000;
    const Result<net::HttpResponse> response = http.sendAndWait(listAll);
    if (!response)
        return fail("list", response.error().toString());
    const QByteArray body = response->body;
    QList<double> gbPerSecond;
    QList<double> gbPerCpuSecond;
    std::vector<kube::Record> decodedPods;
    kube::Decoder decoder(kube::ResourceKind::Pods);
    for (int run = 0; run < decodeRuns; ++run) {
        QByteArray copy; // with simdjson's padding spare, as a body grown by appends usually has
        copy.reserve(body.size() + 64);
        copy.append(body);
        QElapsedTimer clock;
        clock.start();
        const double cpuStart = bench::threadCpuMs();
        Result<kube::ListPage> page = decoder.decodeList(std::move(copy));
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        gbPerCpuSecond.append(double(body.size()) / ((bench::threadCpuMs() - cpuStart) / 1e3) / 1e9);
        if (!page)
            return fail("decode", page.error().toString());
        gbPerSecond.append(double(body.size()) / seconds / 1e9);
        if (run == 0)
            decodedPods = std::move(page->items);
    }

    // storm
    kube::ResourceStore store;
    itemmodels::PodModel model(&store);
    kube::RecordBatch initial;
    initial.kind = kube::ResourceKind::Pods;
    initial.replaceAll = true;
    for (const kube::Record& pod : decodedPods)
        initial.changes.push_back({kube::RecordChange::Op::Upsert, pod});
    store.apply(std::move(initial));
    QCoreApplication::processEvents();
    constexpr int eventsPerSecond = 20000;
    constexpr int batchesPerSecond = 10;
    constexpr int perBatch = eventsPerSecond / batchesPerSecond;
    std::size_t cursor = 0;
    QList<double> batchMs;
    QList<double> batchCpuMs;
    for (int round = 0; round < 10 * batchesPerSecond; ++round) {
        kube::RecordBatch batch = stormBatch(decodedPods, cursor, perBatch, round);
        QElapsedTimer clock;
        clock.start();
        const double cpuStart = bench::threadCpuMs();
        store.apply(std::move(batch));
        QCoreApplication::processEvents(); // the model's queued work, if any, counts too
        batchMs.append(double(clock.nsecsElapsed()) / 1e6);
        batchCpuMs.append(bench::threadCpuMs() - cpuStart);
    }

    std::printf("lclab-sim --scale %d: %lld pods listed, %.1f MB list body\n", pods, static_cast<long long>(podRows),
                double(body.size()) / 1e6);
    QStringList eachSync;
    for (double ms : syncMs)
        eachSync.append(QString::number(ms, 'f', 0));
    std::printf("sync to populated PodModel   median %.0f ms, min %.0f ms (5 fresh sessions: %s; budget 1000 ms)\n",
                median(syncMs), *std::min_element(syncMs.begin(), syncMs.end()), qPrintable(eachSync.join(QLatin1Char(' '))));
    std::printf("resident memory after sync   %.1f MiB (budget 120 MB)\n", double(rssAfterFirstSync) / 1024.0);
    std::printf("decode pod list              wall median %.2f GB/s (best %.2f), cpu median %.2f GB/s (%d runs; budget "
                "1 GB/s)\n",
                median(gbPerSecond), *std::max_element(gbPerSecond.begin(), gbPerSecond.end()), median(gbPerCpuSecond),
                decodeRuns);
    std::printf("event storm 20k/s            batch of %d: wall median %.2f ms, worst %.2f ms; cpu median %.2f ms, "
                "worst %.2f ms (100 batches; budget 16 ms)\n",
                perBatch, median(batchMs), *std::max_element(batchMs.begin(), batchMs.end()), median(batchCpuMs),
                *std::max_element(batchCpuMs.begin(), batchCpuMs.end()));
    sim.terminate();
    sim.waitForFinished(5000);
    return 0;
}
