#pragma once
#include <optional>
#include <vector>

#include "spleis/scenario.hpp"

namespace spleis {

// What the paying members must raise together, once other money is counted.
struct MemberTarget {
    std::optional<Ore> amount;      // nothing when no budget is given: the rule's amounts stand
    std::vector<Funding> funding;   // external funding (and a fund's sponsor when it is known)
};

// Budget minus external funding minus self-funded members; for a matched fund whose levy is
// solved, the members' part of the fund's target (the sponsor adds the rest).
MemberTarget member_target(const Scenario& scenario);

// For a matched fund reaching its target (the budget, else the upper frame): what the members
// pay, and the sponsor's match as funding.
MemberTarget matched_fund_target(const Scenario& scenario);

// What a matched fund's sponsor adds to what the members pay: match_rate per krone, at most
// the sponsor's maximum.
Ore sponsor_match_amount(const Scenario& scenario, Ore members_paid);

// For a matched fund with a fixed levy: the sponsor's match on what the members paid, as
// funding; an error when the fund would then hold more than its upper frame.
Funding sponsor_match(const Scenario& scenario, Ore members_paid);

}  // namespace spleis
