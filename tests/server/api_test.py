#!/usr/bin/python3
"""The HTTP API as a client uses it, against a real spleis serve on a free loopback port:
every endpoint with the figures of the CLI, every error class, the limits, and that the
server keeps serving after each bad request. Usage: api_test.py SPLEIS (from the source root)."""
import gzip
import json
import os
import socket
import subprocess
import sys
import tempfile
import time

from serving import Server

spleis = sys.argv[1]
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL", what)


def cli_json(scenario_text, directory):
    """`spleis run --format json` of a scenario written next to the shipped ones."""
    path = os.path.join(directory, "what-if.yaml")
    with open(path, "w") as f:
        f.write(scenario_text)
    out = subprocess.run([spleis, "run", path, "--format", "json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def vestland_with(extra):
    text = open("scenarios/digi-vestland-2021.yaml").read()
    text = text.replace("../models/", os.path.abspath("models") + "/").replace("file: data/", "file: " + os.path.abspath("scenarios/data") + "/")
    return text + extra


server = Server(spleis, ["scenarios/digi-vestland-2021.yaml", "scenarios/digi-vestland-2021-options.yaml"])
check("digi-vestland-2021 (Digi Vestland 2021, 43 members)" in server.banner, "the start-up line says what is served: " + server.banner)
base = "/api/scenarios/digi-vestland-2021"

def still_serving(after):
    status, body = server.post(base + "/solve", {})
    osteroy = [m for m in body.get("members", []) if m["code"] == "4630"] if status == 200 else []
    check(status == 200 and osteroy and osteroy[0]["amount_ore"] == 26190500, f"serves correctly after {after}")

# --- list
status, listing, _ = server.request("GET", "/api/scenarios")
check(status == 200, "list: 200")
ids = [s["id"] for s in listing["scenarios"]]
check(ids == ["digi-vestland-2021", "digi-vestland-2021-options"], f"list: the ids, got {ids}")
vestland = listing["scenarios"][0]
check(len(vestland["members"]) == 43, "list: 43 members")
check(vestland["budget_ore"] == 1947000000 and vestland["budget"] == 19470000, "list: the budget in øre and kroner")
check(vestland["self_funded"][0]["name"] == "Bergen" and vestland["self_funded"][0]["amount_ore"] == 910000000, "list: Bergen self-funded 9.1 MNOK")
params = {p["name"]: p for p in vestland["options"][0]["parameters"]}
check(params["cap"]["value"] == 500000 and params["per_inhabitant"]["solved"], "list: the parameters, cap 500 000, per_inhabitant solved")
options = [o["name"] for o in listing["scenarios"][1]["options"]]
check(len(options) == 5 and options[2] == "Equal split", f"list: baseline and 4 options, got {options}")
status, one, _ = server.request("GET", base)
check(status == 200 and one["id"] == "digi-vestland-2021", "one scenario: 200")

# --- solve: as decided, and the same as the CLI for a changed cap
status, solved = server.post(base + "/solve", {})
check(status == 200, "solve: 200")
osteroy = next(m for m in solved["members"] if m["name"] == "Osterøy")
check(osteroy["amount_ore"] == 26190500 and osteroy["amount"] == 261905, "solve: Osterøy 261 905 kr")
check(solved["balanced"] and solved["totals"]["total_ore"] == 1947000000, "solve: balanced to the øre")
check(osteroy["difference_ore"] == 0, "solve: no difference from the baseline without changes")

# A browser accepts Brotli; the reply comes gzip'd instead (Brotli at cpp-httplib's quality took
# 60 ms a slider move, 1.8 s for chart.js), and decodes to the same answer.
for path, method in ((base + "/solve", "POST"), ("/chart.js", "GET")):
    status, raw, response = server.request(method, path, raw=b"{}" if method == "POST" else b"",
                                           headers={"Content-Type": "application/json", "Accept-Encoding": "gzip, deflate, br"})
    coding = response.getheader("Content-Encoding", "")
    check(status == 200 and coding == "gzip", f"{path} for a browser: gzip, not Brotli (got {coding!r})")
    if method == "POST" and coding == "gzip":
        check(json.loads(gzip.decompress(raw))["members"] == solved["members"], "solve, gzip'd: the same members")
with tempfile.TemporaryDirectory() as tmp:
    status, capped = server.post(base + "/solve", {"parameters": {"cap": 400000}})
    cli = cli_json(vestland_with("parameters:\n  cap: 400000\n"), tmp)
    check(status == 200 and [m["amount_ore"] for m in capped["members"]] == [m["amount_ore"] for m in cli["members"]],
          "solve: a cap of 400 000 kr gives the CLI's amounts to the øre")
    check(capped["solved"] == cli["solved"], "solve: the solved value is the CLI's")
    osteroy400 = next(m for m in capped["members"] if m["name"] == "Osterøy")
    check(osteroy400["difference_ore"] == osteroy400["amount_ore"] - 26190500 and osteroy400["difference_percent"] > 0,
          "solve: the difference from the baseline in øre and percent")
    status, amounts = server.post(base + "/solve", {"parameters": {"cap": 400000}, "detail": "amounts"})
    check(status == 200 and amounts["amounts_ore"] == [m["amount_ore"] for m in cli["members"]], "solve detail amounts: the same amounts")
    changes = {"budget": 20000000, "self_funded": {"4601": 8000000}, "rounding_unit_ore": 100000, "parameters": {"base_amount": 80000}}
    status, changed = server.post(base + "/solve", changes)
    cli = cli_json(vestland_with("").replace("budget: 19 470 000", "budget: 20 000 000").replace("amount: 9 100 000", "amount: 8 000 000")
                   .replace("rounding: krone", "rounding: 1000 kr") + "parameters:\n  base_amount: 80000\n", tmp)
    check(status == 200 and [m["amount_ore"] for m in changed["members"]] == [m["amount_ore"] for m in cli["members"]],
          "solve: budget, self-funded amount, rounding and base amount changed give the CLI's amounts")
# Members taken out: the same amounts as the shipped who-joins option "Kinn and Stad stay out".
who_joins = json.loads(subprocess.run([spleis, "compare", "scenarios/digi-vestland-2021-who-joins.yaml", "--format", "json"],
                                      capture_output=True, text=True, check=True).stdout)
k = [o["name"] for o in who_joins["options"]].index("Kinn and Stad stay out")
expected = {m["code"]: m["amounts"][k]["amount_ore"] for m in who_joins["members"] if m["amounts"][k]}
status, out = server.post(base + "/solve", {"leave": ["4602", "4649"]})
check(status == 200 and {m["code"]: m["amount_ore"] for m in out["members"]} == expected,
      "solve, leave Kinn and Stad: compare's amounts for that option, to the øre")
check(out["solved"]["value"] == who_joins["options"][k]["solved"]["value"] and out["balanced"] and out["totals"]["total_ore"] == 1947000000,
      "solve, leave: the solved rate is compare's (24.3337 kr), balanced to the øre")
check(next(m for m in out["members"] if m["name"] == "Osterøy")["amount_ore"] == 29705500, "solve, leave: Osterøy 297 055 kr")
status, out = server.post(base + "/solve", {"leave": ["4602", "4649"], "detail": "amounts"})
check(status == 200 and [m["code"] for m in out["members"]] == sorted(expected) and
      out["amounts_ore"] == [expected[c] for c in sorted(expected)],
      "solve detail amounts, leave: the reply lists its 41 members, with their amounts in the same order")
status, out = server.post(base + "/solve", {"detail": "amounts"})
check(status == 200 and "members" not in out, "solve detail amounts: the listing's members, not repeated")
status, equal = server.post("/api/scenarios/digi-vestland-2021-options/solve", {"option": "Equal split"})
check(status == 200 and equal["option"] == "Equal split" and equal["solved"]["parameter"] == "amount_per_member", "solve: an option by name")

# --- compare, explain, sweep, report
status, compared = server.post("/api/scenarios/digi-vestland-2021-options/compare", {})
check(status == 200 and len(compared["options"]) == 5, "compare: the baseline and its 4 options")
check(all(m["difference_ore"] == 0 for m in compared["options"][0]["members"]), "compare: the baseline differs from itself by nothing")
status, compared = server.post(base + "/compare", {"compare": [{"parameters": {"cap": 400000}}]})
check(status == 200 and [o["name"] for o in compared["options"]] == ["Decided rule", "what-if 1"] or compared["options"][1]["name"] == "what-if 1",
      "compare: a what-if against the baseline")
status, explained = server.post(base + "/explain", {"member": "4630", "lang": "nb"})
cli_text = subprocess.run([spleis, "explain", "scenarios/digi-vestland-2021.yaml", "--member", "4630", "--lang", "nb"],
                          capture_output=True, text=True).stdout
check(status == 200 and explained["text"] == cli_text, "explain: the same text as spleis explain --lang nb")
check(explained["steps"]["amount_ore"] == 26190500, "explain: the steps as JSON")
status, swept = server.post(base + "/sweep", {"sweep": {"parameter": "cap", "from": 200000, "to": 600000, "points": 5}})
check(status == 200 and [p["value"] for p in swept["points"]] == [200000, 300000, 400000, 500000, 600000], "sweep: 5 points")
check(not swept["points"][0]["feasible"] and "cannot be met" in swept["points"][0]["problem"], "sweep: the infeasible point says why")
check(swept["points"][3]["members_total_ore"] == 1947000000, "sweep: a feasible point balances")
status, csv, response = server.request("POST", base + "/report", {"format": "csv"})
check(status == 200 and b"4630,Oster\xc3\xb8y,8098,261905.00," in csv and "attachment" in response.getheader("Content-Disposition", ""),
      "report: the CSV as a download")
status, page, response = server.request("POST", base + "/report", {"format": "html", "lang": "nb", "parameters": {"cap": 400000}})
check(status == 200 and response.getheader("Content-Type", "").startswith("text/html") and b'<html lang="nb">' in page
      and "Oster\u00f8y".encode() in page and b"tak (cap)" in page, "report: the council paper's HTML, in bokm\u00e5l, for the what-if")

# The what-if as a scenario file: saved beside the served scenario (its population path is
# relative to that folder), `spleis run` gives the solve endpoint's amounts to the øre.
what_if = {"parameters": {"cap": 400000, "base_amount": 90000}, "budget": 20000000, "self_funded": {"4601": 8500000},
           "rounding_unit_ore": 100}
status, yaml_bytes, response = server.request("POST", base + "/report", dict(what_if, format="yaml"))
check(status == 200 and 'filename="digi-vestland-2021-what-if.yaml"' in response.getheader("Content-Disposition", ""),
      "report: the scenario YAML as a download")
status, solved_what_if = server.post(base + "/solve", what_if)
with tempfile.TemporaryDirectory() as tmp:
    os.symlink(os.path.abspath("scenarios/data"), os.path.join(tmp, "data"))
    path = os.path.join(tmp, "digi-vestland-2021-what-if.yaml")
    with open(path, "wb") as f:
        f.write(yaml_bytes)
    run = subprocess.run([spleis, "run", path, "--format", "json"], capture_output=True, text=True)
    check(run.returncode == 0, f"the downloaded YAML runs: {run.stderr}")
    if run.returncode == 0:
        reproduced = json.loads(run.stdout)
        check([m["amount_ore"] for m in reproduced["members"]] == [m["amount_ore"] for m in solved_what_if["members"]]
              and reproduced["totals"]["total_ore"] == 2000000000 and reproduced["solved"] == solved_what_if["solved"],
              "the downloaded YAML reproduces the what-if to the øre")

# --- errors, each followed by a correct answer
def expect_error(body, status, error_class, message_part, field=None, path="/solve", raw=None, what=None):
    got, reply = server.post(base + path, body, raw)
    error = reply.get("error", {}) if isinstance(reply, dict) else {}
    ok = got == status and error.get("class") == error_class and message_part in error.get("message", "") and \
        (field is None or error.get("field") == field)
    check(ok, f"{what or message_part}: expected {status} {error_class} {field}, got {got} {reply}")
    still_serving(what or message_part)

expect_error(None, 400, "bad_request", "not JSON", raw=b'{"parameters": ', what="malformed JSON")
expect_error(None, 400, "bad_request", "must be a JSON object", raw=b'[1, 2]', what="not an object")
expect_error({"parameters": {"cap": "400000"}}, 400, "bad_request", "parameters.cap must be a number, got a text", "parameters.cap")
expect_error({"parameters": []}, 400, "bad_request", "parameters must be an object", "parameters")
expect_error(None, 400, "bad_request", "not JSON", raw=b'{"parameters": {"cap": NaN}}', what="NaN")
expect_error(None, 400, "bad_request", "not JSON", raw=b'{"parameters": {"cap": Infinity}}', what="Infinity")
expect_error(None, 400, "bad_request", "number overflow", raw=b'{"budget": 1e999}', what="a number too large for a double")
expect_error({"budget": 1e300}, 422, "bad_input", "budget must be at most 1 000 000 000 000 kr, got 1e+300", "budget")
expect_error({"budget": -5}, 422, "bad_input", "budget must be an amount that is not negative, got -5", "budget")
expect_error({"leave": "4602"}, 400, "bad_request", "leave must be a list of members (codes or names), got a text", "leave")
expect_error({"leave": ["4602", "9999"]}, 422, "bad_input", "municipality 9999 is not in this scenario", "leave")
expect_error({"leave": ["4602", "4602"]}, 422, "bad_input", "4602 Kinn is named twice in leave", "leave",
             what="a member leaving twice")
expect_error({"budget": 1.005}, 422, "bad_input", "budget must be an amount in kroner with at most two decimals (whole øre), got 1.005", "budget")
expect_error({"colour": "red"}, 400, "bad_request", 'unknown field "colour"', "colour")
expect_error({"members": [{"code": "4601", "population": -5}]}, 400, "bad_request", 'unknown field "members"', "members",
             what="negative populations (members are not the request's to give)")
expect_error({"parameters": {"wage": 1}}, 400, "bad_request", 'unknown parameter "wage"', "parameters.wage")
expect_error({"parameters": {f"p{i}": 1 for i in range(3000)}}, 400, "bad_request", "more than 1000 entries", "parameters",
             what="thousands of parameters")
expect_error({"option": "x" * 5000}, 400, "bad_request", "longer than 200 bytes", "option", what="an overlong string")
expect_error({"option": "/etc/passwd"}, 422, "bad_input", 'no option "/etc/passwd"', "option", what="a path as the option")
expect_error({"self_funded": {"../../etc/passwd": 5}}, 422, "bad_input", 'no municipality called "../../etc/passwd" in this scenario', "self_funded.../../etc/passwd",
             what="a path as a member")
expect_error({"parameters": {"cap": 50000}}, 422, "bad_input", "below the base amount", "parameters.cap", what="a cap below the base")
expect_error({"parameters": {"cap": 200000}}, 422, "infeasible",
             "all 42 members at the cap of 200 000 kr give 8 400 000 kr, the budget needs 10 370 000 kr", what="an infeasible cap")
expect_error({"member": "Oslo"}, 404, "not_found", 'no member "Oslo"', path="/explain")
expect_error({}, 400, "bad_request", "member is missing", "member", path="/explain")
expect_error(None, 400, "bad_request", "member is missing", "member", path="/explain", raw=b"", what="an empty body to explain")
expect_error(None, 400, "bad_request", "sweep is missing", "sweep", path="/sweep", raw=b"", what="an empty body to sweep")
expect_error({"sweep": {"parameter": "cap", "from": 0, "to": 1, "points": 100000}}, 400, "bad_request", "201 (the limit)", "sweep.points", path="/sweep")
expect_error(None, 413, "too_large", "larger than the limit of 65536 bytes", raw=b" " * 70000, what="a body over the limit")
status, reply = server.post("/api/scenarios/nowhere/solve", {})
check(status == 404 and reply["error"]["class"] == "not_found" and "digi-vestland-2021" in reply["error"]["message"], "an unknown scenario: 404")
status, reply, _ = server.request("GET", base + "/solve")
check(status == 405, "GET on a POST endpoint: 405")
status, reply, _ = server.request("GET", "/../../etc/passwd")
check(status == 404 or status == 400, f"a path outside the page: {status}")

# A client that sends one byte a second is cut off (no pause above 0.5 s), and others are served meanwhile.
slow = socket.create_connection(("127.0.0.1", server.port))
start = time.time()
closed_after = None
for byte in b"POST /api/scenarios/digi-vestland-2021/solve HTTP/1.1\r\nHost: x\r\n":
    try:
        slow.send(bytes([byte]))
        still_serving("a slow client's byte") if byte == ord("P") else None
        time.sleep(1)
        slow.setblocking(False)
        try:
            if slow.recv(100) == b"":
                closed_after = time.time() - start
                break
        except BlockingIOError:
            pass
        slow.setblocking(True)
    except (BrokenPipeError, ConnectionResetError):
        closed_after = time.time() - start
        break
    if time.time() - start > 4:
        break
slow.close()
check(closed_after is not None and closed_after < 4, f"a client sending one byte a second is cut off, after {closed_after} s")
still_serving("a slow client")

code, out = server.stop()
check(code == 0 and "stopped" in out, f"SIGTERM stops the server gracefully (exit {code})")

# Beyond the connection limit: 503 with the limit in the message, and served again once they close.
limited = Server(spleis, ["scenarios/digi-vestland-2021.yaml"], "--max-connections", "2")
idle = [socket.create_connection(("127.0.0.1", limited.port)) for _ in range(2)]
time.sleep(0.2)
status, reply = limited.post(base + "/solve", {})
check(status == 503 and reply["error"]["class"] == "busy" and "2 connections" in reply["error"]["message"], f"over the connection limit: 503, got {status} {reply}")
for s in idle:
    s.close()
time.sleep(0.3)
status, reply = limited.post(base + "/solve", {})
check(status == 200, "served again when the connections close")
code, _ = limited.stop()
check(code == 0, "SIGTERM with connections served")

print(f"{len(failures)} failures" if failures else "all API checks passed")
sys.exit(1 if failures else 0)
