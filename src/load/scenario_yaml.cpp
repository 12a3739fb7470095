// scenarios/*.yaml: a model applied to one year and one group of members.
#include <algorithm>
#include <charconv>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "changes_yaml.hpp"
#include "facts_yaml.hpp"
#include "list_text.hpp"
#include "load_phrases.hpp"
#include "municipality_changes.hpp"
#include "parameters_yaml.hpp"
#include "path.hpp"
#include "spleis/county.hpp"
#include "spleis/load.hpp"
#include "spleis/member_lookup.hpp"
#include "spleis/nok.hpp"
#include "yaml_reader.hpp"

namespace spleis {

namespace {
namespace fs = std::filesystem;

std::string resolve(const std::string& base_dir, const std::string& path) {
    const fs::path p = path_from_utf8(path);
    if (p.is_absolute() || base_dir.empty()) return utf8_from_path(p.lexically_normal());
    return utf8_from_path((path_from_utf8(base_dir) / p).lexically_normal());
}

// The files a scenario names: where its relative paths start, and how the shell lets them be read.
struct Files {
    std::string base_dir;
    const FileReader& read;

    // The text of the file that `node` names, resolved; a file that is not there is an error at
    // the line that names it, with the path that was tried.
    std::pair<std::string, std::string> text(FileKind kind, const std::string& file, const YAML::Node& node,
                                             std::string_view key) const {
        const std::string written = yaml::text(file, node, key);
        const std::string path = resolve(base_dir, written);
        std::optional<std::string> content = read(FileRequest{kind, written, path, yaml::where(file, node)});
        if (!content)
            yaml::fail(file, node, say(phrase::file_not_found,
                                                  say(kind == FileKind::model ? phrase::model_file : phrase::population_file),
                                                  written, path));
        return {path, std::move(*content)};
    }
};

// A member as written, a code or a name, found in the population table.
const Municipality& municipality_in(const std::string& file, const YAML::Node& node, const PopulationTable& table) {
    if (!node.IsScalar() || node.Scalar().empty())
        yaml::fail(file, node, say(phrase::member_not_text));
    const MunicipalityLookup found =
        find_municipality(table.rows, node.Scalar(), in_population_file(table.file));
    if (!found.index) yaml::fail(file, node, found.problem);
    return table.rows[*found.index];
}

Ore rounding_unit(const std::string& file, const YAML::Node& node) {
    std::string t = yaml::text(file, node, "rounding");
    std::erase(t, ' ');
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    // Each unit by its name (rounding_units), and the ways people also write it.
    for (const RoundingUnit& unit : rounding_units) {
        std::string name = unit.name;
        std::erase(name, ' ');
        if (t == name) return unit.ore;
    }
    if (t == "ore" || t == "0.01") return 1;
    if (t == "kroner" || t == "kr" || t == "1kr" || t == "1") return ore_per_krone;
    if (t == "100kroner" || t == "100") return 100 * ore_per_krone;
    if (t == "1000kroner" || t == "1000") return 1000 * ore_per_krone;
    std::string names;
    for (const RoundingUnit& unit : rounding_units) names += fmt::format("{}{}", names.empty() ? "" : ", ", unit.name);
    yaml::fail(file, node, say(phrase::rounding_one_of, names, node.Scalar()));
}

// Codes written in one year's structure, populations from another's: what the scenario says
// about a member whose code changed in a municipal reform (`reform: follow` or not), and the
// changes (municipality_changes.csv beside the population file, read only when a code is missing).
struct Reform {
    bool follow = false;
    std::function<const std::vector<CodeChange>&()> changes;
};

std::string four_digits(const YAML::Node& node) {
    if (!node.IsScalar()) return {};
    std::string code = node.Scalar();
    if (code.empty() || code.size() > 4 || !std::all_of(code.begin(), code.end(), ::isdigit)) return {};
    return code.insert(0, 4 - code.size(), '0');
}

// A member code that is not in the table but changed in a reform: followed (and said so in the
// notes) or an error that says what it became. A split is always for the scenario to settle.
std::optional<Municipality> reformed(const std::string& file, const YAML::Node& item, const std::string& code,
                                     const PopulationTable& table, const Reform& reform, std::vector<std::string>& notes,
                                     int budget_year = 0) {
    if (code.empty() || !reform.changes) return std::nullopt;
    const std::optional<Successor> next = successor_in(reform.changes(), code, table);
    if (!next) return std::nullopt;
    const Text in_year = budget_year ? say(phrase::in_budget_year_table, budget_year) : Text{};
    if (next->split) {
        std::vector<std::string> codes;
        for (const Municipality& m : next->parts) codes.push_back(m.code);
        yaml::fail(file, item, say(phrase::municipality_was_split, code, next->from_name, next->year,
                                              parts_named(next->parts), in_year, between_each(codes, phrase::word_or)));
    }
    const Municipality& to = next->parts.front();
    if (!reform.follow)
        yaml::fail(file, item, say(phrase::municipality_became, code, next->from_name, to.code, to.name, next->year,
                                              next->how, in_year, to.code));
    notes.push_back(fmt::format("member {} {} is {} {} from 1 January {} ({}): followed (reform: follow)", code,
                                next->from_name, to.code, to.name, next->year, next->how.en));
    return to;
}

// The counties of `table`'s year that a county which is gone became: where its municipalities'
// codes went, reform by reform (12 Hordaland → 46 Vestland in 2020; 30 Viken → 31, 32 and 33 in
// 2024). Sorted, none twice.
std::vector<std::string> county_successors(const std::string& code, const PopulationTable& table, const Reform& reform,
                                           int& year) {
    std::vector<std::string> out;
    if (!reform.changes) return out;
    const std::vector<CodeChange>& changes = reform.changes();
    for (const CodeChange& c : changes) {
        if (!c.from_code.starts_with(code) || (year && c.year != year)) continue;
        const std::optional<Successor> next = successor_in(changes, c.from_code, table);
        if (!next) continue;
        year = c.year;
        for (const Municipality& m : next->parts)
            if (std::find(out.begin(), out.end(), m.code.substr(0, 2)) == out.end()) out.push_back(m.code.substr(0, 2));
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string county_name(const std::string& code, int year) {
    const County* c = county_in(code, year);
    return c ? fmt::format("{} {}", c->code, c->name) : code;
}

// A county (fylkeskommune) as one member: "F-46" in a list, 46 under `counties:`. A county that
// is gone is followed into the one it merged into (`reform: follow`, said in the notes) or
// explained: what it became, and for a split, the parts to write instead.
Municipality county_in_table(const std::string& file, const YAML::Node& node, std::string code,
                             const PopulationTable& table, const Reform& reform, std::vector<std::string>& notes) {
    if (code.size() != 2 || !std::all_of(code.begin(), code.end(), ::isdigit))
        yaml::fail(file, node, say(phrase::county_two_digits, code));
    if (code == "03") yaml::fail(file, node, say(phrase::oslo_county));
    const int year = table.year ? table.year : 9999;  // a table without a year: today's counties
    if (!county_in(code, year)) {
        const std::string history = county_history(code);
        int reform_year = 0;
        const std::vector<std::string> next = county_successors(code, table, reform, reform_year);
        if (next.empty())
            yaml::fail(file, node, ending_in(phrase::no_county, history.empty() ? Text{} : say(phrase::county_was, history),
                                             code, table.year));
        std::vector<std::string> name_list, code_list;
        for (const std::string& county : next) {
            name_list.push_back(county_name(county, year));
            code_list.push_back("F-" + county);
        }
        const Text names{joined(name_list), joined(name_list, " og "), joined(name_list, " og ")};
        const std::string codes = joined(code_list, ", ");
        if (next.size() > 1)
            yaml::fail(file, node, say(phrase::county_was_split, code, table.year, history, reform_year, names, codes));
        if (!reform.follow)
            yaml::fail(file, node, say(phrase::county_is_part_of, code, table.year, history, names, reform_year, codes));
        notes.push_back(fmt::format("member county {} is part of {} from 1 January {}: followed (reform: follow)", history,
                                    names.en, reform_year));
        code = next.front();
    }
    const std::optional<Municipality> member = county_member(code, table);
    if (!member)
        yaml::fail(file, node, say(phrase::county_without_municipality, code, county_in(code, year)->name, table.file, table.year));
    return *member;
}

std::vector<Municipality> select_members(const std::string& file, const YAML::Node& node, const PopulationTable& table,
                                         const Reform& reform, std::vector<std::string>& notes) {
    std::vector<Municipality> members;
    std::set<std::string> seen;
    std::set<std::string> followed;  // successors reached by `reform: follow`: two merged members are one
    const auto add = [&](const YAML::Node& item, const Municipality& m) {
        if (!seen.insert(m.code).second)
            yaml::fail(file, item, say(m.code.starts_with("F-") ? phrase::county_listed_twice : phrase::municipality_listed_twice,
                                       m.code, m.name));
        members.push_back(m);
    };
    const auto add_municipality = [&](const YAML::Node& item) {
        const std::string code = four_digits(item);
        const bool missing = !code.empty() && std::none_of(table.rows.begin(), table.rows.end(),
                                                           [&](const Municipality& m) { return m.code == code; });
        if (missing)
            if (const std::optional<Municipality> to = reformed(file, item, code, table, reform, notes)) {
                if (seen.count(to->code) && followed.count(to->code)) return;  // merged with a member listed before
                followed.insert(to->code);
                return add(item, *to);
            }
        add(item, municipality_in(file, item, table));
    };
    if (node.IsScalar() && node.Scalar() == "all") {
        members = table.rows;
    } else if (node.IsMap()) {
        // A county's municipalities, counties as members and single municipalities, together where
        // a fund says so: "kommunar/fylkeskommunar som sluttar seg til" (KommIT/DigiFin).
        const yaml::Map map(file, node, as_is("members"), {"county", "counties", "municipalities"});
        if (auto county = map.find("county")) {
            std::string prefix = yaml::text(file, *county, "county");
            // A county by name (Buskerud), in the structure of the population table's year.
            if (prefix.size() != 2 || !std::all_of(prefix.begin(), prefix.end(), ::isdigit)) {
                std::string named, history;
                for (const County& c : counties()) {
                    if (c.name != prefix) continue;
                    history += fmt::format("{}{}", history.empty() ? "" : ", ", county_history(c.code));
                    if (table.year == 0 ? c.to_year == 0 : (table.year >= c.from_year && (c.to_year == 0 || table.year <= c.to_year)))
                        named = std::string(c.code);
                }
                if (!named.empty()) prefix = named;
                else if (!history.empty())
                    yaml::fail(file, *county, say(phrase::no_county_that_year, prefix, table.year, table.file, history));
            }
            if (prefix.size() != 2 || !std::all_of(prefix.begin(), prefix.end(), ::isdigit))
                yaml::fail(file, *county, say(phrase::county_number_or_name, prefix));
            for (const Municipality& m : table.rows)
                if (m.code.starts_with(prefix)) add(*county, m);
            if (members.empty())
                yaml::fail(file, *county, say(phrase::no_code_starting, table.file, prefix));
        }
        if (auto list = map.find("counties"))
            for (const YAML::Node& item : yaml::sequence(file, *list, "counties")) {
                std::string code = yaml::text(file, item, "county");
                if (const auto prefixed = county_code_of_member(code)) code = *prefixed;
                if (code.size() == 1) code.insert(0, "0");
                add(item, county_in_table(file, item, code, table, reform, notes));
            }
        if (auto list = map.find("municipalities"))
            for (const YAML::Node& item : yaml::sequence(file, *list, "municipalities")) add_municipality(item);
        if (members.empty())
            yaml::fail(file, node, say(phrase::members_as_mapping));
    } else if (node.IsSequence()) {
        for (const YAML::Node& item : yaml::sequence(file, node, "members")) {
            if (const auto county = item.IsScalar() ? county_code_of_member(item.Scalar()) : std::nullopt) {
                add(item, county_in_table(file, item, *county, table, reform, notes));
                continue;
            }
            add_municipality(item);
        }
    } else {
        yaml::fail(file, node, ending_in(phrase::members_must_be,
                                         node.IsScalar() ? say(phrase::quoted, node.Scalar()) : say(phrase::nothing)));
    }
    if (members.empty()) yaml::fail(file, node, say(phrase::no_members));
    std::sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return a.code < b.code; });
    return members;
}
// Rows of a Statistics Norway export that are not municipalities, said where they were left out.
std::vector<std::string> population_notes(const PopulationTable& table) {
    std::vector<std::string> notes;
    for (const LeftOutRow& row : table.left_out)
        notes.push_back(fmt::format("{}:{}: left out \"{}\" ({}, {} inhabitants)", table.file, row.line, row.label,
                                    row.reason, row.population));
    return notes;
}

bool same(const Parameter& a, const Parameter& b) {
    return a.given() == b.given() && a.solved() == b.solved() && (!a.given() || a.solved() || a.value == b.value);
}

bool same(const Model& a, const Model& b) {
    if (a.rule != b.rule || a.shortfall != b.shortfall) return false;
    if (!std::equal(a.bands.begin(), a.bands.end(), b.bands.begin(), b.bands.end(), [](const Band& x, const Band& y) {
            return x.from == y.from && x.below == y.below && x.amount == y.amount;
        }))
        return false;
    for (std::size_t i = 0; i < parameter_count; ++i)
        if (!same(a.parameters[i], b.parameters[i])) return false;
    return true;
}

Text described(ParameterId id, const Parameter& p) {
    if (!p.given()) return say(phrase::no_value_of, info(id).key);
    if (p.solved()) return as_is("`solve`");
    if (info(id).unit == Unit::nok) return as_is(format_kroner(p.value, 0));
    return as_is(fmt::format("{}", p.value));
}

Model load_model_at(const std::string& file, const YAML::Node& node, const Files& files,
                    const YearContext* year = nullptr) {
    if (node.IsMap()) return parse_model_node(node, file, year);
    const auto [path, text] = files.text(FileKind::model, file, node, "model");
    return parse_model_node(yaml::parse(text, path), path, year);
}

// An option is the baseline's model with changes: another model, another rule (keeping only
// cap and floor), and parameters; and changes to the members, budget and funding
// (changes_yaml.hpp). A change that changes nothing is a mistake worth reporting.
ScenarioOption read_option(const std::string& file, const YAML::Node& node, const Model& baseline, const Files& files,
                           const YearContext* year, const ChangeContext& changes) {
    const yaml::Map map(file, node, say(phrase::an_option),
                        {"name", "model", "rule", "parameters", "shortfall", "members", "leave", "join", "budget",
                         "external_funding", "self_funded"});
    ScenarioOption option{yaml::text(file, map.required("name"), "name"), baseline, {}, yaml::where(file, node)};
    const auto model = map.find("model");
    const auto rule = map.find("rule");
    const auto parameters = map.find("parameters");
    const auto shortfall = map.find("shortfall");
    option.changes = read_changes(file, map, changes);
    if (!model && !rule && !parameters && !shortfall && option.changes.empty())
        yaml::fail(file, node, say(phrase::option_changes_nothing, option.name));
    if (model && rule) yaml::fail(file, *rule, say(phrase::option_model_and_rule, option.name));
    if (model) {
        option.model = load_model_at(file, *model, files, year);
        if (!parameters && !shortfall && same(option.model, baseline))
            yaml::fail(file, *model, say(phrase::option_same_model, option.name));
    }
    if (rule) {
        const RuleKind kind = read_rule(file, *rule);
        if (kind == baseline.rule)
            yaml::fail(file, *rule, say(phrase::option_same_rule, option.name, info(kind).key));
        if (kind == RuleKind::population_bands) yaml::fail(file, *rule, say(phrase::option_bands_by_rule, option.name));
        option.model.rule = kind;
        option.model.bands.clear();
        option.model.bands_source.clear();
        option.model.parameters = Parameters{};
        for (ParameterId kept : {ParameterId::cap, ParameterId::floor})
            at(option.model.parameters, kept) = at(baseline.parameters, kept);
    }
    if (shortfall) {
        const ShortfallRule chosen = read_shortfall(file, *shortfall);
        if (!model && !rule && !parameters && option.model.shortfall == chosen)
            yaml::fail(file, *shortfall, say(phrase::option_same_shortfall, option.name, shortfall_key(chosen)));
        option.model.shortfall = chosen;
    }
    if (parameters) {
        const Parameters before = option.model.parameters;
        for (const NamedParameter& named :
             read_parameters(file, *parameters, option.model.parameters, ParameterStrictness::override, year))
            if (same(at(before, named.id), at(option.model.parameters, named.id)))
                throw Error(named.where, ending_in(phrase::option_same_parameter, described(named.id, at(before, named.id)),
                                                   option.name, info(named.id).key));
    }
    return option;
}

}  // namespace

namespace {

yaml::Map scenario_map(const std::string& file, const YAML::Node& root) {
    return yaml::Map(file, root, say(phrase::the_scenario),
                     {"title", "description", "year", "years", "model", "population", "members", "budget", "external_funding",
                      "self_funded", "parameters", "shortfall", "index", "rounding", "baseline", "options", "facts", "reform"});
}

// What reading one budget year of a plan needs beyond the YAML: the year, the index, and the
// members the first year chose (later years must have every one of them).
struct PlanYear {
    YearContext context;
    int years_before = 1;
    const std::vector<Municipality>* first_members = nullptr;  // none while reading the first year
};

std::string with_year(std::string pattern, int year) {
    const auto at = pattern.find("{year}");
    return pattern.replace(at, 6, std::to_string(year));
}

// The budget year of a scenario read on its own: `year:`, and nothing that belongs to a plan.
int single_budget_year(const std::string& file, const yaml::Map& map) {
    if (auto years = map.find("years"))
        yaml::fail(file, *years, say(phrase::one_year_needed));
    if (auto index = map.find("index")) yaml::fail(file, *index, say(phrase::index_needs_years));
    const YAML::Node year = map.required("year");
    // Checked before narrowing to int, or 4294969317 would pass as 2021.
    const std::int64_t year_value = yaml::whole_number(file, year, "year");
    if (year_value < 1900 || year_value > 2200) yaml::fail(file, year, say(phrase::year_like, year_value));
    return static_cast<int>(year_value);
}

// One year of a plan: the population file names its year as {year}, and the table is the one
// of 1 January `years_before` years before the budget year.
PopulationTable population_for_plan_year(const std::string& file, const YAML::Node& population, const Files& files,
                                         const PlanYear& plan, Scenario& s) {
    const yaml::Map pop(file, population, as_is("population"), {"file", "years_before"});
    const YAML::Node file_node = pop.required("file");
    const std::string pattern = yaml::text(file, file_node, "file");
    if (pattern.find("{year}") == std::string::npos)
        yaml::fail(file, file_node, say(phrase::population_file_pattern, pattern));
    s.population_year = s.year - plan.years_before;
    const std::string written = with_year(pattern, s.population_year);
    s.population_file = resolve(files.base_dir, written);
    const std::optional<std::string> text =
        files.read(FileRequest{FileKind::population, written, s.population_file, yaml::where(file, file_node)});
    if (!text)
        yaml::fail(file, file_node, say(phrase::no_population_data, s.year, s.population_file, s.population_year));
    PopulationTable table = parse_population(*text, s.population_file, s.population_year);
    if (table.year != 0 && table.year != s.population_year)
        yaml::fail(file, file_node, say(phrase::table_of_other_year, s.population_file, table.year, s.year, s.population_year));
    return table;
}

// A scenario read on its own: the population file as written, its year stated (`year:`) or
// read from the table, and never after the budget year.
PopulationTable population_as_written(const std::string& file, const YAML::Node& population, const Files& files,
                                      Scenario& s) {
    const yaml::Map pop(file, population, as_is("population"), {"file", "year"});
    std::string text;
    std::tie(s.population_file, text) = files.text(FileKind::population, file, pop.required("file"), "file");
    std::optional<int> stated_year;
    if (auto y = pop.find("year")) {
        const std::int64_t stated = yaml::whole_number(file, *y, "year");
        if (stated < 1800 || stated > 2200)
            yaml::fail(file, *y, say(phrase::population_year_like, stated));
        stated_year = static_cast<int>(stated);
    }
    PopulationTable table = parse_population(text, s.population_file, stated_year);
    s.population_year = table.year;
    if (auto y = pop.find("year")) {
        const std::int64_t stated = *stated_year;
        if (table.year != 0 && stated != table.year)
            yaml::fail(file, *y, say(phrase::population_year_mismatch, stated, s.population_file, table.year));
        s.population_year = static_cast<int>(stated);
    }
    if (s.population_year > s.year) {
        const auto y = pop.find("year");
        yaml::fail(file, y ? *y : pop.required("file"),
                   say(phrase::population_after_budget_year, s.population_year, s.year, s.year - 1));
    }
    return table;
}

// `reform:`, and the code changes beside the population file, read the first time a missing
// code asks for them (most scenarios never do). Copies of the Reform share what was read.
Reform read_reform(const std::string& file, const yaml::Map& map, const YAML::Node& population,
                   const std::string& population_file, const Files& files) {
    Reform reform;
    if (auto r = map.find("reform")) {
        const std::string value = yaml::text(file, *r, "reform");
        if (value != "follow" && value != "ask")
            yaml::fail(file, *r, say(phrase::reform_follow_or_ask, value));
        reform.follow = value == "follow";
    }
    const std::string changes_path =
        utf8_from_path((path_from_utf8(population_file).parent_path() / "municipality_changes.csv").lexically_normal());
    const auto code_changes = std::make_shared<std::optional<std::vector<CodeChange>>>();
    reform.changes = [&file, &files, population, changes_path, code_changes]() -> const std::vector<CodeChange>& {
        if (!*code_changes) {
            const std::optional<std::string> text = files.read(
                FileRequest{FileKind::population, "municipality_changes.csv", changes_path, yaml::where(file, population)});
            *code_changes = text ? parse_municipality_changes(*text, changes_path) : std::vector<CodeChange>{};
        }
        return **code_changes;
    };
    return reform;
}

// A later year of a plan: the members the first year chose, found again in this year's table.
// A code missing now is a merger or a split, never a municipality that silently pays nothing.
std::vector<Municipality> first_members_again(const std::string& file, const yaml::Map& map,
                                              const std::vector<Municipality>& first, const PopulationTable& table,
                                              const Reform& reform, Scenario& s) {
    std::vector<Municipality> members;
    std::map<std::string, const Municipality*> by_code;
    for (const Municipality& m : table.rows) by_code[m.code] = &m;
    for (const Municipality& m : first) {
        if (const auto county = county_code_of_member(m.code)) {
            const std::optional<Municipality> member = county_member(*county, table);
            if (!member)
                yaml::fail(file, map.required("members"),
                           say(phrase::county_not_in_year_table, *county, m.name, s.year, s.population_file, s.population_year));
            members.push_back(*member);
            continue;
        }
        const auto found = by_code.find(m.code);
        if (found == by_code.end()) {
            if (const auto to = reformed(file, map.required("members"), m.code, table, reform, s.reforms_followed, s.year)) {
                if (std::none_of(members.begin(), members.end(), [&](const Municipality& x) { return x.code == to->code; }))
                    members.push_back(*to);
                continue;
            }
        }
        if (found == by_code.end())
            yaml::fail(file, map.required("members"), say(phrase::municipality_not_in_year_table, m.code, m.name, s.year,
                                                          s.population_file, s.population_year));
        members.push_back(*found->second);
    }
    return members;
}

using AmountReader = std::function<Ore(const YAML::Node&, std::string_view)>;

// Kroner as written; in a plan, in the first year's kroner, indexed to the year being read and
// rounded to the scenario's unit.
AmountReader amount_reader(const std::string& file, const YearContext* context) {
    return [&file, context](const YAML::Node& node, std::string_view key) {
        return context ? amount_for_year(file, node, key, *context, context->unit) : yaml::amount(file, node, key);
    };
}

std::vector<Funding> read_external_funding(const std::string& file, const YAML::Node& node, const AmountReader& amount) {
    std::vector<Funding> funding;
    for (const YAML::Node& item : yaml::sequence(file, node, "external_funding")) {
        const yaml::Map f(file, item, say(phrase::external_funding), {"name", "amount", "source"});
        Funding entry{yaml::text(file, f.required("name"), "name"), amount(f.required("amount"), "amount"), ""};
        if (auto source = f.find("source")) entry.source = yaml::text(file, *source, "source");
        funding.push_back(std::move(entry));
    }
    return funding;
}

std::vector<SelfFunded> read_self_funded(const std::string& file, const YAML::Node& node, const AmountReader& amount,
                                         const PopulationTable& table) {
    std::vector<SelfFunded> self_funded;
    for (const YAML::Node& item : yaml::sequence(file, node, "self_funded")) {
        const yaml::Map f(file, item, say(phrase::a_self_funded_member), {"member", "amount", "source"});
        const YAML::Node code = f.required("member");
        SelfFunded entry{municipality_in(file, code, table).code, amount(f.required("amount"), "amount"), "",
                         yaml::where(file, code)};
        if (auto source = f.find("source")) entry.source = yaml::text(file, *source, "source");
        self_funded.push_back(std::move(entry));
    }
    return self_funded;
}

// The budget and what pays part of it before the members share the rest.
void read_budget_and_funding(const std::string& file, const yaml::Map& map, const AmountReader& amount,
                             const PopulationTable& table, Scenario& s) {
    if (auto budget = map.find("budget")) {
        s.budget = amount(*budget, "budget");
        s.budget_where = yaml::where(file, *budget);
    }
    if (auto funding = map.find("external_funding")) s.external_funding = read_external_funding(file, *funding, amount);
    if (auto self = map.find("self_funded")) s.self_funded = read_self_funded(file, *self, amount, table);
}

// The scenario's own parameters and shortfall rule, over those of its model file.
void override_model(const std::string& file, const yaml::Map& map, const YearContext* context, Model& model) {
    if (auto overrides = map.find("parameters"))
        read_parameters(file, *overrides, model.parameters, ParameterStrictness::override, context);
    if (auto shortfall = map.find("shortfall")) model.shortfall = read_shortfall(file, *shortfall);
}

// The options, each checked against `s` as it is without options, so that a change that does
// not fit fails at its own line.
std::vector<ScenarioOption> read_options(const std::string& file, const YAML::Node& node, const Scenario& s,
                                         const PopulationTable& table, const Reform& reform, const Files& files,
                                         const YearContext* context, const AmountReader& amount) {
    std::vector<ScenarioOption> options;
    std::set<std::string> names{s.baseline_name};
    std::vector<std::string> option_reforms;  // an option's own members follow reforms as the scenario says
    const ChangeContext changes{
        &table, [&](const YAML::Node& members) { return select_members(file, members, table, reform, option_reforms); },
        amount};
    for (const YAML::Node& item : yaml::sequence(file, node, "options")) {
        ScenarioOption option = read_option(file, item, s.model, files, context, changes);
        if (!names.insert(option.name).second)
            yaml::fail(file, item, say(phrase::options_same_name, option.name));
        if (!option.changes.empty()) with_option(s, option);
        options.push_back(std::move(option));
    }
    return options;
}

// One budget year: the whole scenario as written, or one year of a plan (`plan` given).
Scenario parse_scenario_node(const YAML::Node& root, const std::string& file, const Files& files, const PlanYear* plan) {
    const yaml::Map map = scenario_map(file, root);
    const YearContext* context = plan ? &plan->context : nullptr;
    Scenario s;
    s.file = file;
    s.title = yaml::text(file, map.required("title"), "title");
    s.year = plan ? plan->context.year : single_budget_year(file, map);
    s.model = load_model_at(file, map.required("model"), files, context);

    const YAML::Node population = map.required("population");
    const PopulationTable table = plan ? population_for_plan_year(file, population, files, *plan, s)
                                       : population_as_written(file, population, files, s);
    s.notes = population_notes(table);
    const Reform reform = read_reform(file, map, population, s.population_file, files);
    s.members = plan && plan->first_members ? first_members_again(file, map, *plan->first_members, table, reform, s)
                                            : select_members(file, map.required("members"), table, reform, s.reforms_followed);

    const AmountReader amount = amount_reader(file, context);
    read_budget_and_funding(file, map, amount, table, s);
    override_model(file, map, context, s.model);
    if (auto rounding = map.find("rounding")) s.rounding_unit = rounding_unit(file, *rounding);

    s.baseline_name = s.model.name;
    if (auto baseline = map.find("baseline")) s.baseline_name = yaml::text(file, *baseline, "baseline");
    if (auto options = map.find("options")) s.options = read_options(file, *options, s, table, reform, files, context, amount);
    if (auto facts = map.find("facts")) {
        if (plan) yaml::fail(file, *facts, say(phrase::facts_one_year));
        s.facts = read_facts(file, *facts, s.members);
        s.facts_where = yaml::where(file, *facts);
    }
    return s;
}

std::vector<int> read_years(const std::string& file, const YAML::Node& node) {
    std::vector<int> years;
    const auto year = [&](const YAML::Node& at, std::string_view text) {
        int value = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc() || end != text.data() + text.size() || value < 1900 || value > 2200)
            yaml::fail(file, at, say(phrase::years_like, text));
        return value;
    };
    if (node.IsScalar() && node.Scalar().find("..") != std::string::npos) {
        const std::string& text = node.Scalar();
        const auto dots = text.find("..");
        const int from = year(node, text.substr(0, dots)), to = year(node, text.substr(dots + 2));
        if (to < from) yaml::fail(file, node, say(phrase::years_backwards, text));
        for (int y = from; y <= to; ++y) years.push_back(y);
    } else if (node.IsSequence()) {
        for (const YAML::Node& item : yaml::sequence(file, node, "years")) {
            years.push_back(year(item, item.IsScalar() ? item.Scalar() : ""));
            if (years.size() > 1 && years.back() <= years[years.size() - 2])
                yaml::fail(file, item, say(phrase::years_in_order));
        }
    } else {
        yaml::fail(file, node, say(phrase::years_range_or_list));
    }
    if (years.size() > 50) yaml::fail(file, node, say(phrase::at_most_50_years));
    return years;
}

}  // namespace

Scenario parse_scenario(std::string_view text, const std::string& file, const std::string& base_dir, const FileReader& read) {
    return parse_scenario_node(yaml::parse(text, file), file, Files{base_dir, read}, nullptr);
}

Plan parse_plan(std::string_view text, const std::string& file, const std::string& base_dir, const FileReader& read) {
    const Files files{base_dir, read};
    const YAML::Node root = yaml::parse(text, file);
    Plan plan;
    plan.file = file;
    const auto years_node = root.IsMap() ? root["years"] : YAML::Node();
    if (!years_node || !root.IsMap()) {
        plan.years.push_back(parse_scenario_node(root, file, files, nullptr));
        plan.title = plan.years.front().title;
        return plan;
    }
    const yaml::Map map = scenario_map(file, root);
    plan.several_years = true;
    plan.title = yaml::text(file, map.required("title"), "title");
    if (auto year = map.find("year"))
        yaml::fail(file, *year, say(phrase::year_or_years));
    const std::vector<int> years = read_years(file, years_node);

    PlanYear reading;
    reading.context.file = file;
    reading.context.first_year = years.front();
    if (auto rounding = map.find("rounding")) reading.context.unit = rounding_unit(file, *rounding);
    if (auto index = map.find("index")) {
        reading.context.index_node = *index;
        if (is_dated(*index)) {
            for (auto it = index->begin(); it != index->end(); ++it)
                reading.context.dated_index[std::stoi(it->first.Scalar())] = percent(file, it->second, "index");
        } else {
            reading.context.index = percent(file, *index, "index");
        }
        plan.index_percent = reading.context.index;
        plan.dated_index = reading.context.dated_index;
    }
    const yaml::Map population(file, map.required("population"), as_is("population"), {"file", "years_before"});
    if (auto before = population.find("years_before")) {
        const std::int64_t value = yaml::whole_number(file, *before, "years_before");
        if (value < 0 || value > 10)
            yaml::fail(file, *before, say(phrase::years_before_range, value));
        reading.years_before = static_cast<int>(value);
    }
    plan.years_before = reading.years_before;
    plan.population_pattern = yaml::text(file, population.required("file"), "file");

    for (int year : years) {
        reading.context.year = year;
        plan.years.push_back(parse_scenario_node(root, file, files, &reading));
        reading.first_members = &plan.years.front().members;
    }
    return plan;
}

Scenario load_scenario(const std::string& path) {
    const std::string base = utf8_from_path(path_from_utf8(path).parent_path());
    return parse_scenario(read_text_file(path, "scenario file"), path, base, read_any_file());
}

Plan load_plan(const std::string& path) {
    const std::string base = utf8_from_path(path_from_utf8(path).parent_path());
    return parse_plan(read_text_file(path, "scenario file"), path, base, read_any_file());
}

}  // namespace spleis
