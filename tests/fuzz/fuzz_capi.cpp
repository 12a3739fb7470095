// The C API's YAML-string entry point as the fuzz input, the way a program or a spreadsheet
// calls it: spleis_scenario_load_yaml(), then spleis_solve() and the result's accessors,
// spleis_compare() and a sweep of the budget; and the same text as a model for
// spleis_allocate_model(). No input may crash it or give
// SPLEIS_E_INTERNAL, and every message must be UTF-8. Paths resolve as in fuzz_scenario.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <unistd.h>

#include <spleis/spleis.h>

#include "fuzz_support.hpp"

namespace {
namespace fs = std::filesystem;

fs::path root;

void remove_root() {
    std::error_code ec;
    fs::remove_all(root, ec);
}

void expect_no_bug(int status, std::string_view message) {
    if (status == SPLEIS_E_INTERNAL) spleis::fuzz::finding("SPLEIS_E_INTERNAL", message);
    if (!spleis::fuzz::valid_utf8(message)) spleis::fuzz::finding("message is not UTF-8", message);
}

// The options side by side and a sweep of the budget: no internal error, and the members'
// amounts add up to the members' total under every option and at every feasible point.
void compare_and_sweep(spleis_scenario* scenario, spleis_context* context) {
    spleis_comparison* comparison = nullptr;
    int status = spleis_compare(scenario, &comparison);
    expect_no_bug(status, spleis_context_error(context));
    if (status == SPLEIS_OK) {
        int options = 0, members = 0;
        spleis_comparison_option_count(comparison, &options);
        spleis_comparison_member_count(comparison, &members);
        for (int k = 0; k < options; ++k) {
            std::int64_t total = 0, sum = 0;
            spleis_comparison_members_total_ore(comparison, k, &total);
            for (int i = 0; i < members; ++i) {
                int is_member = 0;
                std::int64_t amount = 0;
                spleis_comparison_member_amount_ore(comparison, k, i, &is_member, &amount);
                sum += amount;
            }
            if (sum != total) spleis::fuzz::finding("a compared option does not add up", std::to_string(sum - total));
        }
    }
    spleis_comparison_free(comparison);

    spleis_sweep* sweep = nullptr;
    status = spleis_scenario_sweep(scenario, "budget", 0, 20'000'000, 5'000'000, &sweep);
    expect_no_bug(status, spleis_context_error(context));
    if (status == SPLEIS_OK) {
        int points = 0, members = 0;
        spleis_sweep_point_count(sweep, &points);
        spleis_sweep_member_count(sweep, &members);
        for (int p = 0; p < points; ++p) {
            int feasible = 0;
            std::int64_t total = 0, sum = 0;
            spleis_sweep_point(sweep, p, nullptr, &feasible, nullptr, &total);
            if (!feasible) continue;
            for (int i = 0; i < members; ++i) {
                std::int64_t amount = 0;
                spleis_sweep_member_amount_ore(sweep, p, i, &amount);
                sum += amount;
            }
            if (sum != total) spleis::fuzz::finding("a sweep point does not add up", std::to_string(sum - total));
        }
    }
    spleis_sweep_free(sweep);
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
    const std::string text(reinterpret_cast<const char*>(data), size);  // a C string: ends at the first NUL
    const std::string base = (root / "scenarios").string();

    spleis_context* context = nullptr;
    spleis_scenario* scenario = nullptr;
    if (spleis_context_new(&context) != SPLEIS_OK || spleis_scenario_new(context, &scenario) != SPLEIS_OK) std::abort();
    int status = spleis_scenario_load_yaml(scenario, text.c_str(), base.c_str());
    expect_no_bug(status, spleis_context_error(context));
    const bool loaded = status == SPLEIS_OK;
    spleis_result* result = nullptr;
    if (status == SPLEIS_OK) {
        status = spleis_solve(scenario, &result);
        expect_no_bug(status, spleis_context_error(context));
    }
    if (status == SPLEIS_OK) {
        int count = 0;
        if (spleis_result_member_count(result, &count) != SPLEIS_OK) spleis::fuzz::finding("no member count", "");
        std::int64_t sum = 0;
        for (int i = 0; i < count; ++i) {
            std::int64_t amount = 0;
            if (spleis_result_member_amount_ore(result, i, &amount) != SPLEIS_OK || amount < 0)
                spleis::fuzz::finding("bad member amount", std::to_string(amount));
            sum += amount;
            char explanation[256];
            const int explained = spleis_result_explain_json(result, i, explanation, sizeof explanation, nullptr);
            if (explained != SPLEIS_OK && explained != SPLEIS_E_BUFFER_TOO_SMALL) spleis::fuzz::finding("explain failed", "");
            if (!spleis::fuzz::valid_utf8(explanation)) spleis::fuzz::finding("explanation cut inside a character", explanation);
        }
        std::int64_t total = 0;
        if (spleis_result_total_ore(result, &total) != SPLEIS_OK || total < sum) spleis::fuzz::finding("bad total", "");
    }
    spleis_result_free(result);
    if (loaded) compare_and_sweep(scenario, context);
    spleis_scenario_free(scenario);
    spleis_context_free(context);

    const double populations[] = {283929, 17207, 8098, 24908, 0};
    double amounts[5];
    char message[512];
    status = spleis_allocate_model(text.c_str(), 1'000'000, populations, 5, amounts, nullptr, message, sizeof message);
    expect_no_bug(status, message);
    return 0;
}
