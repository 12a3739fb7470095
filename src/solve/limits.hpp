#pragma once
#include <algorithm>

#include "spleis/allocation.hpp"
#include "spleis/parameter.hpp"

namespace spleis {

struct MemberLimits {
    double floor;
    double cap;  // +infinity without a cap
};

MemberLimits member_limits(const Parameters& parameters);
// The amount within [floor, cap], and which limit bound it. Inline: it runs once per member
// per solve.
inline double apply_limits(double raw, const MemberLimits& limits, Limit& which) {
    which = raw > limits.cap ? Limit::cap : raw < limits.floor ? Limit::floor : Limit::none;
    return std::clamp(raw, limits.floor, limits.cap);
}

}  // namespace spleis
