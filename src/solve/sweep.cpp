// The grid sweep: the scenario is prepared once (members sorted, group and target worked out)
// and only the changed values go through the solver at each point.
#include "spleis/sweep.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

#include <fmt/format.h>

#include "prepared.hpp"
#include "spleis/changes.hpp"
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
        throw Error(Location{}, fmt::format("sweep range \"{}\": {}; write it like base_amount=0..200000:5000", text, why));
    };
    const auto eq = text.find('='), dots = text.find(".."), colon = text.rfind(':');
    if (eq == std::string_view::npos || dots == std::string_view::npos || colon == std::string_view::npos || dots < eq || colon < dots)
        return bad("expected NAME=FROM..TO:STEP");
    SweepAxis axis;
    axis.name = std::string(text.substr(0, eq));
    axis.written = fmt::format("--param {}", text);
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

std::vector<bool> in_split(const Scenario& scenario, std::span<const Municipality> members) {
    std::vector<bool> out;
    for (const Municipality& m : members)
        out.push_back(std::none_of(scenario.self_funded.begin(), scenario.self_funded.end(),
                                   [&](const SelfFunded& s) { return s.code == m.code; }));
    return out;
}

namespace {

// The checks of check() that depend on values the sweep changes; nullptr when all is well.
const char* invalid_point(const ParameterValues& v, const Scenario& s, const MemberLimits& limits, Ore unit) {
    const Parameter& base = at(s.model.parameters, ParameterId::base_amount);
    const bool fixed_base = base.given() && !base.solved();
    switch (limit_problem(limits, fixed_base ? std::optional(value(v, ParameterId::base_amount)) : std::nullopt, unit)) {
        case LimitProblem::none: return nullptr;
        case LimitProblem::cap_below_floor: return "cap below floor";
        case LimitProblem::cap_below_base: return "cap below base amount";
        case LimitProblem::not_in_units: return "cap or floor not in whole rounding units";
    }
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
        else target = to_ore(coordinates[a]) - grid.deducted;
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
    for (std::size_t k = 0; k < p.paying.size(); ++k) amounts[p.paying[k]] = w.amounts[k];
    outcome.capped = static_cast<int>(count_capped(p, values, limits));
    return outcome;
}

// Points are handed out in batches: small enough that the threads end a chunk together, large
// enough that taking one (a lock, some 50 ns) is nothing beside solving it (some 15 µs for the
// 357 municipalities of Norway).
constexpr std::size_t batch_points = 16;
// A chunk fills one buffer. Kept small so its amounts (8 bytes a member and point: for Norway
// 2.9 kB a point, 183 kB a thread's share of a chunk) are still in cache when visited; large
// enough that the threads rarely wait at its end.
constexpr std::size_t batches_per_chunk_per_thread = 4;

// A chunk of solved points, waiting to be visited.
struct Buffer {
    std::vector<double> coordinates;   // dims per point
    std::vector<Ore> amounts;          // members per point
    std::vector<PointOutcome> outcomes;
    std::vector<std::string> texts;    // per batch, when the points are described
};

// One thread's workspace on cache lines of its own: solve_paying() writes its fields at every
// point, and neighbours in one line would make the cores take turns owning it.
struct alignas(64) OwnWorkspace {
    Workspace w;
};

// Who solves what, for the calling thread and the workers. Batch b belongs to chunk
// b / per_chunk and is solved into buffer (b / per_chunk) % 2: while the calling thread visits
// chunk c, the others solve c + 1 into the other buffer. Chunk c + 2 reuses c's buffer, so
// its batches are handed out only once c has been visited. One mutex guards it all; it is
// taken once a batch, and every hand-over of a buffer is then a plain unlock and lock.
struct Schedule {
    std::mutex mutex;
    std::condition_variable more_work;     // for the workers: a chunk was visited, or stop
    std::condition_variable chunk_solved;  // for the calling thread: a chunk is solved, or stop
    std::size_t batches = 0, per_chunk = 0;
    std::size_t next_batch = 0;             // the next to hand out
    std::size_t visited = 0;                // chunks visited
    std::array<std::size_t, 2> unsolved{};  // batches of the chunk in each buffer not yet solved
    bool stop = false;                      // a worker failed, or the sweep is over
    std::exception_ptr failure;             // what a worker threw, for the calling thread

    std::size_t batches_in(std::size_t chunk) const {
        return chunk * per_chunk < batches ? std::min(per_chunk, batches - chunk * per_chunk) : 0;
    }
    bool may_hand_out() const { return next_batch < batches && next_batch / per_chunk < visited + 2; }
    void fail(std::exception_ptr e) {
        {
            const std::lock_guard lock(mutex);
            if (!failure) failure = std::move(e);
            stop = true;
        }
        more_work.notify_all();
        chunk_solved.notify_one();
    }
};

// The workers of one sweep: started once, and stopped and joined however the sweep ends (an
// exception from visit or a solve), so no thread outlives it and none is left joinable.
struct Crew {
    Schedule& s;
    std::vector<std::thread> threads;
    explicit Crew(Schedule& schedule) : s(schedule) {}
    Crew(const Crew&) = delete;
    Crew& operator=(const Crew&) = delete;
    ~Crew() {
        {
            const std::lock_guard lock(s.mutex);
            s.stop = true;
        }
        s.more_work.notify_all();
        for (std::thread& t : threads) t.join();
    }
};

// What a sweep cannot do whatever its axes' values: more than two axes, or a shortfall rule.
void check_sweepable(const Scenario& scenario, std::span<const SweepAxis> axes) {
    if (axes.empty() || axes.size() > 2) throw Error(Location{}, "a sweep varies one or two parameters (or the budget)");
    // The sweep solves the members' amounts directly; a shortfall rule's reduction is a step of
    // allocate() it does not take, so its points would be the unreduced amounts.
    if (scenario.model.shortfall)
        throw Error(Location{scenario.file}, "a sweep does not apply shortfall rules; remove `shortfall:` to sweep the "
                                             "amounts the members are asked for");
}

// An axis must vary something the scenario uses and does not solve for.
void check_axis(const Scenario& scenario, const Prepared& p, const SweepAxis& axis) {
    if (axis.parameter && axis.parameter == p.unknown)
        throw Error(Location{scenario.file}, fmt::format("{} is solved in this scenario; sweep another parameter or the budget", axis.name));
    if (axis.parameter && *axis.parameter != ParameterId::cap && *axis.parameter != ParameterId::floor &&
        !at(scenario.model.parameters, *axis.parameter).given())
        throw Error(Location{scenario.file}, fmt::format("{} is not used by the {} rule of this scenario", axis.name,
                                                         info(scenario.model.rule).key));
    if (!axis.parameter && (!scenario.budget || info(scenario.model.rule).sponsor_matched))
        throw Error(Location{scenario.file}, "this scenario has no budget to sweep");
}

// The grid of checked axes: their values, and no more points than a sweep takes.
Grid grid_of(const Scenario& scenario, const Prepared& p, std::span<const SweepAxis> axes) {
    Grid grid;
    grid.axes = axes;
    for (const SweepAxis& axis : axes) {
        check_axis(scenario, p, axis);
        // Each value as a scenario file could hold it: an amount in whole øre (a cap of
        // 214 285.714 kr cannot be honoured to the øre), and no larger than any amount.
        std::vector<double> values = axis.values();
        const Location where = Location::of_field(axis.written);
        for (double& v : values) {
            if (!axis.parameter || info(*axis.parameter).unit == Unit::nok) v = to_whole_ore(v);
            if (axis.parameter) check_value(*axis.parameter, v, where, false);
            else checked_amount(v, axis.written, "budget");
        }
        grid.values.push_back(std::move(values));
        grid.points *= grid.values.back().size();
        grid.cap_swept = grid.cap_swept || axis.parameter == ParameterId::cap;
    }
    if (axes.size() == 2 && axes[0].name == axes[1].name) throw Error(Location{}, fmt::format("{} is swept twice", axes[0].name));
    if (grid.points > max_sweep_points)
        throw Error(Location{}, fmt::format("the grid has {} points; the limit is {}", format_count(static_cast<long long>(grid.points)),
                                            format_count(static_cast<long long>(max_sweep_points))));
    grid.deducted = scenario.budget && p.target.amount ? *scenario.budget - *p.target.amount : 0;
    return grid;
}

// The two buffers, each for `points` points of `dims` coordinates and `members` amounts.
std::array<Buffer, 2> buffers_for(std::size_t points, std::size_t dims, std::size_t members, std::size_t texts) {
    std::array<Buffer, 2> buffers;
    for (Buffer& b : buffers) {
        b.coordinates.resize(points * dims);
        b.amounts.resize(points * members);
        b.outcomes.resize(points);
        b.texts.resize(texts);
    }
    return buffers;
}

// Solves the grid's points on `threads` threads, chunk by chunk into two buffers, and visits or
// describes each chunk on the calling thread while the next one is solved.
void solve_grid(const Scenario& scenario, const Prepared& p, const Grid& grid,
                const std::function<void(const SweepPoint&)>* visit, const DescribePoint* describe, std::string* text,
                unsigned threads) {
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t n = p.members.size(), dims = grid.axes.size();
    Schedule s;
    s.batches = (grid.points + batch_points - 1) / batch_points;
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, s.batches));  // more would find nothing to do
    s.per_chunk = batches_per_chunk_per_thread * threads;
    s.unsolved = {s.batches_in(0), s.batches_in(1)};
    const std::size_t chunk_points = s.per_chunk * batch_points;
    const std::size_t buffer_points = std::min(chunk_points, grid.points);  // fewer for a grid of one chunk
    std::array<Buffer, 2> buffers = buffers_for(buffer_points, dims, n, describe ? s.per_chunk : 0);
    std::vector<OwnWorkspace> workspaces(threads);

    const auto point_at = [&](const Buffer& buffer, std::size_t slot) {
        const PointOutcome& o = buffer.outcomes[slot];
        return SweepPoint{std::span(buffer.coordinates).subspan(slot * dims, dims), o.problem == nullptr, o.problem ? o.problem : "",
                          o.solved, o.capped, std::span<const Ore>(buffer.amounts).subspan(slot * n, n)};
    };

    // Batch b's points go to the buffer of its chunk, at their place in the chunk.
    const auto solve_batch = [&](std::size_t b, Workspace& w) {
        Buffer& buffer = buffers[b / s.per_chunk % 2];
        if (describe) buffer.texts[b % s.per_chunk].clear();
        for (std::size_t i = b * batch_points; i < std::min((b + 1) * batch_points, grid.points); ++i) {
            const std::size_t slot = i % chunk_points;
            buffer.outcomes[slot] = solve_point(p, scenario, grid, i, w, std::span(buffer.coordinates).subspan(slot * dims, dims),
                                                std::span(buffer.amounts).subspan(slot * n, n));
            if (describe) (*describe)(point_at(buffer, slot), buffer.texts[b % s.per_chunk]);
        }
    };

    // Takes the next batch (lock held), solves it (lock released) and counts it as solved.
    const auto solve_next = [&](std::unique_lock<std::mutex>& lock, Workspace& w) {
        const std::size_t b = s.next_batch++;
        lock.unlock();
        solve_batch(b, w);
        lock.lock();
        if (--s.unsolved[b / s.per_chunk % 2] == 0) s.chunk_solved.notify_one();
    };

    Crew crew(s);
    for (unsigned t = 1; t < threads; ++t)
        crew.threads.emplace_back([&, t] {
            try {
                std::unique_lock lock(s.mutex);
                for (;;) {
                    s.more_work.wait(lock, [&] { return s.stop || s.next_batch == s.batches || s.may_hand_out(); });
                    if (s.stop || s.next_batch == s.batches) return;
                    solve_next(lock, workspaces[t].w);
                }
            } catch (...) {
                s.fail(std::current_exception());
            }
        });

    for (std::size_t c = 0; c * chunk_points < grid.points; ++c) {
        {
            // Solve alongside the workers until chunk c is done: its batches, or the next
            // chunk's while the workers finish c's last ones.
            std::unique_lock lock(s.mutex);
            while (s.unsolved[c % 2] > 0 && !s.stop) {
                if (s.may_hand_out()) solve_next(lock, workspaces[0].w);
                else s.chunk_solved.wait(lock);
            }
            if (s.failure) std::rethrow_exception(s.failure);
        }
        const Buffer& buffer = buffers[c % 2];
        if (describe) {
            for (std::size_t b = 0; b < s.batches_in(c); ++b) *text += buffer.texts[b];
        } else {
            for (std::size_t i = c * chunk_points; i < std::min((c + 1) * chunk_points, grid.points); ++i)
                (*visit)(point_at(buffer, i - c * chunk_points));
        }
        {
            // The buffer is free again: for chunk c + 2.
            const std::lock_guard lock(s.mutex);
            ++s.visited;
            s.unsolved[c % 2] = s.batches_in(c + 2);
        }
        s.more_work.notify_all();
    }
}

// Both sweeps: each point is visited (on the calling thread), or described (where it was
// solved) and the batches' texts appended to `text`.
void sweep_grid(const Scenario& scenario, std::span<const SweepAxis> axes, const std::function<void(const SweepPoint&)>* visit,
                const DescribePoint* describe, std::string* text, unsigned threads) {
    check_sweepable(scenario, axes);
    check(scenario);
    const Prepared p = prepare(scenario);
    const Grid grid = grid_of(scenario, p, axes);
    solve_grid(scenario, p, grid, visit, describe, text, threads);
}

}  // namespace

void sweep(const Scenario& scenario, std::span<const SweepAxis> axes, const std::function<void(const SweepPoint&)>& visit,
           unsigned threads) {
    sweep_grid(scenario, axes, &visit, nullptr, nullptr, threads);
}

void sweep_to_text(const Scenario& scenario, std::span<const SweepAxis> axes, const DescribePoint& describe, std::string& text,
                   unsigned threads) {
    sweep_grid(scenario, axes, nullptr, &describe, &text, threads);
}

}  // namespace spleis
