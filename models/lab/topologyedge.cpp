#include "lab/topologyedge.h"

#include <QCoreApplication>
#include <QStringList>

namespace lcl::lab {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lcl::lab::TopologyEdge)
};

// Three significant figures at most, so that labels keep a steady width as numbers move.
QString compact(double value)
{
    if (value >= 100)
        return QString::number(value, 'f', 0);
    QString text = QString::number(value, 'f', value >= 10 ? 1 : 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}
} // namespace

QString formatTraffic(const TrafficNumbers& numbers)
{
    QStringList parts;
    if (numbers.rate)
        parts << Text::tr("%1 rps").arg(compact(*numbers.rate));
    if (numbers.errorRatio)
        parts << Text::tr("%1%").arg(compact(*numbers.errorRatio * 100));
    if (numbers.p95Seconds) {
        const double ms = *numbers.p95Seconds * 1000;
        parts << (ms >= 1000 ? Text::tr("p95 %1 s").arg(compact(ms / 1000)) : Text::tr("p95 %1 ms").arg(compact(ms)));
    }
    if (parts.isEmpty())
        return Text::tr("no data");
    return parts.join(QStringLiteral(" · "));
}

bool isKubernetesEdge(TopologyEdgeKind kind)
{
    switch (kind) {
    case TopologyEdgeKind::Attachment:
    case TopologyEdgeKind::Backend:
    case TopologyEdgeKind::Selector:
    case TopologyEdgeKind::Ownership:
        return true;
    case TopologyEdgeKind::Dependency:
    case TopologyEdgeKind::Traffic:
        return false;
    }
    return false;
}

QString TopologyEdge::id() const
{
    return QString::number(static_cast<int>(kind)) + QLatin1Char(':') + pathKey();
}

QString TopologyEdge::pathKeyOf(const QString& from, const QString& to)
{
    return from + QStringLiteral(" -> ") + to;
}

} // namespace lcl::lab
