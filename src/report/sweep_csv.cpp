#include "sweep_csv.hpp"

#include <algorithm>
#include <cstdint>
#include <numeric>

#include <fmt/format.h>

#include "json_text.hpp"
#include "spleis/comparison.hpp"

namespace spleis {

namespace {

// Sorts `order` (indices into values) by value, starting from the order it already holds. On
// a sweep, neighbouring grid points order the members almost alike, so insertion sort from the
// last point's order is close to linear; past 8 moves a member, std::sort takes over.
void sort_from(std::vector<std::uint32_t>& order, std::span<const double> values) {
    if (order.size() != values.size()) {
        order.resize(values.size());
        std::iota(order.begin(), order.end(), 0u);
    }
    std::size_t moves_left = 8 * values.size();
    for (std::size_t i = 1; i < order.size(); ++i) {
        const std::uint32_t moving = order[i];
        std::size_t j = i;
        for (; j > 0 && values[order[j - 1]] > values[moving] && moves_left > 0; --j, --moves_left) order[j] = order[j - 1];
        order[j] = moving;
        if (moves_left == 0) {
            std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return values[a] < values[b]; });
            return;
        }
    }
}

}  // namespace

SweepCsv::SweepCsv(Shape shape, std::span<const SweepAxis> axes, std::optional<ParameterId> unknown,
                   std::vector<Municipality> members, std::vector<bool> in_split)
    : shape_(shape), members_(std::move(members)) {
    for (std::uint32_t i = 0; i < members_.size(); ++i) {
        if (!in_split[i]) continue;
        in_split_.push_back(i);
        if (members_[i].population <= 0) continue;
        rated_.push_back(i);
        inhabitants_.push_back(static_cast<double>(members_[i].population));
    }
    for (const SweepAxis& axis : axes) header_ += axis.name + ",";
    if (shape_ == Shape::long_amounts) header_ += "code,amount\n";
    else header_ += fmt::format("status,{},members_total,smallest,largest,capped,gini\n", unknown ? info(*unknown).key : "solved");
}

void SweepCsv::describe(const SweepPoint& point, std::string& text) const {
    auto out = std::back_inserter(text);
    fmt::memory_buffer axes;
    for (double c : point.coordinates) fmt::format_to(std::back_inserter(axes), "{},", c);
    const std::string_view axes_text(axes.data(), axes.size());
    if (!point.feasible) ++infeasible_;
    if (shape_ == Shape::long_amounts) {
        if (!point.feasible) return;
        for (std::size_t i = 0; i < members_.size(); ++i)
            fmt::format_to(out, "{}{},{}\n", axes_text, members_[i].code, json::kroner(point.amounts[i]));
        return;
    }
    if (!point.feasible) {
        fmt::format_to(out, "{}{},,,,,,\n", axes_text, point.problem);
        return;
    }
    Ore total = 0, smallest = std::numeric_limits<Ore>::max(), largest = 0;
    for (Ore amount : point.amounts) total += amount;
    for (std::uint32_t i : in_split_) {
        smallest = std::min(smallest, point.amounts[i]);
        largest = std::max(largest, point.amounts[i]);
    }
    // Each describing thread's own: the cost per inhabitant, and its ascending order at the
    // last point the thread described.
    thread_local std::vector<double> per_inhabitant, sorted;
    thread_local std::vector<std::uint32_t> order;
    per_inhabitant.resize(rated_.size());
    double* cost = per_inhabitant.data();
    for (std::size_t k = 0; k < rated_.size(); ++k) cost[k] = static_cast<double>(point.amounts[rated_[k]]);
    // Two divisions a member were the largest part of a summary row; in vector registers (the
    // amounts gathered above, so this loop reads memory in order) they take half the time or
    // less, with the same result bit for bit.
#pragma omp simd
    for (std::size_t k = 0; k < rated_.size(); ++k) cost[k] = cost[k] / ore_per_krone / inhabitants_[k];  // to_kroner(amount) / inhabitants
    sort_from(order, per_inhabitant);
    sorted.resize(order.size());
    for (std::size_t k = 0; k < order.size(); ++k) sorted[k] = per_inhabitant[order[k]];
    fmt::format_to(out, "{}ok,{},{},{},{},{},{:.6f}\n", axes_text, json::number(point.solved), json::kroner(total),
                   json::kroner(smallest), json::kroner(largest), point.capped, gini_of_sorted(sorted));
}

}  // namespace spleis
