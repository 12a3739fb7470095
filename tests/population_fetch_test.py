#!/usr/bin/env python3
"""`spleis population fetch` against a stand-in for Statistics Norway's API (PxWebApi v0,
table 07459), started here on a free loopback port: no network beyond loopback.

The stand-in answers as SSB does, in JSON-stat 2, with figures made from SSB's own exports of
table 07459 in tests/data/ssb-07459/ (real files, see its SOURCES.md): persons summed over
ages per municipality, and the whole country as their sum. It refuses a query that is not the
one SSB's API takes for this (HTTP 400). Other paths make it misbehave: slow, an HTTP error, a
body cut off, a changed layout, a municipality missing, a national total that does not add up.

Usage: population_fetch_test.py SPLEIS SOURCE_DIR
"""
import datetime
import http.server
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import OrderedDict

spleis, source = sys.argv[1], sys.argv[2]
raw_dir = os.path.join(source, "tests", "data", "ssb-07459")
data_dir = os.path.join(source, "scenarios", "data")
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what)


def raw_totals(year):
    """Persons by region in SSB's export for 1 January `year`, summed over ages, in file order."""
    totals = OrderedDict()
    with open(os.path.join(raw_dir, f"Personer{year}.csv"), encoding="latin-1") as f:
        lines = [line.rstrip("\r\n") for line in f]
    header = next(i for i, line in enumerate(lines) if line.startswith('"region"'))
    delimiter = "\t" if "\t" in lines[header] else ";"
    for line in lines[header + 1:]:
        if not line.strip():
            continue
        fields = [field.strip('"') for field in line.split(delimiter)]
        label, persons = fields[0], int(fields[-1])
        totals[label] = totals.get(label, 0) + persons
    return totals


def regions_of(year):
    """code → (name, persons) for each municipality, as SSB's API names them (plain codes)."""
    out = OrderedDict()
    for label, persons in raw_totals(year).items():
        m = re.match(r"K-(\d{4}) (.*)$", label)
        if m:
            out[m.group(1)] = (m.group(2).strip("\u00a0 "), persons)
    return out


def jsonstat(year, codes, mode):
    regions = regions_of(year)
    codes = [c for c in codes if c == "0" or c in regions]
    if mode == "missing":
        codes = [c for c in codes if c != "4630"]
    country = sum(p for _, p in regions.values())
    if mode == "total":
        country += 1
    label = {c: ("Hele landet" if c == "0" else regions[c][0]) for c in codes}
    value = [country if c == "0" else regions[c][1] for c in codes]
    ids = ["Region", "ContentsCode", "Tid"]
    sizes = [len(codes), 1, 1]
    dimension = {
        "Region": {"label": "region", "category": {"index": {c: i for i, c in enumerate(codes)}, "label": label}},
        "ContentsCode": {"label": "contents", "category": {"index": {"Personer1": 0}, "label": {"Personer1": "Persons"},
                                                           "unit": {"Personer1": {"base": "persons", "decimals": 0}}}},
        "Tid": {"label": "year", "category": {"index": {str(year): 0}, "label": {str(year): str(year)}}},
    }
    if mode == "changed":  # SSB splits the figures by sex, which spleis did not ask for
        ids.insert(1, "Kjonn")
        sizes.insert(1, 2)
        dimension["Kjonn"] = {"label": "sex", "category": {"index": {"1": 0, "2": 1}, "label": {"1": "Males", "2": "Females"}}}
        value = [v for v in value for _ in range(2)]
    return {
        "version": "2.0", "class": "dataset", "label": "07459: Population, by region, contents and year",
        "source": "Statistics Norway", "updated": f"{year}-02-21T07:00:00Z",
        "id": ids, "size": sizes, "dimension": dimension, "value": value, "role": {"time": ["Tid"], "metric": ["ContentsCode"]},
    }


def refuse(query):
    """Why SSB's API would not take the query, or None."""
    try:
        q = json.loads(query)
        selections = {item["code"]: item["selection"] for item in q["query"]}
        if q["response"]["format"] != "json-stat2":
            return "response.format is not json-stat2"
        if set(selections) != {"Region", "ContentsCode", "Tid"}:
            return f"variables {sorted(selections)}"
        if any(s["filter"] != "item" for s in selections.values()):
            return "a filter other than item"
        if selections["ContentsCode"]["values"] != ["Personer1"] or len(selections["Tid"]["values"]) != 1:
            return "ContentsCode or Tid"
        if "0" not in selections["Region"]["values"]:
            return "no region 0"
        return None
    except (ValueError, KeyError, TypeError) as e:
        return f"not a query: {e}"


class StandIn(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        mode = self.path.strip("/").split("/")[0]
        query = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        why = refuse(query)
        if why or self.headers.get("Content-Type") != "application/json":
            return self.reply(400, b"Query is not valid: " + (why or "content type").encode(), "text/plain")
        q = {item["code"]: item["selection"]["values"] for item in json.loads(query)["query"]}
        if mode == "status500":
            return self.reply(500, b"<html><body>Internal Server Error</body></html>", "text/html")
        if mode == "status404":
            return self.reply(404, b"The table 07459 does not exist", "text/plain")
        if mode == "slow":
            time.sleep(5)
        body = json.dumps(jsonstat(int(q["Tid"][0]), q["Region"], mode), ensure_ascii=False).encode()
        if mode == "truncated":  # the whole length promised, half of it sent
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        if mode == "cutjson":  # no length: the connection's end is the body's, after half of it
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.close_connection = True
            return
        self.reply(200, body, "application/json; charset=utf-8")

    def reply(self, status, body, content_type):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), StandIn)
server.daemon_threads = True
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_address[1]}"
work = tempfile.mkdtemp(prefix="spleis-fetch-")
today = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d")


def fetch(mode, *args, env=None):
    out = os.path.join(work, "population.csv")
    cmd = [spleis, "population", "fetch", *args, "-o", out]
    if mode is not None:
        cmd += ["--url", f"{base}/{mode}/api/v0/en/table/07459"]
    started = time.monotonic()
    run = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=60)
    return run, out, time.monotonic() - started


def shipped(year, county=None):
    with open(os.path.join(data_dir, f"population_norway_{year}.csv"), encoding="utf-8") as f:
        lines = f.read().splitlines(keepends=True)
    return "".join(lines[:1] + [l for l in lines[1:] if county is None or l.startswith(county)])


def clean():
    for name in os.listdir(work):
        os.remove(os.path.join(work, name))


# --- A whole year, as SSB gives it: the file is the table shipped with spleis, byte for byte.
for year, municipalities, total in [(2024, 357, "5 550 203"), (2020, 356, "5 367 580")]:
    clean()
    run, out, _ = fetch("ok", "--year", str(year))
    check(run.returncode == 0, f"{year}: exit {run.returncode}: {run.stderr}")
    check(os.path.exists(out) and open(out, encoding="utf-8").read() == shipped(year),
          f"{year}: the downloaded table differs from population_norway_{year}.csv")
    sidecar = os.path.join(work, "population.SOURCES.md")
    text = open(sidecar, encoding="utf-8").read() if os.path.exists(sidecar) else ""
    check(f"- national total: {total} inhabitants in {municipalities} municipalities" in text, f"{year}: national total in {text!r}")
    check(f"- downloaded: {today} " in text and f"--year {year}` (spleis " in text, f"{year}: download date in {text!r}")
    check(f"- from: {base}/ok/api/v0/en/table/07459 (PxWebApi v0" in text, f"{year}: source in {text!r}")
    check(f"- table last updated by SSB: {year}-02-21T07:00:00Z" in text, f"{year}: update in {text!r}")
    check(f"of the structure of population_norway_{year}.csv" in text, f"{year}: structure in {text!r}")
    check(run.stdout == f"Wrote {out}: {municipalities} municipalities, {total} inhabitants on 1 January {year} (Statistics "
                       f"Norway, table 07459; national total {total}). Source and date in {sidecar}\n", f"{year}: {run.stdout!r}")

# One county, the address from SPLEIS_SSB_URL; 2026 has no table of its own here, so the stand-in
# has 2024's figures under 2026: the check is of the structure (2024's, as population_norway_2026.csv).
clean()
run, out, _ = fetch(None, "--year", "2024", "--county", "46", env={"SPLEIS_SSB_URL": f"{base}/ok"})
check(run.returncode == 0, f"county 46: exit {run.returncode}: {run.stderr}")
check(os.path.exists(out) and open(out, encoding="utf-8").read() == shipped(2024, "46"), "county 46: not the 46xx rows of 2024")
check("43 municipalities of county 46 Vestland, 651 299 inhabitants"
      in run.stdout, f"county 46: {run.stdout!r}")
text = open(os.path.join(work, "population.SOURCES.md"), encoding="utf-8").read()
check("- in this file: county 46 Vestland, 43 municipalities, 651 299 inhabitants" in text, f"county 46: {text!r}")

# --- Each failure: its message, exit 1, nothing written, and a table already there untouched.
refused_port = socket.socket()
refused_port.bind(("127.0.0.1", 0))
closed = refused_port.getsockname()[1]
refused_port.close()
url = f"{base}/{{}}/api/v0/en/table/07459"
cases = [
    ("slow", ["--timeout", "1"], re.escape(url.format("slow")) + r": no answer within 1 s; nothing was written\. Try again "
     r"later, or allow longer with --timeout \(Operation timed out after 1\d\d\d milliseconds with 0 bytes received\)"),
    ("status500", [], re.escape(f"{url.format('status500')}: Statistics Norway answered HTTP 500 Internal Server Error; "
                                "nothing was written")),
    ("status404", [], re.escape(f"{url.format('status404')}: Statistics Norway answered HTTP 404 Not Found: there is no such "
                                "table at this address (it says: \"The table 07459 does not exist\"); nothing was written")),
    ("truncated", [], re.escape(url.format("truncated")) + r": the answer was cut off after \d+ bytes \(transfer closed with "
     r"\d+ bytes remaining to read\); nothing was written, try again"),
    ("cutjson", [], re.escape(url.format("cutjson")) + r": Statistics Norway's answer ends in the middle, after \d+ bytes: it "
     r"was cut off on the way; nothing was written, try again"),
    ("changed", [], re.escape(f"{url.format('changed')}: Statistics Norway's answer does not have the layout of table 07459 "
                              "that spleis knows (dimension Kjonn has 2 categories where spleis asked for one (their sum)); "
                              "nothing was written. Download the table by hand from https://www.ssb.no/en/statbank/table/07459 "
                              "and read it with `spleis population FILE`")),
    ("missing", [], re.escape(f"{url.format('missing')}: Statistics Norway's answer has no inhabitants for 1 of the 357 "
                              "municipalities of 1 January 2024 (the structure of population_norway_2024.csv, shipped with "
                              "spleis): 4630 Osterøy; nothing was written")),
    ("total", [], re.escape(f"{url.format('total')}: the municipalities in Statistics Norway's answer add up to 5 550 203 "
                            "inhabitants, but its figure for the whole country is 5 550 204; nothing was written")),
    (None, ["--url", f"http://127.0.0.1:{closed}/api/v0/en/table/07459"],
     re.escape(f"http://127.0.0.1:{closed}/api/v0/en/table/07459: cannot reach the server (") + r"Failed to connect to "
     r"127\.0\.0\.1 port \d+ after \d+ ms: Co[^)]*\); nothing was written\. Is this machine online\? \(`spleis population "
     r"fetch` is the one command that uses the internet\)"),
]
for mode, args, message in cases:
    for existing in (False, True):
        clean()
        out = os.path.join(work, "population.csv")
        if existing:
            with open(out, "w", encoding="utf-8") as f:
                f.write("code,name,population\n4630,Osterøy,8000\n")
        run, out, seconds = fetch(mode, "--year", "2024", *args)
        name = f"{mode or 'refused'}{' (over a table)' if existing else ''}"
        check(run.returncode == 1, f"{name}: exit {run.returncode}")
        check(re.fullmatch("spleis: " + message + "\n", run.stderr) is not None, f"{name}: message {run.stderr!r}")
        check(sorted(os.listdir(work)) == (["population.csv"] if existing else []), f"{name}: left {os.listdir(work)}")
        if existing:
            check(open(out, encoding="utf-8").read() == "code,name,population\n4630,Osterøy,8000\n", f"{name}: table changed")
        if mode == "slow":
            check(seconds < 4, f"slow: took {seconds:.1f} s with --timeout 1")
        if mode == "slow" or not existing:
            break  # the timeout once is enough

# A year before any structure spleis knows, and a county that does not exist: before any download.
clean()
run, _, _ = fetch(f"{base}/unused", "--year", "2010")
check(run.returncode == 1 and "spleis knows the municipal structure from 1 January 2019 on (its shipped tables), not for 2010"
      in run.stderr, f"2010: {run.returncode} {run.stderr!r}")
run, _, _ = fetch("ok", "--year", "2024", "--county", "12")
check(run.returncode == 1 and "no municipality in this file has a code starting with 12" in run.stderr, f"county 12: {run.stderr!r}")
check(os.listdir(work) == [], "before download: something was written")

server.shutdown()
shutil.rmtree(work)
if failures:
    print(f"{len(failures)} failed")
    sys.exit(1)
print(f"population fetch: all cases passed against {base}")
