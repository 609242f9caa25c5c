#include "core/settings.h"

#include <algorithm>

namespace lcl {
namespace {
const QString kVersion = QStringLiteral("version");
const QString kKubeconfig = QStringLiteral("connection/kubeconfig");
const QString kContext = QStringLiteral("connection/context");
const QString kNamespace = QStringLiteral("connection/namespace");
const QString kPrometheus = QStringLiteral("connection/prometheusUrl");
const QString kAlertmanager = QStringLiteral("connection/alertmanagerUrl");
const QString kRefresh = QStringLiteral("metrics/refreshIntervalMs");
const QString kLogLines = QStringLiteral("logs/bufferLines");
const QString kLanguage = QStringLiteral("ui/language");
const QString kLastView = QStringLiteral("ui/lastView");
const QString kGeometry = QStringLiteral("ui/geometry");
const QString kFirstRun = QStringLiteral("ui/firstRunDone");

constexpr int kDefaultRefreshMs = 5000;
constexpr int kDefaultLogLines = 50000;
} // namespace

Settings::Settings(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(QStringLiteral("LocalCloudLab"), QStringLiteral("lclab-console")))
{
    migrate();
}

Settings::Settings(const QString& iniFile, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    migrate();
}

Settings::~Settings() = default;

// Version 1 kept the Prometheus URL under "prometheus/url" and the refresh interval in seconds.
void Settings::migrate()
{
    int from = m_settings->value(kVersion, 0).toInt();
    if (from == 0 && m_settings->allKeys().isEmpty())
        from = CurrentVersion; // a fresh store has nothing to migrate
    if (from < 2) {
        if (m_settings->contains(QStringLiteral("prometheus/url"))) {
            m_settings->setValue(kPrometheus, m_settings->value(QStringLiteral("prometheus/url")));
            m_settings->remove(QStringLiteral("prometheus/url"));
        }
        if (m_settings->contains(QStringLiteral("metrics/refreshSeconds"))) {
            m_settings->setValue(kRefresh, m_settings->value(QStringLiteral("metrics/refreshSeconds")).toInt() * 1000);
            m_settings->remove(QStringLiteral("metrics/refreshSeconds"));
        }
    }
    m_settings->setValue(kVersion, CurrentVersion);
}

template <typename T>
bool Settings::store(const QString& key, const T& value)
{
    const QVariant next = QVariant::fromValue(value);
    if (m_settings->value(key) == next)
        return false;
    m_settings->setValue(key, next);
    return true;
}

int Settings::version() const { return m_settings->value(kVersion).toInt(); }

QString Settings::kubeconfigPath() const { return m_settings->value(kKubeconfig).toString(); }
void Settings::setKubeconfigPath(const QString& path)
{
    if (store(kKubeconfig, path))
        Q_EMIT connectionChanged();
}

QString Settings::lastContext() const { return m_settings->value(kContext).toString(); }
void Settings::setLastContext(const QString& context)
{
    if (store(kContext, context))
        Q_EMIT connectionChanged();
}

QString Settings::lastNamespace() const { return m_settings->value(kNamespace).toString(); }
void Settings::setLastNamespace(const QString& ns) { store(kNamespace, ns); }

QString Settings::prometheusUrl() const { return m_settings->value(kPrometheus).toString(); }
void Settings::setPrometheusUrl(const QString& url)
{
    if (store(kPrometheus, url))
        Q_EMIT connectionChanged();
}

QString Settings::alertmanagerUrl() const { return m_settings->value(kAlertmanager).toString(); }
void Settings::setAlertmanagerUrl(const QString& url)
{
    if (store(kAlertmanager, url))
        Q_EMIT connectionChanged();
}

int Settings::refreshIntervalMs() const { return m_settings->value(kRefresh, kDefaultRefreshMs).toInt(); }
void Settings::setRefreshIntervalMs(int ms)
{
    ms = std::clamp(ms, 1000, 600000);
    if (store(kRefresh, ms))
        Q_EMIT refreshIntervalChanged(ms);
}

int Settings::logBufferLines() const { return m_settings->value(kLogLines, kDefaultLogLines).toInt(); }
void Settings::setLogBufferLines(int lines)
{
    lines = std::clamp(lines, 1000, 1000000);
    if (store(kLogLines, lines))
        Q_EMIT logBufferLinesChanged(lines);
}

QString Settings::language() const { return m_settings->value(kLanguage).toString(); }
void Settings::setLanguage(const QString& language)
{
    if (store(kLanguage, language))
        Q_EMIT languageChanged(language);
}

QString Settings::lastView() const { return m_settings->value(kLastView).toString(); }
void Settings::setLastView(const QString& view) { store(kLastView, view); }

QByteArray Settings::windowGeometry() const { return m_settings->value(kGeometry).toByteArray(); }
void Settings::setWindowGeometry(const QByteArray& geometry) { store(kGeometry, geometry); }

bool Settings::firstRunDone() const { return m_settings->value(kFirstRun, false).toBool(); }
void Settings::setFirstRunDone(bool done) { store(kFirstRun, done); }

void Settings::sync() { m_settings->sync(); }

} // namespace lcl
