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
}  // namespace

Scenario parse_scenario(std::string_view text, const std::string& file, const std::string& base_dir) {
    const YAML::Node root = yaml::parse(text, file);
    const yaml::Map map(file, root, "the scenario",
                        {"title", "description", "year", "model", "population", "members", "budget", "external_funding",
                         "self_funded", "parameters", "rounding"});
    Scenario s;
    s.file = file;
    s.title = yaml::text(file, map.required("title"), "title");
    const YAML::Node year = map.required("year");
    s.year = static_cast<int>(yaml::whole_number(file, year, "year"));
    if (s.year < 1900 || s.year > 2200) yaml::fail(file, year, fmt::format("year must be a year like 2021, got {}", s.year));

    const YAML::Node model = map.required("model");
    if (model.IsMap()) s.model = parse_model_node(model, file);
    else s.model = load_model(resolve(base_dir, yaml::text(file, model, "model")));

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
    return s;
}

Scenario load_scenario(const std::string& path) {
    const std::string base = std::filesystem::path(path).parent_path().string();
    return parse_scenario(read_text_file(path, "scenario file"), path, base);
}

}  // namespace spleis
