#include <iostream>

#include "commands.hpp"
#include "spleis/error.hpp"
#include "spleis/explain.hpp"
#include "spleis/load.hpp"
#include "spleis/output_file.hpp"
#include "spleis/solve.hpp"

namespace spleis::cli {

void require_file_for_xlsx(Format format, const std::optional<std::string>& output) {
    if (format == Format::xlsx && !output)
        throw Error(Location{}, "--format xlsx writes a workbook; give it a file with --output, e.g. --output report.xlsx");
}

int run(const RunOptions& options) {
    require_file_for_xlsx(options.format, options.output);
    const Scenario scenario = load_scenario(options.scenario);
    const Allocation allocation = allocate(scenario);
    const std::string report = options.trace ? explain_all_json(allocation) : render(allocation, options.format, options.lang);
    if (options.output) write_file_atomically(*options.output, report);
    else std::cout << report << std::flush;
    return 0;
}

int validate(const std::string& path) {
    const Scenario scenario = load_scenario(path);
    check(scenario);
    std::cout << path << ": ok (" << scenario.members.size() << " members, rule " << info(scenario.model.rule).key
              << ")\n";
    return 0;
}

int explain(const std::string& path, const std::string& member, Language lang) {
    const Allocation allocation = allocate(load_scenario(path));
    const std::optional<std::size_t> index = find_member(allocation, member);
    if (!index)
        throw Error(Location{path}, "no member \"" + member + "\" in this scenario; give a municipality code like " +
                                        allocation.members.front().municipality.code + " or a name like " +
                                        allocation.members.front().municipality.name);
    std::cout << explain_text(allocation, *index, lang);
    return 0;
}

}  // namespace spleis::cli
