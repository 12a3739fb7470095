#pragma once
// Options side by side: the same members under several models, with the differences from the
// baseline and measures of how evenly the burden per inhabitant is spread.
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "spleis/allocation.hpp"

namespace spleis {

struct OptionSummary {
    Ore members_total = 0;                // what the members pay together
    std::optional<ParameterId> solved;    // the parameter the engine found, and its value
    double solved_value = 0;
    // Over the members in the split (self-funded members excluded):
    Ore smallest = 0, largest = 0;        // the smallest and largest amount a member pays
    int capped = 0, floored = 0;          // members held by the cap or the floor
    double gini = 0;                      // Gini coefficient of the cost per inhabitant (0 = all equal)
    double highest_to_lowest = 0;         // highest cost per inhabitant ÷ lowest
};

struct NamedAllocation {
    std::string name;
    Allocation allocation;
};

struct Comparison {
    std::vector<NamedAllocation> options;  // the first is the baseline
    std::vector<OptionSummary> summaries;  // one per option
};

// Requires the same members in every allocation (throws spleis::Error naming the first
// member that differs, located at `files[i]` of the allocation that differs).
Comparison compare(std::vector<NamedAllocation> options);

OptionSummary summarize(const Allocation& allocation);

// Gini coefficient of non-negative values: mean absolute difference over twice the mean.
double gini(std::span<const double> values);
// The same, of values already in ascending order.
double gini_of_sorted(std::span<const double> sorted);

}  // namespace spleis
