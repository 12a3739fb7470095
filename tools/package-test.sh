#!/bin/sh
# Tests what tools/release.sh made in dist/, the way a user meets it (docs/packages.md):
#   1. the Windows zip: its contents, then unpacked into a fresh folder and spleis.exe run from
#      there under Wine as LESMEG.txt tells a finance officer to (scenarios\digi-vestland-2021.yaml,
#      explain, a workbook, a scenario of one's own with `spleis new`);
#   2. the Debian package: its contents, lintian (every remaining tag must be overridden, with the
#      reason, in cmake/debian/lintian-overrides), then installed with
#      `apt-get install ./spleis_<version>_amd64.deb` into a clean Debian 12 root made here with
#      mmdebstrap from the machine's own apt mirror; inside it the program on the installed
#      scenario, its tables, workbook and server, and a C program built with
#      `pkg-config --cflags --libs spleis`, one with CMake's find_package(spleis), and the Python
#      module; then `apt-get purge` leaves nothing behind.
# Needs root for the Debian root (mmdebstrap --mode=root, chroot). `package-test.sh zip` or
# `deb` tests one. Exits non-zero on any failure.
set -u
cd "$(dirname "$0")/.." || exit 1
root=$(pwd)
what=${1:-all}
tools/require-packages.sh lintian mmdebstrap unzip || exit 1   # (tools/setup.sh installs them too)
version=$(sed -n 's/^project(spleis VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
fail=0
bad() { echo "FAIL: $*"; fail=1; }
started=$(date +%s)
elapsed() { echo "$(($(date +%s) - started)) s"; }
tmp=$(mktemp -d /tmp/spleis-package.XXXXXX)
chroot_dir=
# shellcheck disable=SC2317  # run by the trap
cleanup() {
  if [ -n "$chroot_dir" ]; then
    umount "$chroot_dir/proc" 2>/dev/null
    # Never into a /proc still mounted, nor across into any other file system.
    if mountpoint -q "$chroot_dir/proc"; then
      echo "package-test.sh: $chroot_dir/proc is still mounted; $chroot_dir left in place" >&2
    else
      rm -rf --one-file-system "$chroot_dir"
    fi
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
# The figures of Digi Vestland 2021 (the council paper's: budget 19 470 000 kr; Osterøy's share).
osteroy='^4630  Osterøy +8 098 +261 905 kr'
total='^      Total \(43 members\) +636 531 +19 470 000 kr'

test_zip() {
  zip=dist/spleis-$version-windows-x64.zip
  echo "== $zip"
  [ -f "$zip" ] || { bad "$zip missing (tools/release.sh zip)"; return; }
  top=spleis-$version-windows-x64
  unzip -Z1 "$zip" | grep -v '/$' | sed "s#^$top/##" | LC_ALL=C sort > "$tmp/zip.list"
  echo "$(wc -c < "$zip") bytes, $(wc -l < "$tmp/zip.list") files:"
  unzip -Z1 "$zip" | grep -v '/$' | sed "s#^$top/##" | sed -E 's#^(docs|models|scenarios/data|scenarios)/[^/]*$#\1/#' |
    uniq -c | sed 's/^ */  /'
  for f in LESMEG.txt spleis.exe excel/64-bit/spleis.dll excel/32-bit/spleis.dll excel/Spleis.bas excel/README.md \
           docs/brukerveiledning.md docs/windows.md; do
    grep -qx "$f" "$tmp/zip.list" || bad "$f not in the zip"
  done
  for f in models/*.yaml scenarios/*.yaml scenarios/data/*; do
    grep -qx "$f" "$tmp/zip.list" || bad "$f not in the zip"
  done
  # A fresh folder, named as a Windows user's is (a space, æøå).
  dir="$tmp/Kari Nordmann/Nedlastinger"
  mkdir -p "$dir"
  unzip -q "$zip" -d "$dir" || { bad "unzip $zip"; return; }
  cd "$dir/$top" || return
  x86_64-w64-mingw32-objdump -f spleis.exe | grep -q 'file format pei-x86-64' || bad "spleis.exe is not 64-bit Windows"
  x86_64-w64-mingw32-objdump -f excel/64-bit/spleis.dll | grep -q 'file format pei-x86-64' || bad "excel/64-bit/spleis.dll is not 64-bit"
  i686-w64-mingw32-objdump -f excel/32-bit/spleis.dll | grep -q 'file format pei-i386' || bad "excel/32-bit/spleis.dll is not 32-bit"
  grep -q "$(printf '\r')$" LESMEG.txt || bad "LESMEG.txt does not have Windows line endings"
  grep -q 'spleis run scenarios\\digi-vestland-2021.yaml' LESMEG.txt || bad "LESMEG.txt does not show the first command"
  grep -q "spleis $version for Windows" LESMEG.txt || bad "LESMEG.txt does not name version $version"

  # As tools/windows-test.sh runs Wine: its own prefix, started before the first run.
  export WINEPREFIX="${WINEPREFIX:-$root/build-wintools/wineprefix}" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
  timeout 300 wineboot -i >/dev/null 2>&1 </dev/null
  wineserver -p >/dev/null 2>&1 </dev/null
  spleis() { "$root/tests/windows/wine-run.sh" spleis.exe "$@"; }
  spleis --version > "$tmp/version" 2>&1 || bad "spleis.exe --version"
  grep -q "$version" "$tmp/version" || bad "spleis.exe --version says $(cat "$tmp/version")"
  # The command LESMEG.txt gives, with Windows' backslash.
  spleis run 'scenarios\digi-vestland-2021.yaml' > "$tmp/run" 2>&1 || bad "spleis.exe run scenarios\\digi-vestland-2021.yaml"
  grep -Eq "$osteroy" "$tmp/run" || bad "Osterøy's 261 905 kr not in spleis.exe's run: $(head -n 5 "$tmp/run")"
  grep -Eq "$total" "$tmp/run" || bad "the total 19 470 000 kr not in spleis.exe's run"
  grep -q 'balanced to the øre' "$tmp/run" || bad "spleis.exe's run does not balance"
  grep -E "$osteroy|$total" "$tmp/run" | sed 's/^/  spleis.exe: /'
  spleis explain 'scenarios\digi-vestland-2021.yaml' --member Osterøy --lang nb > "$tmp/explain" 2>&1 ||
    bad "spleis.exe explain --member Osterøy"
  grep -q '261 905 kr' "$tmp/explain" || bad "spleis.exe explain does not reach 261 905 kr"
  spleis run 'scenarios\digi-vestland-2021.yaml' --format xlsx --output 'Digi Vestland.xlsx' > "$tmp/xlsx" 2>&1 ||
    bad "spleis.exe --format xlsx: $(cat "$tmp/xlsx")"
  [ "$(head -c 2 'Digi Vestland.xlsx' 2>/dev/null)" = PK ] || bad "Digi Vestland.xlsx is not a workbook"
  # LESMEG.txt's own scenario: the tables found in the unpacked folder's scenarios\data.
  spleis new 'scenarios\vårt-samarbeid.yaml' --title "Vårt samarbeid 2025" --year 2025 --rule base_plus_per_inhabitant \
    --members Flå,Nesbyen,Gol --budget "1 200 000" > "$tmp/new" 2>&1 || bad "spleis.exe new: $(cat "$tmp/new")"
  spleis run 'scenarios\vårt-samarbeid.yaml' --lang nb > "$tmp/own" 2>&1 || bad "spleis.exe run the new scenario: $(cat "$tmp/own")"
  grep -Eq '^3324  Gol +4 986 +541 825 kr' "$tmp/own" || bad "the new scenario: Gol's 541 825 kr not in $(cat "$tmp/own")"
  grep -q 'i balanse på øret' "$tmp/own" || bad "the new scenario does not balance"
  wineserver -k >/dev/null 2>&1 || true
  cd "$root" || exit 1
  [ $fail -eq 0 ] && echo "the zip: unpacked into a fresh folder, spleis.exe runs its scenarios under Wine ($(elapsed))"
}

test_deb() {
  deb=dist/spleis_${version}_amd64.deb
  echo "== $deb"
  [ -f "$deb" ] || { bad "$deb missing (tools/release.sh deb)"; return; }
  echo "$(wc -c < "$deb") bytes, installed size $(dpkg-deb -f "$deb" Installed-Size) KiB"
  dpkg-deb -f "$deb" Depends | sed 's/^/Depends: /'
  dpkg-deb -c "$deb" | awk '{print $6}' | sed 's#^\./#/#' > "$tmp/deb.list"
  multiarch=/usr/lib/x86_64-linux-gnu
  for f in /usr/bin/spleis /usr/libexec/spleis/spleis-serve $multiarch/spleis/spleis-xlsx.so $multiarch/spleis/spleis-fetch.so \
           $multiarch/libspleis.so.1 $multiarch/libspleis.so /usr/include/spleis/spleis.h \
           $multiarch/cmake/spleis/spleisConfig.cmake $multiarch/cmake/spleis/spleisTargets.cmake $multiarch/pkgconfig/spleis.pc \
           /usr/share/spleis/models/digi-vestland.yaml /usr/share/spleis/scenarios/digi-vestland-2021.yaml \
           /usr/share/spleis/scenarios/data/population_vestland_2020.csv /usr/share/man/man1/spleis.1.gz \
           /usr/share/doc/spleis/copyright /usr/share/doc/spleis/changelog.gz /usr/share/lintian/overrides/spleis; do
    grep -qx "$f" "$tmp/deb.list" || bad "$f not in the package"
  done
  dpkg-deb -I "$deb" shlibs 2>/dev/null | grep -q '^libspleis 1 spleis (>= ' || bad "no shlibs entry for libspleis.so.1"

  echo "-- lintian"
  # (As root it first says that root is not recommended: not a remark on the package.)
  lintian --fail-on none --display-info "$deb" 2>&1 | grep -v '^running with root privileges is not recommended' > "$tmp/lintian"
  if [ -s "$tmp/lintian" ]; then
    bad "lintian has tags that cmake/debian/lintian-overrides does not explain:"; sed 's/^/  /' "$tmp/lintian"
  else
    echo "lintian: no tags left; $(lintian --display-info --show-overrides "$deb" 2>/dev/null | grep -c '^O:') overridden, each with its reason (cmake/debian/lintian-overrides)"
  fi

  echo "-- a clean Debian 12 root (mmdebstrap, the machine's apt mirror) ($(elapsed))"
  if [ "$(id -u)" -ne 0 ]; then bad "making a Debian root needs root (mmdebstrap --mode=root, chroot)"; return; fi
  command -v mmdebstrap >/dev/null || { bad "mmdebstrap is not installed (tools/setup.sh installs it)"; return; }
  chroot_dir=$(mktemp -d /tmp/spleis-deb12.XXXXXX)
  # With the compiler a user needs to build against libspleis and python3 for its module (none of
  # them brings a library spleis needs; CMake, which brings libcurl, comes after spleis is
  # tested); the package lists are kept so that apt resolves the package's dependencies without
  # fetching the lists again.
  if ! mmdebstrap --quiet --variant=apt --mode=root --include=gcc,libc6-dev,pkg-config,python3 --skip=cleanup/apt/lists \
       bookworm "$chroot_dir" > "$tmp/mmdebstrap" 2>&1; then
    bad "mmdebstrap bookworm: $(tail -n 5 "$tmp/mmdebstrap")"; return
  fi
  echo "root made: $(du -sm "$chroot_dir" | cut -f1) MB ($(elapsed))"
  mount -t proc proc "$chroot_dir/proc" || bad "mount /proc in the root"
  cp "$deb" tests/package/uses_spleis.c "$chroot_dir/tmp/"
  cp -R tests/capi/consumer "$chroot_dir/tmp/consumer"
  in_root() { chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
                DEBIAN_FRONTEND=noninteractive sh -c "cd /tmp && $1"; }
  in_root "apt-get install -y --no-install-recommends ./$(basename "$deb")" > "$tmp/install" 2>&1 ||
    { bad "apt-get install ./$(basename "$deb") in the clean root:"; tail -n 20 "$tmp/install"; return; }
  echo "apt-get install ./$(basename "$deb"): $(grep -E '^[0-9]+ upgraded, ' "$tmp/install")"
  sed -n '/^The following NEW packages will be installed:/,/^[0-9]* upgraded/p' "$tmp/install" | sed '1d;$d' |
    tr -s ' \n' ' ' | sed 's/^ */  installed: /; s/ *$//'; echo
  in_root "spleis --version" | sed 's/^/  /'
  in_root "spleis run /usr/share/spleis/scenarios/digi-vestland-2021.yaml" > "$tmp/drun" 2>&1 ||
    bad "spleis run /usr/share/spleis/scenarios/digi-vestland-2021.yaml in the root: $(head -n 5 "$tmp/drun")"
  grep -Eq "$osteroy" "$tmp/drun" || bad "Osterøy's 261 905 kr not in the installed program's run"
  grep -Eq "$total" "$tmp/drun" || bad "the total 19 470 000 kr not in the installed program's run"
  grep -E "$osteroy|$total" "$tmp/drun" | sed 's/^/  installed spleis: /'
  in_root "spleis population --year 2020 | head -n 1" > "$tmp/dpop" 2>&1
  grep -q '^/usr/share/spleis/scenarios/data/population_norway_2020.csv: ' "$tmp/dpop" ||
    bad "the installed program does not find its tables in /usr/share/spleis: $(cat "$tmp/dpop")"
  in_root "spleis run /usr/share/spleis/scenarios/digi-vestland-2021.yaml --format xlsx --output r.xlsx && head -c 2 r.xlsx" \
    > "$tmp/dxlsx" 2>&1
  [ "$(cat "$tmp/dxlsx")" = PK ] || bad "the installed program's workbook (libxlsxwriter from Depends): $(cat "$tmp/dxlsx")"
  in_root "spleis serve --help" > "$tmp/dserve" 2>&1
  grep -q '^Usage: spleis serve' "$tmp/dserve" || bad "spleis serve in the root: $(head -n 3 "$tmp/dserve")"
  in_root "man -w spleis 2>/dev/null || test -f /usr/share/man/man1/spleis.1.gz" >/dev/null || bad "no man page for spleis in the root"

  echo "-- a C program, built with pkg-config --cflags --libs spleis in the root"
  # shellcheck disable=SC2016  # expanded in the root
  in_root 'echo "pkg-config: $(pkg-config --cflags --libs spleis)"' | sed 's/^/  /'
  # shellcheck disable=SC2016
  in_root 'gcc -Wall -Werror -o uses_spleis uses_spleis.c $(pkg-config --cflags --libs spleis) && ./uses_spleis' > "$tmp/dc" 2>&1 ||
    bad "the C program against the installed libspleis: $(cat "$tmp/dc")"
  sed 's/^/  uses_spleis: /' "$tmp/dc"
  grep -qx 'Osterøy 26190500 øre' "$tmp/dc" || bad "the C program: Osterøy is not 26 190 500 øre"
  grep -qx 'total 1947000000 øre' "$tmp/dc" || bad "the C program: the total is not 1 947 000 000 øre"

  echo "-- find_package(spleis) in the root's CMake (tests/capi/consumer)"
  in_root "apt-get install -y --no-install-recommends cmake make" > "$tmp/dcmake-install" 2>&1 ||
    bad "apt-get install cmake make in the root: $(tail -n 5 "$tmp/dcmake-install")"
  in_root "cmake -S consumer -B consumer-build >/dev/null && cmake --build consumer-build >/dev/null &&
           consumer-build/spleis_consumer /usr/share/spleis/scenarios/digi-vestland-2021.yaml" > "$tmp/dcmake" 2>&1 ||
    bad "find_package(spleis) in the root: $(tail -n 5 "$tmp/dcmake")"
  sed 's/^/  spleis_consumer: /' "$tmp/dcmake"
  grep -q 'Osterøy pays 261905.00 kr' "$tmp/dcmake" || bad "the CMake consumer does not give Osterøy 261 905 kr"

  echo "-- the Python module, in the root's python3"
  in_root "python3 -c 'import spleis; print(spleis.Scenario(\"/usr/share/spleis/scenarios/digi-vestland-2021.yaml\").solve().member(\"Osterøy\").amount)'" \
    > "$tmp/dpy" 2>&1
  sed 's/^/  python3: Osterøy /' "$tmp/dpy"
  [ "$(cat "$tmp/dpy")" = 261905.0 ] || bad "the Python module in the root: $(cat "$tmp/dpy")"

  in_root "apt-get purge -y spleis" > "$tmp/purge" 2>&1 || bad "apt-get purge spleis: $(tail -n 5 "$tmp/purge")"
  for f in /usr/bin/spleis /usr/share/spleis /usr/include/spleis /usr/lib/x86_64-linux-gnu/libspleis.so.1; do
    [ -e "$chroot_dir$f" ] && bad "$f is left after apt-get purge spleis"
  done
  [ $fail -eq 0 ] && echo "the package: installed into a clean Debian 12 root, runs, links, purges ($(elapsed))"
}

case $what in
  zip) test_zip ;;
  deb) test_deb ;;
  all) test_zip; test_deb ;;
  *) echo "usage: tools/package-test.sh [zip|deb|all]" >&2; exit 2 ;;
esac
exit $fail
