#!/usr/bin/env bash
# Load on spleis serve's solve endpoint with wrk, loopback only: norway-2025.yaml (357 members)
# with one parameter changed, keep-alive, 64 connections, 2 threads, for a bounded time.
#   bench/serve/wrk.sh [build/spleis] [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
spleis=${1:-build/spleis}
seconds=${2:-10}
out=$(mktemp)
"$spleis" serve scenarios/norway-2025.yaml --port 0 >"$out" &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$out"' EXIT
for _ in $(seq 50); do grep -q listening "$out" && break; sleep 0.1; done
port=$(grep -o '127.0.0.1:[0-9]*' "$out" | cut -d: -f2)
url=http://127.0.0.1:$port/api/scenarios/norway-2025/solve
echo "== full answer (every member with names, as spleis run --format json)"
wrk -t2 -c64 -d"${seconds}s" --latency -s bench/serve/solve.lua "$url"
echo "== \"detail\": \"amounts\" (what the page asks)"
wrk -t2 -c64 -d"${seconds}s" --latency -s bench/serve/solve_amounts.lua "$url"
