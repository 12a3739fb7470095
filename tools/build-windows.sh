#!/bin/sh
# Cross-builds spleis.exe and spleis.dll for 64-bit (build-win64/) and spleis.dll for 32-bit
# (build-win32/) Windows with
# mingw-w64, from Debian packages only:
#   - installs the posix mingw-w64 compilers and Wine when missing (apt-get; sudo when not root);
#   - fetches yaml-cpp's and fmt's Debian source packages with a private apt state
#     (build-wintools/), made from this machine's own apt source, and builds them statically in
#     each cross build;
#   - fetches libxlsxwriter's Debian source package the same way and builds it statically on
#     Debian's MinGW zlib (libz-mingw-w64-dev);
#   - builds spleis.exe (every command, XLSX included) and the C API DLL for 64-bit, the DLL
#     alone for 32-bit (tools/windows/CMakeLists.txt).
# `tools/build-windows.sh test` then runs tools/windows-test.sh.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
jobs=${JOBS:-$(nproc)}
started=$(date +%s)
elapsed() { echo "$(($(date +%s) - started)) s"; }

sudo=
[ "$(id -u)" -eq 0 ] || sudo=sudo
need=
for p in g++-mingw-w64-x86-64-posix g++-mingw-w64-i686-posix wine wine64 dpkg-dev cmake libeigen3-dev \
         libz-mingw-w64-dev nlohmann-json3-dev libcli11-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need="$need $p"
done
if [ -n "$need" ]; then
  echo "== installing:$need ($(elapsed))"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $need >/dev/null
fi

# yaml-cpp's and fmt's Debian source packages, with an apt state of our own so the system's is
# untouched.
tools=$root/build-wintools
source_dir() { ls -d "$tools"/src/"$1"-*/ 2>/dev/null | head -n 1; }
if [ -z "$(source_dir yaml-cpp)" ] || [ -z "$(source_dir fmtlib)" ] || [ -z "$(source_dir libxlsxwriter)" ]; then
  echo "== fetching yaml-cpp's, fmt's and libxlsxwriter's Debian source packages ($(elapsed))"
  rm -rf "$tools/src" "$tools/apt"
  mkdir -p "$tools/apt/sources.list.d" "$tools/apt/lists/partial" "$tools/apt/cache/archives/partial" "$tools/src"
  # deb-src entries made from the machine's existing deb entries (deb822 or one-line format).
  : > "$tools/apt/sources.list.d/src.list"
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] && sed -n 's/^deb \(.*\)$/deb-src \1/p' "$f" >> "$tools/apt/sources.list.d/src.list"
  done
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && sed 's/^Types:.*/Types: deb-src/' "$f" > "$tools/apt/sources.list.d/$(basename "$f")"
  done
  aptopts="-o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts=$tools/apt/sources.list.d
           -o Dir::State::Lists=$tools/apt/lists -o Dir::Cache=$tools/apt/cache -o APT::Sandbox::User=root"
  # shellcheck disable=SC2086
  apt-get $aptopts update -qq
  # shellcheck disable=SC2086
  (cd "$tools/src" && apt-get $aptopts source -qq yaml-cpp fmtlib libxlsxwriter >/dev/null)
fi
yaml=$(source_dir yaml-cpp)
fmt=$(source_dir fmtlib)
xlsxwriter=$(source_dir libxlsxwriter)
echo "== sources: $yaml $fmt $xlsxwriter"

# Both targets at once, each with its own log: the configure steps are serial, and a file like
# calibrate.cpp (Eigen) would otherwise leave a core idle at the end of each build.
# With ccache (when installed) a tree built before is rebuilt from its cache: CI's second run, or
# a new worktree, compiles only what changed.
launcher=
if command -v ccache >/dev/null; then
  launcher="-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
  export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(dirname "$root")}"
fi
build() { # arch dir target cli
  # shellcheck disable=SC2086  # $launcher is two words or none
  cmake -S tools/windows -B "$2" -DCMAKE_TOOLCHAIN_FILE="$root/cmake/toolchains/mingw-$1.cmake" $launcher \
        -DYAML_CPP_SOURCE_DIR="$yaml" -DFMT_SOURCE_DIR="$fmt" -DXLSXWRITER_SOURCE_DIR="$xlsxwriter" \
        -DSPLEIS_WINDOWS_CLI="$4" -DCMAKE_BUILD_TYPE=Release &&
    cmake --build "$2" -j "$jobs" --target "$3"
}
echo "== building build-win64/ and build-win32/ ($(elapsed)); logs in build-wintools/"
build x86_64 "$root/build-win64" all ON > "$tools/build-win64.log" 2>&1 &
pid64=$!
# The 32-bit DLL is only inspected (32-bit Wine is not installable here), so no test program.
build i686 "$root/build-win32" spleis_c OFF > "$tools/build-win32.log" 2>&1 &
pid32=$!
status=0
wait $pid64 || { echo "build-win64 failed:"; tail -n 40 "$tools/build-win64.log"; status=1; }
wait $pid32 || { echo "build-win32 failed:"; tail -n 40 "$tools/build-win32.log"; status=1; }
[ $status -eq 0 ] || exit 1
ls -l build-win64/spleis.exe build-win64/spleis.dll build-win32/spleis.dll
echo "== built ($(elapsed))"

if [ "${1:-}" = test ]; then
  exec "$root/tools/windows-test.sh"
fi
