// Facts for `spleis calibrate`: figures from council papers, each where it was written so a
// residual or a contradiction can point back at it.
#include "facts_yaml.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include <fmt/format.h>

#include "load_phrases.hpp"
#include "spleis/member_lookup.hpp"
#include "yaml_reader.hpp"

namespace spleis {

std::vector<Fact> read_facts(const std::string& file, const YAML::Node& node, const std::vector<Municipality>& members) {
    std::vector<Fact> facts;
    std::map<std::string, int> seen;  // member code or "total" → line first stated
    for (const YAML::Node& item : yaml::sequence(file, node, "facts")) {
        const yaml::Map map(file, item, say(phrase::a_fact), {"total", "member", "paid", "source"});
        Fact fact;
        fact.where = yaml::where(file, item);
        const auto total = map.find("total");
        const auto member = map.find("member");
        if (total && member)
            yaml::fail(file, *member, say(phrase::fact_total_and_member));
        std::string key = "total";
        if (total) {
            fact.amount = yaml::amount(file, *total, "total");
            if (map.find("paid")) yaml::fail(file, *map.find("paid"), say(phrase::paid_without_member));
        } else if (member) {
            fact.kind = FactKind::member_paid;
            const std::string written = member->IsScalar() ? member->Scalar() : "";
            if (written.empty())
                yaml::fail(file, *member, say(phrase::fact_member_like));
            const MunicipalityLookup found = find_municipality(members, written, in_scenario_members());
            if (!found.index) yaml::fail(file, *member, found.problem);
            fact.member = key = members[*found.index].code;
            fact.amount = yaml::amount(file, map.required("paid"), "paid");
        } else {
            yaml::fail(file, item, say(phrase::fact_needs));
        }
        if (auto [previous, inserted] = seen.emplace(key, fact.where.line); !inserted)
            yaml::fail(file, item, key == "total" ? say(phrase::second_total, previous->second)
                                                  : say(phrase::second_fact, key, previous->second));
        if (auto source = map.find("source")) fact.source = yaml::text(file, *source, "source");
        facts.push_back(std::move(fact));
    }
    return facts;
}

}  // namespace spleis
