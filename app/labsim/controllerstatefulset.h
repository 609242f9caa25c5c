#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace lcl::sim {

class ControllerContext;

// statefulset-controller: ordinal pods name-0..N-1 created in order (OrderedReady waits for each to be ready,
// Parallel does not), scale-down from the highest ordinal, RollingUpdate from the highest ordinal down to the
// partition one pod at a time, and status with currentRevision/updateRevision. Each pod gets a claim per
// spec.volumeClaimTemplates entry, `<template>-<pod>`, bound at once by the node's local-path provisioner; claims
// stay when the set scales down (persistentVolumeClaimRetentionPolicy Retain, Kubernetes' default).
class ControllerStatefulSet final {
public:
    explicit ControllerStatefulSet(ControllerContext& context) : m_ctx(context) {}

    void reconcile(const std::string& ns, const std::string& name);

private:
    // Creates the missing claims of `podName`; the pod volumes that mount them. False when one could not be made.
    bool ensureClaims(const nlohmann::json& sts, const std::string& podName, nlohmann::json* volumes);

    ControllerContext& m_ctx;
};

} // namespace lcl::sim
