// The solver for the one unknown: exact on every linear piece, with breakpoints at caps and floors.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>

#include "solve/total_curve.hpp"

using namespace spleis;

namespace {
constexpr double no_cap = std::numeric_limits<double>::infinity();

double brute_total(const std::vector<MemberLine>& lines, double x) {
    double total = 0;
    for (const MemberLine& m : lines) total += std::clamp(m.intercept + m.slope * x, m.floor, m.cap);
    return total;
}
}  // namespace

TEST_CASE("Without limits the unknown is a plain division") {
    const std::vector<MemberLine> lines{{0, 100, 0, no_cap}, {0, 300, 0, no_cap}};
    const TotalCurve curve(lines);
    CHECK(curve.min_total() == 0);
    CHECK(std::isinf(curve.max_total()));
    CHECK(*curve.solve_for(4000) == 10);
}

TEST_CASE("A capped member's excess is carried by the others") {
    // base 100 + rate × population, cap 500: at rate 2 the big member (population 1000) is capped.
    const std::vector<MemberLine> lines{{100, 1000, 0, 500}, {100, 100, 0, 500}, {100, 50, 0, 500}};
    const TotalCurve curve(lines);
    const double x = *curve.solve_for(500 + 300 + 200);  // rate 2: 500 (cap), 300, 200
    CHECK(x == Approx(2.0).epsilon(1e-15));
    CHECK(brute_total(lines, x) == Approx(1000).epsilon(1e-15));
}

TEST_CASE("A budget above what everyone at the cap can pay has no solution") {
    const std::vector<MemberLine> lines{{100, 10, 0, 500}, {100, 20, 0, 500}};
    const TotalCurve curve(lines);
    CHECK(curve.max_total() == 1000);
    CHECK(curve.solve_for(1000).has_value());
    CHECK_FALSE(curve.solve_for(1000.5).has_value());
}

TEST_CASE("A budget below what the members pay at zero has no solution") {
    const std::vector<MemberLine> lines{{100, 10, 0, 500}, {100, 20, 0, 500}};
    const TotalCurve curve(lines);
    CHECK(curve.min_total() == 200);
    CHECK(*curve.solve_for(200) == 0);
    CHECK_FALSE(curve.solve_for(199).has_value());
}

TEST_CASE("A floor holds members up until the rule lifts them past it") {
    const std::vector<MemberLine> lines{{0, 10, 50, no_cap}, {0, 1, 50, no_cap}};
    const TotalCurve curve(lines);
    CHECK(curve.min_total() == 100);
    const double x = *curve.solve_for(150);  // 10x + 50 = 150 → x = 10
    CHECK(x == Approx(10));
}

TEST_CASE("On a flat piece the smallest solution is returned") {
    const std::vector<MemberLine> lines{{0, 1, 0, 10}, {0, 1, 20, 30}};
    const TotalCurve curve(lines);  // total 20 + min(x,10) until x = 20, then rises
    CHECK(*curve.solve_for(30) == Approx(10));
}

TEST_CASE("The curve agrees with a brute-force sum on random members") {
    std::mt19937_64 random(20210101);
    for (int round = 0; round < 500; ++round) {
        std::vector<MemberLine> lines;
        const int n = 1 + static_cast<int>(random() % 60);
        for (int i = 0; i < n; ++i) {
            const double floor = (random() % 3 == 0) ? static_cast<double>(random() % 50'000) : 0;
            const double cap = (random() % 2) ? floor + static_cast<double>(random() % 1'000'000) : no_cap;
            lines.push_back({static_cast<double>(random() % 100'000), static_cast<double>(random() % 50'000), floor, cap});
        }
        const TotalCurve curve(lines);
        for (int k = 0; k < 20; ++k) {
            const double x = static_cast<double>(random() % 10'000) / 100.0;
            REQUIRE(curve.total_at(x) == Approx(brute_total(lines, x)).epsilon(1e-12));
        }
        const double top = std::isinf(curve.max_total()) ? curve.min_total() * 3 + 1e6 : curve.max_total();
        const double target = curve.min_total() + (top - curve.min_total()) * static_cast<double>(random() % 1000) / 1000.0;
        const std::optional<double> x = curve.solve_for(target);
        REQUIRE(x.has_value());
        REQUIRE(brute_total(lines, *x) == Approx(target).epsilon(1e-12));
    }
}
