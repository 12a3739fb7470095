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

// What an option changes besides the model: who the members are, the budget, the money from
// outside and what a member covers itself. Empty changes nothing. Resolved when read (names
// become codes, joining municipalities carry their populations), so applying it needs no files:
// with_changes() is a pure function, the one `compare`, the C API and a server call alike.
struct FundingChange {
    std::string name;           // of the external funding; a name the scenario lacks adds one
    std::optional<Ore> amount;  // nothing: the funding is removed
    std::string source;
    Location where;
};

struct SelfFundedChange {
    std::string code;           // the member
    std::optional<Ore> amount;  // nothing: it pays by the rule like the others
    std::string source;
    Location where;
};

struct ScenarioChanges {
    std::optional<std::vector<Municipality>> members;  // a new member list in place of the scenario's
    Location members_where;
    std::vector<std::string> leave;    // codes of members that stay out
    std::vector<Municipality> join;    // municipalities that join, with their populations
    Location leave_where, join_where;
    std::optional<Ore> budget;
    Location budget_where;
    std::vector<FundingChange> funding;
    std::vector<SelfFundedChange> self_funded;

    bool changes_members() const { return members || !leave.empty() || !join.empty(); }
    bool empty() const { return !changes_members() && !budget && funding.empty() && self_funded.empty(); }
};

// A named alternative to the scenario, for comparing: another rule or other parameters, and
// other members, budget or funding.
struct ScenarioOption {
    std::string name;
    Model model;  // complete: the baseline's model with the option's changes applied
    ScenarioChanges changes;
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
    std::vector<std::string> notes;       // what reading the data left out (rows of an SSB export)
    std::vector<std::string> reforms_followed;  // members whose code changed, followed (`reform: follow`)
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

// The scenario with the changes applied, in this order: a new member list, members leaving
// (a leaving member's self-funded amount goes with it), members joining, self-funded amounts,
// external funding, the budget. Members stay in code order. Throws spleis::Error, at the
// change's location, for a change that does not fit the scenario: a member that leaves
// without being one, or joins being one already; funding removed that is not there; no member
// left, or none left to pay by the rule.
Scenario with_changes(const Scenario& scenario, const ScenarioChanges& changes);

// The scenario with an option's model in place of its own and its other changes applied (and
// no options of its own). Errors from with_changes() name the option.
Scenario with_option(const Scenario& scenario, const ScenarioOption& option);

}  // namespace spleis
