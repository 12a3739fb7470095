// Everything about a scenario that can be found wrong without computing an allocation.
#include <algorithm>
#include <cmath>
#include <set>
#include <vector>

#include <fmt/format.h>

#include "funding.hpp"
#include "limits.hpp"
#include "phrases.hpp"
#include "spleis/error.hpp"
#include "spleis/nok.hpp"
#include "spleis/solve.hpp"

namespace spleis {

namespace {
using enum ParameterId;

bool contains(std::span<const ParameterId> ids, ParameterId id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }



constexpr std::size_t max_funding_entries = 10'000;

// Cap, floor and base amount often come from different files (a model and a scenario's
// override), so a message about two of them says where the second was written.
// A value a what-if gave (a field, not a file) is answered without the files' lines.
std::string set_at(const Location& here, const Location& other) {
    if (here.file.empty() || other.file.empty()) return "";
    if (other.file == here.file && other.line > 0) return fmt::format(" (set on line {})", other.line);
    const std::string text = to_string(other);
    return text.empty() ? "" : " (set at " + text + ")";
}

// A shortfall rule reduces fixed amounts: it needs something to reduce to, and nothing solved.
void check_shortfall(const Scenario& s, const std::vector<ParameterId>& unknowns, bool fund) {
    const std::string_view rule = shortfall_key(*s.model.shortfall);
    if (!unknowns.empty())
        throw Error(at(s.model.parameters, unknowns[0]).where,
                    say(phrase::solved_with_shortfall, info(unknowns[0]).key, rule, info(unknowns[0]).key));
    if (const Parameter& fl = at(s.model.parameters, floor); fl.given())
        throw Error(fl.where, say(phrase::floor_with_shortfall, rule));
    if (!s.budget && !fund)
        throw Error(Location{s.file}, say(phrase::shortfall_needs_budget, rule));
}

void check_parameters(const Scenario& s) {
    const Model& m = s.model;
    const RuleInfo& rule = info(m.rule);
    const Location model_where{m.file};
    for (ParameterId id : rule.required)
        if (!at(m.parameters, id).given())
            throw Error(model_where, say(phrase::rule_needs, rule.key, info(id).key, unit_name(info(id).unit)));

    std::vector<ParameterId> unknowns;
    for (std::size_t i = 0; i < parameter_count; ++i) {
        const auto id = static_cast<ParameterId>(i);
        const Parameter& p = at(m.parameters, id);
        if (!p.given()) continue;
        if (!contains(rule.required, id) && !contains(rule.optional, id) && id != cap && id != floor)
            throw Error(p.where, say(phrase::not_used_by_rule, info(id).key, rule.key, keys(rule.required),
                                     rule.optional.empty() ? "" : ", ", keys(rule.optional)));
        if (p.mode == ParameterMode::value) check_value(id, p.value, p.where, id == cap || id == floor);
        if (p.calibrated())
            throw Error(p.where, say(phrase::is_calibrate, info(id).key));
        if (!p.solved()) continue;
        if (!contains(rule.solvable, id))
            throw Error(p.where, say(phrase::cannot_be_solved, info(id).key, rule.key, keys(rule.solvable)));
        unknowns.push_back(id);
    }
    if (unknowns.size() > 1)
        throw Error(at(m.parameters, unknowns[1]).where,
                    say(phrase::only_one_solved, keys(unknowns)));

    const bool fund = rule.sponsor_matched;
    if (m.shortfall) check_shortfall(s, unknowns, fund);
    if (unknowns.empty() && s.budget && !m.shortfall)
        throw Error(s.budget_where, say(phrase::nothing_to_solve, rule.key, keys(rule.solvable)));
    if (!unknowns.empty() && !s.budget && !fund)
        throw Error(at(m.parameters, unknowns[0]).where,
                    say(phrase::no_budget_to_solve, info(unknowns[0]).key));

    const Parameter& c = at(m.parameters, cap);
    const Parameter& fl = at(m.parameters, floor);
    const Parameter& base = at(m.parameters, base_amount);
    if (!rounding_unit_of(static_cast<double>(s.rounding_unit)))
        throw Error(Location{s.file}, say(phrase::rounding_unit, s.rounding_unit));
    const MemberLimits limits = member_limits(m.parameters);
    const bool fixed_base = base.given() && !base.solved();
    switch (limit_problem(limits, fixed_base ? std::optional(base.value) : std::nullopt, s.rounding_unit)) {
        case LimitProblem::none: break;
        case LimitProblem::cap_below_floor:
            throw Error(c.where, say(phrase::cap_below_floor, format_nok(to_ore(c.value)), format_nok(to_ore(fl.value)),
                                     set_at(c.where, fl.where)));
        case LimitProblem::cap_below_base:
            throw Error(c.where, say(phrase::cap_below_base, format_nok(to_ore(c.value)), format_nok(to_ore(base.value)),
                                     set_at(c.where, base.where)));
        case LimitProblem::not_in_units: {
            const Parameter& limit = c.given() && to_ore(c.value) % s.rounding_unit != 0 ? c : fl;
            throw Error(limit.where, say(phrase::limit_not_in_units, &limit == &c ? "cap" : "floor", format_nok(to_ore(limit.value)),
                                         format_nok(s.rounding_unit)));
        }
    }
}

void check_funding_entries(const Scenario& s) {
    // Each amount is at most max_amount_ore; this many of them still sum within 64 bits.
    // (Self-funded members are distinct four-digit codes, so at most 10 000 as well.)
    if (s.external_funding.size() > max_funding_entries)
        throw Error(Location{s.file}, say(phrase::too_many_funding, format_count(static_cast<long long>(s.external_funding.size())),
                                          format_count(static_cast<long long>(max_funding_entries))));
}

void check_self_funded_members(const Scenario& s) {
    // A few self-funded members among many: each looked up, no set of every member's code.
    std::set<std::string> self;
    for (const SelfFunded& sf : s.self_funded) {
        if (std::none_of(s.members.begin(), s.members.end(), [&](const Municipality& m) { return m.code == sf.code; }))
            throw Error(sf.where, say(phrase::self_funded_not_member, sf.code));
        if (!self.insert(sf.code).second)
            throw Error(sf.where, say(phrase::self_funded_twice, sf.code));
    }
    if (self.size() == s.members.size())
        throw Error(Location{s.file}, say(phrase::every_member_self_funded));
}

void check_funding_amounts(const Scenario& s) {
    if (info(s.model.rule).sponsor_matched) {
        if (!s.external_funding.empty() || !s.self_funded.empty())
            throw Error(Location{s.file}, say(phrase::fund_takes_no_funding));
        const Parameters& p = s.model.parameters;
        const double frame = at(p, upper_frame).value;
        if (at(p, sponsor_maximum).value > frame)
            throw Error(at(p, sponsor_maximum).where, say(phrase::sponsor_above_frame));
        if (s.budget && to_kroner(*s.budget) > frame)
            throw Error(s.budget_where, say(phrase::budget_above_frame, format_nok(*s.budget), format_nok(to_ore(frame))));
        return;
    }
    if (!s.budget) return;
    const Ore members = *member_target(s).amount;
    if (members < 0)
        throw Error(s.budget_where, say(phrase::funding_exceeds_budget, format_nok(*s.budget - members), format_nok(*s.budget)));
    if (members % s.rounding_unit != 0)
        throw Error(s.budget_where, say(phrase::share_not_in_units, format_nok(members), format_nok(s.rounding_unit)));
}

void check_members(const Scenario& s) {
    if (s.members.empty()) throw Error(Location{s.file}, say(phrase::no_members));
    // Loaded scenarios cannot fail this (the CSV reader refuses such figures); a program that
    // builds its own members can.
    for (const Municipality& m : s.members)
        if (m.population < 0 || m.population > max_population)
            throw Error(Location{s.file}, say(phrase::population_out_of_range, m.code, m.population));
}

}  // namespace

void check(const Scenario& s) {
    check_members(s);
    check_parameters(s);
    check_funding_entries(s);
    check_self_funded_members(s);
    check_funding_amounts(s);
}

}  // namespace spleis
