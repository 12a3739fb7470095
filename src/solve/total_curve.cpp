// The members' total as a function of the one unknown parameter.
// Each member pays clamp(intercept + slope·x, floor, cap); the sum is non-decreasing and
// piecewise linear with a breakpoint where any member reaches its floor or cap. Sorting those
// breakpoints once gives the whole curve; solving is then a binary search plus one division,
// exact up to floating-point rounding, with no iteration to a tolerance.
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "total_curve.hpp"

namespace spleis {

TotalCurve::TotalCurve(std::span<const MemberLine> members) {
    std::vector<std::uint32_t> order(members.size());
    std::iota(order.begin(), order.end(), 0u);
    build(members, order);
}

void TotalCurve::build(std::span<const MemberLine> members, std::span<const std::uint32_t> order) {
    enter_.clear();
    leave_.clear();
    double total = 0, slope = 0;
    int free = 0;
    for (const std::uint32_t i : order) {
        const MemberLine& m = members[i];
        total += std::clamp(m.intercept, m.floor, m.cap);
        if (!(m.slope > 0)) continue;
        const double enter = std::max(0.0, (m.floor - m.intercept) / m.slope);
        const double leave = (m.cap - m.intercept) / m.slope;  // +inf without a cap
        if (!(leave > enter)) continue;
        if (enter > 0) {
            enter_.push_back({enter, m.slope, +1});
        } else {  // between floor and cap already at 0: part of the first piece's slope
            slope += m.slope;
            ++free;
        }
        if (std::isfinite(leave)) leave_.push_back({leave, -m.slope, -1});
    }
    const auto by_x = [](const Event& a, const Event& b) { return a.x < b.x; };
    if (!std::is_sorted(enter_.begin(), enter_.end(), by_x)) std::sort(enter_.begin(), enter_.end(), by_x);
    if (!std::is_sorted(leave_.begin(), leave_.end(), by_x)) std::sort(leave_.begin(), leave_.end(), by_x);
    const std::vector<Event>* events = &leave_;
    if (!enter_.empty()) {
        events_.resize(enter_.size() + leave_.size());
        std::merge(enter_.begin(), enter_.end(), leave_.begin(), leave_.end(), events_.begin(), by_x);
        events = &events_;
    }

    pieces_.clear();
    pieces_.reserve(events->size() + 1);
    pieces_.push_back({0.0, total, free == 0 ? 0.0 : slope});
    for (std::size_t k = 0; k < events->size();) {
        const double x = (*events)[k].x;
        const Piece& last = pieces_.back();
        total = last.total + last.slope * (x - last.x);
        for (; k < events->size() && (*events)[k].x <= x; ++k) {
            slope += (*events)[k].slope_change;
            free += (*events)[k].free_change;
        }
        if (free == 0) slope = 0;  // no drift: all members bound means a flat piece
        pieces_.push_back({x, total, slope});
    }
}

double TotalCurve::max_total() const {
    return pieces_.back().slope > 0 ? std::numeric_limits<double>::infinity() : pieces_.back().total;
}

double TotalCurve::total_at(double x) const {
    const auto after = std::upper_bound(pieces_.begin(), pieces_.end(), x, [](double v, const Piece& p) { return v < p.x; });
    const Piece& p = after == pieces_.begin() ? pieces_.front() : *(after - 1);
    return p.total + p.slope * (x - p.x);
}

std::optional<double> TotalCurve::solve_for(double target) const {
    // Half a billionth of the target: far below an øre for any real budget.
    const double tolerance = 5e-10 * std::max(1.0, std::fabs(target));
    if (target < pieces_.front().total - tolerance) return std::nullopt;
    if (target <= pieces_.front().total) return 0.0;
    const auto above = std::lower_bound(pieces_.begin(), pieces_.end(), target, [](const Piece& p, double v) { return p.total < v; });
    const Piece& piece = *(above - 1);  // piece.total < target
    if (piece.slope > 0) {
        const double x = piece.x + (target - piece.total) / piece.slope;
        if (above == pieces_.end() || x <= above->x) return x;
        return above->x;
    }
    if (target - piece.total <= tolerance) return piece.x;
    return std::nullopt;  // flat from here on: the target is above what the members can pay
}

}  // namespace spleis
