// The shortfall rules' names and words; how each divides is src/solve/shortfall.cpp.
#include "spleis/shortfall.hpp"

namespace spleis {

std::string_view shortfall_key(ShortfallRule rule) {
    switch (rule) {
        case ShortfallRule::proportional: return "proportional";
        case ShortfallRule::constrained_equal_awards: return "constrained_equal_awards";
        case ShortfallRule::constrained_equal_losses: return "constrained_equal_losses";
        case ShortfallRule::talmud: return "talmud";
    }
    return "";
}

std::string_view shortfall_description(ShortfallRule rule) {
    switch (rule) {
        case ShortfallRule::proportional: return "in proportion to what each was asked";
        case ShortfallRule::constrained_equal_awards: return "by constrained equal awards (the same amount each, no more than asked)";
        case ShortfallRule::constrained_equal_losses: return "by constrained equal losses (the same reduction each, no more than asked)";
        case ShortfallRule::talmud: return "by the Talmud rule (Aumann and Maschler 1985)";
    }
    return "";
}

std::optional<ShortfallRule> shortfall_by_key(std::string_view key) {
    for (ShortfallRule rule : {ShortfallRule::proportional, ShortfallRule::constrained_equal_awards,
                               ShortfallRule::constrained_equal_losses, ShortfallRule::talmud})
        if (shortfall_key(rule) == key) return rule;
    return std::nullopt;
}

}  // namespace spleis
