#include "lab/labprofile.h"

namespace lcl::lab {

Result<LabProfile> LabProfile::fromYaml(const QByteArray& yaml, const QString& sourceName, ProfileErrors* diagnostics)
{
    Q_UNUSED(yaml);
    Q_UNUSED(diagnostics);
    return Error::make(Error::Kind::Config, tr("The lab profile loader is not written yet (%1).").arg(sourceName));
}

} // namespace lcl::lab
