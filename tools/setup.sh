#!/usr/bin/env bash
# Everything spleis needs on a fresh Debian 12 machine: install what is missing (apt-get,
# with sudo when not root), configure and build into ./build. Safe to run again: it only
# installs missing packages and rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake make g++ pkg-config python3
          libeigen3-dev libyaml-cpp-dev libfmt-dev catch2 libbenchmark-dev libcli11-dev
          libxlsxwriter-dev libreoffice-calc-nogui libreoffice-writer-nogui nlohmann-json3-dev libcurl4-openssl-dev
          gcc python3-uno libreoffice-dev zip   # the C API's tests: C, the LibreOffice add-in
          libcpp-httplib-dev libssl-dev zlib1g-dev libbrotli-dev libjs-chart.js   # spleis serve
          chromium chromium-driver python3-selenium wrk                           # its page and load tests
          dpkg-dev file lintian mmdebstrap unzip)   # the packages: tools/release.sh, tools/package-test.sh

tools/require-packages.sh "${packages[@]}"

build_dir=${SPLEIS_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DSPLEIS_WERROR=ON >/dev/null
cmake --build "$build_dir" -j "$(nproc)" >/dev/null || cmake --build "$build_dir" -j 1
