#!/bin/sh
# Tests the DLLs made by tools/build-windows.sh (build-win64/, build-win32/):
#   1. that every library in the 32-bit DLL was compiled for SSE2 maths, as the 64-bit one is;
#   2. their export tables against the functions declared in include/spleis/spleis.h (32-bit:
#      the plain name VBA looks up and the decorated stdcall name, both), and that they import
#      Windows system DLLs only;
#   3. tests/capi/capi_test.c, cross-built for Win64, run under Wine against the 64-bit DLL, case
#      by case, from the repository root (it reads scenarios/ by relative path): the Digi
#      Vestland figures and every bad-input case. Each case must exit 0 with the summary line
#      "1 case(s) run, 0 check(s) failed", and a run with an unknown case
#      must print its error and exit 2 (Wine runs a 32-bit exe on 64-bit-only Wine as a silent
#      exit 0). 32-bit Wine is not installable here: the 32-bit DLL is only inspected;
#   4. spleis.exe: that it imports Windows system DLLs only; every command on every shipped
#      scenario under Wine against build/spleis (Linux), output byte for byte apart from line
#      endings; tests/cli_test.sh and the bad-input corpus (tests/bad/) against it; its
#      workbooks opened in LibreOffice (tests/xlsx_in_libreoffice.sh); and Windows as its users
#      meet it (tests/windows/windows_cli_test.sh: CR LF, paths with spaces and æøå, a locked
#      workbook).
# Exits non-zero on any failure.
set -u
cd "$(dirname "$0")/.."
root=$(pwd)
fail=0
bad() { echo "FAIL: $*"; fail=1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The functions of the header, one a line, sorted.
grep -oE 'SPLEIS_CALL[[:space:]]+spleis_[a-z0-9_]+[[:space:]]*\(' include/spleis/spleis.h |
  sed -E 's/SPLEIS_CALL[[:space:]]+//; s/[[:space:]]*\($//' | sort -u > "$tmp/header"
nheader=$(wc -l < "$tmp/header")
[ "$nheader" -gt 0 ] || bad "no functions found in include/spleis/spleis.h"

# Allowed imports: Windows system DLLs (case-insensitive).
system_dlls='^(kernel32|msvcrt|user32|advapi32|ntdll|ws2_32|shell32|ole32|oleaut32|bcrypt|ucrtbase|api-ms-win-.*)\.dll$'

check_dll() { # arch dll
  arch=$1 dll=$2 name=$(basename "$(dirname "$2")")
  if [ ! -f "$dll" ]; then bad "$dll missing (run tools/build-windows.sh)"; return; fi
  "$arch-w64-mingw32-objdump" -p "$dll" > "$tmp/$name.dump" || { bad "objdump -p $dll"; return; }
  # Export names: the lines after "[Ordinal/Name Pointer] Table" look like "\t[   0] name".
  sed -n '/\[Ordinal\/Name Pointer\] Table/,/^$/p' "$tmp/$name.dump" |
    sed -nE 's/^[[:space:]]*\[[[:space:]]*[0-9]+\][[:space:]]+([^[:space:]]+).*/\1/p' | sort > "$tmp/$name.exports"
  grep -v @ "$tmp/$name.exports" > "$tmp/$name.plain" || true
  if ! cmp -s "$tmp/header" "$tmp/$name.plain"; then
    bad "$name: plain export names differ from spleis.h (< header only, > DLL only):"
    diff "$tmp/header" "$tmp/$name.plain" | grep '^[<>]'
  fi
  if [ "$arch" = i686 ]; then
    # Every function also under its decorated stdcall name, and nothing else decorated.
    sed -E 's/@[0-9]+$//' "$tmp/$name.exports" | sort > "$tmp/$name.undecorated"
    grep @ "$tmp/$name.exports" | sed -E 's/@[0-9]+$//' | sort > "$tmp/$name.decorated"
    cmp -s "$tmp/header" "$tmp/$name.decorated" || { bad "$name: decorated stdcall names differ from spleis.h:"; diff "$tmp/header" "$tmp/$name.decorated" | grep '^[<>]'; }
    expected=$((2 * nheader))
  else
    grep -q @ "$tmp/$name.exports" && bad "$name: decorated names in a 64-bit DLL"
    expected=$nheader
  fi
  nexports=$(wc -l < "$tmp/$name.exports")
  [ "$nexports" -eq "$expected" ] || bad "$name: $nexports exports, expected $expected"
  sed -nE 's/^[[:space:]]*DLL Name:[[:space:]]*//p' "$tmp/$name.dump" | sort -u > "$tmp/$name.imports"
  while read -r imp; do
    echo "$imp" | tr 'A-Z' 'a-z' | grep -Eq "$system_dlls" || bad "$name: imports $imp, not a Windows system DLL"
  done < "$tmp/$name.imports"
  echo "$name/spleis.dll: $nexports exports ($nheader functions of spleis.h), imports: $(tr '\n' ' ' < "$tmp/$name.imports")"
}

echo "== 32-bit maths"
# x87 maths gives doubles bit-different from x64 and Linux: every library in the DLL must be
# compiled for SSE2.
sse=
for f in build-win32/CMakeFiles/*.dir/flags.make build-win32/*/CMakeFiles/*.dir/flags.make; do
  [ -f "$f" ] || continue
  target=$(basename "$(dirname "$f")" .dir)
  if grep -q -- '-msse2 -mfpmath=sse' "$f"; then sse="$sse $target"; else bad "$target compiled without -msse2 -mfpmath=sse"; fi
done
echo "build-win32: -msse2 -mfpmath=sse in:${sse:- nothing}"
for target in spleis_c spleis_core yaml-cpp fmt; do
  case " $sse " in *" $target "*) ;; *) bad "build-win32: $target not compiled with -msse2 -mfpmath=sse" ;; esac
done

echo "== export tables and imports"
check_dll x86_64 build-win64/spleis.dll
check_dll i686 build-win32/spleis.dll

echo "== tests/capi/capi_test.c under Wine (64-bit)"
exe=build-win64/capi_test.exe
if [ ! -f "$exe" ]; then
  bad "$exe missing"
elif ! command -v wine >/dev/null; then
  bad "wine not installed"
else
  export WINEPREFIX="${WINEPREFIX:-$root/build-wintools/wineprefix}" WINEDEBUG=fixme-all WINEDLLOVERRIDES="mscoree,mshtml="
  # Start Wine's services first and keep the server up: started under a pipe they can
  # inherit it and hang whoever waits for it.
  timeout 300 wineboot -i >/dev/null 2>&1 </dev/null
  wineserver -p >/dev/null 2>&1 </dev/null
  timeout 60 wine cmd /c ver >/dev/null 2>&1 </dev/null
  cases=$(sed -n '/foreach(case/,/)/p' tests/capi/CMakeLists.txt | sed -E 's/foreach\(case//; s/\)//' | tr -s ' \n' '\n' | grep -v '^$')
  n=0 passed=0
  for c in $cases; do
    n=$((n + 1))
    timeout 60 wine "$exe" "$c" > "$tmp/out" 2> "$tmp/err" </dev/null
    rc=$?
    # Both the exit code and the summary line: neither alone proves the case ran and passed.
    # (stderr is not checked: Debian's wine script writes a hint about wine32 there.)
    # (Windows text output ends lines with CR LF.)
    if [ $rc -eq 0 ] && [ "$(tr -d '\r' < "$tmp/out")" = "capi_test: 1 case(s) run, 0 check(s) failed" ]; then
      passed=$((passed + 1))
      echo "  ok   $c"
    else
      bad "capi_test $c: exit $rc"; sed 's/^/    /' "$tmp/out" "$tmp/err"
    fi
  done
  timeout 60 wine "$exe" no_such_case > "$tmp/out" 2>&1 </dev/null
  rc=$?
  if [ $rc -eq 2 ] && grep -q '^no test case called no_such_case' "$tmp/out"; then
    echo "  ok   no_such_case is refused with exit 2"
  else
    bad "capi_test no_such_case: exit $rc, output: $(cat "$tmp/out")"
  fi
  echo "capi_test under Wine: $passed/$n cases passed"
  [ "$n" -gt 0 ] && [ "$passed" -eq "$n" ] || fail=1
  wineserver -k >/dev/null 2>&1 || true
fi

echo "== spleis.exe under Wine (64-bit)"
exe=build-win64/spleis.exe
linux=build/spleis
if [ ! -f "$exe" ]; then
  bad "$exe missing"
elif [ ! -x "$linux" ]; then
  bad "$linux missing (tools/setup.sh builds it): the Windows output is compared with it"
else
  x86_64-w64-mingw32-objdump -p "$exe" | sed -nE 's/^[[:space:]]*DLL Name:[[:space:]]*//p' | sort -u > "$tmp/exe.imports"
  while read -r imp; do
    echo "$imp" | tr 'A-Z' 'a-z' | grep -Eq "$system_dlls" || bad "spleis.exe imports $imp, not a Windows system DLL"
  done < "$tmp/exe.imports"
  echo "spleis.exe: $(wc -c < "$exe") bytes, imports: $(tr '\n' ' ' < "$tmp/exe.imports")"
  export WINEPREFIX="${WINEPREFIX:-$root/build-wintools/wineprefix}"
  timeout 300 wineboot -i >/dev/null 2>&1 </dev/null
  wineserver -p >/dev/null 2>&1 </dev/null
  # The tests' scripts run "$spleis ARGS" for Linux; this runs spleis.exe under Wine instead.
  printf '#!/bin/sh\nexec "%s" "%s" "$@"\n' "$root/tests/windows/wine-run.sh" "$root/$exe" > "$tmp/spleis"
  chmod +x "$tmp/spleis"

  # Every command on every shipped scenario: the same stdout, stderr and exit code as Linux.
  same=0 differ=0
  compare_with_linux() { # ARGS...
    # (--help names the program as it was called: build/spleis, Z:\...\spleis.exe)
    "$tmp/spleis" "$@" > "$tmp/w.out" 2> "$tmp/w.err"; wrc=$?
    "$linux" "$@" > "$tmp/l.out" 2> "$tmp/l.err"; lrc=$?
    sed -i 's#^Usage: [^ ]*#Usage: spleis#' "$tmp/w.out" "$tmp/l.out"
    if [ $wrc -eq $lrc ] && cmp -s "$tmp/w.out" "$tmp/l.out" && cmp -s "$tmp/w.err" "$tmp/l.err"; then
      same=$((same + 1))
    else
      differ=$((differ + 1)); bad "spleis.exe $*: exit $wrc (Linux $lrc), output differs from Linux:"
      diff "$tmp/l.out" "$tmp/w.out" | head -n 10; diff "$tmp/l.err" "$tmp/w.err" | head -n 5
    fi
  }
  for f in scenarios/*.yaml; do
    for args in "run" "run --format csv" "run --format json" "run --lang nn" "validate" "compare"; do
      # shellcheck disable=SC2086  # args are words on purpose
      compare_with_linux $args "$f"
    done
  done
  compare_with_linux explain scenarios/digi-vestland-2021.yaml --member Osterøy
  compare_with_linux explain scenarios/digi-vestland-2021.yaml --member 4630 --lang nb
  compare_with_linux run scenarios/digi-vestland-2021.yaml --trace
  compare_with_linux compare scenarios/digi-vestland-2021-options.yaml --format csv --summary
  compare_with_linux sweep scenarios/digi-vestland-2021.yaml --param base_amount=0..300000:50000 --summary
  compare_with_linux sweep scenarios/norway-2025.yaml --param base_amount=0..100000:25000 --param cap=400000..600000:100000 --threads 2
  compare_with_linux calibrate scenarios/digi-vestland-2021-calibrate.yaml
  compare_with_linux --help
  compare_with_linux run --help
  echo "spleis.exe and Linux spleis: $same commands give the same output, $differ differ"

  echo "-- tests/cli_test.sh against spleis.exe"
  tests/cli_test.sh "$tmp/spleis" > "$tmp/cli" 2>&1 || bad "tests/cli_test.sh against spleis.exe"
  grep -v '^ok ' "$tmp/cli"
  echo "tests/cli_test.sh: $(grep -c '^ok ' "$tmp/cli") checks ok, $(grep -c '^FAIL' "$tmp/cli") failed"
  echo "-- the bad-input corpus against spleis.exe"
  SPLEIS_WINDOWS=1 tests/bad/check_corpus.sh "$tmp/spleis" "$root/tests/bad/cases" || bad "the bad-input corpus against spleis.exe"
  echo "-- workbooks written by spleis.exe, opened in LibreOffice"
  tests/xlsx_in_libreoffice.sh "$tmp/spleis" || bad "spleis.exe's workbooks in LibreOffice"
  echo "-- Windows as its users meet it"
  tests/windows/windows_cli_test.sh build-win64 "$linux" || bad "tests/windows/windows_cli_test.sh"
  wineserver -k >/dev/null 2>&1 || true
fi

if [ $fail -eq 0 ]; then echo "windows-test: all passed"; else echo "windows-test: FAILED"; fi
exit $fail
