"""The installed spleis module, as a Python user meets it (run by python_module_test.sh).

A Scenario keeps its state across changes; every failure is a spleis.Error subclass by status
class; codes are int or str; bools are refused.
"""
import os
import sys
import unittest

import spleis

SOURCE_DIR = os.environ["SPLEIS_SOURCE_DIR"]
PREFIX = os.environ["SPLEIS_PREFIX"]
DIGI_VESTLAND = os.path.join(SOURCE_DIR, "scenarios", "digi-vestland-2021.yaml")
HALLINGDAL = os.path.join(SOURCE_DIR, "scenarios", "hallingdal-2025.yaml")
WHO_JOINS = os.path.join(SOURCE_DIR, "scenarios", "digi-vestland-2021-who-joins.yaml")


class Installed(unittest.TestCase):
    def test_the_module_and_its_library_come_from_the_prefix(self):
        self.assertTrue(spleis.__file__.startswith(PREFIX), spleis.__file__)
        path = spleis._installed_library()
        self.assertTrue(path and path.startswith(PREFIX) and os.path.basename(path) == "libspleis.so.1", path)
        self.assertRegex(spleis.library().version, r"^\d+\.\d+\.\d+$")


class HallingdalWhatIf(unittest.TestCase):
    def test_a_what_if_step_by_step(self):
        with spleis.Scenario(HALLINGDAL) as s:
            before = s.solve()
            self.assertEqual(before.total_ore, 640000000)
            self.assertEqual(sum(m.amount_ore for m in before.members), 600000000)
            flaa = before.member(3320).amount_ore

            # A larger grant: every member pays less, the total is still the budget.
            s.set_funding("Regional grant", 600_000)
            grant = s.solve()
            self.assertEqual(sum(m.amount_ore for m in grant.members), 580000000)
            self.assertTrue(all(m.amount_ore < o.amount_ore for m, o in zip(grant.members, before.members)))

            # Hol covers 1 MNOK itself; half the pot equally.
            s.set_self_funded("HOL", 1_000_000).set(equal_fraction=0.5)
            third = s.solve()
            self.assertEqual(third.member("Hol").limit, "self-funded")
            self.assertEqual(third.member("3330").amount_ore, 100000000)
            self.assertEqual(third.total_ore, 640000000)

            # The earlier results stand as they were.
            self.assertEqual(before.member("Flå").amount_ore, flaa)
            self.assertEqual(before.member("FLÅ"), before.member(3320))

            # A budget of 7 MNOK and no cap.
            s.budget = 7_000_000
            s.set(cap=None)
            bigger = s.solve()
            self.assertEqual(bigger.total_ore, 700000000)
            with self.assertRaises(spleis.CallError):
                bigger.parameter("cap")


class DigiVestland(unittest.TestCase):
    def test_budget_and_the_solved_parameter(self):
        s = spleis.Scenario(DIGI_VESTLAND)
        self.assertEqual(s.solve().member("Osterøy").amount_ore, 26190500)
        s.solve_for("base_amount", per_inhabitant=20)
        result = s.solve()
        name, base = result.solved
        self.assertEqual(name, "base_amount")
        self.assertTrue(99_000 < base < 100_000)
        self.assertEqual(result.total_ore, 1947000000)

    def test_a_cap_of_400_000_moves_the_paying_members(self):
        s = spleis.Scenario(DIGI_VESTLAND)
        before = s.solve()
        after = s.set(cap=400_000).solve()
        moved = [m for m, o in zip(after.members, before.members) if m.amount_ore != o.amount_ore]
        self.assertEqual(len(moved), 42)

    def test_rounding_and_populations_by_name(self):
        s = spleis.Scenario(DIGI_VESTLAND)
        s.rounding = 1000
        s.set_population("OSTERØY", 9000)
        r = s.solve()
        self.assertEqual(r.member(4630).population, 9000)
        self.assertTrue(all(m.amount_ore % 100000 == 0 for m in r.members))

class OptionsCompareSweep(unittest.TestCase):
    """The figures of `spleis compare scenarios/digi-vestland-2021-who-joins.yaml -f csv` and
    `spleis sweep scenarios/digi-vestland-2021.yaml -p cap=100000..600000:100000 --summary`."""

    def test_options_one_at_a_time(self):
        s = spleis.Scenario(WHO_JOINS)
        self.assertEqual(s.options, ["Decided rule (all 43 members)", "Kinn and Stad stay out",
                                     "The budget is 18 MNOK", "Bergen pays 8 MNOK itself"])
        self.assertEqual(s.solve("Kinn and Stad stay out").member("Osterøy").amount_ore, 29705500)
        self.assertEqual(s.solve("C").total_ore, 1800000000)
        self.assertEqual(s.solve("A").member(4630).amount_ore, 26190500)
        with self.assertRaises(spleis.CallError) as caught:
            s.solve("Kinn stays out")
        self.assertEqual(caught.exception.status, spleis.E_NO_SUCH_OPTION)
        s.apply_option("D")
        self.assertEqual(s.options, ["Bergen pays 8 MNOK itself"])
        self.assertEqual(s.solve().member("Bergen").amount_ore, 800000000)

    def test_comparison(self):
        with spleis.Scenario(WHO_JOINS).compare() as c:
            self.assertEqual(len(c.options), 4)
            self.assertFalse(c.same_members)
            self.assertEqual(c.members_total_ore, [1947000000, 1947000000, 1800000000, 1947000000])
            osteroy = c.member("Osterøy")
            self.assertEqual(osteroy.amounts_ore, [26190500, 29705500, 21092800, 31011000])
            self.assertEqual(osteroy.differences_ore, [0, 3515000, -5097700, 4820500])
            kinn = c.member(4602)
            self.assertEqual(kinn.amounts_ore[1], None)
            self.assertEqual(kinn.differences_ore[1], None)
            for k, total in enumerate(c.members_total_ore):
                self.assertEqual(sum(m.amounts_ore[k] or 0 for m in c.members), total)
            name, rate = c.result("Kinn and Stad stay out").solved
            self.assertEqual(name, "per_inhabitant")
            self.assertAlmostEqual(rate, 24.33373378772648, places=9)

    def test_sweep(self):
        with spleis.Scenario(DIGI_VESTLAND).sweep("cap", 100_000, 600_000, 100_000) as sw:
            self.assertEqual(sw.solved_parameter, "per_inhabitant")
            self.assertEqual([p.feasible for p in sw.points], [False, False, True, True, True, True])
            self.assertEqual(sw.points[0].problem, "the budget cannot be met")
            self.assertAlmostEqual(sw.points[3].solved, 24.131744022699138, places=9)
            self.assertEqual(sw.amounts_ore(3)["4630"], 29541900)
            self.assertEqual(sum(sw.amounts_ore(4).values()), sw.points[4].members_total_ore)
            self.assertEqual(sw.points[4].members_total_ore, 1947000000)
            with self.assertRaises(spleis.InfeasibleError):
                sw.amounts_ore(0)
        with self.assertRaises(spleis.CallError) as caught:
            spleis.Scenario(DIGI_VESTLAND).sweep("cap", 0, 1_000_000, 1)
        self.assertEqual(caught.exception.status, spleis.E_TOO_LARGE)


class Errors(unittest.TestCase):
    def assertFails(self, kind, status, start, call, *args, **kwargs):
        with self.assertRaises(kind) as caught:
            call(*args, **kwargs)
        self.assertEqual(caught.exception.status, status)
        self.assertTrue(caught.exception.message.startswith(start), caught.exception.message)

    def test_by_status_class(self):
        s = spleis.Scenario(DIGI_VESTLAND)
        self.assertFails(spleis.CallError, spleis.E_NO_SUCH_PARAMETER, "spleis_scenario_set_parameter: no parameter",
                         s.set, rate=20)
        self.assertFails(spleis.InputError, spleis.E_INPUT, "(scenario text):2:1: not valid YAML", spleis.Scenario,
                         yaml="title: [x\n")
        s.set(cap=200_000)
        self.assertFails(spleis.InfeasibleError, spleis.E_INFEASIBLE, "", s.solve)
        self.assertTrue(issubclass(spleis.InfeasibleError, spleis.Error))

    def test_wrong_types_are_spleis_errors_and_type_errors(self):
        s = spleis.Scenario(DIGI_VESTLAND)
        for call in (lambda: s.set(cap=True), lambda: s.set(cap="500000"), lambda: s.set_population(4630, "9000"),
                     lambda: s.set_population(["4630"], 9000), lambda: s.solve().member(True),
                     lambda: spleis.library().allocate_base_per_inhabitant(3000, 100, False, [1000, 2000])):
            with self.assertRaises(spleis.ArgumentTypeError) as caught:
                call()
            self.assertIsInstance(caught.exception, TypeError)
            self.assertIsInstance(caught.exception, spleis.CallError)
        self.assertFails(spleis.CallError, spleis.E_BAD_NUMBER, "cap must be a number, got bool True",
                         s.set, cap=True)

    def test_unknown_member_by_int_code(self):
        r = spleis.Scenario(DIGI_VESTLAND).solve()
        self.assertFails(spleis.CallError, spleis.E_NO_SUCH_MEMBER, 'spleis_result_find_member: no member "0301"',
                         r.member, 301)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
