#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace lcl::sim {

class ControllerContext;

// job-controller: labels and selector on new jobs, pods up to parallelism until `completions` succeeded, the
// backoff limit (failed pods, or container restarts under restartPolicy OnFailure), status active/ready/
// succeeded/failed with startTime/completionTime, conditions Complete or Failed, and the events for each.
class JobController final {
public:
    explicit JobController(ControllerContext& context) : m_ctx(context) {}

    void reconcile(const std::string& ns, const std::string& name);

private:
    // Adds what the API server defaults on a Job: controller-uid and job-name labels and the selector.
    bool ensureSelector(nlohmann::json& job);

    ControllerContext& m_ctx;
};

} // namespace lcl::sim
