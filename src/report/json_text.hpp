#pragma once
// Small helpers shared by the JSON writers.
#include <string>
#include <string_view>

#include "spleis/money.hpp"

namespace spleis::json {

std::string quoted(std::string_view text);
std::string number(double value);  // shortest text that reads back as the same double
std::string kroner(Ore amount);     // "261905.00": exact, from the integer

}  // namespace spleis::json
