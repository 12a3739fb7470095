#pragma once
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "spleis/municipality.hpp"
#include "spleis/scenario.hpp"

namespace spleis {

// Reads a scenario's `facts:`, the published figures a calibration fits: `- total: 19 470 000`
// or `- member: 4630` with `paid: 260 000`, each with an optional `source:`. A fact about a
// municipality that is not a member, two facts about one member and two totals are errors at
// the fact.
std::vector<Fact> read_facts(const std::string& file, const YAML::Node& node, const std::vector<Municipality>& members);

}  // namespace spleis
