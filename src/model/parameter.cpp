#include "spleis/parameter.hpp"

#include <cmath>
#include <algorithm>
#include <string>
#include <vector>

#include "list_text.hpp"
#include "phrases.hpp"
#include "spleis/money.hpp"

namespace spleis {

namespace {
using enum ParameterId;
constexpr std::array<ParameterInfo, parameter_count> catalogue{{
    {base_amount, "base_amount", Unit::nok, "base amount"},
    {per_inhabitant, "per_inhabitant", Unit::nok_per_inhabitant, "amount per inhabitant"},
    {amount_per_member, "amount_per_member", Unit::nok, "amount per member"},
    {amount_to_split, "amount_to_split", Unit::nok, "amount split by the key"},
    {equal_fraction, "equal_fraction", Unit::share, "part split equally"},
    {levy_per_inhabitant, "levy_per_inhabitant", Unit::nok_per_inhabitant, "levy per inhabitant"},
    {match_rate, "match_rate", Unit::share, "sponsor's kroner per krone paid in"},
    {sponsor_maximum, "sponsor_maximum", Unit::nok, "sponsor's maximum"},
    {upper_frame, "upper_frame", Unit::nok, "fund's upper frame"},
    {band_scale, "band_scale", Unit::share, "factor on the band prices"},
    {cap, "cap", Unit::nok, "cap per member"},
    {floor, "floor", Unit::nok, "floor per member"},
}};

// Lists every ParameterId (no default: a new one does not compile until it is listed here).
constexpr bool is_parameter(ParameterId id) {
    switch (id) {
        case base_amount: case per_inhabitant: case amount_per_member: case amount_to_split: case equal_fraction:
        case levy_per_inhabitant: case match_rate: case sponsor_maximum: case upper_frame: case band_scale: case cap:
        case floor: return true;
    }
    return false;
}
static_assert(!is_parameter(static_cast<ParameterId>(parameter_count)),
              "ParameterId has more parameters than parameter_count (parameter.hpp) says");

constexpr bool every_parameter_listed() {
    for (std::size_t i = 0; i < parameter_count; ++i)
        if (catalogue[i].id != static_cast<ParameterId>(i) || catalogue[i].key.empty() || catalogue[i].description.empty())
            return false;
    return true;
}
static_assert(every_parameter_listed(), "the catalogue lists every parameter once, in the order of ParameterId");
}  // namespace

const ParameterInfo& info(ParameterId id) { return catalogue[static_cast<std::size_t>(id)]; }

std::optional<ParameterId> parameter_by_key(std::string_view key) {
    const auto* found = std::find_if(catalogue.begin(), catalogue.end(), [&](const auto& p) { return p.key == key; });
    if (found == catalogue.end()) return std::nullopt;
    return found->id;
}

std::string keys(std::span<const ParameterId> ids, std::string_view last) {
    std::vector<std::string> texts;
    for (ParameterId id : ids) texts.emplace_back(info(id).key);
    return joined(texts, last);
}

std::string parameter_keys() {
    std::array<ParameterId, parameter_count> all{};
    for (std::size_t i = 0; i < parameter_count; ++i) all[i] = catalogue[i].id;
    return keys(all);
}

std::string_view unit_name(Unit unit) {
    switch (unit) {
        case Unit::nok: return "NOK";
        case Unit::nok_per_inhabitant: return "NOK per inhabitant";
        case Unit::share: return "share";
    }
    return "?";
}

void check_amount(double kroner, std::string_view key, const Location& where, bool whole_ore) {
    if (!std::isfinite(kroner)) throw Error(where, say(phrase::not_finite, key, kroner));
    if (kroner < 0) throw Error(where, say(phrase::negative_amount, key, kroner));
    if (kroner > to_kroner(max_amount_ore)) throw Error(where, say(phrase::amount_too_large, key, kroner));
    if (whole_ore && !whole(kroner * ore_per_krone)) throw Error(where, say(phrase::not_whole_ore, key, kroner));
}

void check_value(ParameterId id, double value, const Location& where, bool whole_ore) {
    const ParameterInfo& p = info(id);
    if (p.unit == Unit::nok) return check_amount(value, p.key, where, whole_ore);
    if (!std::isfinite(value)) throw Error(where, say(phrase::not_finite, p.key, value));
    if (value < 0) throw Error(where, say(phrase::negative_number, p.key, value));
    if (value > to_kroner(max_amount_ore)) throw Error(where, say(phrase::number_too_large, p.key, value));
    if (id == ParameterId::equal_fraction && value > 1) throw Error(where, say(phrase::share_above_one, p.key, value));
}

}  // namespace spleis
