#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace lcl::itemmodels {

// Filters an EventModel: by a text found in reason, message, object or namespace, by type (Warning /
// Normal, empty for both), and optionally by the involved objects ("pod/search/search-api-v1-abc": lower-case
// kind, namespace, name) so that a service's page lists only its own events.
class EventFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventFilterProxy)

public:
    explicit EventFilterProxy(QObject* parent = nullptr);

    void setText(const QString& text);
    QString text() const { return m_text; }
    void setType(const QString& type);
    // Only events in this namespace; empty: all.
    void setNamespace(const QString& ns);
    QString type() const { return m_type; }
    // Empty set with `restrict` false: every object.
    void setObjects(const QSet<QString>& objects, bool restrict = true);

    static QString objectId(const QString& kind, const QString& ns, const QString& name);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QString m_type;
    QString m_namespace;
    QSet<QString> m_objects;
    bool m_restrict = false;
};

} // namespace lcl::itemmodels
