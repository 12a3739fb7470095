#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "spleis/error.hpp"
#include "spleis/load.hpp"

namespace spleis {

std::string read_text_file(const std::string& path, std::string_view what) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw Error(Location{path}, std::string(what) + " is a directory, not a file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(Location{path}, std::string("cannot open ") + std::string(what) + ": " + std::strerror(errno));
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) throw Error(Location{path}, std::string("cannot read ") + std::string(what));
    return std::move(text).str();
}

}  // namespace spleis
