#pragma once
// The named numbers a financing model is made of. Every parameter a rule can use is listed
// once in parameter.cpp with its unit and a plain description.
#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "spleis/error.hpp"

namespace spleis {

enum class ParameterId {
    base_amount,          // NOK each paying member pays before the per-inhabitant part
    per_inhabitant,       // NOK per inhabitant
    amount_per_member,    // NOK, equal split
    amount_to_split,      // NOK, the pot a mixed key divides
    equal_fraction,       // share of the pot split equally under a mixed key
    levy_per_inhabitant,  // NOK per inhabitant paid into a matched fund
    match_rate,           // share: kroner the sponsor adds per krone members pay
    sponsor_maximum,      // NOK, the most the sponsor adds
    upper_frame,          // NOK, the most the fund may hold
    band_scale,           // share: factor on every band price of a population_bands price list
    cap,                  // NOK, the most one member pays
    floor,                // NOK, the least one member pays
};
// How many parameters there are; parameter.cpp fails to compile when this and ParameterId differ.
inline constexpr std::size_t parameter_count = 12;

enum class Unit { nok, nok_per_inhabitant, share };

struct ParameterInfo {
    ParameterId id;
    std::string_view key;          // as written in YAML: "base_amount"
    Unit unit;
    std::string_view description;  // for people: "base amount"
};

const ParameterInfo& info(ParameterId id);
std::optional<ParameterId> parameter_by_key(std::string_view key);
// Parameters' keys for messages, "base_amount, per_inhabitant" (or "… and per_inhabitant"
// with last = " and "); parameter_keys() lists every parameter.
std::string keys(std::span<const ParameterId> ids, std::string_view last = ", ");
std::string parameter_keys();
std::string_view unit_name(Unit unit);  // "NOK", "NOK per inhabitant", "share"

// How a model states a parameter: not at all, as a value, as the unknown the engine solves
// for ("value: solve"), or as one `spleis calibrate` finds from published facts ("value:
// calibrate"). One mode, so no parameter is solved and calibrated at once, or solved unstated.
enum class ParameterMode { absent, value, solve, calibrate };

// One parameter as a model or scenario states it.
struct Parameter {
    ParameterMode mode = ParameterMode::absent;
    double value = 0;     // in mode value
    std::string source;   // the council paper or decision it comes from
    Location where;       // where it was written, for messages

    bool given() const { return mode != ParameterMode::absent; }  // mentioned at all
    bool solved() const { return mode == ParameterMode::solve; }  // the engine finds it
    bool calibrated() const { return mode == ParameterMode::calibrate; }
};

using Parameters = std::array<Parameter, parameter_count>;

inline Parameter& at(Parameters& p, ParameterId id) { return p[static_cast<std::size_t>(id)]; }
inline const Parameter& at(const Parameters& p, ParameterId id) { return p[static_cast<std::size_t>(id)]; }

// The rules every parameter's value follows, whether a scenario file, a what-if or a C
// function gives it: finite, not negative, at most 10^12 (kroner for an amount), a share at
// most 1, and for an amount given from outside (`whole_ore`) whole øre. Throws Error at `where`.
void check_value(ParameterId id, double value, const Location& where, bool whole_ore);
// The same rules for any amount in kroner, named `key` in the message.
void check_amount(double kroner, std::string_view key, const Location& where, bool whole_ore);

// Plain values of all parameters, indexed by ParameterId; what rules are evaluated with.
using ParameterValues = std::array<double, parameter_count>;
inline double value(const ParameterValues& v, ParameterId id) { return v[static_cast<std::size_t>(id)]; }

}  // namespace spleis
