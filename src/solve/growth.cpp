// A matched fund as its members join one by one (or a county at a time). Each step is a
// scenario of its own, solved by allocate(): the figures are the ones `spleis run` would give
// for those members, at the stated levy and with the levy solved to fill the frame.
#include "spleis/growth.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include <fmt/format.h>

#include "spleis/error.hpp"
#include "spleis/nok.hpp"
#include "spleis/solve.hpp"

namespace spleis {

namespace {


// The members in the order they join, grouped into steps.
std::vector<std::vector<Municipality>> joining_order(const Scenario& s, const GrowthPlan& plan) {
    std::vector<Municipality> members = s.members;
    const auto larger = [](const Municipality& a, const Municipality& b) {
        return a.population != b.population ? a.population > b.population : a.code < b.code;
    };
    std::vector<std::vector<Municipality>> steps;
    switch (plan.order) {
        case JoinOrder::largest_first:
        case JoinOrder::smallest_first:
            std::sort(members.begin(), members.end(), larger);
            if (plan.order == JoinOrder::smallest_first)
                std::stable_sort(members.begin(), members.end(), [](const Municipality& a, const Municipality& b) {
                    return a.population < b.population;
                });
            for (const Municipality& m : members) steps.push_back({m});
            break;
        case JoinOrder::by_county: {
            std::map<std::string, std::vector<Municipality>> counties;
            for (const Municipality& m : members) counties[m.code.substr(0, 2)].push_back(m);
            for (auto& [county, list] : counties) steps.push_back(std::move(list));
            const auto population = [](const std::vector<Municipality>& list) {
                std::int64_t sum = 0;
                for (const Municipality& m : list) sum += m.population;
                return sum;
            };
            std::stable_sort(steps.begin(), steps.end(), [&](const auto& a, const auto& b) { return population(a) > population(b); });
            break;
        }
        case JoinOrder::listed: {
            std::set<std::string> seen;
            for (const std::string& code : plan.listed) {
                const auto m = std::find_if(members.begin(), members.end(), [&](const Municipality& x) { return x.code == code; });
                if (m == members.end())
                    throw Error(Location{s.file}, fmt::format("municipality {} is in the joining order but not a member of the scenario", code));
                if (!seen.insert(code).second)
                    throw Error(Location{s.file}, fmt::format("municipality {} is in the joining order twice", code));
                steps.push_back({*m});
            }
            break;
        }
    }
    if (steps.empty()) throw Error(Location{s.file}, "nobody joins: the joining order lists no member");
    return steps;
}

}  // namespace

Growth grow(const Scenario& scenario, const GrowthPlan& plan) {
    if (!info(scenario.model.rule).sponsor_matched)
        throw Error(Location{scenario.file}, fmt::format("a fund's growth needs the matched_fund rule; {} uses {}",
                                                         scenario.model.name, info(scenario.model.rule).key));
    for (double levy : plan.levies)
        if (!(levy >= 0) || !std::isfinite(levy))
            throw Error(Location{scenario.file}, fmt::format("a levy is kroner per inhabitant, 0 or more; got {}", levy));
    const Parameters& p = scenario.model.parameters;
    Growth g;
    g.title = scenario.title;
    g.order = plan.order;
    g.sponsor = scenario.model.sponsor.empty() ? "Sponsor" : scenario.model.sponsor;
    g.match_rate = at(p, ParameterId::match_rate).value;
    g.sponsor_maximum = to_ore(at(p, ParameterId::sponsor_maximum).value);
    g.frame = scenario.budget ? *scenario.budget : to_ore(at(p, ParameterId::upper_frame).value);
    g.population_year = scenario.population_year;
    g.levies = plan.levies;

    // The scenario as it is, but for its members and the levy: solved to fill the frame, or
    // given (with no shortfall rule, and a frame no fixed levy can pass, so that a levy too
    // high for the frame shows as a fund above it instead of an error).
    Scenario solving = scenario;
    solving.options.clear();
    solving.model.shortfall.reset();
    Parameter& levy = at(solving.model.parameters, ParameterId::levy_per_inhabitant);
    levy.mode = ParameterMode::solve;
    levy.value = 0;
    Scenario fixed = solving;
    fixed.budget.reset();
    at(fixed.model.parameters, ParameterId::levy_per_inhabitant).mode = ParameterMode::value;
    at(fixed.model.parameters, ParameterId::upper_frame).value = static_cast<double>(max_amount_ore) / ore_per_krone;

    const auto by_code = [](const Municipality& a, const Municipality& b) { return a.code < b.code; };
    std::vector<Municipality> so_far;
    for (std::vector<Municipality>& joining : joining_order(scenario, plan)) {
        GrowthStep step;
        for (const Municipality& m : joining) {
            so_far.insert(std::upper_bound(so_far.begin(), so_far.end(), m, by_code), m);
            step.population += m.population;
        }
        if (plan.order == JoinOrder::by_county) step.county = joining.front().code.substr(0, 2);
        step.joining = std::move(joining);
        step.members = static_cast<int>(so_far.size());
        step.population += g.steps.empty() ? 0 : g.steps.back().population;

        solving.members = so_far;
        const Allocation filled = allocate(solving);
        step.filling_levy = at(filled.parameters, ParameterId::levy_per_inhabitant).value;
        fixed.members = so_far;
        for (double value : plan.levies) {
            at(fixed.model.parameters, ParameterId::levy_per_inhabitant).value = value;
            const Allocation a = allocate(fixed);
            GrowthAtLevy at_levy{a.members_total, 0, 0};
            for (const Funding& f : a.external_funding) at_levy.match += f.amount;
            at_levy.fund = at_levy.members_pay + at_levy.match;
            step.at.push_back(at_levy);
        }
        g.steps.push_back(std::move(step));
    }
    return g;
}

}  // namespace spleis
