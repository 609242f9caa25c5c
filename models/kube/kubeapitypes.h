#pragma once

#include <QString>

namespace lcl::kube {

// Options shared by every write. dryRun sends dryRun=All: admission and validation run, nothing is stored.
struct WriteOptions {
    bool dryRun = false;
    QString fieldManager = QStringLiteral("lclab-console");
    bool force = false; // server-side apply only: take over fields owned by other managers
};

enum class PatchType { Merge, StrategicMerge, Json, Apply };

enum class Propagation { ServerDefault, Background, Foreground, Orphan };

// GET /version.
struct ServerVersion {
    QString major;
    QString minor;      // may carry a "+" on some distributions ("31+")
    QString gitVersion; // v1.31.4+k3s1
    QString platform;
};

// The question a SelfSubjectAccessReview asks.
struct AccessCheck {
    QString verb;
    QString group;
    QString resource;
    QString nameSpace;
    QString name;
    QString subresource;
};

struct AccessReview {
    bool allowed = false;
    QString reason; // often empty; the authorizer's explanation when it gives one
};

} // namespace lcl::kube
