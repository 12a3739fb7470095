// `spleis serve`: runs spleis-serve, the HTTP shell, built next to this program (installed in
// libexec/spleis/). It is a program of its own because cpp-httplib and its TLS libraries are
// shared libraries, which this program, linked statically for a fast start, does not load.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "commands.hpp"
#include "spleis/error.hpp"

namespace spleis::cli {

int serve(const std::vector<std::string>& arguments) {
    std::error_code ec;
    const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", ec);
    std::filesystem::path path = program.parent_path() / "spleis-serve";  // the build tree
#ifdef SPLEIS_SERVE_INSTALLED
    // Installed, it is the program's helper in <prefix>/libexec/spleis/, relative to this one's folder.
    const std::filesystem::path installed = program.parent_path() / SPLEIS_SERVE_INSTALLED / "spleis-serve";
    if (!std::filesystem::exists(path, ec) && std::filesystem::exists(installed, ec)) path = installed.lexically_normal();
#endif
    const std::string server = path.string();
    std::vector<char*> argv{const_cast<char*>(server.c_str())};
    for (const std::string& a : arguments) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(server.c_str(), argv.data());
    throw Error(ErrorKind::input, Location{},
                "spleis serve needs " + server + ": " + std::strerror(errno) + " (built when libcpp-httplib-dev is installed)");
}

}  // namespace spleis::cli
