#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>

namespace lcl::itemmodels {

// One point of a chart: when, and the value or NaN when the signal was missing then.
struct SeriesPoint {
    qint64 atMs = 0;
    double value = 0;
};

// Where the points of a range come from right now, for the view to say so: what the console recorded itself,
// Prometheus still answering, Prometheus' answer, or Prometheus' failure (with what was recorded shown instead).
struct RangeStatus {
    enum class State { Recorded, Loading, Prometheus, Failed };

    State state = State::Recorded;
    qint64 recordedSinceMs = 0; // the oldest recorded sample in the range; 0: none
    QString reason;             // translated: why there is no Prometheus answer (Recorded, Failed)
    QString hint;               // translated: what to do about it
    qint64 stepSeconds = 0;     // Prometheus: seconds between points
    // The signals this source can chart for the entity; empty when it cannot tell (show every chart).
    QStringList signalNames;
};

// Where service charts get their time series from. SnapshotHistory answers from the snapshots the console
// already received; a Prometheus-backed source (query_range, only for visible charts) can replace it without
// touching the views: it answers what it has and emits changed() when more arrived.
class MetricsRangeSource : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsRangeSource)

public:
    using QObject::QObject;
    ~MetricsRangeSource() override = default;

    // The points of `signal` for the first of `entityKeys` known, oldest first, within [from, to].
    virtual QList<SeriesPoint> series(const QStringList& entityKeys, const QString& signal, const QDateTime& from,
                                      const QDateTime& to) const = 0;
    // A view starts showing this range; sources that fetch begin here.
    virtual void request(const QStringList& entityKeys, const QDateTime& from, const QDateTime& to)
    {
        Q_UNUSED(entityKeys);
        Q_UNUSED(from);
        Q_UNUSED(to);
    }

    // What series() answers from for this entity and range.
    virtual RangeStatus status(const QStringList& entityKeys, const QDateTime& from, const QDateTime& to) const
    {
        Q_UNUSED(entityKeys);
        Q_UNUSED(from);
        Q_UNUSED(to);
        return {};
    }

Q_SIGNALS:
    void changed();
};

} // namespace lcl::itemmodels
