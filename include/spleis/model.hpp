#pragma once
#include <string>

#include "spleis/parameter.hpp"
#include "spleis/rule.hpp"

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
};

}  // namespace spleis
