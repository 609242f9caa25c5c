#pragma once

#include "widgets/viewcontext.h"

#include <QWidget>

class QListView;

namespace lcl::widgets {

class ServiceDetailPage;

// The Services view: the list of services on the left (state colour and name), the selected one's detail on
// the right.
class ServicesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesPage)

public:
    explicit ServicesPage(const ViewContext& context, QWidget* parent = nullptr);
    ~ServicesPage() override;

    void showService(const QString& serviceId);
    ServiceDetailPage* detail() const { return m_detail; }
    QListView* list() const { return m_list; }

private:
    ViewContext m_context;
    QListView* m_list = nullptr;
    ServiceDetailPage* m_detail = nullptr;
};

} // namespace lcl::widgets
