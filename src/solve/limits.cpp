// Caps and floors per member.
// Source: Digi Vestland caps every municipality at 500 000 kr a year (Osterøy kommune, 2021).
// Guarantees: a member pays between floor and cap; what a capped member does not pay is
// carried by the others, because the unknown is solved with the limits in place.
// Without a floor, nobody pays less than 0 kr.
#include "limits.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace spleis {

MemberLimits member_limits(const Parameters& p) {
    MemberLimits limits{0.0, std::numeric_limits<double>::infinity()};
    if (const Parameter& floor = at(p, ParameterId::floor); floor.given()) limits.floor = floor.value;
    if (const Parameter& cap = at(p, ParameterId::cap); cap.given()) limits.cap = cap.value;
    return limits;
}

LimitProblem limit_problem(const MemberLimits& limits, std::optional<double> base, Ore unit) {
    if (limits.cap < limits.floor) return LimitProblem::cap_below_floor;
    if (base && limits.cap < *base) return LimitProblem::cap_below_base;
    for (const double limit : {limits.cap, limits.floor})
        if (std::isfinite(limit) && to_ore(limit) % unit != 0) return LimitProblem::not_in_units;
    return LimitProblem::none;
}

}  // namespace spleis
