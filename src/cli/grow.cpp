#include <iostream>

#include <fmt/format.h>

#include "commands.hpp"
#include "spleis/error.hpp"
#include "spleis/growth_report.hpp"
#include "spleis/load.hpp"
#include "spleis/member_lookup.hpp"
#include "spleis/output_file.hpp"

namespace spleis::cli {

namespace {
// "largest-first", "smallest-first", "county", or a list of members: "Oslo,Bergen,4630".
GrowthPlan plan_from(const GrowOptions& options, const Scenario& scenario) {
    GrowthPlan plan;
    plan.levies = options.levies;
    const std::string& order = options.order;
    if (order == "largest-first" || order == "largest") plan.order = JoinOrder::largest_first;
    else if (order == "smallest-first" || order == "smallest") plan.order = JoinOrder::smallest_first;
    else if (order == "county" || order == "by-county") plan.order = JoinOrder::by_county;
    else {
        plan.order = JoinOrder::listed;
        std::size_t from = 0;
        while (from <= order.size()) {
            const std::size_t comma = std::min(order.find(',', from), order.size());
            const std::string written = order.substr(from, comma - from);
            const MunicipalityLookup found = find_municipality(scenario.members, written, in_scenario_members());
            if (!found.index)
                throw Error(Location{scenario.file}, fmt::format("--order is largest-first, smallest-first, county or a list of "
                                                                 "members like Oslo,Bergen,4630; {}",
                                                                 found.problem.en));
            plan.listed.push_back(scenario.members[*found.index].code);
            from = comma + 1;
        }
    }
    return plan;
}
}  // namespace

int grow(const GrowOptions& options) {
    const Scenario scenario = load_scenario(options.scenario);
    const Growth growth = spleis::grow(scenario, plan_from(options, scenario));
    std::string report;
    switch (options.format) {
        case Format::table: report = render_growth_table(growth, options.lang); break;
        case Format::csv: report = render_growth_csv(growth); break;
        case Format::json: report = render_growth_json(growth); break;
        default: throw Error(Location{}, "spleis grow writes table, csv or json");
    }
    if (options.output) write_file_atomically(*options.output, report);
    else std::cout << report << std::flush;
    return 0;
}

}  // namespace spleis::cli
