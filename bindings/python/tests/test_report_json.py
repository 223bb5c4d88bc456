"""The JSON reports of the C++ CLI (ZI_CLI, set by ctest when the CLI is built), made through
libzi_c: PortfolioScores.to_json (`zi portfolio --json`), Plan.summary_json (`zi plan show
--json`), Plan.lint_json (`zi plan lint --json`), Calendar.year_json (`zi calendar show
--json`), zi.schedule_json (`zi schedule parse --json`) and LkeRubric.suggestions_json (`zi lke
suggest --json`), byte for byte."""

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


class CalendarJsonTest(unittest.TestCase):
    def test_year(self):
        with zi.Calendar.default() as cal:
            for year in (2026, 2031):  # 2031 is not covered: a calendar_year_not_covered warning
                text = cal.year_json(year)
                doc = json.loads(text)
                self.assertEqual(doc["covered"], year == 2026)
                days = doc["working_days"]
                self.assertEqual(days["total"], sum(m["working_days"] for m in days["months"]))
                expected = cli_output("calendar", "show", "--year", str(year), "--json")
                if expected is not None:
                    self.assertEqual(text, expected)
            with self.assertRaises(zi.RangeError):
                cal.year_json(0)


class ScheduleJsonTest(unittest.TestCase):
    def test_phrase(self):
        text = zi.schedule_json("Per Triwulan", 2026)
        self.assertEqual(len(json.loads(text)["occurrences"]), 4)
        expected = cli_output("schedule", "parse", "Per Triwulan", "--year", "2026", "--json")
        if expected is not None:
            self.assertEqual(text, expected)

    def test_policy_and_calendar(self):
        policy = zi.DuePolicy("working_days", 10, 0, "modified_following")
        with zi.Calendar.default(cuti_bersama_is_working_day=True) as cal:
            text = zi.schedule_json("Triwulan I dan III", 2026, policy, cal)
        doc = json.loads(text)
        self.assertEqual(doc["due_policy"], {"offset": "working_days", "n": 10, "convention": "modified_following"})
        self.assertTrue(doc["cuti_bersama_is_working_day"])
        expected = cli_output("schedule", "parse", "Triwulan I dan III", "--year", "2026", "--due", "working_days:10",
                              "--convention", "modified_following", "--cuti-bersama-working", "--json")
        if expected is not None:
            self.assertEqual(text, expected)

    def test_rrule(self):
        text = zi.schedule_json("FREQ=MONTHLY;INTERVAL=3", 2026, rrule=True)
        self.assertEqual(json.loads(text)["family"], "rrule")
        expected = cli_output("schedule", "parse", "FREQ=MONTHLY;INTERVAL=3", "--rrule", "--year", "2026", "--json")
        if expected is not None:
            self.assertEqual(text, expected)

    def test_errors(self):
        with self.assertRaises(zi.InvalidError):
            zi.schedule_json("Per Windu", 2026)
        with self.assertRaises(zi.RangeError):
            zi.schedule_json("Per Triwulan", 2026, zi.DuePolicy("calendar_days", 2000000, 0, "following"))


class SuggestJsonTest(unittest.TestCase):
    def test_default_plan_with_evidence(self):
        rubric = zi.LkeRubric.default()
        with zi.Plan.default() as plan:
            evidence = zi.import_evidence(SAMPLE, scope=plan)
            with plan.score(AS_OF, evidence=evidence) as report:
                text = rubric.suggestions_json(report, plan.satker.code)
                suggestions = rubric.suggest_from_report(report)
        doc = json.loads(text)
        self.assertEqual(doc["as_of"], "2026-07-01")
        self.assertEqual(doc["satker"], "KPU-72")
        self.assertEqual([s["question"] for s in doc["suggestions"]], [s.question for s in suggestions])
        expected = cli_output("lke", "suggest", "--as-of", AS_OF.isoformat(), "--evidence", SAMPLE,
                              "--allow-rejects", "--json")
        if expected is not None:
            self.assertEqual(text, expected)


if __name__ == "__main__":
    unittest.main()
