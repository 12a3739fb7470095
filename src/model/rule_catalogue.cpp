// Every rule's name, words and parameters, and the few facts the solver and the reports ask
// of a rule without computing with it: the one place a rule is declared. A rule missing here
// does not compile (the switch has no default, and the checks below walk every RuleKind).
#include <array>
#include <utility>

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

// A value of RuleKind past the last rule is "no rule": an empty key.
constexpr RuleInfo describe(RuleKind kind) {
    switch (kind) {
        case RuleKind::equal_split:
            return {.kind = kind, .key = "equal_split", .description = "equal split", .description_nb = "lik fordeling",
                    .description_nn = "lik fordeling", .required = equal_split_params, .solvable = equal_split_params,
                    .on_population_line = true};
        case RuleKind::per_inhabitant:
            return {.kind = kind, .key = "per_inhabitant", .description = "per inhabitant",
                    .description_nb = "per innbygger", .description_nn = "per innbyggjar",
                    .required = per_inhabitant_params, .solvable = per_inhabitant_params, .on_population_line = true,
                    .shares_by_population = true};
        case RuleKind::base_plus_per_inhabitant:
            return {.kind = kind, .key = "base_plus_per_inhabitant", .description = "base amount plus per inhabitant",
                    .description_nb = "grunnbeløp pluss per innbygger",
                    .description_nn = "grunnbeløp pluss per innbyggjar", .required = base_params,
                    .solvable = base_params, .on_population_line = true, .shares_by_population = true};
        case RuleKind::mixed_key:
            return {.kind = kind, .key = "mixed_key", .description = "part equally, the rest by population",
                    .description_nb = "en del likt, resten etter folketall",
                    .description_nn = "ein del likt, resten etter folketal", .required = mixed_required,
                    .solvable = mixed_solvable, .on_population_line = true, .shares_by_population = true};
        case RuleKind::matched_fund:
            return {.kind = kind, .key = "matched_fund", .description = "levy per inhabitant into a matched fund",
                    .description_nb = "innbetaling per innbygger til et fond med motfinansiering",
                    .description_nn = "innbetaling per innbyggjar til eit fond med motfinansiering",
                    .required = fund_required, .solvable = fund_solvable, .on_population_line = true,
                    .shares_by_population = true, .sponsor_matched = true};
        case RuleKind::population_bands:
            return {.kind = kind, .key = "population_bands", .description = "price by population band",
                    .description_nb = "pris etter folketallstrinn", .description_nn = "pris etter folketalstrinn",
                    .required = bands_required, .solvable = bands_solvable, .optional = bands_optional,
                    .shares_by_population = true};
    }
    return {.kind = kind};
}

template <std::size_t... i>
constexpr std::array<RuleInfo, rule_count> describe_all(std::index_sequence<i...>) {
    return {describe(static_cast<RuleKind>(i))...};
}
constexpr auto catalogue = describe_all(std::make_index_sequence<rule_count>{});

constexpr bool every_rule_described() {
    for (std::size_t i = 0; i < rule_count; ++i) {
        const RuleInfo& r = catalogue[i];
        if (r.kind != static_cast<RuleKind>(i) || r.key.empty() || r.description.empty() || r.description_nb.empty() ||
            r.description_nn.empty() || r.required.empty() || r.solvable.empty())
            return false;
    }
    return true;
}
static_assert(every_rule_described(), "every rule has a key, words in three languages and parameters");
static_assert(describe(static_cast<RuleKind>(rule_count)).key.empty(),
              "RuleKind has more rules than rule_count (rule.hpp) says");

constexpr bool contains(std::span<const ParameterId> list, ParameterId id) {
    for (ParameterId p : list)
        if (p == id) return true;
    return false;
}
constexpr bool solvable_are_allowed() {
    for (const RuleInfo& r : catalogue)
        for (ParameterId id : r.solvable)
            if (!contains(r.required, id) && !contains(r.optional, id)) return false;
    return true;
}
static_assert(solvable_are_allowed(), "a rule's solvable parameters are among its required or optional ones");
}  // namespace

const RuleInfo& info(RuleKind kind) { return catalogue[static_cast<std::size_t>(kind)]; }
std::span<const RuleInfo> all_rules() { return catalogue; }

std::optional<RuleKind> rule_by_key(std::string_view key) {
    for (const RuleInfo& r : catalogue)
        if (r.key == key) return r.kind;
    return std::nullopt;
}

std::string rule_keys() {
    std::string text;
    for (const RuleInfo& r : catalogue) text += (text.empty() ? "" : ", ") + std::string(r.key);
    return text;
}

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
