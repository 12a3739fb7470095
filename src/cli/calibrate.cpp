#include <iostream>

#include "commands.hpp"
#include "spleis/calibrate.hpp"
#include "spleis/calibration_report.hpp"
#include "spleis/error.hpp"
#include "spleis/load.hpp"
#include "spleis/output_file.hpp"

namespace spleis::cli {

int calibrate(const CalibrateOptions& options) {
    if (options.format == Format::csv || options.format == Format::xlsx)
        throw Error(Location{}, "spleis calibrate writes --format table or json");
    const Scenario scenario = load_scenario(options.scenario);
    const Calibration calibration = spleis::calibrate(scenario);
    const std::string report = options.format == Format::json ? render_calibration_json(scenario, calibration)
                                                              : render_calibration_table(scenario, calibration);
    if (options.output) write_file_atomically(*options.output, report);
    else std::cout << report << std::flush;
    return 0;
}

}  // namespace spleis::cli
