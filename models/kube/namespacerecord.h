#pragma once

#include "kube/metarecord.h"

namespace lcl::kube {

struct NamespaceRecord {
    ObjectMeta meta;
    QString phase;               // Active, Terminating
};

} // namespace lcl::kube
