#pragma once

#include <QString>

#include <functional>

class QObject;

namespace lcl::kube {
class LogStream;
class ObjectYamlLoader;
class ResourceStore;
} // namespace lcl::kube
namespace lcl::lab {
class LabProfile;
}
namespace lcl::itemmodels {
class MetricsRangeSource;
class ServiceOverviewModel;
} // namespace lcl::itemmodels

namespace lcl::widgets {

// What the main views read and call, handed to them by the application: the store, the profile, the shared
// service model, where charts get ranges from, and factories for the per-use readers (a factory returns null
// while no cluster is connected). Views never fetch or parse themselves.
struct ViewContext {
    kube::ResourceStore* store = nullptr;
    const lab::LabProfile* profile = nullptr; // may be null
    itemmodels::ServiceOverviewModel* services = nullptr;
    itemmodels::MetricsRangeSource* ranges = nullptr; // may be null: charts say there is no source
    std::function<kube::LogStream*(QObject* parent)> makeLogStream;
    std::function<kube::ObjectYamlLoader*(QObject* parent)> makeYamlLoader;
    std::function<QString()> kubeContext; // for "Copy as kubectl"; may be empty
};

} // namespace lcl::widgets
