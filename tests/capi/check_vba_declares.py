"""The VBA declarations in examples/excel/Spleis.bas match include/spleis/spleis.h: every
SPLEIS_CALL function is declared once for 64-bit and once for 32-bit Office, as a Sub or a
Function as it returns void or not, with as many arguments, each passed and typed as VBA must
pass that C type. Nothing else is declared from spleis.dll, and the module is plain ASCII.

Usage: python3 check_vba_declares.py spleis.h Spleis.bas
"""
import re
import sys

# How VBA must pass each C type, per Office bitness: (ByVal|ByRef, VBA type).
def vba_argument(c_type, win64):
    t = re.sub(r"\s+", " ", c_type.replace("*", " * ")).replace("const ", "").strip()
    t = t.replace(" *", "*")
    if re.fullmatch(r"spleis_\w+\*", t):
        return ("ByVal", "LongPtr")
    if re.fullmatch(r"spleis_\w+\*\*", t):
        return ("ByRef", "LongPtr")
    return {
        "double": ("ByVal", "Double"),
        "int": ("ByVal", "Long"),
        "size_t": ("ByVal", "LongPtr"),
        "char*": ("ByRef", "Byte"),
        "double*": ("ByRef", "Double"),
        "int*": ("ByRef", "Long"),
        "size_t*": ("ByRef", "LongPtr"),
        "int64_t*": ("ByRef", "LongLong" if win64 else "Currency"),
    }.get(t, ("?", f"no VBA mapping for C type {c_type!r}"))


def vba_return(c_type):
    t = c_type.replace(" ", "")
    return {"void": ("Sub", None), "int": ("Function", "Long"), "constchar*": ("Function", "LongPtr")}.get(
        t, ("?", f"no VBA mapping for C return type {c_type!r}"))


def header_functions(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    functions = {}
    for returns, name, params in re.findall(r"SPLEIS_API\s+([\w\s\*]+?)\s*SPLEIS_CALL\s+(\w+)\s*\(([^)]*)\)\s*;", text):
        params = params.strip()
        types = [] if params in ("", "void") else [re.sub(r"\s*\w+$", "", p.strip()) for p in params.split(",")]
        functions[name] = (returns.strip(), types)
    return functions


def vba_declarations(text):
    """{(name, win64): [(kind, [(passing, type)], return type)]} for Lib "spleis.dll"."""
    text = re.sub(r" _\r?\n\s*", " ", text)  # join continued lines
    found = {}
    branches = [(True, True)]  # which of (win64, win32) the current lines apply to
    for line in text.splitlines():
        line = line.strip()
        if re.match(r"#If\s+Win64\s+Then", line, re.I):
            branches.append((True, False))
        elif re.match(r"#Else\b", line, re.I):
            branches[-1] = (not branches[-1][0], not branches[-1][1])
        elif re.match(r"#End\s+If", line, re.I):
            branches.pop()
        m = re.match(r'(?:Public\s+|Private\s+)?Declare\s+PtrSafe\s+(Sub|Function)\s+(\w+)\s+Lib\s+"spleis\.dll"'
                     r'\s*\((.*?)\)\s*(?:As\s+(\w+))?\s*$', line, re.I)
        if not m:
            if re.search(r'Lib\s+"spleis', line, re.I):
                found.setdefault(("unparsable line", True), []).append(("?", [], line))
            continue
        kind, name, params, returns = m.groups()
        args = []
        for p in filter(None, (p.strip() for p in params.split(","))):
            a = re.fullmatch(r"(ByVal|ByRef)\s+\w+\s+As\s+(\w+)", p, re.I)
            args.append((a.group(1), a.group(2)) if a else ("?", p))
        for win64, applies in zip((True, False), branches[-1]):
            if applies:
                found.setdefault((name, win64), []).append((kind, args, returns))
    return found


def main(header_path, bas_path):
    functions = header_functions(open(header_path, encoding="utf-8").read())
    bas = open(bas_path, encoding="utf-8").read()
    declared = vba_declarations(bas)
    problems = []
    # The VBA editor imports a .bas file in the ANSI code page: a UTF-8 letter would arrive as
    # two wrong ones (and in a string literal change what is passed).
    for number, line in enumerate(bas.splitlines(), 1):
        if not line.isascii():
            problems.append(f"{bas_path}:{number}: not ASCII; the VBA editor would read it in the ANSI code page")
    if len(functions) < 20:
        problems.append(f"found only {len(functions)} SPLEIS_CALL functions in {header_path}: is the parser broken?")
    for name, (c_return, c_args) in sorted(functions.items()):
        for win64 in (True, False):
            office = "64-bit" if win64 else "32-bit"
            entries = declared.get((name, win64), [])
            if len(entries) != 1:
                problems.append(f"{name}: declared {len(entries)} times for {office} Office, expected once")
                continue
            kind, args, returns = entries[0]
            expected_kind, expected_return = vba_return(c_return)
            if kind.lower() != expected_kind.lower() or (returns or None) != expected_return:
                problems.append(f"{name} ({office}): declared as {kind} As {returns}, "
                                f"C returns {c_return}: expected {expected_kind} As {expected_return}")
            if len(args) != len(c_args):
                problems.append(f"{name} ({office}): {len(args)} arguments in VBA, {len(c_args)} in C")
                continue
            for i, (arg, c_type) in enumerate(zip(args, c_args)):
                expected = vba_argument(c_type, win64)
                if (arg[0].lower(), arg[1].lower()) != (expected[0].lower(), expected[1].lower()):
                    problems.append(f"{name} ({office}) argument {i + 1}: {arg[0]} As {arg[1]}, "
                                    f"but C {c_type} needs {expected[0]} As {expected[1]}")
    for name in sorted({name for name, _ in declared}):
        if name not in functions:
            problems.append(f"{name}: declared from spleis.dll but not a SPLEIS_CALL function of spleis.h")
    if problems:
        print("\n".join(problems))
        return 1
    print(f"{len(functions)} functions of spleis.h declared in {bas_path} for 64-bit and 32-bit Office")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
