#pragma once

#include "metrics/querybatch.h"

#include <QCoreApplication>
#include <QString>

namespace lcl::lab {

class LabProfile;

// Turns a lab profile's signal templates into the MetricsPoller's fixed batch: one query per (signal, template)
// covering every service, edge or route that shares the template, so the number of queries depends on the
// templates and never on the number of services. Entity keys are the profile's words: service ids
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

    // The label a wrapped query carries its service id in, when the template's grouping cannot tell services
    // apart (`sum by (namespace)`, or no grouping at all).
    static QString serviceLabel();
};

} // namespace lcl::lab
