#pragma once

#include "core/error.h"
#include "kube/records.h"

#include <QString>

#include <optional>

namespace lcl::kube {

// One decoded line of a watch stream.
struct WatchEvent {
    Q_DECLARE_TR_FUNCTIONS(lcl::kube::WatchEvent)

public:
    enum class Type : quint8 { Added, Modified, Deleted, Bookmark, Error };

    Type type = Type::Added;
    std::optional<Record> record;  // Added, Modified, Deleted
    QString resourceVersion;       // the object's (or the bookmark's) resourceVersion
    // Error: the Status the server sent (code 410 reason Expired/Gone means "relist").
    int code = 0;
    QString reason;
    QString message;

    bool isExpired() const { return type == Type::Error && (code == 410 || reason == QLatin1String("Expired")
                                                            || reason == QLatin1String("Gone")); }
    // The Status of an Error event as an lcl::Error.
    Error toError() const;
};

} // namespace lcl::kube
