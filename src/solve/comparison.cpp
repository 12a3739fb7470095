// Comparing options: per-option totals, extremes and fairness of the burden per inhabitant.
// Extremes and fairness are measured over the members in the split (a self-funded member's
// amount is fixed, not set by the rule), on the cost per inhabitant, each member counting
// once, as committees compare municipalities, not persons.
#include "spleis/comparison.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>

#include <fmt/format.h>

#include "spleis/error.hpp"

namespace spleis {

double gini(std::span<const double> values) {
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    return gini_of_sorted(sorted);
}

double gini_of_sorted(std::span<const double> sorted) {
    if (sorted.empty()) return 0;
    // Sum over pairs |x_i − x_j| computed in O(n) from the sorted order.
    double weighted = 0, total = 0;
    const auto n = static_cast<double>(sorted.size());
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        weighted += (2.0 * static_cast<double>(i) - n + 1.0) * sorted[i];
        total += sorted[i];
    }
    return total > 0 ? weighted / (n * total) : 0;
}

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

SpreadMeasure::SpreadMeasure(std::span<const std::int64_t> populations, const std::vector<bool>& in_split) {
    for (std::uint32_t i = 0; i < populations.size(); ++i) {
        if (!in_split[i]) continue;
        in_split_.push_back(i);
        if (populations[i] <= 0) continue;
        rated_.push_back(i);
        inhabitants_.push_back(static_cast<double>(populations[i]));
    }
}

Spread SpreadMeasure::of(std::span<const Ore> amounts) const {
    Spread s;
    if (!in_split_.empty()) s.smallest = std::numeric_limits<Ore>::max();
    for (std::uint32_t i : in_split_) {
        s.smallest = std::min(s.smallest, amounts[i]);
        s.largest = std::max(s.largest, amounts[i]);
    }
    // Each measuring thread's own: the cost per inhabitant, and its ascending order at the
    // last amounts the thread measured.
    thread_local std::vector<double> per_inhabitant, sorted;
    thread_local std::vector<std::uint32_t> order;
    per_inhabitant.resize(rated_.size());
    double* cost = per_inhabitant.data();
    for (std::size_t k = 0; k < rated_.size(); ++k) cost[k] = static_cast<double>(amounts[rated_[k]]);
    // Two divisions a member were the largest part of a sweep's summary row; in vector
    // registers (the amounts gathered above, so this loop reads memory in order) they take half
    // the time or less, with the same result bit for bit.
#pragma omp simd
    for (std::size_t k = 0; k < rated_.size(); ++k) cost[k] = cost[k] / ore_per_krone / inhabitants_[k];  // to_kroner(amount) / inhabitants
    for (std::size_t k = 0; k < rated_.size(); ++k) {
        if (!s.highest || cost[k] > s.highest_per_inhabitant) s.highest = rated_[k], s.highest_per_inhabitant = cost[k];
        if (!s.lowest || cost[k] < s.lowest_per_inhabitant) s.lowest = rated_[k], s.lowest_per_inhabitant = cost[k];
    }
    sort_from(order, per_inhabitant);
    sorted.resize(order.size());
    for (std::size_t k = 0; k < order.size(); ++k) sorted[k] = per_inhabitant[order[k]];
    s.gini = gini_of_sorted(sorted);
    if (!sorted.empty())
        s.highest_to_lowest = sorted.front() > 0 ? sorted.back() / sorted.front() : std::numeric_limits<double>::infinity();
    return s;
}

OptionSummary summarize(const Allocation& a) {
    OptionSummary s;
    s.members = static_cast<int>(a.members.size());
    s.paying = static_cast<int>(std::count_if(a.members.begin(), a.members.end(), [](const MemberShare& m) { return m.amount > 0; }));
    s.members_total = a.members_total;
    s.solved = a.solved;
    if (a.solved) s.solved_value = at(a.parameters, *a.solved).value;
    std::vector<std::int64_t> populations;
    std::vector<bool> in_split;
    std::vector<Ore> amounts;
    for (const MemberShare& m : a.members) {
        populations.push_back(m.municipality.population);
        in_split.push_back(m.limit != Limit::self_funded);  // its amount is fixed, not set by the rule
        amounts.push_back(m.amount);
        s.capped += m.limit == Limit::cap;
        s.floored += m.limit == Limit::floor;
    }
    const Spread spread = SpreadMeasure(populations, in_split).of(amounts);
    s.smallest = spread.smallest;
    s.largest = spread.largest;
    s.gini = spread.gini;
    s.highest_to_lowest = spread.highest_to_lowest;
    return s;
}

const MemberShare* Comparison::share(std::size_t member, std::size_t option) const {
    const std::optional<std::size_t>& at = members[member].at[option];
    return at ? &options[option].allocation.members[*at] : nullptr;
}

Comparison compare(std::vector<NamedAllocation> options) {
    if (options.empty()) throw Error(Location{}, "nothing to compare");
    Comparison c;
    std::map<std::string, std::size_t> by_code;  // into c.members
    for (std::size_t k = 0; k < options.size(); ++k) {
        const std::vector<MemberShare>& shares = options[k].allocation.members;
        for (std::size_t i = 0; i < shares.size(); ++i) {
            const auto [it, added] = by_code.try_emplace(shares[i].municipality.code, c.members.size());
            if (added) c.members.push_back({shares[i].municipality, std::vector<std::optional<std::size_t>>(options.size())});
            c.members[it->second].at[k] = i;
        }
    }
    std::sort(c.members.begin(), c.members.end(),
              [](const ComparedMember& a, const ComparedMember& b) { return a.municipality.code < b.municipality.code; });
    c.same_members = std::all_of(c.members.begin(), c.members.end(), [](const ComparedMember& m) {
        return std::all_of(m.at.begin(), m.at.end(), [](const auto& at) { return at.has_value(); });
    });
    for (const NamedAllocation& o : options) c.summaries.push_back(summarize(o.allocation));
    c.options = std::move(options);
    return c;
}

}  // namespace spleis
