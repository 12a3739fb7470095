#pragma once
// Reading YAML with the care users deserve: every value is checked where it is read, and
// every error points at file:line:col. yaml-cpp is used only through this header.
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "spleis/error.hpp"
#include "spleis/money.hpp"

namespace spleis::yaml {

YAML::Node parse(std::string_view text, const std::string& file);
Location where(const std::string& file, const YAML::Node& node);
[[noreturn]] void fail(const std::string& file, const YAML::Node& node, const std::string& message);
[[noreturn]] void fail(const std::string& file, const YAML::Node& node, const Text& message);

// A mapping whose keys are all known: an unknown key (with a "did you mean" hint) or a key
// given twice is an error at its own position. `what` names the mapping in messages ("the
// scenario", or a key as written: as_is("population")).
class Map {
public:
    Map(const std::string& file, const YAML::Node& node, Text what, std::initializer_list<std::string_view> allowed_keys);

    std::optional<YAML::Node> find(std::string_view key) const;
    YAML::Node required(std::string_view key) const;
    const YAML::Node& node() const { return node_; }

private:
    std::string file_;
    YAML::Node node_;
    Text what_;
};

std::string text(const std::string& file, const YAML::Node& node, std::string_view key);
// Kroner, exact to the øre: "19470000", "19 470 000", "19_470_000" or "260000.50"; never negative.
Ore amount(const std::string& file, const YAML::Node& node, std::string_view key);
// A finite number >= 0; "1/3" and "30 %" are accepted for shares. "40/60" (parts adding up to
// 100, read as a split by people) and a decimal comma are refused with what to write instead;
// a part of a whole (equal_fraction) is at most 100 %.
double number(const std::string& file, const YAML::Node& node, std::string_view key, bool part_of_whole = false);
std::int64_t whole_number(const std::string& file, const YAML::Node& node, std::string_view key);
std::vector<YAML::Node> sequence(const std::string& file, const YAML::Node& node, std::string_view key);

// The closest of the candidates when it is close enough to be a typo.
std::optional<std::string_view> did_you_mean(std::string_view word, std::initializer_list<std::string_view> candidates);

}  // namespace spleis::yaml
