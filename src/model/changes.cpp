#include "spleis/changes.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace spleis {

namespace {

std::string names(const auto& items, auto name) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + name(item);
    return out.empty() ? "none" : out;
}

}  // namespace

Scenario apply(const Scenario& scenario, const Changes& changes) {
    Scenario s = scenario;
    if (changes.option && *changes.option != scenario.baseline_name) {
        const auto option = std::find_if(scenario.options.begin(), scenario.options.end(),
                                         [&](const ScenarioOption& o) { return o.name == *changes.option; });
        if (option == scenario.options.end())
            throw ChangeError("option", fmt::format("no option \"{}\" in this scenario; its options are: {}", *changes.option,
                                                    names(scenario.options, [](const ScenarioOption& o) { return o.name; })));
        s = with_option(scenario, *option);
        s.options = scenario.options;  // still there to be chosen
    }
    if (!changes.leave.empty()) {
        ScenarioChanges leaving;
        leaving.leave = changes.leave;
        try {
            s = with_changes(s, leaving);
        } catch (const Error& e) {
            throw ChangeError("leave", e.message());
        }
    }
    for (const auto& [id, value] : changes.parameters) {
        if (changes.solve == id)
            throw ChangeError("parameters." + std::string(info(id).key),
                              fmt::format("{} is given a value and solved at once; leave one out", info(id).key));
        Parameter& p = at(s.model.parameters, id);
        p.mode = ParameterMode::value;
        p.value = value;
        p.source = "changed";
    }
    if (changes.solve) {
        for (Parameter& p : s.model.parameters)
            if (p.solved()) p.mode = ParameterMode::value;
        Parameter& p = at(s.model.parameters, *changes.solve);
        p.mode = ParameterMode::solve;
        p.value = 0;
        p.source = "solved";
    }
    if (changes.budget) s.budget = *changes.budget;
    for (const auto& [name, amount] : changes.external_funding) {
        // Named again: Clang 14 (the fuzz build's) cannot capture a structured binding.
        const std::string& wanted = name;
        const auto f = std::find_if(s.external_funding.begin(), s.external_funding.end(),
                                    [&](const Funding& x) { return x.name == wanted; });
        if (f == s.external_funding.end())
            throw ChangeError("external_funding." + name,
                              fmt::format("no external funding \"{}\" in this scenario; it has: {}", name,
                                          names(s.external_funding, [](const Funding& x) { return x.name; })));
        f->amount = amount;
    }
    for (const auto& [code, amount] : changes.self_funded) {
        const std::string& wanted = code;
        const auto f = std::find_if(s.self_funded.begin(), s.self_funded.end(),
                                    [&](const SelfFunded& x) { return x.code == wanted; });
        if (f == s.self_funded.end())
            throw ChangeError("self_funded." + code,
                              fmt::format("member {} is not self-funded in this scenario; self-funded are: {}", code,
                                          names(s.self_funded, [](const SelfFunded& x) { return x.code; })));
        f->amount = amount;
    }
    if (changes.rounding_unit) {
        const Ore u = *changes.rounding_unit;
        if (u != 1 && u != 100 && u != 10'000 && u != 100'000)
            throw ChangeError("rounding_unit_ore", fmt::format("the rounding unit must be 1, 100, 10000 or 100000 øre, got {}", u));
        s.rounding_unit = u;
    }
    return s;
}

}  // namespace spleis
