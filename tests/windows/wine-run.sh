#!/bin/sh
# wine-run.sh PROGRAM.exe ARGS...: runs a Windows program under Wine the way the tests run the
# Linux one, so the same test scripts check both: the same arguments and exit code, standard
# output and error each to their own stream, with Windows' CR LF line endings made LF (the one
# difference allowed). Wine is started as wine64 directly: Debian's `wine` script adds a hint
# about wine32 to stderr, which would differ from Linux.
exe=$1
shift
scratch=$(mktemp -d)
run() { WINELOADER=/usr/lib/wine/wine64 WINEDEBUG=-all /usr/lib/wine/wine64 "$exe" "$@" >"$scratch/out" 2>"$scratch/err" </dev/null; }
run "$@"
rc=$?
# Wine's own server sometimes drops a client on a loaded machine ("wine client error:0: recvmsg:
# Connection reset by peer"): that is Wine failing, not the program, so run it once more. Any
# other failure, a crash of spleis.exe included, stands.
if grep -q '^wine client error' "$scratch/err"; then
  run "$@"
  rc=$?
fi
sed 's/\r$//' "$scratch/out"
sed 's/\r$//' "$scratch/err" >&2
rm -rf "$scratch"
exit $rc
