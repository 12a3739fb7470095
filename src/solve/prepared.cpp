#include "prepared.hpp"

#include "largest_remainder.hpp"
#include "round_down_line.hpp"

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
    const auto [at_zero, at_one] = at_zero_and_one(x, [&] { return population_line(p.rule, values, p.group); });
    lines.reserve(p.paying.size());
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
        const auto [at0, at1] = at_zero_and_one(x, [&] { return evaluate(p.rule, values, m, p.group).total; });
        const double slope = at1 - at0;
        if (slope < 0) throw Error(ErrorKind::internal, {}, fmt::format("rule decreases in {}", info(unknown).key));
        lines.push_back({at0, slope, limits.floor, limits.cap});
    }
}
}  // namespace

void read_parameters(const Parameters& parameters, ParameterValues& values, std::optional<ParameterId>& unknown) {
    for (std::size_t i = 0; i < parameter_count; ++i) {
        const Parameter& parameter = parameters[i];
        values[i] = parameter.solved() ? 0.0 : parameter.value;
        if (parameter.solved()) unknown = static_cast<ParameterId>(i);
    }
}

Prepared prepare(const Scenario& s) {
    Prepared p;
    p.rule = s.model.rule;
    p.group.bands = s.model.bands;
    // Code order makes rounding ties, and so the result, independent of the input order.
    p.members = s.members;
    const auto by_code = [](const Municipality& a, const Municipality& b) { return a.code < b.code; };
    // Loaded scenarios come sorted already: a what-if re-solved many times does not sort again.
    if (!std::is_sorted(p.members.begin(), p.members.end(), by_code)) std::sort(p.members.begin(), p.members.end(), by_code);
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
        p.inhabitants.push_back(static_cast<double>(p.members[i].population));
        p.group.members += 1;
        p.group.population += p.members[i].population;
    }
    if (p.group.population == 0 && info(p.rule).shares_by_population)
        throw Error(ErrorKind::infeasible, Location{s.file},
                    fmt::format("the paying members have no inhabitants, so the {} rule cannot share by population",
                                info(p.rule).key));
    read_parameters(s.model.parameters, p.values, p.unknown);
    p.by_population.resize(p.paying.size());
    std::iota(p.by_population.begin(), p.by_population.end(), 0u);
    std::stable_sort(p.by_population.begin(), p.by_population.end(), [&](std::uint32_t a, std::uint32_t b) {
        return p.members[p.paying[a]].population > p.members[p.paying[b]].population;
    });
    p.order = population_order(p.population, p.by_population);
    p.limits = member_limits(s.model.parameters);
    p.target = member_target(s);
    p.unit = s.rounding_unit;
    return p;
}

namespace {

// The unknown's value, written into `values`: on the population line when the rule has one
// (no curve is built), else from the total curve. False when no value meets the target.
bool solve_unknown(const Prepared& p, ParameterValues& values, const MemberLimits& limits, Ore target, Workspace& w) {
    auto& x = values[static_cast<std::size_t>(*p.unknown)];
    const auto [at_zero, at_one] = at_zero_and_one(x, [&] { return population_line(p.rule, values, p.group); });
    std::optional<double> solved;
    if (const LineSolution on_line = at_zero && at_one ? solve_on_line(p.order, *at_zero, *at_one, limits, to_kroner(target))
                                                       : LineSolution{};
        on_line.applies) {
        solved = on_line.x;
    } else {
        member_lines(p, values, limits, w.lines);
        w.curve.build(w.lines, p.by_population);
        solved = w.curve.solve_for(to_kroner(target));
    }
    if (!solved) return false;
    x = *solved;
    return true;
}

// One pass over the paying members: each amount, limited, rounded down to whole units with
// its remainder kept for the largest-remainder step (largest_remainder.hpp), so nothing is
// read twice. (Rules on a population line take the vector pass in round_down_line.cpp
// instead.) Plain pointers, so the loop keeps them in registers.
template <typename RawAmount>
RoundedDownTotals round_down(std::size_t n, RawAmount raw, MemberLimits limits, Ore unit, Ore* amounts, RemainderKey* keys) {
    const double units_per_krone = units_in_a_krone(unit);
    const Ore cap_units = units_below(limits.cap, unit);
    RoundedDownTotals totals;
    for (std::size_t k = 0; k < n; ++k) {
        Limit limit{};  // not kept: see limited_amount()
        const double limited = apply_limits(raw(k), limits, limit);
        const double units = limited * units_per_krone;
        if (!(units >= 0 && units <= static_cast<double>(max_amount_ore))) unroundable(limited);  // also NaN
        amounts[k] = floor_units(units, cap_units, unit, keys[k]);
        totals.given += amounts[k];
        totals.below_cap += keys[k] != at_cap;
    }
    return totals;
}

// The paying member k's amount before limits: on the population line where the rule has one
// (the vector pass's expression), else from the rule itself. evaluate() gives the same bits.
double raw_amount(const Prepared& p, const ParameterValues& values, const std::optional<PopulationLine>& line, std::size_t k) {
    return line ? line->amount(p.population[k]) : evaluate(p.rule, values, p.members[p.paying[k]], p.group).total;
}

}  // namespace

double limited_amount(const Prepared& p, const ParameterValues& values, const MemberLimits& limits, std::size_t k, Limit& limit) {
    return apply_limits(raw_amount(p, values, population_line(p.rule, values, p.group), k), limits, limit);
}

std::size_t count_capped(const Prepared& p, const ParameterValues& values, const MemberLimits& limits) {
    if (const std::optional<PopulationLine> line = population_line(p.rule, values, p.group)) {
        // The amount is monotone in the population (see round_down_line.hpp): the capped are
        // the largest members, or the smallest if the rate is negative. A binary search each.
        const std::vector<double>& largest_first = p.order.population;
        const auto above = [&](double people) { return line->per_member + people * line->per_inhabitant > limits.cap; };
        if (line->per_inhabitant >= 0)
            return static_cast<std::size_t>(std::partition_point(largest_first.begin(), largest_first.end(), above) - largest_first.begin());
        return static_cast<std::size_t>(largest_first.end() - std::partition_point(largest_first.begin(), largest_first.end(),
                                                                                   [&](double people) { return !above(people); }));
    }
    std::size_t capped = 0;
    for (std::size_t k = 0; k < p.paying.size(); ++k) {
        Limit limit{};
        limited_amount(p, values, limits, k, limit);
        capped += limit == Limit::cap;
    }
    return capped;
}

bool solve_paying(const Prepared& p, ParameterValues& values, const MemberLimits& limits, std::optional<Ore> target,
                  Workspace& w) {
    if (p.unknown && !solve_unknown(p, values, limits, *target, w)) return false;
    const std::size_t n = p.paying.size();
    w.amounts.resize(n);
    w.rounding.keys.resize(n);
    const std::optional<PopulationLine> line = population_line(p.rule, values, p.group);
    const RoundedDownTotals floors =
        line ? round_down_on_line({p.inhabitants, p.order.population}, *line, limits, p.unit, {w.amounts.data(), w.rounding.keys.data()},
                                  middle_key)
             : round_down(n, [&](std::size_t k) { return raw_amount(p, values, line, k); }, limits, p.unit, w.amounts.data(),
                          w.rounding.keys.data());
    // Without a target the rule's amounts stand; rounding then keeps their total as close as it can.
    if (target) {
        w.total = *target;
    } else {
        double exact = 0;
        for (std::size_t k = 0; k < n; ++k) {
            Limit limit{};
            exact += apply_limits(raw_amount(p, values, line, k), limits, limit);
        }
        w.total = std::llround(exact * ore_per_krone / static_cast<double>(p.unit)) * p.unit;
    }
    check_target(w.total, p.unit);
    const Ore missing = (w.total - floors.given) / p.unit;
    check_missing(missing, n, p.unit);
    w.rounded_up = give_missing_units(missing, p.unit, w.amounts, w.rounding.keys, floors.below_cap, floors.guess);
    return true;
}

TotalCurve total_curve(const Prepared& p, const ParameterValues& values, const MemberLimits& limits) {
    std::vector<MemberLine> lines;
    member_lines(p, values, limits, lines);
    TotalCurve curve;
    curve.build(lines, p.by_population);
    return curve;
}

}  // namespace spleis
