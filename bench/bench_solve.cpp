// How long solving takes, for the sizes users meet: Salten (10 members), Digi Vestland (43),
// all of Norway (357), and a synthetic 100 000 members to show how the cost grows.
//   solve/*     a prepared scenario solved again (what a spreadsheet recalculation or one sweep
//               point costs): evaluate the rule, build the total curve, solve, cap, round.
//   allocate/*  the whole allocate(): checks, solve, and the result with names and terms.
//   load/*      parsing the scenario YAML, the model and the population CSV.
//   sweep_grid*/threads  a 1 000 × 1 000 grid over Norway's 357 municipalities: the amounts
//               only, and as the summary CSV `spleis sweep --summary` writes.
#include <benchmark/benchmark.h>

#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>

#include "report/sweep_csv.hpp"
#include "solve/prepared.hpp"
#include "spleis/load.hpp"
#include "spleis/spleis.h"
#include "spleis/solve.hpp"
#include "spleis/sweep.hpp"

namespace {

std::string scenario_path(const std::string& name) { return std::string(SPLEIS_SOURCE_DIR) + "/scenarios/" + name; }

const spleis::Scenario& scenario(const std::string& name) {
    static std::map<std::string, spleis::Scenario> loaded;
    auto it = loaded.find(name);
    if (it == loaded.end()) it = loaded.emplace(name, spleis::load_scenario(scenario_path(name))).first;
    return it->second;
}

// The Digi Vestland rule (base amount 100 000 kr, cap 500 000 kr, the rate solved, whole
// kroner) over these populations, with a budget of 250 000 kr a member: between base and cap.
spleis::Scenario digi_vestland_rule(const std::vector<std::int64_t>& populations) {
    spleis::Scenario s = scenario("norway-2025.yaml");
    s.self_funded.clear();
    s.members.clear();
    for (std::size_t i = 0; i < populations.size(); ++i)
        s.members.push_back({std::to_string(1'000'000 + i), "M" + std::to_string(i), populations[i]});
    s.budget = static_cast<spleis::Ore>(populations.size()) * 250'000 * spleis::ore_per_krone;
    return s;
}

// n members with populations like Norway's (many small, few large).
const spleis::Scenario& synthetic(std::size_t n) {
    static std::map<std::size_t, spleis::Scenario> made;
    auto it = made.find(n);
    if (it != made.end()) return it->second;
    std::mt19937_64 random(n);
    std::lognormal_distribution<double> population(8.9, 1.1);
    std::vector<std::int64_t> populations;
    for (std::size_t i = 0; i < n; ++i) populations.push_back(static_cast<std::int64_t>(population(random)) + 100);
    return made.emplace(n, digi_vestland_rule(populations)).first->second;
}

void solve(benchmark::State& state, const spleis::Scenario& s) {
    spleis::check(s);
    const spleis::Prepared p = spleis::prepare(s);
    spleis::Workspace w;
    for (auto _ : state) {
        spleis::ParameterValues values = p.values;
        if (!spleis::solve_paying(p, values, p.limits, p.target.amount, w)) state.SkipWithError("infeasible");
        benchmark::DoNotOptimize(w.amounts.data());
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(p.paying.size()));
    state.counters["members"] = static_cast<double>(s.members.size());
}

void allocate(benchmark::State& state, const spleis::Scenario& s) {
    for (auto _ : state) benchmark::DoNotOptimize(spleis::allocate(s));
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(s.members.size()));
}

// Re-solving the same members for a new budget each time: the members are not sorted again.
void resolve_new_budget(benchmark::State& state, const spleis::Scenario& s) {
    const spleis::Prepared p = spleis::prepare(s);
    spleis::Workspace w;
    spleis::Ore budget = *p.target.amount;
    for (auto _ : state) {
        spleis::ParameterValues values = p.values;
        budget += 100;  // one krone more each time
        if (!spleis::solve_paying(p, values, p.limits, budget, w)) state.SkipWithError("infeasible");
        benchmark::DoNotOptimize(w.amounts.data());
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(p.paying.size()));
}

// A 1 000 × 1 000 grid (base amount × cap) over all 357 municipalities: a million solves.
void sweep_grid(benchmark::State& state) {
    const auto threads = static_cast<unsigned>(state.range(0));
    const spleis::Scenario& s = scenario("norway-2025.yaml");
    const std::vector<spleis::SweepAxis> axes{spleis::parse_sweep_axis("base_amount=0..199800:200"),
                                              spleis::parse_sweep_axis("cap=300000..699600:400")};
    std::int64_t amounts = 0, feasible = 0;
    for (auto _ : state) {
        spleis::sweep(s, axes, [&](const spleis::SweepPoint& p) {
            feasible += p.feasible;
            amounts += static_cast<std::int64_t>(p.amounts.size());
        }, threads);
    }
    state.SetItemsProcessed(amounts);  // member-amounts computed
    state.counters["points"] = 1e6;
    state.counters["feasible"] = static_cast<double>(feasible) / static_cast<double>(state.iterations());
}

// The same grid as `spleis sweep … --summary` writes it: one CSV row a point (total, extremes,
// Gini of the cost per inhabitant), each described on the thread that solved it.
void sweep_grid_summary_csv(benchmark::State& state) {
    const auto threads = static_cast<unsigned>(state.range(0));
    const spleis::Scenario& s = scenario("norway-2025.yaml");
    const std::vector<spleis::SweepAxis> axes{spleis::parse_sweep_axis("base_amount=0..199800:200"),
                                              spleis::parse_sweep_axis("cap=300000..699600:400")};
    const std::vector<spleis::Municipality> members = spleis::sweep_members(s);
    const spleis::SweepCsv csv(spleis::SweepCsv::Shape::summary, axes, spleis::ParameterId::per_inhabitant, members,
                               spleis::in_split(s, members));
    std::size_t bytes = 0;
    for (auto _ : state) {
        std::string text = csv.header();
        spleis::sweep_to_text(s, axes, [&](const spleis::SweepPoint& p, std::string& rows) { csv.describe(p, rows); }, text, threads);
        bytes = text.size();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * 1'000'000 * static_cast<std::int64_t>(members.size()));
    state.counters["csv_MB"] = static_cast<double>(bytes) / 1e6;
}

// One spreadsheet cell recalculation through the C API: Digi Vestland's 42 paying members
// (Bergen's 9.1 MNOK already deducted), base 100 000 kr, cap 500 000 kr, rate solved.
void capi_spreadsheet_digi_vestland(benchmark::State& state) {
    std::vector<double> populations;
    for (const spleis::Municipality& m : scenario("digi-vestland-2021.yaml").members)
        if (m.code != "4601") populations.push_back(static_cast<double>(m.population));
    std::vector<double> amounts(populations.size());
    double rate = 0;
    char message[256];
    for (auto _ : state) {
        if (spleis_allocate_base_per_inhabitant(10'370'000, 100'000, 500'000, populations.data(), static_cast<int>(populations.size()),
                                                amounts.data(), &rate, message, sizeof message) != SPLEIS_OK)
            state.SkipWithError(message);
        benchmark::DoNotOptimize(amounts.data());
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(populations.size()));
}

void load(benchmark::State& state, const std::string& name) {
    for (auto _ : state) benchmark::DoNotOptimize(spleis::load_scenario(scenario_path(name)));
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(scenario(name).members.size()));
}

}  // namespace

BENCHMARK_CAPTURE(solve, salten_10, scenario("salten-2019.yaml"));
BENCHMARK_CAPTURE(solve, digi_vestland_43, scenario("digi-vestland-2021.yaml"));
BENCHMARK_CAPTURE(solve, norway_357, scenario("norway-2025.yaml"));
BENCHMARK_CAPTURE(solve, synthetic_1000, synthetic(1000));
BENCHMARK_CAPTURE(solve, synthetic_10000, synthetic(10'000));
BENCHMARK_CAPTURE(solve, synthetic_100000, synthetic(100'000));
BENCHMARK_CAPTURE(resolve_new_budget, norway_357, scenario("norway-2025.yaml"));
BENCHMARK_CAPTURE(allocate, digi_vestland_43, scenario("digi-vestland-2021.yaml"));
BENCHMARK_CAPTURE(allocate, norway_357, scenario("norway-2025.yaml"));
BENCHMARK_CAPTURE(load, digi_vestland_43, std::string("digi-vestland-2021.yaml"));
BENCHMARK_CAPTURE(load, kommit_fund_422, std::string("kommit-fund.yaml"));

BENCHMARK(capi_spreadsheet_digi_vestland);
BENCHMARK(sweep_grid)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(sweep_grid_summary_csv)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

// Besides Google Benchmark's flags, `--populations=FILE` (one whole number a line, as
// bench/compare.sh writes for the members its peers solve) adds solve/<file name>: the Digi
// Vestland rule over them, as synthetic() sets it.
int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    static std::deque<spleis::Scenario> from_files;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i], flag = "--populations=";
        if (!arg.starts_with(flag)) {
            std::cerr << "spleis_bench: unknown argument " << arg << " (see --help; --populations=FILE adds a problem)\n";
            return 2;
        }
        const std::filesystem::path file(arg.substr(flag.size()));
        std::ifstream in(file);
        std::vector<std::int64_t> populations;
        for (std::int64_t p = 0; in >> p;) populations.push_back(p);
        if (populations.empty() || !in.eof()) {
            std::cerr << "spleis_bench: " << file.string() << ": expected one whole number a line\n";
            return 2;
        }
        benchmark::RegisterBenchmark(("solve/" + file.stem().string()).c_str(), solve, std::cref(from_files.emplace_back(digi_vestland_rule(populations))));
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
