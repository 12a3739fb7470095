// The grid sweep: the scenario is prepared once (members sorted, group and target worked out)
// and only the changed values go through the solver at each point.
#include "spleis/sweep.hpp"

#include <algorithm>
#include <charconv>
#include <exception>
#include <thread>
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

// The checks of check() that depend on values the sweep changes; nullptr when all is well.
const char* invalid_point(const ParameterValues& v, const Scenario& s, const MemberLimits& limits, Ore unit) {
    const Parameter& base = at(s.model.parameters, ParameterId::base_amount);
    if (limits.cap < limits.floor) return "cap below floor";
    if (base.given && !base.solve && limits.cap < value(v, ParameterId::base_amount)) return "cap below base amount";
    for (double limit : {limits.cap, limits.floor})
        if (std::isfinite(limit) && std::llround(limit * ore_per_krone) % unit != 0) return "cap or floor not in whole rounding units";
    return nullptr;
}

struct Grid {
    std::span<const SweepAxis> axes;
    std::vector<std::vector<double>> values;  // per axis
    std::size_t points = 1;
    Ore deducted = 0;  // other money, kept when the budget is swept
    bool cap_swept = false;
};

// One grid point's outcome; the members' amounts go to the caller's buffer.
struct PointOutcome {
    const char* problem = nullptr;
    double solved = 0;
    int capped = 0;
};

PointOutcome solve_point(const Prepared& p, const Scenario& s, const Grid& grid, std::size_t index, Workspace& w,
                         std::span<double> coordinates, std::span<Ore> amounts) {
    ParameterValues values = p.values;
    std::optional<Ore> target = p.target.amount;
    std::size_t rest = index;
    for (std::size_t a = grid.axes.size(); a-- > 0;) {
        const std::vector<double>& axis = grid.values[a];
        coordinates[a] = axis[rest % axis.size()];
        rest /= axis.size();
        if (grid.axes[a].parameter) values[static_cast<std::size_t>(*grid.axes[a].parameter)] = coordinates[a];
        else target = std::llround(coordinates[a] * ore_per_krone) - grid.deducted;
    }
    const MemberLimits limits{value(values, ParameterId::floor), grid.cap_swept ? value(values, ParameterId::cap) : p.limits.cap};
    PointOutcome outcome;
    outcome.problem = invalid_point(values, s, limits, p.unit);
    if (!outcome.problem && target && *target < 0) outcome.problem = "other funding exceeds the budget";
    if (!outcome.problem && target && *target % p.unit != 0) outcome.problem = "budget not in whole rounding units";
    if (outcome.problem) return outcome;
    if (!solve_paying(p, values, limits, target, w)) {
        outcome.problem = "the budget cannot be met";
        return outcome;
    }
    if (p.unknown) outcome.solved = values[static_cast<std::size_t>(*p.unknown)];
    std::copy(p.self_funded.begin(), p.self_funded.end(), amounts.begin());
    for (std::size_t k = 0; k < p.paying.size(); ++k) {
        amounts[p.paying[k]] = w.amounts[k];
        outcome.capped += w.limit[k] == Limit::cap;
    }
    return outcome;
}

}  // namespace

void sweep(const Scenario& scenario, std::span<const SweepAxis> axes, const std::function<void(const SweepPoint&)>& visit,
           unsigned threads) {
    if (axes.empty() || axes.size() > 2) throw Error(Location{}, "give one or two --param ranges to sweep");
    check(scenario);
    const Prepared p = prepare(scenario);

    Grid grid;
    grid.axes = axes;
    for (const SweepAxis& axis : axes) {
        if (axis.parameter && axis.parameter == p.unknown)
            throw Error(Location{scenario.file}, fmt::format("{} is solved in this scenario; sweep another parameter or the budget", axis.name));
        if (axis.parameter && *axis.parameter != ParameterId::cap && *axis.parameter != ParameterId::floor &&
            !at(scenario.model.parameters, *axis.parameter).given)
            throw Error(Location{scenario.file}, fmt::format("{} is not used by the {} rule of this scenario", axis.name,
                                                             info(scenario.model.rule).key));
        if (!axis.parameter && (!scenario.budget || scenario.model.rule == RuleKind::matched_fund))
            throw Error(Location{scenario.file}, "this scenario has no budget to sweep");
        grid.values.push_back(axis.values());
        grid.points *= grid.values.back().size();
        grid.cap_swept = grid.cap_swept || axis.parameter == ParameterId::cap;
    }
    if (axes.size() == 2 && axes[0].name == axes[1].name) throw Error(Location{}, fmt::format("{} is swept twice", axes[0].name));
    if (grid.points > max_sweep_points)
        throw Error(Location{}, fmt::format("the grid has {} points; the limit is {}", format_count(static_cast<long long>(grid.points)),
                                            format_count(static_cast<long long>(max_sweep_points))));
    grid.deducted = scenario.budget && p.target.amount ? *scenario.budget - *p.target.amount : 0;

    // Points are solved a chunk at a time by all threads, each with its own workspace, into a
    // buffer; then visited in grid order, so the output does not depend on the thread count.
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t n = p.members.size(), dims = axes.size();
    const std::size_t chunk = std::min<std::size_t>(grid.points, threads == 1 ? 64 : 512 * threads);
    std::vector<double> coordinates(chunk * dims);
    std::vector<Ore> amounts(chunk * n);
    std::vector<PointOutcome> outcomes(chunk);
    std::vector<Workspace> workspaces(threads);

    for (std::size_t start = 0; start < grid.points; start += chunk) {
        const std::size_t count = std::min(chunk, grid.points - start);
        const auto solve_range = [&](unsigned t) {
            for (std::size_t slot = count * t / threads; slot < count * (t + 1) / threads; ++slot)
                outcomes[slot] = solve_point(p, scenario, grid, start + slot, workspaces[t],
                                             std::span(coordinates).subspan(slot * dims, dims), std::span(amounts).subspan(slot * n, n));
        };
        std::vector<std::exception_ptr> failures(threads);
        std::vector<std::thread> workers;
        for (unsigned t = 1; t < threads; ++t)
            workers.emplace_back([&, t] {
                try {
                    solve_range(t);
                } catch (...) {
                    failures[t] = std::current_exception();
                }
            });
        try {
            solve_range(0);
        } catch (...) {
            failures[0] = std::current_exception();
        }
        for (std::thread& worker : workers) worker.join();
        for (const std::exception_ptr& failure : failures)
            if (failure) std::rethrow_exception(failure);

        for (std::size_t slot = 0; slot < count; ++slot) {
            const PointOutcome& o = outcomes[slot];
            visit(SweepPoint{std::span(coordinates).subspan(slot * dims, dims), o.problem == nullptr, o.problem ? o.problem : "",
                             o.solved, o.capped, std::span<const Ore>(amounts).subspan(slot * n, n)});
        }
    }
}

}  // namespace spleis
