#!/bin/sh
# Makes what a user downloads, in dist/ (docs/packages.md):
#   dist/spleis-<version>-windows-x64.zip   spleis.exe, spleis.dll for 64- and 32-bit Office, the
#                                           models, the scenarios and their population tables,
#                                           the Excel module and its guide, the documentation,
#                                           and LESMEG.txt (tools/windows/LESMEG.txt, bokmål)
#   dist/spleis_<version>_amd64.deb         cpack -G DEB in build/ (cmake/package.cmake)
# from the trees the rest of CI builds: build-win64/ and build-win32/ (tools/build-windows.sh;
# run here when missing) and build/ (tools/setup.sh). `tools/release.sh zip` or `deb` makes one.
# tools/package-test.sh tests them as a user meets them.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
what=${1:-all}
# (tools/setup.sh installs them too; here so that this script runs alone.)
tools/require-packages.sh dpkg-dev file zip unzip
version=$(sed -n 's/^project(spleis VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
[ -n "$version" ] || { echo "release.sh: no version in CMakeLists.txt's project()" >&2; exit 1; }
mkdir -p dist
# Every file of the zip carries the time of the last commit, so the same commit gives the same zip.
stamp=$(git log -1 --format=%ct 2>/dev/null || date +%s)

make_zip() {
  if [ ! -f build-win64/spleis.exe ] || [ ! -f build-win64/spleis.dll ] || [ ! -f build-win32/spleis.dll ]; then
    tools/build-windows.sh
  fi
  name=spleis-$version-windows-x64
  stage=$(mktemp -d)
  trap 'rm -rf "$stage"' EXIT
  top=$stage/$name
  mkdir -p "$top/excel/64-bit" "$top/excel/32-bit" "$top/docs"
  cp build-win64/spleis.exe "$top/"
  cp build-win64/spleis.dll "$top/excel/64-bit/"
  cp build-win32/spleis.dll "$top/excel/32-bit/"
  cp -R models scenarios "$top/"
  cp examples/excel/Spleis.bas "$top/excel/"
  # The guides' links, from where they are in the zip.
  sed 's#(\.\./\.\./docs/#(../docs/#g' examples/excel/README.md > "$top/excel/README.md"
  for f in docs/*.md; do
    sed 's#(\.\./examples/excel/#(../excel/#g' "$f" > "$top/$f"
  done
  # Notepad's line endings, and the version it is for.
  sed "s/@VERSION@/$version/g; s/\$/$(printf '\r')/" tools/windows/LESMEG.txt > "$top/LESMEG.txt"
  find "$top" -exec touch -h -d "@$stamp" {} +
  rm -f "dist/$name.zip"
  # Sorted, without the extra Unix fields (-X): the same files give the same zip.
  (cd "$stage" && find "$name" | LC_ALL=C sort | zip -X -q -9 "$root/dist/$name.zip" -@)
  rm -rf "$stage"
  trap - EXIT
  echo "dist/$name.zip: $(wc -c < "dist/$name.zip") bytes, $(unzip -Z1 "dist/$name.zip" | grep -vc '/$') files"
}

make_deb() {
  [ -x build/spleis ] || { echo "release.sh: build/ is not built (tools/setup.sh)" >&2; exit 1; }
  # Debian's multiarch library folder (lib/x86_64-linux-gnu), which GNUInstallDirs chooses only
  # for a /usr prefix; build/ keeps /usr/local for `cmake --install`. Set once: after that the
  # build below only rebuilds what changed.
  multiarch=lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)
  if ! grep -qx "CMAKE_INSTALL_LIBDIR:PATH=$multiarch" build/CMakeCache.txt; then
    cmake -S . -B build "-DCMAKE_INSTALL_LIBDIR=$multiarch" >/dev/null
  fi
  cmake --build build -j "${JOBS:-$(nproc)}" >/dev/null
  deb=dist/spleis_${version}_$(dpkg-architecture -qDEB_HOST_ARCH).deb
  rm -f "$deb"
  # (CPack warns that the two plugins have no SONAME: they are plugins, loaded by path, not
  # libraries to link.)
  (cd build && cpack -G DEB > cpack-deb.log 2>&1) || { tail -n 30 build/cpack-deb.log; exit 1; }
  grep -q 'strip.cmake: [1-9][0-9]* ELF files stripped' build/cpack-deb.log || { echo "release.sh: nothing stripped" >&2; exit 1; }
  [ -f "$deb" ] || { echo "release.sh: cpack made no $deb" >&2; exit 1; }
  echo "$deb: $(wc -c < "$deb") bytes; $(dpkg-deb -f "$deb" Depends | sed 's/^/Depends: /')"
}

case $what in
  zip) make_zip ;;
  deb) make_deb ;;
  all) make_zip; make_deb ;;
  *) echo "usage: tools/release.sh [zip|deb|all]" >&2; exit 2 ;;
esac
