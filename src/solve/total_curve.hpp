#pragma once
// The paying members' total as a function of the unknown, inside the solver.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace spleis {

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

}  // namespace spleis
