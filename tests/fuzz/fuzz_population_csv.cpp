// A population table as the fuzz input.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"
#include "spleis/load.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    spleis::fuzz::expect_only_input_errors([&] {
        const spleis::PopulationTable table = spleis::parse_population_csv(text, "population.csv");
        for (const spleis::Municipality& m : table.rows)
            if (m.code.size() != 4 || m.population < 0) spleis::fuzz::finding("accepted a bad row", m.code);
    });
    return 0;
}
