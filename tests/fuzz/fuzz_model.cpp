// A model file as the fuzz input.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"
#include "spleis/load.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    spleis::fuzz::expect_only_input_errors([&] { spleis::parse_model(text, "model.yaml"); });
    return 0;
}
