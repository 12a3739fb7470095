"""Digi Vestland through libspleis from Python's ctypes, as a Python user would do it.

Usage: /usr/bin/python3 python_test.py LIBSPLEIS SOURCE_DIR  (Debian's python3; no pip needed)
"""
import ctypes
import json
import math
import os
import sys
import unittest

LIBRARY, SOURCE_DIR = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(SOURCE_DIR, "python"))
import spleis  # noqa: E402  (the module in python/, from the source tree)

DIGI_VESTLAND = os.path.join(SOURCE_DIR, "scenarios", "digi-vestland-2021.yaml")


class DigiVestland2021(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.lib = spleis.Library(LIBRARY)
        cls.result = cls.lib.solve(DIGI_VESTLAND)

    @classmethod
    def tearDownClass(cls):
        cls.result.close()

    def test_osteroy_pays_261_905_kr(self):
        osteroy = self.result.member("Osterøy")
        self.assertEqual(osteroy, spleis.Member("4630", "Osterøy", 8098, 26190500, 261905.0, "none"))
        self.assertEqual(self.result.member("4630"), osteroy)

    def test_the_rate_per_inhabitant_is_solved(self):
        name, rate = self.result.solved
        self.assertEqual(name, "per_inhabitant")
        self.assertAlmostEqual(rate, 19.9932, places=4)
        self.assertEqual(self.result.parameter("cap"), 500000.0)

    def test_five_members_are_held_at_the_cap(self):
        capped = [m for m in self.result.members if m.limit == "cap"]
        self.assertEqual(len(capped), 5)
        self.assertTrue(all(m.amount_ore == 50000000 for m in capped))

    def test_bergen_covers_9_1_mnok_itself(self):
        self.assertEqual(self.result.member("Bergen")[3:], (910000000, 9100000.0, "self-funded"))

    def test_43_members_pay_19_470_000_kr_to_the_ore(self):
        self.assertEqual(len(self.result.members), 43)
        self.assertEqual(sum(m.amount_ore for m in self.result.members), 1947000000)
        self.assertEqual(self.result.total_ore, 1947000000)

    def test_the_trace_explains_the_amount(self):
        self.assertIn("rounded up to 261 905 kr", self.result.explain_text("Osterøy"))
        trace = json.loads(self.result.explain_json("Osterøy"))
        self.assertEqual((trace["code"], trace["amount_ore"], trace["limit"]), ("4630", 26190500, "none"))

    def test_the_spreadsheet_functions_give_the_same_figures(self):
        paying = [m for m in self.result.members if m.limit != "self-funded"]
        populations = [m.population for m in paying]
        amounts, rate = self.lib.allocate_base_per_inhabitant(10370000, 100000, 500000, populations)
        self.assertEqual(amounts, [m.amount for m in paying])
        self.assertEqual(rate, self.result.solved[1])
        with open(os.path.join(SOURCE_DIR, "models", "digi-vestland.yaml"), encoding="utf-8") as f:
            model = f.read()
        self.assertEqual(self.lib.allocate_model(model, 10370000, populations), (amounts, rate))

    def test_scenario_text_with_other_parameters(self):
        with open(DIGI_VESTLAND, encoding="utf-8") as f:
            text = f.read()
        # A text may read only files inside base_dir: the project folder, with paths from there.
        text = text.replace("../models/", "models/").replace("file: data/", "file: scenarios/data/")
        base = os.path.dirname(os.path.dirname(DIGI_VESTLAND))
        with self.lib.solve(yaml=text, base_dir=base, parameters={"base_amount": 50000}) as cheaper_base:
            self.assertGreater(cheaper_base.solved[1], 20)
            self.assertEqual(cheaper_base.total_ore, 1947000000)
        with self.lib.solve(DIGI_VESTLAND, populations={"4630": 9000}) as larger:
            self.assertEqual(larger.member("4630").population, 9000)
            self.assertGreater(larger.member("4630").amount_ore, 26190500)


class BadInput(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.lib = spleis.Library(LIBRARY)

    def assertFails(self, status, message, call, *args, **kwargs):
        """The status, and the message (the engine's own messages may end in a hint)."""
        with self.assertRaises(spleis.Error) as caught:
            call(*args, **kwargs)
        self.assertEqual(caught.exception.status, status)
        self.assertTrue(caught.exception.message.startswith(message), caught.exception.message)

    def test_malformed_yaml(self):
        self.assertFails(spleis.E_INPUT, "(scenario text):2:5: not valid YAML: end of sequence flow not found",
                         self.lib.solve, yaml="title: [Digi Vestland\nyear: 2021\n")

    def test_nan_and_negative_populations(self):
        self.assertFails(spleis.E_BAD_NUMBER,
                         "spleis_allocate_base_per_inhabitant: populations[1] is NaN, not a number of inhabitants",
                         self.lib.allocate_base_per_inhabitant, 3000, 100, 0, [1000, math.nan])
        self.assertFails(spleis.E_BAD_NUMBER,
                         "spleis_scenario_set_population: population of 4630 must not be negative, got -1",
                         self.lib.solve, DIGI_VESTLAND, populations={"4630": -1})

    def test_infeasible(self):
        self.assertFails(spleis.E_INFEASIBLE,
                         "spleis_allocate_base_per_inhabitant: the budget cannot be met: all 2 members at the cap of "
                         "1 000 kr give 2 000 kr, the budget needs 3 000 kr",
                         self.lib.allocate_base_per_inhabitant, 3000, 100, 1000, [1000, 2000])

    def test_raw_calls_solve_before_load_and_a_small_buffer(self):
        c = self.lib.c
        context, scenario, result = ctypes.c_void_p(), ctypes.c_void_p(), ctypes.c_void_p()
        self.assertEqual(c.spleis_context_new(ctypes.byref(context)), spleis.OK)
        self.assertEqual(c.spleis_scenario_new(context, ctypes.byref(scenario)), spleis.OK)
        self.assertEqual(c.spleis_solve(scenario, ctypes.byref(result)), spleis.E_NOT_LOADED)
        self.assertIsNone(result.value)
        self.assertTrue(c.spleis_context_error(context).startswith(b"spleis_solve: the scenario is not loaded"))

        self.assertEqual(c.spleis_scenario_load_file(scenario, DIGI_VESTLAND.encode()), spleis.OK)
        self.assertEqual(c.spleis_solve(scenario, ctypes.byref(result)), spleis.OK)
        name, length = ctypes.create_string_buffer(4), ctypes.c_size_t()
        self.assertEqual(c.spleis_result_member_name(result, 21, name, 4, ctypes.byref(length)),
                         spleis.E_BUFFER_TOO_SMALL)
        self.assertEqual((name.value, length.value), (b"Ost", 8))
        self.assertEqual(c.spleis_result_member_name(result, 43, name, 4, None), spleis.E_INDEX_OUT_OF_RANGE)
        self.assertEqual(c.spleis_result_member_name(None, 0, name, 4, None), spleis.E_NULL_ARGUMENT)
        c.spleis_result_free(result)
        c.spleis_scenario_free(scenario)
        c.spleis_context_free(context)

    def test_the_library_describes_itself(self):
        self.assertRegex(self.lib.version, r"^\d+\.\d+\.\d+$")
        self.assertEqual(self.lib.error_string(spleis.E_INFEASIBLE), "the budget cannot be met")


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
