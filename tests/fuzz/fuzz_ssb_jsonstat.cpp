// Statistics Norway's API answer (JSON-stat 2) as the fuzz input (src/load/ssb_07459_json.cpp),
// as `spleis population fetch --year 2024` reads it: whatever the server sends.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"
#include "spleis/load.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using spleis::fuzz::finding;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    spleis::fuzz::expect_only_input_errors([&] {
        const spleis::SsbAnswer answer = spleis::parse_ssb_07459_jsonstat(text, "https://ssb.example/07459", 2024);
        for (const spleis::Municipality& m : answer.table.rows) {
            if (m.code.size() != 4 || m.population <= 0 || m.population > spleis::max_population) finding("accepted a bad row", m.code);
            if (!spleis::fuzz::valid_utf8(m.name)) finding("name is not UTF-8", m.name);
        }
        if (answer.table.year != 2024) finding("another year", answer.updated);
    });
    return 0;
}
