#include "yaml_reader.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

#include <fmt/format.h>

namespace spleis::yaml {

Location where(const std::string& file, const YAML::Node& node) {
    const YAML::Mark mark = node.Mark();
    if (mark.is_null()) return {file};
    return {file, mark.line + 1, mark.column + 1};
}

void fail(const std::string& file, const YAML::Node& node, const std::string& message) {
    throw Error(where(file, node), message);
}

YAML::Node parse(std::string_view text, const std::string& file) {
    try {
        return YAML::Load(std::string(text));
    } catch (const YAML::Exception& e) {
        Location at{file};
        if (!e.mark.is_null()) at = {file, e.mark.line + 1, e.mark.column + 1};
        throw Error(at, "not valid YAML: " + e.msg);
    }
}

namespace {
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string shown(const YAML::Node& node) {
    if (node.IsScalar()) return fmt::format("\"{}\"", node.Scalar());
    if (node.IsSequence()) return "a list";
    if (node.IsMap()) return "a mapping";
    return "nothing";
}

std::string strip_digit_groups(std::string_view s) {
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '_') out += c;
    return out;
}
}  // namespace

std::optional<std::string_view> did_you_mean(std::string_view word, std::initializer_list<std::string_view> candidates) {
    std::optional<std::string_view> best;
    std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
    for (std::string_view c : candidates) {
        const std::size_t d = edit_distance(word, c);
        if (d < best_distance) best = c, best_distance = d;
    }
    return best;
}

Map::Map(const std::string& file, const YAML::Node& node, std::string_view what,
         std::initializer_list<std::string_view> allowed)
    : file_(file), node_(node), what_(what) {
    if (!node.IsMap()) fail(file, node, fmt::format("{} must be a mapping of keys to values, got {}", what, shown(node)));
    std::map<std::string, int> seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const std::string key = it->first.Scalar();
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
            std::string message = fmt::format("unknown key `{}` in {}", key, what);
            if (auto hint = did_you_mean(key, allowed)) message += fmt::format("; did you mean `{}`?", *hint);
            else {
                std::string list;
                for (std::string_view k : allowed) list += (list.empty() ? "" : ", ") + std::string(k);
                message += fmt::format(" (known keys: {})", list);
            }
            fail(file, it->first, message);
        }
        if (auto [previous, inserted] = seen.emplace(key, it->first.Mark().line + 1); !inserted)
            fail(file, it->first, fmt::format("key `{}` appears twice in {} (first on line {})", key, what, previous->second));
    }
}

std::optional<YAML::Node> Map::find(std::string_view key) const {
    for (auto it = node_.begin(); it != node_.end(); ++it)
        if (it->first.Scalar() == key) return it->second;
    return std::nullopt;
}

YAML::Node Map::required(std::string_view key) const {
    if (auto value = find(key)) return *value;
    fail(file_, node_, fmt::format("{} needs the key `{}`", what_, key));
}

std::string text(const std::string& file, const YAML::Node& node, std::string_view key) {
    if (!node.IsScalar()) fail(file, node, fmt::format("{} must be text, got {}", key, shown(node)));
    // Folded YAML text (`>`) ends in a newline that nobody means.
    const std::string& s = node.Scalar();
    const auto first = s.find_first_not_of(" \n\t");
    return first == std::string::npos ? "" : s.substr(first, s.find_last_not_of(" \n\t") - first + 1);
}

Ore amount(const std::string& file, const YAML::Node& node, std::string_view key) {
    const auto bad = [&](std::string_view why) {
        fail(file, node, fmt::format("{} must be {}, got {}", key, why, shown(node)));
    };
    if (!node.IsScalar()) bad("an amount in kroner");
    const std::string s = strip_digit_groups(node.Scalar());
    if (!s.empty() && s[0] == '-') bad("an amount that is not negative");
    const std::string lower = [&] { std::string l = s; for (char& c : l) c = static_cast<char>(std::tolower(c)); return l; }();
    if (lower.find("nan") != std::string::npos || lower.find("inf") != std::string::npos)
        bad("a finite amount in kroner");
    const auto point = s.find('.');
    const std::string whole = s.substr(0, point);
    const std::string ore = point == std::string::npos ? "" : s.substr(point + 1);
    const auto all_digits = [](const std::string& t) { return std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; }); };
    if (whole.empty() || !all_digits(whole) || !all_digits(ore) || ore.size() > 2)
        bad("an amount in kroner (like 19470000, 19 470 000 or 260000.50)");
    const std::size_t significant = whole.size() - std::min(whole.find_first_not_of('0'), whole.size());
    if (significant > 13) bad("at most 1 000 000 000 000 kr");
    Ore value = 0;
    std::from_chars(whole.data(), whole.data() + whole.size(), value);
    value = value * ore_per_krone + (ore.empty() ? 0 : std::stoll(ore) * (ore.size() == 1 ? 10 : 1));
    if (value > max_amount_ore) bad("at most 1 000 000 000 000 kr");
    return value;
}

double number(const std::string& file, const YAML::Node& node, std::string_view key) {
    const auto bad = [&](std::string_view why) {
        fail(file, node, fmt::format("{} must be {}, got {}", key, why, shown(node)));
    };
    if (!node.IsScalar()) bad("a number");
    std::string s = strip_digit_groups(node.Scalar());
    double scale = 1;
    if (!s.empty() && s.back() == '%') s.pop_back(), scale = 0.01;
    const auto parse = [&](std::string_view t) {
        double v = 0;
        auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
        if (ec != std::errc() || end != t.data() + t.size() || t.empty()) bad("a number (like 19.99, 1/3 or 30 %)");
        return v;
    };
    double value = 0;
    if (auto slash = s.find('/'); slash != std::string::npos) {
        const double denominator = parse(std::string_view(s).substr(slash + 1));
        if (denominator == 0) bad("a fraction with a non-zero denominator");
        value = parse(std::string_view(s).substr(0, slash)) / denominator;
    } else {
        value = parse(s);
    }
    value *= scale;
    if (!std::isfinite(value)) bad("a finite number");
    if (value < 0) bad("a number that is not negative");
    if (value > 1e12) bad("at most 1 000 000 000 000");
    return value;
}

std::int64_t whole_number(const std::string& file, const YAML::Node& node, std::string_view key) {
    const std::string s = node.IsScalar() ? strip_digit_groups(node.Scalar()) : "";
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (!node.IsScalar() || s.empty() || ec != std::errc() || end != s.data() + s.size())
        fail(file, node, fmt::format("{} must be a whole number, got {}", key, shown(node)));
    return value;
}

std::vector<YAML::Node> sequence(const std::string& file, const YAML::Node& node, std::string_view key) {
    if (!node.IsSequence()) fail(file, node, fmt::format("{} must be a list, got {}", key, shown(node)));
    return {node.begin(), node.end()};
}

}  // namespace spleis::yaml
