#pragma once

#include "kube/logring.h"

#include <QAbstractListModel>
#include <QColor>
#include <QHash>

namespace lcl::itemmodels {

// The lines of a log view, newest last, in a bounded ring (kube::LogRing): past the capacity the oldest rows
// are removed as new ones arrive. While paused, new lines wait in a second ring of the same capacity and
// appear on resume. A search text marks matching rows (MatchRole, a background) without filtering them out.
// With several pods, each line carries its pod's short name (what differs between the pods' names) and a
// colour of its own, stable for as long as the pod list stays.
class LogModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    // PodShortRole is empty while pods are not shown.
    enum Role { MatchRole = Qt::UserRole + 48, PodRole, ContainerRole, TimestampRole, TextRole, PodShortRole, PodColorRole };

    explicit LogModel(qsizetype capacity = 10000, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    qsizetype capacity() const { return m_lines.capacity(); }
    void setCapacity(qsizetype capacity);
    qint64 dropped() const { return m_lines.dropped(); }
    qsizetype pendingCount() const { return m_pending.size(); }

    void append(const QList<kube::LogLine>& lines);
    void clear();

    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);

    // Prefix each line with its pod's short name (several pods interleaved).
    void setShowPods(bool show);
    bool showPods() const { return m_showPods; }
    // The pods whose lines may come, in a stable order: it gives their short names and colours.
    void setPods(const QStringList& pods);
    QString shortPodName(const QString& pod) const;
    QColor podColor(const QString& pod) const;
    // "web-7d9f8-x2k4q", "web-7d9f8-p9mzt" → "x2k4q", "p9mzt"; StatefulSet ordinals keep their stem ("pg-0").
    static QStringList shortNames(const QStringList& pods);

    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }
    bool matches(int row) const;
    int matchCount() const;
    // The next (or previous) matching row after `row`, wrapping around; -1 when nothing matches.
    int nextMatch(int row, bool backwards = false) const;

private:
    void insert(const QList<kube::LogLine>& lines);

    kube::LogRing m_lines;
    kube::LogRing m_pending;
    bool m_paused = false;
    bool m_showPods = false;
    QHash<QString, std::pair<QString, QColor>> m_podLabels;
    QString m_search;
};

} // namespace lcl::itemmodels
