// Output files appear whole or not at all: write a temporary file in the same folder, flush
// it, then rename it over the target (atomic on POSIX within one file system; on Windows
// MoveFileExW replaces the file in one step, or fails and leaves it, as when Excel has the
// workbook open and locked).
#include "spleis/output_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>

#ifdef _WIN32
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#include <fmt/format.h>

#include "path.hpp"  // src/model/, the layer below
#include "spleis/error.hpp"

namespace spleis {

namespace {

#ifdef _WIN32
// Writes `contents` to `temporary` (a new file) and moves it over `target`; returns "" or why not.
std::string write_and_replace(const std::filesystem::path& temporary, const std::filesystem::path& target,
                              std::string_view contents) {
    const HANDLE file = ::CreateFileW(temporary.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return fmt::format("cannot create a file in the folder {} (Windows error {})", utf8_from_path(temporary.parent_path()),
                           ::GetLastError());
    const auto abandon = [&](const std::string& why) {
        ::CloseHandle(file);
        ::DeleteFileW(temporary.c_str());
        return why;
    };
    for (std::size_t written = 0; written < contents.size();) {
        const DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(contents.size() - written, 1u << 30));
        DWORD n = 0;
        if (!::WriteFile(file, contents.data() + written, chunk, &n, nullptr) || n == 0)
            return abandon(fmt::format("the write failed (Windows error {})", ::GetLastError()));
        written += n;
    }
    if (!::FlushFileBuffers(file)) return abandon(fmt::format("the write failed (Windows error {})", ::GetLastError()));
    ::CloseHandle(file);
    if (!::MoveFileExW(temporary.c_str(), target.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        const DWORD error = ::GetLastError();
        ::DeleteFileW(temporary.c_str());
        if (error == ERROR_SHARING_VIOLATION || error == ERROR_LOCK_VIOLATION || error == ERROR_ACCESS_DENIED)
            return "the file is open in another program (a workbook open in Excel?) or read-only; close it and try again";
        return fmt::format("cannot replace the file (Windows error {})", error);
    }
    return "";
}
#else
std::string write_and_replace(const std::filesystem::path& temporary_pattern, const std::filesystem::path& target,
                              std::string_view contents) {
    std::string temporary = temporary_pattern.string() + ".XXXXXX";
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0)
        return fmt::format("cannot create a file in the folder {}: {}", temporary_pattern.parent_path().string(), std::strerror(errno));
    const auto abandon = [&](const std::string& why) {
        ::close(fd);
        ::unlink(temporary.c_str());
        return why;
    };
    for (std::size_t written = 0; written < contents.size();) {
        const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return abandon(std::strerror(errno));
        written += static_cast<std::size_t>(n);
    }
    ::fchmod(fd, 0644);
    if (::fsync(fd) != 0) return abandon(std::strerror(errno));
    if (::close(fd) != 0) {
        ::unlink(temporary.c_str());
        return std::strerror(errno);
    }
    if (std::rename(temporary.c_str(), target.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(temporary.c_str());
        return why;
    }
    return "";
}
#endif

}  // namespace

void write_file_atomically(const std::string& path, std::string_view contents) {
    namespace fs = std::filesystem;
    const fs::path target = path_from_utf8(path);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    // Whoever had a report there wants to know that it survived the failure.
    const bool replacing = fs::is_regular_file(target, ec);
    const auto fail = [&](const std::string& why) {
        throw Error(ErrorKind::output, Location{path},
                    "cannot write the output: " + why + (replacing ? "; the existing file is left as it was" : ""));
    };
    if (fs::exists(folder, ec) && !fs::is_directory(folder, ec)) fail(utf8_from_path(folder) + " is a file, not a folder");
    if (!fs::is_directory(folder, ec)) fail("the folder " + utf8_from_path(folder) + " does not exist");
    if (fs::is_directory(target, ec)) fail("it is a directory");

#ifdef _WIN32
    const fs::path temporary =
        folder / (L"." + target.filename().wstring() + L"." + std::to_wstring(::GetCurrentProcessId()) + L".tmp");
#else
    const fs::path temporary = folder / ("." + target.filename().string());
#endif
    const std::string why = write_and_replace(temporary, target, contents);
    if (!why.empty()) fail(why);
}

}  // namespace spleis
