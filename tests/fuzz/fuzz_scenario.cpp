// A scenario as the fuzz input, then everything a `spleis run` does with it: check,
// allocate, and every report. Relative paths resolve in a folder made at start-up that
// holds what the seeds name: model.yaml and population.csv (the bad-input corpus), and
// ../models/ and data/ (the shipped scenarios), so the fuzzer gets past loading.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <unistd.h>

#include "fuzz_support.hpp"
#include "spleis/explain.hpp"
#include "spleis/load.hpp"
#include "spleis/report.hpp"
#include "spleis/solve.hpp"

namespace {
namespace fs = std::filesystem;

fs::path root;

void remove_root() {
    std::error_code ec;
    fs::remove_all(root, ec);
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    std::string pattern = (fs::temp_directory_path() / "spleis-fuzz-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) std::abort();
    root = pattern;
    const fs::path source(SPLEIS_SOURCE_DIR);
    fs::create_directories(root / "scenarios");
    fs::create_directory_symlink(source / "models", root / "models");
    fs::create_directory_symlink(source / "scenarios" / "data", root / "scenarios" / "data");
    fs::copy_file(source / "models" / "digi-vestland.yaml", root / "scenarios" / "model.yaml");
    fs::copy_file(source / "scenarios" / "data" / "population_vestland_2020.csv", root / "scenarios" / "population.csv");
    std::atexit(remove_root);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::string base = (root / "scenarios").string();
    spleis::fuzz::expect_only_input_errors([&] {
        const spleis::Scenario scenario = spleis::parse_scenario(text, "scenario.yaml", base, spleis::read_any_file());
        const spleis::Allocation allocation = spleis::allocate(scenario);
        spleis::fuzz::check_allocation(allocation);
        for (spleis::Format format : {spleis::Format::table, spleis::Format::csv, spleis::Format::json}) {
            const std::string report = spleis::render(allocation, format);
            if (!spleis::fuzz::valid_utf8(report)) spleis::fuzz::finding("report is not UTF-8", report);
        }
        const std::string trace = spleis::explain_all_json(allocation);
        if (!spleis::fuzz::valid_utf8(trace)) spleis::fuzz::finding("trace is not UTF-8", trace);
    });
    return 0;
}
