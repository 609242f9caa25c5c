#include "itemmodels/logmodel.h"

#include <QColor>
#include <QDateTime>
#include <QFont>

namespace lcl::itemmodels {

namespace {

// Distinct hues, dark enough to read on a light background (a delegate may lighten them on a dark one).
const QColor kPodColors[] = {QColor(0x1f, 0x6f, 0xb4), QColor(0xc2, 0x37, 0x1f), QColor(0x2c, 0x8a, 0x2c),
                             QColor(0x86, 0x4f, 0xb8), QColor(0xd0, 0x6a, 0x00), QColor(0x12, 0x8f, 0x9a),
                             QColor(0xb8, 0x3b, 0x8e), QColor(0x7a, 0x5a, 0x2e)};
constexpr int kPodColorCount = int(sizeof(kPodColors) / sizeof(kPodColors[0]));

} // namespace

LogModel::LogModel(qsizetype capacity, QObject* parent)
    : QAbstractListModel(parent)
    , m_lines(capacity)
    , m_pending(capacity)
{
}

int LogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant LogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const kube::LogLine& line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text;
        if (line.timestampMs > 0)
            text = QDateTime::fromMSecsSinceEpoch(line.timestampMs).toString(QStringLiteral("HH:mm:ss.zzz "));
        if (m_showPods)
            text += shortPodName(line.pod) + QStringLiteral("  ");
        return QString(text + line.text);
    }
    case Qt::BackgroundRole:
        return matches(index.row()) ? QVariant(QColor(255, 229, 128)) : QVariant();
    case Qt::ForegroundRole:
        return matches(index.row()) ? QVariant(QColor(Qt::black)) : QVariant();
    case MatchRole:
        return matches(index.row());
    case PodRole:
        return line.pod;
    case ContainerRole:
        return line.container;
    case TimestampRole:
        return line.timestampMs;
    case TextRole:
        return line.text;
    case Qt::ToolTipRole:
        return m_showPods ? QVariant(line.pod) : QVariant();
    case PodShortRole:
        return m_showPods ? shortPodName(line.pod) : QString();
    case PodColorRole:
        return podColor(line.pod);
    default:
        return {};
    }
}

void LogModel::setCapacity(qsizetype capacity)
{
    beginResetModel();
    m_lines.setCapacity(capacity);
    m_pending.setCapacity(capacity);
    endResetModel();
}

void LogModel::append(const QList<kube::LogLine>& lines)
{
    if (lines.isEmpty())
        return;
    if (m_paused) {
        for (const kube::LogLine& line : lines)
            m_pending.append(line);
        return;
    }
    insert(lines);
}

void LogModel::insert(const QList<kube::LogLine>& lines)
{
    const qsizetype cap = m_lines.capacity();
    const qsizetype incoming = std::min<qsizetype>(lines.size(), cap);
    const qsizetype overflow = m_lines.size() + incoming - cap;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow) - 1);
        m_lines.dropFront(overflow);
        endRemoveRows();
    }
    const int first = int(m_lines.size());
    beginInsertRows({}, first, first + int(incoming) - 1);
    for (qsizetype i = lines.size() - incoming; i < lines.size(); ++i)
        m_lines.append(lines.at(i));
    endInsertRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_pending.clear();
    endResetModel();
}

void LogModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused && !m_pending.isEmpty()) {
        QList<kube::LogLine> waiting;
        waiting.reserve(m_pending.size());
        for (qsizetype i = 0; i < m_pending.size(); ++i)
            waiting << m_pending.at(i);
        m_pending.clear();
        insert(waiting);
    }
}

void LogModel::setShowPods(bool show)
{
    if (show == m_showPods)
        return;
    m_showPods = show;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
}

void LogModel::setPods(const QStringList& pods)
{
    m_podLabels.clear();
    const QStringList names = shortNames(pods);
    for (qsizetype i = 0; i < pods.size(); ++i)
        m_podLabels.insert(pods.at(i), {names.at(i), kPodColors[i % kPodColorCount]});
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, PodShortRole, PodColorRole});
}

QString LogModel::shortPodName(const QString& pod) const
{
    const auto it = m_podLabels.constFind(pod);
    return it == m_podLabels.cend() ? pod : it->first;
}

QColor LogModel::podColor(const QString& pod) const
{
    const auto it = m_podLabels.constFind(pod);
    return it == m_podLabels.cend() ? kPodColors[qHash(pod) % kPodColorCount] : it->second;
}

QStringList LogModel::shortNames(const QStringList& pods)
{
    if (pods.size() < 2)
        return pods;
    // The longest common prefix that ends at a dash.
    qsizetype common = pods.first().size();
    for (const QString& pod : pods) {
        qsizetype same = 0;
        while (same < std::min(common, pod.size()) && pod.at(same) == pods.first().at(same))
            ++same;
        common = same;
    }
    common = common > 0 ? pods.first().lastIndexOf(QLatin1Char('-'), common - 1) + 1 : 0;
    QStringList result;
    for (const QString& pod : pods) {
        qsizetype cut = common;
        bool ordinal = cut > 0;
        for (qsizetype i = cut; i < pod.size() && ordinal; ++i)
            ordinal = pod.at(i).isDigit();
        if (ordinal && cut >= 2)
            cut = pod.lastIndexOf(QLatin1Char('-'), cut - 2) + 1;
        const QString name = pod.mid(cut);
        result << (name.isEmpty() ? pod : name);
    }
    return result;
}

void LogModel::setSearchText(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::BackgroundRole, Qt::ForegroundRole, MatchRole});
}

bool LogModel::matches(int row) const
{
    return !m_search.isEmpty() && row >= 0 && row < m_lines.size()
           && (m_lines.at(row).text.contains(m_search, Qt::CaseInsensitive)
               || m_lines.at(row).pod.contains(m_search, Qt::CaseInsensitive));
}

int LogModel::matchCount() const
{
    int count = 0;
    for (int row = 0; row < rowCount(); ++row)
        count += matches(row) ? 1 : 0;
    return count;
}

int LogModel::nextMatch(int row, bool backwards) const
{
    const int n = rowCount();
    for (int step = 1; step <= n; ++step) {
        const int candidate = ((backwards ? row - step : row + step) % n + n) % n;
        if (matches(candidate))
            return candidate;
    }
    return -1;
}

} // namespace lcl::itemmodels
