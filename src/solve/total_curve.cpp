// The members' total as a function of the one unknown parameter.
// Each member pays clamp(intercept + slope·x, floor, cap); the sum is non-decreasing and
// piecewise linear with a breakpoint where any member reaches its floor or cap. Sorting those
// breakpoints once gives the whole curve; solving is then a binary search plus one division,
// exact up to floating-point rounding, with no iteration to a tolerance.
#include <algorithm>
#include <cmath>
#include <limits>

#include "spleis/solve.hpp"

namespace spleis {

namespace {
struct Event {
    double x;
    double slope_change;
    int free_change;  // members between floor and cap: when none are, the slope is exactly 0
};
}  // namespace

TotalCurve::TotalCurve(std::span<const MemberLine> members) {
    double total = 0;
    std::vector<Event> events;
    events.reserve(2 * members.size());
    for (const MemberLine& m : members) {
        total += std::clamp(m.intercept, m.floor, m.cap);
        if (!(m.slope > 0)) continue;
        const double enter = std::max(0.0, (m.floor - m.intercept) / m.slope);
        const double leave = (m.cap - m.intercept) / m.slope;  // +inf without a cap
        if (!(leave > enter)) continue;
        events.push_back({enter, m.slope, +1});
        if (std::isfinite(leave)) events.push_back({leave, -m.slope, -1});
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.x < b.x; });

    double slope = 0;
    int free = 0;
    auto apply_events_at = [&](double x, std::size_t& k) {
        for (; k < events.size() && events[k].x <= x; ++k) {
            slope += events[k].slope_change;
            free += events[k].free_change;
        }
        if (free == 0) slope = 0;  // no drift: all members bound means a flat piece
    };

    std::size_t k = 0;
    apply_events_at(0.0, k);
    x_.push_back(0.0);
    total_.push_back(total);
    slope_.push_back(slope);
    while (k < events.size()) {
        const double x = events[k].x;
        total = total_.back() + slope_.back() * (x - x_.back());
        apply_events_at(x, k);
        x_.push_back(x);
        total_.push_back(total);
        slope_.push_back(slope);
    }
}

double TotalCurve::max_total() const {
    return slope_.back() > 0 ? std::numeric_limits<double>::infinity() : total_.back();
}

double TotalCurve::total_at(double x) const {
    const auto k = static_cast<std::size_t>(std::upper_bound(x_.begin(), x_.end(), x) - x_.begin());
    const std::size_t piece = k == 0 ? 0 : k - 1;
    return total_[piece] + slope_[piece] * (x - x_[piece]);
}

std::optional<double> TotalCurve::solve_for(double target) const {
    // Half a billionth of the target: far below an øre for any real budget.
    const double tolerance = 5e-10 * std::max(1.0, std::fabs(target));
    if (target < total_.front() - tolerance) return std::nullopt;
    if (target <= total_.front()) return 0.0;
    const auto above = std::lower_bound(total_.begin(), total_.end(), target);
    const auto piece = static_cast<std::size_t>(above - total_.begin()) - 1;  // total_[piece] < target
    if (slope_[piece] > 0) {
        const double x = x_[piece] + (target - total_[piece]) / slope_[piece];
        if (above == total_.end() || x <= x_[piece + 1]) return x;
        return x_[piece + 1];
    }
    if (target - total_[piece] <= tolerance) return x_[piece];
    return std::nullopt;  // flat from here on: the target is above what the members can pay
}

}  // namespace spleis
