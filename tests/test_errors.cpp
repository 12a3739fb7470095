// Bad input gets a clear message naming the file, line and column (or the municipality and
// the rule), and nothing is computed from it. The messages are asserted exactly.
#include <catch2/catch.hpp>

#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "spleis/error.hpp"
#include "spleis/load.hpp"
#include "spleis/solve.hpp"
#include "support.hpp"

using namespace spleis;

namespace {

const std::string population_csv =
    "code,name,population,year\n"
    "4601,Bergen,283929,2020\n"
    "4630,Osterøy,8098,2020\n"
    "4631,Alver,29224,2020\n";

const std::string model_yaml =
    "name: Test model\n"
    "rule: base_plus_per_inhabitant\n"
    "parameters:\n"
    "  base_amount:\n"
    "    value: 100000\n"
    "    unit: NOK\n"
    "    source: test\n"
    "  per_inhabitant:\n"
    "    value: solve\n"
    "    unit: NOK per inhabitant\n"
    "    source: test\n"
    "  cap:\n"
    "    value: 500000\n"
    "    unit: NOK\n"
    "    source: test\n";

const std::string scenario_yaml =
    "title: Test\n"
    "year: 2021\n"
    "model: model.yaml\n"
    "population:\n"
    "  file: population.csv\n"
    "members: all\n"
    "budget: 1 000 000\n";

// Writes the three files (with the given replacements) and loads and solves the scenario;
// returns the error message, or "no error".
struct Files {
    std::string scenario = scenario_yaml;
    std::string model = model_yaml;
    std::string population = population_csv;
};

// The error of loading and solving the three files, if any, and the scratch folder they were in.
std::optional<Error> load_error(const Files& files, std::string* folder = nullptr) {
    test::ScratchDir dir;
    dir.write("model.yaml", files.model);
    dir.write("population.csv", files.population);
    const std::string path = dir.write("scenario.yaml", files.scenario);
    if (folder) *folder = dir.path();
    try {
        allocate(load_scenario(path));
    } catch (const Error& e) {
        return e;
    }
    return std::nullopt;
}

std::string error_of(const Files& files, ErrorKind* kind = nullptr) {
    std::string folder;
    const std::optional<Error> e = load_error(files, &folder);
    if (!e) return "no error";
    if (kind) *kind = e->kind();
    // Make messages independent of the scratch folder's name.
    return std::regex_replace(std::string(e->what()), std::regex(std::regex_replace(folder, std::regex("[.]"), "[.]")), "DIR/");
}

std::string replace(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("The fixture itself is valid") { CHECK(error_of({}) == "no error"); }

TEST_CASE("Malformed YAML: file, line and column") {
    Files f;
    f.scenario = replace(scenario_yaml, "members: all\n", "members: [4601, 4630\n");
    CHECK(error_of(f) == "DIR/scenario.yaml:7:7: not valid YAML: end of sequence flow not found (a list opened with `[` is not closed with `]`)");
}

TEST_CASE("A wrong type: file, line, column and the key") {
    Files f;
    f.scenario = replace(scenario_yaml, "budget: 1 000 000", "budget: [1, 2]");
    CHECK(error_of(f) == "DIR/scenario.yaml:7:9: budget must be an amount in kroner, got a list");
}

TEST_CASE("A negative amount: file, line, column and the key") {
    Files f;
    f.scenario = replace(scenario_yaml, "budget: 1 000 000", "budget: -5000");
    CHECK(error_of(f) == "DIR/scenario.yaml:7:9: budget must be an amount that is not negative, got \"-5000\"");
}

TEST_CASE("A negative parameter in the model") {
    Files f;
    f.model = replace(model_yaml, "value: 500000", "value: -500000");
    CHECK(error_of(f) == "DIR/model.yaml:13:12: cap must be an amount that is not negative, got \"-500000\"");
}

TEST_CASE("NaN and infinity are not amounts") {
    Files f;
    f.scenario = replace(scenario_yaml, "budget: 1 000 000", "budget: .nan");
    CHECK(error_of(f) == "DIR/scenario.yaml:7:9: budget must be a finite amount in kroner, got \".nan\"");
    f.model = replace(model_yaml, "value: 100000", "value: .inf");
    f.scenario = scenario_yaml;
    CHECK(error_of(f) == "DIR/model.yaml:5:12: base_amount must be a finite amount in kroner, got \".inf\"");
}

TEST_CASE("A typo in a key is caught with a hint") {
    Files f;
    f.scenario = replace(scenario_yaml, "budget:", "budgett:");
    CHECK(error_of(f) == "DIR/scenario.yaml:7:1: unknown key `budgett` in the scenario; did you mean `budget`?");
    f.scenario = scenario_yaml;
    f.model = replace(model_yaml, "per_inhabitant:", "per_inhabitnat:");
    CHECK(error_of(f) == "DIR/model.yaml:8:3: unknown parameter `per_inhabitnat`; did you mean `per_inhabitant`?");
}

TEST_CASE("A key given twice") {
    Files f;
    f.scenario = scenario_yaml + "budget: 2 000 000\n";
    CHECK(error_of(f) == "DIR/scenario.yaml:8:1: key `budget` appears twice in the scenario (first on line 7)");
}

TEST_CASE("An unknown municipality code names the code and the population file") {
    Files f;
    f.scenario = replace(scenario_yaml, "members: all", "members: [4601, 4699]");
    CHECK(error_of(f) == "DIR/scenario.yaml:6:17: municipality 4699 is not in the population file DIR/population.csv");
}

TEST_CASE("A municipality listed twice among the members") {
    Files f;
    f.scenario = replace(scenario_yaml, "members: all", "members: [4601, 4630, 4601]");
    CHECK(error_of(f) == "DIR/scenario.yaml:6:23: municipality 4601 (Bergen) is listed twice");
}

TEST_CASE("A municipality code twice in the population file") {
    Files f;
    f.population = population_csv + "4630,Osterøy,8098,2020\n";
    CHECK(error_of(f) == "DIR/population.csv:5: municipality 4630 appears twice (first on line 3)");
}

TEST_CASE("A missing population file") {
    Files f;
    f.scenario = replace(scenario_yaml, "file: population.csv", "file: nowhere.csv");
    CHECK(error_of(f) == "DIR/scenario.yaml:5:9: population file nowhere.csv not found (looked for DIR/nowhere.csv; "
                         "paths in a scenario are relative to the folder of the scenario file)");
}

TEST_CASE("A population file that is a directory") {
    Files f;
    f.scenario = replace(scenario_yaml, "file: population.csv", "file: .");
    CHECK(error_of(f) == "DIR/: population file is a directory, not a file");
}

TEST_CASE("A bad row in the population file: file and line, the municipality") {
    Files f;
    f.population = replace(population_csv, "8098", "8O98");
    CHECK(error_of(f) == "DIR/population.csv:3: population of 4630 must be a whole number of inhabitants, got \"8O98\"");
    f.population = replace(population_csv, "8098", "-8098");
    CHECK(error_of(f) == "DIR/population.csv:3: population of 4630 must not be negative, got -8098");
}

TEST_CASE("A population file with a missing column") {
    Files f;
    f.population = "code,name,year\n4601,Bergen,2020\n";
    CHECK(error_of(f) == "DIR/population.csv:1: missing column `population` (the header has: code, name, year); expected code,name,population");
}

TEST_CASE("A population file in Latin-1") {
    Files f;
    f.population = replace(population_csv, "Osterøy", "Oster\xF8y");
    CHECK(error_of(f) == "DIR/population.csv:3: the line is not UTF-8 text (is the file saved as Latin-1? save it as UTF-8)");
}

TEST_CASE("A population file with a BOM and CRLF line ends reads like any other") {
    Files f;
    f.population = "\xEF\xBB\xBF" + std::regex_replace(population_csv, std::regex("\n"), "\r\n");
    CHECK(error_of(f) == "no error");
}

TEST_CASE("Two unknowns") {
    Files f;
    f.model = replace(model_yaml, "value: 100000", "value: solve");
    CHECK(error_of(f) == "DIR/model.yaml:9:12: only one parameter can be `solve`, but base_amount, per_inhabitant are");
}

TEST_CASE("No unknown, but a budget to meet") {
    Files f;
    f.scenario = scenario_yaml + "parameters:\n  per_inhabitant: 20\n";
    CHECK(error_of(f) == "DIR/scenario.yaml:7:9: nothing to solve: a budget needs one parameter marked `solve` (under base_plus_per_inhabitant: base_amount, per_inhabitant)");
}

TEST_CASE("An unknown but no budget") {
    Files f;
    f.scenario = replace(scenario_yaml, "budget: 1 000 000\n", "");
    CHECK(error_of(f) == "DIR/model.yaml:9:12: per_inhabitant is `solve`, but the scenario gives no budget to solve it for; add `budget:` to the scenario");
}

TEST_CASE("An infeasible budget says why, with the numbers") {
    Files f;
    f.scenario = replace(scenario_yaml, "budget: 1 000 000", "budget: 2 000 000");
    ErrorKind kind{};
    CHECK(error_of(f, &kind) == "DIR/scenario.yaml:7:9: the budget cannot be met: all 3 members at the cap of 500 000 kr give 1 500 000 kr, the budget needs 2 000 000 kr; the cap is set at DIR/model.yaml:13:12; the lowest cap that meets the budget is 666 667 kr");
    CHECK(kind == ErrorKind::infeasible);
    f.scenario = replace(scenario_yaml, "budget: 1 000 000", "budget: 250 000");
    CHECK(error_of(f) == "DIR/scenario.yaml:7:9: the budget cannot be met: even with per_inhabitant = 0 the 3 members pay 300 000 kr, more than the 250 000 kr they must pay");
}

TEST_CASE("An infeasible budget after a self-funded member") {
    Files f;
    f.scenario = replace(scenario_yaml, "budget: 1 000 000", "budget: 9 000 000\nself_funded:\n  - member: 4601\n    amount: 7 000 000");
    CHECK(error_of(f) == "DIR/scenario.yaml:7:9: the budget cannot be met: all 2 members at the cap of 500 000 kr give 1 000 000 kr, the budget needs 2 000 000 kr (the budget of 9 000 000 kr less 7 000 000 kr from other sources); the cap is set at DIR/model.yaml:13:12; the lowest cap that meets the budget is 1 000 000 kr");
}

TEST_CASE("A cap below the base amount") {
    Files f;
    f.model = replace(model_yaml, "value: 500000", "value: 50000");
    CHECK(error_of(f) == "DIR/model.yaml:13:12: cap 50 000 kr is below the base amount 100 000 kr (set on line 5): every member would pay the cap");
}

TEST_CASE("A floor above the cap") {
    Files f;
    f.scenario = scenario_yaml + "parameters:\n  floor: 600000\n";
    CHECK(error_of(f) == "DIR/model.yaml:13:12: cap 500 000 kr is below the floor 600 000 kr (set at DIR/scenario.yaml:9:10)");
}

TEST_CASE("External funding above the budget") {
    Files f;
    f.scenario = scenario_yaml + "external_funding:\n  - name: Grant\n    amount: 1 500 000\n";
    CHECK(error_of(f) == "DIR/scenario.yaml:7:9: external funding and self-funded amounts (1 500 000 kr) exceed the budget (1 000 000 kr)");
}

TEST_CASE("A parameter the rule does not use") {
    Files f;
    f.scenario = scenario_yaml + "parameters:\n  levy_per_inhabitant: 20\n";
    CHECK(error_of(f) == "DIR/scenario.yaml:9:24: levy_per_inhabitant is not used by the base_plus_per_inhabitant rule (it uses base_amount, per_inhabitant, cap and floor)");
}

TEST_CASE("A model parameter without its source") {
    Files f;
    f.model = replace(model_yaml, "    source: test\n  cap:", "  cap:");
    CHECK(error_of(f) == "DIR/model.yaml:9:5: parameter per_inhabitant needs a `source:` (the council paper it comes from)");
}

TEST_CASE("An unknown rule") {
    Files f;
    f.model = replace(model_yaml, "rule: base_plus_per_inhabitant", "rule: per_capita");
    CHECK(error_of(f) == "DIR/model.yaml:2:7: unknown rule \"per_capita\" (known rules: equal_split, per_inhabitant, base_plus_per_inhabitant, mixed_key, matched_fund, population_bands)");
}

TEST_CASE("So many external funding entries that their sum could overflow 64 bits") {
    Files f;
    f.scenario = scenario_yaml + "external_funding:\n";
    for (int i = 0; i < 10'001; ++i) f.scenario += "  - {name: Grant, amount: 1 000 000 000 000}\n";
    CHECK(error_of(f) == "DIR/scenario.yaml: the scenario lists 10 001 external funding entries; at most 10 000 are accepted");
}

TEST_CASE("A program's own member with an unbelievable population is refused with its code, as the CSV reader would") {
    Scenario s = load_scenario(test::source_path("scenarios/digi-vestland-2021.yaml"));
    s.members[3].population = 100'000'001;
    const std::string code = s.members[3].code;
    CHECK_THROWS_WITH(allocate(s), s.file + ": population of " + code + " must be 0 to 100 000 000, got 100000001");
    s.members[3].population = -1;
    CHECK_THROWS_WITH(allocate(s), s.file + ": population of " + code + " must be 0 to 100 000 000, got -1");
}

TEST_CASE("The loader's refusals are in bokmål and nynorsk too: user input and keys stay as written") {
    const auto messages_of = [](const Files& files) {
        const std::optional<Error> e = load_error(files);
        if (!e) return std::vector<std::string>{"no error"};
        return std::vector<std::string>{e->message(Language::en), e->message(Language::nb), e->message(Language::nn)};
    };
    Files f;
    f.scenario = replace(scenario_yaml, "budget: 1 000 000", "budget: -5");
    CHECK(messages_of(f) == std::vector<std::string>{"budget must be an amount that is not negative, got \"-5\"",
                                                     "budget må være et beløp som ikke er negativt, fikk «-5»",
                                                     "budget må vere eit beløp som ikkje er negativt, fekk «-5»"});
    f.scenario = replace(scenario_yaml, "budget: 1 000 000", "budget: [1, 2]");
    CHECK(messages_of(f) == std::vector<std::string>{"budget must be an amount in kroner, got a list",
                                                     "budget må være et beløp i kroner, fikk en liste",
                                                     "budget må vere eit beløp i kroner, fekk ei liste"});
    f.scenario = replace(scenario_yaml, "budget:", "budgett:");
    CHECK(messages_of(f) == std::vector<std::string>{"unknown key `budgett` in the scenario; did you mean `budget`?",
                                                     "ukjent nøkkel `budgett` i scenarioet; mente du `budget`?",
                                                     "ukjend nøkkel `budgett` i scenarioet; meinte du `budget`?"});
    f.scenario = scenario_yaml + "rounding: kronor\n";
    CHECK(messages_of(f) == std::vector<std::string>{"rounding must be one of: øre, krone, 100 kr, 1000 kr; got \"kronor\"",
                                                     "rounding må være en av: øre, krone, 100 kr, 1000 kr; fikk «kronor»",
                                                     "rounding må vere ein av: øre, krone, 100 kr, 1000 kr; fekk «kronor»"});
    f.scenario = replace(scenario_yaml, "file: population.csv", "file: .");
    CHECK(messages_of(f) == std::vector<std::string>{"population file is a directory, not a file",
                                                     "befolkningsfilen er en mappe, ikke en fil",
                                                     "befolkningsfila er ei mappe, ikkje ei fil"});
    f.scenario = scenario_yaml;
    f.population = replace(population_csv, "8098", "8O98");
    CHECK(messages_of(f) == std::vector<std::string>{"population of 4630 must be a whole number of inhabitants, got \"8O98\"",
                                                     "folketallet i 4630 må være et helt antall innbyggere, fikk «8O98»",
                                                     "folketalet i 4630 må vere eit heilt tal på innbyggjarar, fekk «8O98»"});
}
