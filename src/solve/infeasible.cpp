#include "infeasible.hpp"

#include <cmath>

#include <fmt/format.h>

#include "spleis/error.hpp"
#include "spleis/nok.hpp"

namespace spleis {

std::string what_members_must_pay(const Scenario& s, Ore target) {
    const Ore deducted = s.budget ? *s.budget - target : 0;
    if (deducted == 0) return format_nok(target);
    return fmt::format("{} (the budget of {} less {} from other sources)", format_nok(target), format_nok(*s.budget),
                       format_nok(deducted));
}

namespace {

// Where the cap was written, so that both lines a user may change are named.
std::string cap_written_at(const Scenario& s) {
    const Location& where = at(s.model.parameters, ParameterId::cap).where;
    if (where.file.empty() || where.line == 0) return "";
    return fmt::format("; the cap is set at {}", to_string(where));
}

}  // namespace

void infeasible(const Scenario& s, const TotalCurve& curve, ParameterId unknown, std::size_t members,
                             const MemberLimits& limits, Ore target) {
    const std::string need = what_members_must_pay(s, target);
    const std::string name{info(unknown).key};
    const Location where = s.budget_where.file.empty() ? Location{s.file} : s.budget_where;
    if (to_kroner(target) < curve.min_total())
        throw Error(ErrorKind::infeasible, where,
                    fmt::format("the budget cannot be met: even with {} = 0 the {} members pay {}, more than the {} "
                                "they must pay",
                                name, members, format_nok(to_ore(curve.min_total())), need));
    if (std::isfinite(limits.cap) && curve.max_total() >= static_cast<double>(members) * limits.cap - 0.005)
        throw Error(ErrorKind::infeasible, where,
                    fmt::format("the budget cannot be met: all {} members at the cap of {} give {}, the budget needs {}{}",
                                members, format_nok(to_ore(limits.cap)), format_nok(to_ore(curve.max_total())), need,
                                cap_written_at(s)));
    throw Error(ErrorKind::infeasible, where,
                fmt::format("the budget cannot be met: whatever the value of {}, the {} members pay at most {}, the "
                            "budget needs {}",
                            name, members, format_nok(to_ore(curve.max_total())), need));
}

}  // namespace spleis
