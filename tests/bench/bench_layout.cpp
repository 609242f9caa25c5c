// Layout benchmark for the topology (issue 7): 300 nodes and 1,000 edges must lay out in ≤ 250 ms off the
// GUI thread. Prints median/min/max over several runs; it measures, it does not judge.
#include "benchsupport.h"
#include "lab/graphlayout.h"
#include "lab/topologysample.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <vector>

namespace {

void report(const char* what, const char* clock, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    std::printf("%-44s %-5s median %7.1f ms  min %7.1f ms  max %7.1f ms  (%zu runs)\n", what, clock,
                ms[ms.size() / 2], ms.front(), ms.back(), ms.size());
}

void benchLayout(const char* what, const lcl::lab::Topology& topology, int runs)
{
    // Wall time is what the user waits; CPU time shows the cost when other processes compete for the cores.
    std::vector<double> ms;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = lcl::bench::threadCpuMs();
        const lcl::lab::GraphLayoutResult result = lcl::lab::GraphLayout::compute(topology, i + 1);
        cpu.push_back(lcl::bench::threadCpuMs() - cpuStart);
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!result.isValid() || result.nodes.size() != topology.nodes().size()) {
            std::fprintf(stderr, "layout failed: %s\n", qPrintable(result.error));
            return;
        }
    }
    report(what, "wall", ms);
    report(what, "cpu", cpu);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 7;
    const lcl::lab::Topology lab = lcl::lab::TopologySample::localCloudLab();
    const lcl::lab::Topology big = lcl::lab::TopologySample::synthetic(300, 1000);
    std::printf("synthetic graph: %lld nodes, %lld edges\n", static_cast<long long>(big.nodes().size()),
                static_cast<long long>(big.edges().size()));
    benchLayout("layout LocalCloudLab sample (21 nodes)", lab, runs);
    benchLayout("layout 300 nodes / 1,000 edges (budget 250)", big, runs);
    return 0;
}
