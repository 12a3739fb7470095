// spleis new: a commented scenario to start from, for the rule, members and budget asked
// for, with the population table of the right year and the model inline or in a file. The
// text is loaded and checked before it is written, so what it writes runs as written.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "commands.hpp"
#include "spleis/error.hpp"
#include "spleis/load.hpp"
#include "spleis/member_lookup.hpp"
#include "spleis/nok.hpp"
#include "spleis/output_file.hpp"
#include "spleis/solve.hpp"

namespace spleis::cli {

namespace {
namespace fs = std::filesystem;

[[noreturn]] void usage(const std::string& message) { throw UsageError(message); }

// A YAML value as typed on the command line ("6 400 000", "40 %"): quoted when YAML would
// read it as something else.
std::string scalar(const std::string& value) {
    if (value.find_first_of(":#{}[],&*!|>'\"@`") == std::string::npos && !value.empty() && value.front() != '-' &&
        value.front() != '%')
        return value;
    std::string quoted = "'";
    for (char c : value) quoted += c == '\'' ? std::string("''") : std::string(1, c);
    return quoted + "'";
}

std::string comment_at(std::string line, std::string_view comment, std::size_t column = 37) {
    if (comment.empty()) return line + "\n";
    std::size_t width = 0;  // in characters, not bytes
    for (unsigned char c : line) width += (c & 0xC0) != 0x80;
    line += std::string(width < column ? column - width : 1, ' ');
    return line + "# " + std::string(comment) + "\n";
}

struct ParameterLine {
    ParameterId id;
    std::string value;    // as written
    std::string comment;  // what to change
};

// The parameters a rule needs, with the one to solve for and a starting value for the rest.
std::vector<ParameterLine> parameters_for(RuleKind rule, const std::string& base) {
    using enum ParameterId;
    switch (rule) {
        case RuleKind::equal_split: return {{amount_per_member, "solve", "spleis finds it so the budget balances"}};
        case RuleKind::per_inhabitant: return {{per_inhabitant, "solve", "spleis finds it so the budget balances"}};
        case RuleKind::base_plus_per_inhabitant:
            return {{base_amount, base, "what every member pays first, in kroner; change it"},
                    {per_inhabitant, "solve", "spleis finds it so the budget balances"}};
        case RuleKind::mixed_key:
            return {{amount_to_split, "solve", "spleis finds it so the budget balances"},
                    {equal_fraction, "50 %", "the part split equally: 40 %, 0.4 or 2/5 (not 40/60)"}};
        default: break;
    }
    usage(fmt::format("spleis new writes models for the rules equal_split, per_inhabitant, base_plus_per_inhabitant and "
                      "mixed_key; for {} start from a shipped model with --model (models/kommit-fund.yaml, "
                      "models/fiks-folkeregister-2021.yaml)",
                      info(rule).key));
}

// A base amount that leaves room for the part per inhabitant: about 40 % of the budget
// spread over the members, in whole thousands.
std::string starting_base_amount(const std::string& budget, std::size_t members) {
    std::string digits;
    for (char c : budget.substr(0, budget.find_first_of(".,")))
        if (c >= '0' && c <= '9') digits += c;
    if (digits.empty() || digits.size() > 15 || members == 0) return "0";
    const long long base = std::stoll(digits) * 4 / 10 / static_cast<long long>(members) / 1000 * 1000;
    return format_count(base);
}

std::string model_text(const NewOptions& o, RuleKind rule, const std::string& indent, std::size_t members) {
    std::vector<ParameterLine> lines = parameters_for(rule, starting_base_amount(o.budget, members));
    for (const std::string& assignment : o.params) {
        const auto equals = assignment.find('=');
        const std::string key = assignment.substr(0, equals);
        const auto id = parameter_by_key(key);
        if (equals == std::string::npos || !id)
            usage(fmt::format("--param takes NAME=VALUE with a parameter of the rule, like equal_fraction=40 %, got \"{}\"",
                              assignment));
        const auto at = std::find_if(lines.begin(), lines.end(), [&](const ParameterLine& l) { return l.id == *id; });
        if (at == lines.end()) lines.push_back({*id, assignment.substr(equals + 1), "set with --param"});
        else at->value = assignment.substr(equals + 1), at->comment = at->comment.starts_with("spleis finds") ? "set with --param" : at->comment;
    }
    if (o.cap) lines.push_back({ParameterId::cap, *o.cap, "no member pays more than this, in kroner"});
    if (o.floor) lines.push_back({ParameterId::floor, *o.floor, "no member pays less than this, in kroner"});
    if (std::count_if(lines.begin(), lines.end(), [](const ParameterLine& l) { return l.value == "solve"; }) != 1)
        usage("exactly one parameter is `solve` (found so the budget balances); with --param you set the others");

    std::string out;
    out += comment_at(indent + "name: " + scalar(o.title), "what reports call this model");
    out += comment_at(indent + "rule: " + std::string(info(rule).key), std::string(info(rule).description));
    out += indent + "parameters:\n";
    for (const ParameterLine& l : lines) {
        out += indent + "  " + std::string(info(l.id).key) + ":\n";
        out += comment_at(indent + "    value: " + scalar(l.value), l.comment);
        out += indent + "    unit: " + std::string(unit_name(info(l.id).unit)) + "\n";
        out += indent + "    source: " +
               (l.value == "solve" ? std::string("Solved so the members' payments meet the budget.")
                                   : std::string("Write here the decision or council paper this value comes from.")) +
               "\n";
    }
    return out;
}

// The population table of 1 January of the year before the budget year, where spleis ships
// them: beside the new scenario in data/, in scenarios/data/ of this folder, in data/, or among
// the shipped tables (an installed spleis: its share folder).
std::string find_population(const NewOptions& o, const fs::path& scenario_dir) {
    if (o.population) return *o.population;
    const std::string name = fmt::format("population_norway_{}.csv", o.year - 1);
    const fs::path shipped = fs::u8path(shipped_data_dir(""));
    for (const fs::path& dir : {scenario_dir / "data", fs::path("scenarios/data"), fs::path("data"), shipped}) {
        std::error_code ec;
        if (fs::is_regular_file(dir / name, ec)) return (dir / name).string();
    }
    usage(fmt::format("no population table for budget year {} found ({} in data/ beside the scenario, in scenarios/data/, "
                      "in data/ or in {}); give one with --population FILE",
                      o.year, name, shipped.generic_string()));
}

// Relative to the scenario's folder, as spleis reads it; absolute when the two share no
// folder but the root (a relative path up to / and down again helps nobody).
std::string relative_to(const fs::path& file, const fs::path& dir) {
    const fs::path absolute = fs::absolute(file).lexically_normal();
    const fs::path base = fs::absolute(dir).lexically_normal();
    const fs::path relative = absolute.lexically_relative(base);
    const bool shares_a_folder = std::distance(absolute.begin(), absolute.end()) > 1 && std::distance(base.begin(), base.end()) > 1 &&
                                 *std::next(absolute.begin()) == *std::next(base.begin());
    return (relative.empty() || !shares_a_folder ? absolute : relative).generic_string();
}
}  // namespace

NewScenarioFiles new_scenario_text(const NewOptions& o) {
    const fs::path scenario_dir = fs::path(o.output).parent_path().empty() ? fs::path(".") : fs::path(o.output).parent_path();
    const std::string population_path = find_population(o, scenario_dir);
    const PopulationTable table = load_population_csv(population_path);

    std::string members;
    std::size_t member_count = o.members.size();
    if (o.members.size() == 1 && (o.members.front() == "all" || o.members.front().starts_with("county:"))) {
        const std::string county = o.members.front() == "all" ? "" : o.members.front().substr(7);
        member_count = static_cast<std::size_t>(std::count_if(table.rows.begin(), table.rows.end(),
                                                              [&](const Municipality& m) { return m.code.starts_with(county); }));
        members = "members: " + (county.empty() ? std::string("all") : "\n  county: " + county) + "\n";
    } else {
        members = comment_at("members:", "codes or names, resolved in the population table");
        for (const std::string& written : o.members) {
            const MunicipalityLookup found = find_municipality(table.rows, written, "the population table " + population_path);
            if (!found.index) usage(found.problem.en);
            const Municipality& m = table.rows[*found.index];
            members += comment_at("  - " + m.code, fmt::format("{}, {} inhabitants", m.name, format_count(m.population)));
        }
    }

    std::optional<RuleKind> rule;
    if (o.rule) {
        rule = rule_by_key(*o.rule);
        if (!rule) usage(fmt::format("no rule called \"{}\"; the rules are {}", *o.rule, rule_keys()));
    }
    std::string model;
    std::string model_file_text;  // a model file to write beside the scenario
    if (o.model) {
        std::error_code ec;
        const std::string written = relative_to(*o.model, scenario_dir);
        if (fs::exists(*o.model, ec)) {
            const Model existing = load_model(*o.model);
            if (rule && *rule != existing.rule)
                usage(fmt::format("{} uses the rule {}, not {}", *o.model, info(existing.rule).key, *o.rule));
            if (!o.params.empty() || o.cap || o.floor)
                usage(fmt::format("{} exists: change its parameters in the scenario's `parameters:` or leave out --model", *o.model));
            model = comment_at("model: " + scalar(written), "the model file, relative to this file");
        } else {
            if (!rule) usage("--rule is needed to write a new model file (like --rule mixed_key)");
            model = comment_at("model: " + scalar(written), "the model file, relative to this file");
            model_file_text = "# The model of " + o.title + ": a rule and its parameters, each with its source.\n" +
                              model_text(o, *rule, "", member_count);
        }
    } else {
        if (!rule) usage("give the rule with --rule (like --rule mixed_key) or a model file with --model");
        model = comment_at("model:", "written inline here; or a file: model: ../models/x.yaml") + model_text(o, *rule, "  ", member_count);
    }

    std::string out = "# " + o.title + ": a scenario written by `spleis new`. Run it with\n#   spleis run " +
                      fs::path(o.output).generic_string() + "\n# and change what the comments say to change.\n";
    out += comment_at("title: " + scalar(o.title), "shown at the top of every report");
    out += comment_at(fmt::format("year: {}", o.year), "the budget year");
    out += model;
    out += "population:\n";
    out += comment_at("  file: " + scalar(relative_to(population_path, scenario_dir)),
                      "Statistics Norway; relative to this file");
    if (table.year != 0) out += comment_at(fmt::format("  year: {}", table.year), "1 January of this year");
    out += members;
    out += comment_at("budget: " + scalar(o.budget), "kroner, spaces between thousands (6 400 000)");
    if (!o.funding.empty()) {
        out += comment_at("external_funding:", "grants and funds, deducted before the split");
        for (const std::string& f : o.funding) {
            const auto equals = f.find('=');
            if (equals == std::string::npos)
                usage(fmt::format("--funding takes NAME=AMOUNT, like \"Regional grant=400 000\", got \"{}\"", f));
            out += "  - name: " + scalar(f.substr(0, equals)) + "\n";
            out += "    amount: " + scalar(f.substr(equals + 1)) + "\n";
            out += "    source: Write here the decision this grant comes from.\n";
        }
    } else {
        out += "# external_funding:                  # grants and funds, deducted before the split\n"
               "#   - name: Regional grant\n#     amount: 400 000\n#     source: …\n";
    }
    out += "# self_funded:                       # members who pay a fixed amount and stay out of the split\n"
           "#   - member: Gol\n#     amount: 500 000\n";
    out += comment_at("rounding: krone", "øre, krone, 100 kr or 1000 kr");

    if (!model_file_text.empty()) parse_model(model_file_text, *o.model);
    return {out, model_file_text};
}

int new_scenario(const NewOptions& o) {
    std::error_code ec;
    if (fs::exists(o.output, ec) && !o.force)
        throw UsageError(fmt::format("{} exists; spleis new writes a new file (give --force to replace it)", o.output));
    const NewScenarioFiles files = new_scenario_text(o);
    const bool model_file = !files.model.empty();
    if (model_file && fs::exists(*o.model, ec) && !o.force)
        throw UsageError(fmt::format("{} exists; spleis new writes a new file (give --force to replace it)", *o.model));
    // What is written must run: loaded and checked as `spleis run` will, before anything is
    // written (the model file it names first, so the scenario can find it).
    // allocate() as well as check(): a budget the starting values cannot meet is said now.
    const auto make_folder = [&](const std::string& path) {
        if (const fs::path folder = fs::path(path).parent_path(); !folder.empty()) fs::create_directories(folder, ec);
    };
    make_folder(o.output);
    if (model_file) make_folder(*o.model), write_file_atomically(*o.model, files.model);
    try {
        allocate(parse_scenario(files.scenario, o.output, fs::path(o.output).parent_path().string(), read_any_file()));
    } catch (...) {
        if (model_file) fs::remove(*o.model, ec);
        throw;
    }
    write_file_atomically(o.output, files.scenario);
    std::cout << "wrote " << o.output << (model_file ? " and " + *o.model : std::string()) << "; run it with: spleis run "
              << o.output << "\n";
    return 0;
}

}  // namespace spleis::cli
