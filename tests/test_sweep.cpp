// Sweeping a parameter over a grid: every point is a full, balanced allocation.
#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "report/sweep_csv.hpp"
#include "spleis/error.hpp"
#include "spleis/load.hpp"
#include "spleis/solve.hpp"
#include "spleis/sweep.hpp"
#include "spleis/comparison.hpp"
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
                      "sweep range \"base_amount=200000..0:5000\": the range is empty (TO is below FROM); write it like base_amount=0..200000:5000");
    CHECK_THROWS_WITH(parse_sweep_axis("base_amount=0..1e9:1"),
                      "sweep range \"base_amount=0..1e9:1\": that is more than 1 000 000 values; write it like base_amount=0..200000:5000");
    CHECK_THROWS_WITH(parse_sweep_axis("base_amount=0..10:0"),
                      "sweep range \"base_amount=0..10:0\": STEP must be above 0; write it like base_amount=0..200000:5000");
    CHECK_THROWS_WITH(parse_sweep_axis("base=0..10:1"),
                      "sweep range \"base=0..10:1\": unknown parameter `base`; write it like base_amount=0..200000:5000");
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
    int points = 0, feasible = 0, matched = 0, capped_somewhere = 0;
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
            CHECK(p.capped == std::count_if(run.members.begin(), run.members.end(), [](const MemberShare& m) { return m.limit == Limit::cap; }));
        }
        // Those held at the cap pay it (a unit below it at most, where the cap is not whole units).
        int at_cap = 0;
        for (std::size_t i = 1; i < p.amounts.size(); ++i) at_cap += p.amounts[i] == std::llround(p.coordinates[1] * 100);
        CHECK(p.capped <= at_cap);
        capped_somewhere += p.capped > 0;
    });
    CHECK(capped_somewhere > 10);
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

namespace {
// Everything a visit is given, for comparing whole sweeps.
struct Seen {
    std::vector<double> coordinates;
    bool feasible = false;
    std::string problem;
    double solved = 0;
    int capped = 0;
    std::vector<Ore> amounts;
    bool operator==(const Seen&) const = default;
};
}  // namespace

TEST_CASE("A sweep on 1, 2, 3 and 7 threads visits the same points in grid order, the buffer unchanged while visited") {
    const Scenario s = load_scenario(test::source_path("scenarios/norway-2025.yaml"));
    // 20 × 61 = 1 220 points: not a whole number of batches (16 points) or of chunks (64 points a
    // thread and more), and several chunks even on 7 threads.
    const std::vector<SweepAxis> axes{parse_sweep_axis("base_amount=0..190000:10000"), parse_sweep_axis("cap=300000..900000:10000")};
    const auto collect = [&](unsigned threads) {
        std::vector<Seen> seen;
        int changed = 0;
        sweep(s, axes, [&](const SweepPoint& p) {
            // (An infeasible point's amounts are whatever its buffer held before: not compared.)
            seen.push_back({{p.coordinates.begin(), p.coordinates.end()}, p.feasible, std::string(p.problem), p.solved, p.capped,
                            p.feasible ? std::vector<Ore>(p.amounts.begin(), p.amounts.end()) : std::vector<Ore>{}});
            // The other threads are solving meanwhile, into the other buffer: nothing seen may change.
            std::this_thread::yield();
            changed += p.feasible && !std::equal(p.amounts.begin(), p.amounts.end(), seen.back().amounts.begin(), seen.back().amounts.end());
        }, threads);
        CHECK(changed == 0);
        return seen;
    };
    const std::vector<Seen> one = collect(1);
    REQUIRE(one.size() == 20 * 61);
    for (std::size_t i = 0; i < one.size(); ++i) {
        CHECK(one[i].coordinates == std::vector<double>{10'000.0 * static_cast<double>(i / 61), 300'000 + 10'000.0 * static_cast<double>(i % 61)});
        if (one[i].feasible) CHECK(one[i].amounts.size() == sweep_members(s).size());
    }
    CHECK(std::count_if(one.begin(), one.end(), [](const Seen& p) { return p.feasible; }) > 100);
    CHECK(std::count_if(one.begin(), one.end(), [](const Seen& p) { return !p.feasible; }) > 0);
    for (unsigned threads : {2u, 3u, 7u}) {
        INFO(threads << " threads");
        CHECK(collect(threads) == one);
    }
}

TEST_CASE("A visit that throws ends a sweep on several threads with its exception, and the next sweep runs") {
    const Scenario s = load_scenario(test::source_path("scenarios/norway-2025.yaml"));
    const std::vector<SweepAxis> axes{parse_sweep_axis("base_amount=0..190000:10000"), parse_sweep_axis("cap=300000..900000:10000")};
    for (unsigned threads : {1u, 2u, 3u}) {
        for (int stop_at : {0, 200, 1219}) {
            INFO(threads << " threads, thrown at point " << stop_at);
            int visited = 0;
            CHECK_THROWS_WITH(sweep(s, axes, [&](const SweepPoint&) {
                if (visited++ == stop_at) throw std::runtime_error("enough");
            }, threads),
                              "enough");
            CHECK(visited == stop_at + 1);
        }
        int visited = 0;
        sweep(s, axes, [&](const SweepPoint&) { ++visited; }, threads);
        CHECK(visited == 20 * 61);
    }
}

TEST_CASE("A sweep to CSV writes the same text on 1, 2 and 3 threads, and each summary row is that of its point") {
    Scenario s = load_scenario(test::source_path("scenarios/norway-2025.yaml"));
    // A member without inhabitants: in the split, but with no cost per inhabitant for the Gini.
    s.members[10].population = 0;
    const std::vector<Municipality> members = sweep_members(s);
    // Oslo covers its part itself: not in the extremes or the Gini.
    std::vector<bool> in_split;
    for (const Municipality& m : members) in_split.push_back(m.code != "0301");
    REQUIRE(std::count(in_split.begin(), in_split.end(), false) == 1);
    CHECK(spleis::in_split(s, members) == in_split);
    // Neighbouring points order the members almost alike (the summary sorts from the last
    // order); the jumps between rows and between batches do not.
    const std::vector<SweepAxis> axes{parse_sweep_axis("base_amount=0..190000:10000"), parse_sweep_axis("cap=300000..900000:10000")};
    const SweepCsv summary(SweepCsv::Shape::summary, axes, ParameterId::per_inhabitant, members, in_split);
    const auto text = [&](const SweepCsv& csv, unsigned threads) {
        std::string out = csv.header();
        sweep_to_text(s, axes, [&](const SweepPoint& p, std::string& rows) { csv.describe(p, rows); }, out, threads);
        return out;
    };
    const std::string one = text(summary, 1);
    const std::size_t infeasible = summary.infeasible_points();
    CHECK(infeasible > 0);
    CHECK(text(summary, 2) == one);
    CHECK(text(summary, 3) == one);
    CHECK(summary.infeasible_points() == 3 * infeasible);  // counted over every sweep described

    std::string expected = summary.header();
    sweep(s, axes, [&](const SweepPoint& p) {
        if (!p.feasible) {
            expected += fmt::format("{},{},{},,,,,,\n", p.coordinates[0], p.coordinates[1], p.problem);
            return;
        }
        std::vector<double> per_inhabitant;
        std::vector<Ore> split;
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (!in_split[i]) continue;
            split.push_back(p.amounts[i]);
            if (members[i].population > 0) per_inhabitant.push_back(to_kroner(p.amounts[i]) / static_cast<double>(members[i].population));
        }
        const auto [low, high] = std::minmax_element(split.begin(), split.end());
        expected += fmt::format("{},{},ok,{},{:.2f},{:.2f},{:.2f},{},{:.6f}\n", p.coordinates[0], p.coordinates[1], p.solved,
                                to_kroner(std::accumulate(p.amounts.begin(), p.amounts.end(), Ore{0})), to_kroner(*low),
                                to_kroner(*high), p.capped, gini(per_inhabitant));
    });
    CHECK(one == expected);

    const SweepCsv long_rows(SweepCsv::Shape::long_amounts, axes, ParameterId::per_inhabitant, members, in_split);
    const std::string long_one = text(long_rows, 1);
    CHECK(long_rows.infeasible_points() == infeasible);
    CHECK(std::count(long_one.begin(), long_one.end(), '\n') == static_cast<std::ptrdiff_t>(1 + (20 * 61 - infeasible) * members.size()));
    CHECK(text(long_rows, 2) == long_one);
}

TEST_CASE("A summary row's Gini is right when the members' order turns right round between two points") {
    // 100 members; the cost per inhabitant rises with the member at one point and falls at the
    // next, so sorting from the last point's order runs out of moves midway and sorts afresh.
    std::vector<Municipality> members;
    for (int i = 0; i < 100; ++i) members.push_back({fmt::format("{:04}", 1000 + i), fmt::format("M{}", i), 100 + 7 * i});
    const std::vector<SweepAxis> axes{parse_sweep_axis("budget=0..2:1")};
    const SweepCsv csv(SweepCsv::Shape::summary, axes, {}, members, std::vector<bool>(members.size(), true));
    std::mt19937_64 random(3);
    for (int point = 0; point < 6; ++point) {
        std::vector<Ore> amounts;
        std::vector<double> per_inhabitant;
        for (std::size_t i = 0; i < members.size(); ++i) {
            const auto factor = static_cast<Ore>(point % 3 == 0 ? i + 1 : point % 3 == 1 ? members.size() - i : random() % 50 + 1);
            amounts.push_back(members[i].population * factor * 100);
            per_inhabitant.push_back(to_kroner(amounts.back()) / static_cast<double>(members[i].population));
        }
        const double coordinate = point;
        std::string row;
        csv.describe(SweepPoint{std::span(&coordinate, 1), true, "", 0, 0, amounts}, row);
        INFO("point " << point << ": " << row);
        CHECK(row.ends_with(fmt::format(",0,{:.6f}\n", gini(per_inhabitant))));
    }
}

TEST_CASE("A describe that throws, on whichever thread solved its point, ends the sweep with its exception, and the next sweep runs") {
    const Scenario s = load_scenario(test::source_path("scenarios/norway-2025.yaml"));
    const std::vector<SweepAxis> axes{parse_sweep_axis("base_amount=0..190000:10000"), parse_sweep_axis("cap=300000..900000:10000")};
    for (unsigned threads : {2u, 3u}) {
        for (double base : {0.0, 90'000.0, 190'000.0}) {
            INFO(threads << " threads, thrown at base amount " << base);
            std::string text;
            CHECK_THROWS_WITH(sweep_to_text(s, axes, [&](const SweepPoint& p, std::string& out) {
                if (p.coordinates[0] == base && p.coordinates[1] == 600'000) throw std::runtime_error("describe failed");
                out += "x";
            }, text, threads),
                              "describe failed");
        }
        std::string text;
        sweep_to_text(s, axes, [](const SweepPoint&, std::string& out) { out += "x"; }, text, threads);
        CHECK(text == std::string(20 * 61, 'x'));
    }
}

TEST_CASE("The engine refuses to sweep a scenario with a shortfall rule, as an input error any shell can show") {
    // It used to fail inside the rounding with an internal error; only the CLI refused it.
    const Scenario cut = load_scenario(test::source_path("scenarios/digi-vestland-2021-cut.yaml"));
    const std::vector<SweepAxis> axes{parse_sweep_axis("base_amount=0..100000:50000")};
    try {
        sweep(cut, axes, [](const SweepPoint&) {});
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::input);
        CHECK(e.message() == "a sweep does not apply shortfall rules; remove `shortfall:` to sweep the amounts the members "
                             "are asked for");
    }
    std::string text;
    CHECK_THROWS_AS(sweep_to_text(cut, axes, [](const SweepPoint&, std::string&) {}, text), Error);
}
