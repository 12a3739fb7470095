// spleis-serve: `spleis serve SCENARIO... [--host H] [--port P]` (the spleis program runs
// this one, next to it). Loads and solves the scenarios once, then serves the page and the API.
#include <cstdio>

#include <CLI/CLI.hpp>

#include "api.hpp"
#include "server.hpp"
#include "spleis/error.hpp"

int main(int argc, char** argv) {
    CLI::App app{"spleis serve: a what-if page and an HTTP JSON API for the scenarios given"};
    app.name("spleis serve");
    std::vector<std::string> files;
    spleis::server::Options options;
    app.add_option("SCENARIO", files, "Scenario files (YAML), read once at start; their options are served too")->required();
    app.add_option("--host", options.host, "Address to listen on (default 127.0.0.1: this machine only)");
    app.add_option("--port", options.port, "Port (default 8080; 0: any free port, said on start-up)")->check(CLI::Range(0, 65535));
    app.add_option("--max-connections", options.max_connections, "Connections served at once (default 128); more are answered 503")
        ->check(CLI::Range(1, 4096));
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }
    try {
        const spleis::server::Api api(spleis::server::load_served(files));
        return spleis::server::serve(api, options);
    } catch (const spleis::Error& e) {
        std::fprintf(stderr, "spleis: %s\n", e.what());
        return e.kind() == spleis::ErrorKind::infeasible ? 3 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "spleis: internal error: %s\n", e.what());
        return 70;
    }
}
