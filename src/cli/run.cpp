#include <iostream>

#include "commands.hpp"
#include "spleis/load.hpp"
#include "spleis/output_file.hpp"
#include "spleis/solve.hpp"

namespace spleis::cli {

int run(const RunOptions& options) {
    const Scenario scenario = load_scenario(options.scenario);
    const Allocation allocation = allocate(scenario);
    const std::string report = render(allocation, options.format);
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

}  // namespace spleis::cli
