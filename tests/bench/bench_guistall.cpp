// GUI-thread stalls (issue 7): the main window with the overview, topology, services and events views on a
// session connected to one `lclab-sim --scale N` (default 10,000 pods), wired as the console wires them
// (topology rebuilt from the store at most every 300 ms, laid out off the GUI thread). Measured:
//   sync   connect → every kind listed and shown, with the overview on screen
//   storm  5,000 pod MODIFIED events a second for 10 s, in the informers' 100 ms batches of 500, applied to
//          the session's store, once with the overview on screen and once with the topology
// A probe timer on the GUI thread ticks every millisecond; how late a tick comes is how long the GUI thread
// was busy with something else. The longest such stall is the figure (budget 50 ms), as wall time and as the
// GUI thread's own CPU time within it (on a shared machine the wall time includes waiting for a core).
// Reports, never fails.
//
//   bench_guistall [--sim PATH] [--pods N]

#include "benchsupport.h"
#include "core/throttle.h"
#include "itemmodels/serviceoverviewmodel.h"
#include "itemmodels/snapshothistory.h"
#include "kube/resourcestore.h"
#include "lab/clustersession.h"
#include "lab/labprofile.h"
#include "lab/topologybuilder.h"
#include "widgets/eventspage.h"
#include "widgets/mainwindow.h"
#include "widgets/overviewpage.h"
#include "widgets/servicespage.h"
#include "widgets/topologypage.h"
#include "widgets/viewcontext.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace lcl;

namespace {

int fail(const char* what, const QString& detail)
{
    std::fprintf(stderr, "bench_guistall: %s: %s\n", what, qPrintable(detail));
    return 1;
}

// Ticks every millisecond and keeps how late each tick came (wall), and how much of that the GUI thread spent
// on the CPU (its own work; the rest is waiting for a core that other processes had).
class StallProbe {
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            const double cpu = bench::threadCpuMs();
            m_late.push_back(std::max(0.0, now - m_last - 1.0));
            m_busy.push_back(std::max(0.0, cpu - m_lastCpu - 1.0));
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_late.clear();
        m_busy.clear();
        m_clock.start();
        m_last = 0;
        m_lastCpu = bench::threadCpuMs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    void report(const char* phase) const
    {
        const auto summary = [](std::vector<double> v, double* longest, double* p999, long* over16, long* over50) {
            std::sort(v.begin(), v.end());
            *longest = v.empty() ? 0 : v.back();
            *p999 = v.empty() ? 0 : v[v.size() * 999 / 1000];
            *over16 = long(std::count_if(v.begin(), v.end(), [](double x) { return x > 16; }));
            *over50 = long(std::count_if(v.begin(), v.end(), [](double x) { return x > 50; }));
        };
        double longest = 0, p999 = 0, busyLongest = 0, busyP999 = 0;
        long over16 = 0, over50 = 0, busyOver16 = 0, busyOver50 = 0;
        summary(m_late, &longest, &p999, &over16, &over50);
        summary(m_busy, &busyLongest, &busyP999, &busyOver16, &busyOver50);
        std::printf("%s (%.1f s)\n  wall: longest stall %6.1f ms, p99.9 %5.1f ms, > 16 ms: %ld, > 50 ms: %ld\n"
                    "  cpu:  longest stall %6.1f ms, p99.9 %5.1f ms, > 16 ms: %ld, > 50 ms: %ld\n",
                    phase, double(m_clock.elapsed()) / 1e3, longest, p999, over16, over50, busyLongest, busyP999,
                    busyOver16, busyOver50);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_lastCpu = 0;
    std::vector<double> m_late;
    std::vector<double> m_busy;
};

void runFor(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// 5,000 pod updates a second for `seconds`, as the informers deliver them: a batch every 100 ms.
void storm(kube::ResourceStore* store, const std::vector<kube::Record>& pods, int seconds, int& round)
{
    constexpr int perBatch = 500;
    std::size_t cursor = 0;
    QTimer batches;
    batches.setTimerType(Qt::PreciseTimer);
    batches.setInterval(100);
    QObject::connect(&batches, &QTimer::timeout, [&] {
        kube::RecordBatch batch;
        batch.kind = kube::ResourceKind::Pods;
        for (int i = 0; i < perBatch; ++i) {
            kube::Record record = pods[cursor++ % pods.size()];
            auto& pod = std::get<kube::PodRecord>(record);
            pod.meta.resourceVersion = QString::number(5000000 + round * perBatch + i);
            if (!pod.containers.isEmpty())
                pod.containers.first().restarts += round + 1;
            batch.changes.push_back({kube::RecordChange::Op::Upsert, std::move(record)});
        }
        ++round;
        store->apply(std::move(batch));
    });
    batches.start();
    runFor(seconds * 1000);
    batches.stop();
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString simPath = QCoreApplication::applicationDirPath() + QStringLiteral("/../../bin/lclab-sim");
    int podCount = 10000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--sim"))
            simPath = args[i + 1];
        else if (args[i] == QLatin1String("--pods"))
            podCount = args[i + 1].toInt();
    }

    QTemporaryDir state;
    QProcess sim;
    QString simError;
    const QString kubeconfig = bench::startScaledSim(sim, state, simPath, podCount, &simError);
    if (kubeconfig.isEmpty())
        return fail("simulator", simError);

    // The window and its views, fed as the console feeds them.
    lab::ClusterSession session;
    if (auto loaded = session.loadKubeconfig(kubeconfig); !loaded)
        return fail("kubeconfig", loaded.error().toString());
    const lab::LabProfile profile = lab::LabProfile::builtin();
    widgets::MainWindow window;
    window.resize(1920, 1080);
    auto* services = new itemmodels::ServiceOverviewModel(session.store(), &profile, &window);
    widgets::ViewContext context;
    context.store = session.store();
    context.profile = &profile;
    context.services = services;
    context.ranges = new itemmodels::SnapshotHistory(&window);
    auto* topology = new widgets::TopologyPage;
    window.setPage(widgets::ViewId::Topology, topology);
    window.setPage(widgets::ViewId::Overview, new widgets::OverviewPage(context));
    window.setPage(widgets::ViewId::Services, new widgets::ServicesPage(context));
    window.setPage(widgets::ViewId::Events, new widgets::EventsPage(context));
    Throttle rebuild(300, [&] { topology->setTopology(lab::TopologyBuilder(*session.store(), &profile, nullptr).build()); });
    QObject::connect(session.store(), &kube::ResourceStore::changed, &rebuild, &Throttle::request);
    window.showView(widgets::ViewId::Overview);
    window.show();
    runFor(300);

    StallProbe probe;
    probe.start();
    QElapsedTimer clock;
    clock.start();
    session.connectTo();
    if (!session.waitForSync(120000))
        return fail("sync", session.lastError().toString());
    const qint64 syncedMs = clock.elapsed();
    runFor(1000); // what the sync set off: the topology rebuild and its layout, repaints
    probe.stop();
    std::printf("lclab-sim --scale %d: %lld pods synced in %lld ms\n", podCount,
                static_cast<long long>(session.store()->count(kube::ResourceKind::Pods)), static_cast<long long>(syncedMs));
    probe.report("initial sync, overview shown (+1 s after)");

    std::vector<kube::Record> pods;
    for (const kube::Record& record : session.store()->table(kube::ResourceKind::Pods))
        pods.push_back(record);
    if (pods.empty())
        return fail("storm", QStringLiteral("no pods in the store"));
    int round = 0;
    probe.start();
    storm(session.store(), pods, 10, round);
    probe.stop();
    probe.report("5,000 events/s for 10 s, overview shown");

    window.showView(widgets::ViewId::Topology);
    runFor(1500); // the first layout of the shown topology
    probe.start();
    storm(session.store(), pods, 10, round);
    probe.stop();
    probe.report("5,000 events/s for 10 s, topology shown");

    sim.terminate();
    sim.waitForFinished(10000);
    return 0;
}
