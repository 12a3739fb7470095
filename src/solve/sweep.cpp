// The grid sweep: the scenario is prepared once (members sorted, group and target worked out)
// and only the changed values go through the solver at each point.
#include "spleis/sweep.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "prepared.hpp"
#include "spleis/error.hpp"
#include "spleis/nok.hpp"

namespace spleis {

std::vector<double> SweepAxis::values() const {
    std::vector<double> out;
    // Counting steps, not adding them up, keeps 0.1-sized steps from drifting past `to`.
    const auto count = static_cast<std::size_t>(std::floor((to - from) / step + 1e-9)) + 1;
    for (std::size_t i = 0; i < count; ++i) out.push_back(from + static_cast<double>(i) * step);
    return out;
}

SweepAxis parse_sweep_axis(std::string_view text) {
    const auto bad = [&](const std::string& why) -> SweepAxis {
        throw Error(Location{}, fmt::format("--param \"{}\": {}; write it like base_amount=0..200000:5000", text, why));
    };
    const auto eq = text.find('='), dots = text.find(".."), colon = text.rfind(':');
    if (eq == std::string_view::npos || dots == std::string_view::npos || colon == std::string_view::npos || dots < eq || colon < dots)
        return bad("expected NAME=FROM..TO:STEP");
    SweepAxis axis;
    axis.name = std::string(text.substr(0, eq));
    if (axis.name != "budget") {
        axis.parameter = parameter_by_key(axis.name);
        if (!axis.parameter) return bad(fmt::format("unknown parameter `{}`", axis.name));
    }
    const auto number = [&](std::string_view part, const char* what) {
        double v = 0;
        auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), v);
        if (ec != std::errc() || end != part.data() + part.size() || !std::isfinite(v))
            bad(fmt::format("{} must be a number, got \"{}\"", what, part));
        return v;
    };
    axis.from = number(text.substr(eq + 1, dots - eq - 1), "FROM");
    axis.to = number(text.substr(dots + 2, colon - dots - 2), "TO");
    axis.step = number(text.substr(colon + 1), "STEP");
    if (axis.step <= 0) return bad("STEP must be above 0");
    if (axis.to < axis.from) return bad("the range is empty (TO is below FROM)");
    if (axis.from < 0) return bad("values must not be negative");
    if ((axis.to - axis.from) / axis.step + 1 > static_cast<double>(max_sweep_points))
        return bad(fmt::format("that is more than {} values", format_count(static_cast<long long>(max_sweep_points))));
    return axis;
}

std::vector<Municipality> sweep_members(const Scenario& scenario) { return prepare(scenario).members; }

namespace {

// The checks of check() that depend on values the sweep changes.
std::string invalid_point(const ParameterValues& v, const Scenario& s, const MemberLimits& limits, Ore unit) {
    const Parameter& base = at(s.model.parameters, ParameterId::base_amount);
    if (limits.cap < limits.floor) return "cap below floor";
    if (base.given && !base.solve && limits.cap < value(v, ParameterId::base_amount)) return "cap below base amount";
    for (double limit : {limits.cap, limits.floor})
        if (std::isfinite(limit) && std::llround(limit * ore_per_krone) % unit != 0) return "cap or floor not in whole rounding units";
    return "";
}

}  // namespace

void sweep(const Scenario& scenario, std::span<const SweepAxis> axes, const std::function<void(const SweepPoint&)>& visit) {
    if (axes.empty() || axes.size() > 2) throw Error(Location{}, "give one or two --param ranges to sweep");
    check(scenario);
    const Prepared p = prepare(scenario);

    std::vector<std::vector<double>> grid;
    std::size_t points = 1;
    for (const SweepAxis& axis : axes) {
        if (axis.parameter && axis.parameter == p.unknown)
            throw Error(Location{scenario.file}, fmt::format("{} is solved in this scenario; sweep another parameter or the budget", axis.name));
        if (axis.parameter && *axis.parameter != ParameterId::cap && *axis.parameter != ParameterId::floor &&
            !at(scenario.model.parameters, *axis.parameter).given)
            throw Error(Location{scenario.file}, fmt::format("{} is not used by the {} rule of this scenario", axis.name,
                                                             info(scenario.model.rule).key));
        if (!axis.parameter && (!scenario.budget || scenario.model.rule == RuleKind::matched_fund))
            throw Error(Location{scenario.file}, "this scenario has no budget to sweep");
        grid.push_back(axis.values());
        points *= grid.back().size();
    }
    if (axes.size() == 2 && axes[0].name == axes[1].name) throw Error(Location{}, fmt::format("{} is swept twice", axes[0].name));
    if (points > max_sweep_points)
        throw Error(Location{}, fmt::format("the grid has {} points; the limit is {}", format_count(static_cast<long long>(points)),
                                            format_count(static_cast<long long>(max_sweep_points))));

    const Ore deducted = scenario.budget && p.target.amount ? *scenario.budget - *p.target.amount : 0;
    std::vector<double> coordinates(axes.size());
    std::vector<Ore> amounts(p.members.size());
    for (std::size_t i = 0; i < p.members.size(); ++i) amounts[i] = p.self_funded[i];
    PayingAmounts paying;

    for (std::size_t index = 0; index < points; ++index) {
        ParameterValues values = p.values;
        std::optional<Ore> target = p.target.amount;
        std::size_t rest = index;
        for (std::size_t a = axes.size(); a-- > 0;) {
            coordinates[a] = grid[a][rest % grid[a].size()];
            rest /= grid[a].size();
            if (axes[a].parameter) values[static_cast<std::size_t>(*axes[a].parameter)] = coordinates[a];
            else target = std::llround(coordinates[a] * ore_per_krone) - deducted;
        }
        MemberLimits limits{value(values, ParameterId::floor), p.limits.cap};
        const bool cap_swept = std::any_of(axes.begin(), axes.end(), [](const SweepAxis& x) { return x.parameter == ParameterId::cap; });
        if (cap_swept) limits.cap = value(values, ParameterId::cap);

        SweepPoint point{coordinates, false, "", 0, 0, amounts};
        point.problem = invalid_point(values, scenario, limits, p.unit);
        if (point.problem.empty() && target && (*target < 0 || *target % p.unit != 0))
            point.problem = *target < 0 ? "other funding exceeds the budget" : "budget not in whole rounding units";
        if (point.problem.empty()) {
            if (solve_paying(p, values, limits, target, paying)) {
                point.feasible = true;
                if (p.unknown) point.solved = values[static_cast<std::size_t>(*p.unknown)];
                for (std::size_t k = 0; k < p.paying.size(); ++k) {
                    amounts[p.paying[k]] = paying.rounded.amounts[k];
                    point.capped += paying.limit[k] == Limit::cap;
                }
            } else {
                point.problem = "the budget cannot be met";
            }
        }
        visit(point);
    }
}

}  // namespace spleis
