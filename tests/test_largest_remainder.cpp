// Rounding with the largest-remainder method: exact totals, caps kept, ties by order.
#include <catch2/catch.hpp>

#include <limits>
#include <numeric>
#include <random>

#include "spleis/error.hpp"
#include "spleis/solve.hpp"

using namespace spleis;

namespace {
constexpr double no_cap = std::numeric_limits<double>::infinity();
Ore sum(const std::vector<Ore>& v) { return std::accumulate(v.begin(), v.end(), Ore{0}); }
}  // namespace

TEST_CASE("Thirds of 100 kr: 33.34 + 33.33 + 33.33, the extra øre to the first member") {
    const std::vector<double> exact(3, 100.0 / 3);
    const Rounded r = round_largest_remainder(exact, std::vector<double>(3, no_cap), 1, 10'000);
    CHECK(r.amounts == std::vector<Ore>{3334, 3333, 3333});
    CHECK(r.rounded_up == std::vector<bool>{true, false, false});
}

TEST_CASE("The largest remainders get the missing units") {
    const std::vector<double> exact{10.2, 20.7, 30.1};  // floors 10, 20, 30; one krone missing
    const Rounded r = round_largest_remainder(exact, std::vector<double>(3, no_cap), 100, 6'100);
    CHECK(r.amounts == std::vector<Ore>{1000, 2100, 3000});
}

TEST_CASE("A unit is never given past a cap") {
    const std::vector<double> exact{499.9, 200.1};  // sum 700; the first is capped at 499
    const std::vector<double> caps{499, no_cap};
    const Rounded r = round_largest_remainder(exact, caps, 100, 70'000);
    CHECK(r.amounts == std::vector<Ore>{49'900, 20'100});
}

TEST_CASE("Rounding to 1 000 kr keeps the total exact") {
    const std::vector<double> exact{123'456.0, 234'567.0, 641'977.0};  // sum 1 000 000
    const Rounded r = round_largest_remainder(exact, std::vector<double>(3, no_cap), 100'000, 100'000'000);
    CHECK(sum(r.amounts) == 100'000'000);
    for (Ore a : r.amounts) CHECK(a % 100'000 == 0);
    CHECK(r.amounts == std::vector<Ore>{12'300'000, 23'500'000, 64'200'000});
}

TEST_CASE("A target the amounts cannot reach is a bug, reported, not hidden") {
    const std::vector<double> exact{10, 20};
    CHECK_THROWS_AS(round_largest_remainder(exact, std::vector<double>(2, no_cap), 100, 10'000), Error);
}

TEST_CASE("Random amounts in every unit always sum to the target, each within one unit") {
    std::mt19937_64 random(42);
    for (const Ore unit : {Ore{1}, Ore{100}, Ore{10'000}, Ore{100'000}}) {
        for (int round = 0; round < 300; ++round) {
            const std::size_t n = 1 + random() % 400;
            std::vector<double> exact(n);
            for (double& e : exact) e = static_cast<double>(random() % 100'000'000) / 100.0;
            const double total = std::accumulate(exact.begin(), exact.end(), 0.0);
            // Move the total onto a whole unit by scaling, as the solver's budget would.
            const Ore target = std::llround(total * 100 / static_cast<double>(unit)) * unit;
            const double scale = static_cast<double>(target) / 100.0 / total;
            for (double& e : exact) e *= scale;
            const Rounded r = round_largest_remainder(exact, std::vector<double>(n, no_cap), unit, target);
            REQUIRE(sum(r.amounts) == target);
            for (std::size_t i = 0; i < n; ++i) {
                REQUIRE(r.amounts[i] % unit == 0);
                REQUIRE(std::fabs(static_cast<double>(r.amounts[i]) - exact[i] * 100) < static_cast<double>(unit) + 1e-6);
            }
        }
    }
}
