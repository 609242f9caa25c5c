#include "lab/labprofilevalues.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <array>

namespace lcl::lab::values {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(lcl::lab::LabProfile)
};

struct CronField {
    const char* name;
    int min;
    int max;
    QStringList names; // symbolic values, index = value - min
};

std::optional<int> cronValue(const QString& text, const CronField& field)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (ok)
        return v;
    const qsizetype i = field.names.indexOf(text.toLower());
    if (i >= 0)
        return int(i) + field.min;
    return std::nullopt;
}

bool checkCronField(const QString& text, const CronField& field, QString* why)
{
    const QString range = QStringLiteral("%1-%2").arg(field.min).arg(field.max);
    const QString fieldName = QLatin1String(field.name);
    for (const QString& item : text.split(QLatin1Char(','))) {
        QString body = item;
        if (const qsizetype slash = item.indexOf(QLatin1Char('/')); slash >= 0) {
            bool ok = false;
            const int step = item.mid(slash + 1).toInt(&ok);
            if (!ok || step <= 0) {
                *why = Tr::tr("the step in the %1 field \"%2\" must be a positive number").arg(fieldName, item);
                return false;
            }
            body = item.left(slash);
        }
        if (body == QLatin1String("*") || body == QLatin1String("?"))
            continue;
        const QStringList bounds = body.split(QLatin1Char('-'));
        if (bounds.size() > 2 || body.isEmpty()) {
            *why = Tr::tr("the %1 field \"%2\" is not a number, a range a-b, a list or *").arg(fieldName, item);
            return false;
        }
        for (const QString& b : bounds) {
            const auto v = cronValue(b, field);
            if (!v) {
                *why = Tr::tr("the %1 field \"%2\" is not a number, a range a-b, a list or *").arg(fieldName, item);
                return false;
            }
            if (*v < field.min || *v > field.max) {
                *why = Tr::tr("the %1 field value %2 is outside %3").arg(fieldName).arg(*v).arg(range);
                return false;
            }
        }
    }
    return true;
}

} // namespace

std::optional<double> parseCpu(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]+(?:\\.[0-9]+)?)(m?)$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double v = m.captured(1).toDouble();
    return m.captured(2).isEmpty() ? v : v / 1000.0;
}

std::optional<double> parseBytes(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]+(?:\\.[0-9]+)?)(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    static const QStringList binary{QStringLiteral("Ki"), QStringLiteral("Mi"), QStringLiteral("Gi"),
                                    QStringLiteral("Ti"), QStringLiteral("Pi"), QStringLiteral("Ei")};
    static const QStringList decimal{QStringLiteral("k"), QStringLiteral("M"), QStringLiteral("G"),
                                     QStringLiteral("T"), QStringLiteral("P"), QStringLiteral("E")};
    double v = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    if (const qsizetype i = binary.indexOf(unit); i >= 0) {
        for (qsizetype k = 0; k <= i; ++k)
            v *= 1024.0;
    } else if (const qsizetype j = decimal.indexOf(unit); j >= 0) {
        for (qsizetype k = 0; k <= j; ++k)
            v *= 1000.0;
    }
    return v;
}

std::optional<double> parseLatencyMs(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]+(?:\\.[0-9]+)?)(ms|s|m)$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double v = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    if (unit == QLatin1String("s"))
        return v * 1000.0;
    if (unit == QLatin1String("m"))
        return v * 60000.0;
    return v;
}

bool isPromDuration(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[0-9]+y)?(?:[0-9]+w)?(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?(?:[0-9]+ms)?$"));
    return !text.isEmpty() && re.match(text).hasMatch();
}

bool isCronSchedule(const QString& text, QString* why)
{
    static const QStringList macros{QStringLiteral("@yearly"), QStringLiteral("@annually"),
                                    QStringLiteral("@monthly"), QStringLiteral("@weekly"),
                                    QStringLiteral("@daily"),   QStringLiteral("@midnight"),
                                    QStringLiteral("@hourly")};
    QString ignored;
    if (!why)
        why = &ignored;
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('@'))) {
        if (macros.contains(t))
            return true;
        *why = Tr::tr("\"%1\" is not one of %2").arg(t, macros.join(QStringLiteral(", ")));
        return false;
    }
    const QStringList fields = t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (fields.size() != 5) {
        *why = Tr::tr("it has %n field(s), not 5", nullptr, int(fields.size()));
        return false;
    }
    const std::array<CronField, 5> spec{{
        {"minute", 0, 59, {}},
        {"hour", 0, 23, {}},
        {"day-of-month", 1, 31, {}},
        {"month", 1, 12,
         {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
          QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
          QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")}},
        {"day-of-week", 0, 7,
         {QStringLiteral("sun"), QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
          QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat")}},
    }};
    for (size_t i = 0; i < spec.size(); ++i) {
        if (!checkCronField(fields.at(qsizetype(i)), spec[i], why))
            return false;
    }
    return true;
}

bool isDnsLabel(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    return text.size() <= 63 && re.match(text).hasMatch();
}

bool isDnsSubdomain(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"));
    return text.size() <= 253 && re.match(text).hasMatch();
}

} // namespace lcl::lab::values
