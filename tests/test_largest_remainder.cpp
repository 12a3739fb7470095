// Rounding with the largest-remainder method: exact totals, caps kept, ties by order.
#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>
#include <numeric>
#include <optional>
#include <random>

#include "solve/largest_remainder.hpp"
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

// give_missing_units() finds who is rounded up by a selection over the keys; here a sort
// says who should be: the `missing` largest keys, ties to the earlier member, never at_cap.
TEST_CASE("The selection of who is rounded up agrees with sorting the remainders, ties and all") {
    std::mt19937_64 random(11);
    for (int round = 0; round < 4000; ++round) {
        const std::size_t n = 1 + random() % (round % 10 == 0 ? 20'000 : 500);
        // Spread keys, a few distinct keys (many ties), all equal, or some members at the cap.
        const int kind = round % 4;
        const RemainderKey distinct = kind == 1 ? 1 + static_cast<RemainderKey>(random() % 5) : 1'000'001;
        std::vector<RemainderKey> keys(n);
        for (RemainderKey& k : keys) {
            k = kind == 2 ? 500'001 : 1 + static_cast<RemainderKey>(random() % static_cast<std::uint64_t>(distinct));
            if (kind == 3 && random() % 4 == 0) k = at_cap;
        }
        const auto eligible = static_cast<Ore>(std::count_if(keys.begin(), keys.end(), [](RemainderKey k) { return k != at_cap; }));
        const Ore missing = static_cast<Ore>(random() % static_cast<std::uint64_t>(eligible + 1));

        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keys[a] > keys[b]; });
        std::vector<std::uint8_t> expected(n, 0);
        for (Ore i = 0; i < missing; ++i) expected[order[static_cast<std::size_t>(i)]] = 1;

        // No guess, and guesses given ahead (as the vector pass does): at the cut, near it on
        // either side (the gathering path), and far from it.
        const RemainderKey cut = missing > 0 ? keys[order[static_cast<std::size_t>(missing - 1)]] : 1'000'001;
        const auto near = static_cast<RemainderKey>(random() % 3000) - 1500;
        for (const std::optional<RemainderKey> guess : {std::optional<RemainderKey>{}, std::optional(cut), std::optional(cut + near),
                                                         std::optional(std::clamp(cut + 40 * near, 0, 1'000'001)),
                                                         std::optional(static_cast<RemainderKey>(random() % 1'000'002))}) {
            std::vector<Ore> amounts(n, 500);
            Ore ahead = 0;
            for (std::size_t i = 0; guess && i < n; ++i) {
                ahead += keys[i] > *guess;
                amounts[i] += keys[i] > *guess ? 100 : 0;
            }
            std::vector<std::uint8_t> up(n, 9);
            mark_rounded_up(give_missing_units(missing - ahead, 100, amounts, keys, count_below_cap(keys), guess.value_or(no_guess)), keys, up);
            INFO("round " << round << ", members " << n << ", missing " << missing << ", guess " << (guess ? *guess : -1));
            REQUIRE(up == expected);
            for (std::size_t i = 0; i < n; ++i) REQUIRE(amounts[i] == (up[i] ? 600 : 500));
        }
    }
}

TEST_CASE("Asking for more units than members below their cap is an internal error, not a wrong answer") {
    const std::vector<RemainderKey> keys{at_cap, 700'000, at_cap};
    std::vector<Ore> amounts(3, 0);
    CHECK_THROWS_WITH(give_missing_units(2, 1, amounts, keys, count_below_cap(keys)), "rounding could not place every unit without breaking a cap");
}
