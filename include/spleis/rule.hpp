#pragma once
// The keys that turn a member's population into its raw amount, before caps, floors and
// rounding: their names, parameters and words (the catalogue, rule_catalogue.cpp: the one
// place a rule is declared), and the terms of a member's bill. How each rule computes lives in
// its own file under src/solve/rules/. docs/development.md lists what adding a rule takes.
//
// Every rule is affine in each of its parameters on its own (amount = c + d * parameter,
// d >= 0 for the parameters it lets you solve). The solver relies on that.
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "spleis/band.hpp"
#include "spleis/municipality.hpp"
#include "spleis/parameter.hpp"

namespace spleis {

enum class RuleKind {
    equal_split,               // everyone pays the same
    per_inhabitant,            // everyone pays the same per inhabitant
    base_plus_per_inhabitant,  // a fixed base amount plus a per-inhabitant part
    mixed_key,                 // a fraction of the pot split equally, the rest by population
    matched_fund,              // a levy per inhabitant, matched by a sponsor up to a maximum
    population_bands,          // a price per population band, plus optionally a base and a per-inhabitant part
};
// How many rules there are; rule_catalogue.cpp fails to compile when this and RuleKind differ.
inline constexpr std::size_t rule_count = 6;

struct RuleInfo {
    // rule_catalogue.cpp checks that every rule sets the texts and the parameter lists.
    RuleKind kind{};
    std::string_view key{};                   // as written in YAML
    std::string_view description{};           // for people, in English
    std::string_view description_nb{};        // in bokmål
    std::string_view description_nn{};        // in nynorsk
    std::span<const ParameterId> required{};  // must be given (a value or solve)
    std::span<const ParameterId> solvable{};  // may be "solve"
    std::span<const ParameterId> optional{};  // may be given; 0 when not (cap and floor are always optional)
    // Every member pays per_member + per_inhabitant × population (src/solve/rules/rules.hpp):
    // the solver's fast path, and the derivation of a solved parameter in explanations.
    bool on_population_line = false;
    // The amounts depend on the members' population (so paying members without inhabitants
    // cannot share by it).
    bool shares_by_population = false;
    // The members pay into a fund a sponsor matches: the target is the fund (the budget, else
    // its upper frame), the sponsor's match is the money from outside, no external funding.
    bool sponsor_matched = false;
};

const RuleInfo& info(RuleKind kind);
std::span<const RuleInfo> all_rules();
std::optional<RuleKind> rule_by_key(std::string_view key);
std::string rule_keys();  // every rule's key, for messages: "equal_split, per_inhabitant, …"

// What the paying members have in common, for rules that depend on the group: their number,
// their population and the price list they all buy from.
struct Group {
    std::int64_t members = 0;     // paying members (self-funded members excluded)
    std::int64_t population = 0;  // their total population
    std::vector<Band> bands;      // population_bands only: the model's price list
};

// One line of a member's bill: quantity × price = amount ("8 098 inhabitants × 19.99 kr").
enum class TermKind { base_amount, per_inhabitant, equal_share, equal_part, population_part, levy, band };

// The parameter that sets a term's price: what "solved" or "given" in an explanation refers to.
ParameterId parameter_of(TermKind kind);

struct Term {
    TermKind kind{};
    double quantity = 0;  // members (1) or inhabitants; for a band, the band_scale
    double price = 0;     // kroner per member or per inhabitant; for a band, the listed band price
    double amount = 0;    // quantity * price, in kroner
};

// A member's raw amount and the terms it is the sum of. The solver and the explanation use
// this same value, so the explanation cannot disagree with the result.
struct RawAmount {
    std::array<Term, 3> terms{};
    int term_count = 0;
    double total = 0;  // kroner
};

}  // namespace spleis
