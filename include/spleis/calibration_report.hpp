#pragma once
// Reports of a calibration: the parameters found, every fact with its residual, the members
// bound by a limit, and the parameters ready to paste into a scenario.
#include <string>

#include "spleis/calibrate.hpp"

namespace spleis {

std::string render_calibration_table(const Scenario& scenario, const Calibration& calibration);
std::string render_calibration_json(const Scenario& scenario, const Calibration& calibration);

}  // namespace spleis
