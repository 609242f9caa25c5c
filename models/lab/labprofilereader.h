#pragma once

// Internal to lcl_lab: the only header that names yaml-cpp types, included by the loader's .cpp files.

#include "lab/profileerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace lcl::lab {

// Walks a profile's YAML tree: checks shapes and converts scalars, collecting every problem with its
// 1-based line and column instead of stopping at the first.
class LabProfileReader final {
    Q_DECLARE_TR_FUNCTIONS(lcl::lab::LabProfile)

public:
    LabProfileReader(QString file, QByteArray source);

    void error(const YAML::Mark& mark, const QString& message);
    void warning(const YAML::Mark& mark, const QString& message);
    const ProfileErrors& findings() const { return m_findings; }
    int errorCount() const { return m_errors; }
    const QString& file() const { return m_file; }
    std::string sourceText() const { return m_source.toStdString(); }

    // The position of a substring of a scalar's value in the source (for a placeholder inside a template).
    YAML::Mark markInScalar(const YAML::Node& scalar, qsizetype offset) const;

    // A mapping whose keys are all in `keys` (unknown and duplicate keys are reported) and that has every
    // key in `required`. `what` names the node in messages. False when the node is not a mapping.
    bool map(const YAML::Node& node, const QString& what, const QStringList& keys, const QStringList& required = {});
    // A sequence; a missing (undefined or null) node counts as empty and is fine.
    bool sequence(const YAML::Node& node, const QString& what);

    // Scalars of `map[key]`; a missing key gives nullopt without an error (required keys are map()'s job).
    std::optional<QString> string(const YAML::Node& map, const char* key);
    std::optional<QString> name(const YAML::Node& map, const char* key, bool subdomain = false);
    std::optional<int> integer(const YAML::Node& map, const char* key, int min, int max);
    std::optional<double> number(const YAML::Node& map, const char* key, double min, double max);
    std::optional<bool> boolean(const YAML::Node& map, const char* key);
    std::optional<double> latencyMs(const YAML::Node& map, const char* key);
    std::optional<QString> promDuration(const YAML::Node& map, const char* key);
    std::optional<QString> oneOf(const YAML::Node& map, const char* key, const QStringList& allowed);
    QStringList strings(const YAML::Node& map, const char* key);
    QMap<QString, QString> stringMap(const YAML::Node& map, const char* key);

    static QString text(const YAML::Node& scalar);
    static YAML::Mark markOf(const YAML::Node& node, const YAML::Mark& fallback = YAML::Mark());
    // " a mapping" / "a sequence" / "null", for "must be X, not Y" messages.
    static QString shapeName(const YAML::Node& node);

private:
    // The scalar at map[key], or an undefined node after reporting that it is not a scalar.
    YAML::Node scalar(const YAML::Node& map, const char* key, const QString& expected);
    void add(ProfileError::Severity severity, const YAML::Mark& mark, const QString& message);

    QString m_file;
    QByteArray m_source;
    ProfileErrors m_findings;
    int m_errors = 0;
};

} // namespace lcl::lab
