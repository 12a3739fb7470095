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
void member_lines(const Prepared& p, ParameterValues values, const MemberLimits& limits, std::vector<MemberLine>& lines) {
    lines.clear();
    const ParameterId unknown = *p.unknown;
    auto& x = values[static_cast<std::size_t>(unknown)];
    // A rule on a population line needs only its two lines, at 0 and at 1; the same arithmetic
    // as evaluate(), so the result does not change, only the time.
    x = 0;
    const std::optional<PopulationLine> at_zero = population_line(p.rule, values, p.group);
    x = 1;
    const std::optional<PopulationLine> at_one = population_line(p.rule, values, p.group);
    if (at_zero && at_one) {
        for (const std::int64_t population : p.population) {
            const double at0 = at_zero->amount(population);
            const double slope = at_one->amount(population) - at0;
            if (slope < 0) throw Error(ErrorKind::internal, {}, fmt::format("rule decreases in {}", info(unknown).key));
            lines.push_back({at0, slope, limits.floor, limits.cap});
        }
        return;
    }
    for (std::size_t i : p.paying) {
        const Municipality& m = p.members[i];
        x = 0;
        const double at0 = evaluate(p.rule, values, m, p.group).total;
        x = 1;
        const double slope = evaluate(p.rule, values, m, p.group).total - at0;
        if (slope < 0) throw Error(ErrorKind::internal, {}, fmt::format("rule decreases in {}", info(unknown).key));
        lines.push_back({at0, slope, limits.floor, limits.cap});
    }
}
}  // namespace

Prepared prepare(const Scenario& s) {
    Prepared p;
    p.rule = s.model.rule;
    p.group.bands = s.model.bands;
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
        p.population.push_back(p.members[i].population);
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
    p.by_population.resize(p.paying.size());
    std::iota(p.by_population.begin(), p.by_population.end(), 0u);
    std::stable_sort(p.by_population.begin(), p.by_population.end(), [&](std::uint32_t a, std::uint32_t b) {
        return p.members[p.paying[a]].population > p.members[p.paying[b]].population;
    });
    p.limits = member_limits(s.model.parameters);
    p.target = member_target(s);
    p.unit = s.rounding_unit;
    return p;
}

bool solve_paying(const Prepared& p, ParameterValues& values, const MemberLimits& limits, std::optional<Ore> target,
                  Workspace& w) {
    if (p.unknown) {
        member_lines(p, values, limits, w.lines);
        w.curve.build(w.lines, p.by_population);
        const std::optional<double> x = w.curve.solve_for(to_kroner(*target));
        if (!x) return false;
        values[static_cast<std::size_t>(*p.unknown)] = *x;
    }
    const std::size_t n = p.paying.size();
    w.limited.resize(n);
    w.limit.resize(n);
    w.amounts.resize(n);
    w.rounded_up.resize(n);
    if (const std::optional<PopulationLine> line = population_line(p.rule, values, p.group)) {
        for (std::size_t k = 0; k < n; ++k) w.limited[k] = apply_limits(line->amount(p.population[k]), limits, w.limit[k]);
    } else {
        for (std::size_t k = 0; k < n; ++k)
            w.limited[k] = apply_limits(evaluate(p.rule, values, p.members[p.paying[k]], p.group).total, limits, w.limit[k]);
    }
    // Without a target the rule's amounts stand; rounding then keeps their total as close as it can.
    w.total = target.value_or(
        std::llround(std::accumulate(w.limited.begin(), w.limited.end(), 0.0) * ore_per_krone / static_cast<double>(p.unit)) *
        p.unit);
    round_largest_remainder(w.limited, limits.cap, p.unit, w.total, w.amounts, w.rounded_up, w.rounding);
    return true;
}

}  // namespace spleis
