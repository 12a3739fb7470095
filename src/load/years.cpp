// Dated values and the yearly index. A dated value is written with its years as keys:
//   budget:
//     2022: 19 470 000
//     2024: 21 000 000        # from 2024 on
// An amount is stated in the kroner of its year; an index (percent a year, such as the
// municipal price deflator) carries it to each later budget year.
#include "years.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "load_phrases.hpp"
#include "yaml_reader.hpp"

namespace spleis {

namespace {
std::optional<int> year_key(const YAML::Node& key) {
    if (!key.IsScalar()) return std::nullopt;
    const std::string& s = key.Scalar();
    int year = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), year);
    if (ec != std::errc() || end != s.data() + s.size() || s.size() != 4 || year < 1900 || year > 2200) return std::nullopt;
    return year;
}
}  // namespace

bool is_dated(const YAML::Node& node) {
    if (!node.IsMap() || node.size() == 0) return false;
    for (auto it = node.begin(); it != node.end(); ++it)
        if (!year_key(it->first)) return false;
    return true;
}

double YearContext::factor(int from) const {
    double f = 1;
    for (int t = from + 1; t <= year; ++t) {
        if (index) {
            f *= 1 + *index / 100;
            continue;
        }
        if (dated_index.empty()) continue;
        const auto it = dated_index.find(t);
        if (it == dated_index.end())
            yaml::fail(file, index_node, say(phrase::index_without_year, t, from, year));
        f *= 1 + it->second / 100;
    }
    return f;
}

YAML::Node for_year(const std::string& file, const YAML::Node& node, std::string_view key, const YearContext& context,
                    int& stated_in) {
    stated_in = context.first_year;
    if (!is_dated(node)) return node;
    std::optional<YAML::Node> chosen;
    int first = 0;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const int year = *year_key(it->first);
        first = first == 0 ? year : std::min(first, year);
        if (year <= context.year && (!chosen || year > stated_in)) {
            chosen = it->second;
            stated_in = year;
        }
    }
    if (!chosen)
        yaml::fail(file, node, say(phrase::no_value_for_year, key, context.year, first));
    return *chosen;
}

Ore amount_for_year(const std::string& file, const YAML::Node& node, std::string_view key, const YearContext& context,
                    Ore unit) {
    int stated_in = 0;
    const YAML::Node value = for_year(file, node, key, context, stated_in);
    const Ore amount = yaml::amount(file, value, key);
    const double f = context.factor(stated_in);
    if (f == 1) return amount;
    return indexed(amount, f, unit);
}

double percent(const std::string& file, const YAML::Node& node, std::string_view key) {
    std::string s = node.IsScalar() ? node.Scalar() : "";
    std::erase(s, ' ');
    const bool has_sign = !s.empty() && s.back() == '%';
    if (has_sign) s.pop_back();
    double value = 0;
    const char* begin = s.data() + (!s.empty() && s[0] == '+' ? 1 : 0);
    const auto [end, ec] = std::from_chars(begin, s.data() + s.size(), value);
    if (!has_sign || s.empty() || ec != std::errc() || end != s.data() + s.size() || !std::isfinite(value))
        yaml::fail(file, node, ending_in(phrase::percentage_like,
                                         node.IsScalar() ? say(phrase::quoted, node.Scalar()) : say(phrase::a_list_or_mapping), key));
    if (value < -100) yaml::fail(file, node, say(phrase::below_minus_100, key, value));
    return value;
}

}  // namespace spleis
