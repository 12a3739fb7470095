#pragma once
// The HTTP shell: cpp-httplib on a loopback port by default, the page's files, the API's
// routes, the limits, and a graceful stop on SIGINT and SIGTERM.
#include <string>

#include "api.hpp"

namespace spleis::server {

struct Options {
    std::string host = "127.0.0.1";
    int port = 8080;                  // 0: any free port (said on start-up)
    std::size_t max_connections = 128;  // at once; one more is answered 503
};

// Serves until SIGINT or SIGTERM; returns the exit code.
int serve(const Api& api, const Options& options);

}  // namespace spleis::server
