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

Q_SIGNALS:
    void changed();
};

} // namespace lcl::itemmodels
