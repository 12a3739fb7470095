#!/usr/bin/env bash
# The test suite under sanitizers, each in a build directory of its own; any report fails.
#   1. AddressSanitizer + UndefinedBehaviorSanitizer (build-asan): every CTest test.
#   2. ThreadSanitizer (build-tsan): every test of the threaded test programs (test_sweep, capi_threads:
#      SPLEIS_THREADED_PROGRAMS in the tests' CMakeLists)
#      whose name contains "thread" or that carries the CTest label "concurrency".
# Release with debug info at -O1, so reports have lines and the run stays fast.
# Usage: tools/sanitize.sh [asan|tsan]   (both when not given)
set -euo pipefail
cd "$(dirname "$0")/.."

# Run after tools/setup.sh (as .ci/run does), which installs the dependencies. GCC's
# sanitizer runtimes (libasan8, libubsan1, libtsan2) come with g++ itself.

which=${1:-all}
jobs=$(nproc)
common_flags="-O1 -g -fno-omit-frame-pointer"
# Warnings are the normal builds' business (setup.sh builds with -Werror); under the
# sanitizers GCC 12 reports false "maybe uninitialized" in <regex> and <functional>.

configure() {  # DIR FLAGS
  local dir=$1 flags=$2
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSPLEIS_WERROR=OFF -DSPLEIS_BUILD_BENCHMARKS=OFF \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$common_flags" -DCMAKE_C_FLAGS_RELWITHDEBINFO="$common_flags" \
        -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_C_FLAGS="$flags" \
        -DCMAKE_EXE_LINKER_FLAGS="$flags" -DCMAKE_SHARED_LINKER_FLAGS="$flags" >/dev/null
}

build() {  # DIR [TARGET...]
  local dir=$1
  shift
  cmake --build "$dir" -j "$jobs" --target "${@:-all}" >/dev/null || cmake --build "$dir" -j 1 --target "${@:-all}"
}

# Tests whose program is not ours but a host that loads libspleis. ASan must be the first
# library in a process, so Python runs with the runtime preloaded, and without leak checks,
# which would report the interpreter's own allocations. capi_libreoffice starts LibreOffice
# with a cleared environment (env -i), which no preloaded runtime survives: it runs in the
# normal build only; the same C API calls run here from C (capi_c_*) and Python.
hosted_tests='^(capi_python)$'
not_under_asan='^(capi_libreoffice)$'

if [ "$which" = all ] || [ "$which" = asan ]; then
  echo "== AddressSanitizer + UndefinedBehaviorSanitizer: the whole suite (build-asan)"
  configure build-asan "-fsanitize=address,undefined -fno-sanitize-recover=all -Wno-maybe-uninitialized"
  build build-asan
  export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:verify_asan_link_order=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  ctest --test-dir build-asan --output-on-failure -j "$jobs" -E "$hosted_tests|$not_under_asan"
  hosted=$(ctest --test-dir build-asan -N -R "$hosted_tests" | sed -n 's/^ *Test *#[0-9]*: //p')
  if [ -n "$hosted" ]; then
    LD_PRELOAD="$(${CXX:-c++} -print-file-name=libasan.so) $(${CXX:-c++} -print-file-name=libubsan.so)" \
    ASAN_OPTIONS="detect_leaks=0:verify_asan_link_order=0" \
      ctest --test-dir build-asan --output-on-failure -j "$jobs" -R "$hosted_tests"
  fi
  unset ASAN_OPTIONS UBSAN_OPTIONS
fi

if [ "$which" = all ] || [ "$which" = tsan ]; then
  echo "== ThreadSanitizer: the concurrency tests (build-tsan)"
  configure build-tsan "-fsanitize=thread -Wno-maybe-uninitialized"
  # Only the programs that hold the concurrency tests (a whole second build would double the
  # CI time), as the test CMakeLists declare them (SPLEIS_THREADED_PROGRAMS, written to
  # threaded-programs.txt at configure time); Catch2's test cases are listed once their program is built.
  mapfile -t programs < <(grep -v '^$' build-tsan/threaded-programs.txt)
  if [ ${#programs[@]} -eq 0 ]; then
    echo "sanitize.sh: no program declared in SPLEIS_THREADED_PROGRAMS; nothing for ThreadSanitizer to build" >&2
    exit 1
  fi
  build build-tsan "${programs[@]}"
  names=$( { ctest --test-dir build-tsan -N -R thread; ctest --test-dir build-tsan -N -L concurrency; } |
           sed -n 's/^ *Test *#[0-9]*: //p' | sort -u)
  if [ -z "$names" ]; then
    echo "sanitize.sh: no test named *thread* or labelled concurrency; nothing for ThreadSanitizer to run" >&2
    exit 1
  fi
  echo "$names" | sed 's/^/   /'
  regex="^($(echo "$names" | sed 's/[][\\.^$*+?(){}|]/\\&/g' | paste -sd'|'))\$"
  TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1" \
    ctest --test-dir build-tsan --output-on-failure -j "$jobs" -R "$regex"
fi
