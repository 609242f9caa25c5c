#pragma once

#include <QString>

#include <optional>

namespace lcl::lab::values {

// Parsers for the scalar formats a lab profile uses. Each returns nullopt (and, where given, a translated
// reason in `why`) when the text is not in its format.

// Kubernetes CPU quantity ("200m", "0.5", "2") in cores.
std::optional<double> parseCpu(const QString& text);
// Kubernetes memory/storage quantity ("256Mi", "1Gi", "500M", "1024") in bytes.
std::optional<double> parseBytes(const QString& text);
// A latency: one number and one unit ("35ms", "0.5s", "2m"), in milliseconds.
std::optional<double> parseLatencyMs(const QString& text);
// A PromQL range duration ("5m", "1h30m", "30s", "250ms").
bool isPromDuration(const QString& text);
// A Kubernetes CronJob schedule: five fields or a macro (@daily, ...).
bool isCronSchedule(const QString& text, QString* why);
// DNS-1123 label (namespaces, Service names, ids) and subdomain (other object names).
bool isDnsLabel(const QString& text);
bool isDnsSubdomain(const QString& text);

} // namespace lcl::lab::values
