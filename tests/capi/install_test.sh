#!/usr/bin/env bash
# Install spleis into a fresh prefix and use it like a user would: a separate CMake project
# with find_package(spleis), and a plain compiler call with pkg-config.
#
# Usage: install_test.sh BUILD_DIR SOURCE_DIR C_COMPILER
set -euo pipefail
build_dir=$1
source_dir=$2
cc=$3

work=$(mktemp -d /tmp/spleis-install.XXXXXX)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
scenario=$source_dir/scenarios/digi-vestland-2021.yaml

cmake --install "$build_dir" --prefix "$prefix" >/dev/null
echo "installed:"
(cd "$prefix" && find . -type f -o -type l | sort | sed 's/^/  /')

# Only the C API's header is public; the engine's C++ headers stay inside.
[ "$(cd "$prefix" && find . -name '*.h*' | grep -c .)" -eq 1 ] || { echo "FAIL: more than spleis.h installed"; exit 1; }

echo "find_package(spleis):"
cmake -S "$source_dir/tests/capi/consumer" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$prefix" \
      -DCMAKE_C_COMPILER="$cc" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/consumer" >/dev/null
"$work/consumer/spleis_consumer" "$scenario"

echo "pkg-config spleis:"
pc_file=$(find "$prefix" -name spleis.pc)
export PKG_CONFIG_PATH=$(dirname "$pc_file")
echo "  version $(pkg-config --modversion spleis); cflags $(pkg-config --cflags spleis); libs $(pkg-config --libs spleis)"
"$cc" -std=c99 -Wall -Wextra -pedantic -Werror $(pkg-config --cflags spleis) \
      "$source_dir/tests/capi/consumer/consumer.c" -o "$work/consumer-pc" $(pkg-config --libs spleis) \
      -Wl,-rpath,"$(pkg-config --variable=libdir spleis)"
"$work/consumer-pc" "$scenario"
