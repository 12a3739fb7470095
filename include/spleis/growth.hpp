#pragma once
// How a matched fund grows with who joins: members join in a stated order, and at each step
// the report gives the members so far, their population, what they pay at the stated levies,
// the sponsor's match and the fund against its upper frame, and the levy that would fill the
// frame with just them (KommIT / DigiFin: "an upper frame of 250 MNOK depending on how many
// municipalities and counties join").
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "spleis/money.hpp"
#include "spleis/scenario.hpp"

namespace spleis {

enum class JoinOrder {
    largest_first,   // by population, the largest first (ties by code)
    smallest_first,  // by population, the smallest first
    by_county,       // a county at a time (the first two digits of the code), the largest county first
    listed,          // in the order of a list; members not listed do not join
};

struct GrowthPlan {
    JoinOrder order = JoinOrder::largest_first;
    std::vector<std::string> listed;  // codes, for JoinOrder::listed
    std::vector<double> levies;       // kroner per inhabitant; none: only the levy that fills the frame
};

struct GrowthAtLevy {
    Ore members_pay = 0;  // the members' levy, rounded as `spleis run` rounds it
    Ore match = 0;        // the sponsor's match on it, up to the sponsor's maximum
    Ore fund = 0;         // members_pay + match (may pass the frame: then the levy is too high for this many)
};

struct GrowthStep {
    std::vector<Municipality> joining;  // who joins at this step (one member, or a county's)
    std::string county;                 // JoinOrder::by_county: the county number
    int members = 0;                    // members so far
    std::int64_t population = 0;       // their population
    std::vector<GrowthAtLevy> at;       // one per stated levy
    double filling_levy = 0;            // the levy (solved) with which these members fill the frame
};

struct Growth {
    std::string title;
    JoinOrder order = JoinOrder::largest_first;
    std::string sponsor;
    double match_rate = 1;
    Ore sponsor_maximum = 0;
    Ore frame = 0;
    int population_year = 0;
    std::vector<double> levies;
    std::vector<GrowthStep> steps;
};

// Requires a scenario under the matched_fund rule; its members are the ones that may join.
// Each step is solved as `spleis run` solves the members so far (the same rounding), so the
// last step with every member in is what `spleis run` gives for the scenario. Throws
// spleis::Error for another rule, a listed code that is not a member, or a levy below zero.
Growth grow(const Scenario& scenario, const GrowthPlan& plan);

}  // namespace spleis
