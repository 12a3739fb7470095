#pragma once
#include <optional>
#include <string>
#include <vector>

#include "spleis/model.hpp"
#include "spleis/money.hpp"
#include "spleis/municipality.hpp"

namespace spleis {

// Money from outside the group (a grant, a regional fund), deducted before the split.
struct Funding {
    std::string name;
    Ore amount = 0;
    std::string source;
};

// A member that covers a fixed amount itself and stays out of the split (Bergen in Digi Vestland).
struct SelfFunded {
    std::string code;
    Ore amount = 0;
    std::string source;
    Location where;
};

// A published figure `spleis calibrate` fits the parameters marked `calibrate` to: what one
// member paid, or the total (the whole budget: members in the split, self-funded members and
// external funding together, as council papers state it).
enum class FactKind { total, member_paid };

struct Fact {
    FactKind kind = FactKind::total;
    std::string member;  // member_paid: the municipality code
    Ore amount = 0;
    std::string source;
    Location where;
};

// A named alternative to the scenario's model, for comparing: the same members, budget and
// funding under another rule or other parameters.
struct ScenarioOption {
    std::string name;
    Model model;  // complete: the baseline's model with the option's changes applied
    Location where;
};

// A model applied to one year and one group. Read from scenarios/*.yaml.
struct Scenario {
    std::string title;
    std::string file;
    int year = 0;                         // the budget year
    Model model;                          // with the scenario's parameter overrides applied
    std::string population_file;          // where the members' populations come from
    int population_year = 0;              // population at 1 January of this year
    std::vector<Municipality> members;    // the members, in code order
    std::vector<std::string> notes;       // what reading the data did: rows left out, reforms followed
    std::optional<Ore> budget;            // the total to meet; required when a parameter is solved
    Location budget_where;
    std::vector<Funding> external_funding;
    std::vector<SelfFunded> self_funded;
    Ore rounding_unit = ore_per_krone;    // 1 (øre), 100 (krone), 10 000 (100 kr), 100 000 (1 000 kr)
    std::string baseline_name;            // what comparisons call the scenario's own model
    std::vector<ScenarioOption> options;  // alternatives to compare against the baseline
    std::vector<Fact> facts;              // for `spleis calibrate` only
    Location facts_where;
};

// The scenario with an option's model in place of its own (and no options of its own).
Scenario with_option(const Scenario& scenario, const ScenarioOption& option);

}  // namespace spleis
