#include "labsim/objectfactory.h"

#include <cctype>
#include <cstdio>

namespace lcl::sim {

nlohmann::json ObjectFactory::endpointSlice(const nlohmann::json& service, const std::vector<nlohmann::json>& pods)
{
    const auto& sm = service["metadata"];
    const auto svcName = sm.value("name", "");
    nlohmann::json m = meta(sm.value("namespace", ""), svcName + "-" + suffix(5), 86'400 * 10);
    m["generateName"] = svcName + "-";
    m["labels"] = {{"endpointslice.kubernetes.io/managed-by", "endpointslice-controller.k8s.io"},
                   {"kubernetes.io/service-name", svcName}};
    m["ownerReferences"] = {ownerReference(service)};
    m["ownerReferences"][0]["blockOwnerDeletion"] = true;
    m["generation"] = 1;
    nlohmann::json endpoints = nlohmann::json::array();
    for (const auto& pod : pods) {
        endpoints.push_back({{"addresses", {pod["status"].value("podIP", "")}},
                             {"conditions", {{"ready", true}, {"serving", true}, {"terminating", false}}},
                             {"nodeName", kNodeName},
                             {"targetRef", {{"kind", "Pod"}, {"name", pod["metadata"].value("name", "")},
                                            {"namespace", pod["metadata"].value("namespace", "")},
                                            {"uid", pod["metadata"].value("uid", "")}}}});
    }
    nlohmann::json ports = nlohmann::json::array();
    for (const auto& p : service["spec"].value("ports", nlohmann::json::array())) {
        nlohmann::json port = {{"port", p["targetPort"].is_number() ? p["targetPort"] : p["port"]},
                               {"protocol", p.value("protocol", "TCP")}};
        if (p.contains("name"))
            port["name"] = p["name"];
        ports.push_back(port);
    }
    nlohmann::json o = {{"apiVersion", "discovery.k8s.io/v1"}, {"kind", "EndpointSlice"}, {"metadata", m},
                        {"addressType", "IPv4"}, {"endpoints", endpoints}, {"ports", ports}};
    stampManager(o, "k3s", "Update", m["creationTimestamp"]);
    return o;
}

nlohmann::json ObjectFactory::endpoints(const nlohmann::json& service, const std::vector<nlohmann::json>& pods)
{
    const auto& sm = service["metadata"];
    nlohmann::json m = meta(sm.value("namespace", ""), sm.value("name", ""), 86'400 * 10);
    nlohmann::json addresses = nlohmann::json::array();
    for (const auto& pod : pods)
        addresses.push_back({{"ip", pod["status"].value("podIP", "")},
                             {"nodeName", kNodeName},
                             {"targetRef", {{"kind", "Pod"}, {"name", pod["metadata"].value("name", "")},
                                            {"namespace", pod["metadata"].value("namespace", "")},
                                            {"uid", pod["metadata"].value("uid", "")}}}});
    nlohmann::json ports = nlohmann::json::array();
    for (const auto& p : service["spec"].value("ports", nlohmann::json::array())) {
        nlohmann::json port = {{"port", p["targetPort"].is_number() ? p["targetPort"] : p["port"]},
                               {"protocol", p.value("protocol", "TCP")}};
        if (p.contains("name"))
            port["name"] = p["name"];
        ports.push_back(port);
    }
    nlohmann::json o = {{"apiVersion", "v1"}, {"kind", "Endpoints"}, {"metadata", m}};
    if (!addresses.empty())
        o["subsets"] = {{{"addresses", addresses}, {"ports", ports}}};
    stampManager(o, "k3s", "Update", m["creationTimestamp"]);
    return o;
}

nlohmann::json ObjectFactory::gatewayClass(const std::string& name)
{
    const std::int64_t age = 86'400 * 11;
    nlohmann::json o = {
        {"apiVersion", "gateway.networking.k8s.io/v1"},
        {"kind", "GatewayClass"},
        {"metadata", meta({}, name, age)},
        {"spec", {{"controllerName", "gateway.envoyproxy.io/gatewayclass-controller"}}},
        {"status",
         {{"conditions", {condition("Accepted", "True", "Accepted", "Valid GatewayClass", ago(age - 10))}},
          {"supportedFeatures", nlohmann::json::array()}}}};
    o["metadata"]["generation"] = 1;
    o["status"]["conditions"][0]["observedGeneration"] = 1;
    stampManager(o, "kubectl-client-side-apply", "Update", ago(age));
    return o;
}

nlohmann::json ObjectFactory::gateway(const std::string& ns, const std::string& name, const std::string& className,
                                      const std::vector<nlohmann::json>& listeners, const std::string& address)
{
    const std::int64_t age = 86'400 * 10;
    const auto t = ago(age - 15);
    nlohmann::json listenerStatus = nlohmann::json::array();
    for (const auto& l : listeners) {
        nlohmann::json ls = {{"name", l.value("name", "")},
                             {"attachedRoutes", 0},
                             {"supportedKinds", {{{"group", "gateway.networking.k8s.io"}, {"kind", "HTTPRoute"}},
                                                 {{"group", "gateway.networking.k8s.io"}, {"kind", "GRPCRoute"}}}},
                             {"conditions",
                              {condition("Programmed", "True", "Programmed", "Sending translated listener configuration to the data plane", t),
                               condition("Accepted", "True", "Accepted", "Listener has been successfully translated", t),
                               condition("ResolvedRefs", "True", "ResolvedRefs", "Listener has been successfully translated", t)}}};
        for (auto& c : ls["conditions"])
            c["observedGeneration"] = 1;
        listenerStatus.push_back(ls);
    }
    auto accepted = condition("Accepted", "True", "Accepted", "The Gateway has been scheduled by Envoy Gateway", t);
    auto programmed = condition("Programmed", "True", "Programmed", "Address assigned to the Gateway, 1/1 envoy replicas available", t);
    accepted["observedGeneration"] = 1;
    programmed["observedGeneration"] = 1;
    nlohmann::json o = {{"apiVersion", "gateway.networking.k8s.io/v1"},
                        {"kind", "Gateway"},
                        {"metadata", meta(ns, name, age)},
                        {"spec", {{"gatewayClassName", className}, {"listeners", listeners}}},
                        {"status",
                         {{"addresses", {{{"type", "IPAddress"}, {"value", address}}}},
                          {"conditions", {accepted, programmed}},
                          {"listeners", listenerStatus}}}};
    o["metadata"]["generation"] = 1;
    stampManager(o, "kubectl-client-side-apply", "Update", ago(age));
    stampManager(o, "envoy-gateway", "Update", t, "status");
    return o;
}

nlohmann::json ObjectFactory::httpRoute(const std::string& ns, const std::string& name, const nlohmann::json& parentRef,
                                        const std::vector<std::string>& hostnames, const nlohmann::json& rules)
{
    const std::int64_t age = 86'400 * 9;
    const auto t = ago(age - 10);
    auto fullParent = parentRef;
    if (!fullParent.contains("group"))
        fullParent["group"] = "gateway.networking.k8s.io";
    if (!fullParent.contains("kind"))
        fullParent["kind"] = "Gateway";
    auto accepted = condition("Accepted", "True", "Accepted", "Route is accepted", t);
    auto resolved = condition("ResolvedRefs", "True", "ResolvedRefs", "Resolved all the Object references for the Route", t);
    accepted["observedGeneration"] = 1;
    resolved["observedGeneration"] = 1;
    nlohmann::json spec = {{"parentRefs", {parentRef}}, {"rules", rules}};
    if (!hostnames.empty())
        spec["hostnames"] = hostnames;
    nlohmann::json o = {{"apiVersion", "gateway.networking.k8s.io/v1"},
                        {"kind", "HTTPRoute"},
                        {"metadata", meta(ns, name, age)},
                        {"spec", spec},
                        {"status",
                         {{"parents",
                           {{{"parentRef", fullParent},
                             {"controllerName", "gateway.envoyproxy.io/gatewayclass-controller"},
                             {"conditions", {accepted, resolved}}}}}}}};
    o["metadata"]["generation"] = 1;
    stampManager(o, "kubectl-client-side-apply", "Update", ago(age));
    stampManager(o, "envoy-gateway", "Update", t, "status");
    return o;
}

nlohmann::json ObjectFactory::customResourceDefinition(const std::string& group, const std::string& kind,
                                                       const std::string& plural,
                                                       const std::vector<std::string>& shortNames, bool namespaced)
{
    const std::int64_t age = 86'400 * 11;
    std::string singular = kind;
    for (auto& c : singular)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    nlohmann::json names = {{"kind", kind}, {"listKind", kind + "List"}, {"plural", plural}, {"singular", singular},
                            {"categories", {"gateway-api"}}};
    if (!shortNames.empty())
        names["shortNames"] = shortNames;
    nlohmann::json m = meta({}, plural + "." + group, age);
    m["annotations"] = {{"api-approved.kubernetes.io", "https://github.com/kubernetes-sigs/gateway-api/pull/3328"},
                        {"gateway.networking.k8s.io/bundle-version", "v1.2.1"},
                        {"gateway.networking.k8s.io/channel", "standard"}};
    m["generation"] = 1;
    const auto t = ago(age - 2);
    nlohmann::json o = {
        {"apiVersion", "apiextensions.k8s.io/v1"},
        {"kind", "CustomResourceDefinition"},
        {"metadata", m},
        {"spec",
         {{"group", group},
          {"names", names},
          {"scope", namespaced ? "Namespaced" : "Cluster"},
          {"conversion", {{"strategy", "None"}}},
          {"versions",
           {{{"name", "v1"},
             {"served", true},
             {"storage", true},
             {"subresources", {{"status", nlohmann::json::object()}}},
             {"schema", {{"openAPIV3Schema", {{"type", "object"}, {"x-kubernetes-preserve-unknown-fields", true}}}}}}}}}},
        {"status",
         {{"acceptedNames", names},
          {"conditions", {condition("NamesAccepted", "True", "NoConflicts", "no conflicts found", t),
                          condition("Established", "True", "InitialNamesAccepted", "the initial names have been accepted", t)}},
          {"storedVersions", {"v1"}}}}};
    stampManager(o, "kubectl-client-side-apply", "Update", ago(age));
    stampManager(o, "k3s", "Update", t, "status");
    return o;
}

nlohmann::json ObjectFactory::event(const nlohmann::json& involved, const std::string& type, const std::string& reason,
                                    const std::string& message, const std::string& component,
                                    std::int64_t ageSeconds, int count)
{
    const auto& im = involved["metadata"];
    const auto ns = im.value("namespace", "default");
    const auto first = ago(ageSeconds + (count > 1 ? 600 : 0));
    const auto last = ago(ageSeconds);
    char hexName[17];
    std::snprintf(hexName, sizeof hexName, "%016llx", static_cast<unsigned long long>(m_rng()));
    nlohmann::json involvedRef = {{"kind", involved.value("kind", "")},
                                  {"namespace", ns},
                                  {"name", im.value("name", "")},
                                  {"uid", im.value("uid", "")},
                                  {"apiVersion", involved.value("apiVersion", "v1")},
                                  {"resourceVersion", im.value("resourceVersion", "")}};
    if (involved.value("kind", "") == "Pod") {
        const auto c = involved["spec"]["containers"][0].value("name", "");
        involvedRef["fieldPath"] = "spec.containers{" + c + "}";
    }
    nlohmann::json o = {{"apiVersion", "v1"},
                        {"kind", "Event"},
                        {"metadata", {{"name", im.value("name", "") + "." + hexName},
                                      {"namespace", ns},
                                      {"uid", uid()},
                                      {"creationTimestamp", first}}},
                        {"involvedObject", involvedRef},
                        {"reason", reason},
                        {"message", message},
                        {"source", {{"component", component}}},
                        {"firstTimestamp", first},
                        {"lastTimestamp", last},
                        {"count", count},
                        {"type", type},
                        {"eventTime", nullptr},
                        {"reportingComponent", component},
                        {"reportingInstance", ""}};
    if (component == "kubelet") {
        o["source"]["host"] = kNodeName;
        o["reportingInstance"] = kNodeName;
    }
    stampManager(o, component == "kubelet" ? "k3s" : "kube-controller-manager", "Update", last);
    return o;
}

} // namespace lcl::sim
