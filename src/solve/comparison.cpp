// Comparing options: per-option totals, extremes and fairness of the burden per inhabitant.
// Extremes and fairness are measured over the members in the split (a self-funded member's
// amount is fixed, not set by the rule), on the cost per inhabitant, each member counting
// once, as committees compare municipalities, not persons.
#include "spleis/comparison.hpp"

#include <algorithm>
#include <limits>
#include <map>

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

OptionSummary summarize(const Allocation& a) {
    OptionSummary s;
    s.members = static_cast<int>(a.members.size());
    s.paying = static_cast<int>(std::count_if(a.members.begin(), a.members.end(), [](const MemberShare& m) { return m.amount > 0; }));
    s.members_total = a.members_total;
    s.solved = a.solved;
    if (a.solved) s.solved_value = at(a.parameters, *a.solved).value;
    s.smallest = std::numeric_limits<Ore>::max();
    std::vector<double> per_inhabitant;
    for (const MemberShare& m : a.members) {
        if (m.limit == Limit::self_funded) continue;  // its amount is fixed, not set by the rule
        s.smallest = std::min(s.smallest, m.amount);
        s.largest = std::max(s.largest, m.amount);
        s.capped += m.limit == Limit::cap;
        s.floored += m.limit == Limit::floor;
        if (m.municipality.population > 0)
            per_inhabitant.push_back(to_kroner(m.amount) / static_cast<double>(m.municipality.population));
    }
    if (s.smallest == std::numeric_limits<Ore>::max()) s.smallest = 0;
    s.gini = gini(per_inhabitant);
    if (!per_inhabitant.empty()) {
        const auto [low, high] = std::minmax_element(per_inhabitant.begin(), per_inhabitant.end());
        s.highest_to_lowest = *low > 0 ? *high / *low : std::numeric_limits<double>::infinity();
    }
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
