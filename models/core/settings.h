#pragma once

#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace lcl {

// Typed settings over QSettings with a schema version and migration. One instance lives on the GUI thread;
// values other threads need are read here and passed in.
class Settings final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    static constexpr int CurrentVersion = 2;

    // The application's settings (organisation "LocalCloudLab", application "lclab-console").
    explicit Settings(QObject* parent = nullptr);
    // Settings in an explicit INI file, for tests and portable installs.
    explicit Settings(const QString& iniFile, QObject* parent = nullptr);
    ~Settings() override;

    int version() const;

    QString kubeconfigPath() const;
    void setKubeconfigPath(const QString& path);

    QString lastContext() const;
    void setLastContext(const QString& context);

    QString lastNamespace() const;
    void setLastNamespace(const QString& ns);

    QString prometheusUrl() const;
    void setPrometheusUrl(const QString& url);

    QString alertmanagerUrl() const;
    void setAlertmanagerUrl(const QString& url);

    int refreshIntervalMs() const;
    void setRefreshIntervalMs(int ms);

    int logBufferLines() const;
    void setLogBufferLines(int lines);

    QString language() const; // empty: the system's
    void setLanguage(const QString& language);

    QString lastView() const;
    void setLastView(const QString& view);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    bool firstRunDone() const;
    void setFirstRunDone(bool done);

    void sync();

Q_SIGNALS:
    void connectionChanged(); // kubeconfig, context, Prometheus or Alertmanager URL
    void refreshIntervalChanged(int ms);
    void logBufferLinesChanged(int lines);
    void languageChanged(const QString& language);

private:
    void migrate();
    template <typename T>
    bool store(const QString& key, const T& value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace lcl
