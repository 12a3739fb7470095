// A parameter is written either as a mapping (value, unit, source) or, in a scenario's
// overrides, as just its value. "solve" instead of a value asks the engine to find it so the
// budget balances; "calibrate" asks `spleis calibrate` to find it from published facts.
#include "parameters_yaml.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include <fmt/format.h>

#include "load_phrases.hpp"
#include "yaml_reader.hpp"

namespace spleis {

namespace {
std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

void read_value(const std::string& file, const YAML::Node& written, ParameterId id, Parameter& p, const YearContext* year) {
    p.where = yaml::where(file, written);
    int stated_in = 0;
    const YAML::Node node = year ? for_year(file, written, info(id).key, *year, stated_in) : written;
    if (node.IsScalar() && lower(node.Scalar()) == "solve") {
        p.mode = ParameterMode::solve;
        return;
    }
    if (node.IsScalar() && lower(node.Scalar()) == "calibrate") {
        p.mode = ParameterMode::calibrate;
        return;
    }
    p.mode = ParameterMode::value;
    const std::string key(info(id).key);
    p.value = info(id).unit == Unit::nok ? to_kroner(yaml::amount(file, node, key)) : yaml::number(file, node, key, id == ParameterId::equal_fraction);
    // Money is carried by the index from the year it is stated in; shares are not money.
    if (!year || info(id).unit == Unit::share) return;
    const double f = year->factor(stated_in);
    if (f == 1) return;
    p.value *= f;
    // A cap or floor stays a whole number of the rounding unit, so rounding can honour it.
    if (id == ParameterId::cap || id == ParameterId::floor) {
        const double unit = to_kroner(year->unit);
        p.value = std::round(p.value / unit) * unit;
    }
}
}  // namespace

std::vector<NamedParameter> read_parameters(const std::string& file, const YAML::Node& node, Parameters& into,
                                            ParameterStrictness strictness, const YearContext* year) {
    if (!node.IsMap()) yaml::fail(file, node, say(phrase::parameters_not_mapping));
    std::vector<std::string> seen;
    std::vector<NamedParameter> named;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const std::string key = it->first.Scalar();
        const std::optional<ParameterId> id = parameter_by_key(key);
        if (!id) {
            Text message = say(phrase::unknown_parameter, key);
            std::optional<std::string_view> hint;
            std::size_t best = 4;
            for (std::size_t i = 0; i < parameter_count; ++i) {
                const std::string_view candidate = info(static_cast<ParameterId>(i)).key;
                if (yaml::did_you_mean(key, {candidate}) && (!hint || candidate.size() < best)) hint = candidate;
            }
            message = message + (hint ? say(phrase::did_you_mean_key, *hint) : say(phrase::known_parameters, parameter_keys()));
            yaml::fail(file, it->first, message);
        }
        if (const auto previous = std::find(seen.begin(), seen.end(), key); previous != seen.end())
            yaml::fail(file, it->first, say(phrase::parameter_twice, key,
                                            named[static_cast<std::size_t>(previous - seen.begin())].where.line));
        seen.push_back(key);

        named.push_back({*id, yaml::where(file, it->first)});
        Parameter p;
        p.mode = ParameterMode::value;
        const YAML::Node value = it->second;
        if (strictness == ParameterStrictness::override && value.IsScalar() && lower(value.Scalar()) == "none") {
            if (*id != ParameterId::cap && *id != ParameterId::floor)
                yaml::fail(file, value, say(phrase::only_limits_can_be_none, key));
            into[static_cast<std::size_t>(*id)] = Parameter{};
            continue;
        }
        if (value.IsMap() && !(year && is_dated(value))) {
            const yaml::Map entry(file, value, say(phrase::parameter_named, key), {"value", "unit", "source"});
            read_value(file, entry.required("value"), *id, p, year);
            const std::string expected(unit_name(info(*id).unit));
            if (auto unit = entry.find("unit")) {
                if (lower(yaml::text(file, *unit, "unit")) != lower(expected))
                    yaml::fail(file, *unit, say(phrase::unit_must_be, key, expected, unit->Scalar()));
            } else if (strictness == ParameterStrictness::model_file) {
                yaml::fail(file, value, say(phrase::parameter_needs_unit, key, expected));
            }
            if (auto source = entry.find("source")) p.source = yaml::text(file, *source, "source");
            else if (strictness == ParameterStrictness::model_file)
                yaml::fail(file, value, say(phrase::parameter_needs_source, key));
        } else if (strictness == ParameterStrictness::model_file) {
            yaml::fail(file, value, say(phrase::parameter_needs_all, key, key, unit_name(info(*id).unit)));
        } else {
            read_value(file, value, *id, p, year);
        }
        if (p.source.empty()) p.source = fmt::format("set in {}", file);
        into[static_cast<std::size_t>(*id)] = p;
    }
    return named;
}

}  // namespace spleis
