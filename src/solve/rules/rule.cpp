// From a rule to the file that computes it. Both switches list every rule (no default), so a
// rule missing here does not compile; tests/test_rules.cpp checks that population_line()
// agrees with the catalogue's on_population_line.
#include <array>

#include "rules.hpp"

namespace spleis {

RawAmount evaluate(RuleKind rule, const ParameterValues& values, const Municipality& member, const Group& group) {
    switch (rule) {
        case RuleKind::equal_split: return rules::equal_split(values, member, group);
        case RuleKind::per_inhabitant: return rules::per_inhabitant(values, member, group);
        case RuleKind::base_plus_per_inhabitant: return rules::base_plus_per_inhabitant(values, member, group);
        case RuleKind::mixed_key: return rules::mixed_key(values, member, group);
        case RuleKind::matched_fund: return rules::matched_fund(values, member, group);
        case RuleKind::population_bands: return rules::population_bands(values, member, group);
    }
    return {};
}

std::optional<PopulationLine> population_line(RuleKind rule, const ParameterValues& values, const Group& group) {
    switch (rule) {
        case RuleKind::equal_split: return rules::equal_split_line(values, group);
        case RuleKind::per_inhabitant: return rules::per_inhabitant_line(values, group);
        case RuleKind::base_plus_per_inhabitant: return rules::base_plus_per_inhabitant_line(values, group);
        case RuleKind::mixed_key: return rules::mixed_key_line(values, group);
        case RuleKind::matched_fund: return rules::matched_fund_line(values, group);
        case RuleKind::population_bands: return std::nullopt;  // a band's price is not affine in population
    }
    return std::nullopt;
}

RawAmount on_line(const PopulationLine& line, const Municipality& member) {
    RawAmount raw;
    const auto inhabitants = static_cast<double>(member.population);
    if (line.member_term) raw.terms[static_cast<std::size_t>(raw.term_count++)] = {*line.member_term, 1, line.per_member, line.per_member};
    if (line.inhabitant_term)
        raw.terms[static_cast<std::size_t>(raw.term_count++)] = {*line.inhabitant_term, inhabitants, line.per_inhabitant,
                                                                 inhabitants * line.per_inhabitant};
    raw.total = line.amount(member.population);
    return raw;
}

}  // namespace spleis
