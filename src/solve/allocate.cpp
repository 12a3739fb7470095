// From a scenario to who pays what: deduct other money, solve the one unknown so the paying
// members' total meets what is left, apply caps and floors, and round with the largest
// remainder so the amounts plus other money equal the budget to the øre.
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include <fmt/format.h>

#include "funding.hpp"
#include "limits.hpp"
#include "spleis/error.hpp"
#include "spleis/nok.hpp"
#include "spleis/solve.hpp"

namespace spleis {

namespace {

std::optional<ParameterId> unknown_of(const Parameters& p) {
    for (std::size_t i = 0; i < parameter_count; ++i)
        if (p[i].solve) return static_cast<ParameterId>(i);
    return std::nullopt;
}

ParameterValues values_of(const Parameters& p) {
    ParameterValues v{};
    for (std::size_t i = 0; i < parameter_count; ++i) v[i] = p[i].solve ? 0.0 : p[i].value;
    return v;
}

// Each member's amount as a line in the unknown. Rules are affine in each parameter, so two
// evaluations (at 0 and 1) give intercept and slope, and the solver uses the rule itself.
std::vector<MemberLine> member_lines(RuleKind rule, ParameterValues values, ParameterId unknown,
                                     const std::vector<Municipality>& paying, const Group& group,
                                     const MemberLimits& limits) {
    std::vector<MemberLine> lines;
    lines.reserve(paying.size());
    auto& x = values[static_cast<std::size_t>(unknown)];
    for (const Municipality& m : paying) {
        x = 0;
        const double at0 = evaluate(rule, values, m, group).total;
        x = 1;
        const double slope = evaluate(rule, values, m, group).total - at0;
        if (slope < 0) throw Error(ErrorKind::internal, {}, fmt::format("rule decreases in {}", info(unknown).key));
        lines.push_back({at0, slope, limits.floor, limits.cap});
    }
    return lines;
}

Ore to_ore(double kroner) { return std::llround(kroner * ore_per_krone); }

std::string what_members_must_pay(const Scenario& s, Ore target) {
    const Ore deducted = s.budget ? *s.budget - target : 0;
    if (deducted == 0) return format_nok(target);
    return fmt::format("{} (the budget of {} less {} from other sources)", format_nok(target), format_nok(*s.budget),
                       format_nok(deducted));
}

[[noreturn]] void infeasible(const Scenario& s, const TotalCurve& curve, ParameterId unknown, std::size_t members,
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
                    fmt::format("the budget cannot be met: all {} members at the cap of {} give {}, the budget needs {}",
                                members, format_nok(to_ore(limits.cap)), format_nok(to_ore(curve.max_total())), need));
    throw Error(ErrorKind::infeasible, where,
                fmt::format("the budget cannot be met: whatever the value of {}, the {} members pay at most {}, the "
                            "budget needs {}",
                            name, members, format_nok(to_ore(curve.max_total())), need));
}

}  // namespace

Allocation allocate(const Scenario& s) {
    check(s);
    const Model& model = s.model;

    // Code order makes rounding ties, and so the result, independent of the input order.
    std::vector<Municipality> members = s.members;
    std::sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return a.code < b.code; });
    std::map<std::string, Ore> self_funded;
    for (const SelfFunded& sf : s.self_funded) self_funded[sf.code] = sf.amount;
    std::vector<Municipality> paying;
    Group group;
    for (const Municipality& m : members) {
        if (self_funded.count(m.code)) continue;
        paying.push_back(m);
        group.members += 1;
        group.population += m.population;
    }
    if (group.population == 0 && model.rule != RuleKind::equal_split)
        throw Error(Location{s.file}, fmt::format("the paying members have no inhabitants, so the {} rule cannot share by population",
                                                  info(model.rule).key));

    Parameters parameters = model.parameters;
    ParameterValues values = values_of(parameters);
    const std::optional<ParameterId> unknown = unknown_of(parameters);
    const MemberLimits limits = member_limits(parameters);
    MemberTarget target = member_target(s);

    if (unknown) {
        const auto lines = member_lines(model.rule, values, *unknown, paying, group, limits);
        const TotalCurve curve(lines);
        const std::optional<double> x = curve.solve_for(to_kroner(*target.amount));
        if (!x) infeasible(s, curve, *unknown, paying.size(), limits, *target.amount);
        values[static_cast<std::size_t>(*unknown)] = *x;
        Parameter& solved = at(parameters, *unknown);
        solved.value = *x;
    }

    Allocation a;
    a.title = s.title;
    a.scenario_file = s.file;
    a.year = s.year;
    a.model_name = model.name;
    a.rule = model.rule;
    a.population_file = s.population_file;
    a.population_year = s.population_year;
    a.parameters = parameters;
    a.solved = unknown;
    a.rounding_unit = s.rounding_unit;
    a.self_funded = s.self_funded;

    // Everyone in code order; the paying members' amounts come from the rule at the solved value.
    a.members.reserve(members.size());
    std::vector<std::size_t> paying_index;
    std::vector<double> limited, caps;
    paying_index.reserve(paying.size());
    limited.reserve(paying.size());
    caps.reserve(paying.size());
    for (const Municipality& m : members) {
        if (auto it = self_funded.find(m.code); it != self_funded.end()) {
            const double kroner = to_kroner(it->second);
            a.members.push_back({m, RawAmount{{}, 0, kroner}, kroner, Limit::self_funded, it->second});
            continue;
        }
        MemberShare& share = a.members.emplace_back(MemberShare{m, evaluate(model.rule, values, m, group)});
        share.limited = apply_limits(share.raw.total, limits, share.limit);
        paying_index.push_back(a.members.size() - 1);
        limited.push_back(share.limited);
        caps.push_back(limits.cap);
    }
    // Without a budget the rule's amounts stand; rounding then keeps their total as close as it can.
    const Ore unit = s.rounding_unit;
    const Ore paying_total = target.amount.value_or(
        std::llround(std::accumulate(limited.begin(), limited.end(), 0.0) * ore_per_krone / static_cast<double>(unit)) *
        unit);
    const Rounded rounded = round_largest_remainder(limited, caps, unit, paying_total);
    for (std::size_t k = 0; k < paying_index.size(); ++k) {
        a.members[paying_index[k]].amount = rounded.amounts[k];
        a.members[paying_index[k]].rounded_up = rounded.rounded_up[k];
    }
    for (const MemberShare& m : a.members) a.members_total += m.amount;

    a.external_funding = std::move(target.funding);
    if (model.rule == RuleKind::matched_fund && !unknown) a.external_funding.push_back(sponsor_match(s, a.members_total));
    a.total = a.members_total;
    for (const Funding& f : a.external_funding) a.total += f.amount;

    if (model.rule == RuleKind::matched_fund && unknown)
        a.budget = s.budget ? *s.budget : to_ore(at(parameters, ParameterId::upper_frame).value);
    else
        a.budget = s.budget;
    if (a.budget && a.total != *a.budget)
        throw Error(ErrorKind::internal, {},
                    fmt::format("the allocation does not balance: {} øre allocated, budget {} øre", a.total, *a.budget));
    return a;
}

std::string_view limit_name(Limit limit) {
    switch (limit) {
        case Limit::none: return "none";
        case Limit::cap: return "cap";
        case Limit::floor: return "floor";
        case Limit::self_funded: return "self-funded";
    }
    return "?";
}

}  // namespace spleis
