#include "itemmodels/serviceoverviewmodel.h"

#include "kube/resourcestore.h"

#include <cmath>
#include <limits>

namespace lcl::itemmodels {
namespace {

QVariant optionalValue(const metrics::MetricValue& value)
{
    return value.hasValue() ? QVariant(value.value) : QVariant();
}

} // namespace

ServiceOverviewModel::ServiceOverviewModel(const kube::ResourceStore* store, const lab::LabProfile* profile,
                                           QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_profile(profile)
{
    connect(store, &kube::ResourceStore::changed, &m_refresh, &Throttle::request);
    refresh();
}

ServiceOverviewModel::~ServiceOverviewModel() = default;

int ServiceOverviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString ServiceOverviewModel::rateText(const metrics::MetricValue& value)
{
    if (value.state == metrics::MetricValue::State::Missing)
        return tr("no data");
    if (value.state == metrics::MetricValue::State::NotANumber)
        return tr("no traffic");
    return tr("%1 req/s").arg(value.value, 0, 'f', value.value < 10 ? 2 : 1);
}

QString ServiceOverviewModel::ratioText(const metrics::MetricValue& value)
{
    if (value.state == metrics::MetricValue::State::Missing)
        return tr("no data");
    if (value.state == metrics::MetricValue::State::NotANumber)
        return tr("no traffic");
    return tr("%1 %").arg(value.value * 100, 0, 'f', value.value < 0.1 ? 2 : 1);
}

QString ServiceOverviewModel::latencyText(const metrics::MetricValue& value)
{
    if (value.state == metrics::MetricValue::State::Missing)
        return tr("no data");
    if (value.state == metrics::MetricValue::State::NotANumber)
        return tr("no traffic");
    if (std::isinf(value.value))
        return tr("beyond the last bucket");
    return value.value < 1 ? tr("%1 ms").arg(qRound(value.value * 1000)) : tr("%1 s").arg(value.value, 0, 'f', 2);
}

QVariant ServiceOverviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ServiceEntry& e = m_entries.at(index.row());
    const ServiceStatus& s = m_statuses.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.displayName;
    case Qt::ToolTipRole:
        return tr("%1 (%2, namespace %3): %4").arg(e.displayName, e.kindName, e.ns, s.reason);
    case Qt::AccessibleTextRole:
        return tr("%1: %2, %3").arg(e.displayName, ServiceStatus::stateName(s.state), s.reason);
    case IdRole:
        return e.id;
    case NamespaceRole:
        return e.ns;
    case KindNameRole:
        return e.kindName;
    case StateRole:
        return int(s.state);
    case ReasonRole:
        return s.reason;
    case ReadyRole:
        return s.ready;
    case DesiredRole:
        return s.desired;
    case DeployedRole:
        return s.deployed;
    case RequestRateRole:
        return optionalValue(s.requestRate);
    case ErrorRatioRole:
        return optionalValue(s.errorRatio);
    case LatencyP95Role:
        return optionalValue(s.latencyP95);
    case RateTextRole:
        return rateText(s.requestRate);
    case ErrorTextRole:
        return ratioText(s.errorRatio);
    case LatencyTextRole:
        return latencyText(s.latencyP95);
    case SparklineRole: {
        QVariantList points;
        for (double v : m_sparklines.value(e.id))
            points << v;
        return points;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ServiceOverviewModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "serviceId");
    names.insert(StateRole, "state");
    names.insert(ReasonRole, "reason");
    return names;
}

void ServiceOverviewModel::setProfile(const lab::LabProfile* profile)
{
    m_profile = profile;
    refresh();
}

void ServiceOverviewModel::setSnapshot(const metrics::MetricsSnapshot& snapshot)
{
    m_snapshot = snapshot;
    for (const ServiceEntry& e : std::as_const(m_entries)) {
        const metrics::EntityMetrics* m = ServiceStatus::metricsOf(e, snapshot);
        const metrics::MetricValue p95 = m ? m->value(metrics::SignalNames::latencyP95) : metrics::MetricValue{};
        std::deque<double>& line = m_sparklines[e.id];
        line.push_back(p95.hasValue() ? p95.value : std::numeric_limits<double>::quiet_NaN());
        while (line.size() > size_t(kSparklineLength))
            line.pop_front();
    }
    refresh();
}

void ServiceOverviewModel::refresh()
{
    m_refresh.cancel();
    QList<ServiceEntry> entries = ServiceEntry::collect(*m_store, m_profile);
    QList<ServiceStatus> statuses;
    statuses.reserve(entries.size());
    const metrics::MetricsSnapshot* snapshot = m_snapshot ? &*m_snapshot : nullptr;
    for (const ServiceEntry& e : std::as_const(entries))
        statuses << ServiceStatus::evaluate(e, *m_store, snapshot);

    bool sameRows = entries.size() == m_entries.size();
    for (qsizetype i = 0; sameRows && i < entries.size(); ++i)
        sameRows = entries.at(i).id == m_entries.at(i).id && entries.at(i).ns == m_entries.at(i).ns;
    if (!sameRows) {
        beginResetModel();
        m_entries = std::move(entries);
        m_statuses = std::move(statuses);
        endResetModel();
        return;
    }
    m_entries = std::move(entries);
    m_statuses = std::move(statuses);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1));
}

const ServiceEntry* ServiceOverviewModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int ServiceOverviewModel::rowOf(const QString& id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).id == id)
            return int(i);
    return -1;
}

const ServiceEntry* ServiceOverviewModel::entry(const QString& id) const
{
    return entry(rowOf(id));
}

const ServiceStatus* ServiceOverviewModel::status(const QString& id) const
{
    const int row = rowOf(id);
    return row >= 0 ? &m_statuses.at(row) : nullptr;
}

} // namespace lcl::itemmodels
