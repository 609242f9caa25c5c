#pragma once

#include "labsim/objectstoreerror.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace lcl::sim {

// A parsed label selector: `a=b,c==d,e!=f,g in (x,y),h notin (z),i,!j`.
class Selector final {
public:
    enum class Op { Equals, NotEquals, In, NotIn, Exists, DoesNotExist };
    struct Requirement {
        std::string key;
        Op op = Op::Equals;
        std::vector<std::string> values;
    };

    // 400 BadRequest with the apimachinery wording when the text does not parse.
    static StoreResult<Selector> parse(std::string_view text);
    // From a LabelSelector object ({matchLabels, matchExpressions}) as workloads carry it.
    static StoreResult<Selector> fromLabelSelector(const nlohmann::json& selector);

    bool empty() const { return m_requirements.empty(); }
    // `labels` is metadata.labels (may be null).
    bool matches(const nlohmann::json& labels) const;
    const std::vector<Requirement>& requirements() const { return m_requirements; }
    // Back to the string form, e.g. for Scale.status.selector.
    std::string toString() const;

private:
    std::vector<Requirement> m_requirements;
};

} // namespace lcl::sim
