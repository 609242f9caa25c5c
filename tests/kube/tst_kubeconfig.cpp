#include "kube/credentialstatic.h"
#include "kube/kubeconfig.h"
#include "kubeconfigtestfiles.h"

#include <QtTest>

using namespace lcl;
using namespace lcl::kube;

namespace {

// A valid head used by most rows: one cluster, one user, one context.
const QByteArray kHead = "apiVersion: v1\nkind: Config\ncurrent-context: ctx\n";
const QByteArray kCluster = "clusters:\n- name: c1\n  cluster:\n    server: https://127.0.0.1:6443\n"
                            "    certificate-authority-data: @CA@\n";
const QByteArray kUser = "users:\n- name: u1\n  user:\n    token: abc\n";
const QByteArray kContext = "contexts:\n- name: ctx\n  context:\n    cluster: c1\n    user: u1\n";

Result<ClusterConnection> loadAndResolve(const QString& path)
{
    auto config = Kubeconfig::loadFiles({path}, true);
    if (!config)
        return config.error();
    return config->resolve();
}

} // namespace

// Kubeconfig loading, validation, merging and resolution into ClusterConnections.
class TestKubeconfig final : public QObject {
    Q_OBJECT

private:
    test::KubeconfigTestFiles m_files;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_files.copyFixtures()); }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("mustSay");

        auto row = [](const char* name, const QByteArray& yaml, const char* mustSay) {
            QTest::newRow(name) << yaml << QString::fromUtf8(mustSay);
        };
        row("not YAML", "clusters: [a, b\n  users: }", "not valid YAML");
        row("tab-indented YAML", "clusters:\n\t- name: x\n", "not valid YAML");
        row("a list, not a map", "- a\n- b\n", "top level must be a map");
        row("a scalar", "just some words\n", "top level must be a map");
        row("wrong apiVersion", "apiVersion: v2\nkind: Config\n", "apiVersion is \"v2\"");
        row("wrong kind", "apiVersion: v1\nkind: Pod\n", "kind is \"Pod\"");
        row("clusters not a list", kHead + "clusters: everything\n", "clusters must be a list");
        row("entry without name", kHead + "clusters:\n- cluster:\n    server: https://x:6443\n", "has no name");
        row("duplicate cluster names", kHead + kCluster + "- name: c1\n  cluster:\n    server: https://y:6443\n",
            "two entries named \"c1\"");
        row("duplicate context names", kHead + kCluster + kUser + kContext + "- name: ctx\n  context:\n    cluster: c1\n",
            "two entries named \"ctx\"");
        row("cluster without cluster section", kHead + "clusters:\n- name: c1\n" + kUser + kContext,
            "cluster \"c1\" has no cluster section");
        row("missing server", kHead + "clusters:\n- name: c1\n  cluster:\n    insecure-skip-tls-verify: true\n" + kUser
                                  + kContext,
            "cluster \"c1\" has no server");
        row("server is a map", kHead + "clusters:\n- name: c1\n  cluster:\n    server: {host: x}\n" + kUser + kContext,
            "server must be a text value");
        row("server not a URL", kHead + "clusters:\n- name: c1\n  cluster:\n    server: ftp://127.0.0.1\n" + kUser
                                    + kContext,
            "server \"ftp://127.0.0.1\" is not a valid https URL");
        row("server without host", kHead + "clusters:\n- name: c1\n  cluster:\n    server: \"https://\"\n" + kUser
                                       + kContext,
            "is not a valid https URL");
        row("context names a missing cluster",
            kHead + kCluster + kUser + "contexts:\n- name: ctx\n  context:\n    cluster: nope\n    user: u1\n",
            "context \"ctx\" refers to cluster \"nope\", which is not defined");
        row("context names a missing user",
            kHead + kCluster + kUser + "contexts:\n- name: ctx\n  context:\n    cluster: c1\n    user: nope\n",
            "context \"ctx\" refers to user \"nope\", which is not defined");
        row("context without cluster", kHead + kCluster + kUser + "contexts:\n- name: ctx\n  context:\n    user: u1\n",
            "context \"ctx\" names no cluster");
        row("context without context section", kHead + kCluster + kUser + "contexts:\n- name: ctx\n",
            "context \"ctx\" has no context section");
        row("current-context names nothing", "apiVersion: v1\nkind: Config\ncurrent-context: ghost\n" + kCluster + kUser
                                                 + kContext,
            "current-context \"ghost\" names no context");
        row("no current-context", "apiVersion: v1\nkind: Config\n" + kCluster + kUser + kContext,
            "sets no current-context");
        row("unreadable CA file", kHead + "clusters:\n- name: c1\n  cluster:\n    server: https://127.0.0.1:6443\n"
                                          "    certificate-authority: missing/ca.crt\n" + kUser + kContext,
            "cluster \"c1\": cannot read certificate-authority");
        row("CA data is not PEM", kHead + "clusters:\n- name: c1\n  cluster:\n    server: https://127.0.0.1:6443\n"
                                          "    certificate-authority-data: aGVsbG8gd29ybGQ=\n" + kUser + kContext,
            "does not hold a PEM CERTIFICATE");
        row("bad base64 in CA data", kHead + "clusters:\n- name: c1\n  cluster:\n    server: https://127.0.0.1:6443\n"
                                             "    certificate-authority-data: not*base64!\n" + kUser + kContext,
            "certificate-authority-data is not valid base64");
        row("bad base64 in client-key-data",
            kHead + kCluster + "users:\n- name: u1\n  user:\n    client-certificate-data: @CERT@\n"
                               "    client-key-data: '%%%'\n" + kContext,
            "user \"u1\": client-key-data is not valid base64");
        row("certificate without key", kHead + kCluster + "users:\n- name: u1\n  user:\n    client-certificate-data: @CERT@\n"
                                       + kContext,
            "user \"u1\" has a client certificate but no client key");
        row("key without certificate", kHead + kCluster + "users:\n- name: u1\n  user:\n    client-key-data: @KEY@\n"
                                       + kContext,
            "user \"u1\" has a client key but no client certificate");
        row("key data holds a certificate",
            kHead + kCluster + "users:\n- name: u1\n  user:\n    client-certificate-data: @CERT@\n"
                               "    client-key-data: @CERT@\n" + kContext,
            "does not hold a PEM PRIVATE KEY");
        row("unreadable client certificate file",
            kHead + kCluster + "users:\n- name: u1\n  user:\n    client-certificate: nowhere.crt\n"
                               "    client-key: nowhere.key\n" + kContext,
            "user \"u1\": cannot read client-certificate");
        row("tokenFile missing", kHead + kCluster + "users:\n- name: u1\n  user:\n    tokenFile: no-such-token\n" + kContext,
            "user \"u1\": tokenFile");
        row("token and basic auth", kHead + kCluster + "users:\n- name: u1\n  user:\n    token: abc\n    username: admin\n"
                                                       "    password: pw\n" + kContext,
            "more than one authentication method");
        row("exec without command", kHead + kCluster + "users:\n- name: u1\n  user:\n    exec:\n"
                                                       "      apiVersion: client.authentication.k8s.io/v1\n"
                                                       "      interactiveMode: Never\n" + kContext,
            "user \"u1\": exec has no command");
        row("exec with v1alpha1", kHead + kCluster + "users:\n- name: u1\n  user:\n    exec:\n"
                                                     "      apiVersion: client.authentication.k8s.io/v1alpha1\n"
                                                     "      command: true\n" + kContext,
            "apiVersion \"client.authentication.k8s.io/v1alpha1\" is not supported");
        row("exec without apiVersion", kHead + kCluster + "users:\n- name: u1\n  user:\n    exec:\n      command: x\n"
                                       + kContext,
            "exec has no apiVersion");
        row("exec v1 without interactiveMode", kHead + kCluster + "users:\n- name: u1\n  user:\n    exec:\n"
                                                                  "      apiVersion: client.authentication.k8s.io/v1\n"
                                                                  "      command: x\n" + kContext,
            "needs interactiveMode");
        row("exec with unknown interactiveMode",
            kHead + kCluster + "users:\n- name: u1\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                               "      command: x\n      interactiveMode: Sometimes\n" + kContext,
            "interactiveMode \"Sometimes\"");
        row("exec args not a list", kHead + kCluster + "users:\n- name: u1\n  user:\n    exec:\n      command: x\n"
                                                       "      args: --all\n" + kContext,
            "args must be a list");
        row("CA together with insecure-skip-tls-verify",
            kHead + "clusters:\n- name: c1\n  cluster:\n    server: https://127.0.0.1:6443\n"
                    "    certificate-authority-data: @CA@\n    insecure-skip-tls-verify: true\n" + kUser + kContext,
            "both a certificate authority and insecure-skip-tls-verify");
        row("insecure-skip-tls-verify not a bool", kHead + "clusters:\n- name: c1\n  cluster:\n"
                                                           "    server: https://127.0.0.1:6443\n"
                                                           "    insecure-skip-tls-verify: maybe\n" + kUser + kContext,
            "insecure-skip-tls-verify must be true or false");
        row("legacy auth-provider", kHead + kCluster + "users:\n- name: u1\n  user:\n    auth-provider:\n      name: oidc\n"
                                  + kContext,
            "auth-provider \"oidc\"");
        row("proxy-url with ftp", kHead + "clusters:\n- name: c1\n  cluster:\n    server: https://127.0.0.1:6443\n"
                                          "    proxy-url: ftp://proxy:21\n" + kUser + kContext,
            "proxy-url \"ftp://proxy:21\"");
    }

    void malformed()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, mustSay);
        const QString path = m_files.write(QStringLiteral("bad-%1.yaml").arg(QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))), yaml);
        const auto result = loadAndResolve(path);
        QVERIFY2(!result.ok(), "a malformed kubeconfig must not resolve");
        const Error& e = result.error();
        QCOMPARE(e.kind, Error::Kind::Config);
        QVERIFY2(e.message.contains(mustSay), qPrintable(e.message));
        QVERIFY2(e.message.contains(path), qPrintable(e.message));
        QVERIFY2(!e.hint.isEmpty(), qPrintable(e.message));
    }

    void errorsNameTheLine()
    {
        // Lines: 3 head, 5 cluster, 4 user, "contexts:", then the context entry on line 14.
        const QString path = m_files.write(QStringLiteral("line.yaml"),
                                           kHead + kCluster + kUser + "contexts:\n- name: ctx\n  context:\n"
                                                                      "    cluster: nope\n    user: u1\n");
        const auto result = loadAndResolve(path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.startsWith(path + QStringLiteral(", line 14:")),
                 qPrintable(result.error().message));
    }

    void k3sKubeconfig()
    {
        const auto config = Kubeconfig::loadFiles({m_files.path(QStringLiteral("k3s.yaml"))}, true);
        QVERIFY(config.ok());
        QCOMPARE(config->contextNames(), QStringList{QStringLiteral("default")});
        QCOMPARE(config->currentContext(), QStringLiteral("default"));
        const auto c = config->resolve();
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
        QCOMPARE(c->contextName, QStringLiteral("default"));
        QCOMPARE(c->clusterName, QStringLiteral("default"));
        QCOMPARE(c->userName, QStringLiteral("default"));
        QCOMPARE(c->defaultNamespace, QStringLiteral("default"));
        QCOMPARE(c->server, QUrl(QStringLiteral("https://127.0.0.1:6443")));
        QCOMPARE(c->tls.caPem, m_files.read(QStringLiteral("pki/ca.crt")));
        QCOMPARE(c->tls.clientCertPem, m_files.read(QStringLiteral("pki/client.crt")));
        QVERIFY(c->tls.clientKeyPem.startsWith("-----BEGIN EC PRIVATE KEY-----"));
        QVERIFY(!c->credentials); // client certificate only
        QVERIFY(!c->tls.insecureSkipVerify);
        QVERIFY(c->warnings.isEmpty());
    }

    void credentialsAndOptions()
    {
        QFile token(m_files.path(QStringLiteral("tok")));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("file-token\n");
        token.close();
        const QString path = m_files.write(
            QStringLiteral("good.yaml"),
            "apiVersion: v1\nkind: Config\ncurrent-context: static\n"
            "clusters:\n"
            "- name: secure\n  cluster:\n    server: https://10.0.0.1:6443/k8s/clusters/c-1\n"
            "    certificate-authority: pki/ca.crt\n    tls-server-name: kubernetes\n"
            "    proxy-url: socks5://localhost:1080\n"
            "- name: lax\n  cluster:\n    server: https://10.0.0.2:6443\n    insecure-skip-tls-verify: true\n"
            "users:\n"
            "- name: static\n  user:\n    token: s3cr3t\n"
            "- name: fromfile\n  user:\n    tokenFile: tok\n"
            "- name: basic\n  user:\n    username: admin\n    password: pw\n"
            "- name: nobody\n  user: {}\n"
            "contexts:\n"
            "- name: static\n  context:\n    cluster: secure\n    user: static\n    namespace: shop\n"
            "- name: fromfile\n  context:\n    cluster: secure\n    user: fromfile\n"
            "- name: basic\n  context:\n    cluster: lax\n    user: basic\n"
            "- name: anonymous\n  context:\n    cluster: lax\n    user: nobody\n");
        const auto config = Kubeconfig::loadFiles({path}, true);
        QVERIFY(config.ok());
        QCOMPARE(config->contextNames().size(), 4);

        auto c = config->resolve(QStringLiteral("static"));
        QVERIFY(c.ok());
        QCOMPARE(c->defaultNamespace, QStringLiteral("shop"));
        QCOMPARE(c->tls.serverName, QStringLiteral("kubernetes"));
        QCOMPARE(c->tls.caPem, m_files.read(QStringLiteral("pki/ca.crt"))); // relative to the kubeconfig
        QCOMPARE(c->proxyUrl, QStringLiteral("socks5://localhost:1080"));
        QCOMPARE(c->credentials->authorization().value(), QByteArray("Bearer s3cr3t"));
        const auto request = c->request("GET", QStringLiteral("/api/v1/namespaces/shop/pods?limit=500"));
        QVERIFY(request.ok());
        QCOMPARE(request->url.toString(),
                 QStringLiteral("https://10.0.0.1:6443/k8s/clusters/c-1/api/v1/namespaces/shop/pods?limit=500"));
        QCOMPARE(request->tls.serverName, QStringLiteral("kubernetes"));
        net::HttpRequest prepared = request.value();
        QVERIFY(prepared.prepare);
        QVERIFY(!prepared.prepare(prepared).has_value());
        net::HttpResponse headers;
        headers.headers = prepared.headers;
        QCOMPARE(headers.header("authorization"), QByteArray("Bearer s3cr3t"));

        c = config->resolve(QStringLiteral("fromfile"));
        QVERIFY(c.ok());
        QCOMPARE(c->credentials->authorization().value(), QByteArray("Bearer file-token"));

        c = config->resolve(QStringLiteral("basic"));
        QVERIFY(c.ok());
        QCOMPARE(c->credentials->authorization().value(), "Basic " + QByteArray("admin:pw").toBase64());
        QVERIFY(c->tls.insecureSkipVerify);
        QCOMPARE(c->warnings.size(), 1);
        QVERIFY(c->warnings.first().contains(QLatin1String("TLS verification is off for cluster \"lax\"")));

        c = config->resolve(QStringLiteral("anonymous"));
        QVERIFY(c.ok());
        QVERIFY(!c->credentials);
        QVERIFY(c->warnings.last().contains(QLatin1String("no credentials")));

        const auto missing = config->resolve(QStringLiteral("nope"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QLatin1String("no context \"nope\"")));
    }

    void tokenFileIsReadAgainWhenItChanges()
    {
        const QString tokenPath = m_files.path(QStringLiteral("rotating-token"));
        auto writeToken = [&](const QByteArray& text) {
            QFile f(tokenPath);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
        };
        writeToken("one\n");
        const QString path = m_files.write(QStringLiteral("rotating.yaml"),
                                           kHead + kCluster + "users:\n- name: u1\n  user:\n    tokenFile: rotating-token\n"
                                               + kContext);
        const auto c = loadAndResolve(path);
        QVERIFY(c.ok());
        QCOMPARE(c->credentials->authorization().value(), QByteArray("Bearer one"));
        writeToken("second-token\n"); // a different size: seen even within the same second
        QCOMPARE(c->credentials->authorization().value(), QByteArray("Bearer second-token"));
        QFile::remove(tokenPath);
        const auto gone = c->credentials->authorization();
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, Error::Kind::Auth);
        QVERIFY(gone.error().message.contains(tokenPath));
    }

    void mergeFirstWins()
    {
        const QStringList files = {m_files.path(QStringLiteral("merge/first.yaml")),
                                   m_files.path(QStringLiteral("merge/missing.yaml")),
                                   m_files.path(QStringLiteral("merge/second/second.yaml")),
                                   m_files.path(QStringLiteral("merge/third.yaml"))};
        const auto config = Kubeconfig::loadFiles(files);
        QVERIFY(config.ok());
        QCOMPARE(config->files().size(), 3);
        QCOMPARE(config->warnings().size(), 1);
        QVERIFY(config->warnings().first().contains(QLatin1String("missing.yaml")));
        // current-context: the first file that sets one (second), not the later third.
        QCOMPARE(config->currentContext(), QStringLiteral("second"));
        QStringList names = config->contextNames();
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")}));

        // "shared" and "alice" come whole from the first file; second's extra fields are dropped too.
        const auto* shared = config->cluster(QStringLiteral("shared"));
        QVERIFY(shared);
        QCOMPARE(shared->server, QStringLiteral("https://first.example:6443"));
        QVERIFY(shared->tlsServerName.isEmpty());
        const auto* alice = config->user(QStringLiteral("alice"));
        QCOMPARE(alice->token, QStringLiteral("first-token"));
        QVERIFY(alice->username.isEmpty());

        auto first = config->resolve(QStringLiteral("first")); // first.yaml's context, not second's
        QVERIFY(first.ok());
        QCOMPARE(first->server.host(), QStringLiteral("first.example"));
        QCOMPARE(first->defaultNamespace, QStringLiteral("shop"));
        QCOMPARE(first->tls.caPem, m_files.read(QStringLiteral("pki/ca.crt"))); // ../pki/ca.crt from merge/

        auto second = config->resolve(); // relative paths against merge/second/
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().toString()));
        QCOMPARE(second->server.host(), QStringLiteral("only-second.example"));
        QCOMPARE(second->tls.caPem, m_files.read(QStringLiteral("merge/second/ca.crt")));
        QCOMPARE(second->credentials->authorization().value(), QByteArray("Bearer bob-token"));

        auto third = config->resolve(QStringLiteral("third")); // a context of a later file using earlier entries
        QVERIFY(third.ok());
        QCOMPARE(third->server.host(), QStringLiteral("only-first.example"));
        QCOMPARE(third->credentials->authorization().value(), QByteArray("Bearer first-token"));
    }

    void kubeconfigEnvironmentAndDefaults()
    {
        const QByteArray oldKubeconfig = qgetenv("KUBECONFIG");
        const QByteArray oldHome = qgetenv("HOME");
        QTemporaryDir home;
        qputenv("HOME", home.path().toUtf8());
        auto restore = qScopeGuard([&] {
            qputenv("KUBECONFIG", oldKubeconfig);
            qputenv("HOME", oldHome);
        });

        // Nothing anywhere: a clear error with a hint.
        qunsetenv("KUBECONFIG");
        auto none = Kubeconfig::load();
        QVERIFY(!none.ok());
        QVERIFY(none.error().message.contains(QLatin1String("No kubeconfig found")));
        QVERIFY(none.error().hint.contains(QLatin1String("--kubeconfig")));

        // ~/.kube/config.
        QDir(home.path()).mkpath(QStringLiteral(".kube"));
        QVERIFY(QFile::copy(m_files.path(QStringLiteral("k3s.yaml")), home.filePath(QStringLiteral(".kube/config"))));
        auto fromHome = Kubeconfig::load();
        QVERIFY(fromHome.ok());
        QCOMPARE(fromHome->files(), QStringList{home.filePath(QStringLiteral(".kube/config"))});

        // KUBECONFIG (with an empty entry) replaces the default.
        const QString list = m_files.path(QStringLiteral("merge/first.yaml")) + QStringLiteral("::")
                             + m_files.path(QStringLiteral("merge/second/second.yaml"));
        qputenv("KUBECONFIG", list.toUtf8());
        auto fromEnv = Kubeconfig::load();
        QVERIFY(fromEnv.ok());
        QCOMPARE(fromEnv->files().size(), 2);
        QCOMPARE(fromEnv->currentContext(), QStringLiteral("second"));

        // --kubeconfig wins over KUBECONFIG, unmerged; a missing explicit file is an error.
        auto explicitFile = Kubeconfig::load(m_files.path(QStringLiteral("merge/third.yaml")));
        QVERIFY(explicitFile.ok());
        QCOMPARE(explicitFile->files().size(), 1);
        QCOMPARE(explicitFile->currentContext(), QStringLiteral("first"));
        auto missing = Kubeconfig::load(m_files.path(QStringLiteral("nope.yaml")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QLatin1String("nope.yaml")));
    }

    void emptyFileIsAnEmptyConfig()
    {
        const auto config = Kubeconfig::fromYaml(QByteArray(), QStringLiteral("/tmp/empty"));
        QVERIFY(config.ok());
        QVERIFY(config->contextNames().isEmpty());
        QVERIFY(!config->resolve().ok());
    }
};

QTEST_GUILESS_MAIN(TestKubeconfig)
#include "tst_kubeconfig.moc"
