#pragma once

#include "widgets/viewcontext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace lcl::itemmodels {
class EventFilterProxy;
class EventGroupProxy;
class EventModel;
class WarningsFirstProxy;
} // namespace lcl::itemmodels

namespace lcl::widgets {

// Every event of the cluster (within the namespace filter) with type, reason, object, count and age: a filter
// text, a type choice, warnings first, or grouped by the object they are about.
class EventsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsPage)

public:
    explicit EventsPage(const ViewContext& context, QWidget* parent = nullptr);
    ~EventsPage() override;

    QLineEdit* filterBox() const { return m_filter; }
    QComboBox* typeBox() const { return m_type; }
    QCheckBox* groupBox() const { return m_group; }
    QTableView* table() const { return m_table; }
    QString countText() const;

public Q_SLOTS:
    void setNamespaceFilter(const QString& ns);

private:
    void updateCount();
    void applyGrouping(bool grouped);

    ViewContext m_context;
    itemmodels::EventModel* m_model = nullptr;
    itemmodels::EventFilterProxy* m_filterProxy = nullptr;
    itemmodels::WarningsFirstProxy* m_warningsFirst = nullptr;
    itemmodels::EventGroupProxy* m_grouped = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_type = nullptr;
    QCheckBox* m_group = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QString m_namespace;
};

} // namespace lcl::widgets
