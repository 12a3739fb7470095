#include <algorithm>
#include <cctype>
#include <iostream>

#include <fmt/format.h>

#include "commands.hpp"
#include "spleis/error.hpp"
#include "spleis/explain.hpp"
#include "spleis/load.hpp"
#include "spleis/output_file.hpp"
#include "spleis/plan_report.hpp"
#include "spleis/solve.hpp"

namespace spleis::cli {

void require_file_for_xlsx(Format format, const std::optional<std::string>& output) {
    if (format == Format::xlsx && !output)
        throw Error(Location{}, "--format xlsx writes a workbook; give it a file with --output, e.g. --output report.xlsx");
}

namespace {
// The engine refuses a parameter still to be calibrated in its own words; here, where the
// command is known, the user is told which one finds it.
void require_calibrated(const Scenario& scenario) {
    for (std::size_t i = 0; i < parameter_count; ++i)
        if (const Parameter& p = scenario.model.parameters[i]; p.given() && p.calibrated())
            throw Error(p.where, std::string(info(static_cast<ParameterId>(i)).key) +
                                     " is `calibrate`: find it from the facts with `spleis calibrate " + scenario.file + "`");
}

// A plan of several budget years: every year, and the period added up.
std::string run_plan(const Plan& plan, const RunOptions& options) {
    const PlanAllocation allocation = allocate(plan);
    if (options.trace) {
        std::string out = "{\"years\": [\n";
        for (std::size_t k = 0; k < allocation.years.size(); ++k) out += (k ? ",\n" : "") + explain_all_json(allocation.years[k]);
        return out + "]}\n";
    }
    switch (options.format) {
        case Format::table: return render_plan_table(plan, allocation, options.lang);
        case Format::csv: return render_plan_csv(allocation);
        case Format::json: return render_plan_json(plan, allocation);
        case Format::xlsx: case Format::markdown: case Format::html: break;
    }
    throw Error(Location{}, "--format " + std::string(format_name(options.format)) +
                                " is not available for a scenario of several budget years; use table, csv or json");
}
}  // namespace

int run(const RunOptions& options) {
    require_file_for_xlsx(options.format, options.output);
    const Plan plan = load_plan(options.scenario);
    if (plan.several_years) {
        const std::string report = run_plan(plan, options);
        if (options.output) write_file_atomically(*options.output, report);
        else std::cout << report << std::flush;
        return 0;
    }
    const Scenario& scenario = plan.years.front();
    require_calibrated(scenario);
    const Allocation allocation = allocate(scenario);
    const std::string report = options.trace ? explain_all_json(allocation) : render(allocation, options.format, options.lang);
    if (options.output) write_file_atomically(*options.output, report);
    else std::cout << report << std::flush;
    return 0;
}

int validate(const std::string& path) {
    const Plan plan = load_plan(path);
    for (const Scenario& year : plan.years) check(year);
    const Scenario& scenario = plan.years.front();
    std::cout << path << ": ok (" << scenario.members.size() << " members, rule " << info(scenario.model.rule).key;
    if (plan.several_years) std::cout << ", budget years " << scenario.year << "–" << plan.years.back().year;
    std::cout << ")\n";
    std::vector<std::string> said;
    for (const Scenario& year : plan.years)
        for (const auto* notes : {&year.notes, &year.reforms_followed})
            for (const std::string& note : *notes)
                if (std::find(said.begin(), said.end(), note) == said.end()) said.push_back(note);
    for (const std::string& note : said) std::cout << "  " << note << "\n";
    return 0;
}

namespace {
// An option as `compare` letters it (A is the baseline, B the first option) or by its name.
// Nothing: the baseline.
std::optional<std::size_t> option_index(const Scenario& s, const std::string& written, const std::string& path) {
    if (written.empty()) return std::nullopt;
    std::string names = "A (" + s.baseline_name + ")";
    for (std::size_t k = 0; k < s.options.size(); ++k) {
        const std::string letter(1, static_cast<char>('A' + (k + 1) % 26));
        if (written == letter || written == std::string(1, static_cast<char>(std::tolower(letter[0]))) ||
            written == s.options[k].name)
            return k;
        names += ", " + letter + " (" + s.options[k].name + ")";
    }
    if (written == "A" || written == "a" || written == s.baseline_name) return std::nullopt;
    throw Error(Location{path}, s.options.empty() ? "option \"" + written + "\": this scenario has no options"
                                                  : "no option \"" + written + "\"; the options are " + names);
}
}  // namespace

int explain(const ExplainOptions& options) {
    const Plan plan = load_plan(options.scenario);
    std::vector<Allocation> allocations;  // one per budget year
    std::vector<ExplainSection> sections;
    allocations.reserve(plan.years.size());
    std::string text;
    for (const Scenario& year : plan.years) {
        const std::optional<std::size_t> k = option_index(year, options.option, options.scenario);
        const Allocation& allocation = allocations.emplace_back(k ? allocate(year, year.options[*k]) : allocate(year));
        const MunicipalityLookup found = lookup_member(allocation, options.member);
        if (!found.index) throw Error(Location{options.scenario}, found.problem);
        const std::optional<int> budget_year = plan.several_years ? std::optional(year.year) : std::nullopt;
        const std::string_view option_name = k ? std::string_view(year.options[*k].name) : "";
        sections.push_back({&allocation, *found.index, section_heading(budget_year, k, option_name, options.lang)});
        if (budget_year)
            text += (year.year == plan.years.front().year ? "" : "\n") + section_heading(budget_year, {}, "", options.lang) + ":\n";
        if (k) text += section_heading({}, k, option_name, options.lang) + "\n";
        text += explain_text(allocation, *found.index, options.lang);
    }
    const std::string report = options.format == Format::markdown ? explain_markdown(sections, options.lang)
                               : options.format == Format::html   ? explain_html(sections, options.lang)
                                                                  : text;
    if (options.output) write_file_atomically(*options.output, report);
    else std::cout << report << std::flush;
    return 0;
}

}  // namespace spleis::cli
