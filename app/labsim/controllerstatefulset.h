#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace lcl::sim {

class ControllerContext;

// statefulset-controller: ordinal pods name-0..N-1 created in order (OrderedReady waits for each to be ready,
// Parallel does not), scale-down from the highest ordinal, RollingUpdate from the highest ordinal down to the
// partition one pod at a time, and status with currentRevision/updateRevision. Each pod gets a claim per
// spec.volumeClaimTemplates entry, `<template>-<pod>`, bound at once by the node's local-path provisioner.
// spec.persistentVolumeClaimRetentionPolicy decides what becomes of them, through owner references the garbage
// collector follows: whenDeleted: Delete makes the set their owner (they go with it), whenScaled: Delete makes a
// pod being scaled away the owner of its claims (they go with the pod); Retain (the default) keeps them.
class ControllerStatefulSet final {
public:
    explicit ControllerStatefulSet(ControllerContext& context) : m_ctx(context) {}

    void reconcile(const std::string& ns, const std::string& name);

private:
    // Creates the missing claims of `podName`; the pod volumes that mount them. False when one could not be made.
    bool ensureClaims(const nlohmann::json& sts, const std::string& podName, nlohmann::json* volumes);
    // Gives the claims of `pod` the owners the retention policy asks for (`condemned`: being scaled away).
    void syncClaimOwners(const nlohmann::json& sts, const nlohmann::json& pod, bool condemned);

    ControllerContext& m_ctx;
};

} // namespace lcl::sim
