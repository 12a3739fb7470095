#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "load_phrases.hpp"
#include "path.hpp"
#include "spleis/error.hpp"
#include "spleis/load.hpp"

namespace spleis {

namespace {
// Real inputs are kilobytes (all of Norway's population is 10 kB). The limit stops a path
// like /dev/zero or a mistaken multi-gigabyte file from eating all memory; pipes
// (`spleis run <(…)`) still work because the limit, not the file type, is checked.
constexpr std::size_t max_input_bytes = std::size_t{16} << 20;

// The kind of file as the loaders name it ("model file"), in each language.
Text file_named(std::string_view what) {
    for (const Phrase* kind : {&phrase::scenario_file, &phrase::model_file, &phrase::population_file})
        if (what == kind->en) return say(*kind);
    return as_is(std::string(what));
}
}  // namespace

std::string read_text_file(const std::string& path, std::string_view what) {
    std::error_code ec;
    if (std::filesystem::is_directory(path_from_utf8(path), ec))
        throw Error(Location{path}, ending_in(phrase::is_a_directory, file_named(what)));
    std::ifstream in(path_from_utf8(path), std::ios::binary);
    // The system's reason (strerror) stays as the C library words it.
    if (!in) throw Error(Location{path}, say(phrase::cannot_open, file_named(what), std::strerror(errno)));
    std::string text;
    char buffer[1 << 14];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > max_input_bytes)
            throw Error(Location{path}, say(phrase::file_too_large, file_named(what), max_input_bytes >> 20));
    }
    if (in.bad()) throw Error(Location{path}, ending_in(phrase::cannot_read, file_named(what)));
    return text;
}

}  // namespace spleis
