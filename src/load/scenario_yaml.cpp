// scenarios/*.yaml: a model applied to one year and one group of members.
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include <fmt/format.h>

#include "parameters_yaml.hpp"
#include "spleis/load.hpp"
#include "spleis/nok.hpp"
#include "yaml_reader.hpp"

namespace spleis {

namespace {
namespace fs = std::filesystem;

std::string resolve(const std::string& base_dir, const std::string& path) {
    const fs::path p(path);
    if (p.is_absolute() || base_dir.empty()) return p.lexically_normal().string();
    return (fs::path(base_dir) / p).lexically_normal().string();
}

std::string municipality_code(const std::string& file, const YAML::Node& node) {
    std::string code = node.IsScalar() ? node.Scalar() : "";
    if (code.empty() || code.size() > 4 || !std::all_of(code.begin(), code.end(), ::isdigit))
        yaml::fail(file, node, fmt::format("a municipality code must be four digits like 4601, got \"{}\"",
                                           node.IsScalar() ? node.Scalar() : "a list or mapping"));
    code.insert(0, 4 - code.size(), '0');
    return code;
}

Ore rounding_unit(const std::string& file, const YAML::Node& node) {
    std::string t = yaml::text(file, node, "rounding");
    std::erase(t, ' ');
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (t == "øre" || t == "ore" || t == "0.01") return 1;
    if (t == "krone" || t == "kroner" || t == "kr" || t == "1kr" || t == "1") return 100;
    if (t == "100kr" || t == "100kroner" || t == "100") return 100 * 100;
    if (t == "1000kr" || t == "1000kroner" || t == "1000") return 1000 * 100;
    yaml::fail(file, node, fmt::format("rounding must be one of: øre, krone, 100 kr, 1000 kr; got \"{}\"", node.Scalar()));
}

std::vector<Municipality> select_members(const std::string& file, const YAML::Node& node, const PopulationTable& table) {
    std::map<std::string, const Municipality*> by_code;
    for (const Municipality& m : table.rows) by_code[m.code] = &m;
    std::vector<Municipality> members;
    if (node.IsScalar() && node.Scalar() == "all") {
        members = table.rows;
    } else if (node.IsMap()) {
        const yaml::Map map(file, node, "members", {"county"});
        const YAML::Node county = map.required("county");
        const std::string prefix = yaml::text(file, county, "county");
        if (prefix.size() != 2 || !std::all_of(prefix.begin(), prefix.end(), ::isdigit))
            yaml::fail(file, county, fmt::format("county must be a two-digit county number like 46, got \"{}\"", prefix));
        for (const Municipality& m : table.rows)
            if (m.code.starts_with(prefix)) members.push_back(m);
        if (members.empty())
            yaml::fail(file, county, fmt::format("no municipality in {} has a code starting with {}", table.file, prefix));
    } else if (node.IsSequence()) {
        std::set<std::string> seen;
        for (const YAML::Node& item : yaml::sequence(file, node, "members")) {
            const std::string code = municipality_code(file, item);
            const auto found = by_code.find(code);
            if (found == by_code.end())
                yaml::fail(file, item, fmt::format("municipality {} is not in the population file {}", code, table.file));
            if (!seen.insert(code).second) yaml::fail(file, item, fmt::format("municipality {} is listed twice", code));
            members.push_back(*found->second);
        }
    } else {
        yaml::fail(file, node, "members must be `all`, `county: NN`, or a list of municipality codes");
    }
    if (members.empty()) yaml::fail(file, node, "the scenario has no members");
    std::sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return a.code < b.code; });
    return members;
}
bool same(const Parameter& a, const Parameter& b) {
    return a.given == b.given && a.solve == b.solve && (!a.given || a.solve || a.value == b.value);
}

bool same(const Model& a, const Model& b) {
    if (a.rule != b.rule) return false;
    for (std::size_t i = 0; i < parameter_count; ++i)
        if (!same(a.parameters[i], b.parameters[i])) return false;
    return true;
}

std::string described(ParameterId id, const Parameter& p) {
    if (!p.given) return "no " + std::string(info(id).key);
    if (p.solve) return "`solve`";
    if (info(id).unit == Unit::nok) return format_kroner(p.value, 0);
    return fmt::format("{}", p.value);
}

Model load_model_at(const std::string& file, const YAML::Node& node, const std::string& base_dir) {
    if (node.IsMap()) return parse_model_node(node, file);
    return load_model(resolve(base_dir, yaml::text(file, node, "model")));
}

// An option is the baseline's model with changes: another model, another rule (keeping only
// cap and floor), and parameters. A change that changes nothing is a mistake worth reporting.
ScenarioOption read_option(const std::string& file, const YAML::Node& node, const Model& baseline,
                           const std::string& base_dir) {
    const yaml::Map map(file, node, "an option", {"name", "model", "rule", "parameters"});
    ScenarioOption option{yaml::text(file, map.required("name"), "name"), baseline, yaml::where(file, node)};
    const auto model = map.find("model");
    const auto rule = map.find("rule");
    const auto parameters = map.find("parameters");
    if (!model && !rule && !parameters)
        yaml::fail(file, node, fmt::format("option \"{}\" changes nothing: give it a model, a rule or parameters", option.name));
    if (model && rule) yaml::fail(file, *rule, fmt::format("option \"{}\" gives both a model and a rule; give one", option.name));
    if (model) {
        option.model = load_model_at(file, *model, base_dir);
        if (!parameters && same(option.model, baseline))
            yaml::fail(file, *model, fmt::format("option \"{}\" changes nothing: its model has the baseline's rule and parameters", option.name));
    }
    if (rule) {
        const RuleKind kind = read_rule(file, *rule);
        if (kind == baseline.rule)
            yaml::fail(file, *rule, fmt::format("option \"{}\" changes nothing: the baseline already uses the rule {}", option.name, info(kind).key));
        option.model.rule = kind;
        option.model.parameters = Parameters{};
        for (ParameterId kept : {ParameterId::cap, ParameterId::floor})
            at(option.model.parameters, kept) = at(baseline.parameters, kept);
    }
    if (parameters) {
        const Parameters before = option.model.parameters;
        for (const NamedParameter& named : read_parameters(file, *parameters, option.model.parameters, ParameterStrictness::override))
            if (same(at(before, named.id), at(option.model.parameters, named.id)))
                throw Error(named.where, fmt::format("option \"{}\" changes nothing in {}: it is already {}", option.name,
                                                     info(named.id).key, described(named.id, at(before, named.id))));
    }
    return option;
}

}  // namespace

Scenario parse_scenario(std::string_view text, const std::string& file, const std::string& base_dir) {
    const YAML::Node root = yaml::parse(text, file);
    const yaml::Map map(file, root, "the scenario",
                        {"title", "description", "year", "model", "population", "members", "budget", "external_funding",
                         "self_funded", "parameters", "rounding", "baseline", "options"});
    Scenario s;
    s.file = file;
    s.title = yaml::text(file, map.required("title"), "title");
    const YAML::Node year = map.required("year");
    s.year = static_cast<int>(yaml::whole_number(file, year, "year"));
    if (s.year < 1900 || s.year > 2200) yaml::fail(file, year, fmt::format("year must be a year like 2021, got {}", s.year));

    s.model = load_model_at(file, map.required("model"), base_dir);

    const YAML::Node population = map.required("population");
    const yaml::Map pop(file, population, "population", {"file", "year"});
    s.population_file = resolve(base_dir, yaml::text(file, pop.required("file"), "file"));
    PopulationTable table = load_population_csv(s.population_file);
    s.population_year = table.year;
    if (auto y = pop.find("year")) {
        const auto stated = static_cast<int>(yaml::whole_number(file, *y, "year"));
        if (table.year != 0 && stated != table.year)
            yaml::fail(file, *y, fmt::format("population year {} does not match {}, which holds 1 January {}", stated,
                                             s.population_file, table.year));
        s.population_year = stated;
    }
    s.members = select_members(file, map.required("members"), table);

    if (auto budget = map.find("budget")) {
        s.budget = yaml::amount(file, *budget, "budget");
        s.budget_where = yaml::where(file, *budget);
    }
    if (auto funding = map.find("external_funding")) {
        for (const YAML::Node& item : yaml::sequence(file, *funding, "external_funding")) {
            const yaml::Map f(file, item, "external funding", {"name", "amount", "source"});
            Funding entry{yaml::text(file, f.required("name"), "name"), yaml::amount(file, f.required("amount"), "amount"), ""};
            if (auto source = f.find("source")) entry.source = yaml::text(file, *source, "source");
            s.external_funding.push_back(std::move(entry));
        }
    }
    if (auto self = map.find("self_funded")) {
        for (const YAML::Node& item : yaml::sequence(file, *self, "self_funded")) {
            const yaml::Map f(file, item, "a self-funded member", {"member", "amount", "source"});
            const YAML::Node code = f.required("member");
            SelfFunded entry{municipality_code(file, code), yaml::amount(file, f.required("amount"), "amount"), "",
                             yaml::where(file, code)};
            if (auto source = f.find("source")) entry.source = yaml::text(file, *source, "source");
            s.self_funded.push_back(std::move(entry));
        }
    }
    if (auto overrides = map.find("parameters"))
        read_parameters(file, *overrides, s.model.parameters, ParameterStrictness::override);
    if (auto rounding = map.find("rounding")) s.rounding_unit = rounding_unit(file, *rounding);

    s.baseline_name = s.model.name;
    if (auto baseline = map.find("baseline")) s.baseline_name = yaml::text(file, *baseline, "baseline");
    if (auto options = map.find("options")) {
        std::set<std::string> names{s.baseline_name};
        for (const YAML::Node& item : yaml::sequence(file, *options, "options")) {
            ScenarioOption option = read_option(file, item, s.model, base_dir);
            if (!names.insert(option.name).second)
                yaml::fail(file, item, fmt::format("two options are called \"{}\"; give each its own name", option.name));
            s.options.push_back(std::move(option));
        }
    }
    return s;
}

Scenario load_scenario(const std::string& path) {
    const std::string base = std::filesystem::path(path).parent_path().string();
    return parse_scenario(read_text_file(path, "scenario file"), path, base);
}

}  // namespace spleis
