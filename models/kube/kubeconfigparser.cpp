#include "kube/kubeconfigparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <functional>

namespace lcl::kube {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

// map[key] without yaml-cpp's pitfall: a missing key gives a "zombie" node that throws on most calls.
YAML::Node at(const YAML::Node& map, const char* key)
{
    if (!map.IsDefined() || !map.IsMap())
        return YAML::Node();
    const YAML::Node n = map[key];
    return n.IsDefined() ? n : YAML::Node();
}

QJsonValue toJson(const YAML::Node& node)
{
    if (node.IsMap()) {
        QJsonObject object;
        for (const auto& kv : node)
            object.insert(qs(kv.first.Scalar()), toJson(kv.second));
        return object;
    }
    if (node.IsSequence()) {
        QJsonArray array;
        for (const auto& item : node)
            array.append(toJson(item));
        return array;
    }
    if (!node.IsScalar())
        return QJsonValue::Null;
    const QString text = qs(node.Scalar());
    if (node.Tag() != "!") { // plain scalars may be booleans or numbers; quoted ones stay strings
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            return text == QLatin1String("true");
        bool isNumber = false;
        const double number = text.toDouble(&isNumber);
        if (isNumber)
            return number;
    }
    return text;
}

} // namespace

Result<KubeconfigFile> KubeconfigParser::parseFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Config, tr("Could not read the kubeconfig %1: %2").arg(path, file.errorString()),
                           tr("Check that the file exists and that you may read it."));
    return parse(file.readAll(), QFileInfo(path).absoluteFilePath());
}

Result<KubeconfigFile> KubeconfigParser::parse(const QByteArray& text, const QString& path)
{
    KubeconfigParser parser(path);
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception& e) {
        return Error::make(Error::Kind::Config,
                           tr("%1, line %2, column %3: not valid YAML: %4")
                               .arg(path)
                               .arg(e.mark.line + 1)
                               .arg(e.mark.column + 1)
                               .arg(qs(e.msg)),
                           tr("Fix the YAML syntax (indentation with spaces, no tabs) or point KUBECONFIG at "
                              "another file."));
    }
    try {
        return parser.parseRoot(root);
    } catch (const YAML::Exception& e) {
        return Error::make(Error::Kind::Config, tr("%1: unreadable kubeconfig: %2").arg(path, qs(e.msg)));
    }
}

Error KubeconfigParser::error(const YAML::Node& at, const QString& what, const QString& hint) const
{
    const YAML::Mark mark = at.Mark();
    const QString where = mark.is_null() ? m_path : tr("%1, line %2").arg(m_path).arg(mark.line + 1);
    return Error::make(Error::Kind::Config, where + QStringLiteral(": ") + what,
                       hint.isEmpty() ? tr("Fix the kubeconfig, or choose another file with --kubeconfig.") : hint);
}

QString KubeconfigParser::absolute(const QString& path) const
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return QDir::cleanPath(QFileInfo(m_path).absoluteDir().filePath(path));
}

Result<KubeconfigFile> KubeconfigParser::parseRoot(const YAML::Node& root)
{
    KubeconfigFile file;
    file.path = m_path;
    if (!root.IsDefined() || root.IsNull())
        return file; // an empty file is an empty config, as for kubectl
    if (!root.IsMap())
        return error(root, tr("this is not a kubeconfig: the top level must be a map with apiVersion, kind, "
                              "clusters, users and contexts"));
    QString apiVersion;
    QString kind;
    if (auto e = readString(root, "apiVersion", tr("the file"), &apiVersion))
        return *e;
    if (auto e = readString(root, "kind", tr("the file"), &kind))
        return *e;
    if (!apiVersion.isEmpty() && apiVersion != QLatin1String("v1"))
        return error(at(root, "apiVersion"), tr("apiVersion is \"%1\"; a kubeconfig has apiVersion v1").arg(apiVersion));
    if (!kind.isEmpty() && kind != QLatin1String("Config"))
        return error(at(root, "kind"), tr("kind is \"%1\"; a kubeconfig has kind Config").arg(kind));
    if (auto e = readString(root, "current-context", tr("the file"), &file.currentContext))
        return *e;

    struct Section {
        const char* key;
        std::function<std::optional<Error>(const YAML::Node&)> parseItem;
    };
    const Section sections[] = {
        {"clusters", [&](const YAML::Node& n) {
             KubeconfigCluster c;
             auto e = parseCluster(n, &c);
             file.clusters.append(c);
             return e;
         }},
        {"users", [&](const YAML::Node& n) {
             KubeconfigUser u;
             auto e = parseUser(n, &u);
             file.users.append(u);
             return e;
         }},
        {"contexts", [&](const YAML::Node& n) {
             KubeconfigContext c;
             auto e = parseContext(n, &c);
             file.contexts.append(c);
             return e;
         }},
    };
    for (const auto& section : sections) {
        const YAML::Node list = at(root, section.key);
        if (!list.IsDefined() || list.IsNull())
            continue;
        if (!list.IsSequence())
            return error(list, tr("%1 must be a list of entries, each with a name").arg(QLatin1String(section.key)));
        QSet<QString> seen;
        for (const auto& item : list) {
            if (!item.IsMap())
                return error(item, tr("every entry of %1 must be a map with a name").arg(QLatin1String(section.key)));
            QString name;
            if (auto e = readString(item, "name", tr("an entry of %1").arg(QLatin1String(section.key)), &name))
                return *e;
            if (name.isEmpty())
                return error(item, tr("an entry of %1 has no name").arg(QLatin1String(section.key)));
            if (seen.contains(name))
                return error(item, tr("%1 has two entries named \"%2\"").arg(QLatin1String(section.key), name),
                             tr("Names must be unique within one file; rename or remove one of them."));
            seen.insert(name);
            if (auto e = section.parseItem(item))
                return *e;
        }
    }
    return file;
}

std::optional<Error> KubeconfigParser::parseCluster(const YAML::Node& item, KubeconfigCluster* out)
{
    out->name = qs(at(item, "name").Scalar());
    out->origin = {m_path, item.Mark().is_null() ? 0 : item.Mark().line + 1};
    const QString entry = tr("cluster \"%1\"").arg(out->name);
    const YAML::Node c = at(item, "cluster");
    if (!c.IsMap())
        return error(item, tr("%1 has no cluster section (server, certificate-authority-data, ...)").arg(entry));
    if (auto e = readString(c, "server", entry, &out->server))
        return e;
    if (auto e = readBase64(c, "certificate-authority-data", entry, &out->caData))
        return e;
    if (auto e = readPath(c, "certificate-authority", entry, &out->caFile))
        return e;
    if (auto e = readString(c, "tls-server-name", entry, &out->tlsServerName))
        return e;
    if (auto e = readBool(c, "insecure-skip-tls-verify", entry, &out->insecureSkipVerify))
        return e;
    if (auto e = readString(c, "proxy-url", entry, &out->proxyUrl))
        return e;
    const YAML::Node extensions = at(c, "extensions");
    if (extensions.IsSequence()) {
        for (const auto& ext : extensions) {
            if (ext.IsMap() && at(ext, "name").IsScalar() && at(ext, "name").Scalar() == "client.authentication.k8s.io/exec")
                out->execExtension = QJsonDocument(toJson(at(ext, "extension")).toObject()).toJson(QJsonDocument::Compact);
        }
    }
    return std::nullopt;
}

std::optional<Error> KubeconfigParser::parseUser(const YAML::Node& item, KubeconfigUser* out)
{
    out->name = qs(at(item, "name").Scalar());
    out->origin = {m_path, item.Mark().is_null() ? 0 : item.Mark().line + 1};
    const QString entry = tr("user \"%1\"").arg(out->name);
    const YAML::Node u = at(item, "user");
    if (u.IsNull() || !u.IsDefined())
        return std::nullopt; // a user without credentials: anonymous
    if (!u.IsMap())
        return error(item, tr("%1: the user section must be a map (token, client-certificate-data, exec, ...)")
                               .arg(entry));
    if (auto e = readString(u, "token", entry, &out->token))
        return e;
    if (auto e = readPath(u, "tokenFile", entry, &out->tokenFile))
        return e;
    if (auto e = readBase64(u, "client-certificate-data", entry, &out->clientCertData))
        return e;
    if (auto e = readPath(u, "client-certificate", entry, &out->clientCertFile))
        return e;
    if (auto e = readBase64(u, "client-key-data", entry, &out->clientKeyData))
        return e;
    if (auto e = readPath(u, "client-key", entry, &out->clientKeyFile))
        return e;
    if (auto e = readString(u, "username", entry, &out->username))
        return e;
    if (auto e = readString(u, "password", entry, &out->password))
        return e;
    const YAML::Node provider = at(u, "auth-provider");
    if (provider.IsMap())
        out->authProvider = at(provider, "name").IsScalar() ? qs(at(provider, "name").Scalar()) : QStringLiteral("?");
    const YAML::Node exec = at(u, "exec");
    if (exec.IsDefined() && !exec.IsNull()) {
        ExecPluginConfig config;
        if (auto e = parseExec(exec, entry, &config))
            return e;
        out->exec = config;
    }
    return std::nullopt;
}

std::optional<Error> KubeconfigParser::parseExec(const YAML::Node& node, const QString& user, ExecPluginConfig* out)
{
    const QString entry = tr("%1 exec").arg(user);
    if (!node.IsMap())
        return error(node, tr("%1 must be a map with apiVersion and command").arg(entry));
    out->baseDir = QFileInfo(m_path).absolutePath();
    for (auto [key, field] : {std::pair{"apiVersion", &out->apiVersion}, std::pair{"command", &out->command},
                              std::pair{"interactiveMode", &out->interactiveMode},
                              std::pair{"installHint", &out->installHint}}) {
        if (auto e = readString(node, key, entry, field))
            return e;
    }
    if (auto e = readBool(node, "provideClusterInfo", entry, &out->provideClusterInfo))
        return e;
    const YAML::Node args = at(node, "args");
    if (args.IsDefined() && !args.IsNull()) {
        if (!args.IsSequence())
            return error(args, tr("%1: args must be a list of strings").arg(entry));
        for (const auto& a : args) {
            if (!a.IsScalar())
                return error(a, tr("%1: args must be a list of strings").arg(entry));
            out->args.append(qs(a.Scalar()));
        }
    }
    const YAML::Node env = at(node, "env");
    if (env.IsDefined() && !env.IsNull()) {
        if (!env.IsSequence())
            return error(env, tr("%1: env must be a list of {name, value}").arg(entry));
        for (const auto& v : env) {
            if (!v.IsMap() || !at(v, "name").IsScalar() || at(v, "name").Scalar().empty())
                return error(v, tr("%1: every env entry needs a name and a value").arg(entry));
            out->env.append({qs(at(v, "name").Scalar()), at(v, "value").IsScalar() ? qs(at(v, "value").Scalar()) : QString()});
        }
    }
    return std::nullopt;
}

std::optional<Error> KubeconfigParser::parseContext(const YAML::Node& item, KubeconfigContext* out)
{
    out->name = qs(at(item, "name").Scalar());
    out->origin = {m_path, item.Mark().is_null() ? 0 : item.Mark().line + 1};
    const QString entry = tr("context \"%1\"").arg(out->name);
    const YAML::Node c = at(item, "context");
    if (!c.IsMap())
        return error(item, tr("%1 has no context section (cluster, user, namespace)").arg(entry));
    if (auto e = readString(c, "cluster", entry, &out->cluster))
        return e;
    if (auto e = readString(c, "user", entry, &out->user))
        return e;
    if (auto e = readString(c, "namespace", entry, &out->nameSpace))
        return e;
    return std::nullopt;
}

std::optional<Error> KubeconfigParser::readString(const YAML::Node& map, const char* key, const QString& entry,
                                                  QString* out)
{
    const YAML::Node n = at(map, key);
    if (!n.IsDefined() || n.IsNull())
        return std::nullopt;
    if (!n.IsScalar())
        return error(n, tr("%1: %2 must be a text value").arg(entry, QLatin1String(key)));
    *out = qs(n.Scalar());
    return std::nullopt;
}

std::optional<Error> KubeconfigParser::readBool(const YAML::Node& map, const char* key, const QString& entry,
                                                bool* out)
{
    const YAML::Node n = at(map, key);
    if (!n.IsDefined() || n.IsNull())
        return std::nullopt;
    bool value = false;
    if (!n.IsScalar() || !YAML::convert<bool>::decode(n, value))
        return error(n, tr("%1: %2 must be true or false").arg(entry, QLatin1String(key)));
    *out = value;
    return std::nullopt;
}

std::optional<Error> KubeconfigParser::readBase64(const YAML::Node& map, const char* key, const QString& entry,
                                                  QByteArray* out)
{
    QString text;
    if (auto e = readString(map, key, entry, &text))
        return e;
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return error(at(map, key), tr("%1: %2 is not valid base64").arg(entry, QLatin1String(key)),
                     tr("*-data fields hold the PEM file encoded with base64 (base64 -w0 file.pem)."));
    *out = decoded.decoded;
    return std::nullopt;
}

std::optional<Error> KubeconfigParser::readPath(const YAML::Node& map, const char* key, const QString& entry,
                                                QString* out)
{
    if (auto e = readString(map, key, entry, out))
        return e;
    *out = absolute(*out);
    return std::nullopt;
}

} // namespace lcl::kube
