// models/*.yaml: a rule and its parameters, each with a unit and its source.
#include <algorithm>
#include <cmath>
#include <filesystem>

#include <fmt/format.h>

#include "bands_yaml.hpp"
#include "load_phrases.hpp"
#include "parameters_yaml.hpp"
#include "spleis/load.hpp"
#include "yaml_reader.hpp"

namespace spleis {

RuleKind read_rule(const std::string& file, const YAML::Node& node) {
    const std::string key = yaml::text(file, node, "rule");
    if (const std::optional<RuleKind> rule = rule_by_key(key)) return *rule;
    yaml::fail(file, node, say(phrase::unknown_rule, key, rule_keys()));
}

ShortfallRule read_shortfall(const std::string& file, const YAML::Node& node) {
    const std::string key = yaml::text(file, node, "shortfall");
    if (auto rule = shortfall_by_key(key)) return *rule;
    yaml::fail(file, node, say(phrase::unknown_shortfall_rule, key));
}

Model parse_model_node(const YAML::Node& node, const std::string& file, const YearContext* year) {
    const yaml::Map map(file, node, say(phrase::the_model), {"name", "description", "rule", "sponsor", "bands", "shortfall", "parameters"});
    Model model;
    model.file = file;
    model.name = yaml::text(file, map.required("name"), "name");
    if (auto d = map.find("description")) model.description = yaml::text(file, *d, "description");
    model.rule = read_rule(file, map.required("rule"));
    if (auto s = map.find("sponsor")) {
        if (!info(model.rule).sponsor_matched) yaml::fail(file, *s, say(phrase::sponsor_only_fund));
        model.sponsor = yaml::text(file, *s, "sponsor");
    }
    if (auto bands = map.find("bands")) {
        if (model.rule != RuleKind::population_bands)
            yaml::fail(file, *bands, say(phrase::bands_only_rule));
        model.bands = read_bands(file, *bands, model.bands_source);
        // Band prices are money stated in the first year's kroner, like every undated amount.
        if (year && year->factor(year->first_year) != 1)
            for (Band& band : model.bands) band.amount = indexed(band.amount, year->factor(year->first_year), year->unit);
    } else if (model.rule == RuleKind::population_bands) {
        yaml::fail(file, node, say(phrase::rule_needs_bands));
    }
    if (auto shortfall = map.find("shortfall")) model.shortfall = read_shortfall(file, *shortfall);
    read_parameters(file, map.required("parameters"), model.parameters, ParameterStrictness::model_file, year);
    return model;
}

Model load_model_for_year(const std::string& path, const YearContext* year) {
    return parse_model_node(yaml::parse(read_text_file(path, "model file"), path), path, year);
}

Model parse_model(std::string_view text, const std::string& file) {
    return parse_model_node(yaml::parse(text, file), file);
}

Model load_model(const std::string& path) { return parse_model(read_text_file(path, "model file"), path); }

}  // namespace spleis
