#pragma once
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "spleis/model.hpp"

namespace spleis {

enum class ParameterStrictness {
    model_file,  // every parameter says its value, unit and source
    override,    // a scenario may write just `base_amount: 100000`
};

// Reads `parameters:` into `into`, replacing what is there for each parameter named, and
// returns the parameters named, with where each was named. In overrides, `none` removes a
// parameter (`cap: none`: no cap).
struct NamedParameter {
    ParameterId id;
    Location where;
};
std::vector<NamedParameter> read_parameters(const std::string& file, const YAML::Node& node, Parameters& into,
                                            ParameterStrictness strictness);

Model parse_model_node(const YAML::Node& node, const std::string& file);
RuleKind read_rule(const std::string& file, const YAML::Node& node);

}  // namespace spleis
