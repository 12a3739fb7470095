// `spleis serve`: runs spleis-serve, the HTTP shell, built next to this program (installed in
// libexec/spleis/). It is a program of its own because cpp-httplib and its TLS libraries are
// shared libraries, which this program, linked statically for a fast start, does not load.
#include "commands.hpp"
#include "spleis/error.hpp"

#ifdef _WIN32

namespace spleis::cli {

// Debian builds cpp-httplib for Linux only (no mingw-w64 package), so spleis.exe has no server.
int serve(const std::vector<std::string>&) {
    throw UsageError("spleis serve is not part of the Windows program: the HTTP library it is built on (cpp-httplib) "
                     "is packaged by Debian for Linux only. Run spleis serve on a Linux machine and open its page "
                     "from any browser, or use spleis compare --format xlsx on Windows");
}

}  // namespace spleis::cli

#else

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

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

#endif
