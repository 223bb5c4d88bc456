"""Plan.lint() and zi.Diagnostic."""

import unittest

import zi

from .support import data


class LintTest(unittest.TestCase):
    def test_default_plan(self):
        with zi.Plan.default() as plan:
            diagnostics = plan.lint()
        self.assertTrue(diagnostics)
        self.assertTrue(all(isinstance(d, zi.Diagnostic) for d in diagnostics))
        self.assertFalse([d for d in diagnostics if d.severity == "error"])
        self.assertTrue({d.severity for d in diagnostics} <= {"warning", "info"})
        missing = [d for d in diagnostics if d.code == "target_missing" and d.where == "2.2.1.1"]
        self.assertEqual(len(missing), 1)
        self.assertEqual(missing[0].field, "target")
        self.assertTrue(missing[0].message)
        self.assertIn(("text_year_mismatch", "1.2.1.1"), [(d.code, d.where) for d in diagnostics])

    def test_diagnostic_is_a_named_tuple(self):
        d = zi.Diagnostic("warning", "target_missing", "2.2.1.1", "target", "m")
        severity, code, where, field, message = d
        self.assertEqual((severity, code, where, field, message), tuple(d))
        self.assertEqual(d._fields, ("severity", "code", "where", "field", "message"))

    def test_structural_only(self):
        with zi.Plan.default() as plan:
            self.assertEqual(plan.lint(structural_only=True), [])
        with zi.Plan.load(data("duplicate-ids.json"), validate=False) as plan:
            everything = plan.lint()
            structural = plan.lint(structural_only=True)
        self.assertTrue(structural)
        self.assertTrue(all(d.severity == "error" for d in structural))
        self.assertIn("duplicate_id", [d.code for d in structural])
        self.assertTrue(set(structural) <= set(everything))

    def test_diagnostics_outlive_the_plan(self):
        plan = zi.Plan.default()
        diagnostics = plan.lint()
        plan.close()
        self.assertTrue(diagnostics[0].code)

    def test_lint_of_a_closed_plan(self):
        plan = zi.Plan.default()
        plan.close()
        with self.assertRaises(zi.ClosedError):
            plan.lint()


if __name__ == "__main__":
    unittest.main()
