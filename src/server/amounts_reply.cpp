// What a what-if changes, for every reply that shows it: its amounts however they were solved,
// the spread of the burden, the differences from the decided baseline, and the compact reply a
// slider asks for.
#include "amounts_reply.hpp"

#include <algorithm>
#include <charconv>

namespace spleis::server {

using json::Document;
using json::Layout;
using json::put_amount;

namespace {

// Whether the what-if has the served scenario's members (so its lists line up with the listing).
bool same_members(const Scenario& s, const std::vector<const Municipality*>& members) {
    if (s.members.size() != members.size()) return false;
    for (std::size_t i = 0; i < members.size(); ++i)
        if (s.members[i].code != members[i]->code) return false;
    return true;
}

}  // namespace

AmountsView view_of(const Allocation& a) {
    AmountsView v;
    for (const MemberShare& m : a.members) {
        v.members.push_back(&m.municipality);
        v.amounts.amounts.push_back(m.amount);
        v.amounts.limits.push_back(m.limit);
    }
    v.amounts.solved = a.solved;
    if (a.solved) v.amounts.solved_value = at(a.parameters, *a.solved).value;
    v.amounts.members_total = a.members_total;
    v.amounts.total = a.total;
    v.amounts.budget = a.budget;
    return v;
}

// The spread of the burden, capped and floored counts and who pays most and least per
// inhabitant: what summarize() measures, and the names beside it. `measure` is the served
// scenario's when the members are its own (it keeps the last order: a slider moves little).
Document summary_document(const AmountsView& v, const SpreadMeasure* measure) {
    const std::vector<Ore>& amounts = v.amounts.amounts;
    const std::vector<Limit>& limits = v.amounts.limits;
    std::optional<SpreadMeasure> own;
    if (!measure) {
        std::vector<std::int64_t> populations;
        std::vector<bool> in_split;
        for (std::size_t i = 0; i < v.members.size(); ++i) {
            populations.push_back(v.members[i]->population);
            in_split.push_back(limits[i] != Limit::self_funded);
        }
        measure = &own.emplace(populations, in_split);
    }
    const Spread spread = measure->of(amounts);
    const auto capped = std::count(limits.begin(), limits.end(), Limit::cap);
    const auto floored = std::count(limits.begin(), limits.end(), Limit::floor);
    Document d = {{"gini", spread.gini}, {"highest_to_lowest", spread.highest_to_lowest}, {"capped", capped}, {"floored", floored}};
    std::optional<std::size_t> high, low;
    double highest = 0, lowest = 0;
    for (std::size_t i = 0; i < v.members.size(); ++i) {
        if (limits[i] == Limit::self_funded || v.members[i]->population <= 0) continue;
        const double per = to_kroner(amounts[i]) / static_cast<double>(v.members[i]->population);
        if (!high || per > highest) high = i, highest = per;
        if (!low || per < lowest) low = i, lowest = per;
    }
    const auto member = [&](std::optional<std::size_t> i, double per) {
        return i ? Document{{"code", v.members[*i]->code}, {"name", v.members[*i]->name}, {"amount_per_inhabitant", per}}
                 : Document(nullptr);
    };
    d["highest_per_inhabitant"] = member(high, highest);
    d["lowest_per_inhabitant"] = member(low, lowest);
    put_amount(d, "smallest", spread.smallest);
    put_amount(d, "largest", spread.largest);
    return d;
}

Document summary_document(const Allocation& a) { return summary_document(view_of(a), nullptr); }

// The baseline's amount of each member, by code (the same members, so the same order, until
// options can change who is a member).
std::vector<const MemberShare*> baseline_of(const Allocation& baseline, const std::vector<const Municipality*>& members) {
    std::vector<const MemberShare*> out(members.size(), nullptr);
    std::size_t j = 0;
    for (std::size_t i = 0; i < members.size(); ++i) {
        const std::string& code = members[i]->code;
        if (j < baseline.members.size() && baseline.members[j].municipality.code == code) {
            out[i] = &baseline.members[j++];
            continue;
        }
        const auto it = std::find_if(baseline.members.begin(), baseline.members.end(),
                                     [&](const MemberShare& m) { return m.municipality.code == code; });
        if (it != baseline.members.end()) out[i] = &*it, j = static_cast<std::size_t>(it - baseline.members.begin()) + 1;
    }
    return out;
}

std::vector<const MemberShare*> baseline_of(const Allocation& baseline, const Allocation& a) {
    return baseline_of(baseline, view_of(a).members);
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

// "detail": "amounts": what changes with a what-if, as lists in the members' code order (the
// names and populations are in the scenario's listing; when members leave or an option changes
// who they are, the reply lists its members too): for the page, answering every slider.
// The three lists of one number or name per member are written straight into the reply, not
// built as a document first: they are most of its bytes, and this reply is the one asked for
// on every move of a slider.
Reply amounts_reply(const Served& s, std::string_view option, const AmountsView& v, const SpreadMeasure* measure) {
    const WhatIfAmounts& a = v.amounts;
    Document head = {{"id", s.id}, {"option", option}};
    head["solved"] = a.solved ? Document{{"parameter", info(*a.solved).key}, {"value", a.solved_value}} : Document(nullptr);
    if (!same_members(s.scenario, v.members)) {
        Document members = Document::array();
        for (const Municipality* m : v.members) members.push_back({{"code", m->code}, {"name", m->name}, {"population", m->population}});
        head["members"] = std::move(members);
    }
    Document tail = Document::object();
    Document totals = Document::object();
    put_amount(totals, "members", a.members_total);
    put_amount(totals, "total", a.total);
    put_amount(totals, "budget", a.budget);
    tail["totals"] = std::move(totals);
    tail["summary"] = summary_document(v, measure);
    tail["balanced"] = !a.budget || a.total == *a.budget;

    const std::vector<const MemberShare*> baseline = baseline_of(s.baseline, v.members);
    std::string body = json::write(head, Layout::compact);
    body.pop_back();  // the closing brace: the lists follow
    body.reserve(body.size() + v.members.size() * 40 + 512);
    const auto integer = [&body](std::int64_t value) {
        char digits[24];
        body.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr);
    };
    body += ",\"amounts_ore\":[";
    for (std::size_t i = 0; i < a.amounts.size(); ++i) {
        if (i) body += ',';
        integer(a.amounts[i]);
    }
    body += "],\"limits\":[";
    for (std::size_t i = 0; i < a.limits.size(); ++i) {
        if (i) body += ',';
        body += '"';
        body += limit_name(a.limits[i]);
        body += '"';
    }
    body += "],\"differences_ore\":[";
    for (std::size_t i = 0; i < a.amounts.size(); ++i) {
        if (i) body += ',';
        if (baseline[i]) integer(a.amounts[i] - baseline[i]->amount);
        else body += "null";
    }
    body += "],";
    body += std::string_view(json::write(tail, Layout::compact)).substr(1);  // without its opening brace
    body += '\n';
    return {200, std::move(body), "application/json", ""};
}

}  // namespace spleis::server
