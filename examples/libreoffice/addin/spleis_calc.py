# The spleis add-in for LibreOffice Calc: sheet functions that call libspleis (shipped beside
# this file in the extension) through the ctypes binding in pythonpath/spleis.py.
import os
import re

import uno
import unohelper
from com.sun.star.lang import Locale, XLocalizable, XServiceInfo, XServiceName
from com.sun.star.sheet import XAddIn
from org.spleis.calc import XSpleis

import spleis

SERVICE = "org.spleis.calc.AddIn"
IMPLEMENTATION = "org.spleis.calc.AddIn.python"

# Programmatic name: (display name, description, [(argument, description), ...]). The
# document argument Calc fills in itself is not shown, so it has no entry.
_SHEET_EXTRAS = [("funding", "Optional: external funding in kroner, deducted before the split"),
                 ("self_funded", "Optional: a range beside the populations, the amount a member covers itself "
                                 "(empty or 0: in the split)"),
                 ("rounding", "Optional: round to 0.01, 1, 100 or 1000 kroner (1 when left out)")]
_ALLOCATE_ARGUMENTS = [("budget", "The whole budget in kroner (funding and self-funded amounts included)"),
                       ("base_amount", "What everyone pays before the part per inhabitant"),
                       ("cap", "The most one member pays; 0 for no cap"),
                       ("populations", "A range of populations")] + _SHEET_EXTRAS
_MODEL_ARGUMENTS = [("model", "The model as YAML text (name, rule, parameters)"),
                    ("budget", "The whole budget in kroner; 0 when the model solves nothing"),
                    ("populations", "A range of populations")] + _SHEET_EXTRAS
_SCENARIO = ("scenario", "The scenario file (YAML): a full path, or relative to the folder this document is saved in")
FUNCTIONS = {
    "AMOUNT": ("SPLEIS.AMOUNT", "What one member of a spleis scenario pays, in kroner",
               [_SCENARIO, ("member", "Municipality code (4630) or name (Osterøy)")]),
    "SOLVED": ("SPLEIS.SOLVED", "The value spleis solved for in a scenario, e.g. the rate per inhabitant",
               [_SCENARIO]),
    "ALLOCATE": ("SPLEIS.ALLOCATE", "A budget shared as a base amount plus a rate per inhabitant, at most a cap",
                 _ALLOCATE_ARGUMENTS),
    "ALLOCATEMODEL": ("SPLEIS.ALLOCATEMODEL", "A budget shared under a model written as spleis YAML",
                      _MODEL_ARGUMENTS),
    "ALLOCATERATE": ("SPLEIS.ALLOCATERATE", "The rate per inhabitant SPLEIS.ALLOCATE solves for", _ALLOCATE_ARGUMENTS),
    "ALLOCATESOLVED": ("SPLEIS.ALLOCATESOLVED", "The value SPLEIS.ALLOCATEMODEL solves for", _MODEL_ARGUMENTS),
    "TOTAL": ("SPLEIS.TOTAL", "The sum of a SPLEIS.ALLOCATE column, or what is wrong with it: a range with fewer "
                              "cells than the populations says how many it needs",
              [("amounts", "The cells the array formula was entered in"),
               ("populations", "The populations the formula was given")]),
    "MESSAGE": ("SPLEIS.MESSAGE", "What went wrong in the last spleis function computed (empty when nothing did)",
                [("cell", "The cell you ask about, so it is computed first")]),
}
DISPLAY_TO_PROGRAMMATIC = {display: name for name, (display, _, _) in FUNCTIONS.items()}
PREFIX = "spleis: "
# The C function a message comes from says nothing to the person at the sheet.
_FUNCTION = re.compile(r"^spleis_\w+: ")


def _library():
    return spleis.Library(os.path.join(os.path.dirname(__file__), "libspleis.so"))


class Failure(Exception):
    """A message for the cell."""


def _cells(cells):
    return [cell for row in cells for cell in row]


def _populations(cells):
    """A range arrives as rows of cells; empty and text cells are mistakes, not zeros."""
    values = []
    for i, cell in enumerate(_cells(cells)):
        if not isinstance(cell, float):
            what = "empty" if cell in (None, "") else f"the text {cell!r}"
            raise Failure(f"population {i + 1} of the range is {what}, not a number of inhabitants")
        values.append(cell)
    return values


def _optional_number(value, what, default):
    if value is None or value == "":
        return default
    if isinstance(value, float):
        return value
    raise Failure(f"{what} must be a number, got {value!r}")


def _self_funded(value, count):
    """An optional range as tall as the populations: the amount each covers itself, empty: 0."""
    if value is None or value == "":
        return None
    cells = _cells(value) if isinstance(value, tuple) else [value]
    if len(cells) != count:
        raise Failure(f"self_funded has {len(cells)} cells, the populations {count}: give one beside each")
    amounts = []
    for i, cell in enumerate(cells):
        if cell in (None, ""):
            amounts.append(0.0)
        elif isinstance(cell, float):
            amounts.append(cell)
        else:
            raise Failure(f"self_funded cell {i + 1} is the text {cell!r}, not an amount")
    return amounts


def _shaped(amounts, cells):
    """The amounts laid out like the populations were."""
    width = len(cells[0]) if cells else 0
    return tuple(tuple(amounts[r * width:(r + 1) * width]) for r in range(len(cells)))


def _failed_array(message, cells):
    """The message in the first cell, #NUM! in the others, so a sum over them fails as well."""
    rows = max(len(cells), 1)
    width = max(len(cells[0]) if cells else 1, 1)
    nan = float("nan")
    return tuple(tuple((PREFIX + message) if (r, c) == (0, 0) else nan for c in range(width)) for r in range(rows))


class SpleisAddIn(unohelper.Base, XSpleis, XAddIn, XServiceName, XServiceInfo, XLocalizable):
    def __init__(self, context):
        self.context = context
        self.locale = Locale("en", "US", "")
        self.lib = _library()
        self.results = {}  # (path, modified, size) -> spleis.Result, so a sheet solves each scenario once
        self.message = ""

    # --- the sheet functions: a value, or the message as text ---
    def AMOUNT(self, document, scenario, member):
        return self._cell(lambda: self._solve(document, scenario).member(member).amount)

    def SOLVED(self, document, scenario):
        def solved():
            result = self._solve(document, scenario)
            if result.solved is None:
                raise Failure(f"{scenario} solves for nothing: its rule's amounts stand as they are")
            return result.solved[1]
        return self._cell(solved)

    def ALLOCATE(self, budget, base_amount, cap, populations, funding, self_funded, rounding):
        return self._array(lambda: self._allocate(budget, base_amount, cap, populations, funding, self_funded,
                                                  rounding)[0], populations)

    def ALLOCATEMODEL(self, model, budget, populations, funding, self_funded, rounding):
        return self._array(lambda: self._allocate_model(model, budget, populations, funding, self_funded,
                                                        rounding)[0], populations)

    def ALLOCATERATE(self, budget, base_amount, cap, populations, funding, self_funded, rounding):
        return self._cell(lambda: self._allocate(budget, base_amount, cap, populations, funding, self_funded,
                                                 rounding)[1])

    def ALLOCATESOLVED(self, model, budget, populations, funding, self_funded, rounding):
        def solved():
            value = self._allocate_model(model, budget, populations, funding, self_funded, rounding)[1]
            if value is None:
                raise Failure("the model solves for nothing: its rule's amounts stand as they are")
            return value
        return self._cell(solved)

    def TOTAL(self, amounts, populations):
        def total():
            cells, needed = _cells(amounts), len(_cells(populations))
            if len(cells) < needed:
                raise Failure(f"the amounts' range has {len(cells)} cell{'s' if len(cells) != 1 else ''}, but there "
                              f"are {needed} populations: enter the array formula again in a range of {needed} "
                              "cells, as tall as the populations (Calc cuts an array to its range without a word)")
            if len(cells) > needed:
                raise Failure(f"the amounts' range has {len(cells)} cells, but there are {needed} populations: "
                              "give the cells of the array formula only")
            for i, cell in enumerate(cells):
                if isinstance(cell, str) and cell.startswith(PREFIX):
                    raise Failure(cell[len(PREFIX):])
                if not isinstance(cell, float) or cell != cell:
                    what = "empty" if cell in (None, "") else "not a number"
                    raise Failure(f"amount {i + 1} of the range is {what}: the array formula failed (its first "
                                  "cell says why)")
            return round(sum(cells), 2)
        return self._cell(total)

    def MESSAGE(self, after):
        return self.message

    # --- how failures reach the cell ---
    def _cell(self, compute):
        try:
            value = compute()
        except (Failure, spleis.Error) as e:
            self.message = _FUNCTION.sub("", getattr(e, "message", None) or str(e))
            return PREFIX + self.message
        self.message = ""
        return value

    def _array(self, compute, cells):
        try:
            amounts = compute()
        except (Failure, spleis.Error) as e:
            self.message = _FUNCTION.sub("", getattr(e, "message", None) or str(e))
            return _failed_array(self.message, cells)
        self.message = ""
        return _shaped(amounts, cells)

    def _allocate(self, budget, base_amount, cap, populations, funding, self_funded, rounding):
        values = _populations(populations)
        return self.lib.allocate_base_per_inhabitant_ex(
            budget, base_amount, cap, values, funding=_optional_number(funding, "funding", 0.0),
            self_funded=_self_funded(self_funded, len(values)),
            rounding=_optional_number(rounding, "rounding", 1.0))

    def _allocate_model(self, model, budget, populations, funding, self_funded, rounding):
        values = _populations(populations)
        return self.lib.allocate_model_ex(
            model, budget, values, funding=_optional_number(funding, "funding", 0.0),
            self_funded=_self_funded(self_funded, len(values)),
            rounding=_optional_number(rounding, "rounding", 1.0))

    def _solve(self, document, scenario):
        path = os.path.expanduser(scenario)
        # getURL() is still empty while a sheet loads and computes; getLocation() is not.
        url = document.getLocation() if document is not None and document.hasLocation() else ""
        folder = os.path.dirname(uno.fileUrlToSystemPath(url)) if url.startswith("file:") else None
        if not os.path.isabs(path):
            if folder is None:
                raise Failure(f"the scenario path {scenario} is relative, but this sheet is not saved in a folder "
                              "yet: save it beside the scenario's folder, or give the full path")
            path = os.path.join(folder, path)
        try:
            stat = os.stat(path)
        except OSError:
            where = f" (a relative path is read from the folder this sheet is saved in, {folder})" \
                if not os.path.isabs(os.path.expanduser(scenario)) else ""
            raise Failure(f"no scenario file {path}{where}")
        key = (os.path.realpath(path), stat.st_mtime_ns, stat.st_size)
        if key not in self.results:
            self.results = {key: self.lib.solve(path)}  # keep one: sheets use one scenario at a time
        return self.results[key]

    # --- XAddIn: how the functions appear in Calc ---
    def getProgrammaticFuntionName(self, display_name):  # sic: the API's spelling
        return DISPLAY_TO_PROGRAMMATIC.get(display_name, "")

    def getDisplayFunctionName(self, name):
        return FUNCTIONS[name][0] if name in FUNCTIONS else ""

    def getFunctionDescription(self, name):
        return FUNCTIONS[name][1] if name in FUNCTIONS else ""

    def getDisplayArgumentName(self, name, index):
        arguments = FUNCTIONS.get(name, (None, None, []))[2]
        return arguments[index][0] if 0 <= index < len(arguments) else ""

    def getArgumentDescription(self, name, index):
        arguments = FUNCTIONS.get(name, (None, None, []))[2]
        return arguments[index][1] if 0 <= index < len(arguments) else ""

    def getProgrammaticCategoryName(self, name):
        return "Add-In"

    def getDisplayCategoryName(self, name):
        return "Add-In"

    # --- XLocalizable, XServiceName, XServiceInfo ---
    def setLocale(self, locale):
        self.locale = locale

    def getLocale(self):
        return self.locale

    def getServiceName(self):
        return SERVICE

    def getImplementationName(self):
        return IMPLEMENTATION

    def supportsService(self, name):
        return name in self.getSupportedServiceNames()

    def getSupportedServiceNames(self):
        return (SERVICE, "com.sun.star.sheet.AddIn")


g_ImplementationHelper = unohelper.ImplementationHelper()
g_ImplementationHelper.addImplementation(SpleisAddIn, IMPLEMENTATION, (SERVICE, "com.sun.star.sheet.AddIn"))
