#pragma once
// File names are UTF-8, like all text in spleis. On Windows a std::filesystem::path made from
// a std::string reads it in the ANSI code page, so a scenario under C:\Users\Bjørn\ would not be
// found; made from char8_t it is UTF-8 everywhere (and unchanged on Linux).
#include <filesystem>
#include <string>
#include <string_view>

namespace spleis {

inline std::filesystem::path path_from_utf8(std::string_view name) {
    return std::filesystem::path(std::u8string(name.begin(), name.end()));
}

// With forward slashes on Windows too, so messages and reports read the same everywhere (and
// Windows takes either).
inline std::string utf8_from_path(const std::filesystem::path& path) {
    const std::u8string name = path.generic_u8string();
    return std::string(name.begin(), name.end());
}

}  // namespace spleis
