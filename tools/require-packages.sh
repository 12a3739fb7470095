#!/usr/bin/env bash
# tools/require-packages.sh PACKAGE...: installs the Debian packages that are missing (apt-get,
# with sudo when not root). The one place that installs: setup.sh for the build and the tests,
# sanitize.sh and fuzz.sh for the compilers and runtimes that only they need.
set -euo pipefail
missing=()
for p in "$@"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "spleis: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
