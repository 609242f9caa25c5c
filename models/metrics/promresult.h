#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cmath>

namespace lcl::metrics {

// One Prometheus sample. Prometheus sends values as strings; "NaN", "+Inf" and "-Inf" survive decoding as
// NaN and ±infinity and are never turned into 0.
struct PromSample {
    Q_DECLARE_TR_FUNCTIONS(lcl::metrics::PromSample)

public:
    double time = 0;  // unix seconds
    double value = std::nan("");
    QString text;     // the value as Prometheus wrote it

    bool isFinite() const { return std::isfinite(value); }
    bool isNaN() const { return std::isnan(value); }
    // The number, or a translated "undefined" for NaN (0/0: no traffic) and ±Inf (a quantile beyond the last
    // bucket): a missing value is never shown as zero.
    QString display(int precision = 3) const;
};

using PromLabels = QMap<QString, QString>;

struct PromSeries {
    PromLabels metric;          // includes __name__ when the query returns raw series
    QList<PromSample> samples;  // vector: exactly one; matrix: in time order
};

// The data of a successful /api/v1/query or /api/v1/query_range answer.
struct PromQueryResult {
    enum class Type { Vector, Matrix, Scalar, String };

    Type type = Type::Vector;
    QList<PromSeries> series;  // vector and matrix
    PromSample scalar;         // scalar; for string results `text` holds the string
    QStringList warnings;
    QStringList infos;

    bool isEmpty() const { return type == Type::Vector || type == Type::Matrix ? series.isEmpty() : false; }
    static QString typeName(Type type);
};

// One entry of /api/v1/metadata.
struct PromMetricMetadata {
    QString type; // counter, gauge, histogram, summary, unknown
    QString help;
    QString unit;
};

} // namespace lcl::metrics

Q_DECLARE_METATYPE(lcl::metrics::PromQueryResult)
