// Solving a rule on a population line from its breakpoints (src/solve/line_solve.cpp) gives
// what the whole total curve gives: the same unknown, the same verdict when nothing fits.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

#include "solve/line_solve.hpp"
#include "solve/total_curve.hpp"
#include "spleis/solve.hpp"

using namespace spleis;

namespace {

constexpr double no_cap = std::numeric_limits<double>::infinity();

struct Case {
    std::vector<std::int64_t> population;
    std::vector<std::uint32_t> by_population;  // largest first
    PopulationLine at_zero, at_one;
    MemberLimits limits;
};

std::vector<MemberLine> lines(const Case& c) {
    std::vector<MemberLine> out;
    for (const std::int64_t p : c.population) {
        const double at0 = c.at_zero.amount(p);
        out.push_back({at0, c.at_one.amount(p) - at0, c.limits.floor, c.limits.cap});
    }
    return out;
}

double brute_total(const Case& c, double x) {
    double total = 0;
    for (const MemberLine& m : lines(c)) total += std::clamp(m.intercept + m.slope * x, m.floor, m.cap);
    return total;
}

PopulationLine line(double per_member, double per_inhabitant) { return {per_member, per_inhabitant, {}, {}}; }

LineSolution solve(const Case& c, double target) {
    return solve_on_line(population_order(c.population, c.by_population), c.at_zero, c.at_one, c.limits, target);
}

// Members of many sizes (some equal, some empty); a rule of the form base + rate × population
// with either part unknown, or a pot split partly equally; caps and floors, some binding at 0.
Case random_case(std::mt19937_64& random) {
    Case c;
    const std::size_t n = 1 + random() % 60;
    for (std::size_t i = 0; i < n; ++i) c.population.push_back(random() % 7 == 0 ? 5000 : static_cast<std::int64_t>(random() % 300'000));
    c.by_population.resize(n);
    std::iota(c.by_population.begin(), c.by_population.end(), 0u);
    std::stable_sort(c.by_population.begin(), c.by_population.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return c.population[a] > c.population[b]; });
    const double base = static_cast<double>(random() % 200'000), rate = static_cast<double>(random() % 4000) / 100;
    switch (random() % 3) {
        case 0: c.at_zero = line(base, 0); c.at_one = line(base, 1); break;          // the rate unknown
        case 1: c.at_zero = line(0, rate); c.at_one = line(1, rate); break;          // the base unknown
        default: c.at_zero = line(0, 0); c.at_one = line(0.3 / static_cast<double>(n), 0.7e-6); break;  // a pot to split
    }
    c.limits = {0, no_cap};
    if (random() % 2) c.limits.floor = static_cast<double>(random() % 100'000);
    if (random() % 3) c.limits.cap = c.limits.floor + 1 + static_cast<double>(random() % 1'000'000);
    return c;
}

}  // namespace

TEST_CASE("Digi Vestland's shape: base 100 000 kr, cap 500 000 kr, the rate found where the largest are capped") {
    Case c;
    c.population = {8'098, 283'929, 24'908, 17'207, 1'000};
    c.by_population = {1, 2, 3, 0, 4};
    c.at_zero = line(100'000, 0);
    c.at_one = line(100'000, 1);
    c.limits = {0, 500'000};
    const LineSolution s = solve(c, 1'500'000);
    REQUIRE(s.applies);
    REQUIRE(s.x);
    CHECK(brute_total(c, *s.x) == Approx(1'500'000).epsilon(1e-14));
    CHECK(*s.x == Approx(*TotalCurve(lines(c)).solve_for(1'500'000)).epsilon(1e-14));
}

TEST_CASE("On random lines, caps and floors the breakpoint search agrees with the total curve") {
    std::mt19937_64 random(17);
    int solved = 0, infeasible = 0;
    for (int round = 0; round < 20'000; ++round) {
        const Case c = random_case(random);
        const TotalCurve curve(lines(c));
        const double top = std::isfinite(curve.max_total()) ? curve.max_total() : 2 * curve.min_total() + 1e7;
        // Targets inside the range, at its ends, and outside it.
        const double targets[] = {curve.min_total() + (top - curve.min_total()) * static_cast<double>(random() % 1001) / 1000,
                                  curve.min_total(), top, curve.min_total() - 1, top + 1};
        for (const double target : targets) {
            const LineSolution s = solve(c, target);
            INFO("round " << round << ", " << c.population.size() << " members, floor " << c.limits.floor << ", cap " << c.limits.cap
                          << ", line at 0: " << c.at_zero.per_member << " + " << c.at_zero.per_inhabitant << "·p, at 1: "
                          << c.at_one.per_member << " + " << c.at_one.per_inhabitant << "·p, target " << target << ", x "
                          << s.x.value_or(-1) << ", curve " << curve.solve_for(target).value_or(-1));
            REQUIRE(s.applies);
            const std::optional<double> expected = curve.solve_for(target);
            REQUIRE(s.x.has_value() == expected.has_value());
            if (!s.x) {
                ++infeasible;
                continue;
            }
            ++solved;
            REQUIRE(brute_total(c, *s.x) == Approx(target).epsilon(1e-12).margin(1e-6));
            REQUIRE(*s.x == Approx(*expected).epsilon(1e-9).margin(1e-6));
        }
    }
    CHECK(solved > 50'000);
    CHECK(infeasible > 10'000);
}

TEST_CASE("A rule that falls with the unknown, or a cap equal to the floor, is left to the total curve") {
    Case c;
    c.population = {10, 20};
    c.by_population = {1, 0};
    c.at_zero = line(100, 1);
    c.at_one = line(100, 0);  // the rate falls
    c.limits = {0, no_cap};
    CHECK_FALSE(solve(c, 100).applies);
    c.at_one = line(100, 2);
    c.limits = {50, 50};
    CHECK_FALSE(solve(c, 100).applies);
}
