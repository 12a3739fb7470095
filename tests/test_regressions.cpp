// Inputs the fuzzers (tools/fuzz.sh) found to break a promise, each kept in
// tests/fuzz/corpus/<target>/regression-*.  Every one must now give a clear spleis::Error of
// kind input, with a message that is valid UTF-8 and says what is wrong and where.
#include <functional>

#include <catch2/catch.hpp>

#include "spleis/error.hpp"
#include "spleis/load.hpp"
#include "support.hpp"

using namespace spleis;

namespace {

std::string corpus_file(const std::string& target, const std::string& name) {
    return read_text_file(test::source_path("tests/fuzz/corpus/" + target + "/" + name), "fuzz input");
}

// The message the loader the fuzz target calls gives for the file, or "no error".
std::string error_of(const std::string& target, const std::string& name) {
    const std::string text = corpus_file(target, name);
    try {
        if (target == "model") parse_model(text, "model.yaml");
        else if (target == "population_csv") parse_population_csv(text, "population.csv");
        else parse_scenario(text, "scenario.yaml", test::source_path("scenarios"), read_any_file());
    } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::input);
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("Fuzz regression: Latin-1 bytes in a scenario's model path") {
    CHECK(error_of("scenario", "regression-latin1-model-path.yaml") ==
          "scenario.yaml:5:14: the text is not UTF-8 here (is the file saved as Latin-1? save it as UTF-8)");
}

TEST_CASE("Fuzz regression: a UTF-16 byte order mark before UTF-8 text, with a bad escape") {
    CHECK(error_of("scenario", "regression-utf16-bom-escape.yaml") ==
          "scenario.yaml: the file is saved as UTF-16 (\"Unicode\"); save it as UTF-8");
}

TEST_CASE("Fuzz regression: Latin-1 bytes in a model's key") {
    CHECK(error_of("model", "regression-latin1-key.yaml") ==
          "model.yaml:9:9: the text is not UTF-8 here (is the file saved as Latin-1? save it as UTF-8)");
}

TEST_CASE("Fuzz regression: a UTF-32 byte order mark, with code points that do not exist") {
    CHECK(error_of("model", "regression-utf32-bom-invalid-codepoints.yaml") ==
          "model.yaml: the file is saved as UTF-32 (\"Unicode\"); save it as UTF-8");
}

TEST_CASE("Fuzz regression: the escape \\_ that yaml-cpp turns into a lone Latin-1 byte") {
    CHECK(error_of("model", "regression-nbsp-escape-latin1-byte.yaml") ==
          "model.yaml:3:2: this text holds an escape (a backslash) that gives no printable character; write the character itself");
}

TEST_CASE("Fuzz regression: Latin-1 bytes in the population file's header") {
    CHECK(error_of("population_csv", "regression-latin1-header.csv") ==
          "population.csv:1: the line is not UTF-8 text (is the file saved as Latin-1? save it as UTF-8)");
}

TEST_CASE("Fuzz regression: a number too large for a double in Statistics Norway's API answer") {
    std::string message = "no error";
    try {
        parse_ssb_07459_jsonstat(corpus_file("ssb_jsonstat", "regression-number-overflow.json"), "https://ssb.example/07459", 2024);
    } catch (const Error& e) {
        message = e.what();
    }
    CHECK(message == "https://ssb.example/07459: Statistics Norway's answer does not have the layout of table 07459 that "
                     "spleis knows (not JSON that can be read: a number out of range); nothing was written. Download the "
                     "table by hand from https://www.ssb.no/en/statbank/table/07459 and read it with `spleis population FILE`");
}

// Found by trying, not by the fuzzers (their per-input limit was then 20 minutes): each level
// of nine aliases multiplied the walk over the parsed tree by nine. Aliases are now refused at
// the first one, before any tree is built, wherever the YAML comes from.
namespace {
std::string alias_chain(int levels) {
    std::string text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i <= levels; ++i) {
        text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
        for (int j = 0; j < 9; ++j) text += (j ? ", *a" : "*a") + std::to_string(i - 1);
        text += "]\n";
    }
    return text;
}
std::string load_error(const std::function<void()>& load) {
    try {
        load();
    } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::input);
        return e.what();
    }
    return "no error";
}
}  // namespace

TEST_CASE("A chain of YAML aliases is refused at its first alias, in scenarios, models, facts and options") {
    const std::string refused = "YAML aliases (*a0) are not supported in scenarios and models; write the value out where it is used";
    const std::string chain = alias_chain(10);  // 9^10 paths: hours, if they were walked
    CHECK(load_error([&] { parse_scenario("title: x\n" + chain, "s.yaml", "", read_any_file()); }) == "s.yaml:3:10: " + refused);
    CHECK(load_error([&] { parse_scenario(chain + "title: *a10\n", "s.yaml", "", read_any_file()); }) == "s.yaml:2:10: " + refused);
    CHECK(load_error([&] { parse_model("name: x\n" + chain, "m.yaml"); }) == "m.yaml:3:10: " + refused);
    CHECK(load_error([&] { parse_plan("title: x\nyears: 2022..2023\n" + chain, "p.yaml", "", read_any_file()); }) == "p.yaml:4:10: " + refused);
    // Inside a known key, and as a merge key: the same message at the alias.
    CHECK(load_error([&] { parse_scenario("title: &t x\nyear: 2021\noptions:\n  - name: *t\n", "s.yaml", "", read_any_file()); }) ==
          "s.yaml:4:11: YAML aliases (*t) are not supported in scenarios and models; write the value out where it is used");
    CHECK(load_error([&] { parse_scenario("base: &b {title: x}\nfacts:\n  <<: *b\n", "s.yaml", "", read_any_file()); }) ==
          "s.yaml:3:7: YAML aliases (*b) are not supported in scenarios and models; write the value out where it is used");
}

TEST_CASE("A `*` that is text, not an alias, is read as text") {
    // The alias pass runs only for texts holding a `*`; a quoted or commented one is no alias.
    CHECK(load_error([&] { parse_scenario("title: \"Digi *Vestland*\"  # *not* an alias\nbudgett: 1\n", "s.yaml", "", read_any_file()); }) ==
          "s.yaml:2:1: unknown key `budgett` in the scenario; did you mean `budget`?");
}
