#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace lcl::lab {

// One finding of the lab profile loader: where (file, 1-based line and column) and what was expected.
// Warnings do not stop a profile from loading; errors do, and the loader reports all of them at once.
struct ProfileError {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;   // 1-based; 0 when the finding has no position (e.g. an unreadable file)
    int column = 0; // 1-based
    QString message; // translated

    // "file:line:column: error: message", the form editors and compilers use.
    QString toString() const;

    friend bool operator==(const ProfileError&, const ProfileError&) = default;
};

using ProfileErrors = QList<ProfileError>;

} // namespace lcl::lab

Q_DECLARE_METATYPE(lcl::lab::ProfileError)
