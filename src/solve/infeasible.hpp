#pragma once
// Why a budget cannot be met, in words a user can act on: allocate() and the what-if solver
// say it the same way.
#include <string>

#include "limits.hpp"
#include "spleis/scenario.hpp"
#include "total_curve.hpp"

namespace spleis {

// "4 170 000 kr (the budget of 19 470 000 kr less 15 300 000 kr from other sources)", in each language.
Text must_pay(const Scenario& s, Ore target);

// No value of the unknown gives the paying members `target` together: throws the infeasible
// error that names the budget's line (and the cap's, when the cap is what stops it).
[[noreturn]] void infeasible(const Scenario& s, const TotalCurve& curve, ParameterId unknown, std::size_t members,
                             const MemberLimits& limits, Ore target);

}  // namespace spleis
