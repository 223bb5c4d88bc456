"""Handle lifetimes: close(), context managers, children that outlive their plan,
finalizers at interpreter shutdown."""

import gc
import subprocess
import sys
import unittest
import weakref

import zi

from .support import subprocess_env


class LifetimeTest(unittest.TestCase):
    def test_close_is_idempotent(self):
        plan = zi.Plan.default()
        self.assertFalse(plan.closed)
        plan.close()
        self.assertTrue(plan.closed)
        plan.close()  # a second close is a no-op, never a double free
        self.assertIn("closed", repr(plan))

    def test_context_manager(self):
        with zi.Plan.default() as plan:
            self.assertEqual(plan.year, 2026)
        self.assertTrue(plan.closed)
        with self.assertRaises(zi.ClosedError):
            with plan:
                pass

    def test_closed_plan_raises(self):
        plan = zi.Plan.default()
        plan.close()
        for attr in ("year", "satker", "decree", "components", "calendar", "notes", "due_policy"):
            with self.assertRaises(zi.ClosedError, msg=attr):
                getattr(plan, attr)
        with self.assertRaises(ValueError):  # ClosedError is a ValueError, like a closed file's
            plan.to_json()
        with self.assertRaises(zi.ClosedError):
            plan.indicators()

    def test_child_keeps_the_plan_alive(self):
        plan = zi.Plan.default()
        ref = weakref.ref(plan)
        indicator = plan.components[2].aspects[0].activities[0].indicators[0]
        component = plan.components[5]
        del plan
        gc.collect()
        self.assertIsNotNone(ref())  # the children hold it
        self.assertEqual(indicator.id, "3.1.1.1")
        self.assertEqual(component.name, "Peningkatan Kualitas Pelayanan Publik")
        self.assertEqual(indicator.component.id, "3")
        del indicator, component
        gc.collect()
        self.assertIsNone(ref())  # and release it with the last child

    def test_child_after_explicit_close_raises(self):
        plan = zi.Plan.default()
        aspect = plan.components[0].aspects[0]
        indicator = plan.indicators()[0]
        plan.close()
        with self.assertRaises(zi.ClosedError):
            aspect.name
        with self.assertRaises(zi.ClosedError):
            indicator.text
        with self.assertRaises(zi.ClosedError):
            indicator.component
        self.assertIn("closed plan", repr(indicator))

    def test_borrowed_views_compare_by_identity_and_name_their_owner(self):
        # Plan nodes and rubric parts share one base (zi._owned.Borrowed).
        plan = zi.Plan.default()
        first, again = plan.components[0], plan.components[0]
        self.assertEqual(first, again)
        self.assertEqual(hash(first), hash(again))
        self.assertNotEqual(first, plan.components[1])
        self.assertIs(first.plan, plan)
        self.assertEqual(repr(first), "<zi.Component 1>")
        rubric = zi.LkeRubric.default()
        area = rubric.areas[0]
        self.assertEqual(area, rubric.areas[0])
        self.assertNotEqual(area, first)  # a rubric part is never a plan node
        self.assertIs(area.rubric, rubric)
        rubric.close()
        plan.close()
        self.assertEqual(repr(area), "<zi.LkeArea of a closed rubric>")
        self.assertEqual(repr(first), "<zi.Component of a closed plan>")
        with self.assertRaises(zi.ClosedError):
            area.code

    def test_many_plans_are_freed(self):
        refs = []
        for _ in range(200):
            p = zi.Plan.default()
            refs.append(weakref.ref(p))
            p.indicators()
        del p
        gc.collect()
        self.assertTrue(all(r() is None for r in refs))

    def test_finalizers_at_interpreter_shutdown(self):
        # Plans and children still alive at exit, in module globals and in a cycle, must
        # not crash the interpreter or print "Exception ignored in __del__".
        code = (
            "import zi\n"
            "plan = zi.Plan.default()\n"
            "kids = [i for i in plan.indicators()]\n"
            "class Cycle: pass\n"
            "c = Cycle(); c.self = c; c.plan = zi.Plan.default(); c.kid = c.plan.components[0]\n"
            "print('ok', len(kids))\n")
        result = subprocess.run([sys.executable, "-c", code], env=subprocess_env(),
                                capture_output=True, text=True, timeout=120)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.strip(), "ok 64")
        self.assertNotIn("Exception ignored", result.stderr)


if __name__ == "__main__":
    unittest.main()
