#include "kube/kubeapi.h"

#include <QRandomGenerator>

#include <nlohmann/json.hpp>

namespace lcl::kube {

namespace {

// kubectl's alphabet for generated suffixes: no vowels (no words), no look-alikes.
QString randomSuffix()
{
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    QString out;
    for (int i = 0; i < 5; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    return out;
}

} // namespace

Result<QByteArray> KubeApi::jobFromCronJob(const QByteArray& cronJobJson, const QString& jobName)
{
    const nlohmann::json cron = nlohmann::json::parse(cronJobJson.constData(), cronJobJson.constData() + cronJobJson.size(),
                                                      nullptr, false);
    const auto fail = [](const QString& what) {
        return Error::make(Error::Kind::Parse, tr("Cannot create a job from this cron job: %1").arg(what));
    };
    if (!cron.is_object() || !cron.contains("metadata") || !cron.contains("spec"))
        return fail(tr("it is not a CronJob object"));
    const auto& meta = cron["metadata"];
    const auto& templ = cron["spec"].value("jobTemplate", nlohmann::json::object());
    if (!templ.contains("spec"))
        return fail(tr("spec.jobTemplate.spec is missing"));
    const std::string cronName = meta.value("name", std::string());
    QString name = jobName;
    if (name.isEmpty()) // the job name becomes a label value: at most 63 characters
        name = QString::fromStdString(cronName).left(63 - 13) + QStringLiteral("-manual-") + randomSuffix();

    const auto templMeta = templ.value("metadata", nlohmann::json::object());
    nlohmann::json annotations = templMeta.value("annotations", nlohmann::json::object());
    annotations["cronjob.kubernetes.io/instantiate"] = "manual";
    nlohmann::json metadata = {{"name", name.toStdString()},
                               {"namespace", meta.value("namespace", std::string())},
                               {"annotations", annotations}};
    if (templMeta.contains("labels"))
        metadata["labels"] = templMeta["labels"];
    // No blockOwnerDeletion: it would need RBAC on cronjobs/finalizers (kubectl leaves it out too).
    metadata["ownerReferences"] = nlohmann::json::array({{{"apiVersion", "batch/v1"},
                                                          {"kind", "CronJob"},
                                                          {"name", cronName},
                                                          {"uid", meta.value("uid", std::string())},
                                                          {"controller", true}}});
    const nlohmann::json job = {
        {"apiVersion", "batch/v1"}, {"kind", "Job"}, {"metadata", metadata}, {"spec", templ["spec"]}};
    return QByteArray::fromStdString(job.dump());
}

void KubeApi::createJobFromCronJob(const QString& nameSpace, const QString& cronJob, const QString& jobName,
                                   const WriteOptions& options, JsonCallback done)
{
    const ApiPath cron = ApiPath::namespaced(QStringLiteral("batch"), QStringLiteral("v1"), QStringLiteral("cronjobs"),
                                             nameSpace, cronJob);
    const auto connection = m_connection;
    net::HttpClient* client = m_client;
    get(cron, [connection, client, nameSpace, jobName, options, done](const Result<QByteArray>& body) {
        if (!body) {
            done(body.error());
            return;
        }
        auto job = jobFromCronJob(body.value(), jobName);
        if (!job) {
            done(job.error());
            return;
        }
        // A fresh KubeApi over the same connection: this callback may outlive the one that started it.
        KubeApi api(*connection, client);
        api.create(ApiPath::namespaced(QStringLiteral("batch"), QStringLiteral("v1"), QStringLiteral("jobs"), nameSpace),
                   job.value(), options, done);
    });
}

} // namespace lcl::kube
