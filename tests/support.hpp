#pragma once
// Helpers for tests: paths into the source tree, scratch files, scenarios built in memory.
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "spleis/scenario.hpp"

namespace spleis::test {

inline std::string source_path(const std::string& relative) { return std::string(SPLEIS_SOURCE_DIR) + "/" + relative; }

// A fresh folder under the system's temp directory, removed when the test ends.
class ScratchDir {
public:
    ScratchDir() {
        static std::mt19937_64 random{std::random_device{}()};
        path_ = std::filesystem::temp_directory_path() / ("spleis-test-" + std::to_string(random()));
        std::filesystem::create_directories(path_);
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    std::string write(const std::string& name, const std::string& contents) const {
        const auto file = path_ / name;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << contents;
        return file.string();
    }
    std::string path(const std::string& name = "") const { return (path_ / name).string(); }

private:
    std::filesystem::path path_;
};

inline Parameter given(double value) { return Parameter{.mode = ParameterMode::value, .value = value, .source = "test", .where = {}}; }
inline Parameter solve() { return Parameter{.mode = ParameterMode::solve, .value = 0, .source = "test", .where = {}}; }

// A scenario with the given rule and members, nothing else set.
inline Scenario scenario_with(RuleKind rule, std::vector<Municipality> members) {
    Scenario s;
    s.title = "test";
    s.file = "test.yaml";
    s.year = 2021;
    s.model.name = "test model";
    s.model.rule = rule;
    s.members = std::move(members);
    return s;
}

}  // namespace spleis::test
