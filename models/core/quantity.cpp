#include "core/quantity.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lcl {
namespace {

// Multiplier of a suffix; 0 when the suffix is unknown.
long double suffixMultiplier(std::string_view suffix)
{
    struct Entry {
        std::string_view name;
        long double factor;
    };
    static constexpr Entry table[] = {
        {"", 1.0L},         {"n", 1e-9L},       {"u", 1e-6L},       {"m", 1e-3L},       {"k", 1e3L},
        {"M", 1e6L},        {"G", 1e9L},        {"T", 1e12L},       {"P", 1e15L},       {"E", 1e18L},
        {"Ki", 1024.0L},    {"Mi", 1048576.0L}, {"Gi", 1073741824.0L}, {"Ti", 1099511627776.0L},
        {"Pi", 1125899906842624.0L}, {"Ei", 1152921504606846976.0L},
    };
    for (const Entry& e : table) {
        if (e.name == suffix)
            return e.factor;
    }
    return 0;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

std::optional<Quantity> Quantity::parse(std::string_view text)
{
    size_t i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-'))
        negative = text[i++] == '-';
    long double number = 0;
    bool anyDigit = false;
    while (i < text.size() && isDigit(text[i])) {
        number = number * 10 + (text[i++] - '0');
        anyDigit = true;
    }
    if (i < text.size() && text[i] == '.') {
        ++i;
        long double scale = 0.1L;
        while (i < text.size() && isDigit(text[i])) {
            number += (text[i++] - '0') * scale;
            scale /= 10;
            anyDigit = true;
        }
    }
    if (!anyDigit)
        return std::nullopt;
    std::string_view suffix = text.substr(i);
    long double factor = 0;
    if (!suffix.empty() && (suffix[0] == 'e' || suffix[0] == 'E') && suffix.size() > 1
        && (isDigit(suffix[1]) || suffix[1] == '-' || suffix[1] == '+')) {
        // Decimal exponent form ("1e3", "5E-3").
        size_t j = 1;
        bool negExp = false;
        if (suffix[j] == '-' || suffix[j] == '+')
            negExp = suffix[j++] == '-';
        if (j >= suffix.size())
            return std::nullopt;
        int exponent = 0;
        for (; j < suffix.size(); ++j) {
            if (!isDigit(suffix[j]) || exponent > 100)
                return std::nullopt;
            exponent = exponent * 10 + (suffix[j] - '0');
        }
        factor = std::pow(10.0L, negExp ? -exponent : exponent);
    } else {
        factor = suffixMultiplier(suffix);
        if (factor == 0)
            return std::nullopt;
    }
    // Round up like the API server, but do not let binary fractions turn 250.0000001 into 251.
    const long double exact = number * factor * 1000.0L;
    const long double nearest = std::round(exact);
    const long double milli = std::fabs(exact - nearest) <= 1e-9L * std::max(1.0L, std::fabs(exact))
                                  ? nearest
                                  : std::ceil(exact);
    if (milli > static_cast<long double>(std::numeric_limits<qint64>::max() / 2))
        return std::nullopt;
    const qint64 m = static_cast<qint64>(milli);
    return Quantity(negative ? -m : m);
}

std::optional<Quantity> Quantity::parse(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    return parse(std::string_view(utf8.constData(), size_t(utf8.size())));
}

Quantity Quantity::fromMilli(qint64 milli)
{
    return Quantity(milli);
}

qint64 Quantity::value() const
{
    if (m_milli >= 0)
        return (m_milli + 999) / 1000;
    return -((-m_milli) / 1000);
}

QString Quantity::formatMillis(qint64 milli)
{
    if (milli % 1000 == 0)
        return QString::number(milli / 1000);
    if (milli > -1000 && milli < 1000)
        return QString::number(milli) + QLatin1Char('m');
    // "1.5", "2.25": cores with the trailing zeros dropped.
    QString text = QString::number(double(milli) / 1000.0, 'f', 3);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    return text;
}

QString Quantity::formatBytes(qint64 bytes)
{
    static const char* const suffixes[] = {"Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
    if (bytes < 1024 && bytes > -1024)
        return QString::number(bytes);
    double v = double(bytes);
    int index = -1;
    while ((v >= 1024.0 || v <= -1024.0) && index < 5) {
        v /= 1024.0;
        ++index;
    }
    const double rounded = std::round(v * 10.0) / 10.0;
    const QString number = rounded == std::floor(rounded) ? QString::number(qint64(rounded))
                                                          : QString::number(rounded, 'f', 1);
    return number + QLatin1String(suffixes[index]);
}

} // namespace lcl
