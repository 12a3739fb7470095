#include "prepared.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include <fmt/format.h>

#include "spleis/error.hpp"

namespace spleis {

namespace {
// Each member's amount as a line in the unknown. Rules are affine in each parameter, so two
// evaluations (at 0 and 1) give intercept and slope, and the solver uses the rule itself.
std::vector<MemberLine> member_lines(const Prepared& p, ParameterValues values, const MemberLimits& limits) {
    std::vector<MemberLine> lines;
    lines.reserve(p.paying.size());
    const ParameterId unknown = *p.unknown;
    auto& x = values[static_cast<std::size_t>(unknown)];
    for (std::size_t i : p.paying) {
        const Municipality& m = p.members[i];
        x = 0;
        const double at0 = evaluate(p.rule, values, m, p.group).total;
        x = 1;
        const double slope = evaluate(p.rule, values, m, p.group).total - at0;
        if (slope < 0) throw Error(ErrorKind::internal, {}, fmt::format("rule decreases in {}", info(unknown).key));
        lines.push_back({at0, slope, limits.floor, limits.cap});
    }
    return lines;
}
}  // namespace

Prepared prepare(const Scenario& s) {
    Prepared p;
    p.rule = s.model.rule;
    // Code order makes rounding ties, and so the result, independent of the input order.
    p.members = s.members;
    std::sort(p.members.begin(), p.members.end(), [](const auto& a, const auto& b) { return a.code < b.code; });
    std::map<std::string, Ore> self_funded;
    for (const SelfFunded& sf : s.self_funded) self_funded[sf.code] = sf.amount;
    p.self_funded.assign(p.members.size(), 0);
    for (std::size_t i = 0; i < p.members.size(); ++i) {
        if (auto it = self_funded.find(p.members[i].code); it != self_funded.end()) {
            p.self_funded[i] = it->second;
            continue;
        }
        p.paying.push_back(i);
        p.group.members += 1;
        p.group.population += p.members[i].population;
    }
    if (p.group.population == 0 && p.rule != RuleKind::equal_split)
        throw Error(Location{s.file}, fmt::format("the paying members have no inhabitants, so the {} rule cannot share by population",
                                                  info(p.rule).key));
    for (std::size_t i = 0; i < parameter_count; ++i) {
        const Parameter& parameter = s.model.parameters[i];
        p.values[i] = parameter.solve ? 0.0 : parameter.value;
        if (parameter.solve) p.unknown = static_cast<ParameterId>(i);
    }
    p.limits = member_limits(s.model.parameters);
    p.target = member_target(s);
    p.unit = s.rounding_unit;
    return p;
}

bool solve_paying(const Prepared& p, ParameterValues& values, const MemberLimits& limits, std::optional<Ore> target,
                  PayingAmounts& out, std::optional<TotalCurve>* curve_out) {
    if (p.unknown) {
        TotalCurve curve(member_lines(p, values, limits));
        const std::optional<double> x = curve.solve_for(to_kroner(*target));
        if (!x) {
            if (curve_out) curve_out->emplace(std::move(curve));
            return false;
        }
        values[static_cast<std::size_t>(*p.unknown)] = *x;
    }
    out.limited.resize(p.paying.size());
    out.limit.resize(p.paying.size());
    for (std::size_t k = 0; k < p.paying.size(); ++k) {
        const double raw = evaluate(p.rule, values, p.members[p.paying[k]], p.group).total;
        out.limited[k] = apply_limits(raw, limits, out.limit[k]);
    }
    // Without a target the rule's amounts stand; rounding then keeps their total as close as it can.
    out.total = target.value_or(
        std::llround(std::accumulate(out.limited.begin(), out.limited.end(), 0.0) * ore_per_krone / static_cast<double>(p.unit)) *
        p.unit);
    out.rounded = round_largest_remainder(out.limited, std::vector<double>(out.limited.size(), limits.cap), p.unit, out.total);
    return true;
}

}  // namespace spleis
