// Where the shipped population tables are: one answer for every command that looks for them.
#include <cstdlib>
#include <filesystem>
#include <string>

#include "commands.hpp"

namespace spleis::cli {

namespace fs = std::filesystem;

// An installed spleis (cmake --install, the Debian package) finds them in its share folder,
// found from where the program is, so any install prefix works; a program run from the build
// tree finds none there and uses the folder it was built for (SPLEIS_DATA_DIR: the source
// tree's, or scenarios/data of the folder spleis.exe runs in, the zip's layout).
std::string shipped_data_dir(const std::string& given) {
    if (!given.empty()) return given;
    if (const char* env = std::getenv("SPLEIS_DATA_DIR"); env && *env) return env;
#if defined(SPLEIS_INSTALLED_DATA_DIR) && defined(__linux__)
    std::error_code ec;
    const fs::path program = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path installed = (program.parent_path() / SPLEIS_INSTALLED_DATA_DIR).lexically_normal();
        if (fs::is_directory(installed, ec)) return installed.string();
    }
#endif
    return SPLEIS_DATA_DIR;
}

}  // namespace spleis::cli
