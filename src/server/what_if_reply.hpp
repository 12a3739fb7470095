#pragma once
// A solved what-if as the API answers it: the members' amounts, each one's difference from the
// decided baseline, the spread of the burden and the totals. One function writes both the full
// answer and the compact one the page asks for at every move of a slider ("detail": "amounts").
#include <string_view>
#include <vector>

#include "api.hpp"
#include "spleis/json_document.hpp"

namespace spleis::server {

enum class Detail { full, amounts };

// The reply's document for allocation `a` of served scenario `s` under `option`.
json::Document what_if_document(const Served& s, std::string_view option, const Allocation& a, Detail detail);

// The spread of the burden (who pays most and least per inhabitant, smallest, largest, Gini),
// and how many are at the cap and at the floor.
json::Document summary_document(const Allocation& a);

// The baseline's share of each member, by code; nullptr for a member the baseline does not have.
std::vector<const MemberShare*> baseline_of(const Allocation& baseline, const Allocation& a);
void put_difference(json::Document& member, const MemberShare& share, const MemberShare* baseline);

}  // namespace spleis::server
