#!/usr/bin/env bash
# The whole `spleis run` process, start to exit, as a script or a spreadsheet calling it in a
# loop sees it: the median of many runs. Usage: bench/cli.sh [build directory] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
runs=${2:-101}
/usr/bin/python3 - "$build/spleis" "$runs" <<'PY'
import statistics, subprocess, sys, time
spleis, runs = sys.argv[1], int(sys.argv[2])
def median_ms(command):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e3, min(times) * 1e3
# What starting any process costs on this machine, to read the figures against.
base, base_fastest = median_ms(['/bin/true'])
print(f'/bin/true (process start alone): median {base:.2f} ms, fastest {base_fastest:.2f} ms')
for scenario in ('scenarios/digi-vestland-2021.yaml', 'scenarios/norway-2025.yaml'):
    median, fastest = median_ms([spleis, 'run', scenario, '--format', 'csv'])
    print(f'spleis run {scenario}: median {median:.2f} ms, fastest {fastest:.2f} ms over {runs} runs '
          f'({median - base:.2f} ms more than /bin/true)')
PY
