#pragma once

// Internal to lcl_lab: builds LabProfile::Data from a YAML tree, section by section, through the reader.

#include "lab/labprofiledata.h"
#include "lab/labprofilereader.h"

#include <QHash>
#include <QSet>

namespace lcl::lab {

class LabProfileParser final {
    Q_DECLARE_TR_FUNCTIONS(lcl::lab::LabProfile)

public:
    LabProfileParser(const QString& file, const QByteArray& source);

    // Parses and validates; the findings (errors and warnings) are in reader().findings().
    std::shared_ptr<LabProfile::Data> parse();
    static LabProfile make(std::shared_ptr<const LabProfile::Data> data) { return LabProfile(std::move(data)); }
    LabProfileReader& reader() { return m_reader; }

private:
    // The defaults a service kind inherits.
    struct KindDefaults {
        QMap<QString, QString> signalQueries;
        SloSpec slo;
        Thresholds thresholds;
        std::optional<QStringList> runbooks;
    };

    void parseRoot(const YAML::Node& root);
    void parseMetadata(const YAML::Node& node);
    void parseNamespaces(const YAML::Node& node);
    void parseDefaults(const YAML::Node& node);
    KindDefaults parseKindDefaults(const YAML::Node& node, const QString& what);
    QMap<QString, QString> parseSignals(const YAML::Node& node, const QStringList& placeholders);
    SloSpec parseSlo(const YAML::Node& node);
    Thresholds parseThresholds(const YAML::Node& node);
    QStringList parseRunbooks(const YAML::Node& map);

    void parseServices(const YAML::Node& node);
    void parseService(const YAML::Node& node);
    std::optional<WorkloadSpec> parseWorkload(const YAML::Node& node, const ServiceSpec& service);
    QList<VariantSpec> parseVariants(const YAML::Node& node, const ServiceSpec& service);
    QList<KubeServiceSpec> parseKubeServices(const YAML::Node& node, const ServiceSpec& service);
    std::optional<HpaSpec> parseHpa(const YAML::Node& node);
    std::optional<TrafficSpec> parseTraffic(const YAML::Node& node);
    std::optional<StorageSpec> parseStorage(const YAML::Node& node);
    ResourceAmounts parseAmounts(const YAML::Node& node, const QString& what);
    void applyKindDefaults(ServiceSpec& service, const YAML::Node& node);

    void parseGateways(const YAML::Node& node);
    void parseRoutes(const YAML::Node& node);
    void parseEdges(const YAML::Node& node);
    void parseAlerts(const YAML::Node& node);
    void parseBackups(const YAML::Node& node);
    void parseSecrets(const YAML::Node& node);

    // Reports `value` at `node` when it names no service; true when it does.
    bool checkServiceRef(const YAML::Node& node, const QString& value, const QString& what);
    void checkNamespace(const YAML::Node& map, const QString& ns);
    // Reports a name already taken in `seen` (keyed by e.g. "ns/name").
    bool checkUnique(QHash<QString, int>& seen, const QString& key, const YAML::Node& node, const QString& what);

    LabProfileReader m_reader;
    std::shared_ptr<LabProfile::Data> m_data;
    QHash<QString, KindDefaults> m_kindDefaults; // "default", "api", ...
    QHash<QString, QMap<QString, QString>> m_edgeSignals; // "default", "http", ...
    QSet<QString> m_namespaces;
    bool m_namespacesListed = false;
};

} // namespace lcl::lab
