#pragma once
// Options side by side: members under several models (not necessarily the same members), with
// the differences from the baseline and measures of how evenly the burden per inhabitant is spread.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "spleis/allocation.hpp"

namespace spleis {

struct OptionSummary {
    int members = 0;                      // how many members the option has
    int paying = 0;                       // how many of them pay something (self-funded included)
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

// A municipality that is a member in at least one option, and where it is in each.
struct ComparedMember {
    Municipality municipality;                   // as the first option that has it lists it
    std::vector<std::optional<std::size_t>> at;  // [option]: its place in that option's members; nothing: not a member there
};

struct Comparison {
    std::vector<NamedAllocation> options;  // the first is the baseline
    std::vector<OptionSummary> summaries;  // one per option
    std::vector<ComparedMember> members;   // every member of any option, in code order
    bool same_members = true;              // every option has exactly the same members

    // What member `member` pays under option `option`; nullptr when it is not a member there.
    const MemberShare* share(std::size_t member, std::size_t option) const;
};

// The options' members side by side: a municipality that is a member of some options only is
// not a member in the others (never a member paying 0 kr).
Comparison compare(std::vector<NamedAllocation> options);

OptionSummary summarize(const Allocation& allocation);

// How the burden is spread over the members in the split (see OptionSummary).
struct Spread {
    Ore smallest = 0, largest = 0;  // 0 and 0 with no member in the split
    double gini = 0;
    double highest_to_lowest = 0;   // 0 with no member in the split that has inhabitants
    // Who pays most and least per inhabitant (the first of equals), and how much: none with no
    // member in the split that has inhabitants.
    std::optional<std::size_t> highest, lowest;
    double highest_per_inhabitant = 0, lowest_per_inhabitant = 0;
};

// The spread of many sets of amounts over the same members: summarize() measures one
// allocation with it, a sweep each of its points. Member i has populations[i] inhabitants and
// is in the split when in_split[i].
class SpreadMeasure {
public:
    SpreadMeasure(std::span<const std::int64_t> populations, const std::vector<bool>& in_split);
    // amounts[i]: what member i pays. Several threads may measure at once.
    Spread of(std::span<const Ore> amounts) const;

private:
    std::vector<std::uint32_t> in_split_;
    std::vector<std::uint32_t> rated_;  // those in the split with inhabitants: the cost per inhabitant is theirs
    std::vector<double> inhabitants_;   // of the rated members
};

// Gini coefficient of non-negative values: mean absolute difference over twice the mean.
double gini(std::span<const double> values);
// The same, of values already in ascending order.
double gini_of_sorted(std::span<const double> sorted);

}  // namespace spleis
