#pragma once
// The per-member loops are compiled twice: for baseline x86-64 (SSE2, which every x86-64
// has) and, marked SPLEIS_AVX2, with AVX2 for processors that have it, chosen at run time by
// has_avx2(). AVX2 without FMA: nothing is fused, so both copies give the same bits.
// SPLEIS_NO_AVX2=1 in the environment runs the baseline copy (the tests run both).
#include <cstdlib>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#define SPLEIS_AVX2 __attribute__((target("avx2")))
namespace spleis {
inline bool has_avx2() {
    static const bool yes = __builtin_cpu_supports("avx2") && !(std::getenv("SPLEIS_NO_AVX2") && std::strcmp(std::getenv("SPLEIS_NO_AVX2"), "1") == 0);
    return yes;
}
}  // namespace spleis
#else
#define SPLEIS_AVX2
namespace spleis {
inline bool has_avx2() { return false; }
}  // namespace spleis
#endif

// For helpers the two copies share: inlined into each, so each gets its own instructions.
#define SPLEIS_INLINE [[gnu::always_inline]] inline
