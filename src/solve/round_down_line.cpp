// Members a step in GCC/Clang vector types, so the compiler emits packed instructions for
// the target without intrinsics: two lanes on SSE2, which every x86-64 has, four where the
// processor has AVX2 and eight with AVX-512 (chosen at run time). SSE2 and AVX2 have no
// packed conversion between doubles and 64-bit integers, so two tricks keep those packed:
// - rounding down: for 0 <= u < 2^52, (u + 2^52) - 2^52 is u rounded to the nearest integer,
//   exactly; one less where that came out above u gives floor(u), as truncation does;
// - double to integer: for a whole w in [0, 2^52) the bits of w + 2^52, as an integer, are
//   those of 2^52 plus w, so an integer subtraction gives w. max_amount_ore is below 2^52.
// AVX-512 converts directly (truncation is floor for u >= 0), in half the instructions.
// Every path gives the value the scalar floor_units() does, by the same IEEE operations where
// they compute doubles (nothing is fused): tests/test_round_down_line.cpp checks bit for bit.
//
// Whether an amount cannot be rounded (below 0, above max_amount_ore, not a number), and how
// many members are at the cap, are settled outside the pass: see Populations.
#include "round_down_line.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <utility>
#include <cstring>
#include <limits>
#include <iterator>

#include "vector_unit.hpp"

// The lane helpers take and return vectors wider than SSE2's registers; they are always
// inlined, so no call passes one, and the compilers' note about that ABI does not apply.
#pragma GCC diagnostic ignored "-Wpsabi"

namespace spleis {

namespace {

static_assert(sizeof(RemainderKey) == sizeof(std::int32_t));
constexpr double two_52 = 4503599627370496.0;
constexpr double max_ore = static_cast<double>(max_amount_ore);
static_assert(max_ore < two_52);

// The vector types of N lanes. (Spelled out: GCC drops vector_size with a size that depends
// on a template parameter.)
template <int N>
struct Lanes;
template <>
struct Lanes<2> {
    using f64 = double __attribute__((vector_size(16)));
    using i64 = std::int64_t __attribute__((vector_size(16)));
    using i32 = std::int32_t __attribute__((vector_size(8)));
};
template <>
struct Lanes<4> {
    using f64 = double __attribute__((vector_size(32)));
    using i64 = std::int64_t __attribute__((vector_size(32)));
    using i32 = std::int32_t __attribute__((vector_size(16)));
};
template <>
struct Lanes<8> {
    using f64 = double __attribute__((vector_size(64)));
    using i64 = std::int64_t __attribute__((vector_size(64)));
    using i32 = std::int32_t __attribute__((vector_size(32)));
};

template <typename V, typename T>
SPLEIS_INLINE V splat_of(T v) {
    T lanes[sizeof(V) / sizeof(T)];
    std::fill(std::begin(lanes), std::end(lanes), v);
    V out;
    std::memcpy(&out, lanes, sizeof out);
    return out;
}
template <typename F>
SPLEIS_INLINE F splat(double v) {
    return splat_of<F, double>(v);
}
template <typename I, typename F>
SPLEIS_INLINE I bits(F v) {
    return reinterpret_cast<I>(v);
}
// Where `mask` is set, v; elsewhere +0.0.
template <typename F, typename I>
SPLEIS_INLINE F only(I mask, F v) {
    return reinterpret_cast<F>(mask & reinterpret_cast<I>(v));
}

// What the pass needs besides the members, as plain numbers.
struct Terms {
    double per_member, per_inhabitant, floor, cap, units_per_krone, cap_units, ore_per_unit;
    double ahead_above;  // a key above this is above the guess (see round_down_on_line())
    Ore unit;
    Ore cap_whole_units;  // cap_units as an integer
};

// The same in every lane, made once before the loop.
template <int N>
struct Splat {
    using F = typename Lanes<N>::f64;
    using I = typename Lanes<N>::i64;
    F per_member, per_inhabitant, floor, cap, units_per_krone, cap_units, ore_per_unit, ahead_above, two_52, one;
    I unit, cap_whole_units;
    SPLEIS_INLINE explicit Splat(const Terms& t)
        : per_member(splat<F>(t.per_member)), per_inhabitant(splat<F>(t.per_inhabitant)), floor(splat<F>(t.floor)),
          cap(splat<F>(t.cap)), units_per_krone(splat<F>(t.units_per_krone)), cap_units(splat<F>(t.cap_units)),
          ore_per_unit(splat<F>(t.ore_per_unit)), ahead_above(splat<F>(t.ahead_above)), two_52(splat<F>(spleis::two_52)),
          one(splat<F>(1)), unit(splat_of<I, std::int64_t>(t.unit)),
          cap_whole_units(splat_of<I, std::int64_t>(t.cap_whole_units)) {}
};

// Members k … k+N-1: reads population[0 … N-1], writes out at k, adds their øre (with the
// units given ahead) to `given`.
template <int N>
SPLEIS_INLINE void step(const double* population, const Splat<N>& c, const RoundedDown& out, std::size_t k,
                        typename Lanes<N>::i64& given) {
    using F = typename Lanes<N>::f64;
    using I = typename Lanes<N>::i64;
    using I32 = typename Lanes<N>::i32;
    F people;
    std::memcpy(&people, population, sizeof people);
    const F raw = c.per_member + people * c.per_inhabitant;
    const F below_cap = c.cap < raw ? c.cap : raw;              // minpd, as std::clamp: NaN stays
    const F limited = below_cap < c.floor ? c.floor : below_cap;  // maxpd (cap >= floor)

    const F units = limited * c.units_per_krone;
    F whole;  // floor(units)
    I under_cap, ore;  // ore: exact, whole and below 2^52
    if constexpr (N == 8) {  // in whole units as integers, then øre by an integer multiplication
        const I whole_units = __builtin_convertvector(units, I);
        whole = __builtin_convertvector(whole_units, F);
        under_cap = whole_units < c.cap_whole_units;
        ore = (c.cap_whole_units < whole_units ? c.cap_whole_units : whole_units) * c.unit;  // vpminsq
    } else {
        const F nearest = (units + c.two_52) - c.two_52;
        whole = nearest - only(nearest > units, c.one);
        under_cap = whole < c.cap_units;
        const F kept = c.cap_units < whole ? c.cap_units : whole;
        ore = bits<I>(kept * c.ore_per_unit + c.two_52) - bits<I>(c.two_52);
    }
    const F key = only(under_cap, (units - whole) * 1e6 + 1.5);  // see floor_units()
    const I amount = ore + ((key > c.ahead_above) & c.unit);  // a true comparison is -1: all bits
    given += amount;

    std::memcpy(out.ore + k, &amount, sizeof amount);
    const I32 key32 = __builtin_convertvector(key, I32);  // truncating
    std::memcpy(out.keys + k, &key32, sizeof key32);
}

// The whole pass on N lanes; the last n mod N members through a step padded with copies of
// the last member (roundable as it is; not counted).
template <int N>
SPLEIS_INLINE RoundedDownTotals pass(std::span<const double> population, const Terms& t, const RoundedDown& out) {
    using I = typename Lanes<N>::i64;
    const std::size_t n = population.size(), whole_steps = n / N * N;
    const Splat<N> c(t);
    I given{};
    const RoundedDown to = out;  // a copy the loop can keep in registers
    for (std::size_t k = 0; k < whole_steps; k += N) step<N>(population.data() + k, c, to, k, given);
    // Lane by lane, as plain arrays (GCC cannot index a vector whose type depends on N). The øre
    // are added as unsigned: a sum past 2^63 (a hundred thousand members at the largest amount)
    // wraps, and is then refused as rounding that is off, instead of being undefined.
    std::uint64_t sum = 0;
    const auto add_lanes = [&](const I& lanes_given, std::size_t lanes) {
        std::int64_t by_lane[N];
        std::memcpy(by_lane, &lanes_given, sizeof by_lane);
        for (std::size_t i = 0; i < lanes; ++i) sum += static_cast<std::uint64_t>(by_lane[i]);
    };
    add_lanes(given, N);
    if (const std::size_t rest = n - whole_steps; rest > 0) {
        double people[N];
        Ore ore[N];
        RemainderKey keys[N];
        std::fill(std::begin(people), std::end(people), population[n - 1]);
        std::memcpy(people, population.data() + whole_steps, rest * sizeof(double));
        I padded_given{};
        step<N>(people, c, {ore, keys}, 0, padded_given);
        add_lanes(padded_given, rest);
        std::copy_n(ore, rest, out.ore + whole_steps);
        std::copy_n(keys, rest, out.keys + whole_steps);
    }
    RoundedDownTotals totals;
    totals.given = static_cast<Ore>(sum);
    return totals;  // below_cap and the guess: see round_down_on_line()
}

struct Pass {
    SPLEIS_INLINE RoundedDownTotals operator()(auto lanes, std::span<const double> population, const Terms& t,
                                               const RoundedDown& out) const {
        return pass<decltype(lanes)::value>(population, t, out);
    }
};

}  // namespace

int widest_lanes() { return static_cast<int>(widest_unit()); }

RoundedDownTotals round_down_on_line(const Populations& population, const PopulationLine& line, const MemberLimits& limits,
                                     Ore unit, const RoundedDown& out, RemainderKey guess, int lanes) {
    if (population.each.empty()) return {};
    const Terms t{line.per_member,
                  line.per_inhabitant,
                  limits.floor,
                  limits.cap,
                  units_in_a_krone(unit),
                  static_cast<double>(units_below(limits.cap, unit)),
                  static_cast<double>(unit),
                  // key > this (a double before its truncation) is key > guess as integers
                  std::nextafter(static_cast<double>(guess) + 1, 0.0),
                  unit,
                  units_below(limits.cap, unit)};
    // The pass's arithmetic for one member, in scalar code: the same operations, so the same bits.
    const auto limited = [&](double people) { return std::clamp(t.per_member + people * t.per_inhabitant, t.floor, t.cap); };
    const auto units = [&](double people) { return limited(people) * t.units_per_krone; };
    const auto roundable = [&](double people) { return units(people) >= 0 && units(people) <= max_ore; };  // false for NaN
    // With finite terms no amount is NaN and the ends decide (see Populations); else, or if an
    // end fails, look at each member, in order, and name the first that cannot be rounded.
    const bool finite_terms = std::isfinite(t.per_member) && std::isfinite(t.per_inhabitant) && !std::isnan(t.floor) && !std::isnan(t.cap);
    if (!(finite_terms && roundable(population.largest_first.front()) && roundable(population.largest_first.back())))
        for (const double people : population.each)
            if (!roundable(people)) unroundable(limited(people));
    // At the cap in whole units (key at_cap): floor(units) >= cap_units, which for a whole
    // cap_units is units >= cap_units.
    const auto held_at_cap = [&](double people) { return units(people) >= t.cap_units; };
    const std::span<const double> sorted = population.largest_first;
    const auto capped = t.per_inhabitant >= 0 ? std::partition_point(sorted.begin(), sorted.end(), held_at_cap) - sorted.begin()
                                              : sorted.end() - std::partition_point(sorted.begin(), sorted.end(),
                                                                                    [&](double people) { return !held_at_cap(people); });
    const Ore below_cap = static_cast<Ore>(sorted.size()) - static_cast<Ore>(capped);

    // The widest unit, or the one asked for if it is narrower (tests compare the copies).
    const int widest = widest_lanes();
    const int chosen = lanes == 0 ? widest : std::min(lanes >= 8 ? 8 : lanes >= 4 ? 4 : 2, widest);
    RoundedDownTotals totals = on_vector_unit(static_cast<VectorUnit>(chosen), Pass{}, population.each, t, out);
    totals.below_cap = below_cap;
    totals.guess = guess;
    return totals;
}

}  // namespace spleis
