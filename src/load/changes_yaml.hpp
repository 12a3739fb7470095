#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "spleis/municipality.hpp"
#include "spleis/scenario.hpp"
#include "yaml_reader.hpp"

namespace spleis {

// How an option reads what it needs from the scenario being read.
struct ChangeContext {
    const PopulationTable* table = nullptr;  // where joining municipalities are looked up
    std::function<std::vector<Municipality>(const YAML::Node&)> select_members;  // `members:` as in a scenario
    std::function<Ore(const YAML::Node&, std::string_view)> amount;             // kroner (for the year being read)
};



// An option's changes to the members, the budget, external funding and self-funded amounts:
//   members: all | county: 46 | [4601, 4630]     a new member list
//   leave: [Kinn, Stad]  /  join: [4630]          codes or names from the population table
//   budget: 18 000 000
//   external_funding: [{name: Iris-fondet, amount: none}]   none removes it; a new name adds one
//   self_funded: [{member: Bergen, amount: 8 000 000}]      none: pays by the rule
// A name that is not in the population table, or names two municipalities, is an error at it.
ScenarioChanges read_changes(const std::string& file, const yaml::Map& option, const ChangeContext& context);

}  // namespace spleis
