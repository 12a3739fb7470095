#pragma once
#include <cmath>
// Checks of what a C caller passes in, and the one way text goes back out. Each check throws
// a Refusal (guard.hpp) with its own status code and a message naming the argument.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "spleis/allocation.hpp"
#include "spleis/spleis.h"

namespace spleis::capi {

// A scenario handle that holds a loaded scenario (SPLEIS_E_NOT_LOADED otherwise).
void require_loaded(const spleis_scenario* s);

// A parameter by its key ("base_amount"); SPLEIS_E_NO_SUCH_PARAMETER listing the keys otherwise.
ParameterId parameter_id(const char* name);

// An index into `count` items, as a size_t; SPLEIS_E_INDEX_OUT_OF_RANGE otherwise. `what`
// names the items in the message: "options", "points".
std::size_t index_in(int index, std::size_t count, const char* what, const char* of);

void require(const void* pointer, const char* name);

// A member index of the allocation, as a size_t.
std::size_t member_index(const Allocation& allocation, int index);

// A population given as a double: finite, whole, from 0 to 100 000 000 (the population
// files' own limit). `what` names it in messages: "populations[3]".
std::int64_t population(double value, const std::string& what);

// The same limit as the population CSV reader (spleis::max_population).
// True when population() would accept the value: lets hot paths skip making its message.
inline bool plain_population(double value) {
    return value >= 0 && value <= static_cast<double>(max_population) && value == std::floor(value);
}

// An amount in kroner or another parameter value: finite (or +infinity when allowed), not
// negative, at most 10^12 (spleis's largest amount).
double amount(double value, const char* what, bool infinity_allowed = false);

// An amount in kroner (as amount()) as whole øre.
Ore kroner_to_ore(double value, const char* what);

// A rounding unit given in kroner: 0.01, 1, 100 or 1000, as øre. `zero` is what 0 means
// (nothing when 0 is refused).
Ore rounding_unit(double kroner, const char* what, std::optional<Ore> zero = std::nullopt);

// Copies text into the caller's buffer the snprintf way (see spleis.h): the full length to
// *length, at most size - 1 bytes cut at a UTF-8 boundary plus a NUL, and a refusal with
// SPLEIS_E_BUFFER_TOO_SMALL when it did not fit. `what` names the text in messages.
void copy_text(std::string_view text, char* buffer, std::size_t size, std::size_t* length, const char* what);

}  // namespace spleis::capi

namespace spleis::capi {

// The message of a handle-free call into the caller's optional buffer, cut to fit. Never
// fails: a missing or small buffer only loses the message, not the result.
void copy_message(std::string_view text, char* buffer, std::size_t size) noexcept;

}  // namespace spleis::capi
