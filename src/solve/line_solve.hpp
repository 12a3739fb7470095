#pragma once
// Solving the unknown of a rule on a population line (spleis/rule.hpp) without building the
// total curve: a binary search over the members' breakpoints, in population order.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "limits.hpp"
#include "spleis/rule.hpp"
#include "rules/rules.hpp"

namespace spleis {

// The paying members' populations, largest first, and their running sums: made once per
// scenario, they let the total at any value of the unknown be computed without a loop.
struct PopulationOrder {
    std::vector<double> population;  // largest first
    std::vector<double> prefix;      // prefix[r]: the r largest together (exact: integers below 2^53)
};
PopulationOrder population_order(std::span<const std::int64_t> population, std::span<const std::uint32_t> by_population);

struct LineSolution {
    bool applies = false;     // false: the rule's lines do not fit this method; use the total curve
    std::optional<double> x;  // the unknown, or nothing when no value meets the target
};

// The smallest x >= 0 at which the members, each paying clamp(line(x).amount(population),
// floor, cap), pay `target` kroner together, where line(x) is at_zero at 0 and at_one at 1
// (rules are affine in the unknown). O(log n) total evaluations of O(1) each without a floor,
// O(log² n) with one; the same answer as TotalCurve up to floating-point rounding.
LineSolution solve_on_line(const PopulationOrder& order, const PopulationLine& at_zero, const PopulationLine& at_one,
                           const MemberLimits& limits, double target);

}  // namespace spleis
