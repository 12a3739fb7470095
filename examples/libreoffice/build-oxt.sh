#!/usr/bin/env bash
# Builds the spleis add-in for LibreOffice Calc: spleis.oxt holds the sheet functions' type
# library (compiled from XSpleis.idl with the SDK's unoidl-write), the Python component, the
# ctypes binding, and libspleis itself.
#
#   examples/libreoffice/build-oxt.sh build/src/capi/libspleis.so spleis.oxt
#   unopkg add spleis.oxt
#
# Needs libreoffice-dev (for unoidl-write) and zip.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 LIBSPLEIS OUTPUT.oxt" >&2
  exit 2
fi
library=$(realpath "$1")
output=$(realpath -m "$2")
here=$(cd "$(dirname "$0")" && pwd)
program=${LIBREOFFICE_PROGRAM:-/usr/lib/libreoffice/program}
unoidl_write=${UNOIDL_WRITE:-/usr/lib/libreoffice/sdk/bin/unoidl-write}

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
# types.rdb first, or the IDL's base types do not resolve.
"$unoidl_write" "$program/types.rdb" "$here/addin/XSpleis.idl" "$stage/spleis.rdb"
cp -r "$here/addin/META-INF" "$here/addin/description.xml" "$here/addin/spleis_calc.py" "$stage/"
mkdir "$stage/pythonpath"
mkdir "$stage/pythonpath/spleis"
cp "$here/../../python/spleis/__init__.py" "$stage/pythonpath/spleis/"
cp "$library" "$stage/libspleis.so"
rm -f "$output.part"
(cd "$stage" && zip -qr -X "$output.part" .)
mv "$output.part" "$output"
