#include "spleis/scenario.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "phrases.hpp"
#include "spleis/error.hpp"
#include "spleis/nok.hpp"

namespace spleis {

namespace {

std::string named(const Municipality& m) { return fmt::format("{} {}", m.code, m.name); }

auto by_code(const std::string& code) {
    return [&code](const Municipality& m) { return m.code == code; };
}

void change_members(Scenario& s, const ScenarioChanges& c) {
    if (c.members) s.members = *c.members;
    for (const std::string& code : c.leave) {
        const auto at = std::find_if(s.members.begin(), s.members.end(), by_code(code));
        if (at == s.members.end())
            throw Error(c.leave_where, say(phrase::cannot_leave, code));
        s.members.erase(at);
    }
    for (const Municipality& m : c.join) {
        if (std::any_of(s.members.begin(), s.members.end(), by_code(m.code)))
            throw Error(c.join_where, say(phrase::cannot_join, named(m)));
        s.members.push_back(m);
    }
    std::sort(s.members.begin(), s.members.end(), [](const auto& a, const auto& b) { return a.code < b.code; });
    if (s.members.empty())
        throw Error(c.leave.empty() ? c.members_where : c.leave_where, say(phrase::every_member_leaves));
    // A member that is not there covers nothing.
    std::erase_if(s.self_funded, [&](const SelfFunded& sf) {
        return std::none_of(s.members.begin(), s.members.end(), by_code(sf.code));
    });
}

void change_self_funded(Scenario& s, const ScenarioChanges& c) {
    for (const SelfFundedChange& change : c.self_funded) {
        const auto member = std::find_if(s.members.begin(), s.members.end(), by_code(change.code));
        if (member == s.members.end())
            throw Error(change.where, say(phrase::cannot_fund_itself, change.code));
        const auto at = std::find_if(s.self_funded.begin(), s.self_funded.end(),
                                     [&](const SelfFunded& sf) { return sf.code == change.code; });
        if (!change.amount) {
            if (at == s.self_funded.end())
                throw Error(change.where, say(phrase::pays_by_rule, named(*member)));
            s.self_funded.erase(at);
        } else if (at == s.self_funded.end()) {
            s.self_funded.push_back({change.code, *change.amount, change.source, change.where});
        } else {
            at->amount = *change.amount;
            at->source = change.source;
            at->where = change.where;
        }
    }
}

void change_funding(Scenario& s, const ScenarioChanges& c) {
    for (const FundingChange& change : c.funding) {
        const auto at = std::find_if(s.external_funding.begin(), s.external_funding.end(),
                                     [&](const Funding& f) { return f.name == change.name; });
        if (!change.amount) {
            if (at == s.external_funding.end())
                throw Error(change.where, say(phrase::no_funding_to_remove, change.name));
            s.external_funding.erase(at);
        } else if (at == s.external_funding.end()) {
            s.external_funding.push_back({change.name, *change.amount, change.source});
        } else {
            at->amount = *change.amount;
            at->source = change.source;
        }
    }
}

}  // namespace

Scenario with_changes(const Scenario& scenario, const ScenarioChanges& c) {
    Scenario s = scenario;
    if (c.changes_members()) change_members(s, c);
    change_self_funded(s, c);
    change_funding(s, c);
    if (c.budget) {
        s.budget = c.budget;
        s.budget_where = c.budget_where;
    }
    if (s.self_funded.size() == s.members.size()) {
        std::string who;
        for (const Municipality& m : s.members) who += (who.empty() ? "" : ", ") + named(m);
        const Location where = !c.self_funded.empty() ? c.self_funded.back().where
                               : !c.leave.empty()     ? c.leave_where
                                                      : c.members_where;
        throw Error(where, say(phrase::none_left_to_pay, who, s.members.size() == 1 ? "is" : "are all"));
    }
    return s;
}

Scenario with_option(const Scenario& scenario, const ScenarioOption& option) {
    Scenario s;
    try {
        s = with_changes(scenario, option.changes);
    } catch (const Error& e) {
        throw Error(e.kind(), e.where(), say(phrase::option_named, option.name) + text_of(e));
    }
    s.model = option.model;
    s.baseline_name = option.name;
    s.options.clear();
    return s;
}

}  // namespace spleis
