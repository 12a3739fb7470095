#pragma once
// A scenario made ready for solving many times: members in code order, the paying members'
// populations, the group, fixed parameter values, limits and the target. allocate() solves
// it once; sweep() solves it for every point of a grid without touching strings or files.
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "funding.hpp"
#include "largest_remainder.hpp"
#include "limits.hpp"
#include "line_solve.hpp"
#include "spleis/scenario.hpp"
#include "spleis/solve.hpp"
#include "rules/rules.hpp"
#include "total_curve.hpp"

namespace spleis {

struct Prepared {
    RuleKind rule{};
    std::vector<Municipality> members;   // everyone, in code order
    std::vector<std::size_t> paying;     // indices into members of those in the split
    std::vector<std::int64_t> population;  // of each paying member, contiguous for the solver's loops
    std::vector<double> inhabitants;       // the same, as doubles, for the vector pass (round_down_line.hpp)
    // Positions in `paying`, largest population first: for every rule the breakpoints where
    // members reach their cap come in this order, so the total curve is built without sorting.
    std::vector<std::uint32_t> by_population;
    PopulationOrder order;               // the same populations, sorted and summed, for solve_on_line()
    std::vector<Ore> self_funded;        // per member; 0 for paying members
    Group group;
    ParameterValues values{};            // the unknown is 0 here
    std::optional<ParameterId> unknown;
    MemberLimits limits{};
    MemberTarget target;                 // what the paying members raise together
    Ore unit = ore_per_krone;
};

// Requires a checked scenario (see check()).
Prepared prepare(const Scenario& scenario);

// The parameters' values as the solver reads them, the unknown at 0, and which one it is.
void read_parameters(const Parameters& parameters, ParameterValues& values, std::optional<ParameterId>& unknown);

// What `f` gives with `x` at 0 and then at 1 (x is left at 1). Rules are affine in each
// parameter, so the two are a line in x: its value at 0, and its slope as the difference.
template <typename F>
auto at_zero_and_one(double& x, F&& f) {
    x = 0;
    auto at_zero = f();
    x = 1;
    auto at_one = f();
    return std::pair{std::move(at_zero), std::move(at_one)};
}

// Everything one solve needs, kept between solves so a sweep allocates nothing per point.
// After a successful solve_paying(): the paying members' amounts, in the order of `paying`.
// (Each amount within its limits, and which limit bound, are not kept: limited_amount()
// gives them again for the explanation, the same bits the solve rounded; who was rounded up
// is kept as a cut over the remainder keys.)
struct Workspace {
    std::vector<MemberLine> lines;      // for rules without a population line only
    TotalCurve curve;
    std::vector<Ore> amounts;           // rounded (øre)
    RoundingWorkspace rounding;         // with each member's remainder key …
    Cut rounded_up;                     // … and which of them got a unit (mark_rounded_up())
    Ore total = 0;
};

// Solves the unknown (written into `values`) and rounds. Returns false when no value of the
// unknown meets the target (total_curve() then explains why).
bool solve_paying(const Prepared& p, ParameterValues& values, const MemberLimits& limits, std::optional<Ore> target,
                  Workspace& w);

// The paying member k's amount within floor and cap, before rounding (kroner), and which of
// them bound: what solve_paying() rounded for it, computed the same way.
double limited_amount(const Prepared& p, const ParameterValues& values, const MemberLimits& limits, std::size_t k, Limit& limit);

// How many paying members' amounts are above the cap (limited_amount() says Limit::cap).
std::size_t count_capped(const Prepared& p, const ParameterValues& values, const MemberLimits& limits);

// The paying members' total as a function of the unknown, whole: for explaining a target
// that cannot be met. Requires p.unknown.
TotalCurve total_curve(const Prepared& p, const ParameterValues& values, const MemberLimits& limits);

}  // namespace spleis
