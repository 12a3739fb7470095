#pragma once
// What a what-if changes, for every reply that shows it: its amounts however they were solved
// (on the members prepared at start, or by allocate()), the spread of the burden, each member's
// difference from the decided baseline, and the compact reply a slider asks for.
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "api.hpp"
#include "report/json_document.hpp"
#include "spleis/comparison.hpp"
#include "spleis/what_if.hpp"

namespace spleis::server {

// The members a what-if's lists follow, in code order, with each one's decided amount.
struct MembersView {
    std::vector<const Municipality*> members;
    std::vector<std::optional<Ore>> baseline;  // nothing for a member the baseline does not have
    bool listed = false;                       // the served scenario's members, as its listing has them
};
// For the members a served scenario prepared at start: found once, the same for every slider.
MembersView members_view(const Served& served, const WhatIfSolver& prepared);
// For an allocation's members.
MembersView members_view(const Served& served, const Allocation& allocation);

// The spread of the burden (as summarize() measures it, with who pays most and least per
// inhabitant), the capped and floored. `measure` is the served scenario's when the members are
// its own.
struct Summary {
    Spread spread;
    std::ptrdiff_t capped = 0, floored = 0;
};
Summary summary_of(const std::vector<const Municipality*>& members, const WhatIfAmounts& amounts, const SpreadMeasure* measure);
json::Document summary_document(const Allocation& allocation);

// The baseline's share of each member, by code; nullptr for a member the baseline does not have.
std::vector<const MemberShare*> baseline_of(const Allocation& baseline, const Allocation& allocation);
void put_difference(json::Document& member, const MemberShare& share, const MemberShare* baseline);

// "detail": "amounts": the amounts, limits and differences as lists in code order, the totals
// and the summary: what the page asks at every move of a slider.
Reply amounts_reply(const Served& served, std::string_view option, const MembersView& members, const WhatIfAmounts& amounts,
                    const SpreadMeasure* measure);

}  // namespace spleis::server
