// The API as a function, without the network: a slider's what-if re-solved on the members
// prepared at start answers exactly what allocate() answers, byte for byte.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "server/api.hpp"

using namespace spleis;
using namespace spleis::server;

TEST_CASE("A slider's answer on the prepared members is byte for byte allocate()'s: amounts, limits, totals, summary") {
    const std::string root = SPLEIS_SOURCE_DIR;
    std::vector<Served> prepared = load_served({root + "/scenarios/digi-vestland-2021.yaml", root + "/scenarios/norway-2025.yaml"});
    std::vector<Served> unprepared = prepared;
    for (Served& s : unprepared) s.what_ifs.reset(), s.spread.reset();  // every what-if through allocate()
    const Api fast(std::move(prepared)), slow(std::move(unprepared));
    const std::vector<std::string> what_ifs = {
        R"({"detail": "amounts"})",
        R"({"detail": "amounts", "parameters": {"cap": 400000}})",
        R"({"detail": "amounts", "parameters": {"cap": 260000, "base_amount": 90000}, "budget": 21000000})",
        R"({"detail": "amounts", "self_funded": {"4601": 8000000}, "rounding_unit_ore": 10000})",
        R"({"detail": "amounts", "solve": "base_amount", "parameters": {"per_inhabitant": 15}})",
        R"({"detail": "amounts", "parameters": {"cap": 100000}})",  // infeasible: the same 422 and message
        R"({"detail": "amounts", "leave": ["4602", "4649"]})",       // other members: allocate() either way
    };
    for (const std::string& body : what_ifs) {
        INFO(body);
        const Reply a = fast.handle("POST", "/api/scenarios/digi-vestland-2021/solve", body);
        const Reply b = slow.handle("POST", "/api/scenarios/digi-vestland-2021/solve", body);
        CHECK(a.status == b.status);
        CHECK(a.body == b.body);
    }
    for (const int cap : {400000, 500000, 800000, 2000000}) {
        const std::string body = R"({"detail": "amounts", "parameters": {"cap": )" + std::to_string(cap) + "}}";
        INFO(body);
        const Reply a = fast.handle("POST", "/api/scenarios/norway-2025/solve", body);
        CHECK(a.status == 200);
        CHECK(a.body == slow.handle("POST", "/api/scenarios/norway-2025/solve", body).body);
    }
    // Osterøy's 261 905 kr, as decided, in the reply the page reads.
    CHECK(fast.handle("POST", "/api/scenarios/digi-vestland-2021/solve", R"({"detail": "amounts"})").body.find(",26190500,") !=
          std::string::npos);
}
