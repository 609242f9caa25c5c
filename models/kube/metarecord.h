#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace lcl::kube {

// Labels as a list sorted by key: smaller than a hash for the handful most objects carry.
using Labels = QList<std::pair<QString, QString>>;

// The value of `key`, or a null QString.
QString labelValue(const Labels& labels, QStringView key);
// True when every selector pair is present in `labels` (an equality-based matchLabels selector). An empty
// selector matches nothing, like a Service without a selector.
bool selectorMatches(const Labels& selector, const Labels& labels);
// "app=web,tier=api"
QString formatLabels(const Labels& labels);

struct OwnerRef {
    QString kind;
    QString name;
    QString uid;
    bool controller = false;
};

struct Condition {
    QString type;
    QString status;     // "True", "False", "Unknown"
    QString reason;
    QString message;
    qint64 lastTransition = 0; // epoch seconds, 0 when absent

    bool isTrue() const { return status == QLatin1String("True"); }
};

const Condition* findCondition(const QList<Condition>& conditions, QStringView type);

// The identity and metadata every record carries. Times are epoch seconds; 0 means "not set".
struct ObjectMeta {
    QString ns;
    QString name;
    QString uid;
    QString resourceVersion;
    Labels labels;
    QList<OwnerRef> owners;
    qint64 created = 0;
    qint64 deleted = 0;       // deletionTimestamp: the object is terminating
    qint64 generation = 0;

    // The owner with controller=true, or null.
    const OwnerRef* controller() const;
};

} // namespace lcl::kube
