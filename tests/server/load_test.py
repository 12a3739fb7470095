#!/usr/bin/python3
"""A short load on the solve endpoint (wrk, 3 s, 16 keep-alive connections, loopback): every
request answered 200, and the server's resident memory grows by less than 32 MiB between a
warm-up and the end, and it stops cleanly on SIGTERM. Usage: load_test.py SPLEIS [--sanitized].

--sanitized (a build under AddressSanitizer): the memory bound is not checked, because the
resident size then holds ASan's quarantine of freed memory (256 MiB by default) and each
thread's fake stacks, which grow with every request whatever the server does; LeakSanitizer
checks the server at its exit instead, and a leak makes that exit code non-zero."""
import re
import subprocess
import sys

from serving import Server

spleis = sys.argv[1]
sanitized = "--sanitized" in sys.argv[2:]
bound_kib = 32 * 1024
server = Server(spleis, ["scenarios/norway-2025.yaml"])
url = server.url + "/api/scenarios/norway-2025/solve"
script = "bench/serve/solve.lua"


def load(seconds):
    out = subprocess.run(["wrk", "-t1", "-c16", f"-d{seconds}s", "--timeout", "5s", "-s", script, url],
                         capture_output=True, text=True, timeout=60).stdout
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    return requests, int(bad.group(1)) if bad else 0, errors.group(1) if errors else None, out


load(1)
before = server.rss_kib()
requests, non_2xx, socket_errors, out = load(3)
after = server.rss_kib()
code, _ = server.stop()
print(out)
print(f"{requests} requests, {non_2xx} not 200, socket errors: {socket_errors}; memory {before} KiB -> {after} KiB"
      + (" (not bounded under AddressSanitizer; LeakSanitizer checks the exit)" if sanitized else f" (bound: {bound_kib} KiB)"))
failed = []
if requests == 0: failed.append("no request answered")
if non_2xx: failed.append(f"{non_2xx} requests not answered 200")
if socket_errors: failed.append(f"socket errors: {socket_errors}")
if not sanitized and after - before > bound_kib: failed.append(f"memory grew by {after - before} KiB, more than {bound_kib} KiB")
if code != 0: failed.append(f"exit code {code} after SIGTERM")
for f in failed:
    print("FAIL", f)
sys.exit(1 if failed else 0)
