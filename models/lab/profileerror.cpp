#include "lab/profileerror.h"

namespace lcl::lab {

QString ProfileError::toString() const
{
    const QString where = line > 0 ? QStringLiteral("%1:%2:%3").arg(file).arg(line).arg(column) : file;
    const QLatin1String level = severity == Severity::Error ? QLatin1String("error") : QLatin1String("warning");
    return where + QStringLiteral(": ") + level + QStringLiteral(": ") + message;
}

} // namespace lcl::lab
