#include "core/redact.h"

#include <QRegularExpression>

namespace lcl {

QString redactSecrets(const QString& text)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral(R"((authorization\s*[:=]\s*)(bearer|basic)?\s*[^\s,"']+)"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral(R"((bearer\s+)[A-Za-z0-9._~+/=-]+)"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(
            QStringLiteral(
                R"((["']?(?:token|password|passwd|secret|client-key-data|client_key_data|id-token|refresh-token|access-token)["']?\s*[:=]\s*["']?)[^\s,"'}]+)"),
            QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral(R"((://[^/\s:@]+:)[^@\s/]+(@))")),
    };
    static const QRegularExpression pem(
        QStringLiteral(R"(-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----)"));

    QString out = text;
    out.replace(pem, QStringLiteral("<redacted private key>"));
    for (const auto& re : patterns) {
        if (re.captureCount() >= 2 && re.pattern().endsWith(QLatin1String("(@))")))
            out.replace(re, QStringLiteral("\\1<redacted>\\2"));
        else
            out.replace(re, QStringLiteral("\\1<redacted>"));
    }
    return out;
}

} // namespace lcl
