// Every rule's name, words and parameters: what the loaders, the checks and the reports know of
// a rule without computing with it.
#include <array>

#include "spleis/rule.hpp"

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

ParameterId parameter_of(TermKind kind) {
    switch (kind) {
        case TermKind::base_amount: return ParameterId::base_amount;
        case TermKind::per_inhabitant: return ParameterId::per_inhabitant;
        case TermKind::equal_share: return ParameterId::amount_per_member;
        case TermKind::equal_part:
        case TermKind::population_part: return ParameterId::amount_to_split;
        case TermKind::levy: return ParameterId::levy_per_inhabitant;
        case TermKind::band: return ParameterId::band_scale;
    }
    return ParameterId::base_amount;
}

}  // namespace spleis
