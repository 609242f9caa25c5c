#pragma once

#include "core/connectionstate.h"
#include "widgets/viewid.h"

#include <QMainWindow>
#include <QMap>

class QComboBox;
class QListWidget;
class QStackedWidget;

namespace lcl::widgets {

class ConnectionIndicator;
class EmptyStatePage;

// The console's frame: navigation between the views, the context selector and namespace filter, and the
// state of the three connections in the status bar. It decides nothing: the application wires it to the
// domain and puts each view's page in place once the view exists.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Connection { KubernetesApi, Prometheus, Alertmanager };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void setContexts(const QStringList& contexts, const QString& current);
    QString currentContext() const;

    // Namespaces offered by the filter; the first entry is always "All namespaces" (an empty filter).
    void setNamespaces(const QStringList& namespaces);
    void setNamespaceFilter(const QString& ns);
    QString namespaceFilter() const;

    void setConnectionState(Connection which, const ConnectionState& state);
    ConnectionIndicator* indicator(Connection which) const;

    ViewId currentView() const;
    void showView(ViewId view);

    // Replaces the view's empty state with its real page; the window takes ownership.
    void setPage(ViewId view, QWidget* page);
    QWidget* page(ViewId view) const;
    EmptyStatePage* emptyState(ViewId view) const;

    // Why the views are empty (shown on every view still on its empty state).
    void setEmptyReason(const QString& reason);

Q_SIGNALS:
    void contextSelected(const QString& context);
    void namespaceFilterChanged(const QString& ns);
    void viewChanged(lcl::widgets::ViewId view);
    void openKubeconfigRequested();
    void startDemoRequested();

private:
    void buildMenus();
    void buildToolbar();
    void buildStatusBar();
    void showAbout();

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QComboBox* m_contexts = nullptr;
    QComboBox* m_namespaces = nullptr;
    QMap<Connection, ConnectionIndicator*> m_indicators;
    QMap<ViewId, QWidget*> m_pages;
    QMap<ViewId, EmptyStatePage*> m_empty;
};

} // namespace lcl::widgets
