// How long solving takes: the whole allocate() (check, solve, limits, rounding, result) and
// the solver alone (building the total curve and solving it), for Digi Vestland (43
// members) and all of Norway (357). Scenarios are loaded once, outside the timed loop.
#include <benchmark/benchmark.h>

#include <map>

#include "spleis/load.hpp"
#include "spleis/solve.hpp"

namespace {

const spleis::Scenario& scenario(const std::string& name) {
    static std::map<std::string, spleis::Scenario> loaded;
    auto it = loaded.find(name);
    if (it == loaded.end()) it = loaded.emplace(name, spleis::load_scenario(std::string(SPLEIS_SOURCE_DIR) + "/scenarios/" + name)).first;
    return it->second;
}

void allocate(benchmark::State& state, const std::string& name) {
    const spleis::Scenario& s = scenario(name);
    for (auto _ : state) benchmark::DoNotOptimize(spleis::allocate(s));
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(s.members.size()));
    state.counters["members"] = static_cast<double>(s.members.size());
}

// The solver alone: base 100 000 kr + rate × population, capped at 500 000 kr.
void solve_curve(benchmark::State& state, const std::string& name, double target) {
    const spleis::Scenario& s = scenario(name);
    std::vector<spleis::MemberLine> lines;
    for (const auto& m : s.members) lines.push_back({100'000, static_cast<double>(m.population), 0, 500'000});
    for (auto _ : state) {
        const spleis::TotalCurve curve(lines);
        benchmark::DoNotOptimize(curve.solve_for(target));
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(lines.size()));
}

}  // namespace

BENCHMARK_CAPTURE(allocate, digi_vestland_43, std::string("digi-vestland-2021.yaml"));
BENCHMARK_CAPTURE(allocate, norway_357, std::string("norway-2025.yaml"));
BENCHMARK_CAPTURE(solve_curve, digi_vestland_43, std::string("digi-vestland-2021.yaml"), 19'470'000.0);
BENCHMARK_CAPTURE(solve_curve, norway_357, std::string("norway-2025.yaml"), 150'000'000.0);

BENCHMARK_MAIN();
