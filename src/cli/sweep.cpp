#include <iostream>

#include "commands.hpp"
#include "report/sweep_csv.hpp"
#include "spleis/load.hpp"
#include "spleis/nok.hpp"
#include "spleis/output_file.hpp"

namespace spleis::cli {

namespace {
// Long output beyond this many rows is a file nobody opens; the summary is the better tool.
constexpr std::size_t max_long_rows = 50'000'000;
}  // namespace

int sweep(const SweepOptions& options) {
    std::vector<SweepAxis> axes;
    for (const std::string& p : options.params) axes.push_back(parse_sweep_axis(p));
    const Scenario scenario = load_scenario(options.scenario);
    const std::vector<Municipality> members = sweep_members(scenario);

    std::size_t points = 1;
    for (const SweepAxis& axis : axes) points *= axis.values().size();
    if (!options.summary && points * members.size() > max_long_rows)
        throw Error(Location{}, "the sweep would write " + format_count(static_cast<long long>(points * members.size())) +
                                    " rows (the limit is " + format_count(static_cast<long long>(max_long_rows)) +
                                    "); use --summary for one row per grid point");

    std::optional<ParameterId> unknown;
    for (std::size_t i = 0; i < parameter_count; ++i)
        if (scenario.model.parameters[i].solved()) unknown = static_cast<ParameterId>(i);

    SweepCsv csv(options.summary ? SweepCsv::Shape::summary : SweepCsv::Shape::long_amounts, axes, unknown, members,
                 in_split(scenario, members));
    std::string text = csv.header();
    sweep_to_text(scenario, axes, [&](const SweepPoint& point, std::string& rows) { csv.describe(point, rows); }, text,
                  options.threads);
    if (options.output) write_file_atomically(*options.output, text);
    else std::cout << text << std::flush;
    if (csv.infeasible_points() > 0 && !options.summary)
        std::cerr << "spleis: " << csv.infeasible_points() << " grid points could not be solved and are left out; "
                  << "--summary says why for each\n";
    return 0;
}

}  // namespace spleis::cli
