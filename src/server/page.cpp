#include "page.hpp"

// Each file's bytes, included by the assembler (the paths come from CMake, which rebuilds
// this file when one of them changes).
#define SPLEIS_ASSET(name, file)                                                  \
    __asm__(".section .rodata\n.balign 16\n.global spleis_asset_" #name "\n"      \
            "spleis_asset_" #name ":\n.incbin \"" file "\"\n"                     \
            ".global spleis_asset_" #name "_end\nspleis_asset_" #name "_end:\n.previous\n"); \
    extern "C" const char spleis_asset_##name[];                                  \
    extern "C" const char spleis_asset_##name##_end[];

SPLEIS_ASSET(index_html, SPLEIS_PAGE_DIR "/index.html")
SPLEIS_ASSET(app_js, SPLEIS_PAGE_DIR "/app.js")
SPLEIS_ASSET(style_css, SPLEIS_PAGE_DIR "/style.css")
SPLEIS_ASSET(chart_js, SPLEIS_CHART_JS)

namespace spleis::server {

namespace {
std::string_view bytes(const char* begin, const char* end) { return {begin, static_cast<std::size_t>(end - begin)}; }
}  // namespace

std::span<const Asset> page_assets() {
    static const Asset assets[] = {
        {"/", "text/html; charset=utf-8", bytes(spleis_asset_index_html, spleis_asset_index_html_end)},
        {"/app.js", "text/javascript; charset=utf-8", bytes(spleis_asset_app_js, spleis_asset_app_js_end)},
        {"/style.css", "text/css; charset=utf-8", bytes(spleis_asset_style_css, spleis_asset_style_css_end)},
        {"/chart.js", "text/javascript; charset=utf-8", bytes(spleis_asset_chart_js, spleis_asset_chart_js_end)},
    };
    return assets;
}

}  // namespace spleis::server
