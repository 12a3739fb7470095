#pragma once
// Small helpers shared by the JSON writers.
#include <cstdint>
#include <string>
#include <string_view>

#include "spleis/money.hpp"

namespace spleis::json {

std::string quoted(std::string_view text);
std::string number(double value);  // shortest text that reads back as the same double
std::string kroner(Ore amount);     // "261905.00": exact, from the integer

// The same, appended to `out`: a writer that appends them by the thousand makes no string
// for each.
void append_quoted(std::string& out, std::string_view text);
void append_number(std::string& out, double value);
void append_kroner(std::string& out, Ore amount);
void append_integer(std::string& out, std::int64_t value);

}  // namespace spleis::json
