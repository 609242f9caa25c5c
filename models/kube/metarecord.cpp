#include "kube/metarecord.h"

#include <algorithm>

namespace lcl::kube {

QString labelValue(const Labels& labels, QStringView key)
{
    const auto it = std::lower_bound(labels.begin(), labels.end(), key,
                                     [](const auto& pair, QStringView k) { return QStringView(pair.first) < k; });
    return it != labels.end() && it->first == key ? it->second : QString();
}

bool selectorMatches(const Labels& selector, const Labels& labels)
{
    if (selector.isEmpty())
        return false;
    for (const auto& [key, value] : selector) {
        const QString actual = labelValue(labels, key);
        if (actual.isNull() || actual != value)
            return false;
    }
    return true;
}

QString formatLabels(const Labels& labels)
{
    QString text;
    for (const auto& [key, value] : labels) {
        if (!text.isEmpty())
            text += QLatin1Char(',');
        text += key + QLatin1Char('=') + value;
    }
    return text;
}

const Condition* findCondition(const QList<Condition>& conditions, QStringView type)
{
    for (const Condition& c : conditions) {
        if (c.type == type)
            return &c;
    }
    return nullptr;
}

const OwnerRef* ObjectMeta::controller() const
{
    for (const OwnerRef& o : owners) {
        if (o.controller)
            return &o;
    }
    return nullptr;
}

} // namespace lcl::kube
