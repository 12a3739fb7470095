#!/usr/bin/env bash
# Everything spleis needs on a fresh Debian 12 machine: install what is missing (apt-get,
# with sudo when not root), configure and build into ./build. Safe to run again: it only
# installs missing packages and rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake make g++ pkg-config python3
          libeigen3-dev libyaml-cpp-dev libfmt-dev catch2 libbenchmark-dev libcli11-dev
          libxlsxwriter-dev libreoffice-calc-nogui
          gcc python3-uno libreoffice-dev zip)  # the C API's tests: C, the LibreOffice add-in

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "spleis setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

build_dir=${SPLEIS_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DSPLEIS_WERROR=ON >/dev/null
cmake --build "$build_dir" -j "$(nproc)" >/dev/null || cmake --build "$build_dir" -j 1
