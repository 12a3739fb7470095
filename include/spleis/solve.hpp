#pragma once
// Solving: pure functions from a Scenario to an Allocation. No I/O happens here.
#include <span>
#include <vector>

#include "spleis/allocation.hpp"
#include "spleis/scenario.hpp"

namespace spleis {

// Checks everything that can be checked without computing: one unknown when a budget is
// given, none without; a cap not below the base or the floor; funding not above the budget;
// rounding unit dividing caps and floors. Throws spleis::Error.
void check(const Scenario& scenario);

// Finds the unknown parameter so the budget balances exactly, applies caps and floors,
// and rounds to the scenario's unit. Contributions plus external funding equal the budget
// to the øre. Throws spleis::Error (kind infeasible when no value can balance the budget).
Allocation allocate(const Scenario& scenario);

// --- The pieces allocate() is made of, public for tests and benchmarks. ---

// One member's amount as a function of the unknown x: clamp(intercept + slope * x, floor, cap).
struct MemberLine {
    double intercept = 0;
    double slope = 0;  // >= 0
    double floor = 0;
    double cap = 0;    // may be +infinity
};

// The members' total as a function of the unknown: non-decreasing and piecewise linear, with
// a breakpoint wherever a member reaches its floor or its cap. Built once (sorting the
// breakpoints, O(n log n)); each solve_for() is then a binary search, so re-solving the same
// members for another budget does not sort again.
class TotalCurve {
public:
    explicit TotalCurve(std::span<const MemberLine> members);

    double min_total() const { return total_.front(); }  // at x = 0
    double max_total() const;                            // +infinity when some member is uncapped
    // The smallest x >= 0 with total(x) == target, or nothing when the target is out of range.
    std::optional<double> solve_for(double target) const;
    double total_at(double x) const;

private:
    std::vector<double> x_;      // breakpoints, ascending, x_[0] == 0
    std::vector<double> total_;  // total at each breakpoint
    std::vector<double> slope_;  // slope from each breakpoint to the next
};

// The largest-remainder method (Hamilton): every member gets its exact amount rounded down
// to whole units; the units still missing to reach target go one each to the largest
// remainders, ties to the earlier member (callers order members by code), never past a cap.
struct Rounded {
    std::vector<Ore> amounts;
    std::vector<bool> rounded_up;
};
Rounded round_largest_remainder(std::span<const double> exact_kroner, std::span<const double> caps_kroner,
                                Ore unit, Ore target);

}  // namespace spleis
