#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace lcl {

// Every failure the console can meet, reduced to one value type (ARCHITECTURE.md §5). `message` and `hint`
// are translated and shown to the user; `detail` goes to the log only and never carries a secret.
struct Error {
    Q_DECLARE_TR_FUNCTIONS(lcl::Error)

public:
    enum class Kind {
        Config,
        Network,
        Tls,
        Auth,
        Forbidden,
        NotFound,
        Conflict,
        Invalid,
        RateLimited,
        Server,
        Timeout,
        Parse,
        Unavailable,
        Cancelled,
    };

    Kind kind = Kind::Server;
    int httpStatus = 0;
    QString message;
    QString hint;
    QString detail;

    static Error make(Kind kind, QString message, QString hint = {}, QString detail = {}, int httpStatus = 0);

    // The kind an HTTP status maps to when the body says nothing better.
    static Kind kindForHttpStatus(int status);

    // A short translated name of the kind ("Forbidden", "Network error"), for titles and badges.
    static QString kindName(Kind kind);

    // "message — hint" on one line, for status bars and reports.
    QString toString() const;
};

} // namespace lcl

Q_DECLARE_METATYPE(lcl::Error)
