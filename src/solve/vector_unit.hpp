#pragma once
// The per-member loops are compiled three times: for baseline x86-64 (SSE2, which every
// x86-64 has), marked SPLEIS_AVX2 with AVX2, and marked SPLEIS_AVX512 with AVX-512, chosen at
// run time by has_avx2() and has_avx512(). Nothing is fused (the AVX2 copy has no FMA, the
// AVX-512 copy is built with contraction off: see CMakeLists.txt), so all copies give the same
// bits. SPLEIS_NO_AVX2=1 in the environment runs the baseline copy, SPLEIS_NO_AVX512=1 the
// AVX2 one (the tests run all three where the processor has them).
#include <cstdlib>
#include <cstring>
#include <type_traits>

namespace spleis {
inline bool environment_says_no(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr && std::strcmp(value, "1") == 0;
}
}  // namespace spleis

#if defined(__x86_64__) || defined(__i386__)
#define SPLEIS_X86 1  // the AVX-512 copies that use intrinsics exist
#define SPLEIS_AVX2 __attribute__((target("avx2")))
// 512-bit registers for the loops the compiler vectorises itself, too (GCC would pick 256).
#if defined(__clang__)
#define SPLEIS_AVX512 __attribute__((target("avx512f,avx512dq,avx512bw,avx512vl")))
#else
#define SPLEIS_AVX512 __attribute__((target("avx512f,avx512dq,avx512bw,avx512vl,prefer-vector-width=512")))
#endif
namespace spleis {
inline bool has_avx2() {
    static const bool yes = __builtin_cpu_supports("avx2") && !environment_says_no("SPLEIS_NO_AVX2");
    return yes;
}
inline bool has_avx512() {
    static const bool yes = has_avx2() && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq") &&
                            __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl") &&
                            !environment_says_no("SPLEIS_NO_AVX512");
    return yes;
}
}  // namespace spleis
#else
#define SPLEIS_X86 0
#define SPLEIS_AVX2
#define SPLEIS_AVX512
namespace spleis {
inline bool has_avx2() { return false; }
inline bool has_avx512() { return false; }
}  // namespace spleis
#endif

// For helpers the copies share: inlined into each, so each gets its own instructions.
#define SPLEIS_INLINE [[gnu::always_inline]] inline

namespace spleis {

// A vector unit, by how many doubles one register holds.
enum class VectorUnit { sse2 = 2, avx2 = 4, avx512 = 8 };

inline VectorUnit widest_unit() { return has_avx512() ? VectorUnit::avx512 : has_avx2() ? VectorUnit::avx2 : VectorUnit::sse2; }

template <VectorUnit unit>
using LaneCount = std::integral_constant<int, static_cast<int>(unit)>;

// The one dispatch: `kernel(LaneCount<unit>{}, args...)` compiled for `unit`. A kernel is a
// function object whose call operator is SPLEIS_INLINE, so it is inlined into the copy below
// that the unit's target attribute compiles (it may use the lane count, e.g. as a vector
// width, or call a function marked for that unit).
template <class Kernel, class... Args>
decltype(auto) on_sse2(const Kernel& kernel, const Args&... args) { return kernel(LaneCount<VectorUnit::sse2>{}, args...); }
template <class Kernel, class... Args>
SPLEIS_AVX2 decltype(auto) on_avx2(const Kernel& kernel, const Args&... args) { return kernel(LaneCount<VectorUnit::avx2>{}, args...); }
template <class Kernel, class... Args>
SPLEIS_AVX512 decltype(auto) on_avx512(const Kernel& kernel, const Args&... args) { return kernel(LaneCount<VectorUnit::avx512>{}, args...); }

template <class Kernel, class... Args>
decltype(auto) on_vector_unit(VectorUnit unit, const Kernel& kernel, const Args&... args) {
    switch (unit) {
        case VectorUnit::avx512: return on_avx512(kernel, args...);
        case VectorUnit::avx2: return on_avx2(kernel, args...);
        case VectorUnit::sse2: break;
    }
    return on_sse2(kernel, args...);
}

}  // namespace spleis
