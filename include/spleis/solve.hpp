#pragma once
// Solving: pure functions from a Scenario to an Allocation. No I/O happens here.
#include <cstdint>
#include <optional>
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

// allocate(with_option(scenario, option)), with every error naming the option.
Allocation allocate(const Scenario& scenario, const ScenarioOption& option);

// The same amounts as allocate(), in øre and member code order, without the names, terms and
// funding an Allocation carries: for callers that recalculate often (a spreadsheet cell).
// Returns the solved parameter's value, if any. Throws exactly as allocate() does.
std::optional<double> allocate_amounts(const Scenario& scenario, std::span<Ore> amounts);

// --- The pieces allocate() is made of, public for tests and benchmarks. ---

// One member's amount as a function of the unknown x: clamp(intercept + slope * x, floor, cap).
struct MemberLine {
    double intercept = 0;
    double slope = 0;  // >= 0
    double floor = 0;
    double cap = 0;    // may be +infinity
};

// The members' total as a function of the unknown: non-decreasing and piecewise linear, with
// a breakpoint wherever a member reaches its floor or its cap. Building it sorts the
// breakpoints (O(n log n)); each solve_for() is then a binary search, so re-solving the same
// members for another budget does not sort again. When the members come in an order in which
// their breakpoints already ascend (by population, largest first, for every rule spleis has),
// build() merges instead of sorting: O(n), reusing its buffers.
class TotalCurve {
public:
    TotalCurve() = default;
    explicit TotalCurve(std::span<const MemberLine> members);
    // `order` lists every member once; the result does not depend on it, only the speed does.
    void build(std::span<const MemberLine> members, std::span<const std::uint32_t> order);

    double min_total() const { return pieces_.front().total; }  // at x = 0
    double max_total() const;                            // +infinity when some member is uncapped
    // The smallest x >= 0 with total(x) == target, or nothing when the target is out of range.
    std::optional<double> solve_for(double target) const;
    double total_at(double x) const;

private:
    struct Event {
        double x;
        double slope_change;
        int free_change;  // members between floor and cap: when none are, the slope is exactly 0
    };
    struct Piece {
        double x;      // where the piece starts (breakpoints ascend; the first is 0)
        double total;  // the total there
        double slope;  // the total's slope up to the next piece
    };
    std::vector<Piece> pieces_;
    std::vector<Event> enter_, leave_, events_;  // reused between builds
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

// The same, for many solves: one cap for everyone, results into `amounts` (øre) and
// `rounded_up`, scratch space kept in `workspace` between calls. Linear time (a selection).
struct RoundingWorkspace {
    std::vector<std::int32_t> keys;  // each member's remainder, as a rank (see src/solve/largest_remainder.hpp)
};
void round_largest_remainder(std::span<const double> exact_kroner, double cap_kroner, Ore unit, Ore target,
                             std::span<Ore> amounts, std::span<std::uint8_t> rounded_up, RoundingWorkspace& workspace);

}  // namespace spleis
