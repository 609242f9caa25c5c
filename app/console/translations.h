#pragma once

#include <QString>

class QCoreApplication;

namespace lcl::console {

// Installs Qt's own and the console's translators for `language` ("de", "he", ...; empty: the system's
// locale). Returns the language actually loaded, empty when it fell back to English.
QString installTranslators(QCoreApplication* app, const QString& language);

} // namespace lcl::console
