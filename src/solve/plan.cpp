// Multi-year plans: every budget year is an ordinary scenario, allocated and checked to the øre
// on its own; the period is their sum, so it is exact too.
#include "spleis/plan.hpp"

#include <cmath>
#include <map>

#include <fmt/format.h>

#include "spleis/error.hpp"
#include "spleis/solve.hpp"

namespace spleis {

PlanAllocation allocate(const Plan& plan) {
    PlanAllocation result;
    for (const Scenario& year : plan.years) result.years.push_back(allocate(year));
    result.period = period_total(result.years, plan.title);
    return result;
}

Allocation period_total(std::span<const Allocation> years, const std::string& title) {
    if (years.empty()) throw Error(ErrorKind::internal, {}, "a plan without years");
    const Allocation& first = years.front();
    Allocation p;
    p.title = title;
    p.scenario_file = first.scenario_file;
    p.year = first.year;
    p.model_name = first.model_name;
    p.rule = first.rule;
    p.population_file = first.population_file;
    p.population_year = first.population_year;
    p.rounding_unit = first.rounding_unit;
    p.members = first.members;
    bool budgets = true;
    std::map<std::string, Ore> funding;  // by name, in the order first met
    std::vector<std::string> funding_order;
    for (std::size_t y = 0; y < years.size(); ++y) {
        const Allocation& a = years[y];
        if (a.members.size() != p.members.size())
            throw Error(ErrorKind::internal, {}, fmt::format("budget year {} has other members than {}", a.year, first.year));
        if (y > 0) {
            for (std::size_t i = 0; i < a.members.size(); ++i) {
                MemberShare& m = p.members[i];
                m.amount += a.members[i].amount;
                m.asked += a.members[i].asked;
                m.limited += a.members[i].limited;
                m.municipality.population += a.members[i].municipality.population;
                if (m.limit != a.members[i].limit) m.limit = Limit::none;  // bound some years only
            }
        }
        p.members_total += a.members_total;
        p.total += a.total;
        p.asked_total += a.asked_total;
        budgets = budgets && a.budget;
        if (a.budget) p.budget = p.budget.value_or(0) + *a.budget;
        for (const Funding& f : a.external_funding) {
            if (!funding.count(f.name)) funding_order.push_back(f.name);
            funding[f.name] += f.amount;
        }
    }
    if (!budgets) p.budget.reset();
    for (MemberShare& m : p.members) {
        m.municipality.population = std::llround(static_cast<double>(m.municipality.population) / static_cast<double>(years.size()));
        m.raw = RawAmount{};
        m.raw.total = m.limited;
        m.rounded_up = false;
    }
    for (const std::string& name : funding_order) p.external_funding.push_back({name, funding[name], ""});
    for (const MemberShare& m : p.members)
        if (m.limit == Limit::self_funded) p.self_funded.push_back({m.municipality.code, m.amount, "", {}});
    return p;
}

}  // namespace spleis
