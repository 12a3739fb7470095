"""spleis from Python, through libspleis and ctypes: no compiler, no pip.

    import spleis
    lib = spleis.Library()                  # $SPLEIS_LIBRARY, or libspleis as the system finds it
    with lib.solve("scenarios/digi-vestland-2021.yaml") as result:
        print(result.solved)                # ('per_inhabitant', 19.9932...)
        for m in result.members:
            print(m.code, m.name, m.amount, m.limit)
        print(result.explain_text("Osterøy"))

    amounts, rate = lib.allocate_base_per_inhabitant(10_370_000, 100_000, 500_000, [17207, 8098, ...])

Every failure raises spleis.Error, carrying the library's status code and message.
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


class Member(NamedTuple):
    code: str
    name: str
    population: int
    amount_ore: int
    amount: float  # kroner
    limit: str  # "none", "cap", "floor" or "self-funded"


def _utf8(text) -> Optional[bytes]:
    return None if text is None else os.fsencode(text) if isinstance(text, os.PathLike) else text.encode("utf-8")


class Library:
    """libspleis, loaded once. Safe to share between threads: every call makes its own context."""

    def __init__(self, path=None):
        path = path or os.environ.get("SPLEIS_LIBRARY") or ctypes.util.find_library("spleis")
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
                self._check(self.c.spleis_scenario_set_parameter(scenario, _utf8(name), value), context)
            for code, population in (populations or {}).items():
                self._check(self.c.spleis_scenario_set_population(scenario, _utf8(code), population), context)
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
        n = len(populations)
        amounts, rate, message = (c_double * n)(), c_double(), ctypes.create_string_buffer(1024)
        status = self.c.spleis_allocate_base_per_inhabitant(
            budget, base_amount, cap, (c_double * n)(*populations), n, amounts, byref(rate), message, len(message))
        self._check_message(status, message)
        return list(amounts), rate.value

    def allocate_model(self, model_yaml: str, budget: float, populations: Sequence[float]) -> tuple:
        """Amounts under any model (as in models/*.yaml), and the solved value (None without an unknown)."""
        n = len(populations)
        amounts, solved, message = (c_double * n)(), c_double(float("nan")), ctypes.create_string_buffer(1024)
        status = self.c.spleis_allocate_model(
            _utf8(model_yaml), budget, (c_double * n)(*populations), n, amounts, byref(solved), message, len(message))
        self._check_message(status, message)
        return list(amounts), None if solved.value != solved.value else solved.value

    def allocate_base_per_inhabitant_ex(self, budget: float, base_amount: float, cap: float,
                                        populations: Sequence[float], *, funding: float = 0,
                                        self_funded: Optional[Sequence[float]] = None, rounding: float = 1) -> tuple:
        """As allocate_base_per_inhabitant, with the whole budget (øre allowed), external funding,
        self-funded amounts per row (0: in the split) and the rounding unit in kroner."""
        n = len(populations)
        amounts, rate, message = (c_double * n)(), c_double(), ctypes.create_string_buffer(1024)
        own = None if self_funded is None else (c_double * n)(*self_funded)
        status = self.c.spleis_allocate_base_per_inhabitant_ex(
            budget, base_amount, cap, funding, (c_double * n)(*populations), own, n, rounding, amounts, byref(rate),
            message, len(message))
        self._check_message(status, message)
        return list(amounts), rate.value

    def allocate_model_ex(self, model_yaml: str, budget: float, populations: Sequence[float], *, funding: float = 0,
                          self_funded: Optional[Sequence[float]] = None, rounding: float = 1) -> tuple:
        """As allocate_model, with funding, self-funded amounts and the rounding unit."""
        n = len(populations)
        amounts, solved, message = (c_double * n)(), c_double(float("nan")), ctypes.create_string_buffer(1024)
        own = None if self_funded is None else (c_double * n)(*self_funded)
        status = self.c.spleis_allocate_model_ex(
            _utf8(model_yaml), budget, funding, (c_double * n)(*populations), own, n, rounding, amounts,
            byref(solved), message, len(message))
        self._check_message(status, message)
        return list(amounts), None if solved.value != solved.value else solved.value

    def _check(self, status: int, context) -> None:
        if status != OK:
            message = self.c.spleis_context_error(context).decode() if context else self.error_string(status)
            raise Error(status, message)

    def _check_message(self, status: int, message) -> None:
        if status != OK:
            raise Error(status, message.value.decode("utf-8", "replace") or self.error_string(status))


class Result:
    """A solved scenario. Holds its library handles until close() (or `with`, or garbage collection)."""

    def __init__(self, lib: Library, context: c_void_p, handle: c_void_p):
        self._lib, self._context, self._handle = lib, context, handle
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
        self._check(self._lib.c.spleis_result_parameter(self._handle, _utf8(name), byref(value)))
        return value.value

    def index(self, code_or_name: str) -> int:
        index = c_int()
        self._check(self._lib.c.spleis_result_find_member(self._handle, _utf8(code_or_name), byref(index)))
        return index.value

    def member(self, code_or_name: str) -> Member:
        return self.members[self.index(code_or_name)]

    def explain_text(self, code_or_name: str) -> str:
        return self._text(self._lib.c.spleis_result_explain_text, self.index(code_or_name))

    def explain_json(self, code_or_name: str) -> str:
        return self._text(self._lib.c.spleis_result_explain_json, self.index(code_or_name))

    def close(self) -> None:
        if self._handle:
            self._lib.c.spleis_result_free(self._handle)
            self._lib.c.spleis_context_free(self._context)
            self._handle = self._context = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()

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
