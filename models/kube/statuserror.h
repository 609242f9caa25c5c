#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace lcl::kube {

// Turns a failed API response (a metav1.Status body, or anything else a proxy sent) into an lcl::Error with
// a translated message and a hint per reason (kubernetes-api.md §3.7). The server's own text goes to detail.
class StatusError final {
    Q_DECLARE_TR_FUNCTIONS(lcl::kube::StatusError)

public:
    // What the request tried to do, so the message can say it in the user's terms.
    struct Context {
        QString verb;      // get, list, watch, create, patch, update, delete
        QString resource;  // plural resource, "deployments"
        QString nameSpace;
        QString name;
    };

    static Error fromResponse(int httpStatus, const QByteArray& body, const Context& context);

private:
    static QString what(const Context& context);
};

} // namespace lcl::kube
