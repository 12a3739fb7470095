#include <iostream>

#include "commands.hpp"
#include "spleis/comparison_report.hpp"
#include "spleis/load.hpp"
#include "spleis/output_file.hpp"
#include "spleis/plan_report.hpp"
#include "spleis/solve.hpp"
#include "spleis/xlsx_report.hpp"

namespace spleis::cli {

namespace {
// A scenario's baseline and its options; with several files, names say which file they came from.
void add_options(const Scenario& scenario, bool several_files, std::vector<NamedAllocation>& out) {
    std::vector<NamedAllocation> options = allocate_options(scenario);
    if (several_files) {
        for (NamedAllocation& o : options) o.name = scenario.title + ": " + o.name;
        if (scenario.options.empty()) options.front().name = scenario.title;
    }
    for (NamedAllocation& o : options) out.push_back(std::move(o));
}

// A plan's options year by year, and each option's years added up for the period.
std::string compare_plan(const Plan& plan, const CompareOptions& options) {
    PlanComparison c;
    std::vector<std::vector<Allocation>> by_option;  // [option][year]
    for (const Scenario& year : plan.years) {
        std::vector<NamedAllocation> allocations;
        add_options(year, false, allocations);
        if (by_option.empty()) by_option.resize(allocations.size());
        for (std::size_t k = 0; k < allocations.size(); ++k) by_option[k].push_back(allocations[k].allocation);
        c.years.push_back(year.year);
        c.by_year.push_back(spleis::compare(std::move(allocations)));
    }
    std::vector<NamedAllocation> period;
    for (std::size_t k = 0; k < by_option.size(); ++k)
        period.push_back({c.by_year.front().options[k].name, period_total(by_option[k], plan.title)});
    c.period = spleis::compare(std::move(period));
    return render_plan_comparison(c, options.format, options.summary, options.lang);
}
}  // namespace

int compare(const CompareOptions& options) {
    require_file_for_xlsx(options.format, options.output);
    if (options.scenarios.size() == 1) {
        const Plan plan = load_plan(options.scenarios.front());
        if (plan.several_years) {
            const std::string report = compare_plan(plan, options);
            if (options.output) write_file_atomically(*options.output, report);
            else std::cout << report << std::flush;
            return 0;
        }
    }
    std::vector<NamedAllocation> allocations;
    for (const std::string& path : options.scenarios) add_options(load_scenario(path), options.scenarios.size() > 1, allocations);
    const Comparison comparison = spleis::compare(std::move(allocations));
    std::string report;
    switch (options.format) {
        case Format::table: report = render_comparison_table(comparison, options.lang); break;
        case Format::csv:
            report = options.summary ? render_comparison_summary_csv(comparison) : render_comparison_csv(comparison);
            break;
        case Format::json: report = render_comparison_json(comparison); break;
        case Format::xlsx: report = render_xlsx(comparison, options.lang); break;
        case Format::markdown: report = render_comparison_markdown(comparison, options.lang); break;
        case Format::html: report = render_comparison_html(comparison, options.lang); break;
    }
    if (options.output) write_file_atomically(*options.output, report);
    else std::cout << report << std::flush;
    return 0;
}

}  // namespace spleis::cli
