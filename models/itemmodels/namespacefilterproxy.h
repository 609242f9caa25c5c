#pragma once

#include <QSortFilterProxyModel>

namespace lcl::itemmodels {

// Shows the rows of one namespace (or all when the namespace is empty) and sorts on RawValueRole.
class NamespaceFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NamespaceFilterProxy)

public:
    explicit NamespaceFilterProxy(QObject* parent = nullptr);

    QString namespaceFilter() const { return m_namespace; }
    void setNamespaceFilter(const QString& ns);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_namespace;
};

} // namespace lcl::itemmodels
