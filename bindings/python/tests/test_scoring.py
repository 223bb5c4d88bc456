"""Compliance scoring from Python: Plan.score() -> zi.Report, its numbers against the
`zi score --json` of the C++ CLI (ZI_CLI, set by ctest when the CLI is built), traces,
the agenda, policies, lifetimes and threads."""

import datetime
import json
import os
import subprocess
import unittest

import zi

from .support import SOURCE_DIR, run_in_threads

SAMPLE = os.path.join(SOURCE_DIR, "data", "samples", "kpu-sulteng-2026-bukti.csv")
D = datetime.date


def weighted_plan_score(components):
    num = den = 0.0
    for c in components:
        if c.score is not None:
            num += c.weight * c.score
            den += c.weight
    return 100.0 * (num / den)


class ScoreTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.plan = zi.Plan.default()
        cls.evidence = zi.import_evidence(SAMPLE, scope=cls.plan)
        cls.report = cls.plan.score(D(2026, 7, 1), evidence=cls.evidence)

    @classmethod
    def tearDownClass(cls):
        cls.report.close()
        cls.evidence.close()
        cls.plan.close()

    def test_sample_equals_the_cli(self):
        report = self.report
        doc = report.to_dict()
        cli = os.environ.get("ZI_CLI")
        if cli:
            result = subprocess.run([cli, "score", "--as-of", "2026-07-01", "--evidence", SAMPLE,
                                     "--allow-rejects", "--json"], capture_output=True, text=True, timeout=120)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(report.to_json(), result.stdout)  # the same text, so the same numbers
            doc = json.loads(result.stdout)
        # Every number of the JSON, read through the C getters.
        self.assertEqual(report.score, doc["score"])
        self.assertEqual(report.score, weighted_plan_score(report.components))
        self.assertAlmostEqual(report.score, 62.40162037037036, places=9)
        # The getters give komponen, aspek and indikator scores as fractions; the JSON puts
        # every `score` on the plan's 0..100 scale (docs/cli.md), 100 times the fraction.
        def points(fraction):
            return None if fraction is None else 100.0 * fraction
        nodes = {n.id: n for n in report.components + report.aspects + report.indicators}
        for c in doc["components"]:
            self.assertEqual((points(nodes[c["id"]].score), nodes[c["id"]].weight), (c["score"], c["weight"]))
            for a in c["aspects"]:
                self.assertEqual((points(nodes[a["id"]].score), nodes[a["id"]].weight), (a["score"], a["weight"]))
                for i in a["indicators"]:
                    n = nodes[i["id"]]
                    self.assertEqual((points(n.score), n.weight, n.progress), (i["score"], i["weight"], i["progress"]), i["id"])
        rows = {(o.indicator_id, o.index): o for o in report.occurrences}
        count = 0
        for c in doc["components"]:
            for a in c["aspects"]:
                for i in a["indicators"]:
                    for o in i["occurrences"]:
                        r = rows[(i["id"], o["index"])]
                        self.assertEqual((r.status, r.on_time, r.late, r.assessed, r.credit, r.due.isoformat()),
                                         (o["status"], o["on_time"], o["late"], o["assessed"], o["credit"], o["due"]))
                        count += 1
        self.assertEqual(count, len(rows))

    def test_tree(self):
        report = self.report
        self.assertEqual(report.as_of, D(2026, 7, 1))
        self.assertEqual(report.policy, (0.5, False))
        self.assertEqual(len(report.components), 6)
        self.assertEqual(len(report.aspects), 23)
        self.assertEqual([n.id for n in report.indicators], [i.id for i in self.plan.indicators()])
        self.assertEqual(report.node("1.2"), zi.NodeScore("1.2", "aspect", 0.75, 1.0, None))
        self.assertEqual(report.node("2.1.2.1"), zi.NodeScore("2.1.2.1", "indicator", 0.5, 1.0, 0.25))
        self.assertEqual(report.node(), zi.NodeScore("plan", "plan", report.score, 1.0, None))
        self.assertEqual(report.node("4.2.3.4").progress, None)
        with self.assertRaises(zi.NotFoundError):
            report.node("9.9")
        with self.assertRaises(LookupError):
            report.explain("9.9")
        self.assertEqual(report.status_counts, {"done": 35, "done_late": 8, "open": 39, "upcoming": 16, "overdue": 20})
        occ = report.occurrences
        self.assertIsInstance(occ[0], zi.OccurrenceScore)
        self.assertIsInstance(occ[0], zi.Occurrence)
        self.assertEqual([o.status for o in occ if o.indicator_id == "1.3.1.2"][:1], ["done_late"])
        self.assertEqual([d.code for d in report.diagnostics], ["target_per_occurrence_assumed"])

    def test_explain(self):
        trace = self.report.explain("1.3.1.2")
        self.assertEqual(trace["level"], "indicator")
        self.assertEqual(trace["id"], "1.3.1.2")
        self.assertTrue(any(e["use"] == "late" for o in trace["occurrences"] for e in o["evidence"]))
        self.assertEqual(self.report.explain()["level"], "plan")
        self.assertEqual(self.report.explain("1")["level"], "component")

    def test_policies(self):
        with self.plan.score("2026-07-01", evidence=self.evidence, count_submitted=True) as r:
            self.assertEqual(r.node("2.1.2.1").score, 1.0)
            self.assertEqual(r.policy, (0.5, True))
        with self.plan.score(D(2026, 7, 1), evidence=self.evidence, late_credit=0.0) as low, \
                self.plan.score(D(2026, 7, 1), evidence=self.evidence, late_credit=1.0) as high:
            self.assertLess(low.score, self.report.score)
            self.assertLess(self.report.score, high.score)
        with self.assertRaises(zi.InvalidError):
            self.plan.score(D(2026, 7, 1), late_credit=1.5)
        with self.assertRaises(TypeError):
            self.plan.score(D(2026, 7, 1), evidence=SAMPLE)
        with self.plan.score(D(2026, 1, 1)) as early:
            self.assertIsNone(early.score)  # nothing due yet: None, never NaN
            self.assertTrue(all(c.score is None for c in early.components))
        with zi.Calendar.default(cuti_bersama_is_working_day=True) as cal, self.plan.score(D(2026, 7, 1), calendar=cal) as r:
            self.assertIsNotNone(r.score)

    def test_lifetime(self):
        plan = zi.Plan.default()
        ev = zi.import_evidence(SAMPLE, scope=plan)
        report = plan.score(D(2026, 7, 1), evidence=ev)
        plan.close()
        ev.close()
        self.assertEqual(report.score, self.report.score)  # independent of its inputs
        report.close()
        with self.assertRaises(zi.ClosedError):
            report.score
        self.assertIn("closed", repr(report))

    def test_threads(self):
        expected = self.report.score
        results = []

        def worker():
            for _ in range(5):
                with self.plan.score(D(2026, 7, 1), evidence=self.evidence) as r:
                    results.append(r.score == expected)
                results.append(self.report.node("1.2").score == 0.75)

        errors = run_in_threads(worker, 6)
        self.assertEqual(errors, [])
        self.assertEqual(len(results), 60)
        self.assertTrue(all(results))


class AgendaTest(unittest.TestCase):
    def test_triwulan_i_is_overdue_on_15_april(self):
        with zi.Plan.default() as plan, plan.score(D(2026, 4, 15)) as report:
            agenda = report.agenda()
            overdue = {(x["indicator"], x["occurrence"]) for x in agenda["overdue"]}
            # The first quarter's deliverables: window 1 January .. 31 March.
            q1 = {(o.indicator_id, o.index) for o in plan.expand()
                  if o.window_start == D(2026, 1, 1) and o.window_end == D(2026, 3, 31)}
            self.assertIn(("1.3.1.1", 1), q1)
            self.assertTrue(q1 <= overdue, q1 - overdue)
            self.assertEqual(agenda["as_of"], "2026-04-15")
            self.assertEqual(agenda["counts"]["overdue"], len(agenda["overdue"]))
            self.assertTrue(all(x["working_days"] < 0 for x in agenda["overdue"]))
            self.assertEqual(report.agenda(upcoming_limit=0)["upcoming"], [])
            self.assertLessEqual(len(report.agenda(within_working_days=0)["due_soon"]),
                                 len(agenda["due_soon"]))
            with zi.Calendar.default() as cal:
                self.assertEqual(report.agenda(cal), agenda)
            with self.assertRaises(zi.InvalidError):
                report.agenda(within_working_days=-1)


if __name__ == "__main__":
    unittest.main()
