#include "kube/watchevent.h"

namespace lcl::kube {

Error WatchEvent::toError() const
{
    const Error::Kind kind = code != 0 ? Error::kindForHttpStatus(code) : Error::Kind::Server;
    return Error::make(kind, tr("The watch stream reported an error: %1").arg(message.isEmpty() ? reason : message),
                       isExpired() ? tr("The console lists the resources again.") : QString(),
                       QStringLiteral("watch ERROR event code=%1 reason=%2").arg(code).arg(reason), code);
}

} // namespace lcl::kube
