#pragma once
#include "spleis/allocation.hpp"
#include "spleis/parameter.hpp"

namespace spleis {

struct MemberLimits {
    double floor;
    double cap;  // +infinity without a cap
};

MemberLimits member_limits(const Parameters& parameters);
// The amount within [floor, cap], and which limit bound it.
double apply_limits(double raw, const MemberLimits& limits, Limit& which);

}  // namespace spleis
