// Rounding to whole units so the total stays exact: the largest-remainder method
// (Hamilton's method, as used for seat apportionment). Each member first gets its amount
// rounded down; the units still missing go one each to the largest remainders. Ties go to
// the earlier member, and callers keep members in code order, so the result is deterministic.
// A unit is never given past a member's cap, so caps hold after rounding.
#include "largest_remainder.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>

#include <fmt/format.h>

#include "spleis/error.hpp"
#include "vector_unit.hpp"

namespace spleis {

namespace {

[[noreturn]] void impossible(const std::string& why) { throw Error(ErrorKind::internal, {}, why); }


// Rounds down into `amounts` (øre, whole units) and returns how many units are still missing.
template <typename CapUnits>
Ore floor_all(std::span<const double> exact_kroner, Ore unit, Ore target, std::span<Ore> amounts,
              std::vector<RemainderKey>& keys, CapUnits cap_units) {
    check_target(target, unit);
    const double units_per_krone = static_cast<double>(ore_per_krone) / static_cast<double>(unit);
    keys.resize(exact_kroner.size());
    Ore given = 0;
    for (std::size_t i = 0; i < exact_kroner.size(); ++i) {
        const double units = exact_kroner[i] * units_per_krone;
        if (!(units >= 0 && units <= static_cast<double>(max_amount_ore))) unroundable(exact_kroner[i]);  // also NaN
        amounts[i] = floor_units(units, cap_units(i), unit, keys[i]);
        given += amounts[i];
    }
    const Ore missing = (target - given) / unit;
    check_missing(missing, exact_kroner.size(), unit);
    return missing;
}

}  // namespace

Ore units_below(double cap_kroner, Ore unit) {
    if (!std::isfinite(cap_kroner)) return std::numeric_limits<Ore>::max();
    return static_cast<Ore>(std::floor(cap_kroner * static_cast<double>(ore_per_krone) / static_cast<double>(unit)));
}

void check_target(Ore target, Ore unit) {
    if (unit <= 0 || target % unit != 0) impossible(fmt::format("cannot round {} øre to units of {} øre", target, unit));
}

void unroundable(double exact_kroner) { impossible(fmt::format("amount {} kr cannot be rounded", exact_kroner)); }

void check_missing(Ore missing, std::size_t members, Ore unit) {
    if (missing < 0 || missing > static_cast<Ore>(members))
        impossible(fmt::format("rounding is off by {} units of {} øre: the exact amounts do not sum to the target", missing, unit));
}

namespace {

constexpr RemainderKey key_limit = Cut{}.threshold;  // above every key

// One pass over the keys against a cut at t. Plain loops: the compiler vectorises them.
struct Probe {
    Ore at_least = 0;                        // keys >= t
    RemainderKey lowest_at_least = key_limit;  // the smallest of them
    RemainderKey highest_below = 0;          // the largest key < t (0: none above at_cap)
};
SPLEIS_INLINE Probe probe_keys(std::span<const RemainderKey> keys, RemainderKey t) {
    std::int32_t at_least = 0;
    RemainderKey lowest = key_limit, below = 0;
    for (const RemainderKey key : keys) {  // in masks, not branches, so that it vectorises
        const RemainderKey in = -static_cast<RemainderKey>(key >= t);
        at_least -= in;
        lowest = std::min(lowest, (key & in) | (key_limit & ~in));
        below = std::max(below, key & ~in);
    }
    return {at_least, lowest, below};
}
Probe probe_sse2(std::span<const RemainderKey> keys, RemainderKey t) { return probe_keys(keys, t); }
SPLEIS_AVX2 Probe probe_avx2(std::span<const RemainderKey> keys, RemainderKey t) { return probe_keys(keys, t); }
SPLEIS_AVX512 Probe probe_avx512(std::span<const RemainderKey> keys, RemainderKey t) { return probe_keys(keys, t); }
Probe probe(std::span<const RemainderKey> keys, RemainderKey t) {
    return has_avx512() ? probe_avx512(keys, t) : has_avx2() ? probe_avx2(keys, t) : probe_sse2(keys, t);
}

// The keys in [lo, hi) (at most `few` of them), by a counting pass over blocks of keys that
// the compiler vectorises; only the few blocks that hold one are looked at key by key.
constexpr std::size_t few = 512;
SPLEIS_INLINE std::size_t gather_keys(std::span<const RemainderKey> keys, RemainderKey lo, RemainderKey hi, RemainderKey* out) {
    const auto width = static_cast<std::uint32_t>(hi - lo);
    const auto inside = [&](RemainderKey key) { return static_cast<std::uint32_t>(key - lo) < width; };  // keys >= 0, lo >= 1
    constexpr std::size_t block = 64;
    std::size_t found = 0;
    for (std::size_t start = 0; start < keys.size(); start += block) {
        const std::size_t end = std::min(start + block, keys.size());
        std::int32_t hits = 0;
        for (std::size_t i = start; i < end; ++i) hits += inside(keys[i]);
        if (hits == 0) continue;
        for (std::size_t i = start; i < end && found < few; ++i)
            if (inside(keys[i])) out[found++] = keys[i];
    }
    return found;
}
std::size_t gather_sse2(std::span<const RemainderKey> keys, RemainderKey lo, RemainderKey hi, RemainderKey* out) {
    return gather_keys(keys, lo, hi, out);
}
SPLEIS_AVX2 std::size_t gather_avx2(std::span<const RemainderKey> keys, RemainderKey lo, RemainderKey hi, RemainderKey* out) {
    return gather_keys(keys, lo, hi, out);
}
SPLEIS_AVX512 std::size_t gather_avx512(std::span<const RemainderKey> keys, RemainderKey lo, RemainderKey hi, RemainderKey* out) {
    return gather_keys(keys, lo, hi, out);
}
std::size_t gather(std::span<const RemainderKey> keys, RemainderKey lo, RemainderKey hi, RemainderKey* out) {
    return has_avx512() ? gather_avx512(keys, lo, hi, out) : has_avx2() ? gather_avx2(keys, lo, hi, out) : gather_sse2(keys, lo, hi, out);
}

// The cut for `missing` (> 0) units: T, the missing-th largest key, found by narrowing
// [lo, hi) with passes over the keys. Each pass counts the keys at or above a probe and
// moves lo or hi onto the nearest key, so equal keys end the search at once. Probes
// interpolate (keys are remainders, spread fairly evenly: a pass or two) and every third one
// halves, so it never takes more than about 60 passes. Once [lo, hi) holds only a few keys
// among many members, one pass gathers them and T is picked among them: remainders that
// cluster (keys on a lattice, many equal) would otherwise take several interpolations to
// close in.
Cut find_cut(std::span<const RemainderKey> keys, Ore missing, Ore below_cap) {
    if (below_cap < missing) impossible("rounding could not place every unit without breaking a cap");
    // Invariant: at_lo = keys >= lo >= missing > at_hi = keys >= hi. Until a probe moves them,
    // lo and hi are the bounds of all keys, not keys themselves.
    RemainderKey lo = at_cap + 1, hi = key_limit;
    Ore at_lo = below_cap, at_hi = 0;
    bool hi_on_key = false;  // hi - 1 is a key
    for (int pass = 1;; ++pass) {
        const Ore wanted = missing - at_hi;  // of the keys in [lo, hi), the largest `wanted`
        if (wanted == at_lo - at_hi) return {lo - 1, 0};  // all of them
        // The largest, with its ties (when hi - lo is 1, the keys in between all equal lo).
        if ((wanted == 1 && hi_on_key) || hi - lo == 1) return {hi - 1, wanted};
        // Few: at most one in a block (of 64) on average, so most blocks are only counted.
        if (const Ore between_count = at_lo - at_hi; between_count <= static_cast<Ore>(few) && between_count * 64 <= static_cast<Ore>(keys.size())) {
            std::array<RemainderKey, few> between;
            const std::size_t count = gather(keys, lo, hi, between.data());
            if (count != static_cast<std::size_t>(at_lo - at_hi)) impossible("the keys changed while the cut was sought");
            const auto largest = between.begin() + wanted - 1;  // the wanted-th largest is T
            std::nth_element(between.begin(), largest, between.begin() + static_cast<std::ptrdiff_t>(count), std::greater<>());
            const RemainderKey t = *largest;
            const auto above = std::count_if(between.begin(), between.begin() + static_cast<std::ptrdiff_t>(count),
                                             [t](RemainderKey key) { return key > t; });
            return {t, wanted - above};
        }
        const double share = static_cast<double>(at_lo - missing) / static_cast<double>(at_lo - at_hi);
        const RemainderKey guess = pass % 3 == 0 ? lo + (hi - lo) / 2 : lo + static_cast<RemainderKey>(share * (hi - lo));
        const Probe p = probe(keys, std::clamp(guess, lo + 1, hi - 1));
        if (p.at_least >= missing) {
            lo = p.lowest_at_least;
            at_lo = p.at_least;
        } else {
            hi = p.highest_below + 1;
            at_hi = p.at_least;
            hi_on_key = true;
        }
    }
}

// The units to those above the threshold: a masked add the compiler vectorises. Then the
// ties, in member order (a scan that stops at the last one given).
SPLEIS_INLINE void give_units(Cut cut, Ore unit, std::span<Ore> amounts, std::span<const RemainderKey> keys) {
    for (std::size_t i = 0; i < amounts.size(); ++i) amounts[i] += keys[i] > cut.threshold ? unit : 0;
    for (std::size_t i = 0; cut.ties > 0 && i < keys.size(); ++i) {
        if (keys[i] != cut.threshold) continue;
        amounts[i] += unit;
        --cut.ties;
    }
}
void give_units_sse2(Cut cut, Ore unit, std::span<Ore> amounts, std::span<const RemainderKey> keys) { give_units(cut, unit, amounts, keys); }
SPLEIS_AVX2 void give_units_avx2(Cut cut, Ore unit, std::span<Ore> amounts, std::span<const RemainderKey> keys) {
    give_units(cut, unit, amounts, keys);
}
SPLEIS_AVX512 void give_units_avx512(Cut cut, Ore unit, std::span<Ore> amounts, std::span<const RemainderKey> keys) {
    give_units(cut, unit, amounts, keys);
}

}  // namespace

Ore count_below_cap(std::span<const RemainderKey> keys) {
    return static_cast<Ore>(std::count_if(keys.begin(), keys.end(), [](RemainderKey key) { return key != at_cap; }));
}

Cut give_missing_units(Ore missing, Ore unit, std::span<Ore> amounts, std::span<const RemainderKey> keys, Ore below_cap) {
    const Cut cut = missing > 0 ? find_cut(keys, missing, below_cap) : Cut{};
    if (has_avx512()) give_units_avx512(cut, unit, amounts, keys);
    else if (has_avx2()) give_units_avx2(cut, unit, amounts, keys);
    else give_units_sse2(cut, unit, amounts, keys);
    return cut;
}

void mark_rounded_up(const Cut& cut, std::span<const RemainderKey> keys, std::span<std::uint8_t> rounded_up) {
    Ore ties = cut.ties;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const bool tie = keys[i] == cut.threshold && ties > 0;
        ties -= tie;
        rounded_up[i] = keys[i] > cut.threshold || tie;
    }
}

void round_largest_remainder(std::span<const double> exact_kroner, double cap_kroner, Ore unit, Ore target,
                             std::span<Ore> amounts, std::span<std::uint8_t> rounded_up, RoundingWorkspace& workspace) {
    const Ore cap_units = units_below(cap_kroner, unit);
    const Ore missing = floor_all(exact_kroner, unit, target, amounts, workspace.keys, [cap_units](std::size_t) { return cap_units; });
    mark_rounded_up(give_missing_units(missing, unit, amounts, workspace.keys, count_below_cap(workspace.keys)), workspace.keys, rounded_up);
}

Rounded round_largest_remainder(std::span<const double> exact_kroner, std::span<const double> caps_kroner, Ore unit,
                                Ore target) {
    const std::size_t n = exact_kroner.size();
    std::vector<Ore> cap_units(n);
    for (std::size_t i = 0; i < n; ++i) cap_units[i] = units_below(caps_kroner[i], unit);
    Rounded out{std::vector<Ore>(n), {}};
    std::vector<std::uint8_t> up(n, 0);
    RoundingWorkspace workspace;
    const Ore missing = floor_all(exact_kroner, unit, target, out.amounts, workspace.keys, [&](std::size_t i) { return cap_units[i]; });
    mark_rounded_up(give_missing_units(missing, unit, out.amounts, workspace.keys, count_below_cap(workspace.keys)), workspace.keys, up);
    out.rounded_up.assign(up.begin(), up.end());
    return out;
}

}  // namespace spleis
