// Real /usr/bin/kubectl against lclab-sim over TLS, each command with a fresh HOME (so no discovery cache) and
// KUBECONFIG pointing at the simulator's kubeconfig (issue 3, "Must show").

#include "support/simprocess.h"
#include "support/testenv.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

} // namespace

class TstKubectl final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void getPodsAllNamespaces();
    void getAllInNamespace();
    void getHttpRoutes();
    void describePod();
    void getDeploymentYaml();
    void scaleDeployment();
    void applyClientSide();
    void applyServerSide();
    void applyRealObjects_data();
    void applyRealObjects();
    void labelAndAnnotate();
    void deleteObject();
    void logs();
    void getEvents();
    void createJobFromCronJob();
    void watchPods();
    void topPods();
    void authCanI_data();
    void authCanI();
    void readOnlyWriteIsForbidden();
    void wrongTokenIsUnauthorized();
    void clientCertificateContext();
    void cleanupTestCase();

private:
    Run kubectl(const QStringList& args, int timeoutMs = 30000);
    QProcessEnvironment freshEnvironment();
    QString firstName(const QString& resource, const QString& ns);
    QString writeFile(const QString& name, const QByteArray& text);

    QString m_kubectl;
    lcl::test::SimProcess m_sim;
    QTemporaryDir m_files;
    std::vector<std::unique_ptr<QTemporaryDir>> m_homes;
};

void TstKubectl::initTestCase()
{
    m_kubectl = lcl::test::findProgram(QStringLiteral("/usr/bin/kubectl"));
    if (m_kubectl.isEmpty())
        QSKIP("/usr/bin/kubectl is not installed (image package kubectl from the Google Cloud SDK)");
    QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
}

void TstKubectl::cleanupTestCase()
{
    if (m_sim.isRunning())
        QVERIFY2(m_sim.stop(), qPrintable(m_sim.errorString()));
}

QProcessEnvironment TstKubectl::freshEnvironment()
{
    m_homes.push_back(std::make_unique<QTemporaryDir>());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_homes.back()->path());
    env.insert(QStringLiteral("KUBECONFIG"), m_sim.kubeconfigPath());
    env.remove(QStringLiteral("KUBECTL_EXTERNAL_DIFF"));
    return env;
}

Run TstKubectl::kubectl(const QStringList& args, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(freshEnvironment());
    process.start(m_kubectl, args);
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.err = QStringLiteral("kubectl %1 timed out").arg(args.join(QLatin1Char(' ')));
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TstKubectl::firstName(const QString& resource, const QString& ns)
{
    const Run run = kubectl({QStringLiteral("get"), resource, QStringLiteral("-n"), ns, QStringLiteral("-o"),
                             QStringLiteral("jsonpath={.items[0].metadata.name}")});
    return run.exitCode == 0 ? run.out.trimmed() : QString();
}

QString TstKubectl::writeFile(const QString& name, const QByteArray& text)
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    return path;
}

#define KUBECTL_OK(run) QVERIFY2((run).exitCode == 0, qPrintable((run).all().right(3000)))

void TstKubectl::getPodsAllNamespaces()
{
    const Run run = kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A")});
    KUBECTL_OK(run);
    QVERIFY(run.out.startsWith(QStringLiteral("NAMESPACE")));
    for (const char* text : {"READY", "STATUS", "RESTARTS", "AGE", "search ", "Running", "kube-system"})
        QVERIFY2(run.out.contains(QLatin1String(text)), text);
    QVERIFY(run.out.count(QLatin1Char('\n')) > 5);
}

void TstKubectl::getAllInNamespace()
{
    const Run run = kubectl({QStringLiteral("get"), QStringLiteral("all"), QStringLiteral("-n"), QStringLiteral("search")});
    KUBECTL_OK(run);
    for (const char* text : {"pod/", "service/", "deployment.apps/", "replicaset.apps/"})
        QVERIFY2(run.out.contains(QLatin1String(text)), text);
}

void TstKubectl::getHttpRoutes()
{
    const Run run = kubectl({QStringLiteral("get"), QStringLiteral("httproutes"), QStringLiteral("-A")});
    KUBECTL_OK(run);
    QVERIFY2(run.out.contains(QStringLiteral("search-api-route")), qPrintable(run.out));
}

void TstKubectl::describePod()
{
    const QString pod = firstName(QStringLiteral("pods"), QStringLiteral("search"));
    QVERIFY(!pod.isEmpty());
    const Run run = kubectl({QStringLiteral("describe"), QStringLiteral("pod"), pod, QStringLiteral("-n"),
                             QStringLiteral("search")});
    KUBECTL_OK(run);
    for (const char* text : {"Name:", "Namespace:", "Containers:", "Image:", "Status:", "Conditions:", "Events:"})
        QVERIFY2(run.out.contains(QLatin1String(text)), text);
    QVERIFY(run.out.contains(pod));
}

void TstKubectl::getDeploymentYaml()
{
    const Run run = kubectl({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("-n"),
                             QStringLiteral("search"), QStringLiteral("-o"), QStringLiteral("yaml")});
    KUBECTL_OK(run);
    for (const char* text : {"kind: List", "kind: Deployment", "apiVersion: apps/v1", "replicas:", "uid:",
                             "creationTimestamp:", "resourceVersion:"})
        QVERIFY2(run.out.contains(QLatin1String(text)), text);
}

void TstKubectl::scaleDeployment()
{
    const QString deploy = firstName(QStringLiteral("deployments"), QStringLiteral("search"));
    QVERIFY(!deploy.isEmpty());
    const Run run = kubectl({QStringLiteral("scale"), QStringLiteral("deployment/") + deploy, QStringLiteral("-n"),
                             QStringLiteral("search"), QStringLiteral("--replicas=3")});
    KUBECTL_OK(run);
    QVERIFY(run.out.contains(QStringLiteral("scaled")));
    const Run check = kubectl({QStringLiteral("get"), QStringLiteral("deployment"), deploy, QStringLiteral("-n"),
                               QStringLiteral("search"), QStringLiteral("-o"), QStringLiteral("jsonpath={.spec.replicas}")});
    KUBECTL_OK(check);
    QCOMPARE(check.out.trimmed(), QStringLiteral("3"));
}

void TstKubectl::applyClientSide()
{
    const QByteArray manifest = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: search-web\n"
                                "  namespace: search\n  labels: {app: search-web}\nspec:\n  replicas: 1\n"
                                "  selector:\n    matchLabels: {app: search-web}\n  template:\n    metadata:\n"
                                "      labels: {app: search-web}\n    spec:\n      containers:\n"
                                "      - name: web\n        image: nginx:1.27\n        ports:\n"
                                "        - containerPort: 80\n";
    const QString file = writeFile(QStringLiteral("deploy.yaml"), manifest);
    Run run = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), file});
    KUBECTL_OK(run);
    QVERIFY2(run.out.contains(QStringLiteral("deployment.apps/search-web created")), qPrintable(run.out));
    QByteArray changed = manifest;
    changed.replace("image: nginx:1.27", "image: nginx:1.28");
    const QString file2 = writeFile(QStringLiteral("deploy2.yaml"), changed);
    run = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), file2});
    KUBECTL_OK(run);
    QVERIFY2(run.out.contains(QStringLiteral("deployment.apps/search-web configured")), qPrintable(run.out));
    const Run image = kubectl({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("search-web"),
                               QStringLiteral("-n"), QStringLiteral("search"), QStringLiteral("-o"),
                               QStringLiteral("jsonpath={.spec.template.spec.containers[0].image}")});
    QCOMPARE(image.out.trimmed(), QStringLiteral("nginx:1.28"));
}

void TstKubectl::applyServerSide()
{
    const QByteArray manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ssa-settings\n"
                                "  namespace: search\ndata:\n  mode: canary\n";
    const QString file = writeFile(QStringLiteral("cm.yaml"), manifest);
    Run run = kubectl({QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("-f"), file});
    KUBECTL_OK(run);
    QVERIFY2(run.out.contains(QStringLiteral("configmap/ssa-settings serverside-applied")), qPrintable(run.out));
    QByteArray changed = manifest;
    changed.replace("canary", "stable");
    run = kubectl({QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("-f"),
                   writeFile(QStringLiteral("cm2.yaml"), changed)});
    KUBECTL_OK(run);
    const Run check = kubectl({QStringLiteral("get"), QStringLiteral("cm"), QStringLiteral("ssa-settings"),
                               QStringLiteral("-n"), QStringLiteral("search"), QStringLiteral("-o"),
                               QStringLiteral("jsonpath={.data.mode}")});
    QCOMPARE(check.out.trimmed(), QStringLiteral("stable"));
}

void TstKubectl::applyRealObjects_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("created");
    QTest::newRow("deployment") << QStringLiteral("k9s-dp.json") << QStringLiteral("deployment.apps/");
    QTest::newRow("statefulset") << QStringLiteral("k9s-sts.json") << QStringLiteral("statefulset.apps/nginx-sts");
    QTest::newRow("service") << QStringLiteral("k9s-svc.json") << QStringLiteral("service/dictionary1");
    QTest::newRow("job") << QStringLiteral("k9s-job.json") << QStringLiteral("job.batch/");
    QTest::newRow("hpa") << QStringLiteral("k9s-hpa.json") << QStringLiteral("horizontalpodautoscaler.autoscaling/");
    QTest::newRow("pod") << QStringLiteral("k9s-po_limited.json") << QStringLiteral("pod/");
    QTest::newRow("gateway") << QStringLiteral("gateway-api-simple-gateway-gateway.yaml")
                             << QStringLiteral("gateway.gateway.networking.k8s.io/");
    QTest::newRow("httproute") << QStringLiteral("gateway-api-simple-gateway-httproute.yaml")
                               << QStringLiteral("httproute.gateway.networking.k8s.io/");
}

void TstKubectl::applyRealObjects()
{
    QFETCH(QString, fixture);
    QFETCH(QString, created);
    const QString path = lcl::test::realFixture(fixture);
    if (path.isEmpty())
        QSKIP("../shared/fixtures/real is not present (the shared folder is missing)");
    if (fixture == QStringLiteral("k9s-dp.json")) // captured in namespace icx
        KUBECTL_OK(kubectl({QStringLiteral("create"), QStringLiteral("namespace"), QStringLiteral("icx")}));
    const Run run = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), path});
    KUBECTL_OK(run);
    QVERIFY2(run.out.contains(created) && run.out.contains(QStringLiteral(" created")), qPrintable(run.out));
}

void TstKubectl::labelAndAnnotate()
{
    const QString pod = firstName(QStringLiteral("pods"), QStringLiteral("search"));
    Run run = kubectl({QStringLiteral("label"), QStringLiteral("pod"), pod, QStringLiteral("-n"),
                       QStringLiteral("search"), QStringLiteral("drill=yes")});
    KUBECTL_OK(run);
    QVERIFY(run.out.contains(QStringLiteral("labeled")));
    run = kubectl({QStringLiteral("annotate"), QStringLiteral("pod"), pod, QStringLiteral("-n"),
                   QStringLiteral("search"), QStringLiteral("lclab.io/note=checked")});
    KUBECTL_OK(run);
    QVERIFY(run.out.contains(QStringLiteral("annotated")));
    const Run check = kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"),
                               QStringLiteral("search"), QStringLiteral("-l"), QStringLiteral("drill=yes"),
                               QStringLiteral("-o"), QStringLiteral("name")});
    QCOMPARE(check.out.trimmed(), QStringLiteral("pod/") + pod);
}

void TstKubectl::deleteObject()
{
    Run run = kubectl({QStringLiteral("create"), QStringLiteral("configmap"), QStringLiteral("doomed"),
                       QStringLiteral("-n"), QStringLiteral("default"), QStringLiteral("--from-literal=a=b")});
    KUBECTL_OK(run);
    run = kubectl({QStringLiteral("delete"), QStringLiteral("configmap"), QStringLiteral("doomed"),
                   QStringLiteral("-n"), QStringLiteral("default")});
    KUBECTL_OK(run);
    QVERIFY(run.out.contains(QStringLiteral("configmap \"doomed\" deleted")));
    run = kubectl({QStringLiteral("get"), QStringLiteral("configmap"), QStringLiteral("doomed"), QStringLiteral("-n"),
                   QStringLiteral("default")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("Error from server (NotFound)")));
}

void TstKubectl::logs()
{
    const QString pod = firstName(QStringLiteral("pods"), QStringLiteral("search"));
    const Run run = kubectl({QStringLiteral("logs"), pod, QStringLiteral("-n"), QStringLiteral("search"),
                             QStringLiteral("--tail=20")});
    KUBECTL_OK(run);
    QVERIFY(!run.out.trimmed().isEmpty());
    QVERIFY(run.out.count(QLatin1Char('\n')) <= 20);
}

void TstKubectl::getEvents()
{
    const Run run = kubectl({QStringLiteral("get"), QStringLiteral("events"), QStringLiteral("-A")});
    KUBECTL_OK(run);
    for (const char* text : {"LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE", "Normal"})
        QVERIFY2(run.out.contains(QLatin1String(text)), text);
}

void TstKubectl::createJobFromCronJob()
{
    const Run list = kubectl({QStringLiteral("get"), QStringLiteral("cronjobs"), QStringLiteral("-A"),
                              QStringLiteral("-o"),
                              QStringLiteral("jsonpath={.items[0].metadata.namespace}/{.items[0].metadata.name}")});
    KUBECTL_OK(list);
    const QStringList parts = list.out.trimmed().split(QLatin1Char('/'));
    QCOMPARE(parts.size(), 2);
    const Run run = kubectl({QStringLiteral("create"), QStringLiteral("job"), QStringLiteral("manual-run"),
                             QStringLiteral("--from=cronjob/") + parts[1], QStringLiteral("-n"), parts[0]});
    KUBECTL_OK(run);
    QVERIFY(run.out.contains(QStringLiteral("job.batch/manual-run created")));
    const Run owner = kubectl({QStringLiteral("get"), QStringLiteral("job"), QStringLiteral("manual-run"),
                               QStringLiteral("-n"), parts[0], QStringLiteral("-o"),
                               QStringLiteral("jsonpath={.metadata.ownerReferences[0].name}")});
    QCOMPARE(owner.out.trimmed(), parts[1]);
}

void TstKubectl::watchPods()
{
    QProcess watcher;
    watcher.setProcessEnvironment(freshEnvironment());
    watcher.start(m_kubectl, {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"),
                              QStringLiteral("search"), QStringLiteral("-w"), QStringLiteral("--output-watch-events")});
    QVERIFY(watcher.waitForStarted());
    QByteArray seen;
    QTRY_VERIFY_WITH_TIMEOUT((seen += watcher.readAllStandardOutput()).contains("ADDED"), 15000);
    const QString pod = firstName(QStringLiteral("pods"), QStringLiteral("search"));
    const Run label = kubectl({QStringLiteral("label"), QStringLiteral("pod"), pod, QStringLiteral("-n"),
                               QStringLiteral("search"), QStringLiteral("watched=now"), QStringLiteral("--overwrite")});
    KUBECTL_OK(label);
    QTRY_VERIFY_WITH_TIMEOUT((seen += watcher.readAllStandardOutput()).contains("MODIFIED"), 15000);
    QVERIFY(seen.contains(pod.toUtf8()));
    watcher.terminate();
    watcher.waitForFinished(5000);
}

void TstKubectl::topPods()
{
    const Run run = kubectl({QStringLiteral("top"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("search")});
    KUBECTL_OK(run);
    QVERIFY(run.out.contains(QStringLiteral("CPU(cores)")));
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("\\d+m\\s+\\d+Mi"))));
    const Run nodes = kubectl({QStringLiteral("top"), QStringLiteral("nodes")});
    KUBECTL_OK(nodes);
    QVERIFY(nodes.out.contains(QStringLiteral("CPU%")));
}

void TstKubectl::authCanI_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QStringList>("question");
    QTest::addColumn<QString>("answer");
    const QStringList patch{QStringLiteral("patch"), QStringLiteral("deployments"), QStringLiteral("-n"),
                            QStringLiteral("search")};
    const QStringList list{QStringLiteral("list"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("search")};
    const QStringList createJob{QStringLiteral("create"), QStringLiteral("jobs"), QStringLiteral("-n"),
                                QStringLiteral("postgres")};
    QTest::newRow("admin patch") << QStringLiteral("lclab") << patch << QStringLiteral("yes");
    QTest::newRow("admin create job") << QStringLiteral("lclab") << createJob << QStringLiteral("yes");
    QTest::newRow("read-only list") << QStringLiteral("lclab-readonly") << list << QStringLiteral("yes");
    QTest::newRow("read-only patch") << QStringLiteral("lclab-readonly") << patch << QStringLiteral("no");
    QTest::newRow("read-only create job") << QStringLiteral("lclab-readonly") << createJob << QStringLiteral("no");
}

void TstKubectl::authCanI()
{
    QFETCH(QString, context);
    QFETCH(QStringList, question);
    QFETCH(QString, answer);
    const Run run = kubectl(QStringList{QStringLiteral("--context"), context, QStringLiteral("auth"),
                                        QStringLiteral("can-i")}
                            + question);
    QCOMPARE(run.out.trimmed(), answer);
    QCOMPARE(run.exitCode, answer == QStringLiteral("yes") ? 0 : 1);
}

void TstKubectl::readOnlyWriteIsForbidden()
{
    const QString deploy = firstName(QStringLiteral("deployments"), QStringLiteral("search"));
    const Run run = kubectl({QStringLiteral("--context"), QStringLiteral("lclab-readonly"), QStringLiteral("scale"),
                             QStringLiteral("deployment/") + deploy, QStringLiteral("-n"), QStringLiteral("search"),
                             QStringLiteral("--replicas=5")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Error from server (Forbidden)")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("lclab-readonly")));
}

void TstKubectl::wrongTokenIsUnauthorized()
{
    const Run run = kubectl({QStringLiteral("--token"), QStringLiteral("wrong-token"), QStringLiteral("get"),
                             QStringLiteral("pods")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Unauthorized")) || run.err.contains(QStringLiteral("must be logged in")),
             qPrintable(run.err));
}

void TstKubectl::clientCertificateContext()
{
    const Run run = kubectl({QStringLiteral("--context"), QStringLiteral("lclab-cert"), QStringLiteral("get"),
                             QStringLiteral("namespaces")});
    KUBECTL_OK(run);
    QVERIFY(run.out.contains(QStringLiteral("search")));
    const Run who = kubectl({QStringLiteral("--context"), QStringLiteral("lclab-cert"), QStringLiteral("auth"),
                             QStringLiteral("whoami")});
    KUBECTL_OK(who);
    QVERIFY2(who.out.contains(QStringLiteral("lclab-cert-admin")), qPrintable(who.out));
}

QTEST_GUILESS_MAIN(TstKubectl)
#include "tst_kubectl.moc"
