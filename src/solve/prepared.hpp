#pragma once
// A scenario made ready for solving many times: members in code order, the paying members'
// populations, the group, fixed parameter values, limits and the target. allocate() solves
// it once; sweep() solves it for every point of a grid without touching strings or files.
#include <optional>
#include <vector>

#include "funding.hpp"
#include "limits.hpp"
#include "spleis/scenario.hpp"
#include "spleis/solve.hpp"

namespace spleis {

struct Prepared {
    RuleKind rule{};
    std::vector<Municipality> members;   // everyone, in code order
    std::vector<std::size_t> paying;     // indices into members of those in the split
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

// The paying members' amounts for one set of values.
struct PayingAmounts {
    std::vector<double> limited;  // after cap and floor, before rounding (kroner)
    std::vector<Limit> limit;
    Rounded rounded;
    Ore total = 0;
};

// Solves the unknown (written into `values`) and rounds. Returns false when no value of the
// unknown meets the target; `curve`, when given, then holds the curve for the explanation.
bool solve_paying(const Prepared& p, ParameterValues& values, const MemberLimits& limits, std::optional<Ore> target,
                  PayingAmounts& out, std::optional<TotalCurve>* curve = nullptr);

}  // namespace spleis
