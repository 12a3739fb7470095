#pragma once
// Dividing less than is claimed: when a budget cut or a fund's upper frame means members pay
// (or receive) less than they were asked, a rule decides who gives up how much. Pure functions.
//
// Source: the rules of the bankruptcy literature, as tabulated by Aumann and Maschler, "Game
// theoretic analysis of a bankruptcy problem from the Talmud", Journal of Economic Theory 36
// (1985) 195–213; Thomson, "Axiomatic and game-theoretic analysis of bankruptcy and taxation
// problems", Mathematical Social Sciences 45 (2003).
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "spleis/money.hpp"

namespace spleis {

enum class ShortfallRule {
    proportional,              // everyone gets the same share of its claim
    constrained_equal_awards,  // everyone gets the same amount, but no more than its claim
    constrained_equal_losses,  // everyone gives up the same amount, but no more than its claim
    talmud,                    // equal awards on half-claims up to half the total, equal losses beyond
};

std::string_view shortfall_key(ShortfallRule rule);       // as written in YAML: "talmud"
std::string_view shortfall_description(ShortfallRule rule);  // for people: "by the Talmud rule (…)"
std::optional<ShortfallRule> shortfall_by_key(std::string_view key);

}  // namespace spleis
