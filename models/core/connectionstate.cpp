#include "core/connectionstate.h"

namespace lcl {

QString ConnectionState::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::NotConfigured:
        return tr("not configured");
    case Phase::Connecting:
        return tr("connecting");
    case Phase::Connected:
        return tr("connected");
    case Phase::Degraded:
        return tr("degraded");
    case Phase::Failed:
        return tr("failed");
    }
    return {};
}

} // namespace lcl
