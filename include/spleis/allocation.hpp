#pragma once
// The result of solving a scenario: who pays what, and why.
#include <optional>
#include <string>
#include <vector>

#include "spleis/money.hpp"
#include "spleis/municipality.hpp"
#include "spleis/parameter.hpp"
#include "spleis/rule.hpp"
#include "spleis/scenario.hpp"

namespace spleis {

enum class Limit { none, cap, floor, self_funded };
std::string_view limit_name(Limit limit);  // "none", "cap", "floor", "self-funded"

struct MemberShare {
    Municipality municipality;
    RawAmount raw;         // the rule's amount, before limits and rounding (kroner)
    double limited = 0;    // after cap and floor, before rounding (kroner)
    Limit limit = Limit::none;
    Ore amount = 0;        // what the member pays, rounded
    bool rounded_up = false;  // got one extra rounding unit from the largest-remainder step
    Ore asked = 0;         // what the rule asked for, rounded, before a shortfall rule reduced it
};

struct Allocation {
    std::string title;
    std::string scenario_file;
    int year = 0;
    std::string model_name;
    RuleKind rule = RuleKind::equal_split;
    std::vector<Band> bands;              // population_bands only: the price list, lowest band first
    std::string bands_source;
    std::string population_file;
    int population_year = 0;
    std::vector<std::string> reforms_followed;  // members whose code changed in a reform, followed
    Parameters parameters{};              // as used, the solved one filled in
    std::optional<ParameterId> solved;    // which parameter the engine found
    std::vector<MemberShare> members;     // in code order
    std::vector<Funding> external_funding;  // deducted before the split (and a fund's sponsor)
    std::vector<SelfFunded> self_funded;    // members covering a fixed amount themselves
    Ore rounding_unit = ore_per_krone;
    Ore members_total = 0;                // sum of members' amounts, self-funded included
    Ore total = 0;                        // members_total + external funding (== budget when given)
    std::optional<Ore> budget;
    std::optional<ShortfallRule> shortfall;  // set when a shortfall rule reduced what the members were asked
    Ore asked_total = 0;                  // what the paying members were asked, before the reduction
};

}  // namespace spleis
