#!/usr/bin/env python3
"""Output shown in the documentation is the real program's output.

Usage: docs_test.py SPLEIS_PROGRAM SOURCE_DIR FILE.md|FOLDER...  (a folder: every *.md in it)

Every ```console block is read as a session: a line starting with `$ ` is a command (run by
bash in SOURCE_DIR, with `spleis` or `build/spleis` meaning SPLEIS_PROGRAM), the lines after
it, up to the next command, are what it prints (standard output and error together).
A line that is only `...` stands for any number of lines; `...` inside a line for any text.
Trailing spaces are ignored. A block whose output differs fails the test with both texts;
so does a relative link to a file that does not exist.
"""
import pathlib
import re
import subprocess
import sys

program, source_dir = sys.argv[1], pathlib.Path(sys.argv[2])
files = []
for name in sys.argv[3:]:
    path = source_dir / name
    files += sorted(str(p.relative_to(source_dir)) for p in path.glob("*.md")) if path.is_dir() else [name]
SPLEIS = re.compile(r"(^|(?<=[\s;&|(]))(?:build/)?spleis(?=\s|$)")


def sessions(text):
    """(line number, command, expected lines) for each command in each console block."""
    block, command = None, None
    for number, line in enumerate(text.split("\n"), 1):
        if block is None:
            if line.strip() == "```console":
                block = []
            continue
        if line.strip() == "```":
            if command:
                yield command + (block,)
            block, command = None, None
        elif line.startswith("$ "):
            if command:
                yield command + (block,)
            command, block = (number, line[2:]), []
        else:
            block.append(line)


def pattern(expected):
    parts = []
    for line in expected:
        if line.strip() == "...":
            parts.append(r"(?:[^\n]*\n)*?")
        else:
            parts.append(".*?".join(re.escape(p) for p in line.rstrip().split("...")) + r"\n")
    return re.compile("".join(parts))


LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")

failures = checked = 0
for name in files:
    path = source_dir / name
    for target in LINK.findall(path.read_text(encoding="utf-8")):
        if not re.match(r"[a-z]+:", target) and not (path.parent / target).exists():
            failures += 1
            print(f"{name}: the link to {target} leads nowhere")
    for number, command, expected in sessions(path.read_text(encoding="utf-8")):
        run = SPLEIS.sub(program, command)
        done = subprocess.run(["bash", "-c", run + " 2>&1"], cwd=source_dir, capture_output=True)
        actual = "\n".join(l.rstrip() for l in done.stdout.decode("utf-8").split("\n")).rstrip("\n") + "\n"
        while expected and not expected[-1].strip():
            expected = expected[:-1]
        checked += 1
        if not pattern(expected).fullmatch(actual):
            failures += 1
            print(f"{name}:{number}: the output of `{command}` differs from the documentation.\n"
                  f"--- documented\n" + "\n".join(expected) + f"\n--- actual\n{actual}---")
print(f"{checked} documented commands checked in {len(files)} files, {failures} differ")
sys.exit(1 if failures or not checked else 0)
