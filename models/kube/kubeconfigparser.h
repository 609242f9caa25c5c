#pragma once

#include "core/result.h"
#include "kube/kubeconfigentries.h"

#include <QCoreApplication>
#include <QList>

namespace YAML {
class Node;
}

namespace lcl::kube {

// One kubeconfig file as written, before merging.
struct KubeconfigFile {
    QString path;
    QList<KubeconfigCluster> clusters;
    QList<KubeconfigUser> users;
    QList<KubeconfigContext> contexts;
    QString currentContext;
    QStringList warnings;
};

// Reads one kubeconfig file with yaml-cpp. Structural mistakes (not YAML, wrong types, duplicate names,
// bad base64) fail the whole file, as they do for kubectl; every message names the file, the line and the
// entry. Whether an entry is usable (a server, a key for the certificate, ...) is checked when a context is
// resolved.
class KubeconfigParser final {
    Q_DECLARE_TR_FUNCTIONS(lcl::kube::KubeconfigParser)

public:
    static Result<KubeconfigFile> parse(const QByteArray& text, const QString& path);
    static Result<KubeconfigFile> parseFile(const QString& path);

private:
    explicit KubeconfigParser(const QString& path) : m_path(path) {}

    Result<KubeconfigFile> parseRoot(const YAML::Node& root);
    std::optional<Error> parseCluster(const YAML::Node& item, KubeconfigCluster* out);
    std::optional<Error> parseUser(const YAML::Node& item, KubeconfigUser* out);
    std::optional<Error> parseContext(const YAML::Node& item, KubeconfigContext* out);
    std::optional<Error> parseExec(const YAML::Node& node, const QString& user, ExecPluginConfig* out);

    // Field readers: an Error when the field exists with the wrong type.
    std::optional<Error> readString(const YAML::Node& map, const char* key, const QString& entry, QString* out);
    std::optional<Error> readBool(const YAML::Node& map, const char* key, const QString& entry, bool* out);
    std::optional<Error> readBase64(const YAML::Node& map, const char* key, const QString& entry, QByteArray* out);
    std::optional<Error> readPath(const YAML::Node& map, const char* key, const QString& entry, QString* out);

    Error error(const YAML::Node& at, const QString& what, const QString& hint = {}) const;
    QString absolute(const QString& path) const;

    QString m_path;
};

} // namespace lcl::kube
