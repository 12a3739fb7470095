#!/usr/bin/env bash
# The spleis Python module installed with libspleis into a fresh prefix, then used by Debian's
# python3 from outside the source tree, with no SPLEIS_LIBRARY and no LD_LIBRARY_PATH.
#
# Usage: python_module_test.sh BUILD_DIR SOURCE_DIR PYTHON
set -euo pipefail
build_dir=$1
source_dir=$(realpath "$2")
python=$3

work=$(mktemp -d /tmp/spleis-python.XXXXXX)
trap 'rm -rf "$work"' EXIT
cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
module=$(find "$work/prefix" -path '*dist-packages/spleis/__init__.py')
[ -n "$module" ] || { echo "FAIL: the spleis module is not installed under dist-packages"; exit 1; }
echo "installed: ${module#$work/prefix/}"
cd "$work"
env -u SPLEIS_LIBRARY -u LD_LIBRARY_PATH PYTHONPATH="$(dirname "$(dirname "$module")")" \
  SPLEIS_SOURCE_DIR="$source_dir" SPLEIS_PREFIX="$work/prefix" \
  "$python" "$source_dir/tests/capi/python_module_test.py"
