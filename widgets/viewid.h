#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace lcl::widgets {

// The console's top-level views, in navigation order.
enum class ViewId { Overview, Topology, Services, Incidents, Runbooks, Backups, Events, Audit };

struct ViewInfo {
    Q_DECLARE_TR_FUNCTIONS(lcl::widgets::ViewInfo)

public:
    ViewId id;
    QString key;          // stable, untranslated: "overview", "topology", ... (command line, settings)
    QString title;        // translated navigation label
    QString description;  // translated: what the view shows, for its empty state

    static const std::vector<ViewInfo>& all();
    static const ViewInfo& of(ViewId id);
    static std::optional<ViewId> fromKey(const QString& key);
};

} // namespace lcl::widgets
