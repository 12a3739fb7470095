#pragma once
// The HTTP API as a function: a method, a path and a body in, a status and bytes out. The
// scenarios are loaded and solved once, at start; a request only applies its what-if and
// solves again. Every error a request can cause becomes a JSON reply here (400, 404, 413,
// 422); nothing is thrown to the HTTP layer, which stays a thin shell (server.cpp).
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "spleis/allocation.hpp"
#include "spleis/comparison.hpp"
#include "spleis/scenario.hpp"

namespace spleis::server {

struct Served {
    std::string id;          // the file's name without .yaml: "digi-vestland-2021"
    Scenario scenario;
    Allocation baseline;     // as decided: what every what-if is compared with
};

// Loads, checks and solves each scenario file (throws spleis::Error as `spleis run` would).
std::vector<Served> load_served(const std::vector<std::string>& paths);

struct Reply {
    int status = 200;
    std::string body;
    std::string content_type = "application/json";
    std::string filename;    // set for a download (Content-Disposition)
};

// {"error": {"status": 422, "class": "infeasible", "message": "…", "field": "parameters.cap"}}
Reply error_reply(int status, std::string_view error_class, std::string_view message, std::string_view field = {});

class Api {
public:
    explicit Api(std::vector<Served> served) : served_(std::move(served)) {}
    const std::vector<Served>& served() const { return served_; }
    // Safe to call from many threads at once.
    Reply handle(std::string_view method, std::string_view path, std::string_view body) const;

private:
    std::vector<Served> served_;
};

}  // namespace spleis::server
