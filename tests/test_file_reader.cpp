// Loading from text opens no file by itself: every file a scenario names is asked of the
// reader the shell hands in, which decides what may be read.
#include <map>

#include <catch2/catch.hpp>

#include "spleis/load.hpp"
#include "spleis/solve.hpp"
#include "support.hpp"

using namespace spleis;

namespace {
const std::string scenario_text = R"(title: Hallingdal
year: 2025
model: models/equal.yaml
population: {file: data/hallingdal.csv}
members: all
budget: 600 000
)";
const std::string model_text = R"(name: Equal split
rule: equal_split
parameters:
  amount_per_member: {value: solve, unit: NOK, source: the budget}
)";
const std::string population_text = "code,name,population,year\n3320,Flå,1050,2024\n3322,Nesbyen,3270,2024\n3324,Gol,4700,2024\n";

std::string error_of(const std::function<void()>& load) {
    try {
        load();
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}
}  // namespace

TEST_CASE("A scenario text is loaded from the files its reader gives, and no others") {
    const std::map<std::string, std::string> files{{"/nowhere/models/equal.yaml", model_text},
                                                   {"/nowhere/data/hallingdal.csv", population_text}};
    std::vector<FileRequest> asked;
    const FileReader from_memory = [&](const FileRequest& request) -> std::optional<std::string> {
        asked.push_back(request);
        const auto found = files.find(request.path);
        return found == files.end() ? std::nullopt : std::optional<std::string>(found->second);
    };
    const Scenario s = parse_scenario(scenario_text, "text", "/nowhere", from_memory);
    REQUIRE(asked.size() == 2);
    CHECK(asked[0].kind == FileKind::model);
    CHECK(asked[0].written == "models/equal.yaml");
    CHECK(to_string(asked[0].named_at) == "text:3:8");
    CHECK(asked[1].kind == FileKind::population);
    CHECK(asked[1].path == "/nowhere/data/hallingdal.csv");
    CHECK(s.members.size() == 3);
    CHECK(allocate(s).members_total == 600'000 * 100);  // three members pay 200 000 kr each, to the øre
}

TEST_CASE("A reader within a folder refuses paths out of it and files of another kind, without opening them") {
    test::ScratchDir dir;
    dir.write("models/equal.yaml", model_text);
    dir.write("data/hallingdal.csv", population_text);
    const std::string base = std::filesystem::path(dir.path()).parent_path().string();  // without the final /
    const FileReader within = read_files_within(base);
    const auto with = [&](const std::string& from, const std::string& to) {
        std::string text = scenario_text;
        return text.replace(text.find(from), from.size(), to);
    };
    CHECK(parse_scenario(scenario_text, "text", base, within).members.size() == 3);
    CHECK(error_of([&] { parse_scenario(with("data/hallingdal.csv", "/etc/passwd"), "text", base, within); }) ==
          "text:4:20: the population file /etc/passwd is outside the folder this scenario text may read (" + base +
              "); name a file inside it by a relative path");
    CHECK(error_of([&] { parse_scenario(with("data/hallingdal.csv", "../../etc/passwd"), "text", base, within); })
              .starts_with("text:4:20: the population file ../../etc/passwd is outside the folder"));
    CHECK(error_of([&] { parse_scenario(with("data/hallingdal.csv", "data/../../x.csv"), "text", base, within); })
              .starts_with("text:4:20: the population file data/../../x.csv is outside the folder"));
    CHECK(error_of([&] { parse_scenario(with("models/equal.yaml", "data/hallingdal.csv"), "text", base, within); }) ==
          "text:3:8: the model file data/hallingdal.csv is not a .yaml file; this scenario text may read only such files");
    CHECK(error_of([&] { parse_scenario(with("data/hallingdal.csv", "data/missing.csv"), "text", base, within); }) ==
          "text:4:20: population file data/missing.csv not found (looked for " + base +
              "/data/missing.csv; paths in a scenario are relative to the folder of the scenario file)");
}

TEST_CASE("A file that is no population table is refused without its content being quoted") {
    const std::string message = error_of([] { parse_population_csv("root:x:0:0:root:/root:/bin/bash\n", "p.csv"); });
    CHECK(message == "p.csv:1: not a population table: the first line names none of the columns code, name, population; "
                     "expected a header line code,name,population");
    CHECK(message.find("root") == std::string::npos);
}
