#!/usr/bin/env bash
# spleis against what an analyst would write instead (bench/peers/), on the same inputs, in
# the same run: solve the Digi Vestland rule (base + rate per inhabitant, cap, one member
# self-funded) for Digi Vestland (43), all of Norway (357) and 100 000 synthetic members
# (bench/peers/problems.py writes them for spleis_bench --populations=). The peers' amounts are
# first checked against spleis's to the krone (`spleis run`, or the C API for the synthetic
# members). Usage: bench/compare.sh [build directory]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
python=/usr/bin/python3  # Debian's, with python3-numpy and python3-scipy
for p in python3-numpy python3-scipy; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="${missing:-} $p"
done
if [ -n "${missing:-}" ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get install -y -qq $missing >/dev/null
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
"$python" bench/peers/problems.py "$scratch/lognormal_100000.txt"
# Best of 3 on both sides: Google Benchmark's mean over a second of solves, three times (the
# peers: timeit's best of 3), so a busy moment on the shared host counts against neither.
spleis_json=$("$build/bench/spleis_bench" --populations="$scratch/lognormal_100000.txt" \
  --benchmark_filter='^solve/(digi_vestland_43|norway_357|lognormal_100000)$' \
  --benchmark_format=json --benchmark_min_time=1 --benchmark_repetitions=3 2>/dev/null)
peers_json=$("$python" bench/peers/run_peers.py "$build/spleis" "$build/src/capi/libspleis.so")

"$python" - "$spleis_json" "$peers_json" <<'PY'
import json, sys
spleis = {}
for b in json.loads(sys.argv[1])['benchmarks']:
    if b.get('run_type') == 'aggregate':
        continue
    name = b['name'].split('/')[1]
    seconds = b['cpu_time'] * {'ns': 1e-9, 'us': 1e-6, 'ms': 1e-3}[b['time_unit']]
    spleis[name] = min(spleis.get(name, seconds), seconds)
peers = json.loads(sys.argv[2])
def t(s): return f'{s * 1e6:10.2f} µs' if s < 1e-5 else f'{s * 1e6:10.1f} µs' if s < 1e-3 else f'{s * 1e3:10.2f} ms'
print(f'{"problem":<18} {"spleis":>13} {"NumPy+SciPy":>13} {"ratio":>7} {"Python loop":>13} {"ratio":>7}')
for problem, times in peers.items():
    s = spleis[problem]
    n, l = times['numpy_peer'], times['loop_peer']
    print(f'{problem:<18} {t(s)} {t(n)} {n / s:6.0f}× {t(l)} {l / s:6.0f}×')
print('Amounts checked equal to the krone. Per solve, best of 3, load excluded. spleis: one core, CPU time'
      ' (Google Benchmark); peers: timeit.')
PY
