// The unknown of a rule on a population line, found from the members' breakpoints in
// population order. Guarantees: the same value as the total curve (total_curve.cpp), up to
// floating-point rounding, without materialising the curve; no allocation per solve.
//
// Each member pays clamp(a(x) + b(x)·population, floor, cap) with a and b affine in x and
// b >= 0, so at any x the members at the cap are the largest ones and those at the floor the
// smallest: the total is k·cap + j·floor + m·a(x) + b(x)·(population of the m in between),
// one subtraction of running sums. Members reach the cap (and leave the floor) in population
// order, largest first, so a binary search over them finds the piece holding the target.
#include "line_solve.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace spleis {

namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();

struct Members {
    const PopulationOrder& order;
    double c0, c1, d0, d1;  // a(x) = c0 + c1·x per member, b(x) = d0 + d1·x per inhabitant
    MemberLimits limits;
    std::size_t n;

    double population(std::size_t r) const { return order.population[r]; }
    double amount(double x, std::size_t r) const { return (c0 + c1 * x) + (d0 + d1 * x) * population(r); }
    // Where the member of rank r reaches `level` from below: 0 if it is there at 0, +inf never.
    double reaches(double level, std::size_t r) const {
        const double gap = level - (c0 + d0 * population(r));
        if (!(gap > 0)) return 0;
        const double slope = c1 + d1 * population(r);
        return slope > 0 ? gap / slope : infinity;
    }
    // The total with the k largest at the cap and the j smallest at the floor.
    double total(double x, std::size_t k, std::size_t j) const {
        const std::size_t m = n - k - j;
        const double middle = order.prefix[n - j] - order.prefix[k];
        return (k > 0 ? static_cast<double>(k) * limits.cap : 0.0) + static_cast<double>(j) * limits.floor +
               static_cast<double>(m) * (c0 + c1 * x) + (d0 + d1 * x) * middle;
    }
    std::size_t capped(double x, std::size_t below) const {  // among ranks < below
        std::size_t lo = 0, hi = below;
        while (lo < hi) {
            const std::size_t mid = (lo + hi) / 2;
            if (amount(x, mid) >= limits.cap) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
    std::size_t floored(double x, std::size_t from) const {  // among ranks >= from
        std::size_t lo = from, hi = n;
        while (lo < hi) {
            const std::size_t mid = (lo + hi) / 2;
            if (amount(x, mid) > limits.floor) lo = mid + 1; else hi = mid;
        }
        return n - lo;
    }
};

// The first rank whose breakpoint has the total at or above the target (n if none);
// total_at(r) is the total at that breakpoint, non-decreasing in r.
template <typename TotalAt>
std::size_t first_reaching(std::size_t n, double target, TotalAt total_at) {
    std::size_t lo = 0, hi = n;
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (total_at(mid) >= target) hi = mid; else lo = mid + 1;
    }
    return lo;
}

}  // namespace

PopulationOrder population_order(std::span<const std::int64_t> population, std::span<const std::uint32_t> by_population) {
    PopulationOrder order;
    order.population.reserve(by_population.size());
    order.prefix.assign(1, 0.0);
    for (const std::uint32_t k : by_population) {
        order.population.push_back(static_cast<double>(population[k]));
        order.prefix.push_back(order.prefix.back() + order.population.back());
    }
    return order;
}

LineSolution solve_on_line(const PopulationOrder& order, const PopulationLine& at_zero, const PopulationLine& at_one,
                           const MemberLimits& limits, double target) {
    const Members m{order,       at_zero.per_member, at_one.per_member - at_zero.per_member, at_zero.per_inhabitant,
                    at_one.per_inhabitant - at_zero.per_inhabitant, limits, order.population.size()};
    // b >= 0 keeps the largest members on top; c1, d1 >= 0 keep every member rising. A cap equal
    // to the floor leaves nobody in between. Anything else goes to the total curve.
    if (!(m.d0 >= 0 && m.c1 >= 0 && m.d1 >= 0 && limits.cap > limits.floor) || m.n == 0) return {};
    const std::size_t n = m.n;

    // Nobody is ever below the floor when the smallest member is above it at x = 0.
    const bool floor_binds = m.amount(0, n - 1) < limits.floor;
    const auto floored = [&](double x, std::size_t from) { return floor_binds ? m.floored(x, from) : 0; };
    const double tolerance = 5e-10 * std::max(1.0, std::fabs(target));  // as TotalCurve: far below an øre
    const std::size_t k0 = m.capped(0, n);
    const double at_start = m.total(0, k0, floored(0, k0));
    if (target < at_start - tolerance) return {true, std::nullopt};
    if (target <= at_start) return {true, 0.0};

    // The piece holding the target: ranks below rc are capped on it, ranks from rf on floored.
    const auto cap_at = [&](std::size_t r) { return std::isfinite(limits.cap) ? m.reaches(limits.cap, r) : infinity; };
    // At a breakpoint x > 0 the ranks up to r are capped and the rest not (or exactly at the
    // cap, which adds the same); at x = 0 more may be, and the total there is below the target.
    const std::size_t rc = first_reaching(n, target, [&](std::size_t r) {
        const double x = cap_at(r);
        if (x == 0) return at_start;
        return std::isfinite(x) ? m.total(x, r + 1, floored(x, r + 1)) : infinity;
    });
    double lo = rc > 0 ? cap_at(rc - 1) : 0.0, hi = rc < n ? cap_at(rc) : infinity;
    std::size_t rf = n;
    if (floor_binds) {
        const auto floor_at = [&](std::size_t r) { return m.reaches(limits.floor, r); };
        rf = first_reaching(n, target, [&](std::size_t r) {
            const double x = floor_at(r);
            if (x == 0) return at_start;
            return std::isfinite(x) ? m.total(x, m.capped(x, r), n - r) : infinity;
        });
        if (rf > 0) lo = std::max(lo, floor_at(rf - 1));
        if (rf < n) hi = std::min(hi, floor_at(rf));
    }
    if (rf < rc || lo > hi) return {};  // only by rounding, with cap > floor; the curve decides then

    // On the piece the total is linear: constant + slope·x.
    const std::size_t k = rc, j = n - rf, between = n - k - j;
    const double middle = order.prefix[n - j] - order.prefix[k];
    const double slope = static_cast<double>(between) * m.c1 + m.d1 * middle;
    const double constant = m.total(0, k, j);
    if (slope > 0) return {true, std::clamp((target - constant) / slope, lo, hi)};
    if (target - constant <= tolerance) return {true, lo};   // flat, and already there
    if (std::isfinite(hi)) return {true, hi};                 // flat only by rounding
    return {true, std::nullopt};                              // flat from here on, below the target
}

}  // namespace spleis
