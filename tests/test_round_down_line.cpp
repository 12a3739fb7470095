// The vector pass over the members (src/solve/round_down_line.cpp) gives the same bits as
// the scalar code member by member (apply_limits, floor_units), on two lanes (SSE2), four
// (AVX2) and eight (AVX-512) where this processor has them, for every member count and every kind of member:
// below the floor, at the cap, exactly on a unit, far from one.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <random>
#include <vector>

#include "solve/largest_remainder.hpp"
#include "solve/limits.hpp"
#include "solve/round_down_line.hpp"

using namespace spleis;

namespace {

constexpr double no_cap = std::numeric_limits<double>::infinity();

struct Pass {
    std::vector<Limit> limit;  // the scalar code's only
    std::vector<Ore> ore;
    std::vector<RemainderKey> keys;
    RoundedDownTotals totals;
    explicit Pass(std::size_t n) : limit(n), ore(n), keys(n) {}
    RoundedDown out() { return {ore.data(), keys.data()}; }
};

// Rounded down, and a unit already for those whose key is above the guess.
Pass scalar(const std::vector<double>& population, const PopulationLine& line, const MemberLimits& limits, Ore unit,
            RemainderKey guess) {
    Pass p(population.size());
    p.totals.guess = guess;
    const double units_per_krone = static_cast<double>(ore_per_krone) / static_cast<double>(unit);
    for (std::size_t k = 0; k < population.size(); ++k) {
        const double limited = apply_limits(line.per_member + population[k] * line.per_inhabitant, limits, p.limit[k]);
        p.ore[k] = floor_units(limited * units_per_krone, units_below(limits.cap, unit), unit, p.keys[k]);
        p.totals.below_cap += p.keys[k] != at_cap;
        p.ore[k] += p.keys[k] > guess ? unit : 0;
        p.totals.given += p.ore[k];
    }
    return p;
}

// The members' populations as the pass takes them: in member order, and largest first.
struct Sorted {
    std::vector<double> largest_first;
    Populations of;
    explicit Sorted(const std::vector<double>& each) : largest_first(each), of{each, {}} {
        std::sort(largest_first.begin(), largest_first.end(), std::greater<>());
        of.largest_first = largest_first;
    }
};

Pass vector(const std::vector<double>& population, const PopulationLine& line, const MemberLimits& limits, Ore unit,
            RemainderKey guess, int lanes) {
    Pass p(population.size());
    p.totals = round_down_on_line(Sorted(population).of, line, limits, unit, p.out(), guess, lanes);
    return p;
}

void require_same(const Pass& a, const Pass& b) {
    REQUIRE(a.totals.given == b.totals.given);
    REQUIRE(a.totals.below_cap == b.totals.below_cap);
    REQUIRE(a.totals.guess == b.totals.guess);
    for (std::size_t k = 0; k < a.ore.size(); ++k) {
        INFO("member " << k);
        REQUIRE(a.ore[k] == b.ore[k]);
        REQUIRE(a.keys[k] == b.keys[k]);
    }
}

}  // namespace

TEST_CASE("The vector pass gives the scalar code's bits on 2, 4 and 8 lanes, for any member count") {
    std::mt19937_64 random(7);
    std::lognormal_distribution<double> people(8.9, 1.5);
    std::vector<int> lanes{2};
    for (const int wider : {4, 8})
        if (widest_lanes() >= wider) lanes.push_back(wider);
    int capped = 0, floored = 0, whole = 0;
    for (int round = 0; round < 3000; ++round) {
        const std::size_t n = round < 40 ? static_cast<std::size_t>(round) : 1 + random() % 700;
        std::vector<double> population(n);
        for (double& p : population) p = random() % 20 == 0 ? 0.0 : std::floor(people(random));
        // Rates in whole øre, in whole kroner and in odd fractions, so some amounts land on a unit.
        const double rate = random() % 3 == 0 ? static_cast<double>(random() % 5000) / 100.0
                                              : static_cast<double>(random() % 100'000) / 997.0;
        const PopulationLine line{static_cast<double>(random() % 200'000), rate, {}, {}};
        const double floor = random() % 2 ? 0.0 : static_cast<double>(random() % 150'000);
        const double cap = random() % 3 == 0 ? no_cap : floor + static_cast<double>(random() % 600'000);
        const MemberLimits limits{floor, cap};
        const Ore unit = std::vector<Ore>{1, 100, 1000, 100'000}[random() % 4];
        if (std::isfinite(cap) && std::llround(cap * ore_per_krone) % unit != 0) continue;
        // No guess, the middle one the solver makes, and any.
        const RemainderKey guess = std::vector<RemainderKey>{no_guess, middle_key,
                                                             static_cast<RemainderKey>(random() % 1'000'002)}[random() % 3];
        const Pass expected = scalar(population, line, limits, unit, guess);
        for (const int l : lanes) {
            INFO("lanes " << l << ", members " << n << ", round " << round);
            require_same(vector(population, line, limits, unit, guess, l), expected);
        }
        for (std::size_t k = 0; k < n; ++k) {
            capped += expected.limit[k] == Limit::cap;
            floored += expected.limit[k] == Limit::floor;
            whole += expected.keys[k] == 1;
        }
    }
    // The cases above really reach the cap, the floor and amounts already whole.
    CHECK(capped > 1000);
    CHECK(floored > 1000);
    CHECK(whole > 100);
}

TEST_CASE("The vector pass refuses an amount below zero or not a number, as the scalar code does") {
    const std::vector<double> population{10, 20, 30, 40, 50};
    Pass p(population.size());
    for (const int lanes : {2, 4, 8}) {
        CHECK_THROWS_WITH(round_down_on_line(Sorted(population).of, {100, -3, {}, {}}, {-1e9, no_cap}, 100, p.out(), no_guess, lanes),
                          "amount -20 kr cannot be rounded");
        CHECK_THROWS_WITH(round_down_on_line(Sorted(population).of, {std::nan(""), 1, {}, {}}, {0, no_cap}, 100, p.out(), no_guess, lanes),
                          "amount nan kr cannot be rounded");
        CHECK_THROWS_WITH(round_down_on_line(Sorted(population).of, {0, 1e308, {}, {}}, {0, no_cap}, 100, p.out(), no_guess, lanes),
                          "amount inf kr cannot be rounded");
        CHECK_THROWS_WITH(round_down_on_line(Sorted(population).of, {1e12 + 1, 0, {}, {}}, {0, no_cap}, 1, p.out(), no_guess, lanes),
                          "amount 1000000000001 kr cannot be rounded");
        // The edges themselves round: nothing (also as -0.0), and the largest amount there is.
        CHECK(round_down_on_line(Sorted(population).of, {-0.0, 0, {}, {}}, {-1, no_cap}, 1, p.out(), no_guess, lanes).given == 0);
        CHECK(round_down_on_line(Sorted(population).of, {1e12, 0, {}, {}}, {0, no_cap}, 1, p.out(), no_guess, lanes).given == 5 * max_amount_ore);
    }
}
