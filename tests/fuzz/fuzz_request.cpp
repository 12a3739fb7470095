// The HTTP API's request decoding as the fuzz input, as spleis serve hands a body to it:
// the first byte picks the endpoint, the rest is the body. Every reply must be JSON with a
// status below 500 (a 500 is the server's own failure, which no request may cause), or a
// download; a solved what-if must balance to the øre.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "fuzz_support.hpp"
#include "server/api.hpp"

namespace {

const spleis::server::Api* api = nullptr;

constexpr std::string_view endpoints[] = {"solve", "compare", "explain", "sweep", "report", ""};

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    api = new spleis::server::Api(spleis::server::load_served({SPLEIS_SOURCE_DIR "/scenarios/digi-vestland-2021-options.yaml"}));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view endpoint = endpoints[data[0] % std::size(endpoints)];
    const std::string path = endpoint.empty() ? "/api/scenarios/digi-vestland-2021-options"
                                              : "/api/scenarios/digi-vestland-2021-options/" + std::string(endpoint);
    const std::string_view body(reinterpret_cast<const char*>(data + 1), size - 1);
    const spleis::server::Reply reply = api->handle(endpoint.empty() ? "GET" : "POST", path, body);
    if (reply.status >= 500) spleis::fuzz::finding("HTTP 5xx", reply.body);
    if (!reply.filename.empty() && reply.status == 200) return 0;  // a download: CSV, XLSX, JSON or YAML
    const nlohmann::json answer = nlohmann::json::parse(reply.body, nullptr, false);
    if (answer.is_discarded()) spleis::fuzz::finding("reply is not JSON", reply.body);
    if (reply.status != 200) {
        const auto& error = answer.at("error");
        if (!spleis::fuzz::valid_utf8(error.at("message").get<std::string>())) spleis::fuzz::finding("message is not UTF-8", reply.body);
        return 0;
    }
    if (endpoint == "solve" && answer.contains("balanced") && !answer["balanced"].get<bool>())
        spleis::fuzz::finding("a solved what-if does not balance", reply.body);
    return 0;
}
