// The API as a function, for the differential test (tests/differential_test.py): serves the
// scenario files given, reads `ID<TAB>BODY` lines on stdin, and answers each solve request
// on a line of its own: {"status": 200, "body": {…}}, with no network in between.
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "server/api.hpp"

int main(int argc, char** argv) {
    const spleis::server::Api api(spleis::server::load_served(std::vector<std::string>(argv + 1, argv + argc)));
    for (std::string line; std::getline(std::cin, line);) {
        const std::size_t tab = line.find('\t');
        const spleis::server::Reply r = api.handle("POST", "/api/scenarios/" + line.substr(0, tab) + "/solve", line.substr(tab + 1));
        std::cout << nlohmann::json{{"status", r.status}, {"body", nlohmann::json::parse(r.body)}}.dump() << "\n" << std::flush;
    }
}
