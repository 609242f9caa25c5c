#include "kube/servicerecord.h"

namespace lcl::kube {

QString ServiceRecord::portsText() const
{
    QString text;
    for (const ServicePort& p : ports) {
        if (!text.isEmpty())
            text += QLatin1Char(',');
        text += QString::number(p.port);
        if (p.nodePort != 0)
            text += QLatin1Char(':') + QString::number(p.nodePort);
        text += QLatin1Char('/') + (p.protocol.isEmpty() ? QStringLiteral("TCP") : p.protocol);
    }
    return text.isEmpty() ? QStringLiteral("<none>") : text;
}

} // namespace lcl::kube
