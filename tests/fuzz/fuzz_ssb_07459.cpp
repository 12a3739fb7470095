// A Statistics Norway export of table 07459 as the fuzz input (src/load/ssb_07459.cpp): any
// encoding, delimiter, title, layout; read as the only year and as 2024, as a scenario would.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "fuzz_support.hpp"
#include "spleis/load.hpp"

namespace {

void check(const spleis::PopulationTable& table) {
    using spleis::fuzz::finding;
    if (!spleis::fuzz::valid_utf8(table.layout)) finding("layout is not UTF-8", table.layout);
    for (const spleis::Municipality& m : table.rows) {
        if (m.code.size() != 4 || m.population <= 0 || m.population > spleis::max_population) finding("accepted a bad row", m.code);
        if (!spleis::fuzz::valid_utf8(m.name)) finding("name is not UTF-8", m.name);
    }
    for (const spleis::LeftOutRow& row : table.left_out)
        if (!spleis::fuzz::valid_utf8(row.label)) finding("left-out label is not UTF-8", row.label);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    for (const std::optional<int> year : {std::optional<int>(), std::optional<int>(2024)})
        spleis::fuzz::expect_only_input_errors([&] { check(spleis::parse_ssb_07459(bytes, "07459.csv", year)); });
    return 0;
}
