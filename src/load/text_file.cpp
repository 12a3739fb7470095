#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "path.hpp"
#include "spleis/error.hpp"
#include "spleis/load.hpp"

namespace spleis {

namespace {
// Real inputs are kilobytes (all of Norway's population is 10 kB). The limit stops a path
// like /dev/zero or a mistaken multi-gigabyte file from eating all memory; pipes
// (`spleis run <(…)`) still work because the limit, not the file type, is checked.
constexpr std::size_t max_input_bytes = std::size_t{16} << 20;
}  // namespace

std::string read_text_file(const std::string& path, std::string_view what) {
    std::error_code ec;
    if (std::filesystem::is_directory(path_from_utf8(path), ec))
        throw Error(Location{path}, std::string(what) + " is a directory, not a file");
    std::ifstream in(path_from_utf8(path), std::ios::binary);
    if (!in) throw Error(Location{path}, std::string("cannot open ") + std::string(what) + ": " + std::strerror(errno));
    std::string text;
    char buffer[1 << 14];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > max_input_bytes)
            throw Error(Location{path}, fmt::format("{} is larger than {} MB; is it the right file?", what, max_input_bytes >> 20));
    }
    if (in.bad()) throw Error(Location{path}, std::string("cannot read ") + std::string(what));
    return text;
}

}  // namespace spleis
