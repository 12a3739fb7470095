// The HTTP API without the network: what one request costs in the engine and in writing its
// JSON, so a wrk run (bench/serve/wrk.sh) can be read as engine + JSON + HTTP.
#include <benchmark/benchmark.h>

#include "server/api.hpp"
#include "spleis/changes.hpp"
#include "spleis/solve.hpp"

namespace {

const spleis::server::Api& norway() {
    static const spleis::server::Api api(spleis::server::load_served({SPLEIS_SOURCE_DIR "/scenarios/norway-2025.yaml"}));
    return api;
}

void api_request(benchmark::State& state, const char* body) {
    const spleis::server::Api& api = norway();
    for (auto _ : state) benchmark::DoNotOptimize(api.handle("POST", "/api/scenarios/norway-2025/solve", body));
}

void allocate_what_if(benchmark::State& state) {
    const spleis::Scenario& s = norway().served().front().scenario;
    spleis::Changes c;
    c.parameters.push_back({spleis::ParameterId::cap, 450000});
    for (auto _ : state) benchmark::DoNotOptimize(spleis::allocate(spleis::apply(s, c)));
}

}  // namespace

BENCHMARK_CAPTURE(api_request, solve_amounts_norway_357, R"({"parameters": {"cap": 450000}, "detail": "amounts"})");
BENCHMARK_CAPTURE(api_request, solve_full_norway_357, R"({"parameters": {"cap": 450000}})");
BENCHMARK(allocate_what_if);
BENCHMARK_MAIN();
