#pragma once
// One HTTP POST, for `spleis population fetch`: the only place spleis reaches the network.
// On Linux it is libcurl, in the plugin spleis-fetch.so (curl_post.cpp), loaded only when a
// download is asked for (fetch_plugin.cpp): libcurl and the TLS libraries it brings would
// otherwise be loaded at every start. The Windows program has no libcurl (Debian has no MinGW
// build of it) and says so (tools/windows/fetch_unavailable.cpp).
#include <chrono>
#include <string>

namespace spleis::http {

struct Request {
    std::string url;
    std::string body;
    std::string content_type = "application/json";
    std::chrono::milliseconds timeout{60'000};          // the whole exchange
    std::chrono::milliseconds connect_timeout{15'000};  // reaching the server
};

struct Reply {
    long status = 0;  // 200, 404, ...
    std::string body;
};

// The server's answer, whatever its status. Throws spleis::Error (kind input), naming the
// URL, when no whole answer came: the server could not be reached, did not answer in time,
// or the answer was cut off.
Reply post(const Request& request);

}  // namespace spleis::http
