#include "spleis/scenario.hpp"

namespace spleis {

Scenario with_option(const Scenario& scenario, const ScenarioOption& option) {
    Scenario s = scenario;
    s.model = option.model;
    s.baseline_name = option.name;
    s.options.clear();
    return s;
}

}  // namespace spleis
