#pragma once

#include "kube/endpointslicerecord.h"
#include "kube/eventrecord.h"
#include "kube/gatewayrecord.h"
#include "kube/hparecord.h"
#include "kube/httprouterecord.h"
#include "kube/jobrecord.h"
#include "kube/namespacerecord.h"
#include "kube/noderecord.h"
#include "kube/podrecord.h"
#include "kube/pvcrecord.h"
#include "kube/resourcekind.h"
#include "kube/servicerecord.h"
#include "kube/workloadrecord.h"

#include "core/resourcekey.h"

#include <QMetaType>

#include <variant>
#include <vector>

namespace lcl::kube {

// Any record the store holds. One alternative per record type, not per kind: WorkloadRecord serves three.
using Record = std::variant<NamespaceRecord, NodeRecord, PodRecord, WorkloadRecord, ReplicaSetRecord, ServiceRecord,
                            EndpointSliceRecord, JobRecord, CronJobRecord, HpaRecord, EventRecord, PvcRecord,
                            GatewayRecord, HttpRouteRecord>;

const ObjectMeta& metaOf(const Record& record);
ObjectMeta& metaOf(Record& record);

ResourceKey keyOf(ResourceKind kind, const ObjectMeta& meta);
inline ResourceKey keyOf(ResourceKind kind, const Record& record) { return keyOf(kind, metaOf(record)); }

struct RecordChange {
    enum class Op : quint8 { Upsert, Delete };
    Op op = Op::Upsert;
    Record record;
};

// What one informer hands to the GUI thread in one queued call: changes of one kind, in order.
struct RecordBatch {
    ResourceKind kind = ResourceKind::Pods;
    // `changes` is a complete list (a relist): afterwards the store holds exactly these objects of the kind
    // within `scopeNamespace` (empty: all namespaces) - no ghosts, no duplicates.
    bool replaceAll = false;
    QString scopeNamespace;
    std::vector<RecordChange> changes;
};

} // namespace lcl::kube

Q_DECLARE_METATYPE(lcl::kube::ResourceKind)
