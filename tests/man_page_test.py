"""The man page (docs/spleis.1) kept true to the program: man renders it without warnings, it
names every command `spleis --help` lists, and under each command every option that
`spleis COMMAND --help` lists. A new command or option fails here until the page says it.

Usage: man_page_test.py SPLEIS MAN_PAGE
"""
import os
import re
import subprocess
import sys

spleis, page = sys.argv[1], sys.argv[2]
env = dict(os.environ, LC_ALL="C.UTF-8", MANWIDTH="100", MAN_KEEP_FORMATTING="")
rendered = subprocess.run(["man", "--warnings", "-l", page], capture_output=True, text=True, env=env)
failures = []
if rendered.returncode != 0 or rendered.stderr.strip():
    failures.append(f"man -l {page}: exit {rendered.returncode}, {rendered.stderr.strip()}")
text = rendered.stdout

def help_of(*args):
    return subprocess.run([spleis, *args, "--help"], capture_output=True, text=True, check=True).stdout

top = help_of()
commands = re.findall(r"^  ([a-z]+) ", top.split("Subcommands:")[1], re.M)
if len(commands) < 5:
    failures.append(f"found only {commands} in spleis --help")

# A command's section of the rendered page: from its tag line (7 spaces in) to the next one.
lines = text.splitlines()
for command in commands:
    starts = [i for i, line in enumerate(lines) if re.match(rf"^ {{7}}{command}( |$)", line)]
    if not starts:
        failures.append(f"{command}: not in the man page (add it under COMMANDS in {page})")
        continue
    end = next((i for i in range(starts[0] + 1, len(lines)) if re.match(r"^ {7}\S", lines[i])), len(lines))
    section = "\n".join(lines[starts[0]:end])
    for option in sorted(set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", help_of(command).split("Options:")[1]))):
        if option != "--help" and not re.search(rf"(?<![\w-]){option}(?![\w-])", section):
            failures.append(f"{command} {option}: not in the man page's section for {command}")

for failure in failures:
    print("FAIL", failure)
print(f"{len(commands)} commands checked against {page}: {len(failures)} failure(s)")
sys.exit(1 if failures else 0)
