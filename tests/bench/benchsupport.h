#pragma once

// What the benchmarks share: CPU clocks, resident memory, and starting `lclab-sim --scale N` and waiting for
// its ready line.

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QTemporaryDir>

#include <ctime>

namespace lcl::bench {

// CPU time of this thread (user + system): the cost without other processes competing for the cores.
inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// CPU time of the whole process (all threads).
inline double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// VmRSS of this process in KiB, -1 when /proc does not say.
inline long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

// Starts `simPath --scale pods` on a free port with its state in `state`; the kubeconfig path once it is
// ready, or an empty string with `*error` set.
inline QString startScaledSim(QProcess& sim, const QTemporaryDir& state, const QString& simPath, int pods,
                              QString* error)
{
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start(simPath, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--state-dir"), state.path(),
                        QStringLiteral("--scale"), QString::number(pods)});
    if (!sim.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start the simulator: %1").arg(simPath);
        return {};
    }
    QByteArray ready;
    while (!ready.contains('\n') && sim.waitForReadyRead(120000))
        ready += sim.readAllStandardOutput();
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("kubeconfig=(\\S+)")).match(QString::fromUtf8(ready));
    if (!match.hasMatch()) {
        *error = QStringLiteral("the simulator did not become ready: %1").arg(QString::fromUtf8(ready));
        return {};
    }
    return match.captured(1);
}

} // namespace lcl::bench
