#pragma once
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "spleis/model.hpp"
#include "years.hpp"

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
// With a YearContext (a scenario covering several years), values may be dated and amounts are
// carried to the context's year by its index.
std::vector<NamedParameter> read_parameters(const std::string& file, const YAML::Node& node, Parameters& into,
                                            ParameterStrictness strictness, const YearContext* year = nullptr);

Model parse_model_node(const YAML::Node& node, const std::string& file, const YearContext* year = nullptr);
Model load_model_for_year(const std::string& path, const YearContext* year);
RuleKind read_rule(const std::string& file, const YAML::Node& node);
ShortfallRule read_shortfall(const std::string& file, const YAML::Node& node);

}  // namespace spleis
