#pragma once

#include "metrics/querybatch.h"

#include <QCoreApplication>
#include <QString>

namespace lcl::lab {

class LabProfile;

// Turns a lab profile's signal templates into the MetricsPoller's fixed batch: one query per signal and entity
// kind covering every service, edge or route (template groups joined with `or`), so the number of queries
// depends on the signals and never on the number of services. Entity keys are the profile's words: service ids
// ("search-api"), edges "from/to" in service ids ("search-api/postgresql"), routes the Envoy cluster name
// ("httproute/search/search-api-route/rule/0").
class ProfileQueryBatch final {
    Q_DECLARE_TR_FUNCTIONS(lcl::lab::ProfileQueryBatch)

public:
    // Without a profile (null) the default batch of QueryBatch::defaults().
    static metrics::QueryBatch build(const LabProfile* profile, const QString& window = {});

    // The snapshot signal a profile signal becomes; "latency" becomes latencyP50/P95/P99 (three queries).
    static QString signalName(const QString& profileSignal);
    static metrics::Combine combineFor(const QString& signal);

    static QString edgeKey(const QString& fromService, const QString& toService);
};

} // namespace lcl::lab
