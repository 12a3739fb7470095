// http::post through the plugin spleis-fetch.so (curl_post.cpp), next to the program (or, once
// installed, in its private library folder): loaded on the first download, not at start,
// because libcurl brings some thirty libraries (TLS, HTTP/2, IDN, Kerberos, LDAP) whose loading
// alone took longer than a whole `spleis run`.
#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "http_post.hpp"
#include "spleis/error.hpp"

namespace spleis::http {

namespace {

using Post = int (*)(const char*, const char*, std::size_t, const char*, long, long, const char*, long*, char**,
                     std::size_t*, char*, std::size_t);

std::filesystem::path plugin_path() {
    std::error_code ec;
    const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) throw Error(Location{}, "cannot find the downloader spleis-fetch.so: the program's own path is unknown");
    const std::filesystem::path beside = program.parent_path() / "spleis-fetch.so";  // the build tree
#ifdef SPLEIS_FETCH_PLUGIN_INSTALLED
    const std::filesystem::path installed = program.parent_path() / SPLEIS_FETCH_PLUGIN_INSTALLED / "spleis-fetch.so";
    if (!std::filesystem::exists(beside, ec) && std::filesystem::exists(installed, ec)) return installed.lexically_normal();
#endif
    return beside;
}

Post load() {
    const std::string path = plugin_path().string();
    void* plugin = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);  // kept loaded until exit
    if (!plugin) throw Error(Location{}, fmt::format("cannot load the downloader: {}", ::dlerror()));
    void* entry = ::dlsym(plugin, "spleis_http_post");
    if (!entry) throw Error(Location{}, fmt::format("{} has no spleis_http_post", path));
    return reinterpret_cast<Post>(entry);
}

std::string seconds(std::chrono::milliseconds ms) {
    return ms.count() % 1000 == 0 ? fmt::format("{} s", ms.count() / 1000) : fmt::format("{:.1f} s", static_cast<double>(ms.count()) / 1000.0);
}

}  // namespace

Reply post(const Request& request) {
    static const Post post_with_curl = load();
    Reply reply;
    char* bytes = nullptr;
    std::size_t size = 0;
    char error[1024] = "";
    const int result = post_with_curl(request.url.c_str(), request.body.data(), request.body.size(), request.content_type.c_str(),
                                      static_cast<long>(request.timeout.count()), static_cast<long>(request.connect_timeout.count()),
                                      "spleis/" SPLEIS_VERSION_STRING, &reply.status, &bytes, &size, error, sizeof error);
    const std::unique_ptr<char, decltype(&std::free)> owned(bytes, &std::free);
    const Location at{request.url};
    switch (result) {
        case 0: reply.body.assign(bytes, size); return reply;
        case 1:
            throw Error(at, fmt::format("no answer within {}{}; nothing was written. Try again later, or allow longer with "
                                        "--timeout ({})",
                                        seconds(request.timeout), size ? fmt::format(" ({} bytes had come)", size) : "", error));
        case 2:
            throw Error(at, fmt::format("the answer was cut off after {} bytes ({}); nothing was written, try again", size, error));
        case 3:
            throw Error(at, fmt::format("cannot reach the server ({}); nothing was written. Is this machine online? (`spleis "
                                        "population fetch` is the one command that uses the internet)",
                                        error));
        default: throw Error(at, fmt::format("the download failed: {}; nothing was written", error));
    }
}

}  // namespace spleis::http
