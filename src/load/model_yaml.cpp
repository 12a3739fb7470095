// models/*.yaml: a rule and its parameters, each with a unit and its source.
#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "parameters_yaml.hpp"
#include "spleis/load.hpp"
#include "yaml_reader.hpp"

namespace spleis {

RuleKind read_rule(const std::string& file, const YAML::Node& node) {
    const std::string key = yaml::text(file, node, "rule");
    for (const RuleInfo& r : all_rules())
        if (r.key == key) return r.kind;
    std::string known;
    for (const RuleInfo& r : all_rules()) known += (known.empty() ? "" : ", ") + std::string(r.key);
    yaml::fail(file, node, fmt::format("unknown rule \"{}\" (known rules: {})", key, known));
}

Model parse_model_node(const YAML::Node& node, const std::string& file) {
    const yaml::Map map(file, node, "the model", {"name", "description", "rule", "sponsor", "parameters"});
    Model model;
    model.file = file;
    model.name = yaml::text(file, map.required("name"), "name");
    if (auto d = map.find("description")) model.description = yaml::text(file, *d, "description");
    model.rule = read_rule(file, map.required("rule"));
    if (auto s = map.find("sponsor")) {
        if (model.rule != RuleKind::matched_fund) yaml::fail(file, *s, "sponsor is only used by the matched_fund rule");
        model.sponsor = yaml::text(file, *s, "sponsor");
    }
    read_parameters(file, map.required("parameters"), model.parameters, ParameterStrictness::model_file);
    return model;
}

Model parse_model(std::string_view text, const std::string& file) {
    return parse_model_node(yaml::parse(text, file), file);
}

Model load_model(const std::string& path) { return parse_model(read_text_file(path, "model file"), path); }

}  // namespace spleis
