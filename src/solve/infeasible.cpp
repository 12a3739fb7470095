#include "infeasible.hpp"

#include <cmath>

#include <fmt/format.h>

#include "spleis/error.hpp"
#include "spleis/nok.hpp"
#include "phrases.hpp"

namespace spleis {

Text must_pay(const Scenario& s, Ore target) {
    const Ore deducted = s.budget ? *s.budget - target : 0;
    if (deducted == 0) {
        const std::string amount = format_nok(target);
        return {amount, amount, amount};
    }
    return say(phrase::budget_less, format_nok(target), format_nok(*s.budget), format_nok(deducted));
}

namespace {

// Where the cap was written in a file, so that both lines a user may change are named.
Text cap_written_at(const Scenario& s) {
    const Location& where = at(s.model.parameters, ParameterId::cap).where;
    if (where.file.empty() || where.line == 0) return {};
    return say(phrase::cap_set_at, to_string(where));
}

// The lowest cap (a whole number of rounding units) at which every paying member at the cap
// meets the target: what the committee can change when the cap is what stands in the way.
Text lowest_cap(const Scenario& s, std::size_t members, Ore target) {
    if (!at(s.model.parameters, ParameterId::cap).given() || members == 0) return {};
    const Ore per_member = (target + static_cast<Ore>(members) - 1) / static_cast<Ore>(members);
    const Ore cap = (per_member + s.rounding_unit - 1) / s.rounding_unit * s.rounding_unit;
    return say(phrase::lowest_cap, format_nok(cap));
}

}  // namespace

void infeasible(const Scenario& s, const TotalCurve& curve, ParameterId unknown, std::size_t members,
                             const MemberLimits& limits, Ore target) {
    const Text need = must_pay(s, target);
    const std::string name{info(unknown).key};
    const Location where = s.budget_where.file.empty() && s.budget_where.field.empty() ? Location{s.file} : s.budget_where;
    if (to_kroner(target) < curve.min_total())
        throw Error(ErrorKind::infeasible, where,
                    ending_in(phrase::infeasible_at_zero, need, name, members, format_nok(to_ore(curve.min_total()))));
    if (std::isfinite(limits.cap) && curve.max_total() >= static_cast<double>(members) * limits.cap - 0.005) {
        const Text with_need = need + cap_written_at(s) + lowest_cap(s, members, target);
        throw Error(ErrorKind::infeasible, where,
                    ending_in(phrase::infeasible_at_cap, with_need, members, format_nok(to_ore(limits.cap)),
                            format_nok(to_ore(curve.max_total()))));
    }
    throw Error(ErrorKind::infeasible, where,
                ending_in(phrase::infeasible_at_most, need, name, members, format_nok(to_ore(curve.max_total()))));
}

}  // namespace spleis
