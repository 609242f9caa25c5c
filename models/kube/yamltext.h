#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace lcl::kube {

// One full object (JSON as the API server returns it) as the read-only YAML the console shows: keys sorted the
// way `kubectl get -o yaml` prints them, managedFields left out like kubectl does by default, and - for a
// Secret - every value of data/stringData replaced by a mask that says only how long it is, and the
// last-applied-configuration annotation (a copy of the values) hidden too.
class YamlText final {
    Q_DECLARE_TR_FUNCTIONS(lcl::kube::YamlText)

public:
    struct Options {
        bool maskSecrets = true;
        bool showManagedFields = false;
    };

    static Result<QString> fromJson(const QByteArray& json, const Options& options);
    static Result<QString> fromJson(const QByteArray& json) { return fromJson(json, Options{}); }
    // What a masked value reads as: "<hidden: 16 bytes>".
    static QString maskFor(qsizetype bytes);
};

} // namespace lcl::kube
