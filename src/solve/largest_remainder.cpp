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
#include <optional>

#include <fmt/format.h>

#include "spleis/error.hpp"
#include "vector_unit.hpp"
#if SPLEIS_X86
#include <immintrin.h>
#endif

namespace spleis {

namespace {

[[noreturn]] void impossible(const std::string& why) { throw Error(ErrorKind::internal, {}, why); }


// Rounds down into `amounts` (øre, whole units) and returns how many units are still missing.
template <typename CapUnits>
Ore floor_all(std::span<const double> exact_kroner, Ore unit, Ore target, std::span<Ore> amounts,
              std::vector<RemainderKey>& keys, CapUnits cap_units) {
    check_target(target, unit);
    const double units_per_krone = units_in_a_krone(unit);
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
    if (missing < -static_cast<Ore>(members) || missing > static_cast<Ore>(members))
        impossible(fmt::format("rounding is off by {} units of {} øre: the exact amounts do not sum to the target", missing, unit));
}

namespace {

constexpr RemainderKey key_limit = above_every_key;

// One pass over the keys against a cut at t. Plain loops: the compiler vectorises them.
struct Probe {
    Ore at_least = 0;                        // keys >= t
    RemainderKey lowest_at_least = key_limit;  // the smallest of them
    RemainderKey highest_below = 0;          // the largest key < t (0: none above at_cap)
};
struct ProbeKeys {
    SPLEIS_INLINE Probe operator()(auto /*lanes*/, std::span<const RemainderKey> keys, RemainderKey t) const {
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
};
Probe probe(std::span<const RemainderKey> keys, RemainderKey t) { return on_vector_unit(widest_unit(), ProbeKeys{}, keys, t); }

// The members whose key is in [lo, hi), in member order: their indices go to `out` (the first
// `room` of them; `out` has room for 16 more); returns how many there are. Most blocks of keys
// hold none, so each block is counted in vector registers first.
SPLEIS_INLINE std::size_t gather_keys(std::span<const RemainderKey> keys, RemainderKey lo, RemainderKey hi, std::uint32_t* out,
                                      std::size_t room) {
    const auto width = static_cast<std::uint32_t>(hi - lo);
    const auto inside = [&](RemainderKey key) { return static_cast<std::uint32_t>(key - lo) < width; };  // keys >= 0, lo >= 1
    constexpr std::size_t block = 16;
    std::size_t found = 0;
    for (std::size_t start = 0; start < keys.size(); start += block) {
        const std::size_t end = std::min(start + block, keys.size());
        std::int32_t hits = 0;
        for (std::size_t i = start; i < end; ++i) hits += inside(keys[i]);
        if (hits == 0) continue;
        for (std::size_t i = start; i < end; ++i) {
            out[std::min(found, room)] = static_cast<std::uint32_t>(i);  // no branch; past `room` only counted
            found += inside(keys[i]);
        }
    }
    return found;
}
#if SPLEIS_X86
// With AVX-512 one instruction compresses the indices of a block's hits into consecutive
// places (into a register, then stored whole: storing compressed is slow on some processors).
SPLEIS_AVX512 std::size_t gather_avx512(std::span<const RemainderKey> keys, RemainderKey lo, RemainderKey hi, std::uint32_t* out,
                                        std::size_t room) {
    const __m512i low = _mm512_set1_epi32(lo), width = _mm512_set1_epi32(hi - lo), sixteen = _mm512_set1_epi32(16);
    __m512i index = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    std::size_t found = 0, i = 0;
    for (; i + 16 <= keys.size(); i += 16) {
        const __mmask16 in = _mm512_cmplt_epu32_mask(_mm512_sub_epi32(_mm512_loadu_si512(keys.data() + i), low), width);
        if (in != 0) {
            if (found <= room) _mm512_storeu_si512(out + found, _mm512_maskz_compress_epi32(in, index));
            found += static_cast<std::size_t>(__builtin_popcount(in));
        }
        index = _mm512_add_epi32(index, sixteen);
    }
    for (; i < keys.size(); ++i) {
        out[std::min(found, room)] = static_cast<std::uint32_t>(i);
        found += static_cast<std::uint32_t>(keys[i] - lo) < static_cast<std::uint32_t>(hi - lo);
    }
    return found;
}
#endif
struct GatherKeys {
    SPLEIS_INLINE std::size_t operator()(auto lanes, std::span<const RemainderKey> keys, RemainderKey lo, RemainderKey hi,
                                         std::uint32_t* out, std::size_t room) const {
#if SPLEIS_X86
        if constexpr (decltype(lanes)::value == static_cast<int>(VectorUnit::avx512)) return gather_avx512(keys, lo, hi, out, room);
#endif
        return gather_keys(keys, lo, hi, out, room);
    }
};
std::size_t gather(std::span<const RemainderKey> keys, RemainderKey lo, RemainderKey hi, std::uint32_t* out, std::size_t room) {
    return on_vector_unit(widest_unit(), GatherKeys{}, keys, lo, hi, out, room);
}

// The largest `take` (> 0) of the keys of `members` as a cut: the take-th largest, and how
// many of those equal to it are among them. Rearranges `scratch` (the keys, copied).
Cut cut_among(std::span<const std::uint32_t> members, std::span<const RemainderKey> keys, Ore take, RemainderKey* scratch) {
    for (std::size_t j = 0; j < members.size(); ++j) scratch[j] = keys[members[j]];
    const std::span<RemainderKey> near(scratch, members.size());
    std::nth_element(near.begin(), near.begin() + static_cast<std::ptrdiff_t>(take - 1), near.end(), std::greater<>());
    const RemainderKey t = near[static_cast<std::size_t>(take - 1)];
    return {t, take - std::count_if(near.begin(), near.end(), [t](RemainderKey key) { return key > t; })};
}

// At most this many keys are gathered to pick the cut among them (see find_cut()): two
// arrays of this size live on the stack, and nth_element over them is cheaper than a pass.
constexpr std::size_t few = 512;
// Gather only when the keys sought are at most one in this many members: then most blocks of
// 16 keys hold none and are only counted, so the gathering pass costs about what a probe does.
constexpr Ore members_per_gathered_key = 64;
// Every this-many-th probe halves [lo, hi) instead of interpolating: interpolation is fast on
// remainders spread evenly, halving bounds the passes (about 60) when they are not.
constexpr int halve_every = 3;

// The cut for `missing` (> 0) units: T, the missing-th largest key, found by narrowing
// [lo, hi) with passes over the keys. Each pass counts the keys at or above a probe and
// moves lo or hi onto the nearest key, so equal keys end the search at once. Probes
// interpolate (keys are remainders, spread fairly evenly: a pass or two) and every third one
// halves, so it never takes more than about 60 passes. Once [lo, hi) holds only a few keys
// among many members, one pass gathers them and T is picked among them: remainders that
// cluster (keys on a lattice, many equal) would otherwise take several interpolations to
// close in. The guess, with the `ahead` keys above it, is a first probe.
Cut find_cut(std::span<const RemainderKey> keys, Ore missing, Ore below_cap, RemainderKey guess, Ore ahead) {
    if (below_cap < missing) impossible("rounding could not place every unit without breaking a cap");
    // Invariant: at_lo = keys >= lo >= missing > at_hi = keys >= hi. Until a probe moves them,
    // lo and hi need not be keys.
    RemainderKey lo = at_cap + 1, hi = key_limit;
    Ore at_lo = below_cap, at_hi = 0;
    bool hi_on_key = false;  // hi - 1 is a key
    if (ahead >= missing) {
        lo = guess + 1;
        at_lo = ahead;
    } else {
        hi = guess + 1;
        at_hi = ahead;
    }
    for (int pass = 1;; ++pass) {
        const Ore wanted = missing - at_hi;  // of the keys in [lo, hi), the largest `wanted`
        if (wanted == at_lo - at_hi) return {lo - 1, 0};  // all of them
        // The largest, with its ties (when hi - lo is 1, the keys in between all equal lo).
        if ((wanted == 1 && hi_on_key) || hi - lo == 1) return {hi - 1, wanted};
        if (const Ore between = at_lo - at_hi;
            between <= static_cast<Ore>(few) && between * members_per_gathered_key <= static_cast<Ore>(keys.size())) {
            std::array<std::uint32_t, few + 16> members;
            std::array<RemainderKey, few> scratch;
            if (gather(keys, lo, hi, members.data(), few) != static_cast<std::size_t>(between))
                impossible("the keys changed while the cut was sought");
            return cut_among(std::span(members).first(static_cast<std::size_t>(between)), keys, wanted, scratch.data());
        }
        const double share = static_cast<double>(at_lo - missing) / static_cast<double>(at_lo - at_hi);
        const RemainderKey probe_at = pass % halve_every == 0 ? lo + (hi - lo) / 2 : lo + static_cast<RemainderKey>(share * (hi - lo));
        const Probe p = probe(keys, std::clamp(probe_at, lo + 1, hi - 1));
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

// Whether a member with `key`, the `tie`-th (from 0) in member order of those at the cut's
// threshold, gets a unit.
bool gets_unit(const Cut& cut, RemainderKey key, Ore tie) { return key > cut.threshold || (key == cut.threshold && tie < cut.ties); }

// From what was given ahead to the cut, in one pass the compiler vectorises: those between the
// guess and the cut gain a unit (cut below the guess) or give it back (cut above). Then those
// at the threshold itself, in member order: blocks without one are skipped after a count.
SPLEIS_INLINE void move_units(const Cut& cut, RemainderKey guess, Ore unit, std::span<Ore> amounts, std::span<const RemainderKey> keys) {
    const RemainderKey t = cut.threshold;
    // Keys in (t, guess] gain, keys in (guess, t) give back.
    const RemainderKey from = std::min(t, guess) + 1;
    const auto width = static_cast<std::uint32_t>(t <= guess ? guess - t : t - guess - 1);
    const Ore change = t <= guess ? unit : -unit;
    for (std::size_t i = 0; i < amounts.size(); ++i)
        amounts[i] += static_cast<std::uint32_t>(keys[i] - from) < width ? change : 0;
    // At the threshold: a unit to the first `ties` (if below the guess, they had none), or
    // back from the others (if above it, they all had one).
    if (t > key_limit - 1 || (t <= guess && cut.ties == 0)) return;
    constexpr std::size_t block = 16;
    Ore tie = 0;
    for (std::size_t start = 0; start < keys.size() && (t > guess || tie < cut.ties); start += block) {
        const std::size_t end = std::min(start + block, keys.size());
        std::int32_t hits = 0;
        for (std::size_t i = start; i < end; ++i) hits += keys[i] == t;
        if (hits == 0) continue;
        for (std::size_t i = start; i < end; ++i) {
            if (keys[i] != t) continue;
            const bool up = tie++ < cut.ties;
            if (t <= guess && up) amounts[i] += unit;
            if (t > guess && !up) amounts[i] -= unit;
        }
    }
}
struct MoveUnits {
    SPLEIS_INLINE void operator()(auto /*lanes*/, const Cut& cut, RemainderKey guess, Ore unit, std::span<Ore> amounts,
                                  std::span<const RemainderKey> keys) const {
        move_units(cut, guess, unit, amounts, keys);
    }
};

// The usual case, where the guess was near the cut: the members whose key lies between the
// two are few (keys spread evenly, the guess their middle), so one gathering pass finds those
// near the guess, the cut is picked among them, and only they change. Nothing when they are
// not few, or do not reach the cut.
std::optional<Cut> settle_near_guess(Ore more, Ore unit, std::span<Ore> amounts, std::span<const RemainderKey> keys,
                                     Ore below_cap, RemainderKey guess) {
    // more: units still to give (below 0: to take back)
    const Ore change = more > 0 ? more : -more;
    // At most this many members near the guess are gathered (two arrays on the stack); more,
    // and a full find_cut() is as quick.
    constexpr std::size_t room = 2048;
    // Keys spread evenly over 1 … 1 000 001 have `change` of them in change / density key
    // values; look at half as many again and a few more.
    const Ore expected = change + change / 2 + 16;
    if (expected > static_cast<Ore>(room / 2) || expected * 16 > static_cast<Ore>(keys.size()) || below_cap == 0) return std::nullopt;
    const double density = static_cast<double>(below_cap) / (key_limit - 1);
    const auto width = static_cast<RemainderKey>(std::min<double>(key_limit, std::ceil(static_cast<double>(expected) / density)));
    const RemainderKey edge = guess + 1;  // keys from here on were given a unit ahead
    const RemainderKey lo = more > 0 ? std::max(at_cap + 1, edge - width) : edge;
    const RemainderKey hi = more > 0 ? edge : std::min(key_limit, edge + width);
    std::array<std::uint32_t, room + 16> near;
    const std::size_t found = gather(keys, lo, hi, near.data(), room);
    if (found > room || static_cast<Ore>(found) < change) return std::nullopt;
    // Of those near the guess, the `take` largest (ties to the earlier member) end above the cut.
    const Ore take = more > 0 ? more : static_cast<Ore>(found) + more;
    std::array<RemainderKey, room> scratch;
    const std::span<const std::uint32_t> members = std::span(near).first(found);
    const Cut cut = take > 0 ? cut_among(members, keys, take, scratch.data()) : Cut{hi - 1, 0};
    Ore tie = 0;
    for (const std::uint32_t i : members) {
        const bool up = gets_unit(cut, keys[i], tie);
        tie += keys[i] == cut.threshold;
        amounts[i] += (up ? unit : 0) - (keys[i] > guess ? unit : 0);
    }
    return cut;
}

}  // namespace

Ore count_below_cap(std::span<const RemainderKey> keys) {
    return static_cast<Ore>(std::count_if(keys.begin(), keys.end(), [](RemainderKey key) { return key != at_cap; }));
}

Cut give_missing_units(Ore missing, Ore unit, std::span<Ore> amounts, std::span<const RemainderKey> keys, Ore below_cap,
                       RemainderKey guess) {
    if (missing == 0) return {guess, 0};  // the guess was the cut (or nothing to give)
    if (const std::optional<Cut> near = settle_near_guess(missing, unit, amounts, keys, below_cap, guess)) return *near;
    // Units in all: those still missing and those given ahead.
    const Ore ahead = guess == no_guess ? 0 : static_cast<Ore>(std::count_if(keys.begin(), keys.end(), [guess](RemainderKey key) { return key > guess; }));
    const Ore in_all = missing + ahead;
    if (in_all < 0) impossible(fmt::format("rounding is off by {} units of {} øre: the exact amounts do not sum to the target", in_all, unit));
    const Cut cut = in_all > 0 ? find_cut(keys, in_all, below_cap, guess, ahead) : Cut{};
    on_vector_unit(widest_unit(), MoveUnits{}, cut, guess, unit, amounts, keys);
    return cut;
}

void mark_rounded_up(const Cut& cut, std::span<const RemainderKey> keys, std::span<std::uint8_t> rounded_up) {
    Ore tie = 0;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        rounded_up[i] = gets_unit(cut, keys[i], tie);
        tie += keys[i] == cut.threshold;
    }
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
