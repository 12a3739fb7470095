// The XLSX report through the plugin spleis-xlsx.so (xlsx_entry.cpp), next to the program (once
// installed, in its private library folder): loaded on the first workbook, not at start, because
// libxlsxwriter brings libcrypto, whose relocations alone took longer than the rest of a `spleis run`.
#include <dlfcn.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "spleis/error.hpp"
#include "spleis/xlsx_report.hpp"

namespace spleis {

namespace {

using Render = int (*)(const Comparison*, int lang, char**, std::size_t*, char*, std::size_t);

std::filesystem::path plugin_path() {
    std::error_code ec;
    const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) throw Error(ErrorKind::output, {}, "cannot find the XLSX writer: the program's own path is unknown");
    const std::filesystem::path beside = program.parent_path() / "spleis-xlsx.so";  // the build tree
#ifdef SPLEIS_XLSX_PLUGIN_INSTALLED
    // Installed, it is a private library: <prefix>/lib/.../spleis/, relative to the program's folder.
    const std::filesystem::path installed = program.parent_path() / SPLEIS_XLSX_PLUGIN_INSTALLED / "spleis-xlsx.so";
    if (!std::filesystem::exists(beside, ec) && std::filesystem::exists(installed, ec)) return installed.lexically_normal();
#endif
    return beside;
}

Render load() {
    const std::string path = plugin_path().string();
    void* plugin = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);  // kept loaded until exit
    if (!plugin) throw Error(ErrorKind::output, {}, fmt::format("cannot load the XLSX writer: {}", ::dlerror()));
    void* entry = ::dlsym(plugin, "spleis_xlsx_render");
    if (!entry) throw Error(ErrorKind::output, {}, fmt::format("{} has no spleis_xlsx_render", path));
    return reinterpret_cast<Render>(entry);
}

}  // namespace

std::string render_xlsx(const Comparison& comparison, Language lang) {
    static const Render render = load();
    char* bytes = nullptr;
    std::size_t size = 0;
    char error[1024] = "";
    if (render(&comparison, static_cast<int>(lang), &bytes, &size, error, sizeof error) != 0) throw Error(ErrorKind::output, {}, error);
    const std::unique_ptr<char, decltype(&std::free)> owned(bytes, &std::free);
    return std::string(bytes, size);
}

std::string render_xlsx(const Allocation& allocation, Language lang) {
    return render_xlsx(compare({{allocation.model_name, allocation}}), lang);
}

}  // namespace spleis
