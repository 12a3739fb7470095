#pragma once
// The page at / and the files it loads, built into the program (page/ and Debian's Chart.js):
// nothing is read from disk when serving, and nothing is fetched from the internet.
#include <span>
#include <string_view>

namespace spleis::server {

struct Asset {
    std::string_view path;          // "/", "/app.js"
    std::string_view content_type;
    std::string_view bytes;
};

std::span<const Asset> page_assets();

}  // namespace spleis::server
