// Sweeping a parameter over a grid: every point is a full, balanced allocation.
#include <catch2/catch.hpp>

#include <numeric>

#include "spleis/error.hpp"
#include "spleis/load.hpp"
#include "spleis/solve.hpp"
#include "spleis/sweep.hpp"
#include "support.hpp"

using namespace spleis;

namespace {
Scenario digi_vestland() { return load_scenario(test::source_path("scenarios/digi-vestland-2021.yaml")); }
}  // namespace

TEST_CASE("A sweep range counts its steps: 0..200000:5000 is 41 values") {
    const SweepAxis axis = parse_sweep_axis("base_amount=0..200000:5000");
    CHECK(axis.parameter == ParameterId::base_amount);
    CHECK(axis.values().size() == 41);
    CHECK(axis.values().back() == 200'000);
    CHECK(parse_sweep_axis("equal_fraction=0..1:0.1").values().size() == 11);
}

TEST_CASE("A sweep range that is empty, huge or malformed is refused with the limit named") {
    CHECK_THROWS_WITH(parse_sweep_axis("base_amount=200000..0:5000"),
                      "--param \"base_amount=200000..0:5000\": the range is empty (TO is below FROM); write it like base_amount=0..200000:5000");
    CHECK_THROWS_WITH(parse_sweep_axis("base_amount=0..1e9:1"),
                      "--param \"base_amount=0..1e9:1\": that is more than 1 000 000 values; write it like base_amount=0..200000:5000");
    CHECK_THROWS_WITH(parse_sweep_axis("base_amount=0..10:0"),
                      "--param \"base_amount=0..10:0\": STEP must be above 0; write it like base_amount=0..200000:5000");
    CHECK_THROWS_WITH(parse_sweep_axis("base=0..10:1"),
                      "--param \"base=0..10:1\": unknown parameter `base`; write it like base_amount=0..200000:5000");
    const std::vector<SweepAxis> grid{parse_sweep_axis("base_amount=0..999:1"), parse_sweep_axis("cap=500000..501000:1")};
    CHECK_THROWS_WITH(sweep(digi_vestland(), grid, [](const SweepPoint&) {}), "the grid has 1 001 000 points; the limit is 1 000 000");
}

TEST_CASE("Sweeping the solved parameter is refused") {
    const std::vector<SweepAxis> axes{parse_sweep_axis("per_inhabitant=0..10:1")};
    CHECK_THROWS_WITH(sweep(digi_vestland(), axes, [](const SweepPoint&) {}),
                      test::source_path("scenarios/digi-vestland-2021.yaml") + ": per_inhabitant is solved in this scenario; sweep another parameter or the budget");
}

TEST_CASE("Every feasible grid point balances to the øre, and base 100 000 kr is the run's allocation") {
    const Scenario s = digi_vestland();
    const Allocation run = allocate(s);
    const std::vector<SweepAxis> axes{parse_sweep_axis("base_amount=0..300000:10000"), parse_sweep_axis("cap=400000..600000:50000")};
    int points = 0, feasible = 0, matched = 0;
    sweep(s, axes, [&](const SweepPoint& p) {
        ++points;
        if (!p.feasible) return;
        ++feasible;
        CHECK(std::accumulate(p.amounts.begin(), p.amounts.end(), Ore{0}) == 19'470'000 * ore_per_krone);
        for (std::size_t i = 1; i < p.amounts.size(); ++i) CHECK(p.amounts[i] <= std::llround(p.coordinates[1] * 100));
        if (p.coordinates[0] == 100'000 && p.coordinates[1] == 500'000) {
            ++matched;
            CHECK(p.solved == at(run.parameters, ParameterId::per_inhabitant).value);
            for (std::size_t i = 0; i < p.amounts.size(); ++i) CHECK(p.amounts[i] == run.members[i].amount);
        }
    });
    CHECK(points == 31 * 5);
    CHECK(feasible > 50);
    CHECK(feasible < points);  // high base amounts under a low cap cannot be met
    CHECK(matched == 1);
}

TEST_CASE("Sweeping the budget raises nobody's amount less than before") {
    const Scenario s = digi_vestland();
    std::vector<Ore> previous;
    const std::vector<SweepAxis> axes{parse_sweep_axis("budget=15000000..21000000:500000")};
    sweep(s, axes, [&](const SweepPoint& p) {
        REQUIRE(p.feasible);
        if (!previous.empty())
            for (std::size_t i = 0; i < previous.size(); ++i) CHECK(p.amounts[i] >= previous[i]);
        previous.assign(p.amounts.begin(), p.amounts.end());
    });
}

TEST_CASE("A sweep gives the same amounts on one thread and on many") {
    const Scenario s = load_scenario(test::source_path("scenarios/norway-2025.yaml"));
    const std::vector<SweepAxis> axes{parse_sweep_axis("base_amount=0..190000:10000"), parse_sweep_axis("cap=300000..700000:100000")};
    const auto collect = [&](unsigned threads) {
        std::vector<Ore> all;
        std::vector<double> solved;
        sweep(s, axes, [&](const SweepPoint& p) {
            solved.push_back(p.feasible ? p.solved : -1);
            if (p.feasible) all.insert(all.end(), p.amounts.begin(), p.amounts.end());
        }, threads);
        return std::pair(all, solved);
    };
    const auto one = collect(1);
    CHECK(one.second.size() == 20 * 5);
    CHECK(collect(3) == one);
    CHECK(collect(8) == one);
}
