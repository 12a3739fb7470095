#!/usr/bin/env python3
"""One what-if, one meaning (issue 31). The same random what-ifs, valid and not (negative,
huge, fractions of an øre, names, no cap, another unknown, units that are none), through every
shell:

  file    the what-if written as a scenario file, `spleis run --format json`
  api     the HTTP API in-process (tests/server/api_answers.cpp)
  http    the HTTP API over loopback (spleis serve on a free port)
  c       the C API, its functions called one by one (through ctypes)
  python  the spleis Python module (spleis.Scenario)

Each shell must give the same amounts, member by member in øre, or refuse: then with the same
class (input or infeasible) everywhere, and where two shells name the field at fault, the same
field. Members leaving are what-ifs of the file and the API only: the C API has no call for it.

Usage: differential_test.py SPLEIS API_ANSWERS LIBSPLEIS COUNT
"""
import json
import os
import random
import subprocess
import sys
import tempfile
from ctypes import byref, c_int, c_int64, c_void_p

SOURCE = os.getcwd()
sys.path.insert(0, os.path.join(SOURCE, "tests", "server"))
sys.path.insert(0, os.path.join(SOURCE, "python"))
from serving import Server  # noqa: E402

spleis_binary, api_answers, library_path, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
os.environ["SPLEIS_LIBRARY"] = library_path
import spleis  # noqa: E402

SALTEN = ["1804", "1836", "1837", "1838", "1839", "1840", "1841", "1845", "1848", "1849"]
SCENARIOS = {
    "digi-vestland-2021": {"parameters": ["base_amount", "per_inhabitant", "cap", "floor", "equal_fraction"],
                           "self_funded": ["4601", "Bergen", "Bergn"], "funding": [],
                           "population": "scenarios/data/population_vestland_2020.csv", "year": 2021,
                           "model": "digi-vestland.yaml", "members": "all", "budget": 19470000,
                           "self_funded_base": {"4601": 9100000}, "funding_base": {}},
    # Bodø is no member paying for itself: a what-if cannot make it one (the C API and a
    # scenario file can), so only names that are no member's are tried.
    "salten-2019": {"parameters": ["amount_per_member", "cap", "floor", "base_amount"],
                    "self_funded": ["Bodo", "Nowhere"], "funding": ["Iris-fondet", "Regional business fund (regionalt næringsfond)"],
                    "population": "scenarios/data/population_salten_2019.csv", "year": 2019,
                    "model": "smartere-salten.yaml", "members": SALTEN, "budget": 4200000, "self_funded_base": {},
                    "funding_base": {"Iris-fondet": 2100000, "Regional business fund (regionalt næringsfond)": 1000000}},
}
UNIT_NAMES = {1: "øre", 100: "krone", 10000: "100 kr", 100000: "1000 kr"}


def members_of(path):
    with open(os.path.join(SOURCE, path), encoding="utf-8") as table:
        rows = [line.strip().split(",") for line in table.readlines()[1:]]
    return [(code, name) for code, name, *_ in rows]


def random_amount(r, typical):
    """Mostly sensible kroner, sometimes what a careless or hostile caller sends."""
    if r.random() < 0.75:
        return r.choice([typical, round(typical * r.uniform(0.5, 1.5)), round(typical * r.uniform(0.5, 1.5), 2)])
    return r.choice([-typical, -1e308, typical + 0.001, 1e12, 1e12 + 1, 9e15, 1e308, 0])


def random_what_if(r, scenario):
    s = SCENARIOS[scenario]
    w = {}
    if r.random() < 0.8:
        parameters = {}
        for _ in range(r.randint(1, 2)):
            # Mostly the limits and the base a committee moves; now and then the unknown or one the rule does not use.
            name = r.choice(s["parameters"]) if r.random() < 0.3 else r.choice(["cap", "cap", "floor", "base_amount"])
            typical = {"base_amount": 100000, "per_inhabitant": 20, "cap": 500000, "floor": 50000,
                       "equal_fraction": 0.4, "amount_per_member": 110000}[name]
            value = random_amount(r, typical)
            if name == "cap" and r.random() < 0.3:
                value = r.randrange(150, 700) * 1000  # some too low for the budget: infeasible
            if name in ("cap", "floor") and r.random() < 0.2:
                value = None
            if name == "per_inhabitant" and r.random() < 0.5:
                value = r.choice([18.5, 21.25, 19.993])
            parameters[name] = value
        w["parameters"] = parameters
    if r.random() < 0.15:
        w["solve"] = r.choice(s["parameters"])
    if r.random() < 0.3:
        w["budget"] = random_amount(r, 19470000 if scenario == "digi-vestland-2021" else 4200000)
    if s["funding"] and r.random() < 0.3:
        w["external_funding"] = {r.choice(s["funding"]): random_amount(r, 1000000)}
    if r.random() < 0.3:
        w["self_funded"] = {r.choice(s["self_funded"]): random_amount(r, 9100000 if scenario == "digi-vestland-2021" else 100000)}
    if r.random() < 0.2:
        w["rounding_unit_ore"] = r.choice([1, 100, 10000, 100000, 3, 1000])
    if r.random() < 0.2:
        members = [m for m in members_of(s["population"]) if s["members"] == "all" or m[0] in s["members"]]
        leaving = r.sample(members[1:], r.randint(1, 2))  # never the self-funded first one
        w["leave"] = [r.choice(m) for m in leaving]
    return w


# --- the scenario file ---------------------------------------------------------------------------

def yaml_number(value):
    if value is None:
        return "none"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return repr(value)


def scenario_file(scenario, what_if, folder):
    """The scenario with the what-if made, written out as a user would; returns its path and
    which field each line states."""
    s = SCENARIOS[scenario]
    out, fields = [], {}

    def add(line, field=None):
        """A line; `field` when it states a change the what-if made."""
        out.append(line)
        if field and field.split(".")[0] in {"rounding_unit_ore" if k == "rounding_unit_ore" else k for k in what_if} | (
                {"parameters"} if "solve" in what_if else set()):
            fields[len(out)] = field

    add(f"title: {scenario} what-if")
    add(f"year: {s['year']}")
    add(f"model: {os.path.join(SOURCE, 'models', s['model'])}")
    add("population:")
    add(f"  file: {os.path.join(SOURCE, s['population'])}")
    add(f"  year: {s['year'] - 1 if scenario == 'digi-vestland-2021' else s['year']}")
    names = {code: name for code, name in members_of(s["population"]) if code in s["members"] or s["members"] == "all"}
    leaving = {m if m in names else next(code for code, name in names.items() if name == m) for m in what_if.get("leave", [])}
    add("members: [" + ", ".join(code for code in names if code not in leaving) + "]", "leave")
    add(f"budget: {yaml_number(what_if.get('budget', s['budget']))}", "budget")
    self_funded = dict(s["self_funded_base"])
    for member, amount in what_if.get("self_funded", {}).items():
        self_funded.pop({"Bergen": "4601"}.get(member, member), None)
        self_funded[member] = amount
    funding = dict(s["funding_base"])
    funding.update(what_if.get("external_funding", {}))
    for key, named_by, amounts in (("self_funded", "member", self_funded), ("external_funding", "name", funding)):
        if amounts:
            add(f"{key}:")
            for name, amount in amounts.items():
                add(f"  - {named_by}: {name}", f"{key}.{name}")
                add(f"    amount: {yaml_number(amount)}", f"{key}.{name}")
                add("    source: the differential test")
    unit = what_if.get("rounding_unit_ore", 100)
    add(f"rounding: {UNIT_NAMES.get(unit, f'{unit} øre')}", "rounding_unit_ore")
    parameters = what_if.get("parameters", {})
    if parameters or "solve" in what_if:
        add("parameters:")
        for name, value in parameters.items():
            add(f"  {name}: {yaml_number(value)}", f"parameters.{name}")
        if "solve" in what_if:  # given and solved at once: the same key twice, as a user might write it
            add(f"  {what_if['solve']}: solve", f"parameters.{what_if['solve']}")
    path = os.path.join(folder, "what-if.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    return path, fields


def through_file(scenario, what_if, folder):
    path, fields = scenario_file(scenario, what_if, folder)
    run = subprocess.run([spleis_binary, "run", path, "--format", "json"], capture_output=True, text=True)
    if run.returncode == 0:
        report = json.loads(run.stdout)
        return {"amounts": {m["code"]: m["amount_ore"] for m in report["members"]}}
    kind = {1: "input", 3: "infeasible"}.get(run.returncode, f"exit {run.returncode}: {run.stderr.strip()}")
    field = None
    message = run.stderr.strip()
    prefix = "spleis: " + path + ":"
    if message.startswith(prefix):
        line = message[len(prefix):].split(":")[0]
        field = fields.get(int(line)) if line.isdigit() else None
    return {"refused": kind, "field": field, "message": message}


# --- the API ----------------------------------------------------------------------------------

def from_reply(status, body, listing):
    if status == 200:
        members = body.get("members", listing)
        return {"amounts": {m["code"]: a for m, a in zip(members, body["amounts_ore"])}}
    error = body["error"]
    kind = {"bad_input": "input", "infeasible": "infeasible", "bad_request": "input"}.get(error["class"], f"{status} {error}")
    return {"refused": kind, "field": error.get("field"), "message": error["message"]}


# --- the C API and Python ------------------------------------------------------------------------

def c_call(c, context, function, *arguments):
    status = getattr(c, function)(*arguments)
    if status != 0:
        raise spleis.Error.of(status, c.spleis_context_error(context).decode())


def field_of_function(message, what_if):
    """The field a setter's refusal is about: the function names the kind of change."""
    function = message.split(":")[0]
    return {"spleis_scenario_set_parameter": "parameters", "spleis_scenario_solve_for": "parameters",
            "spleis_scenario_remove_parameter": "parameters", "spleis_scenario_set_budget": "budget",
            "spleis_scenario_set_funding": "external_funding", "spleis_scenario_set_self_funded": "self_funded",
            "spleis_scenario_set_rounding": "rounding_unit_ore"}.get(function)


def refusal_of(error, what_if):
    kind = {1: "input", 2: "input", 3: "infeasible"}.get(error.status // 100, f"status {error.status}: {error}")
    return {"refused": kind, "field": field_of_function(str(error.message), what_if), "message": str(error.message)}


def steps(what_if):
    """The what-if as the C API's calls, in the engine's order of changes (changes.hpp)."""
    out = []
    parameters = what_if.get("parameters", {})
    if "solve" in what_if:
        out.append(("solve_for", what_if["solve"]))
    for name, value in parameters.items():
        out.append(("remove", name) if value is None else ("set", name, value))
    if "budget" in what_if:
        out.append(("budget", what_if["budget"]))
    for name, amount in what_if.get("external_funding", {}).items():
        out.append(("funding", name, amount))
    for member, amount in what_if.get("self_funded", {}).items():
        out.append(("self_funded", member, amount))
    if "rounding_unit_ore" in what_if:
        out.append(("rounding", what_if["rounding_unit_ore"] / 100))
    return out


def through_c(scenario, what_if):
    lib = spleis.library()
    c = lib.c
    context, handle, result = c_void_p(), c_void_p(), c_void_p()
    c.spleis_context_new(byref(context))
    c.spleis_scenario_new(context, byref(handle))
    try:
        c_call(c, context, "spleis_scenario_load_file", handle, os.path.join(SOURCE, "scenarios", scenario + ".yaml").encode())
        for step in steps(what_if):
            if step[0] == "solve_for":
                c_call(c, context, "spleis_scenario_solve_for", handle, step[1].encode())
            elif step[0] == "set":
                c_call(c, context, "spleis_scenario_set_parameter", handle, step[1].encode(), float(step[2]))
            elif step[0] == "remove":
                c_call(c, context, "spleis_scenario_remove_parameter", handle, step[1].encode())
            elif step[0] == "budget":
                c_call(c, context, "spleis_scenario_set_budget", handle, float(step[1]))
            elif step[0] == "funding":
                c_call(c, context, "spleis_scenario_set_funding", handle, step[1].encode(), float(step[2]))
            elif step[0] == "self_funded":
                c_call(c, context, "spleis_scenario_set_self_funded", handle, step[1].encode(), float(step[2]))
            elif step[0] == "rounding":
                c_call(c, context, "spleis_scenario_set_rounding", handle, float(step[1]))
        c_call(c, context, "spleis_solve", handle, byref(result))
        n = c_int()
        c.spleis_result_member_count(result, byref(n))
        amounts = {}
        for i in range(n.value):
            code, ore = spleis._read_text(lib, context, c.spleis_result_member_code, result, i), c_int64()
            c.spleis_result_member_amount_ore(result, i, byref(ore))
            amounts[code] = ore.value
        return {"amounts": amounts}
    except spleis.Error as e:
        return refusal_of(e, what_if)
    finally:
        c.spleis_result_free(result)
        c.spleis_scenario_free(handle)
        c.spleis_context_free(context)


def through_python(scenario, what_if):
    try:
        with spleis.Scenario(os.path.join(SOURCE, "scenarios", scenario + ".yaml")) as s:
            for step in steps(what_if):
                if step[0] == "solve_for":
                    s.solve_for(step[1])
                elif step[0] == "set":
                    s.set(**{step[1]: step[2]})
                elif step[0] == "remove":
                    s.set(**{step[1]: None})
                elif step[0] == "budget":
                    s.budget = step[1]
                elif step[0] == "funding":
                    s.set_funding(step[1], step[2])
                elif step[0] == "self_funded":
                    s.set_self_funded(step[1], step[2])
                elif step[0] == "rounding":
                    s.rounding = step[1]
            with s.solve() as result:
                return {"amounts": {m.code: m.amount_ore for m in result.members}}
    except spleis.Error as e:
        return refusal_of(e, what_if)


# --- the comparison ------------------------------------------------------------------------------

def main():
    r = random.Random(31)
    what_ifs = [(scenario, random_what_if(r, scenario)) for scenario in
                (r.choice(list(SCENARIOS)) for _ in range(count))]
    server = Server(spleis_binary, [os.path.join(SOURCE, "scenarios", s + ".yaml") for s in SCENARIOS])
    listings = {s: server.request("GET", f"/api/scenarios/{s}")[1]["members"] for s in SCENARIOS}
    answers = subprocess.run([api_answers, *[os.path.join(SOURCE, "scenarios", s + ".yaml") for s in SCENARIOS]],
                             input="".join(f"{s}\t{json.dumps({**w, 'detail': 'amounts'})}\n" for s, w in what_ifs),
                             capture_output=True, text=True, check=True).stdout.splitlines()
    failures, solved, refused, c_skipped = [], 0, {}, 0
    with tempfile.TemporaryDirectory() as folder:
        for (scenario, what_if), answer in zip(what_ifs, answers):
            in_process = json.loads(answer)
            results = {"api": from_reply(in_process["status"], in_process["body"], listings[scenario])}
            status, body = server.post(f"/api/scenarios/{scenario}/solve", {**what_if, "detail": "amounts"})
            results["http"] = from_reply(status, body, listings[scenario])
            results["file"] = through_file(scenario, what_if, folder)
            if "leave" in what_if:
                c_skipped += 1
            else:
                results["c"] = through_c(scenario, what_if)
                results["python"] = through_python(scenario, what_if)
            first = results["api"]
            same = all(("amounts" in x) == ("amounts" in first) for x in results.values())
            if same and "amounts" in first:
                same = all(x["amounts"] == first["amounts"] for x in results.values())
                solved += 1
            elif same:
                same = all(x["refused"] == first["refused"] for x in results.values())
                # A field named is one the what-if gave (the C API names its kind by the
                # function). With one change only, every shell that names a field names it.
                given = {"solve": "parameters"}
                fields = {shell: given.get(head, head) for shell, x in results.items() if x.get("field")
                          for head in [x["field"].split(".")[0]]}
                changed = {given.get(key, key) for key in what_if}
                same = same and set(fields.values()) <= changed
                same = same and (len(changed) > 1 or len(set(fields.values())) <= 1)
                same = same and results["api"].get("field") == results["http"].get("field")
                refused[first["refused"]] = refused.get(first["refused"], 0) + 1
            if not same:
                failures.append((scenario, what_if, results))
    code, _ = server.stop()
    for scenario, what_if, results in failures[:10]:
        print(f"DIFFERS {scenario} {json.dumps(what_if, ensure_ascii=False)}")
        for shell, x in results.items():
            print(f"  {shell:6} {json.dumps(x, ensure_ascii=False)[:400]}")
    print(f"{count} what-ifs through file, api, http (and {count - c_skipped} through c and python): "
          f"{solved} solved alike to the øre, {sum(refused.values())} refused alike "
          f"({', '.join(f'{n} {k}' for k, n in sorted(refused.items()))}), {len(failures)} differ")
    ok = not failures and solved >= count // 5 and sum(refused.values()) >= count // 5 and code == 0
    sys.exit(0 if ok else 1)


main()
