#pragma once
#include <optional>
#include <string>
#include <vector>

#include "spleis/band.hpp"
#include "spleis/parameter.hpp"
#include "spleis/rule.hpp"
#include "spleis/shortfall.hpp"

namespace spleis {

// A financing model as a cooperation decided it: a rule and its parameters, each with the
// council paper it comes from. Read from models/*.yaml.
struct Model {
    std::string name;
    std::string description;
    std::string file;
    RuleKind rule = RuleKind::equal_split;
    std::string sponsor;  // matched_fund only: who adds the matching amount
    Parameters parameters{};
    std::vector<Band> bands;   // population_bands only: the price list, lowest band first
    std::string bands_source;  // the price list it comes from
    // When the rule's amounts (nothing solved) ask the members for more than the budget, or a
    // fund's upper frame, needs from them: how the difference is shared.
    std::optional<ShortfallRule> shortfall;
};

}  // namespace spleis
