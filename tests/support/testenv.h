#pragma once

#include <QString>
#include <QTest>

namespace lcl::test {

// Folders the CTest environment names (tests/CMakeLists.txt); each falls back to something sensible when a
// test is run by hand.
QString sourceDir();    // the project's source tree
QString binDir();       // where lclab-console and lclab-sim are built
QString artifactsDir(); // screenshots and other files a reviewer looks at
QString sharedDir();    // ../shared beside the checkout; empty when it is not there

// fixtures/real/<name> from the shared folder, empty when the shared folder is missing.
QString realFixture(const QString& name);

// A free TCP port on 127.0.0.1 (bound and released; good enough for starting a child process on it).
quint16 freeLoopbackPort();

// The path of an executable on PATH or in a fixed location, empty when it is not installed.
QString findProgram(const QString& name);

// One finished run of a program: exit code (-1 timed out and killed, -2 crashed) and its output.
struct ProgramRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `program` to its end with the environment plus `extraEnv` ("NAME=value" entries).
ProgramRun runProgram(const QString& program, const QStringList& args, const QStringList& extraEnv = {},
                      int timeoutMs = 30000);

} // namespace lcl::test

// Skips the current test with a reason naming what is missing when the shared fixtures are not present.
#define LCL_REQUIRE_SHARED_FIXTURE(var, name)                                                                    \
    const QString var = lcl::test::realFixture(QStringLiteral(name));                                            \
    if (var.isEmpty())                                                                                           \
        QSKIP("../shared/fixtures/real/" name " is not present (the shared folder is missing); "                 \
              "this test reads objects captured from real servers from there");

// Skips when a program the test needs is not installed, naming the Debian package that provides it.
#define LCL_REQUIRE_PROGRAM(var, program, package)                                                               \
    const QString var = lcl::test::findProgram(QStringLiteral(program));                                         \
    if (var.isEmpty())                                                                                           \
        QSKIP(program " is not installed (Debian package " package ")");
