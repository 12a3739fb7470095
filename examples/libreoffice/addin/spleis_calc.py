# The spleis add-in for LibreOffice Calc: sheet functions that call libspleis (shipped beside
# this file in the extension) through the ctypes binding in pythonpath/spleis.py.
import os

import uno
import unohelper
from com.sun.star.lang import IllegalArgumentException, Locale, XLocalizable, XServiceInfo, XServiceName
from com.sun.star.sheet import XAddIn
from org.spleis.calc import XSpleis

import spleis

SERVICE = "org.spleis.calc.AddIn"
IMPLEMENTATION = "org.spleis.calc.AddIn.python"

# Programmatic name: (display name, description, [(argument, description), ...]). The
# document argument Calc fills in itself is not shown, so it has no entry.
FUNCTIONS = {
    "AMOUNT": ("SPLEIS.AMOUNT", "What one member of a spleis scenario pays, in kroner",
               [("scenario", "The scenario file (YAML), relative to this document's folder"),
                ("member", "Municipality code (4630) or name (Osterøy)")]),
    "SOLVED": ("SPLEIS.SOLVED", "The value spleis solved for in a scenario, e.g. the rate per inhabitant",
               [("scenario", "The scenario file (YAML), relative to this document's folder")]),
    "ALLOCATE": ("SPLEIS.ALLOCATE", "A budget shared as a base amount plus a rate per inhabitant, at most a cap",
                 [("budget", "What the amounts add up to, in kroner"),
                  ("base_amount", "What everyone pays before the part per inhabitant"),
                  ("cap", "The most one member pays; 0 for no cap"),
                  ("populations", "A range of populations")]),
    "ALLOCATEMODEL": ("SPLEIS.ALLOCATEMODEL", "A budget shared under a model written as spleis YAML",
                      [("model", "The model as YAML text (name, rule, parameters)"),
                       ("budget", "What the amounts add up to, in kroner; 0 when the model solves nothing"),
                       ("populations", "A range of populations")]),
}
DISPLAY_TO_PROGRAMMATIC = {display: name for name, (display, _, _) in FUNCTIONS.items()}


def _library():
    return spleis.Library(os.path.join(os.path.dirname(__file__), "libspleis.so"))


def _populations(cells):
    """A range arrives as rows of cells; empty and text cells are mistakes, not zeros."""
    values = []
    for row in cells:
        for cell in row:
            if not isinstance(cell, float):
                raise IllegalArgumentException(f"populations must all be numbers, found {cell!r}", None, 0)
            values.append(cell)
    return values


def _shaped(amounts, cells):
    """The amounts laid out like the populations were."""
    width = len(cells[0]) if cells else 0
    return tuple(tuple(amounts[r * width:(r + 1) * width]) for r in range(len(cells)))


class SpleisAddIn(unohelper.Base, XSpleis, XAddIn, XServiceName, XServiceInfo, XLocalizable):
    def __init__(self, context):
        self.context = context
        self.locale = Locale("en", "US", "")
        self.lib = _library()
        self.results = {}  # (path, modified, size) -> spleis.Result, so a sheet solves each scenario once

    # --- the sheet functions ---
    def AMOUNT(self, document, scenario, member):
        result = self._solve(document, scenario)
        try:
            return result.member(member).amount
        except spleis.Error as e:
            raise IllegalArgumentException(e.message, self, 2)

    def SOLVED(self, document, scenario):
        solved = self._solve(document, scenario).solved
        if solved is None:
            raise IllegalArgumentException(f"{scenario} solves for nothing", self, 1)
        return solved[1]

    def ALLOCATE(self, budget, base_amount, cap, populations):
        try:
            amounts, _ = self.lib.allocate_base_per_inhabitant(budget, base_amount, cap, _populations(populations))
        except spleis.Error as e:
            raise IllegalArgumentException(e.message, self, 0)
        return _shaped(amounts, populations)

    def ALLOCATEMODEL(self, model, budget, populations):
        try:
            amounts, _ = self.lib.allocate_model(model, budget, _populations(populations))
        except spleis.Error as e:
            raise IllegalArgumentException(e.message, self, 0)
        return _shaped(amounts, populations)

    def _solve(self, document, scenario):
        path = os.path.expanduser(scenario)
        # getURL() is still empty while a sheet loads and computes; getLocation() is not.
        url = document.getLocation() if document is not None and document.hasLocation() else ""
        if not os.path.isabs(path) and url.startswith("file:"):
            path = os.path.join(os.path.dirname(uno.fileUrlToSystemPath(url)), path)
        try:
            stat = os.stat(path)
            key = (os.path.realpath(path), stat.st_mtime_ns, stat.st_size)
            if key not in self.results:
                self.results = {key: self.lib.solve(path)}  # keep one: sheets use one scenario at a time
            return self.results[key]
        except (OSError, spleis.Error) as e:
            raise IllegalArgumentException(getattr(e, "message", str(e)), self, 1)

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
