#pragma once
#include <algorithm>
#include <optional>

#include "spleis/allocation.hpp"
#include "spleis/parameter.hpp"

namespace spleis {

struct MemberLimits {
    double floor;
    double cap;  // +infinity without a cap
};

MemberLimits member_limits(const Parameters& parameters);

// What keeps a cap and a floor from being honoured together: the rules check() applies to a
// scenario and a sweep to each of its points, in one place.
enum class LimitProblem { none, cap_below_floor, cap_below_base, not_in_units };
// `base`: the base amount when it is given and not solved. `unit`: the rounding unit in øre.
LimitProblem limit_problem(const MemberLimits& limits, std::optional<double> base, Ore unit);
// The amount within [floor, cap], and which limit bound it. Inline: it runs once per member
// per solve.
inline double apply_limits(double raw, const MemberLimits& limits, Limit& which) {
    which = raw > limits.cap ? Limit::cap : raw < limits.floor ? Limit::floor : Limit::none;
    return std::clamp(raw, limits.floor, limits.cap);
}

}  // namespace spleis
