#include "lab/graphlayout.h"

#include "core/logging.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <spdlog/spdlog.h>

#include <QElapsedTimer>
#include <QMutex>
#include <QMutexLocker>

#include <array>

namespace lcl::lab {

namespace {

// Graphviz keeps global state (error handlers, plugin registry, caches) and is not safe to run concurrently
// in every version, so one context is shared and every layout holds this lock.
QMutex& graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

int logGraphvizMessage(char* message)
{
    lcl::logging::logger("lab")->debug("graphviz: {}", message);
    return 0;
}

// Lives for the process: freeing it at exit would race with pool threads still finishing a layout.
GVC_t* graphvizContext()
{
    static GVC_t* context = [] {
        agseterrf(&logGraphvizMessage);
        agseterr(AGERR);
        return gvContext();
    }();
    return context;
}

char* cstr(const char* text)
{
    return const_cast<char*>(text); // cgraph's C API takes char* it does not modify
}

void set(void* object, const char* name, const QByteArray& value)
{
    agsafeset(object, cstr(name), const_cast<char*>(value.constData()), cstr(""));
}

QByteArray inches(double points)
{
    return QByteArray::number(points / 72.0, 'f', 3);
}

} // namespace

QSizeF GraphLayout::nodeSize(TopologyNodeKind kind)
{
    switch (kind) {
    case TopologyNodeKind::Client: return {120, 52};
    case TopologyNodeKind::Gateway: return {200, 60};
    case TopologyNodeKind::Route: return {188, 52};
    case TopologyNodeKind::Service: return {188, 56};
    case TopologyNodeKind::Workload: return {208, 60};
    case TopologyNodeKind::PodGroup: return {200, 44};
    case TopologyNodeKind::Backing: return {210, 60};
    case TopologyNodeKind::Observability: return {172, 48};
    }
    return {180, 56};
}

GraphLayoutResult GraphLayout::compute(const Topology& topology, quint64 generation)
{
    GraphLayoutResult result;
    result.generation = generation;
    result.shapeHash = topology.shapeHash();
    if (topology.isEmpty())
        return result;

    QMutexLocker lock(&graphvizMutex());
    QElapsedTimer timer;
    timer.start();
    GVC_t* gvc = graphvizContext();

    Agraph_t* g = agopen(cstr("topology"), Agdirected, nullptr);
    agattr(g, AGRAPH, cstr("rankdir"), cstr("LR"));
    const bool large = topology.nodes().size() > 120;
    // Wide gaps between ranks leave room for the traffic labels on short edges (client → gateway → route);
    // a large graph trades that for a smaller picture (its labels only show when zoomed in anyway).
    agattr(g, AGRAPH, cstr("nodesep"), cstr(large ? "0.12" : "0.32"));
    agattr(g, AGRAPH, cstr("ranksep"), cstr(large ? "1.2" : "1.7"));
    agattr(g, AGRAPH, cstr("splines"), cstr("spline"));
    // Fewer crossing-minimisation passes: the rank constraints already give most of the order, and the
    // budget is 250 ms for 300 nodes and 1,000 edges.
    agattr(g, AGRAPH, cstr("mclimit"), cstr(large ? "0.3" : "1.0"));
    agattr(g, AGRAPH, cstr("nslimit"), cstr(large ? "1.0" : "100"));
    agattr(g, AGRAPH, cstr("nslimit1"), cstr(large ? "1.0" : "100"));
    agattr(g, AGNODE, cstr("shape"), cstr("box"));
    agattr(g, AGNODE, cstr("fixedsize"), cstr("true"));
    agattr(g, AGNODE, cstr("label"), cstr(""));
    agattr(g, AGNODE, cstr("width"), cstr("1"));
    agattr(g, AGNODE, cstr("height"), cstr("0.5"));
    agattr(g, AGEDGE, cstr("style"), cstr(""));
    agattr(g, AGEDGE, cstr("weight"), cstr("1"));
    agattr(g, AGEDGE, cstr("arrowsize"), cstr("0.8"));

    // One invisible anchor per used rank, chained left to right, pins the kinds' order even where no edge
    // says so (a lone platform component, a route without a gateway).
    std::array<bool, kTopologyRankCount> used{};
    std::array<Agraph_t*, kTopologyRankCount> rankGraphs{};
    for (const TopologyNode& n : topology.nodes())
        used[topologyRank(n.kind)] = true;
    Agnode_t* previousAnchor = nullptr;
    for (int r = 0; r < kTopologyRankCount; ++r) {
        if (!used[r])
            continue;
        QByteArray name = QByteArrayLiteral("rank") + QByteArray::number(r);
        rankGraphs[r] = agsubg(g, name.data(), 1);
        set(rankGraphs[r], "rank", "same");
        name = QByteArrayLiteral("anchor") + QByteArray::number(r);
        Agnode_t* anchor = agnode(rankGraphs[r], name.data(), 1);
        set(anchor, "width", "0.01");
        set(anchor, "height", "0.01");
        set(anchor, "style", "invis");
        if (previousAnchor) {
            Agedge_t* e = agedge(g, previousAnchor, anchor, nullptr, 1);
            set(e, "style", "invis");
        }
        previousAnchor = anchor;
    }

    QHash<QString, Agnode_t*> nodes;
    nodes.reserve(topology.nodes().size());
    for (qsizetype i = 0; i < topology.nodes().size(); ++i) {
        const TopologyNode& n = topology.nodes()[i];
        QByteArray name = QByteArrayLiteral("n") + QByteArray::number(i);
        Agnode_t* gn = agnode(rankGraphs[topologyRank(n.kind)], name.data(), 1);
        const QSizeF size = nodeSize(n.kind);
        set(gn, "width", inches(size.width()));
        set(gn, "height", inches(size.height()));
        nodes.insert(n.id, gn);
    }

    QHash<QString, Agedge_t*> edges;
    for (const TopologyEdge& e : topology.edges()) {
        const QString key = e.pathKey();
        if (edges.contains(key) || e.from == e.to)
            continue;
        QByteArray name = QByteArrayLiteral("e") + QByteArray::number(edges.size());
        Agedge_t* ge = agedge(g, nodes.value(e.from), nodes.value(e.to), name.data(), 1);
        // Structure edges pull harder than dependencies so the gateway → route → service → workload chains
        // come out straight.
        if (isKubernetesEdge(e.kind))
            set(ge, "weight", "4");
        edges.insert(key, ge);
    }

    if (gvLayout(gvc, g, "dot") != 0) {
        agclose(g);
        result.error = tr("Graphviz could not lay the graph out.");
        lcl::logging::logger("lab")->warn("graphviz dot layout failed for {} nodes", topology.nodes().size());
        return result;
    }

    const boxf bb = GD_bb(g);
    const auto flip = [&bb](pointf p) { return QPointF(p.x - bb.LL.x, bb.UR.y - p.y); };
    result.bounds = QRectF(0, 0, bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
        const QPointF centre = flip(ND_coord(it.value()));
        const QSizeF size(ND_width(it.value()) * 72.0, ND_height(it.value()) * 72.0);
        result.nodes.insert(it.key(), QRectF(centre.x() - size.width() / 2, centre.y() - size.height() / 2,
                                             size.width(), size.height()));
    }
    for (auto it = edges.cbegin(); it != edges.cend(); ++it) {
        const splines* spl = ED_spl(it.value());
        if (!spl || spl->size < 1)
            continue;
        const bezier& bz = spl->list[0];
        LayoutPath path;
        path.bezier.reserve(bz.size);
        for (int i = 0; i < bz.size; ++i)
            path.bezier.append(flip(bz.list[i]));
        path.tip = bz.eflag ? flip(bz.ep) : path.bezier.constLast();
        result.paths.insert(it.key(), path);
    }

    gvFreeLayout(gvc, g);
    agclose(g);
    result.elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace lcl::lab
