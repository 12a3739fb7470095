// From a scenario to who pays what: deduct other money, solve the one unknown so the paying
// members' total meets what is left, apply caps and floors, and round with the largest
// remainder so the amounts plus other money equal the budget to the øre.
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include <fmt/format.h>

#include "infeasible.hpp"
#include "phrases.hpp"
#include "prepared.hpp"
#include "spleis/error.hpp"
#include "spleis/nok.hpp"
#include "spleis/shortfall_division.hpp"
#include "spleis/solve.hpp"
#include "rules/rules.hpp"

namespace spleis {

namespace {


Ore sum(std::span<const Ore> amounts) { return std::accumulate(amounts.begin(), amounts.end(), Ore{0}); }

// A shortfall rule at work: the rule's amounts (rounded) are what the members are asked; when
// that is more than they must pay together, the rule shares the difference. Returns whether it
// reduced anything (the members' exact shares and who was rounded up then in `reduced`); for
// a matched fund it then also gives the sponsor's part.
struct Reduced {
    std::vector<double> exact;
    std::vector<bool> rounded_up;
};
bool reduce_to_target(const Scenario& s, const Prepared& p, Workspace& w, Reduced& reduced, std::optional<Funding>& sponsor) {
    const Ore asked = sum(w.amounts);
    Ore target = 0;
    if (info(p.rule).sponsor_matched) {
        const Ore fund = s.budget ? *s.budget : to_ore(at(s.model.parameters, ParameterId::upper_frame).value);
        const Ore match = sponsor_match_amount(s, asked);
        const MemberTarget members = matched_fund_target(s);
        if (asked + match < fund && s.budget)
            throw Error(ErrorKind::infeasible, s.budget_where,
                        say(phrase::match_too_small, format_nok(asked), format_nok(match), format_nok(asked + match), format_nok(fund)));
        if (asked + match <= fund) return false;
        target = *members.amount;
        sponsor = members.funding.front();
    } else {
        target = *p.target.amount;
        if (asked < target)
            throw Error(ErrorKind::infeasible, s.budget_where,
                        ending_in(phrase::asked_too_little, must_pay(s, target), format_nok(asked)));
        if (asked == target) return false;
    }
    std::vector<double> claims(w.amounts.size());
    for (std::size_t k = 0; k < claims.size(); ++k) claims[k] = to_kroner(w.amounts[k]);
    reduced.exact = divide(*s.model.shortfall, claims, to_kroner(target));
    Rounded rounded = round_largest_remainder(reduced.exact, claims, p.unit, target);
    std::copy(rounded.amounts.begin(), rounded.amounts.end(), w.amounts.begin());
    reduced.rounded_up = std::move(rounded.rounded_up);
    return true;
}

// What allocate() and allocate_amounts() both do first: check, prepare, solve the paying
// members (for the budget, unless a shortfall rule shares it afterwards), or say why not.
struct Solved {
    Prepared p;
    ParameterValues values{};
    Workspace paying;
};

Solved solve(const Scenario& s) {
    check(s);
    Solved solved{prepare(s), {}, {}};
    const Prepared& p = solved.p;
    solved.values = p.values;
    const bool shortfall = s.model.shortfall.has_value();
    if (!solve_paying(p, solved.values, p.limits, shortfall ? std::nullopt : p.target.amount, solved.paying))
        infeasible(s, total_curve(p, solved.values, p.limits), *p.unknown, p.paying.size(), p.limits, *p.target.amount);
    return solved;
}

}  // namespace

Allocation allocate(const Scenario& s) {
    Solved solved = solve(s);
    const Prepared& p = solved.p;
    const ParameterValues& values = solved.values;
    Workspace& paying = solved.paying;
    const bool shortfall = s.model.shortfall.has_value();
    const std::vector<Ore> asked(paying.amounts.begin(), paying.amounts.end());
    std::optional<Funding> sponsor;
    Reduced by_shortfall;
    const bool reduced = shortfall && reduce_to_target(s, p, paying, by_shortfall, sponsor);
    std::vector<std::uint8_t> rounded_up(p.paying.size());
    mark_rounded_up(paying.rounded_up, paying.rounding.keys, rounded_up);

    Allocation a;
    a.title = s.title;
    a.scenario_file = s.file;
    a.year = s.year;
    a.model_name = s.model.name;
    a.rule = s.model.rule;
    a.bands = s.model.bands;
    a.bands_source = s.model.bands_source;
    a.population_file = s.population_file;
    a.population_year = s.population_year;
    a.reforms_followed = s.reforms_followed;
    a.parameters = s.model.parameters;
    a.solved = p.unknown;
    if (p.unknown) at(a.parameters, *p.unknown).value = values[static_cast<std::size_t>(*p.unknown)];
    a.rounding_unit = s.rounding_unit;
    a.self_funded = s.self_funded;

    // Everyone in code order; the paying members' terms come from the rule at the solved value.
    a.members.reserve(p.members.size());
    std::size_t k = 0;
    for (std::size_t i = 0; i < p.members.size(); ++i) {
        const Municipality& m = p.members[i];
        if (k < p.paying.size() && p.paying[k] == i) {
            Limit limit{};
            const double limited = limited_amount(p, values, p.limits, k, limit);
            a.members.push_back({.municipality = m,
                                 .raw = evaluate(p.rule, values, m, p.group),
                                 .limited = reduced ? by_shortfall.exact[k] : limited,
                                 .limit = limit,
                                 .amount = paying.amounts[k],
                                 .rounded_up = reduced ? by_shortfall.rounded_up[k] : rounded_up[k] != 0,
                                 .asked = asked[k]});
            a.asked_total += asked[k];
            ++k;
        } else {
            const double kroner = to_kroner(p.self_funded[i]);
            a.members.push_back({.municipality = m,
                                 .raw = RawAmount{.terms = {}, .term_count = 0, .total = kroner},
                                 .limited = kroner,
                                 .limit = Limit::self_funded,
                                 .amount = p.self_funded[i],
                                 .rounded_up = false,
                                 .asked = p.self_funded[i]});
        }
        a.members_total += a.members.back().amount;
    }

    if (reduced) a.shortfall = s.model.shortfall;
    a.external_funding = p.target.funding;
    if (sponsor) a.external_funding.push_back(*sponsor);
    else if (info(p.rule).sponsor_matched && !p.unknown) a.external_funding.push_back(sponsor_match(s, a.members_total));
    a.total = a.members_total;
    for (const Funding& f : a.external_funding) a.total += f.amount;

    if (info(p.rule).sponsor_matched && (p.unknown || sponsor))
        a.budget = s.budget ? *s.budget : to_ore(at(a.parameters, ParameterId::upper_frame).value);
    else
        a.budget = s.budget;
    if (a.budget && a.total != *a.budget)
        throw Error(ErrorKind::internal, {},
                    fmt::format("the allocation does not balance: {} øre allocated, budget {} øre", a.total, *a.budget));
    return a;
}

namespace {
// The what-if made to the scenario under an option, allocated, every error naming the option.
Allocation allocate_option(const Scenario& scenario, const ScenarioOption& option, const Changes& changes) {
    try {
        return allocate(apply(with_option(scenario, option), changes));
    } catch (const Error& e) {
        throw Error(e.kind(), e.where(), say(phrase::option_named, option.name) + text_of(e));
    }
}
}  // namespace

Allocation allocate(const Scenario& scenario, const ScenarioOption& option) { return allocate_option(scenario, option, {}); }

std::vector<NamedAllocation> allocate_options(const Scenario& scenario, const Changes& changes) {
    if (changes.option) (void)apply(scenario, changes);  // an option named that is not one is refused
    Changes each = changes;
    each.option.reset();
    std::vector<NamedAllocation> out;
    out.push_back({scenario.baseline_name, allocate(apply(scenario, each))});
    // Without its options, copied once: with_option() copies the scenario it is given, and
    // copying every option for each option made comparing 2 000 options take seconds.
    Scenario bare = scenario;
    bare.options.clear();
    for (const ScenarioOption& option : scenario.options) out.push_back({option.name, allocate_option(bare, option, each)});
    return out;
}

std::optional<double> allocate_amounts(const Scenario& s, std::span<Ore> amounts) {
    // A matched fund's sponsor and frame, and a shortfall reduction, need the full allocation.
    if (info(s.model.rule).sponsor_matched || s.model.shortfall) {
        const Allocation a = allocate(s);
        for (std::size_t i = 0; i < a.members.size(); ++i) amounts[i] = a.members[i].amount;
        return a.solved ? std::optional(at(a.parameters, *a.solved).value) : std::nullopt;
    }
    const Solved solved = solve(s);
    const Prepared& p = solved.p;
    std::copy(p.self_funded.begin(), p.self_funded.end(), amounts.begin());
    for (std::size_t k = 0; k < p.paying.size(); ++k) amounts[p.paying[k]] = solved.paying.amounts[k];
    if (!p.unknown) return std::nullopt;
    return solved.values[static_cast<std::size_t>(*p.unknown)];
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
