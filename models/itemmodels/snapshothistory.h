#pragma once

#include "itemmodels/metricsrangesource.h"
#include "metrics/metricssnapshot.h"

#include <QHash>

#include <array>
#include <deque>

namespace lcl::itemmodels {

// The chart signals of every service over the snapshots received so far, compact (five floats a sample)
// and bounded by age and count, so a day of 10 s refreshes for 20 services stays under a few megabytes.
class SnapshotHistory final : public MetricsRangeSource {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotHistory)

public:
    // The signals kept, in this order.
    static const QStringList& keptSignals();

    explicit SnapshotHistory(QObject* parent = nullptr);

    void setMaxAgeSeconds(qint64 seconds) { m_maxAgeMs = seconds * 1000; }
    void setMaxSamples(qsizetype count) { m_maxSamples = count; }

    void record(const metrics::MetricsSnapshot& snapshot);
    qsizetype sampleCount(const QString& entityKey) const;

    QList<SeriesPoint> series(const QStringList& entityKeys, const QString& signal, const QDateTime& from,
                              const QDateTime& to) const override;
    // Always Recorded, with the time of the oldest sample in the range.
    RangeStatus status(const QStringList& entityKeys, const QDateTime& from, const QDateTime& to) const override;

private:
    struct Sample {
        qint64 atMs = 0;
        std::array<float, 5> values{};
    };

    QHash<QString, std::deque<Sample>> m_samples;
    qint64 m_maxAgeMs = 24 * 3600 * 1000LL;
    qsizetype m_maxSamples = 10000;
};

} // namespace lcl::itemmodels
