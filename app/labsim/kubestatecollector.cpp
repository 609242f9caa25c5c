#include "labsim/kubestatecollector.h"

#include "labsim/metricfamilies.h"
#include "labsim/metricsapi.h"
#include "labsim/objectstore.h"

#include <QDateTime>

#include <algorithm>
#include <cctype>
#include <map>

namespace lcl::sim {
namespace {

using F = MetricFamilies;
using Families = std::map<std::string, prometheus::MetricFamily>;
using nlohmann::json;

// Families are created on first use; the help text is the one KSM prints, shortened.
prometheus::MetricFamily& family(Families& out, const std::string& name, bool counter = false)
{
    auto it = out.find(name);
    if (it == out.end())
        it = out.emplace(name, counter ? F::counter(name, "kube-state-metrics: " + name)
                                       : F::gauge(name, "kube-state-metrics: " + name)).first;
    return it->second;
}

double number(const json& object, std::initializer_list<const char*> path)
{
    const json* j = &object;
    for (const char* key : path) {
        if (!j->is_object() || !j->contains(key))
            return 0;
        j = &(*j)[key];
    }
    return j->is_number() ? j->get<double>() : 0;
}

std::string text(const json& object, std::initializer_list<const char*> path)
{
    const json* j = &object;
    for (const char* key : path) {
        if (!j->is_object() || !j->contains(key))
            return {};
        j = &(*j)[key];
    }
    return j->is_string() ? j->get<std::string>() : std::string();
}

double epoch(const std::string& stamp)
{
    const QDateTime t = QDateTime::fromString(QString::fromStdString(stamp), Qt::ISODate);
    return t.isValid() ? double(t.toSecsSinceEpoch()) : 0;
}

std::string lower(std::string s)
{
    for (char& c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

void conditions(Families& out, const std::string& name, const F::Labels& base, const json& object)
{
    for (const json& c : object.value("status", json::object()).value("conditions", json::array())) {
        const std::string status = lower(c.value("status", std::string("Unknown")));
        for (const char* value : {"true", "false", "unknown"}) {
            F::Labels l = base;
            l.emplace_back("condition", c.value("type", std::string()));
            l.emplace_back("status", value);
            F::add(family(out, name), l, status == value ? 1 : 0);
        }
    }
}

void deployments(const std::vector<ObjectPtr>& objects, Families& out)
{
    for (const ObjectPtr& d : objects) {
        const json& o = d->object;
        const F::Labels l{{"namespace", d->ns}, {"deployment", d->name}};
        const double replicas = number(o, {"status", "replicas"});
        const double available = number(o, {"status", "availableReplicas"});
        F::add(family(out, "kube_deployment_spec_replicas"), l, number(o, {"spec", "replicas"}));
        F::add(family(out, "kube_deployment_status_replicas"), l, replicas);
        F::add(family(out, "kube_deployment_status_replicas_ready"), l, number(o, {"status", "readyReplicas"}));
        F::add(family(out, "kube_deployment_status_replicas_available"), l, available);
        F::add(family(out, "kube_deployment_status_replicas_unavailable"), l, number(o, {"status", "unavailableReplicas"}));
        F::add(family(out, "kube_deployment_status_replicas_updated"), l, number(o, {"status", "updatedReplicas"}));
        F::add(family(out, "kube_deployment_status_observed_generation"), l, number(o, {"status", "observedGeneration"}));
        F::add(family(out, "kube_deployment_metadata_generation"), l, number(o, {"metadata", "generation"}));
        F::add(family(out, "kube_deployment_spec_paused"), l, o["spec"].value("paused", false) ? 1 : 0);
        conditions(out, "kube_deployment_status_condition", l, o);
    }
}

void statefulsets(const std::vector<ObjectPtr>& objects, Families& out)
{
    for (const ObjectPtr& s : objects) {
        const json& o = s->object;
        const F::Labels l{{"namespace", s->ns}, {"statefulset", s->name}};
        F::add(family(out, "kube_statefulset_replicas"), l, number(o, {"spec", "replicas"}));
        F::add(family(out, "kube_statefulset_status_replicas"), l, number(o, {"status", "replicas"}));
        F::add(family(out, "kube_statefulset_status_replicas_ready"), l, number(o, {"status", "readyReplicas"}));
        F::add(family(out, "kube_statefulset_status_replicas_available"), l, number(o, {"status", "availableReplicas"}));
        F::add(family(out, "kube_statefulset_status_replicas_current"), l, number(o, {"status", "currentReplicas"}));
        F::add(family(out, "kube_statefulset_status_replicas_updated"), l, number(o, {"status", "updatedReplicas"}));
    }
}

void containerResources(Families& out, const F::Labels& base, const json& container)
{
    for (const char* kind : {"requests", "limits"}) {
        const json& r = container.value("resources", json::object()).value(kind, json::object());
        const std::string name = std::string("kube_pod_container_resource_") + kind;
        if (r.contains("cpu") && r["cpu"].is_string()) {
            F::Labels l = base;
            l.insert(l.end(), {{"resource", "cpu"}, {"unit", "core"}});
            F::add(family(out, name), l, MetricsApi::milliCpu(r["cpu"].get<std::string>()) / 1000.0);
        }
        if (r.contains("memory") && r["memory"].is_string()) {
            F::Labels l = base;
            l.insert(l.end(), {{"resource", "memory"}, {"unit", "byte"}});
            F::add(family(out, name), l, MetricsApi::bytes(r["memory"].get<std::string>()));
        }
    }
}

void pods(const std::vector<ObjectPtr>& objects, Families& out)
{
    for (const ObjectPtr& p : objects) {
        const json& o = p->object;
        const json& status = o.value("status", json::object());
        const std::string uid = text(o, {"metadata", "uid"});
        const F::Labels l{{"namespace", p->ns}, {"pod", p->name}, {"uid", uid}};
        const std::string phase = status.value("phase", std::string("Pending"));
        for (const char* candidate : {"Pending", "Running", "Succeeded", "Failed", "Unknown"}) {
            F::Labels pl = l;
            pl.emplace_back("phase", candidate);
            F::add(family(out, "kube_pod_status_phase"), pl, phase == candidate ? 1 : 0);
        }
        std::string ready = "false";
        for (const json& c : status.value("conditions", json::array()))
            if (c.value("type", std::string()) == "Ready")
                ready = lower(c.value("status", std::string("False")));
        for (const char* candidate : {"true", "false", "unknown"}) {
            F::Labels rl = l;
            rl.emplace_back("condition", candidate);
            F::add(family(out, "kube_pod_status_ready"), rl, ready == candidate ? 1 : 0);
        }
        F::Labels info = l;
        info.insert(info.end(), {{"node", text(o, {"spec", "nodeName"})}, {"pod_ip", status.value("podIP", std::string())},
                                 {"host_ip", status.value("hostIP", std::string())}});
        F::add(family(out, "kube_pod_info"), info, 1);
        for (const json& owner : o["metadata"].value("ownerReferences", json::array())) {
            F::Labels ol = l;
            ol.insert(ol.end(), {{"owner_kind", owner.value("kind", std::string())}, {"owner_name", owner.value("name", std::string())},
                                 {"owner_is_controller", owner.value("controller", false) ? "true" : "false"}});
            F::add(family(out, "kube_pod_owner"), ol, 1);
        }
        for (const json& c : o["spec"].value("containers", json::array())) {
            F::Labels cl = l;
            cl.emplace_back("container", c.value("name", std::string()));
            containerResources(out, cl, c);
        }
        for (const json& cs : status.value("containerStatuses", json::array())) {
            F::Labels cl = l;
            cl.emplace_back("container", cs.value("name", std::string()));
            F::add(family(out, "kube_pod_container_status_restarts_total", true), cl, number(cs, {"restartCount"}));
            F::add(family(out, "kube_pod_container_status_ready"), cl, cs.value("ready", false) ? 1 : 0);
            F::add(family(out, "kube_pod_container_status_running"), cl, cs.value("state", json::object()).contains("running") ? 1 : 0);
            if (const std::string reason = text(cs, {"state", "waiting", "reason"}); !reason.empty()) {
                F::Labels wl = cl;
                wl.emplace_back("reason", reason);
                F::add(family(out, "kube_pod_container_status_waiting_reason"), wl, 1);
            }
            if (const std::string reason = text(cs, {"lastState", "terminated", "reason"}); !reason.empty()) {
                F::Labels tl = cl;
                tl.emplace_back("reason", reason);
                F::add(family(out, "kube_pod_container_status_last_terminated_reason"), tl, 1);
            }
        }
    }
}

void jobs(const std::vector<ObjectPtr>& objects, Families& out)
{
    for (const ObjectPtr& j : objects) {
        const json& o = j->object;
        const F::Labels l{{"namespace", j->ns}, {"job_name", j->name}};
        F::add(family(out, "kube_job_status_active"), l, number(o, {"status", "active"}));
        F::add(family(out, "kube_job_status_succeeded"), l, number(o, {"status", "succeeded"}));
        F::add(family(out, "kube_job_status_failed"), l, number(o, {"status", "failed"}));
        if (const std::string start = text(o, {"status", "startTime"}); !start.empty())
            F::add(family(out, "kube_job_status_start_time"), l, epoch(start));
        if (const std::string done = text(o, {"status", "completionTime"}); !done.empty())
            F::add(family(out, "kube_job_status_completion_time"), l, epoch(done));
        for (const json& owner : o["metadata"].value("ownerReferences", json::array())) {
            F::Labels ol = l;
            ol.insert(ol.end(), {{"owner_kind", owner.value("kind", std::string())}, {"owner_name", owner.value("name", std::string())},
                                 {"owner_is_controller", owner.value("controller", false) ? "true" : "false"}});
            F::add(family(out, "kube_job_owner"), ol, 1);
        }
    }
}

void cronjobs(const std::vector<ObjectPtr>& objects, Families& out)
{
    for (const ObjectPtr& c : objects) {
        const json& o = c->object;
        const F::Labels l{{"namespace", c->ns}, {"cronjob", c->name}};
        F::Labels info = l;
        info.insert(info.end(), {{"schedule", text(o, {"spec", "schedule"})},
                                 {"concurrency_policy", o["spec"].value("concurrencyPolicy", std::string("Allow"))}});
        F::add(family(out, "kube_cronjob_info"), info, 1);
        F::add(family(out, "kube_cronjob_spec_suspend"), l, o["spec"].value("suspend", false) ? 1 : 0);
        F::add(family(out, "kube_cronjob_status_active"), l, double(o.value("status", json::object()).value("active", json::array()).size()));
        if (const std::string last = text(o, {"status", "lastScheduleTime"}); !last.empty())
            F::add(family(out, "kube_cronjob_status_last_schedule_time"), l, epoch(last));
        if (const std::string ok = text(o, {"status", "lastSuccessfulTime"}); !ok.empty())
            F::add(family(out, "kube_cronjob_status_last_successful_time"), l, epoch(ok));
    }
}

void hpas(const std::vector<ObjectPtr>& objects, Families& out)
{
    for (const ObjectPtr& h : objects) {
        const json& o = h->object;
        const F::Labels l{{"namespace", h->ns}, {"horizontalpodautoscaler", h->name}};
        F::add(family(out, "kube_horizontalpodautoscaler_spec_min_replicas"), l, number(o, {"spec", "minReplicas"}));
        F::add(family(out, "kube_horizontalpodautoscaler_spec_max_replicas"), l, number(o, {"spec", "maxReplicas"}));
        F::add(family(out, "kube_horizontalpodautoscaler_status_current_replicas"), l, number(o, {"status", "currentReplicas"}));
        F::add(family(out, "kube_horizontalpodautoscaler_status_desired_replicas"), l, number(o, {"status", "desiredReplicas"}));
        for (const json& m : o["spec"].value("metrics", json::array())) {
            const json& target = m.value("resource", json::object()).value("target", json::object());
            if (!target.contains("averageUtilization"))
                continue;
            F::Labels ml = l;
            ml.insert(ml.end(), {{"metric_name", m["resource"].value("name", std::string())}, {"metric_target_type", "utilization"}});
            F::add(family(out, "kube_horizontalpodautoscaler_spec_target_metric"), ml, number(target, {"averageUtilization"}));
        }
        conditions(out, "kube_horizontalpodautoscaler_status_condition", l, o);
    }
}

using KindCollector = void (*)(const std::vector<ObjectPtr>&, Families&);
struct Kind {
    const char* resource;
    KindCollector collect;
};
constexpr Kind kKinds[] = {{"deployments.apps", deployments}, {"statefulsets.apps", statefulsets}, {"pods", pods},
                           {"jobs.batch", jobs}, {"cronjobs.batch", cronjobs},
                           {"horizontalpodautoscalers.autoscaling", hpas}};

std::vector<prometheus::MetricFamily> flatten(Families& out)
{
    std::vector<prometheus::MetricFamily> families;
    families.reserve(out.size());
    for (auto& [name, f] : out)
        families.push_back(std::move(f));
    return families;
}

} // namespace

std::vector<prometheus::MetricFamily> KubeStateCollector::collect() const
{
    Families out;
    for (const Kind& kind : kKinds)
        kind.collect(m_store.snapshot(m_store.resource(kind.resource)), out);
    return flatten(out);
}

std::string KubeStateCollector::text()
{
    const std::lock_guard lock(m_mutex);
    std::string text;
    for (const Kind& kind : kKinds) {
        const std::vector<ObjectPtr> objects = m_store.snapshot(m_store.resource(kind.resource));
        // A kind's text is rebuilt only when one of its objects changed (a newer resourceVersion) or went away.
        std::uint64_t newest = 0;
        for (const ObjectPtr& o : objects)
            newest = std::max(newest, o->resourceVersion);
        Cached& cached = m_cache[kind.resource];
        if (cached.text.empty() || cached.count != objects.size() || cached.newest != newest) {
            Families out;
            kind.collect(objects, out);
            cached = {objects.size(), newest, MetricFamilies::serialize(flatten(out))};
        }
        text += cached.text;
    }
    return text;
}

} // namespace lcl::sim
