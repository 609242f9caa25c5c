#pragma once

#include "core/resourcekey.h"
#include "widgets/viewcontext.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace lcl::itemmodels {
class EventFilterProxy;
class EventModel;
class KeySetFilterProxy;
class PodModel;
class WarningsFirstProxy;
struct ServiceEntry;
} // namespace lcl::itemmodels

namespace lcl::widgets {

class LogView;
class ServiceChartsWidget;
class YamlView;

// One service: its state in words, its pods (status, ready, restarts, reason, age, node), charts of rate,
// errors and latency, HPA state, routes and dependencies from the profile, and its events. Actions open the
// logs and the YAML of its objects in their own windows, and copy the kubectl commands that show the same.
class ServiceDetailPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceDetailPage)

public:
    explicit ServiceDetailPage(const ViewContext& context, QWidget* parent = nullptr);
    ~ServiceDetailPage() override;

    void showService(const QString& serviceId);
    QString serviceId() const { return m_serviceId; }

    QTableView* podTable() const { return m_pods; }
    QTableView* eventTable() const { return m_events; }
    ServiceChartsWidget* charts() const { return m_charts; }
    QString headerText() const;
    QString hpaText() const;
    QString linksText() const;
    // What "Copy as kubectl" puts on the clipboard.
    QString kubectlCommands() const;

    LogView* openLogs(const ResourceKey& pod = {});
    YamlView* openYaml(const ResourceKey& key);
    LogView* logView() const;
    YamlView* yamlView() const;

Q_SIGNALS:
    void backRequested();

private:
    void update();
    void updateYamlMenu();
    const itemmodels::ServiceEntry* entry() const;

    ViewContext m_context;
    QString m_serviceId;
    QLabel* m_title = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_hpa = nullptr;
    QLabel* m_links = nullptr;
    QPushButton* m_yaml = nullptr;
    QTableView* m_pods = nullptr;
    QTableView* m_events = nullptr;
    ServiceChartsWidget* m_charts = nullptr;
    itemmodels::PodModel* m_podModel = nullptr;
    itemmodels::KeySetFilterProxy* m_podFilter = nullptr;
    itemmodels::EventModel* m_eventModel = nullptr;
    itemmodels::EventFilterProxy* m_eventFilter = nullptr;
    itemmodels::WarningsFirstProxy* m_eventOrder = nullptr;
    QPointer<LogView> m_logView;
    QPointer<YamlView> m_yamlView;
};

} // namespace lcl::widgets
