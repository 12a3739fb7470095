"""spleis from Python: the cost-sharing engine of libspleis, through ctypes (no compiler, no pip).

    import spleis
    with spleis.Scenario("scenarios/digi-vestland-2021.yaml") as s:
        print(s.solve().member("Osterøy").amount)   # 261905.0
        s.set(cap=400_000)                          # the scenario keeps its state between changes
        s.budget = 20_470_000
        result = s.solve()
        print(result.solved)                        # ('per_inhabitant', 20.8...)
        s.solve_for("base_amount", per_inhabitant=20)

    lib = spleis.Library()                          # the libspleis this module was installed with
    amounts, rate = lib.allocate_base_per_inhabitant(10_370_000, 100_000, 500_000, [17207, 8098, ...])

Every failure raises a spleis.Error, by who must act: CallError (status 1xx: the call is wrong,
wrong types included; ArgumentTypeError is also a TypeError), InputError (2xx: a file or text),
InfeasibleError (3xx: the budget cannot be met), InternalError (9xx). Municipality codes may be
given as int or str (4630 or "4630"); numbers as int or float, never bool.
"""
import ctypes
import ctypes.util
import os
import sys
from ctypes import POINTER, byref, c_char_p, c_double, c_int, c_int64, c_size_t, c_void_p
from typing import NamedTuple, Optional, Sequence

# Status codes of spleis.h, by range: 1xx the call, 2xx the input, 3xx infeasible, 9xx internal.
OK = 0
E_NULL_ARGUMENT = 100
E_BAD_COUNT = 101
E_BAD_NUMBER = 102
E_BUFFER_TOO_SMALL = 103
E_INDEX_OUT_OF_RANGE = 104
E_NOT_LOADED = 105
E_NO_SUCH_PARAMETER = 106
E_NO_SUCH_MEMBER = 107
E_NOTHING_SOLVED = 108
E_NO_SUCH_FUNDING = 109
E_NO_SUCH_OPTION = 110
E_TOO_LARGE = 111
E_NO_SUCH_LANGUAGE = 112
E_INPUT = 200
E_INFEASIBLE = 300
E_INTERNAL = 900
E_OUT_OF_MEMORY = 901

LIMITS = {0: "none", 1: "cap", 2: "floor", 3: "self-funded"}

_TEXT_OUT = [c_char_p, c_size_t, POINTER(c_size_t)]

# Every function of spleis.h: (result type, argument types).
SIGNATURES = {
    "spleis_version": (c_char_p, []),
    "spleis_error_string": (c_char_p, [c_int]),
    "spleis_context_new": (c_int, [POINTER(c_void_p)]),
    "spleis_context_free": (None, [c_void_p]),
    "spleis_context_error": (c_char_p, [c_void_p]),
    "spleis_context_set_language": (c_int, [c_void_p, c_char_p]),
    "spleis_scenario_new": (c_int, [c_void_p, POINTER(c_void_p)]),
    "spleis_scenario_free": (None, [c_void_p]),
    "spleis_scenario_load_file": (c_int, [c_void_p, c_char_p]),
    "spleis_scenario_load_yaml": (c_int, [c_void_p, c_char_p, c_char_p]),
    "spleis_scenario_set_parameter": (c_int, [c_void_p, c_char_p, c_double]),
    "spleis_scenario_set_population": (c_int, [c_void_p, c_char_p, c_double]),
    "spleis_scenario_set_budget": (c_int, [c_void_p, c_double]),
    "spleis_scenario_set_funding": (c_int, [c_void_p, c_char_p, c_double]),
    "spleis_scenario_remove_funding": (c_int, [c_void_p, c_char_p]),
    "spleis_scenario_set_self_funded": (c_int, [c_void_p, c_char_p, c_double]),
    "spleis_scenario_remove_self_funded": (c_int, [c_void_p, c_char_p]),
    "spleis_scenario_solve_for": (c_int, [c_void_p, c_char_p]),
    "spleis_scenario_remove_parameter": (c_int, [c_void_p, c_char_p]),
    "spleis_scenario_set_rounding": (c_int, [c_void_p, c_double]),
    "spleis_solve": (c_int, [c_void_p, POINTER(c_void_p)]),
    "spleis_result_free": (None, [c_void_p]),
    "spleis_result_solved_parameter": (c_int, [c_void_p] + _TEXT_OUT + [POINTER(c_double)]),
    "spleis_result_parameter": (c_int, [c_void_p, c_char_p, POINTER(c_double)]),
    "spleis_result_member_count": (c_int, [c_void_p, POINTER(c_int)]),
    "spleis_result_find_member": (c_int, [c_void_p, c_char_p, POINTER(c_int)]),
    "spleis_result_member_code": (c_int, [c_void_p, c_int] + _TEXT_OUT),
    "spleis_result_member_name": (c_int, [c_void_p, c_int] + _TEXT_OUT),
    "spleis_result_member_population": (c_int, [c_void_p, c_int, POINTER(c_int64)]),
    "spleis_result_member_amount_ore": (c_int, [c_void_p, c_int, POINTER(c_int64)]),
    "spleis_result_member_amount": (c_int, [c_void_p, c_int, POINTER(c_double)]),
    "spleis_result_member_limit": (c_int, [c_void_p, c_int, POINTER(c_int)]),
    "spleis_result_total_ore": (c_int, [c_void_p, POINTER(c_int64)]),
    "spleis_result_explain_text": (c_int, [c_void_p, c_int] + _TEXT_OUT),
    "spleis_result_explain_json": (c_int, [c_void_p, c_int] + _TEXT_OUT),
    "spleis_scenario_option_count": (c_int, [c_void_p, POINTER(c_int)]),
    "spleis_scenario_option_name": (c_int, [c_void_p, c_int] + _TEXT_OUT),
    "spleis_scenario_solve_option": (c_int, [c_void_p, c_char_p, POINTER(c_void_p)]),
    "spleis_scenario_apply_option": (c_int, [c_void_p, c_char_p]),
    "spleis_compare": (c_int, [c_void_p, POINTER(c_void_p)]),
    "spleis_comparison_free": (None, [c_void_p]),
    "spleis_comparison_option_count": (c_int, [c_void_p, POINTER(c_int)]),
    "spleis_comparison_option_name": (c_int, [c_void_p, c_int] + _TEXT_OUT),
    "spleis_comparison_members_total_ore": (c_int, [c_void_p, c_int, POINTER(c_int64)]),
    "spleis_comparison_option_result": (c_int, [c_void_p, c_int, POINTER(c_void_p)]),
    "spleis_comparison_same_members": (c_int, [c_void_p, POINTER(c_int)]),
    "spleis_comparison_member_count": (c_int, [c_void_p, POINTER(c_int)]),
    "spleis_comparison_find_member": (c_int, [c_void_p, c_char_p, POINTER(c_int)]),
    "spleis_comparison_member_code": (c_int, [c_void_p, c_int] + _TEXT_OUT),
    "spleis_comparison_member_name": (c_int, [c_void_p, c_int] + _TEXT_OUT),
    "spleis_comparison_member_amount_ore": (c_int, [c_void_p, c_int, c_int, POINTER(c_int), POINTER(c_int64)]),
    "spleis_comparison_member_difference_ore": (c_int, [c_void_p, c_int, c_int, POINTER(c_int), POINTER(c_int64)]),
    "spleis_scenario_sweep": (c_int, [c_void_p, c_char_p, c_double, c_double, c_double, POINTER(c_void_p)]),
    "spleis_sweep_free": (None, [c_void_p]),
    "spleis_sweep_point_count": (c_int, [c_void_p, POINTER(c_int)]),
    "spleis_sweep_solved_parameter": (c_int, [c_void_p] + _TEXT_OUT),
    "spleis_sweep_point": (c_int, [c_void_p, c_int, POINTER(c_double), POINTER(c_int), POINTER(c_double),
                                   POINTER(c_int64)]),
    "spleis_sweep_point_problem": (c_int, [c_void_p, c_int] + _TEXT_OUT),
    "spleis_sweep_member_count": (c_int, [c_void_p, POINTER(c_int)]),
    "spleis_sweep_member_code": (c_int, [c_void_p, c_int] + _TEXT_OUT),
    "spleis_sweep_member_amount_ore": (c_int, [c_void_p, c_int, c_int, POINTER(c_int64)]),
    "spleis_allocate_base_per_inhabitant": (
        c_int, [c_double, c_double, c_double, POINTER(c_double), c_int, POINTER(c_double), POINTER(c_double),
                c_char_p, c_size_t]),
    "spleis_allocate_model": (
        c_int, [c_char_p, c_double, POINTER(c_double), c_int, POINTER(c_double), POINTER(c_double), c_char_p,
                c_size_t]),
    "spleis_allocate_base_per_inhabitant_ex": (
        c_int, [c_double, c_double, c_double, c_double, POINTER(c_double), POINTER(c_double), c_int, c_double,
                POINTER(c_double), POINTER(c_double), c_char_p, c_size_t]),
    "spleis_allocate_model_ex": (
        c_int, [c_char_p, c_double, c_double, POINTER(c_double), POINTER(c_double), c_int, c_double,
                POINTER(c_double), POINTER(c_double), c_char_p, c_size_t]),
}


class Error(Exception):
    """A call into libspleis failed: `status` is its code, `message` what it said."""

    def __init__(self, status: int, message: str):
        super().__init__(f"{message} [spleis status {status}]")
        self.status = status
        self.message = message

    @staticmethod
    def of(status: int, message: str) -> "Error":
        """The subclass for the status's hundreds."""
        kind = {1: CallError, 2: InputError, 3: InfeasibleError, 9: InternalError}.get(status // 100, Error)
        return kind(status, message)


class CallError(Error):
    """Status 100-199: the call itself is wrong (fix the caller)."""


class ArgumentTypeError(CallError, TypeError):
    """An argument of the wrong Python type (a bool for an amount, a list for a code, ...)."""


class InputError(Error):
    """Status 200-299: the scenario, model or population file or text is wrong."""


class InfeasibleError(Error):
    """Status 300-399: the input is well-formed, but no allocation can meet it."""


class InternalError(Error):
    """Status 900-999: a fault inside spleis (please report it)."""


def _number(value, what: str) -> float:
    """An int or float (or anything with __float__ but a bool or a str): as float."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) and not (
            hasattr(value, "__float__") and not isinstance(value, (str, bytes))):
        raise ArgumentTypeError(E_BAD_NUMBER, f"{what} must be a number, got {type(value).__name__} {value!r}")
    return float(value)


def _numbers(values, what: str, count: Optional[int] = None) -> list:
    if isinstance(values, (str, bytes)) or not hasattr(values, "__iter__"):
        raise ArgumentTypeError(E_BAD_NUMBER, f"{what} must be a sequence of numbers, got {values!r}")
    numbers = [_number(v, f"{what}[{i}]") for i, v in enumerate(values)]
    if count is not None and len(numbers) != count:
        raise CallError(E_BAD_COUNT, f"{what} has {len(numbers)} values, the populations {count}")
    return numbers


def _text(value, what: str) -> bytes:
    if not isinstance(value, str):
        raise ArgumentTypeError(E_NULL_ARGUMENT if value is None else E_BAD_NUMBER,
                                f"{what} must be a str, got {type(value).__name__} {value!r}")
    return value.encode("utf-8")


def _member(value) -> bytes:
    """A municipality code (4630, "4630", 301 for "0301") or name ("Osterøy"), as UTF-8."""
    if isinstance(value, int) and not isinstance(value, bool):
        if not 0 <= value <= 9999:
            raise CallError(E_NO_SUCH_MEMBER, f"a municipality code has four digits, got {value}")
        return f"{value:04d}".encode()
    return _text(value, "a member (municipality code or name)")


class Member(NamedTuple):
    code: str
    name: str
    population: int
    amount_ore: int
    amount: float  # kroner
    limit: str  # "none", "cap", "floor" or "self-funded"


def _utf8(text) -> Optional[bytes]:
    return None if text is None else os.fsencode(text) if isinstance(text, os.PathLike) else text.encode("utf-8")


def _installed_library():
    """The libspleis installed beside this module by `cmake --install` (see _installed.py)."""
    try:
        from ._installed import LIBRARY
    except ImportError:
        return None
    path = os.path.normpath(os.path.join(os.path.dirname(__file__), LIBRARY))
    return path if os.path.exists(path) else None


_default = None


def library() -> "Library":
    """The Library every Scenario uses unless given another: loaded once."""
    global _default
    if _default is None:
        _default = Library()
    return _default


class Library:
    """libspleis, loaded once. Safe to share between threads: every call makes its own context."""

    def __init__(self, path=None):
        path = path or os.environ.get("SPLEIS_LIBRARY") or _installed_library() or ctypes.util.find_library("spleis")
        if not path:
            raise OSError("libspleis not found: pass its path to spleis.Library() or set SPLEIS_LIBRARY")
        # 32-bit Windows builds use __stdcall (SPLEIS_CALL), which ctypes calls through WinDLL.
        stdcall = sys.platform == "win32" and ctypes.sizeof(c_void_p) == 4
        self.c = (ctypes.WinDLL if stdcall else ctypes.CDLL)(os.fspath(path))
        for name, (restype, argtypes) in SIGNATURES.items():
            function = getattr(self.c, name)
            function.restype, function.argtypes = restype, argtypes

    @property
    def version(self) -> str:
        return self.c.spleis_version().decode()

    def error_string(self, status: int) -> str:
        return self.c.spleis_error_string(status).decode()

    def solve(self, path=None, *, yaml: Optional[str] = None, base_dir=None, parameters: Optional[dict] = None,
              populations: Optional[dict] = None) -> "Result":
        """Loads a scenario file (or YAML text), applies parameter values and populations by
        municipality code, and solves it."""
        context = c_void_p()
        self._check(self.c.spleis_context_new(byref(context)), None)
        scenario, result = c_void_p(), c_void_p()
        try:
            self._check(self.c.spleis_scenario_new(context, byref(scenario)), context)
            if yaml is not None:
                status = self.c.spleis_scenario_load_yaml(scenario, _utf8(yaml), _utf8(base_dir))
            else:
                status = self.c.spleis_scenario_load_file(scenario, _utf8(path))
            self._check(status, context)
            for name, value in (parameters or {}).items():
                self._check(self.c.spleis_scenario_set_parameter(scenario, _text(name, "name"), _number(value, name)),
                            context)
            for code, population in (populations or {}).items():
                self._check(self.c.spleis_scenario_set_population(scenario, _member(code),
                                                                  _number(population, "population")), context)
            self._check(self.c.spleis_solve(scenario, byref(result)), context)
            return Result(self, context, result)
        except BaseException:
            self.c.spleis_result_free(result)
            self.c.spleis_context_free(context)
            raise
        finally:
            self.c.spleis_scenario_free(scenario)

    def allocate_base_per_inhabitant(self, budget: float, base_amount: float, cap: float,
                                     populations: Sequence[float]) -> tuple:
        """Amounts in whole kroner adding up to the budget, and the rate per inhabitant. cap 0: none."""
        populations = _numbers(populations, "populations")
        budget, base_amount, cap = _number(budget, "budget"), _number(base_amount, "base_amount"), _number(cap, "cap")
        n = len(populations)
        amounts, rate, message = (c_double * n)(), c_double(), ctypes.create_string_buffer(1024)
        status = self.c.spleis_allocate_base_per_inhabitant(
            budget, base_amount, cap, (c_double * n)(*populations), n, amounts, byref(rate), message, len(message))
        self._check_message(status, message)
        return list(amounts), rate.value

    def allocate_model(self, model_yaml: str, budget: float, populations: Sequence[float]) -> tuple:
        """Amounts under any model (as in models/*.yaml), and the solved value (None without an unknown)."""
        populations, budget = _numbers(populations, "populations"), _number(budget, "budget")
        n = len(populations)
        amounts, solved, message = (c_double * n)(), c_double(float("nan")), ctypes.create_string_buffer(1024)
        status = self.c.spleis_allocate_model(
            _text(model_yaml, "model_yaml"), budget, (c_double * n)(*populations), n, amounts, byref(solved), message, len(message))
        self._check_message(status, message)
        return list(amounts), None if solved.value != solved.value else solved.value

    def allocate_base_per_inhabitant_ex(self, budget: float, base_amount: float, cap: float,
                                        populations: Sequence[float], *, funding: float = 0,
                                        self_funded: Optional[Sequence[float]] = None, rounding: float = 1) -> tuple:
        """As allocate_base_per_inhabitant, with the whole budget (øre allowed), external funding,
        self-funded amounts per row (0: in the split) and the rounding unit in kroner."""
        populations = _numbers(populations, "populations")
        budget, base_amount, cap = _number(budget, "budget"), _number(base_amount, "base_amount"), _number(cap, "cap")
        funding, rounding = _number(funding, "funding"), _number(rounding, "rounding")
        n = len(populations)
        amounts, rate, message = (c_double * n)(), c_double(), ctypes.create_string_buffer(1024)
        own = None if self_funded is None else (c_double * n)(*_numbers(self_funded, "self_funded", n))
        status = self.c.spleis_allocate_base_per_inhabitant_ex(
            budget, base_amount, cap, funding, (c_double * n)(*populations), own, n, rounding, amounts, byref(rate),
            message, len(message))
        self._check_message(status, message)
        return list(amounts), rate.value

    def allocate_model_ex(self, model_yaml: str, budget: float, populations: Sequence[float], *, funding: float = 0,
                          self_funded: Optional[Sequence[float]] = None, rounding: float = 1) -> tuple:
        """As allocate_model, with funding, self-funded amounts and the rounding unit."""
        populations, budget = _numbers(populations, "populations"), _number(budget, "budget")
        funding, rounding = _number(funding, "funding"), _number(rounding, "rounding")
        n = len(populations)
        amounts, solved, message = (c_double * n)(), c_double(float("nan")), ctypes.create_string_buffer(1024)
        own = None if self_funded is None else (c_double * n)(*_numbers(self_funded, "self_funded", n))
        status = self.c.spleis_allocate_model_ex(
            _text(model_yaml, "model_yaml"), budget, funding, (c_double * n)(*populations), own, n, rounding, amounts,
            byref(solved), message, len(message))
        self._check_message(status, message)
        return list(amounts), None if solved.value != solved.value else solved.value

    def _check(self, status: int, context) -> None:
        if status != OK:
            message = self.c.spleis_context_error(context).decode() if context else self.error_string(status)
            raise Error.of(status, message)

    def _check_message(self, status: int, message) -> None:
        if status != OK:
            raise Error.of(status, message.value.decode("utf-8", "replace") or self.error_string(status))


class _Context:
    """A spleis_context, freed when the last Scenario or Result using it is gone."""

    def __init__(self, lib: "Library"):
        self.lib, self.handle = lib, c_void_p()
        lib._check(lib.c.spleis_context_new(byref(self.handle)), None)

    def __del__(self):
        if self.handle:
            self.lib.c.spleis_context_free(self.handle)
            self.handle = None


class _Closing:
    """A handle of the C API: freed by close(), at the end of a `with` block, or when collected."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()


class Scenario(_Closing):
    """A scenario loaded once and changed step by step, as `spleis run` reads it: the budget,
    parameters, funding, self-funded members, populations and which parameter is solved. Each
    solve() gives a Result that stays as it was when the scenario changes later.

        s = spleis.Scenario("scenarios/digi-vestland-2021.yaml")
        s.set(cap=None)                  # no cap; cap=400_000 another one
        s.budget = 20_000_000
        s.set_population("Osterøy", 9000)
        s.solve().member(4630).amount
    """

    def __init__(self, path=None, *, yaml: Optional[str] = None, base_dir=None, library: Optional[Library] = None,
                 lang: str = "en"):
        """lang: the language of error messages, "en", "nb" (bokmål) or "nn" (nynorsk)."""
        if (path is None) == (yaml is None):
            raise ArgumentTypeError(E_NULL_ARGUMENT, "give a scenario file or yaml= text, one of them")
        self._lib = library or globals()["library"]()
        self._context = _Context(self._lib)
        self._lib._check(self._lib.c.spleis_context_set_language(self._context.handle, _text(lang, "lang")),
                         self._context.handle)
        self._handle = c_void_p()
        self._call("spleis_scenario_new", self._context.handle, byref(self._handle))
        if yaml is not None:
            self._call("spleis_scenario_load_yaml", self._handle, _text(yaml, "yaml"),
                       None if base_dir is None else os.fsencode(base_dir))
        else:
            if not isinstance(path, (str, os.PathLike)):
                raise ArgumentTypeError(E_BAD_NUMBER, f"the scenario file must be a path, got {path!r}")
            self._call("spleis_scenario_load_file", self._handle, os.fsencode(path))

    # --- changes ---
    @property
    def budget(self):
        raise AttributeError("the budget is set here and read from a Result: scenario.solve().total_ore")

    @budget.setter
    def budget(self, kroner) -> None:
        if kroner is None:
            self._call("spleis_scenario_remove_parameter", self._handle, b"budget")
        else:
            self._call("spleis_scenario_set_budget", self._handle, _number(kroner, "budget"))

    def set(self, **parameters) -> "Scenario":
        """Parameters by name, in their units: set(cap=400_000, base_amount=50_000). None removes
        one (cap=None: no cap). Returns the scenario, so changes chain."""
        for name, value in parameters.items():
            if value is None:
                self._call("spleis_scenario_remove_parameter", self._handle, _text(name, "name"))
            else:
                self._call("spleis_scenario_set_parameter", self._handle, _text(name, "name"), _number(value, name))
        return self

    def solve_for(self, name: str, **parameters) -> "Scenario":
        """Makes `name` the unknown; the keyword arguments fix others (the old unknown, say)."""
        self._call("spleis_scenario_solve_for", self._handle, _text(name, "name"))
        return self.set(**parameters)

    def set_population(self, member, population) -> "Scenario":
        self._call("spleis_scenario_set_population", self._handle, _member(member), _number(population, "population"))
        return self

    def set_funding(self, name: str, amount) -> "Scenario":
        """External funding by name (added when new), deducted before the split."""
        self._call("spleis_scenario_set_funding", self._handle, _text(name, "name"), _number(amount, "amount"))
        return self

    def remove_funding(self, name: str) -> "Scenario":
        self._call("spleis_scenario_remove_funding", self._handle, _text(name, "name"))
        return self

    def set_self_funded(self, member, amount) -> "Scenario":
        """The member covers `amount` itself, outside the split."""
        self._call("spleis_scenario_set_self_funded", self._handle, _member(member), _number(amount, "amount"))
        return self

    def remove_self_funded(self, member) -> "Scenario":
        self._call("spleis_scenario_remove_self_funded", self._handle, _member(member))
        return self

    @property
    def rounding(self):
        raise AttributeError("the rounding unit is set here: 0.01, 1, 100 or 1000 kroner")

    @rounding.setter
    def rounding(self, kroner) -> None:
        self._call("spleis_scenario_set_rounding", self._handle, _number(kroner, "rounding"))

    # --- options ---
    @property
    def options(self) -> list:
        """The options' names as `spleis compare` lists them: the baseline first (A), then B, C, ..."""
        count = c_int()
        self._call("spleis_scenario_option_count", self._handle, byref(count))
        return [_read_text(self._lib, self._context.handle, self._lib.c.spleis_scenario_option_name, self._handle, k)
                for k in range(count.value)]

    def apply_option(self, option: str) -> "Scenario":
        """Makes the option (by name or letter) the scenario, with no other options left."""
        self._call("spleis_scenario_apply_option", self._handle, _text(option, "option"))
        return self

    # --- solving ---
    def solve(self, option: Optional[str] = None) -> "Result":
        """The scenario solved, or under one of its options (by name, or letter: "B")."""
        handle = c_void_p()
        if option is None:
            self._call("spleis_solve", self._handle, byref(handle))
        else:
            self._call("spleis_scenario_solve_option", self._handle, _text(option, "option"), byref(handle))
        return Result(self._lib, self._context.handle, handle, owner=self._context)

    def compare(self) -> "Comparison":
        """The baseline and every option solved, side by side, as `spleis compare` shows them."""
        handle = c_void_p()
        self._call("spleis_compare", self._handle, byref(handle))
        return Comparison(self._lib, self._context, handle)

    def sweep(self, name: str, start, stop, step) -> "Sweep":
        """The scenario solved at start, start + step, ... stop (included) of parameter `name`
        or "budget", as `spleis sweep -p name=start..stop:step` does."""
        handle = c_void_p()
        self._call("spleis_scenario_sweep", self._handle, _text(name, "name"), _number(start, "start"),
                   _number(stop, "stop"), _number(step, "step"), byref(handle))
        return Sweep(self._lib, self._context, handle)

    def close(self) -> None:
        if self._handle:
            self._lib.c.spleis_scenario_free(self._handle)
            self._handle = None

    def _call(self, function: str, *args) -> None:
        if getattr(self, "_handle", None) is None and function != "spleis_scenario_new":
            raise CallError(E_NOT_LOADED, "the scenario is closed")
        self._lib._check(getattr(self._lib.c, function)(*args), self._context.handle)


class Result(_Closing):
    """A solved scenario. Holds its library handles until close() (or `with`, or garbage collection)."""

    def __init__(self, lib: Library, context: c_void_p, handle: c_void_p, owner: Optional[_Context] = None):
        self._lib, self._context, self._handle, self._owner = lib, context, handle, owner
        c = lib.c
        count = c_int()
        self._check(c.spleis_result_member_count(handle, byref(count)))
        self.members = [self._member(i) for i in range(count.value)]
        total = c_int64()
        self._check(c.spleis_result_total_ore(handle, byref(total)))
        self.total_ore = total.value

    @property
    def solved(self) -> Optional[tuple]:
        """(name, value) of the parameter the engine solved for, or None."""
        value = c_double()
        name = ctypes.create_string_buffer(64)
        status = self._lib.c.spleis_result_solved_parameter(self._handle, name, len(name), None, byref(value))
        if status == E_NOTHING_SOLVED:
            return None
        self._check(status)
        return name.value.decode(), value.value

    def parameter(self, name: str) -> float:
        value = c_double()
        self._check(self._lib.c.spleis_result_parameter(self._handle, _text(name, "name"), byref(value)))
        return value.value

    def index(self, code_or_name) -> int:
        """The member's index: a code as int or str (4630, "4630") or a name ("OSTERØY")."""
        index = c_int()
        self._check(self._lib.c.spleis_result_find_member(self._handle, _member(code_or_name), byref(index)))
        return index.value

    def member(self, code_or_name) -> Member:
        return self.members[self.index(code_or_name)]

    def explain_text(self, code_or_name) -> str:
        return self._text(self._lib.c.spleis_result_explain_text, self.index(code_or_name))

    def explain_json(self, code_or_name) -> str:
        return self._text(self._lib.c.spleis_result_explain_json, self.index(code_or_name))

    def close(self) -> None:
        if self._handle:
            self._lib.c.spleis_result_free(self._handle)
            if self._owner is None:
                self._lib.c.spleis_context_free(self._context)
            self._handle = self._context = self._owner = None

    def _member(self, i: int) -> Member:
        c = self._lib.c
        population, amount_ore, amount, limit = c_int64(), c_int64(), c_double(), c_int()
        self._check(c.spleis_result_member_population(self._handle, i, byref(population)))
        self._check(c.spleis_result_member_amount_ore(self._handle, i, byref(amount_ore)))
        self._check(c.spleis_result_member_amount(self._handle, i, byref(amount)))
        self._check(c.spleis_result_member_limit(self._handle, i, byref(limit)))
        return Member(self._text(c.spleis_result_member_code, i), self._text(c.spleis_result_member_name, i),
                      population.value, amount_ore.value, amount.value, LIMITS[limit.value])

    def _text(self, function, *args) -> str:
        """Calls a text-out function twice: once for the length, once with a buffer that fits."""
        length = c_size_t()
        self._check(function(self._handle, *args, None, 0, byref(length)))
        buffer = ctypes.create_string_buffer(length.value + 1)
        self._check(function(self._handle, *args, buffer, len(buffer), None))
        return buffer.value.decode("utf-8")

    def _check(self, status: int) -> None:
        self._lib._check(status, self._context)


def _read_text(lib: Library, context, function, handle, *args) -> str:
    """Calls a text-out function twice: once for the length, once with a buffer that fits."""
    length = c_size_t()
    lib._check(function(handle, *args, None, 0, byref(length)), context)
    buffer = ctypes.create_string_buffer(length.value + 1)
    lib._check(function(handle, *args, buffer, len(buffer), None), context)
    return buffer.value.decode("utf-8")


class ComparedMember(NamedTuple):
    code: str
    name: str
    amounts_ore: list      # [option]: what it pays there, None where it is not a member
    differences_ore: list  # [option]: minus what it pays under the baseline, None where not both


class Comparison(_Closing):
    """Scenario.compare(): options[0] is the baseline; members are every member of any option."""

    def __init__(self, lib: Library, context: _Context, handle: c_void_p):
        self._lib, self._context, self._handle = lib, context, handle
        c, h = lib.c, handle
        count, same = c_int(), c_int()
        self._check(c.spleis_comparison_option_count(h, byref(count)))
        self.options = [self._text(c.spleis_comparison_option_name, k) for k in range(count.value)]
        self.members_total_ore = []
        for k in range(len(self.options)):
            total = c_int64()
            self._check(c.spleis_comparison_members_total_ore(h, k, byref(total)))
            self.members_total_ore.append(total.value)
        self._check(c.spleis_comparison_same_members(h, byref(same)))
        self.same_members = bool(same.value)
        self._check(c.spleis_comparison_member_count(h, byref(count)))
        self.members = [self._member(i) for i in range(count.value)]

    def option(self, option) -> int:
        """An option's index, given as index or name."""
        if isinstance(option, int) and not isinstance(option, bool):
            return option
        name = _text(option, "option").decode()
        if name not in self.options:
            raise CallError(E_NO_SUCH_OPTION, f"no option {name!r}; the options are {self.options}")
        return self.options.index(name)

    def member(self, code_or_name) -> ComparedMember:
        index = c_int()
        self._check(self._lib.c.spleis_comparison_find_member(self._handle, _member(code_or_name), byref(index)))
        return self.members[index.value]

    def result(self, option) -> "Result":
        """One option as a Result of its own (its solved parameter, explanations, ...)."""
        handle = c_void_p()
        self._check(self._lib.c.spleis_comparison_option_result(self._handle, self.option(option), byref(handle)))
        return Result(self._lib, self._context.handle, handle, owner=self._context)

    def close(self) -> None:
        if self._handle:
            self._lib.c.spleis_comparison_free(self._handle)
            self._handle = None

    def _member(self, i: int) -> ComparedMember:
        c = self._lib.c
        amounts, differences = [], []
        for k in range(len(self.options)):
            flag, ore = c_int(), c_int64()
            self._check(c.spleis_comparison_member_amount_ore(self._handle, k, i, byref(flag), byref(ore)))
            amounts.append(ore.value if flag.value else None)
            self._check(c.spleis_comparison_member_difference_ore(self._handle, k, i, byref(flag), byref(ore)))
            differences.append(ore.value if flag.value else None)
        return ComparedMember(self._text(c.spleis_comparison_member_code, i), self._text(c.spleis_comparison_member_name, i),
                              amounts, differences)

    def _text(self, function, *args) -> str:
        return _read_text(self._lib, self._context.handle, function, self._handle, *args)

    def _check(self, status: int) -> None:
        self._lib._check(status, self._context.handle)


class SweepPoint(NamedTuple):
    value: float            # of the parameter swept
    feasible: bool          # False: the budget cannot be met here (problem says why)
    solved: float           # the unknown's value (0 where not feasible)
    members_total_ore: int
    problem: str


class Sweep(_Closing):
    """Scenario.sweep(): the points in order, the member codes, and amounts_ore(point)."""

    def __init__(self, lib: Library, context: _Context, handle: c_void_p):
        self._lib, self._context, self._handle = lib, context, handle
        c, h = lib.c, handle
        status = c.spleis_sweep_solved_parameter(h, None, 0, None)
        self.solved_parameter = None if status == E_NOTHING_SOLVED else self._text(c.spleis_sweep_solved_parameter)
        count = c_int()
        self._check(c.spleis_sweep_member_count(h, byref(count)))
        self.codes = [self._text(c.spleis_sweep_member_code, i) for i in range(count.value)]
        self._check(c.spleis_sweep_point_count(h, byref(count)))
        self.points = []
        for p in range(count.value):
            value, feasible, solved, total = c_double(), c_int(), c_double(), c_int64()
            self._check(c.spleis_sweep_point(h, p, byref(value), byref(feasible), byref(solved), byref(total)))
            self.points.append(SweepPoint(value.value, bool(feasible.value), solved.value, total.value,
                                          self._text(c.spleis_sweep_point_problem, p)))

    def amounts_ore(self, point: int) -> dict:
        """{code: øre} at point `point`; InfeasibleError where the budget could not be met."""
        out = {}
        for i, code in enumerate(self.codes):
            ore = c_int64()
            self._check(self._lib.c.spleis_sweep_member_amount_ore(self._handle, point, i, byref(ore)))
            out[code] = ore.value
        return out

    def close(self) -> None:
        if self._handle:
            self._lib.c.spleis_sweep_free(self._handle)
            self._handle = None

    def _text(self, function, *args) -> str:
        return _read_text(self._lib, self._context.handle, function, self._handle, *args)

    def _check(self, status: int) -> None:
        self._lib._check(status, self._context.handle)
