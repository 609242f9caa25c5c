#include "kube/yamltext.h"

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

namespace lcl::kube {
namespace {

constexpr const char* kLastApplied = "kubectl.kubernetes.io/last-applied-configuration";

qsizetype decodedLength(const std::string& base64)
{
    return QByteArray::fromBase64(QByteArray::fromStdString(base64)).size();
}

void maskSecret(nlohmann::json& object)
{
    for (const char* field : {"data", "stringData"}) {
        auto it = object.find(field);
        if (it == object.end() || !it->is_object())
            continue;
        const bool encoded = std::string_view(field) == "data";
        for (auto& [key, value] : it->items()) {
            const std::string text = value.is_string() ? value.get<std::string>() : value.dump();
            const qsizetype bytes = encoded ? decodedLength(text) : qsizetype(text.size());
            value = YamlText::maskFor(bytes).toStdString();
        }
    }
    auto annotations = object.find("metadata");
    if (annotations != object.end() && annotations->contains("annotations")) {
        nlohmann::json& map = (*annotations)["annotations"];
        if (map.is_object() && map.contains(kLastApplied))
            map[kLastApplied] = YamlText::maskFor(qsizetype(map[kLastApplied].dump().size())).toStdString();
    }
}

void write(YAML::Emitter& out, const nlohmann::json& value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::object:
        if (value.empty()) {
            out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
            return;
        }
        out << YAML::BeginMap;
        for (const auto& [key, item] : value.items()) {
            out << YAML::Key << key << YAML::Value;
            write(out, item);
        }
        out << YAML::EndMap;
        return;
    case nlohmann::json::value_t::array:
        if (value.empty()) {
            out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
            return;
        }
        out << YAML::BeginSeq;
        for (const auto& item : value)
            write(out, item);
        out << YAML::EndSeq;
        return;
    case nlohmann::json::value_t::string: {
        const auto& text = value.get_ref<const std::string&>();
        bool numeric = false;
        QString::fromStdString(text).toDouble(&numeric);
        if (text.find('\n') != std::string::npos)
            out << YAML::Literal << text;
        else if (numeric || text.empty())
            out << YAML::DoubleQuoted << text; // "80" stays a string, as kubectl prints it
        else
            out << text;
        return;
    }
    case nlohmann::json::value_t::boolean:
        out << (value.get<bool>() ? "true" : "false");
        return;
    case nlohmann::json::value_t::null:
        out << YAML::Null;
        return;
    default:
        out << value.dump();
        return;
    }
}

} // namespace

QString YamlText::maskFor(qsizetype bytes)
{
    return tr("<hidden: %1 bytes>").arg(bytes);
}

Result<QString> YamlText::fromJson(const QByteArray& json, const Options& options)
{
    nlohmann::json object = nlohmann::json::parse(json.constBegin(), json.constEnd(), nullptr, false);
    if (object.is_discarded() || !object.is_object())
        return Error::make(Error::Kind::Parse, tr("The object could not be shown: the server's answer is not a "
                                                  "JSON object."));
    if (!options.showManagedFields && object.contains("metadata") && object["metadata"].is_object())
        object["metadata"].erase("managedFields");
    if (options.maskSecrets && object.value("kind", std::string()) == "Secret")
        maskSecret(object);
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetSeqFormat(YAML::Block);
    write(out, object);
    if (!out.good())
        return Error::make(Error::Kind::Parse, tr("The object could not be shown as YAML."), {},
                           QString::fromStdString(out.GetLastError()));
    return QString(QString::fromUtf8(out.c_str()) + QLatin1Char('\n'));
}

} // namespace lcl::kube
