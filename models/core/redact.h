#pragma once

#include <QString>

namespace lcl {

// Replaces credentials in free text (bearer tokens, Authorization headers, passwords in URLs, PEM key blocks,
// JSON/YAML fields named token, password, client-key-data ...) with "<redacted>", so that logs and error
// details can never carry a secret.
QString redactSecrets(const QString& text);

} // namespace lcl
