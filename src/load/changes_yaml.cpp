// An option's changes to who the members are and to the money: read and resolved here (names
// to codes, joining municipalities to their populations), applied by with_changes().
#include "changes_yaml.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

namespace spleis {

namespace {

// Lower case for comparing names: ASCII and the Norwegian letters (Ø, Æ, Å in UTF-8).
std::string folded(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == 0xC3 && i + 1 < s.size()) {
            const auto next = static_cast<unsigned char>(s[i + 1]);
            out += static_cast<char>(c);
            out += static_cast<char>(next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next);
            ++i;
        } else {
            out += static_cast<char>(std::tolower(c));
        }
    }
    return out;
}

// A municipality by its code (4630, or 301 for 0301) or its name (Osterøy, any case).
const Municipality& find(const std::string& file, const YAML::Node& node, const PopulationTable& table) {
    const std::string text = yaml::text(file, node, "a municipality");
    const bool digits = !text.empty() && text.size() <= 4 && std::all_of(text.begin(), text.end(), ::isdigit);
    if (digits) {
        const std::string code = std::string(4 - text.size(), '0') + text;
        for (const Municipality& m : table.rows)
            if (m.code == code) return m;
        yaml::fail(file, node, fmt::format("municipality {} is not in the population file {}", code, table.file));
    }
    // The name as Statistics Norway writes it ("Våler (Østfold)", "Fauske - Fuosko"), else
    // without what follows it ("Våler", "Fauske"): which may then name two.
    const std::string wanted = folded(text);
    const auto short_name = [](const std::string& name) { return name.substr(0, std::min(name.find(" ("), name.find(" - "))); };
    std::vector<const Municipality*> found;
    for (const Municipality& m : table.rows)
        if (folded(m.name) == wanted) found.push_back(&m);
    if (found.empty())
        for (const Municipality& m : table.rows)
            if (folded(short_name(m.name)) == wanted) found.push_back(&m);
    if (found.size() == 1) return *found.front();
    if (found.empty())
        yaml::fail(file, node, fmt::format("no municipality called \"{}\" in the population file {}; give its name as "
                                           "Statistics Norway writes it, or its four-digit code",
                                           text, table.file));
    std::string codes;
    for (const Municipality* m : found) codes += (codes.empty() ? "" : " or ") + m->code + " " + m->name;
    yaml::fail(file, node, fmt::format("{} municipalities are called {}: give the code, {}", found.size(), text, codes));
}

std::vector<const Municipality*> municipalities(const std::string& file, const YAML::Node& node, std::string_view key,
                                                const PopulationTable& table) {
    std::vector<YAML::Node> items;
    if (node.IsScalar()) items.push_back(node);
    else items = yaml::sequence(file, node, key);
    if (items.empty()) yaml::fail(file, node, fmt::format("{} lists no municipality", key));
    std::vector<const Municipality*> out;
    std::set<std::string> seen;
    for (const YAML::Node& item : items) {
        const Municipality& m = find(file, item, table);
        if (!seen.insert(m.code).second) yaml::fail(file, item, fmt::format("{} {} is listed twice", m.code, m.name));
        out.push_back(&m);
    }
    return out;
}

// `amount: none` (removed, or back to the rule), else kroner.
std::optional<Ore> amount_or_none(const YAML::Node& node, const ChangeContext& context) {
    if (node.IsScalar() && folded(node.Scalar()) == "none") return std::nullopt;
    return context.amount(node, "amount");
}

}  // namespace

ScenarioChanges read_changes(const std::string& file, const yaml::Map& option, const ChangeContext& context) {
    ScenarioChanges c;
    if (auto members = option.find("members")) {
        c.members = context.select_members(*members);
        c.members_where = yaml::where(file, *members);
    }
    if (auto leave = option.find("leave")) {
        for (const Municipality* m : municipalities(file, *leave, "leave", *context.table)) c.leave.push_back(m->code);
        c.leave_where = yaml::where(file, *leave);
    }
    if (auto join = option.find("join")) {
        for (const Municipality* m : municipalities(file, *join, "join", *context.table)) c.join.push_back(*m);
        c.join_where = yaml::where(file, *join);
    }
    if (auto budget = option.find("budget")) {
        c.budget = context.amount(*budget, "budget");
        c.budget_where = yaml::where(file, *budget);
    }
    if (auto funding = option.find("external_funding")) {
        for (const YAML::Node& item : yaml::sequence(file, *funding, "external_funding")) {
            const yaml::Map f(file, item, "external funding", {"name", "amount", "source"});
            FundingChange change{yaml::text(file, f.required("name"), "name"), amount_or_none(f.required("amount"), context),
                                 "", yaml::where(file, item)};
            if (auto source = f.find("source")) change.source = yaml::text(file, *source, "source");
            c.funding.push_back(std::move(change));
        }
    }
    if (auto self = option.find("self_funded")) {
        for (const YAML::Node& item : yaml::sequence(file, *self, "self_funded")) {
            const yaml::Map f(file, item, "a self-funded member", {"member", "amount", "source"});
            const YAML::Node member = f.required("member");
            SelfFundedChange change{find(file, member, *context.table).code, amount_or_none(f.required("amount"), context),
                                    "", yaml::where(file, member)};
            if (auto source = f.find("source")) change.source = yaml::text(file, *source, "source");
            c.self_funded.push_back(std::move(change));
        }
    }
    return c;
}

}  // namespace spleis
