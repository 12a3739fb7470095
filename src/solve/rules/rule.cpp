#include <array>

#include "rules.hpp"

namespace spleis {

namespace {
using enum ParameterId;
constexpr std::array equal_split_params{amount_per_member};
constexpr std::array per_inhabitant_params{per_inhabitant};
constexpr std::array base_params{base_amount, per_inhabitant};
constexpr std::array mixed_required{amount_to_split, equal_fraction};
constexpr std::array mixed_solvable{amount_to_split};
constexpr std::array fund_required{levy_per_inhabitant, match_rate, sponsor_maximum, upper_frame};
constexpr std::array fund_solvable{levy_per_inhabitant};
constexpr std::array bands_required{band_scale};
constexpr std::array bands_solvable{band_scale, base_amount, per_inhabitant};
constexpr std::array bands_optional{base_amount, per_inhabitant};
constexpr std::span<const ParameterId> none{};

constexpr std::array<RuleInfo, 6> catalogue{{
    {RuleKind::equal_split, "equal_split", "equal split", equal_split_params, equal_split_params, none},
    {RuleKind::per_inhabitant, "per_inhabitant", "per inhabitant", per_inhabitant_params, per_inhabitant_params, none},
    {RuleKind::base_plus_per_inhabitant, "base_plus_per_inhabitant", "base amount plus per inhabitant", base_params,
     base_params, none},
    {RuleKind::mixed_key, "mixed_key", "part equally, the rest by population", mixed_required, mixed_solvable, none},
    {RuleKind::matched_fund, "matched_fund", "levy per inhabitant into a matched fund", fund_required,
     fund_solvable, none},
    {RuleKind::population_bands, "population_bands", "price by population band", bands_required, bands_solvable,
     bands_optional},
}};
}  // namespace

const RuleInfo& info(RuleKind kind) { return catalogue[static_cast<std::size_t>(kind)]; }
std::span<const RuleInfo> all_rules() { return catalogue; }

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
        default: return std::nullopt;  // rules whose amount is not affine in population
    }
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
