// Painting benchmark for the topology view (issue 7): panning and zooming a 300-node / 1,000-edge graph
// must take ≤ 16 ms per frame. Each frame changes the view (pan or zoom) and repaints the whole viewport
// synchronously on the offscreen platform at 1920×1080 (a real pan repaints only the strip scrolled in); the
// figures are that repaint's wall time. Edges come from the view's TopologyEdgeLayer: a pan strokes the strip
// that came into view, a wheel zoom draws the last frame scaled, and a settled zoom strokes everything again
// on a worker thread (the last rows: the GUI thread's frames meanwhile, and the worker's time).
#include "benchsupport.h"
#include "widgets/topologyedgeitem.h"
#include "widgets/topologyedgelayer.h"
#include "widgets/topologynodeitem.h"
#include "widgets/topologyscene.h"
#include "widgets/topologyview.h"

#include "lab/topologysample.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmapCache>
#include <QScrollBar>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

void report(const char* what, const char* clock, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    std::printf("%-36s %-4s median %6.2f ms  p90 %6.2f ms  max %6.2f ms  (%zu frames)\n", what, clock,
                ms[ms.size() / 2], ms[ms.size() * 9 / 10], ms.back(), ms.size());
}

void frames(const char* what, lcl::widgets::TopologyView& view, int count, const std::function<void(int)>& change,
            int stride = 1, int offset = 0)
{
    // Wall time is what the user sees; process CPU time (all threads) is the cost without the other
    // processes competing for the cores.
    // The phase's zoom is set: let its first frame and the worker's repaint land (the jump itself is measured
    // in its own phase).
    view.viewport()->repaint();
    while (view.edgeLayer()->isRenderPending())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    std::vector<double> ms;
    std::vector<double> cpu;
    for (int i = 0; i < count; ++i) {
        QCoreApplication::processEvents(); // as between two frames: a repaint the worker finished lands here
        change(i);
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = lcl::bench::processCpuMs();
        view.viewport()->repaint();
        if (i % stride != offset)
            continue;
        cpu.push_back(lcl::bench::processCpuMs() - cpuStart);
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    report(what, "wall", ms);
    report(what, "cpu", cpu);
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? std::max(10, atoi(argv[1])) : 120;

    lcl::widgets::TopologyView view;
    view.resize(1920, 1080);
    view.show();
    view.setTopology(lcl::lab::TopologySample::synthetic(300, 1000));
    QElapsedTimer wait;
    wait.start();
    while ((view.topologyScene()->nodeItems().isEmpty() || view.isLayoutPending()) && wait.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    std::printf("graph: %lld nodes, %lld edges; layout + first apply %lld ms\n",
                static_cast<long long>(view.shownTopology().nodes().size()),
                static_cast<long long>(view.shownTopology().edges().size()), static_cast<long long>(wait.elapsed()));

    // LCL_BENCH_NOCACHE=1 paints nodes without their pixmap cache, to see what the cache saves.
    if (qEnvironmentVariableIsSet("LCL_BENCH_NOCACHE"))
        for (auto* item : view.topologyScene()->nodeItems())
            item->setCacheMode(QGraphicsItem::NoCache);
    // LCL_BENCH_NOEDGES=1 / LCL_BENCH_NONODES=1 hide one kind of item, to see what each costs.
    if (qEnvironmentVariableIsSet("LCL_BENCH_NOEDGES"))
        for (auto* item : view.topologyScene()->edgeItems())
            item->setVisible(false);
    if (qEnvironmentVariableIsSet("LCL_BENCH_NONODES"))
        for (auto* item : view.topologyScene()->nodeItems())
            item->setVisible(false);
    if (qEnvironmentVariableIsSet("LCL_BENCH_PIXMAPCACHE"))
        QPixmapCache::setCacheLimit(qEnvironmentVariableIntValue("LCL_BENCH_PIXMAPCACHE"));
    std::printf("pixmap cache limit %d KiB\n", QPixmapCache::cacheLimit());
    const QPointF centre = view.topologyScene()->graphRect().center();
    const bool onlyJumps = qEnvironmentVariableIsSet("LCL_BENCH_ONLYJUMPS");
    view.fitAll();
    if (!onlyJumps) {
        frames("whole graph (fit), panning", view, count, [&](int i) {
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + (i % 2 ? 12 : -12));
        });
        view.setZoom(0.5);
        view.centerOn(centre);
        frames("zoom 50 %, panning", view, count,
               [&](int i) { view.centerOn(centre + QPointF((i % 40) * 15.0, (i % 40) * 25.0)); });
        view.setZoom(1.0);
        view.centerOn(centre);
        frames("zoom 100 % (labels on), panning", view, count,
               [&](int i) { view.centerOn(centre + QPointF((i % 40) * 10.0, (i % 40) * 20.0)); });
        // A zoom gesture (wheel or keys, zoomBy): the edges come from the last frame, scaled, until it
        // settles.
        view.setZoom(0.3);
        view.centerOn(centre);
        frames("zoom gesture 30 %..150 % (wheel steps)", view, count,
               [&](int i) { view.zoomBy((i / 15) % 2 ? 1 / 1.11 : 1.11); });
    }
    // When a gesture settles, or the zoom jumps (fit, reset), the edges are stroked again in full: off the GUI
    // thread once a full repaint has proved slow. Each frame here jumps to a new zoom (the GUI thread shows the
    // last frame scaled), then the next one is drawn once the worker is back (it takes the new image).
    std::vector<double> workerMs;
    const auto jumps = [&](int i) {
        if (i % 2 == 1) {
            while (view.edgeLayer()->isRenderPending())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            workerMs.push_back(view.edgeLayer()->lastFullRepaintMs());
            return;
        }
        view.edgeLayer()->setPreviewing(false);
        view.setZoom(0.3 + 1.2 * ((i % 30) / 29.0));
        view.centerOn(centre);
    };
    frames("zoom jumps: the jump (scaled frame)", view, count * 2, jumps, 2, 0);
    workerMs.clear();
    frames("zoom jumps: the worker's image shown", view, count * 2, jumps, 2, 1);
    report("  the worker's full repaint", "wall", workerMs);
    return 0;
}
