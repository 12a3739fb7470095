#include "arguments.hpp"

#include <cmath>
#include <cstring>

#include <fmt/format.h>

#include "guard.hpp"
#include "spleis/parameter.hpp"

namespace spleis::capi {

namespace {
constexpr double max_value = 1e12;

// How many bytes of `text` fit in `room` without cutting a UTF-8 sequence.
std::size_t utf8_prefix(std::string_view text, std::size_t room) {
    if (room >= text.size()) return text.size();
    while (room > 0 && (static_cast<unsigned char>(text[room]) & 0xC0) == 0x80) --room;
    return room;
}
}  // namespace

void require_loaded(const spleis_scenario* s) {
    if (!s->scenario)
        throw Refusal{SPLEIS_E_NOT_LOADED, "the scenario is not loaded: call spleis_scenario_load_file or "
                                           "spleis_scenario_load_yaml first (or the last load failed)"};
}

ParameterId parameter_id(const char* name) {
    if (const auto id = parameter_by_key(name)) return *id;
    throw Refusal{SPLEIS_E_NO_SUCH_PARAMETER, fmt::format("no parameter called \"{}\" (known: {})", name, parameter_keys())};
}

std::size_t index_in(int index, std::size_t count, const char* what, const char* of) {
    if (index < 0 || static_cast<std::size_t>(index) >= count)
        throw Refusal{SPLEIS_E_INDEX_OUT_OF_RANGE,
                      fmt::format("index {} is out of range: the {} has {} {} (0 to {})", index, of, count, what,
                                  count == 0 ? 0 : count - 1)};
    return static_cast<std::size_t>(index);
}

void require(const void* pointer, const char* name) {
    if (!pointer) throw Refusal{SPLEIS_E_NULL_ARGUMENT, fmt::format("{} is NULL", name)};
}

std::size_t member_index(const Allocation& allocation, int index) {
    const std::size_t count = allocation.members.size();
    if (index < 0 || static_cast<std::size_t>(index) >= count)
        throw Refusal{SPLEIS_E_INDEX_OUT_OF_RANGE,
                      fmt::format("index {} is out of range: the result has {} members (0 to {})", index, count,
                                  count - 1)};
    return static_cast<std::size_t>(index);
}

std::int64_t population(double value, const std::string& what) {
    const auto refuse = [&](const std::string& why) { throw Refusal{SPLEIS_E_BAD_NUMBER, what + " " + why}; };
    if (std::isnan(value)) refuse("is NaN, not a number of inhabitants");
    if (value < 0) refuse(fmt::format("must not be negative, got {}", value));
    if (std::isinf(value) || value > static_cast<double>(max_population))
        refuse(fmt::format("is not believable: {} (at most 100 000 000)", value));
    if (value != std::floor(value)) refuse(fmt::format("must be a whole number of inhabitants, got {}", value));
    return static_cast<std::int64_t>(value);
}

double amount(double value, const char* what, bool infinity_allowed) {
    const auto refuse = [&](const std::string& why) { throw Refusal{SPLEIS_E_BAD_NUMBER, fmt::format("{} {}", what, why)}; };
    if (std::isnan(value)) refuse("is NaN, not a number");
    if (value < 0) refuse(fmt::format("must not be negative, got {}", value));
    if (std::isinf(value) && !infinity_allowed) refuse("must be finite");
    if (std::isfinite(value) && value > max_value) refuse(fmt::format("must be at most 10^12, got {}", value));
    return value;
}

Ore kroner_to_ore(double value, const char* what) {
    return to_ore(amount(value, what));
}

Ore rounding_unit(double kroner, const char* what, std::optional<Ore> zero) {
    if (kroner == 0 && zero) return *zero;
    for (const RoundingUnit& unit : rounding_units)
        if (kroner == to_kroner(unit.ore)) return unit.ore;
    throw Refusal{SPLEIS_E_BAD_NUMBER,
                  fmt::format("{} must be 0.01, 1, 100 or 1000 kroner{}, got {}", what, zero ? " (0: 1 krone)" : "", kroner)};
}

void copy_text(std::string_view text, char* buffer, std::size_t size, std::size_t* length, const char* what) {
    if (size > 0 && !buffer)
        throw Refusal{SPLEIS_E_NULL_ARGUMENT, fmt::format("the buffer for {} is NULL, but its size is {}", what, size)};
    if (length) *length = text.size();
    if (size == 0) return;
    const std::size_t n = utf8_prefix(text, size - 1);
    std::memcpy(buffer, text.data(), n);
    buffer[n] = '\0';
    if (n < text.size())
        throw Refusal{SPLEIS_E_BUFFER_TOO_SMALL,
                      fmt::format("{} needs {} bytes with its terminating NUL; the buffer has {}", what,
                                  text.size() + 1, size)};
}

}  // namespace spleis::capi

namespace spleis::capi {

void copy_message(std::string_view text, char* buffer, std::size_t size) noexcept {
    if (!buffer || size == 0) return;
    const std::size_t n = utf8_prefix(text, size - 1);
    std::memcpy(buffer, text.data(), n);
    buffer[n] = '\0';
}

}  // namespace spleis::capi
