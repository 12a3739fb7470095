// A what-if applied to a scenario, every value checked as a scenario file's would be.
#include "spleis/changes.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "phrases.hpp"
#include "spleis/member_lookup.hpp"

namespace spleis {

namespace {

std::string names(const auto& items, auto name) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + name(item);
    return out.empty() ? "none" : out;
}

Location field(std::string name) { return Location::of_field(std::move(name)); }

// A member of `s` by code or name (as a scenario file names them), as its code; each named once.
std::string member_code(const Scenario& s, const std::string& code_or_name, const std::string& in, std::set<std::string>& seen) {
    const MunicipalityLookup found = find_municipality(s.members, code_or_name, in_this_scenario());
    if (!found.index) throw Error(field(in), found.problem);
    const Municipality& m = s.members[*found.index];
    if (!seen.insert(m.code).second) throw Error(field(in), say(phrase::named_twice, fmt::format("{} {}", m.code, m.name), in));
    return m.code;
}

Scenario with_chosen_option(const Scenario& scenario, const std::string& name) {
    if (name == scenario.baseline_name) return scenario;
    const auto option = std::find_if(scenario.options.begin(), scenario.options.end(),
                                     [&](const ScenarioOption& o) { return o.name == name; });
    if (option == scenario.options.end())
        throw Error(field("option"), say(phrase::no_option, name, names(scenario.options, [](const ScenarioOption& o) { return o.name; })));
    Scenario s = with_option(scenario, *option);
    s.options = scenario.options;  // still there to be chosen
    return s;
}

}  // namespace

Ore checked_amount(double kroner, const std::string& name, std::string_view key) {
    check_amount(kroner, key, field(name), true);
    return to_ore(kroner);
}

Scenario apply(const Scenario& scenario, const Changes& changes) {
    Scenario s = changes.option ? with_chosen_option(scenario, *changes.option) : scenario;
    if (!changes.leave.empty()) {
        ScenarioChanges leaving;
        std::set<std::string> seen;
        for (const std::string& member : changes.leave) leaving.leave.push_back(member_code(s, member, "leave", seen));
        leaving.leave_where = field("leave");
        s = with_changes(s, leaving);
    }
    std::set<ParameterId> given;
    for (const auto& [id, value] : changes.parameters) {
        const std::string name = "parameters." + std::string(info(id).key);
        if (!given.insert(id).second) throw Error(field(name), say(phrase::named_twice, info(id).key, "parameters"));
        if (changes.solve == id) throw Error(field(name), say(phrase::given_and_solved, info(id).key));
        Parameter& p = at(s.model.parameters, id);
        if (!value) {
            if (id != ParameterId::cap && id != ParameterId::floor) throw Error(field(name), say(phrase::only_limits_none, info(id).key));
            p = Parameter{};
            continue;
        }
        check_value(id, *value, field(name), true);
        p.mode = ParameterMode::value;
        p.value = *value;
        p.source = changes.source;
        p.where = field(name);
    }
    if (changes.solve) {
        // The unknown so far needs a value of its own now; its value while solved means nothing.
        for (std::size_t i = 0; i < parameter_count; ++i) {
            Parameter& p = s.model.parameters[i];
            const auto id = static_cast<ParameterId>(i);
            if (!p.solved() || id == *changes.solve) continue;
            if (!given.contains(id))
                throw Error(field("solve"), say(phrase::old_unknown_needs_value, info(*changes.solve).key, info(id).key));
        }
        Parameter& p = at(s.model.parameters, *changes.solve);
        p.mode = ParameterMode::solve;
        p.value = 0;
        p.source = "solved";
        p.where = field("solve");
    }
    if (changes.budget) {
        s.budget = checked_amount(*changes.budget, "budget", "budget");
        s.budget_where = field("budget");
    }
    std::set<std::string> funded;
    for (const auto& [name, amount] : changes.external_funding) {
        // Named again: Clang 14 (the fuzz build's) cannot capture a structured binding.
        const std::string& wanted = name;
        const std::string at = "external_funding." + name;
        const auto f = std::find_if(s.external_funding.begin(), s.external_funding.end(),
                                    [&](const Funding& x) { return x.name == wanted; });
        if (f == s.external_funding.end())
            throw Error(field(at), say(phrase::no_funding, name, names(s.external_funding, [](const Funding& x) { return x.name; })));
        if (!funded.insert(name).second) throw Error(field(at), say(phrase::named_twice, name, "external_funding"));
        f->amount = checked_amount(amount, at, at);
    }
    std::set<std::string> self;
    for (const auto& [member, amount] : changes.self_funded) {
        const std::string at = "self_funded." + member;
        const std::string code = member_code(s, member, at, self);
        const auto f = std::find_if(s.self_funded.begin(), s.self_funded.end(), [&](const SelfFunded& x) { return x.code == code; });
        if (f == s.self_funded.end())
            throw Error(field(at), say(phrase::not_self_funded, code, names(s.self_funded, [](const SelfFunded& x) { return x.code; })));
        f->amount = checked_amount(amount, at, at);
        f->where = field(at);
    }
    if (changes.rounding_unit_ore) {
        const RoundingUnit* unit = rounding_unit_of(*changes.rounding_unit_ore);
        if (!unit) throw Error(field("rounding_unit_ore"), say(phrase::rounding_unit, *changes.rounding_unit_ore));
        s.rounding_unit = unit->ore;
    }
    return s;
}

}  // namespace spleis
