#pragma once

#include "core/error.h"

#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace lcl::lab {

// Where the running demo lab can be reached.
struct DemoLabEndpoints {
    QString kubeconfigPath;
    QString apiServerUrl;
    QString metricsUrl;      // the simulator's plain-HTTP /metrics, empty when it has none
    QString prometheusUrl;   // empty when Prometheus is not installed
    QString alertmanagerUrl; // empty when Alertmanager is not installed
    QStringList notes;       // translated: what is missing and how to install it
};

// The built-in demo lab: lclab-sim, and when installed a real Prometheus (scraping the simulator, with the
// shipped alert rules) and Alertmanager, as child processes on free loopback ports with their configuration in
// a private temporary directory. Children die with the console, also when it is killed (PR_SET_PDEATHSIG).
class DemoLab final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoLab)

public:
    struct Options {
        QString simulatorPath;   // lclab-sim; empty: next to the running executable, then PATH
        QString profilePath;     // empty: the simulator's built-in profile
        QString prometheusPath;  // empty: looked up on PATH ("prometheus")
        QString alertmanagerPath; // empty: looked up on PATH ("prometheus-alertmanager", "alertmanager")
        QString alertRulesFile;  // empty: the shipped rules (Qt resource), when present
        // Prometheus' global external_labels (added to what it sends to Alertmanager, as many real installs do).
        QMap<QString, QString> externalLabels;
        quint64 seed = 1;
        int startTimeoutMs = 20000;
    };

    explicit DemoLab(Options options, QObject* parent = nullptr);
    ~DemoLab() override; // stops every child

    // Starts the children; ready() or failed() follows, progress() tells each step in words.
    void start();
    void stop();
    bool isRunning() const;
    const DemoLabEndpoints& endpoints() const { return m_endpoints; }
    QList<qint64> childProcessIds() const;

    // Blocks in a local event loop until ready or failed (for --report); false with `error` set on failure.
    bool startAndWait(Error* error);

Q_SIGNALS:
    void progress(const QString& step);
    void ready(const lcl::lab::DemoLabEndpoints& endpoints);
    void failed(const lcl::Error& error);

private:
    void onSimulatorOutput();
    void startMonitoring();
    bool startPrometheus(QString* note);
    bool startAlertmanager(QString* note);
    QProcess* spawn(const QString& program, const QStringList& args, const QString& logName);
    void fail(const Error& error);

    Options m_options;
    DemoLabEndpoints m_endpoints;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess* m_simulator = nullptr;
    QProcess* m_prometheus = nullptr;
    QProcess* m_alertmanager = nullptr;
    QByteArray m_simulatorOutput;
    bool m_ready = false;
};

} // namespace lcl::lab
