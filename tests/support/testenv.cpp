#include "support/testenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>

namespace lcl::test {
namespace {

QString envOr(const char* name, const QString& fallback)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? fallback : value;
}

} // namespace

QString sourceDir()
{
    return envOr("LCL_SOURCE_DIR", QDir::currentPath());
}

QString binDir()
{
    return envOr("LCL_BIN_DIR", QCoreApplication::applicationDirPath() + QStringLiteral("/../../bin"));
}

QString artifactsDir()
{
    const QString dir = envOr("LCL_TEST_ARTIFACTS", QDir::tempPath() + QStringLiteral("/lclab-test-artifacts"));
    QDir().mkpath(dir);
    return dir;
}

QString sharedDir()
{
    const QString dir = envOr("LCL_SHARED_DIR", sourceDir() + QStringLiteral("/../shared"));
    return QFileInfo(dir + QStringLiteral("/fixtures/real")).isDir() ? QDir(dir).absolutePath() : QString();
}

QString realFixture(const QString& name)
{
    const QString shared = sharedDir();
    if (shared.isEmpty())
        return {};
    const QString path = shared + QStringLiteral("/fixtures/real/") + name;
    return QFileInfo::exists(path) ? path : QString();
}

quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

QString findProgram(const QString& name)
{
    if (name.startsWith(QLatin1Char('/')))
        return QFileInfo(name).isExecutable() ? name : QString();
    return QStandardPaths::findExecutable(name);
}

ProgramRun runProgram(const QString& program, const QStringList& args, const QStringList& extraEnv, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : extraEnv)
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(program, args);
    ProgramRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace lcl::test
