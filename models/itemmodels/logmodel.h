#pragma once

#include "kube/logring.h"

#include <QAbstractListModel>

namespace lcl::itemmodels {

// The lines of a log view, newest last, in a bounded ring (kube::LogRing): past the capacity the oldest rows
// are removed as new ones arrive. While paused, new lines wait in a second ring of the same capacity and
// appear on resume. A search text marks matching rows (MatchRole, a background) without filtering them out.
class LogModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Role { MatchRole = Qt::UserRole + 48, PodRole, ContainerRole, TimestampRole, TextRole };

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

    // Prefix each line with its pod's name (several pods interleaved).
    void setShowPods(bool show);
    bool showPods() const { return m_showPods; }

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
    QString m_search;
};

} // namespace lcl::itemmodels
