#pragma once
// What every fuzz target checks besides "no crash": a spleis::Error is the expected answer
// to bad input, but one of kind `internal` means the engine's own bookkeeping failed, which
// no input may cause, and a message must be valid UTF-8 because it goes to a terminal and
// into the C API's callers. Anything else thrown escapes and libFuzzer reports it.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "spleis/allocation.hpp"
#include "spleis/error.hpp"

namespace spleis::fuzz {

inline bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + length > s.size()) return false;
        for (std::size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return false;
        i += length;
    }
    return true;
}

[[noreturn]] inline void finding(const char* what, std::string_view detail) {
    std::fprintf(stderr, "spleis fuzz finding: %s: %.*s\n", what, static_cast<int>(detail.size()), detail.data());
    std::abort();
}

template <class Body>
void expect_only_input_errors(Body&& body) {
    try {
        body();
    } catch (const Error& e) {
        if (e.kind() == ErrorKind::internal) finding("internal error", e.what());
        if (e.message().empty()) finding("empty error message", e.what());
        if (!valid_utf8(e.what())) finding("error message is not UTF-8", e.what());
    }
}

// No NaN, no negative amount, and the total meets the budget: what allocate() promises.
inline void check_allocation(const Allocation& a) {
    for (const MemberShare& m : a.members) {
        if (!std::isfinite(m.limited) || !std::isfinite(m.raw.total)) finding("non-finite amount", m.municipality.code);
        if (m.amount < 0) finding("negative amount", m.municipality.code);
    }
    for (const Parameter& p : a.parameters)
        if (p.given() && !std::isfinite(p.value)) finding("non-finite parameter", p.source);
    if (a.budget && a.total != *a.budget) finding("total differs from the budget", a.title);
}

}  // namespace spleis::fuzz
