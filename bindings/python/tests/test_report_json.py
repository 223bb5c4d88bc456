"""The JSON reports of the C++ CLI (ZI_CLI, set by ctest when the CLI is built), made through
libzi_c: PortfolioScores.to_json (`zi portfolio --json`), Plan.summary_json (`zi plan show
--json`) and Plan.lint_json (`zi plan lint --json`), byte for byte."""

import datetime
import json
import os
import subprocess
import unittest

import zi

from .support import SOURCE_DIR

AS_OF = datetime.date(2026, 7, 1)
SAMPLE = os.path.join(SOURCE_DIR, "data", "samples", "kpu-sulteng-2026-bukti.csv")


MINIMAL = os.path.join(SOURCE_DIR, "tests", "data", "plans", "minimal.json")


def cli_output(*args):
    """The stdout of `zi ARGS`, or None when no CLI was built."""
    cli = os.environ.get("ZI_CLI")
    if not cli:
        return None
    result = subprocess.run([cli, *args], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return result.stdout


def cli_json(*args):
    """`zi portfolio --as-of AS_OF --json ARGS`, or None."""
    return cli_output("portfolio", "--as-of", AS_OF.isoformat(), "--json", *args)


class PortfolioJsonTest(unittest.TestCase):
    def test_default_plan_with_evidence(self):
        with zi.Portfolio.compile([zi.Plan.default()]) as plans:
            evidence = zi.import_evidence(SAMPLE, scope=plans)
            with plans.with_evidence(evidence) as portfolio, \
                    portfolio.score(AS_OF, threshold=60) as scores:
                text = scores.to_json(threshold=60)
        doc = json.loads(text)
        self.assertEqual(doc["as_of"], "2026-07-01")
        self.assertEqual(doc["threshold"], 60)
        self.assertEqual(doc["ranking"], ["KPU-72"])
        self.assertEqual(doc["satker"][0]["score"], scores.score(0))
        expected = cli_json("--evidence", SAMPLE, "--allow-rejects", "--threshold", "60")
        if expected is not None:
            self.assertEqual(text, expected)

    def test_synthetic(self):
        with zi.Portfolio.synthetic(14) as portfolio, portfolio.score(AS_OF, threads=2) as scores:
            text = scores.to_json()
            self.assertEqual(len(json.loads(text)["satker"]), 14)
        expected = cli_json("--synthetic", "14", "--threads", "2")
        if expected is not None:
            self.assertEqual(text, expected)

    def test_scores_of_another_portfolio(self):
        with zi.Portfolio.synthetic(3) as a, zi.Portfolio.synthetic(4) as b, a.score(AS_OF) as s:
            s.portfolio = b
            with self.assertRaises(zi.Error):
                s.to_json()


class PlanJsonTest(unittest.TestCase):
    def test_summary(self):
        for plan, args in ((zi.Plan.default(), ()), (zi.Plan.load(MINIMAL), ("--plan", MINIMAL))):
            text = plan.summary_json()
            self.assertEqual(json.loads(text)["satker"], plan.satker.code)
            expected = cli_output("plan", "show", "--json", *args)
            if expected is not None:
                self.assertEqual(text, expected)

    def test_lint(self):
        plan = zi.Plan.default()
        text = plan.lint_json()
        doc = json.loads(text)
        self.assertEqual(doc["errors"], 0)
        self.assertEqual(len(doc["diagnostics"]), len(plan.lint()))
        expected = cli_output("plan", "lint", "--json")
        if expected is not None:
            self.assertEqual(text, expected)


if __name__ == "__main__":
    unittest.main()
