#include "core/duration.h"

#include <cmath>

namespace lcl {
namespace {

QString two(qint64 a, char ua, qint64 b, char ub)
{
    QString text = QString::number(a) + QLatin1Char(ua);
    if (b != 0)
        text += QString::number(b) + QLatin1Char(ub);
    return text;
}

} // namespace

QString Duration::human(qint64 seconds)
{
    if (seconds < -1)
        return QStringLiteral("<invalid>");
    if (seconds < 0)
        return QStringLiteral("0s");
    if (seconds < 120)
        return QString::number(seconds) + QLatin1Char('s');
    const qint64 minutes = seconds / 60;
    if (minutes < 10)
        return two(minutes, 'm', seconds % 60, 's');
    if (minutes < 180)
        return QString::number(minutes) + QLatin1Char('m');
    const qint64 hours = seconds / 3600;
    if (hours < 8)
        return two(hours, 'h', minutes % 60, 'm');
    if (hours < 48)
        return QString::number(hours) + QLatin1Char('h');
    const qint64 days = hours / 24;
    if (hours < 24 * 8)
        return two(days, 'd', hours % 24, 'h');
    if (hours < 24 * 365 * 2)
        return QString::number(days) + QLatin1Char('d');
    const qint64 years = days / 365;
    if (hours < 24 * 365 * 8)
        return two(years, 'y', days % 365, 'd');
    return QString::number(years) + QLatin1Char('y');
}

std::optional<qint64> Duration::parseSeconds(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (text == QLatin1String("0"))
        return 0;
    double total = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        while (i < text.size() && (text[i].isDigit() || text[i] == QLatin1Char('.')))
            ++i;
        if (i == start || i == text.size())
            return std::nullopt;
        bool ok = false;
        const double number = text.mid(start, i - start).toDouble(&ok);
        if (!ok)
            return std::nullopt;
        double unit = 0;
        if (text.mid(i).startsWith(QLatin1String("ms"))) {
            unit = 0.001;
            i += 2;
        } else {
            switch (text[i].unicode()) {
            case 's': unit = 1; break;
            case 'm': unit = 60; break;
            case 'h': unit = 3600; break;
            case 'd': unit = 86400; break;
            default: return std::nullopt;
            }
            ++i;
        }
        total += number * unit;
    }
    return qint64(std::llround(total));
}

} // namespace lcl
