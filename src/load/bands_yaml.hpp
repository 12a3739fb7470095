#pragma once
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "spleis/band.hpp"

namespace spleis {

// Reads a model's `bands:` (a source and a list of prices, each with `from:` inclusive and
// `below:` exclusive), lowest band first. Bands that overlap, leave a gap, or leave the
// smallest or largest populations without a price are errors at the band that shows it.
std::vector<Band> read_bands(const std::string& file, const YAML::Node& node, std::string& source);

}  // namespace spleis
