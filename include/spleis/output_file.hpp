#pragma once
#include <string>
#include <string_view>

namespace spleis {

// Writes to a temporary file beside `path` and renames it into place, so a failure never
// leaves a half-written file and an existing file is only replaced by a complete one.
// Throws spleis::Error (kind output) with the path and the reason.
void write_file_atomically(const std::string& path, std::string_view contents);

}  // namespace spleis
