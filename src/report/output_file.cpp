// Output files appear whole or not at all: write a temporary file in the same folder, flush
// it, then rename it over the target (atomic on POSIX within one file system).
#include "spleis/output_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "spleis/error.hpp"

namespace spleis {

void write_file_atomically(const std::string& path, std::string_view contents) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    // Whoever had a report there wants to know that it survived the failure.
    const bool replacing = fs::is_regular_file(target, ec);
    const auto fail = [&](const std::string& why) {
        throw Error(ErrorKind::output, Location{path},
                    "cannot write the output: " + why + (replacing ? "; the existing file is left as it was" : ""));
    };
    if (fs::exists(folder, ec) && !fs::is_directory(folder, ec)) fail(folder.string() + " is a file, not a folder");
    if (!fs::is_directory(folder, ec)) fail("the folder " + folder.string() + " does not exist");
    if (fs::is_directory(target, ec)) fail("it is a directory");

    std::string temporary = (folder / fmt::format(".{}.XXXXXX", target.filename().string())).string();
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) fail(fmt::format("cannot create a file in the folder {}: {}", folder.string(), std::strerror(errno)));
    const auto abandon = [&](const std::string& why) {
        ::close(fd);
        ::unlink(temporary.c_str());
        fail(why);
    };
    for (std::size_t written = 0; written < contents.size();) {
        const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) abandon(std::strerror(errno));
        written += static_cast<std::size_t>(n);
    }
    ::fchmod(fd, 0644);
    if (::fsync(fd) != 0) abandon(std::strerror(errno));
    if (::close(fd) != 0) {
        ::unlink(temporary.c_str());
        fail(std::strerror(errno));
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(temporary.c_str());
        fail(why);
    }
}

}  // namespace spleis
