// Statistics Norway's own exports of table 07459, read as a finance officer downloads them.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>

#include <fmt/format.h>
#include <sstream>

#include "spleis/error.hpp"
#include "spleis/load.hpp"
#include "spleis/solve.hpp"
#include "support.hpp"

using namespace spleis;

namespace {
std::string raw(int year) { return test::source_path("tests/data/ssb-07459/Personer" + std::to_string(year) + ".csv"); }
std::string derived(int year) { return test::source_path("scenarios/data/population_norway_" + std::to_string(year) + ".csv"); }

std::string message_of(const std::string& bytes, std::optional<int> year = {}) {
    try {
        parse_population(bytes, "07459.csv", year);
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}
}  // namespace

TEST_CASE("Each raw 07459 export gives exactly the derived table of its year") {
    for (int year = 2020; year <= 2024; ++year) {
        INFO("1 January " << year);
        const PopulationTable from_ssb = load_population(raw(year));
        const PopulationTable ours = load_population_csv(derived(year));
        CHECK(!from_ssb.layout.empty());
        CHECK(from_ssb.year == year);
        REQUIRE(from_ssb.rows.size() == ours.rows.size());
        std::map<std::string, const Municipality*> by_code;
        for (const Municipality& m : from_ssb.rows) by_code[m.code] = &m;
        std::int64_t total = 0;
        for (const Municipality& m : ours.rows) {
            INFO(m.code << " " << m.name);
            REQUIRE(by_code.count(m.code) == 1);
            CHECK(by_code[m.code]->name == m.name);
            CHECK(by_code[m.code]->population == m.population);
            total += by_code[m.code]->population;
        }
        // SSB's published national totals (scenarios/data/SOURCES.md).
        const std::map<int, std::int64_t> national{{2020, 5'367'580}, {2021, 5'391'369}, {2022, 5'425'270},
                                                   {2023, 5'488'984}, {2024, 5'550'203}};
        CHECK(total == national.at(year));
        REQUIRE(from_ssb.left_out.size() == 3);
        CHECK(from_ssb.left_out[0].label == "K-21-22 Svalbard and Jan Mayen");
        CHECK(from_ssb.left_out[1].label == "K-23 Continental shelf");
        CHECK(from_ssb.left_out[2].label == "K-Rest Divided municalities and unknown");
    }
}

TEST_CASE("The three layouts are told apart and Latin-1 is decoded") {
    CHECK(load_population(raw(2020)).layout == "Statistics Norway table 07459, ISO-8859-1, TAB-separated");
    CHECK(load_population(raw(2022)).layout == "Statistics Norway table 07459, ISO-8859-1, ';'-separated");
    const PopulationTable t = load_population(raw(2024));
    const auto it = std::find_if(t.rows.begin(), t.rows.end(), [](const Municipality& m) { return m.code == "4630"; });
    REQUIRE(it != t.rows.end());
    CHECK(it->name == "Osterøy");
    CHECK(it->population == 8'200);
}

TEST_CASE("A scenario run on a raw export equals the run on the derived table, to the øre") {
    const test::ScratchDir dir;
    for (const auto& [year, population] : {std::pair{2020, std::string("population_vestland_2020.csv")},
                                           std::pair{2024, std::string("population_norway_2024.csv")}}) {
        const std::string scenario = fmt::format(
            "title: Digi Vestland on {0}\nyear: {1}\nmodel: {2}\npopulation:\n  file: {3}\nmembers:\n  county: 46\n"
            "budget: 19 470 000\nself_funded:\n  - member: 4601\n    amount: 9 100 000\nrounding: krone\n",
            year, year + 1, test::source_path("models/digi-vestland.yaml"), "{}");
        const Allocation on_raw = allocate(load_scenario(dir.write("raw.yaml", fmt::format(fmt::runtime(scenario), raw(year)))));
        const Allocation on_derived = allocate(load_scenario(
            dir.write("derived.yaml", fmt::format(fmt::runtime(scenario), test::source_path("scenarios/data/" + population)))));
        REQUIRE(on_raw.members.size() == 43);
        REQUIRE(on_raw.members.size() == on_derived.members.size());
        for (std::size_t i = 0; i < on_raw.members.size(); ++i) {
            CHECK(on_raw.members[i].municipality.code == on_derived.members[i].municipality.code);
            CHECK(on_raw.members[i].amount == on_derived.members[i].amount);
        }
    }
}

TEST_CASE("UTF-8, commas, no quotes, one row per municipality, labels without K-") {
    const PopulationTable t = parse_population("region,Personer 2026\n4601 Bergen,295000\n4630 Osterøy,8300\n", "07459.csv");
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[1].code == "4630");
    CHECK(t.rows[1].name == "Osterøy");
    CHECK(t.rows[1].population == 8300);
    CHECK(t.year == 2026);
    CHECK(t.layout == "Statistics Norway table 07459, UTF-8, ','-separated");
}

TEST_CASE("With several year columns the year picks one; a missing year lists those there") {
    const std::string file = "\"07459: Befolkning, etter region, alder, statistikkvariabel og år\"\n\n"
                             "\"region\";\"alder\";\"Personer 2025\";\"Personer 2026\"\n"
                             "\"K-4630 Osterøy\";\"0 år\";80;81\n\"K-4630 Osterøy\";\"1 år\";90;91\n";
    CHECK(parse_population(file, "07459.csv", 2026).rows.front().population == 172);
    CHECK(parse_population(file, "07459.csv", 2025).rows.front().population == 170);
    CHECK(message_of(file) == "07459.csv: the file holds several years (2025, 2026); say which population year to use");
    CHECK(message_of(file, 2024) == "07459.csv: the file has no population for 1 January 2024; it has 2025, 2026");
}

TEST_CASE("Bad SSB exports: each a clear error with its line") {
    CHECK(message_of("\"12345: Deaths, by region and year\"\n\n\"region\";\"Deaths 2024\"\n\"K-4601 Bergen\";2000\n") ==
          "07459.csv:1: this is Statistics Norway's table 12345 (\"12345: Deaths, by region and year\"), not 07459 "
          "(population by region, age and year); download table 07459");
    CHECK(message_of("\"region\";\"age\";\"Persons 2024\"\n\"K-4601 Bergen\";\"0 years\";12.5\n") ==
          "07459.csv:2: population of 4601 Bergen for 1 January 2024 must be a whole number of inhabitants, got \"12.5\"");
    CHECK(message_of("\"region\";\"age\";\"Persons 2024\"\n\"K-4601 Bergen\";\"0 years\";1\n\"K-4601 Bergen\";\"0 years\";1\n") ==
          "07459.csv:3: municipality 4601, 0 years appears twice (first on line 2)");
    CHECK(message_of("\"region\";\"Persons 2024\"\n\"K-4601 Bergen\";\n") ==
          "07459.csv:2: the population of 4601 Bergen for 1 January 2024 is empty");
    CHECK(message_of("\"region\";\"Persons 2024\"\n\"K-4601 Bergen\";..\n") ==
          "07459.csv:2: the population of 4601 Bergen for 1 January 2024 is \"..\", Statistics Norway's sign for a "
          "figure that is missing or withheld");
    CHECK(message_of("\"region\";\"Persons 2024\"\n\"K-4630 Oster\xF8y\";8220\n\"K-4631 Alver\x81\";1\n") ==
          "07459.csv:3: byte 0x81 is not a letter in ISO-8859-1 (Latin-1, the encoding of Statistics Norway's CSV "
          "downloads) nor part of UTF-8; the file is damaged: download it again");
    CHECK(message_of("\"region\";\"Persons 2024\"\n\"K-4630 Osterøy\";8220\n\"K-4631 Alver\xF8\";1\n") ==
          "07459.csv:2: the file mixes UTF-8 (this line) and ISO-8859-1 (line 3); download it again rather than editing it");
    CHECK(message_of("\"region\";\"age\";\"Deaths 2024\"\n\"K-4601 Bergen\";\"0 years\";1\n") ==
          "07459.csv:1: column \"Deaths 2024\" is not one of table 07459's (region, age, sex, contents, and persons by year "
          "like \"Persons 2024\"): it is not a count of persons; is this an export of another table?");
}

TEST_CASE("Non-municipal rows and municipalities without inhabitants are left out, and said so") {
    const PopulationTable t = parse_population("region\tPersons 2019\n1567 Rindal (-2018)\t0\n5001 Trondheim\t200000\n"
                                               "Uoppgitt\t12\n",
                                               "07459.csv");
    REQUIRE(t.rows.size() == 1);
    REQUIRE(t.left_out.size() == 2);
    CHECK(t.left_out[0].reason == "no inhabitants on 1 January 2019");
    CHECK(t.left_out[1].label == "Uoppgitt");
    CHECK(t.left_out[1].population == 12);
    CHECK(t.left_out[1].line == 4);
}

namespace {
// A JSON-stat 2 answer of SSB's API, as `spleis population fetch` asks for it (one year, persons).
std::string answer(const std::string& index, const std::string& labels, const std::string& values, const std::string& year = "2024",
                   const std::string& contents = "Personer1") {
    return fmt::format(R"({{"version":"2.0","class":"dataset","label":"07459: Population, by region, contents and year",
        "updated":"2024-02-21T07:00:00Z","id":["Region","ContentsCode","Tid"],"size":[{},1,1],
        "dimension":{{"Region":{{"category":{{"index":{},"label":{}}}}},
                     "ContentsCode":{{"category":{{"index":{{"{}":0}},"label":{{"{}":"Persons"}}}}}},
                     "Tid":{{"category":{{"index":{{"{}":0}}}}}}}},"value":{}}})",
                       // as many regions as the index has codes: one more than its commas
                       std::count(index.begin(), index.end(), ',') + 1, index, labels, contents, contents, year, values);
}
std::string answer_message(const std::string& json) {
    try {
        parse_ssb_07459_jsonstat(json, "https://ssb.example/07459", 2024);
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}
}  // namespace

TEST_CASE("SSB's API answer in JSON-stat 2: municipalities, the national total, and what is left out") {
    const SsbAnswer a = parse_ssb_07459_jsonstat(
        answer(R"({"0":0,"4601":1,"K-4630":2,"K-23":3})", R"({"0":"Hele landet","4601":"Bergen","K-4630":"K-4630 Osterøy","K-23":"Continental shelf"})",
               "[300123,291940,8183.0,0]"),
        "https://ssb.example/07459", 2024);
    REQUIRE(a.table.rows.size() == 2);
    CHECK(a.table.rows[0].code == "4601");
    CHECK(a.table.rows[1].code == "4630");
    CHECK(a.table.rows[1].name == "Osterøy");
    CHECK(a.table.rows[1].population == 8183);
    CHECK(a.national_total == 300123);
    CHECK(a.updated == "2024-02-21T07:00:00Z");
    REQUIRE(a.table.left_out.size() == 1);
    CHECK(a.table.left_out[0].label == "K-23 Continental shelf");
    // The index as a list, and sparse values.
    const SsbAnswer b = parse_ssb_07459_jsonstat(answer(R"(["4601","4630"])", R"({"4601":"Bergen","4630":"Osterøy"})", R"({"0":5,"1":7})"),
                                                 "u", 2024);
    REQUIRE(b.table.rows.size() == 2);
    CHECK(b.table.rows[1].population == 7);
    CHECK(!b.national_total);
}

TEST_CASE("SSB's API answer: each way it can be wrong is a clear error naming the address") {
    const std::string ok_index = R"({"4601":0,"4630":1})", ok_labels = R"({"4601":"Bergen","4630":"Osterøy"})";
    CHECK(answer_message(answer(ok_index, ok_labels, "[5,null]")) ==
          "https://ssb.example/07459: Statistics Norway gives no population for 4630 Osterøy on 1 January 2024 (the figure is "
          "missing or withheld); nothing was written");
    CHECK(answer_message(answer(ok_index, ok_labels, "[5,7.5]")) ==
          "https://ssb.example/07459: the population of 4630 Osterøy for 1 January 2024 must be a whole number of inhabitants, "
          "got 7.5; nothing was written");
    CHECK(answer_message(answer(ok_index, ok_labels, "[5]")).find("(it has 1 values for 2 cells)") != std::string::npos);
    CHECK(answer_message(answer(ok_index, ok_labels, "[5,7]", "2023")).find("(it is for 2023, not 1 January 2024)") != std::string::npos);
    CHECK(answer_message(answer(ok_index, ok_labels, "[5,7]", "2024", "Fodde")).find("(it counts \"Persons\" (Fodde), not persons (Personer1))") !=
          std::string::npos);
    CHECK(answer_message(R"({"class":"dataset","label":"11342: Areal og befolkning","id":[],"size":[],"dimension":{},"value":[]})")
              .find("(it is table \"11342: Areal og befolkning\", not 07459)") != std::string::npos);
    const std::string whole = answer(ok_index, ok_labels, "[5,7]");
    CHECK(answer_message(whole.substr(0, whole.size() / 2)) ==
          fmt::format("https://ssb.example/07459: Statistics Norway's answer ends in the middle, after {} bytes: it was cut off on "
                      "the way; nothing was written, try again",
                      whole.size() / 2));
    CHECK(answer_message("<html>Service Unavailable</html>") ==
          "https://ssb.example/07459: Statistics Norway's answer does not have the layout of table 07459 that spleis knows (not "
          "JSON: at byte 1 of 32); nothing was written. Download the table by hand from https://www.ssb.no/en/statbank/table/07459 "
          "and read it with `spleis population FILE`");
    CHECK(answer_message(answer(R"({"4601":0,"K-4601":1})", R"({"4601":"Bergen","K-4601":"Bergen"})", "[5,7]")) ==
          "https://ssb.example/07459: municipality 4601 appears twice in Statistics Norway's answer (as 4601 and K-4601); nothing "
          "was written");
}
