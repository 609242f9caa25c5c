#include "kube/execplugincredential.h"
#include "kube/execpluginoutput.h"
#include "kube/kubeconfig.h"
#include "net/httpclient.h"
#include "support/testenv.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace lcl;
using namespace lcl::kube;

// Exec credential plugins, run for real: tests/kube/plugins/exec-credential.sh prints ExecCredentials (or
// fails, hangs, prints garbage) and counts its runs in a file.
class TestExecPlugin final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_script;

    QString countFile() const { return m_dir.filePath(QStringLiteral("count")); }
    QString seenFile() const { return m_dir.filePath(QStringLiteral("seen")); }

    int runs() const
    {
        QFile f(countFile());
        return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('\n')) : 0;
    }

    ExecPluginConfig config(const QString& mode, const QString& apiVersion = QStringLiteral("client.authentication.k8s.io/v1")) const
    {
        ExecPluginConfig c;
        c.apiVersion = apiVersion;
        c.command = m_script;
        c.args = {mode};
        c.interactiveMode = QStringLiteral("Never");
        c.env = {{QStringLiteral("LCL_PLUGIN_COUNT"), countFile()},
                 {QStringLiteral("LCL_PLUGIN_SEEN"), seenFile()},
                 {QStringLiteral("LCL_PLUGIN_VERSION"), apiVersion}};
        return c;
    }

    static QString text(const Error& e) { return e.message + QLatin1Char('|') + e.hint + QLatin1Char('|') + e.detail; }

private Q_SLOTS:
    void initTestCase()
    {
        m_script = test::sourceDir() + QStringLiteral("/tests/kube/plugins/exec-credential.sh");
        QVERIFY2(QFileInfo(m_script).isExecutable(), qPrintable(m_script));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QFile::remove(countFile());
        QFile::remove(seenFile());
    }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("mustSay");
        const QByteArray head = R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential",)";
        QTest::newRow("token") << head + R"("status":{"token":"abc"}})" << true << QString();
        QTest::newRow("token with expiry") << head + R"("status":{"token":"abc","expirationTimestamp":"2030-01-02T03:04:05Z"}})"
                                           << true << QString();
        QTest::newRow("certificate and key") << head + R"("status":{"clientCertificateData":"C","clientKeyData":"K"}})"
                                             << true << QString();
        QTest::newRow("not JSON") << QByteArray("Please log in:") << false << QStringLiteral("not JSON");
        QTest::newRow("empty output") << QByteArray() << false << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[]") << false << QStringLiteral("not a JSON object");
        QTest::newRow("wrong kind") << QByteArray(R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"Pod"})")
                                    << false << QStringLiteral("kind is \"Pod\"");
        QTest::newRow("other apiVersion")
            << QByteArray(R"({"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","status":{"token":"a"}})")
            << false << QStringLiteral("apiVersion is \"client.authentication.k8s.io/v1beta1\"");
        QTest::newRow("no status") << head + "\"spec\":{}}" << false << QStringLiteral("no status");
        QTest::newRow("certificate without key") << head + R"("status":{"clientCertificateData":"C"}})" << false
                                                 << QStringLiteral("must come together");
        QTest::newRow("nothing in status") << head + R"("status":{}})" << false << QStringLiteral("neither a token");
        QTest::newRow("bad expiry") << head + R"("status":{"token":"a","expirationTimestamp":"tomorrow"}})" << false
                                    << QStringLiteral("expirationTimestamp \"tomorrow\"");
    }

    void parse()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        QFETCH(QString, mustSay);
        const auto result = ExecPluginOutput::parse(json, QStringLiteral("client.authentication.k8s.io/v1"),
                                                    QStringLiteral("plug"));
        QCOMPARE(result.ok(), ok);
        if (!ok) {
            QCOMPARE(result.error().kind, Error::Kind::Auth);
            QVERIFY2(result.error().message.contains(mustSay), qPrintable(result.error().message));
            QVERIFY(result.error().message.contains(QLatin1String("plug")));
            QVERIFY(!result.error().hint.isEmpty());
        }
    }

    void cachedUntilExpiryAndRerunAfterInvalidate()
    {
        ExecPluginCredential cred(config(QStringLiteral("valid")), {});
        QCOMPARE(cred.authorization().value(), QByteArray("Bearer tok-1"));
        QCOMPARE(cred.authorization().value(), QByteArray("Bearer tok-1"));
        QCOMPARE(runs(), 1);
        cred.invalidate(); // what a 401 does
        QCOMPARE(cred.authorization().value(), QByteArray("Bearer tok-2"));
        QCOMPARE(runs(), 2);
        QCOMPARE(cred.runCount(), 2);
    }

    void withoutExpiryCachedForever()
    {
        ExecPluginCredential cred(config(QStringLiteral("forever")), {});
        for (int i = 0; i < 3; ++i)
            QCOMPARE(cred.authorization().value(), QByteArray("Bearer tok-1"));
        QCOMPARE(runs(), 1);
    }

    void expiredCredentialRunsAgain()
    {
        ExecPluginCredential cred(config(QStringLiteral("expired")), {});
        QCOMPARE(cred.authorization().value(), QByteArray("Bearer tok-1"));
        QCOMPARE(cred.authorization().value(), QByteArray("Bearer tok-2"));
        QCOMPARE(runs(), 2);
    }

    void v1beta1()
    {
        auto c = config(QStringLiteral("valid"), QStringLiteral("client.authentication.k8s.io/v1beta1"));
        c.interactiveMode.clear(); // optional for v1beta1
        ExecPluginCredential cred(c, {});
        QCOMPARE(cred.authorization().value(), QByteArray("Bearer tok-1"));
    }

    void argsEnvAndExecInfo()
    {
        auto c = config(QStringLiteral("valid"));
        c.args << QStringLiteral("--cluster") << QStringLiteral("two words");
        c.env.append({QStringLiteral("LCL_EXTRA"), QStringLiteral("from-kubeconfig")});
        c.provideClusterInfo = true;
        ExecClusterInfo info;
        info.server = QStringLiteral("https://10.1.2.3:6443");
        info.tlsServerName = QStringLiteral("kubernetes");
        info.caPem = "-----BEGIN CERTIFICATE-----\nX\n-----END CERTIFICATE-----\n";
        info.configJson = R"({"audience":"lab"})";
        ExecPluginCredential cred(c, info);
        QVERIFY(cred.authorization().ok());
        QFile seen(seenFile());
        QVERIFY(seen.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = seen.readAll().split('\n');
        QCOMPARE(lines.at(0), QByteArray("args=valid --cluster two words"));
        QCOMPARE(lines.at(1), QByteArray("extra=from-kubeconfig"));
        QVERIFY(lines.at(2).startsWith("info="));
        const QJsonObject execInfo = QJsonDocument::fromJson(lines.at(2).mid(5)).object();
        QCOMPARE(execInfo.value(QLatin1String("kind")).toString(), QStringLiteral("ExecCredential"));
        QCOMPARE(execInfo.value(QLatin1String("apiVersion")).toString(), c.apiVersion);
        const QJsonObject spec = execInfo.value(QLatin1String("spec")).toObject();
        QCOMPARE(spec.value(QLatin1String("interactive")).toBool(true), false);
        const QJsonObject cluster = spec.value(QLatin1String("cluster")).toObject();
        QCOMPARE(cluster.value(QLatin1String("server")).toString(), info.server);
        QCOMPARE(cluster.value(QLatin1String("tls-server-name")).toString(), info.tlsServerName);
        QCOMPARE(QByteArray::fromBase64(cluster.value(QLatin1String("certificate-authority-data")).toString().toLatin1()),
                 info.caPem);
        QCOMPARE(cluster.value(QLatin1String("config")).toObject().value(QLatin1String("audience")).toString(),
                 QStringLiteral("lab"));
    }

    void clientCertificateFromPlugin()
    {
        const QString pki = test::sourceDir() + QStringLiteral("/tests/kube/fixtures/kubeconfig/pki/");
        auto c = config(QStringLiteral("cert"));
        c.args << pki + QStringLiteral("client.crt") << pki + QStringLiteral("client.key");
        ExecPluginCredential cred(c, {});
        const auto header = cred.authorization();
        QVERIFY(header.ok());
        QVERIFY(header->isEmpty());
        const auto identity = cred.tlsIdentity();
        QVERIFY(identity.certPem.startsWith("-----BEGIN CERTIFICATE-----\n"));
        QVERIFY(identity.keyPem.startsWith("-----BEGIN EC PRIVATE KEY-----\n"));
    }

    void malformedOutput()
    {
        ExecPluginCredential cred(config(QStringLiteral("malformed")), {});
        const auto result = cred.authorization();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Auth);
        QVERIFY2(result.error().message.contains(QLatin1String("exec-credential.sh printed an unusable answer")),
                 qPrintable(result.error().message));
    }

    void failureShowsStderrButNoSecret()
    {
        ExecPluginCredential cred(config(QStringLiteral("fail")), {});
        const auto result = cred.authorization();
        QVERIFY(!result.ok());
        const Error& e = result.error();
        QCOMPARE(e.kind, Error::Kind::Auth);
        QVERIFY2(e.message.contains(QLatin1String("failed (exit code 3)")), qPrintable(e.message));
        QVERIFY2(e.hint.contains(QLatin1String("login required: run 'corp-login' first")), qPrintable(e.hint));
        QVERIFY(e.detail.contains(QLatin1String("login required")));
        QVERIFY2(!text(e).contains(QLatin1String("supersecret")), qPrintable(text(e)));
        // A failure is not cached: the next request tries again.
        QVERIFY(!cred.authorization().ok());
        QCOMPARE(runs(), 2);
    }

    void timeLimit()
    {
        ExecPluginCredential cred(config(QStringLiteral("sleep")), {});
        cred.setTimeLimit(std::chrono::milliseconds(1000));
        QElapsedTimer timer;
        timer.start();
        const auto result = cred.authorization();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Timeout);
        QVERIFY2(result.error().message.contains(QLatin1String("did not finish within 1 s")),
                 qPrintable(result.error().message));
        QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
    }

    void interactiveAlwaysIsRefused()
    {
        auto c = config(QStringLiteral("valid"));
        c.interactiveMode = QStringLiteral("Always");
        ExecPluginCredential cred(c, {});
        const auto result = cred.authorization();
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QLatin1String("needs a terminal")));
        QCOMPARE(runs(), 0);
        c.interactiveMode = QStringLiteral("IfAvailable");
        ExecPluginCredential ifAvailable(c, {});
        QVERIFY(ifAvailable.authorization().ok());
    }

    void missingCommandShowsInstallHint()
    {
        auto c = config(QStringLiteral("valid"));
        c.command = QStringLiteral("lcl-no-such-plugin");
        c.installHint = QStringLiteral("Install lcl-no-such-plugin from the intranet.");
        ExecPluginCredential cred(c, {});
        const auto result = cred.authorization();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Config);
        QVERIFY(result.error().message.contains(QLatin1String("lcl-no-such-plugin was not found")));
        QCOMPARE(result.error().hint, c.installHint);
    }

    void fromKubeconfigOnTheNetThread()
    {
        // A relative command is taken from the kubeconfig's folder; the plugin runs when the request starts,
        // on the net thread, and its token goes into the Authorization header.
        const QString kubeconfig = test::sourceDir() + QStringLiteral("/tests/kube/plugins/kubeconfig-exec.yaml");
        const QByteArray yaml = "apiVersion: v1\nkind: Config\ncurrent-context: c\n"
                                "clusters:\n- name: c\n  cluster:\n    server: https://127.0.0.1:"
                                + QByteArray::number(test::freeLoopbackPort())
                                + "\n    insecure-skip-tls-verify: true\n"
                                  "users:\n- name: u\n  user:\n    exec:\n"
                                  "      apiVersion: client.authentication.k8s.io/v1\n"
                                  "      command: ./exec-credential.sh\n      args: [valid]\n"
                                  "      interactiveMode: Never\n      env:\n"
                                  "      - {name: LCL_PLUGIN_COUNT, value: \""
                                + countFile().toUtf8() + "\"}\n"
                                  "contexts:\n- name: c\n  context: {cluster: c, user: u}\n";
        const auto config = Kubeconfig::fromYaml(yaml, kubeconfig);
        QVERIFY(config.ok());
        const auto connection = config->resolve();
        QVERIFY2(connection.ok(), qPrintable(connection.ok() ? QString() : connection.error().toString()));
        QCOMPARE(runs(), 0); // resolving does not run the plugin
        auto request = connection->request("GET", QStringLiteral("/version"));
        QVERIFY(request.ok());
        QCOMPARE(runs(), 0); // neither does building a request
        net::HttpClient client;
        std::atomic<bool> onNetThread{false};
        QByteArray authorization;
        auto original = request->prepare;
        request.value().prepare = [&](net::HttpRequest& r) {
            onNetThread = client.isNetThread();
            auto e = original(r);
            for (const auto& [k, v] : r.headers)
                if (k == "Authorization")
                    authorization = v;
            return e;
        };
        const auto result = client.sendAndWait(request.value());
        QVERIFY(!result.ok()); // nothing listens on the port
        QCOMPARE(result.error().kind, Error::Kind::Network);
        QVERIFY(onNetThread.load());
        QCOMPARE(authorization, QByteArray("Bearer tok-1"));
        QCOMPARE(runs(), 1);
    }
};

QTEST_GUILESS_MAIN(TestExecPlugin)
#include "tst_execplugin.moc"
