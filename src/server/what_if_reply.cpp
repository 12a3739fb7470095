#include "what_if_reply.hpp"

#include <algorithm>

#include "spleis/comparison.hpp"

namespace spleis::server {

using json::Document;
using json::put_amount;

Document summary_document(const Allocation& a) {
    std::vector<std::int64_t> populations;
    std::vector<bool> in_split;
    std::vector<Ore> amounts;
    std::ptrdiff_t capped = 0, floored = 0;
    for (const MemberShare& m : a.members) {
        populations.push_back(m.municipality.population);
        in_split.push_back(m.limit != Limit::self_funded);
        amounts.push_back(m.amount);
        capped += m.limit == Limit::cap;
        floored += m.limit == Limit::floor;
    }
    const Spread s = SpreadMeasure(populations, in_split).of(amounts);
    const auto member = [&](std::optional<std::size_t> i, double per) {
        if (!i) return Document(nullptr);
        const Municipality& m = a.members[*i].municipality;
        return Document{{"code", m.code}, {"name", m.name}, {"amount_per_inhabitant", per}};
    };
    Document d = {{"gini", s.gini}, {"highest_to_lowest", s.highest_to_lowest}, {"capped", capped}, {"floored", floored}};
    d["highest_per_inhabitant"] = member(s.highest, s.highest_per_inhabitant);
    d["lowest_per_inhabitant"] = member(s.lowest, s.lowest_per_inhabitant);
    put_amount(d, "smallest", s.smallest);
    put_amount(d, "largest", s.largest);
    return d;
}

std::vector<const MemberShare*> baseline_of(const Allocation& baseline, const Allocation& a) {
    // An allocation lists its members in code order.
    const auto by_code = [](const MemberShare& m, const std::string& code) { return m.municipality.code < code; };
    std::vector<const MemberShare*> out;
    for (const MemberShare& m : a.members) {
        const auto it = std::lower_bound(baseline.members.begin(), baseline.members.end(), m.municipality.code, by_code);
        out.push_back(it != baseline.members.end() && it->municipality.code == m.municipality.code ? &*it : nullptr);
    }
    return out;
}

void put_difference(Document& member, const MemberShare& m, const MemberShare* baseline) {
    if (!baseline) {
        put_amount(member, "baseline", std::nullopt);
        put_amount(member, "difference", std::nullopt);
        member["difference_percent"] = nullptr;
        return;
    }
    put_amount(member, "baseline", baseline->amount);
    put_amount(member, "difference", m.amount - baseline->amount);
    member["difference_percent"] = baseline->amount ? Document(100.0 * to_kroner(m.amount - baseline->amount) / to_kroner(baseline->amount))
                                                    : Document(nullptr);
}

Document what_if_document(const Served& s, std::string_view option, const Allocation& a, Detail detail) {
    const std::vector<const MemberShare*> baseline = baseline_of(s.baseline, a);
    Document d;
    if (detail == Detail::full) {
        d = json::allocation_document(a, json::Paths::left_out);
        d["id"] = s.id;
        d["option"] = option;
        for (std::size_t i = 0; i < a.members.size(); ++i) put_difference(d["members"][i], a.members[i], baseline[i]);
    } else {
        // What a slider changes, as lists in the members' code order; the names and populations
        // are in the scenario's listing, so they are sent only when the members are others.
        d = {{"id", s.id}, {"option", option}};
        d["solved"] = a.solved ? Document{{"parameter", info(*a.solved).key}, {"value", at(a.parameters, *a.solved).value}}
                               : Document(nullptr);
        const bool listed = std::equal(a.members.begin(), a.members.end(), s.scenario.members.begin(), s.scenario.members.end(),
                                       [](const MemberShare& m, const Municipality& x) { return m.municipality.code == x.code; });
        if (!listed) {
            Document members = Document::array();
            for (const MemberShare& m : a.members)
                members.push_back({{"code", m.municipality.code}, {"name", m.municipality.name}, {"population", m.municipality.population}});
            d["members"] = std::move(members);
        }
        Document amounts = Document::array(), limits = Document::array(), differences = Document::array();
        for (std::size_t i = 0; i < a.members.size(); ++i) {
            amounts.push_back(a.members[i].amount);
            limits.push_back(limit_name(a.members[i].limit));
            differences.push_back(baseline[i] ? Document(a.members[i].amount - baseline[i]->amount) : Document(nullptr));
        }
        d["amounts_ore"] = std::move(amounts);
        d["limits"] = std::move(limits);
        d["differences_ore"] = std::move(differences);
        d["totals"] = json::totals_document(a);
    }
    d["summary"] = summary_document(a);
    d["balanced"] = !a.budget || a.total == *a.budget;
    return d;
}

}  // namespace spleis::server
