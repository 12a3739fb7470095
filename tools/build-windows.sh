#!/bin/sh
# Cross-builds spleis.dll for 64-bit (build-win64/) and 32-bit (build-win32/) Windows with
# mingw-w64, from Debian packages only:
#   - installs the posix mingw-w64 compilers and Wine when missing (apt-get; sudo when not root);
#   - fetches yaml-cpp's Debian source package with a private apt state (build-wintools/), made
#     from this machine's own apt source, and builds it statically in each cross build;
#   - builds the C API DLL without the XLSX report (tools/windows/CMakeLists.txt).
# `tools/build-windows.sh test` then runs tools/windows-test.sh.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
jobs=${JOBS:-2}

sudo=
[ "$(id -u)" -eq 0 ] || sudo=sudo
need=
for p in g++-mingw-w64-x86-64-posix g++-mingw-w64-i686-posix wine wine64 dpkg-dev cmake; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need="$need $p"
done
if [ -n "$need" ]; then
  echo "== installing:$need"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $need >/dev/null
fi

# yaml-cpp's Debian source package, with an apt state of our own so the system's is untouched.
tools=$root/build-wintools
yaml=$(ls -d "$tools"/src/yaml-cpp-*/ 2>/dev/null | head -n 1 || true)
if [ -z "$yaml" ]; then
  echo "== fetching yaml-cpp's Debian source package"
  mkdir -p "$tools/apt/sources.list.d" "$tools/apt/lists/partial" "$tools/src"
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
  mkdir -p "$tools/apt/cache/archives/partial"
  # shellcheck disable=SC2086
  apt-get $aptopts update -qq
  # shellcheck disable=SC2086
  (cd "$tools/src" && apt-get $aptopts source -qq yaml-cpp >/dev/null)
  yaml=$(ls -d "$tools"/src/yaml-cpp-*/ | head -n 1)
fi
echo "== yaml-cpp source: $yaml"

for target in x86_64:win64 i686:win32; do
  arch=${target%%:*}
  dir=$root/build-${target#*:}
  echo "== building $dir"
  cmake -S tools/windows -B "$dir" -DCMAKE_TOOLCHAIN_FILE="$root/cmake/toolchains/mingw-$arch.cmake" \
        -DYAML_CPP_SOURCE_DIR="$yaml" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$dir" -j "$jobs"
  ls -l "$dir/spleis.dll"
done

if [ "${1:-}" = test ]; then
  exec "$root/tools/windows-test.sh"
fi
