#include "itemmodels/snapshothistory.h"

#include <cmath>
#include <limits>

namespace lcl::itemmodels {

const QStringList& SnapshotHistory::keptSignals()
{
    using namespace metrics;
    static const QStringList names = {SignalNames::requestRate, SignalNames::errorRatio, SignalNames::latencyP50,
                                      SignalNames::latencyP95, SignalNames::latencyP99};
    return names;
}

SnapshotHistory::SnapshotHistory(QObject* parent) : MetricsRangeSource(parent) {}

void SnapshotHistory::record(const metrics::MetricsSnapshot& snapshot)
{
    const qint64 at = (snapshot.at.isValid() ? snapshot.at : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    const QStringList& names = keptSignals();
    for (auto it = snapshot.services.cbegin(); it != snapshot.services.cend(); ++it) {
        Sample sample;
        sample.atMs = at;
        for (qsizetype i = 0; i < names.size(); ++i) {
            const metrics::MetricValue v = it.value().value(names.at(i));
            sample.values[size_t(i)] = v.hasValue() ? float(v.value) : std::numeric_limits<float>::quiet_NaN();
        }
        std::deque<Sample>& samples = m_samples[it.key()];
        samples.push_back(sample);
        while (!samples.empty() && (qsizetype(samples.size()) > m_maxSamples || samples.front().atMs < at - m_maxAgeMs))
            samples.pop_front();
    }
    Q_EMIT changed();
}

qsizetype SnapshotHistory::sampleCount(const QString& entityKey) const
{
    auto it = m_samples.constFind(entityKey);
    return it == m_samples.cend() ? 0 : qsizetype(it->size());
}

QList<SeriesPoint> SnapshotHistory::series(const QStringList& entityKeys, const QString& signal,
                                           const QDateTime& from, const QDateTime& to) const
{
    const qsizetype index = keptSignals().indexOf(signal);
    QList<SeriesPoint> points;
    if (index < 0)
        return points;
    for (const QString& key : entityKeys) {
        auto it = m_samples.constFind(key);
        if (it == m_samples.cend())
            continue;
        const qint64 lo = from.toMSecsSinceEpoch();
        const qint64 hi = to.toMSecsSinceEpoch();
        for (const Sample& s : *it)
            if (s.atMs >= lo && s.atMs <= hi)
                points.append({s.atMs, double(s.values[size_t(index)])});
        break;
    }
    return points;
}

RangeStatus SnapshotHistory::status(const QStringList& entityKeys, const QDateTime& from, const QDateTime& to) const
{
    RangeStatus status;
    const qint64 lo = from.toMSecsSinceEpoch();
    const qint64 hi = to.toMSecsSinceEpoch();
    for (const QString& key : entityKeys) {
        auto it = m_samples.constFind(key);
        if (it == m_samples.cend())
            continue;
        for (const Sample& s : *it) {
            if (s.atMs >= lo && s.atMs <= hi) {
                status.recordedSinceMs = s.atMs;
                break;
            }
        }
        break;
    }
    return status;
}

} // namespace lcl::itemmodels
