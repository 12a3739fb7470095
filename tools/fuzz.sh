#!/usr/bin/env bash
# libFuzzer on spleis's loaders: builds the targets of tests/fuzz/ with clang++ and
# -fsanitize=fuzzer,address,undefined in build-fuzz, then runs each for a fixed time,
# starting from the seed corpus in tests/fuzz/corpus/<target>/. Any crash, sanitizer
# report, leak, uncaught exception, internal error, timeout or memory blow-up fails the run
# and leaves the input in build-fuzz/findings/.
#
# Usage: tools/fuzz.sh [SECONDS per target, default 20] [TARGET...]
#   tools/fuzz.sh 3600                  an hour each
#   FUZZ_JOBS=2 tools/fuzz.sh 14400     four hours each, two processes per target
# New interesting inputs collect in build-fuzz/corpus/<target>/ and are reused next time.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
shift || true
targets=("$@")
parallel=()
[ "${FUZZ_JOBS:-1}" -gt 1 ] && parallel=(-jobs="$FUZZ_JOBS" -workers="$FUZZ_JOBS")

# Run after tools/setup.sh (as .ci/run does); clang and its runtimes are only needed here.
tools/require-packages.sh clang libclang-rt-14-dev

cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DSPLEIS_FUZZ=ON -DSPLEIS_WERROR=ON -DSPLEIS_BUILD_BENCHMARKS=OFF >/dev/null
# By default every fuzz_* target the build defines (fuzz_capi only exists with the C API).
[ ${#targets[@]} -gt 0 ] ||
  mapfile -t targets < <(cmake --build build-fuzz --target help | sed -n 's/^\(\.\.\. \)\{0,1\}fuzz_\([a-z0-9_]*\)\( *:.*\)\{0,1\}$/\2/p' | sort -u)
cmake --build build-fuzz -j "$(nproc)" --target "${targets[@]/#/fuzz_}" >/dev/null ||
  cmake --build build-fuzz -j 1 --target "${targets[@]/#/fuzz_}"

mkdir -p build-fuzz/findings build-fuzz/tmp
export TMPDIR=$PWD/build-fuzz/tmp  # fuzz_scenario's scratch folders, kept out of /tmp
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
failed=()
for target in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$target"
  log=build-fuzz/fuzz-$target.log
  echo "== fuzz_$target for $seconds s (log: $log)"
  if build-fuzz/tests/fuzz/fuzz_"$target" -max_total_time="$seconds" -timeout=3 -rss_limit_mb=1024 -malloc_limit_mb=512 \
       "${parallel[@]}" -print_final_stats=1 -dict=tests/fuzz/spleis.dict \
       -artifact_prefix="build-fuzz/findings/$target-" \
       "build-fuzz/corpus/$target" "tests/fuzz/corpus/$target" >"$log" 2>&1; then
    grep -h "stat::number_of_executed_units\|stat::new_units_added" "$log" fuzz-*.log 2>/dev/null | sed 's/^/   /' || true
  else
    failed+=("$target")
    echo "   FAILED: see $log; the input is in build-fuzz/findings/$target-*"
    grep -m 1 -E "ERROR|spleis fuzz finding|SUMMARY" "$log" fuzz-*.log 2>/dev/null | sed 's/^/   /' || true
  fi
done
rm -f fuzz-*.log  # -jobs writes one log per process into the current folder
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: ${failed[*]} failed. Reproduce with build-fuzz/tests/fuzz/fuzz_<target> <file>; after the fix, copy the"
  echo "input to tests/fuzz/corpus/<target>/regression-<what>.* and add a test (tests/test_regressions.cpp)."
  exit 1
fi
echo "fuzz.sh: no findings in ${#targets[@]} targets × $seconds s"
