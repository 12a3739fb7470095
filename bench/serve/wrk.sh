#!/usr/bin/env bash
# Load on spleis serve's solve endpoint with wrk, loopback only: norway-2025.yaml (357 members)
# with one parameter changed, keep-alive, 64 connections, 2 threads, for a bounded time.
#   bench/serve/wrk.sh [build/spleis] [seconds] [rounds]
# Each round runs, one after the other on the same machine: the HTTP layer alone
# (spleis_http_floor: cpp-httplib with the server's settings sending one reply computed at
# start), then spleis serve with the page's request ("detail": "amounts"). The last round also
# runs the full answer once. Compare the two in the same round: the machine is shared.
set -euo pipefail
cd "$(dirname "$0")/../.."
spleis=${1:-build/spleis}
seconds=${2:-6}
rounds=${3:-3}
floor=$(dirname "$spleis")/bench/spleis_http_floor
scenario=scenarios/norway-2025.yaml
out=$(mktemp)
server=
trap '[ -n "$server" ] && kill $server 2>/dev/null; rm -f "$out"' EXIT

start() {  # start "$@", wait until it listens; sets $server and $port
    "$@" >"$out" 2>&1 &
    server=$!
    for _ in $(seq 100); do grep -q listening "$out" && break; sleep 0.1; done
    port=$(grep -o 'listening on [^0-9]*[0-9.]*:\?[0-9]*' "$out" | grep -o '[0-9]*$')
}
stop() { kill "$server"; wait "$server" 2>/dev/null || true; server=; }
load() {  # load URL LUA: one second to warm up, then the measured run
    wrk -t2 -c64 -d1s -s "$2" "$1" >/dev/null
    wrk -t2 -c64 -d"${seconds}s" --latency -s "$2" "$1" | tail -1
}

for round in $(seq "$rounds"); do
    free_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    start "$floor" "$scenario" "$free_port"
    echo "round $round  http layer alone:  $(load "http://127.0.0.1:$port/api/solve" bench/serve/percentiles.lua)"
    stop
    start "$spleis" serve "$scenario" --port 0
    url=http://127.0.0.1:$port/api/scenarios/norway-2025/solve
    echo "round $round  spleis serve:      $(load "$url" bench/serve/percentiles.lua)"
    if [ "$round" = "$rounds" ]; then
        echo "== the full answer (every member with names, as spleis run --format json)"
        wrk -t2 -c64 -d"${seconds}s" --latency -s bench/serve/solve.lua "$url" | grep -E '50%|99%|Requests/sec'
    fi
    stop
done
