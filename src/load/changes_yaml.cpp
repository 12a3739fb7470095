// An option's changes to who the members are and to the money: read and resolved here (names
// to codes, joining municipalities to their populations), applied by with_changes().
#include "changes_yaml.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "load_phrases.hpp"
#include "spleis/member_lookup.hpp"

namespace spleis {

namespace {

// A municipality by its code or name, as everywhere a member is written (member_lookup.hpp).
const Municipality& find(const std::string& file, const YAML::Node& node, const PopulationTable& table) {
    if (!node.IsScalar() || node.Scalar().empty())
        yaml::fail(file, node, say(phrase::member_not_text));
    const MunicipalityLookup found = find_municipality(table.rows, node.Scalar(), in_population_file(table.file));
    if (!found.index) yaml::fail(file, node, found.problem);
    return table.rows[*found.index];
}

std::vector<const Municipality*> municipalities(const std::string& file, const YAML::Node& node, std::string_view key,
                                                const PopulationTable& table) {
    std::vector<YAML::Node> items;
    if (node.IsScalar()) items.push_back(node);
    else items = yaml::sequence(file, node, key);
    if (items.empty()) yaml::fail(file, node, say(phrase::lists_no_municipality, key));
    std::vector<const Municipality*> out;
    std::set<std::string> seen;
    for (const YAML::Node& item : items) {
        const Municipality& m = find(file, item, table);
        if (!seen.insert(m.code).second) yaml::fail(file, item, say(phrase::named_listed_twice, m.code, m.name));
        out.push_back(&m);
    }
    return out;
}

// `amount: none` (removed, or back to the rule), else kroner.
std::optional<Ore> amount_or_none(const YAML::Node& node, const ChangeContext& context) {
    if (node.IsScalar() && (node.Scalar() == "none" || node.Scalar() == "None")) return std::nullopt;
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
            const yaml::Map f(file, item, say(phrase::external_funding), {"name", "amount", "source"});
            FundingChange change{yaml::text(file, f.required("name"), "name"), amount_or_none(f.required("amount"), context),
                                 "", yaml::where(file, item)};
            if (auto source = f.find("source")) change.source = yaml::text(file, *source, "source");
            c.funding.push_back(std::move(change));
        }
    }
    if (auto self = option.find("self_funded")) {
        for (const YAML::Node& item : yaml::sequence(file, *self, "self_funded")) {
            const yaml::Map f(file, item, say(phrase::a_self_funded_member), {"member", "amount", "source"});
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
