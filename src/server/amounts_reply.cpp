// What a what-if changes, for every reply that shows it: its amounts however they were solved,
// the spread of the burden, the differences from the decided baseline, and the compact reply a
// slider asks for.
#include "amounts_reply.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <stdexcept>
#include <vector>

#include <fmt/compile.h>
#include <fmt/format.h>

#include "report/json_text.hpp"

namespace spleis::server {

using json::append_integer;
using json::append_kroner;
using json::append_number;
using json::append_quoted;
using json::Document;
using json::put_amount;

namespace {

// The baseline's share of each of `members` (in code order), by code: the same members, so
// the same order, but for those an option or a leaving member changes.
std::vector<const MemberShare*> baseline_shares(const Allocation& baseline, const std::vector<const Municipality*>& members) {
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

std::vector<const Municipality*> members_of(const Allocation& a) {
    std::vector<const Municipality*> members;
    members.reserve(a.members.size());
    for (const MemberShare& m : a.members) members.push_back(&m.municipality);
    return members;
}

MembersView view_of(const Served& s, std::vector<const Municipality*> members) {
    MembersView v;
    v.listed = s.scenario.members.size() == members.size() &&
               std::equal(members.begin(), members.end(), s.scenario.members.begin(),
                          [](const Municipality* a, const Municipality& b) { return a->code == b.code; });
    for (const MemberShare* share : baseline_shares(s.baseline, members))
        v.baseline.push_back(share ? std::optional<Ore>(share->amount) : std::nullopt);
    v.members = std::move(members);
    return v;
}

// `"key":261905.00,"key_ore":26190500`, as put_amount() and json::write() give it.
void append_amount(std::string& out, std::string_view key, std::optional<Ore> amount) {
    append_quoted(out, key);
    out += ':';
    if (amount) append_kroner(out, *amount);
    else out += "null";
    out += ",\"";
    out += key;
    out += "_ore\":";
    if (amount) append_integer(out, *amount);
    else out += "null";
}

// A list with an item per member, most of the reply's bytes: written into room made for the
// longest items at once (the thread's own, kept from its last reply), not appended item by
// item. write(p, i) writes item i at p and returns its end; it may write up to `spill` bytes
// past that end, which the next item overwrites.
template <class Write>
void append_list(std::string& out, std::size_t count, std::size_t longest_item, std::size_t spill, Write write) {
    thread_local std::vector<char> room;
    room.resize(std::max(room.size(), 2 + count * (longest_item + 1) + spill));
    char* p = room.data();
    *p++ = '[';
    for (std::size_t i = 0; i < count; ++i) {
        if (i) *p++ = ',';
        p = write(p, i);
    }
    *p++ = ']';
    out.append(room.data(), p);
}

// Digits written where they go, with no copy: a library call to copy a few bytes costs more
// here than writing them (it was a tenth of the server's time under load).
constexpr std::size_t longest_integer = 20;  // "-9223372036854775808"
char* write_integer(char* p, std::int64_t value) { return fmt::format_to(p, FMT_COMPILE("{}"), value); }

// Each limit's name in quotes, padded to a fixed width so that it is copied as one block of
// that width; the padding spills past the name's end.
constexpr std::size_t limit_width = 16;
struct QuotedLimits {
    std::array<std::array<char, limit_width>, 4> text{};
    std::array<std::size_t, 4> size{};
    std::size_t longest = 0;
    QuotedLimits() {
        for (const Limit limit : {Limit::none, Limit::cap, Limit::floor, Limit::self_funded}) {
            const auto i = static_cast<std::size_t>(limit);
            const std::string quoted = fmt::format("\"{}\"", limit_name(limit));
            if (quoted.size() > limit_width) throw std::logic_error("a limit's name is longer than amounts_reply.cpp's limit_width");
            std::copy(quoted.begin(), quoted.end(), text[i].begin());
            size[i] = quoted.size();
            longest = std::max(longest, quoted.size());
        }
    }
};
const QuotedLimits quoted_limits;

char* write_limit(char* p, Limit limit) {
    const auto i = static_cast<std::size_t>(limit);
    std::memcpy(p, quoted_limits.text[i].data(), limit_width);
    return p + quoted_limits.size[i];
}

void append_member_rate(std::string& out, const MembersView& v, std::optional<std::size_t> i, double per_inhabitant) {
    if (!i) {
        out += "null";
        return;
    }
    out += "{\"code\":";
    append_quoted(out, v.members[*i]->code);
    out += ",\"name\":";
    append_quoted(out, v.members[*i]->name);
    out += ",\"amount_per_inhabitant\":";
    append_number(out, per_inhabitant);
    out += '}';
}

}  // namespace

MembersView members_view(const Served& s, const WhatIfSolver& prepared) {
    std::vector<const Municipality*> members;
    for (const Municipality& m : prepared.members()) members.push_back(&m);
    return view_of(s, std::move(members));
}

MembersView members_view(const Served& s, const Allocation& a) { return view_of(s, members_of(a)); }

// `measure` is the served scenario's when the members are its own (it keeps the last order: a
// slider moves little).
Summary summary_of(const std::vector<const Municipality*>& members, const WhatIfAmounts& a, const SpreadMeasure* measure) {
    std::optional<SpreadMeasure> own;
    if (!measure) {
        std::vector<std::int64_t> populations;
        std::vector<bool> in_split;
        for (std::size_t i = 0; i < members.size(); ++i) {
            populations.push_back(members[i]->population);
            in_split.push_back(a.limits[i] != Limit::self_funded);
        }
        measure = &own.emplace(populations, in_split);
    }
    Summary out;
    out.spread = measure->of(a.amounts);
    out.capped = std::count(a.limits.begin(), a.limits.end(), Limit::cap);
    out.floored = std::count(a.limits.begin(), a.limits.end(), Limit::floor);
    return out;
}

Document summary_document(const Allocation& a) {
    const std::vector<const Municipality*> members = members_of(a);
    const Summary s = summary_of(members, amounts_of(a), nullptr);
    Document d = {{"gini", s.spread.gini}, {"highest_to_lowest", s.spread.highest_to_lowest}, {"capped", s.capped}, {"floored", s.floored}};
    const auto member = [&](std::optional<std::size_t> i, double per) {
        return i ? Document{{"code", members[*i]->code}, {"name", members[*i]->name}, {"amount_per_inhabitant", per}}
                 : Document(nullptr);
    };
    d["highest_per_inhabitant"] = member(s.spread.highest, s.spread.highest_per_inhabitant);
    d["lowest_per_inhabitant"] = member(s.spread.lowest, s.spread.lowest_per_inhabitant);
    put_amount(d, "smallest", s.spread.smallest);
    put_amount(d, "largest", s.spread.largest);
    return d;
}

std::vector<const MemberShare*> baseline_of(const Allocation& baseline, const Allocation& a) {
    return baseline_shares(baseline, members_of(a));
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
// This is the reply asked for at every move of a slider, so it is written straight into its
// text, the same text json::write() gives for the same fields: a document first would cost
// three values and their allocations for each member.
Reply amounts_reply(const Served& s, std::string_view option, const MembersView& v, const WhatIfAmounts& a,
                    const SpreadMeasure* measure) {
    std::string body;
    body.reserve(1024 + v.members.size() * (v.listed ? 40 : 120));
    body += "{\"id\":";
    append_quoted(body, s.id);
    body += ",\"option\":";
    append_quoted(body, option);
    body += ",\"solved\":";
    if (a.solved) {
        body += "{\"parameter\":";
        append_quoted(body, info(*a.solved).key);
        body += ",\"value\":";
        append_number(body, a.solved_value);
        body += '}';
    } else {
        body += "null";
    }
    if (!v.listed) {
        body += ",\"members\":[";
        for (std::size_t i = 0; i < v.members.size(); ++i) {
            body += i ? ",{\"code\":" : "{\"code\":";
            append_quoted(body, v.members[i]->code);
            body += ",\"name\":";
            append_quoted(body, v.members[i]->name);
            body += ",\"population\":";
            append_integer(body, v.members[i]->population);
            body += '}';
        }
        body += ']';
    }
    const std::size_t n = a.amounts.size();
    body += ",\"amounts_ore\":";
    append_list(body, n, longest_integer, 0, [&](char* p, std::size_t i) { return write_integer(p, a.amounts[i]); });
    body += ",\"limits\":";
    append_list(body, n, quoted_limits.longest, limit_width, [&](char* p, std::size_t i) { return write_limit(p, a.limits[i]); });
    body += ",\"differences_ore\":";
    append_list(body, n, longest_integer, 0, [&](char* p, std::size_t i) {
        if (v.baseline[i]) return write_integer(p, a.amounts[i] - *v.baseline[i]);
        std::memcpy(p, "null", 4);
        return p + 4;
    });
    body += ",\"totals\":{";
    append_amount(body, "members", a.members_total);
    body += ',';
    append_amount(body, "total", a.total);
    body += ',';
    append_amount(body, "budget", a.budget);
    const Summary summary = summary_of(v.members, a, measure);
    body += "},\"summary\":{\"gini\":";
    append_number(body, summary.spread.gini);
    body += ",\"highest_to_lowest\":";
    append_number(body, summary.spread.highest_to_lowest);
    body += ",\"capped\":";
    append_integer(body, summary.capped);
    body += ",\"floored\":";
    append_integer(body, summary.floored);
    body += ",\"highest_per_inhabitant\":";
    append_member_rate(body, v, summary.spread.highest, summary.spread.highest_per_inhabitant);
    body += ",\"lowest_per_inhabitant\":";
    append_member_rate(body, v, summary.spread.lowest, summary.spread.lowest_per_inhabitant);
    body += ',';
    append_amount(body, "smallest", summary.spread.smallest);
    body += ',';
    append_amount(body, "largest", summary.spread.largest);
    body += "},\"balanced\":";
    body += !a.budget || a.total == *a.budget ? "true" : "false";
    body += "}\n";
    return {200, std::move(body), "application/json", ""};
}

}  // namespace spleis::server
