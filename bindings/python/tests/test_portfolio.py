"""Portfolios from Python: zi.Portfolio (compiled from plans, a directory or synthetic), the
bulk arrays of zi.PortfolioScores, and the 553 KPU satker scored with 1 and 2 threads
against Plan.score() of each plan alone (zi_score_plan), bit for bit."""

import datetime
import gc
import os
import subprocess
import sys
import tempfile
import unittest
import weakref
from array import array

import zi

from .support import run_in_threads, subprocess_env

D = datetime.date
AS_OF = D(2026, 7, 1)


class KpuPortfolioTest(unittest.TestCase):
    """The workload of bench/python_portfolio_bench.py: 553 synthetic satker (seed 2026)
    with synthetic evidence (seed 7: plan p's is Evidence.synthetic(plan p, 7 + p))."""

    @classmethod
    def setUpClass(cls):
        cls.plans = zi.Portfolio.synthetic(553)
        cls.evidence = cls.plans.synthetic_evidence(seed=7)
        cls.portfolio = cls.plans.with_evidence(cls.evidence)

    @classmethod
    def tearDownClass(cls):
        for x in (cls.portfolio, cls.evidence, cls.plans):
            x.close()

    def test_shape(self):
        p = self.portfolio
        self.assertEqual(len(p), 553)
        self.assertEqual(p.satker(0).code, "KPU-RI")
        self.assertEqual(p.satkers[0], zi.satker_registry("kpu")[0])
        self.assertEqual(p.evidence_count, len(self.evidence) - sum(
            1 for r in self.evidence.records if r.status == "rejected"))
        self.assertEqual(p.unmatched_evidence, 0)
        self.assertEqual(p.occurrence_count, self.plans.occurrence_count)
        self.assertIn("553 satker", repr(p))

    def test_bulk_arrays(self):
        with self.portfolio.score(AS_OF, threads=1) as s:
            n = len(s)
            self.assertEqual(n, 553)
            self.assertIsInstance(s.scores, array)
            self.assertEqual(s.scores.typecode, "d")
            self.assertIsInstance(s.has_score, bytes)
            self.assertEqual((len(s.scores), len(s.has_score), len(s.ranking), len(s.status_counts),
                              len(s.component_offsets)), (n, n, n, 5 * n, n + 1))
            self.assertEqual(s.ranking.itemsize, 4)
            self.assertEqual(sorted(s.ranking), list(range(n)))
            self.assertEqual(sum(s.status_counts), s.occurrences_scored)
            self.assertEqual(s.occurrences_scored, self.portfolio.occurrence_count)
            self.assertEqual(s.component_offsets[n], len(s.component_scores))
            ranked = [s.score(p) for p in s.ranking]
            scored = [x for x in ranked if x is not None]
            self.assertEqual(scored, sorted(scored, reverse=True))
            self.assertEqual(s.as_of, AS_OF)
            top = s.top(3)
            self.assertEqual(len(top), 3)
            self.assertEqual(top[0][1], max(scored))
            self.assertEqual(sum(r.count for r in s.rollups), 552)
            self.assertEqual(len(s.rollups), 39)
            for r in s.rollups:
                self.assertLessEqual(r.at_or_above, r.scored)
                if r.scored:
                    self.assertLessEqual(r.min, r.mean)
                    self.assertLessEqual(r.mean, r.max)
            self.assertEqual(sum(s.status_counts_of(0).values()), sum(s.status_counts[0:5]))

    def test_threads_and_score_plan_agree(self):
        one = self.portfolio.score(AS_OF, threads=1)
        two = self.portfolio.score(AS_OF, threads=2)
        for name in ("scores", "has_score", "ranking", "status_counts", "component_offsets", "component_scores",
                     "component_has_score"):
            self.assertEqual(getattr(one, name), getattr(two, name), name)
        self.assertEqual(one.rollups, two.rollups)
        # Each satker's bulk numbers equal Plan.score() (zi_score_plan) of its plan alone.
        mismatches = []
        for p in range(len(one)):
            with self.portfolio.plan(p) as plan, zi.Evidence.synthetic(plan, 7 + p) as ev, \
                    plan.score(AS_OF, evidence=ev) as report:
                components = [c.score for c in report.components]
                counts = report.status_counts
                if (report.score != one.score(p) or components != one.component_scores_of(p)
                        or list(counts.values()) != list(one.status_counts[5 * p:5 * p + 5])):
                    mismatches.append((p, report.score, one.score(p)))
        self.assertEqual(mismatches, [])
        one.close()
        two.close()

    def test_concurrent_scoring(self):
        reference = self.portfolio.score(AS_OF, threads=1)
        results = []

        def worker(threads):
            for _ in range(3):
                with self.portfolio.score(AS_OF, threads=threads) as s:
                    results.append(s.scores == reference.scores and s.ranking == reference.ranking)

        errors = run_in_threads(worker, 4, args=lambda t: (1 + t % 2,))
        self.assertEqual(errors, [])
        self.assertEqual(results, [True] * 12)

    def test_options(self):
        with self.portfolio.score("2026-12-31", count_submitted=True, late_credit=1.0, threshold=0.0) as s:
            self.assertEqual(s.as_of, D(2026, 12, 31))
            self.assertTrue(all(r.at_or_above == r.scored for r in s.rollups))
        with self.assertRaises(zi.InvalidError):
            self.portfolio.score(AS_OF, late_credit=2.0)
        with self.assertRaises(zi.InvalidError):
            self.portfolio.score(AS_OF, threads=-1)

    def test_scope_and_import(self):
        with self.plans.scope() as scope:
            ev = zi.import_evidence(text="satker,indicator,occurrence,date\nKPU-RI,1.1.1.1,1,2026-01-20\n",
                                    scope=scope)
        self.assertEqual(len(ev), 1)
        ev2 = zi.import_evidence(text="satker,indicator,occurrence,date\nKPU-XX,1.1.1.1,1,2026-01-20\n",
                                 scope=self.plans)
        self.assertEqual(len(ev2.rejected), 1)
        with self.plans.with_evidence(ev) as p:
            self.assertEqual(p.evidence_count, 1)
        with self.plans.with_evidence(None) as p:
            self.assertEqual(p.evidence_count, 0)


def _same_scores(test, a, b, what):
    """Every array and roll-up of two PortfolioScores equal (the doubles compared exactly)."""
    for name in ("scores", "has_score", "ranking", "status_counts", "component_offsets", "component_scores",
                 "component_has_score"):
        test.assertEqual(getattr(a, name), getattr(b, name), "%s: %s" % (what, name))
    test.assertEqual(a.rollups, b.rollups, what)
    test.assertEqual(a.occurrences_scored, b.occurrences_scored, what)


class IncrementalEvidenceTest(unittest.TestCase):
    """Portfolio.with_satker_evidence and .with_added_evidence against filing the whole new
    evidence set from scratch, on the 14 satker of Sulawesi Tengah."""

    DATES = (D(2026, 1, 2), D(2026, 4, 15), D(2026, 9, 30), D(2027, 1, 31))
    POLICIES = ({}, {"late_credit": 0.0}, {"late_credit": 0.3, "count_submitted": True})

    @classmethod
    def setUpClass(cls):
        cls.plans = zi.Portfolio.synthetic(registry="sulteng")
        cls.evidence = cls.plans.synthetic_evidence(seed=7)
        cls.records = cls.evidence.records
        cls.base = cls.plans.with_evidence(cls.evidence)

    @classmethod
    def tearDownClass(cls):
        for x in (cls.base, cls.evidence, cls.plans):
            x.close()

    def assert_same_portfolio(self, a, b):
        self.assertEqual((a.evidence_count, a.unmatched_evidence), (b.evidence_count, b.unmatched_evidence))
        for as_of in self.DATES:
            for policy in self.POLICIES:
                with a.score(as_of, threads=2, **policy) as x, b.score(as_of, threads=2, **policy) as y:
                    _same_scores(self, x, y, "%s %s" % (as_of, policy))

    def test_replacing_one_satker_equals_filing_everything_again(self):
        before = self.base.score(D(2026, 9, 30))
        code = self.plans.satker(3).code
        with self.plans.plan(3) as plan, zi.Evidence.synthetic(plan, 1234) as new:
            new_records = new.records
            self.assertGreater(len(new_records), 10)
            updated = self.base.with_satker_evidence(code, new)
        others = [r for r in self.records if r.satker != code]
        with zi.Evidence.from_records(others + new_records, self.plans) as full, \
                self.plans.with_evidence(full) as scratch, updated:
            self.assertEqual(len(full.rejected), 0)
            self.assert_same_portfolio(updated, scratch)
            with updated.score(D(2026, 9, 30)) as after:
                self.assertNotEqual(after.score(3), before.score(3))
        # The portfolio of before is unchanged.
        with self.base.score(D(2026, 9, 30)) as again:
            _same_scores(self, again, before, "before")
        before.close()

    def test_replacing_with_no_evidence(self):
        code = self.plans.satker(0).code
        others = [r for r in self.records if r.satker != code]
        with self.base.with_satker_evidence(code, None) as updated, \
                zi.Evidence.from_records(others, self.plans) as rest, self.plans.with_evidence(rest) as scratch:
            self.assertLess(updated.evidence_count, self.base.evidence_count)
            self.assert_same_portfolio(updated, scratch)

    def test_adding_evidence_equals_filing_it_together(self):
        half = len(self.records) // 2
        with zi.Evidence.from_records(self.records[:half], self.plans) as a, \
                zi.Evidence.from_records(self.records[half:], self.plans) as b, \
                self.plans.with_evidence(a) as first, first.with_added_evidence(b) as both:
            self.assert_same_portfolio(both, self.base)
            self.assertLess(first.evidence_count, both.evidence_count)
        with self.base.with_added_evidence(None) as same:
            self.assert_same_portfolio(same, self.base)

    def test_errors(self):
        code, other = self.plans.satker(1).code, self.plans.satker(2).code
        mine = [r for r in self.records if r.satker == code][:3]
        theirs = [r for r in self.records if r.satker == other][:2]
        with zi.Evidence.from_records(mine[:1] + theirs, self.plans) as mixed:
            self.assertEqual(len(mixed), 3)
            with self.assertRaises(zi.InvalidError) as e:
                self.base.with_satker_evidence(code, mixed)
            self.assertIn(other, str(e.exception))
        with zi.Evidence.from_records(mine, self.plans) as ev:
            with self.assertRaises(zi.NotFoundError) as e:
                self.base.with_satker_evidence("KPU-0000", ev)
            self.assertIn("KPU-0000", str(e.exception))
        with self.assertRaises(TypeError):
            self.base.with_satker_evidence(7, None)
        with self.assertRaises(TypeError):
            self.base.with_satker_evidence(code, [])
        with self.assertRaises(TypeError):
            self.base.with_added_evidence([])


class PortfolioTest(unittest.TestCase):
    def test_compile_from_plans(self):
        base = zi.Plan.default()
        satker = zi.satker_registry("sulteng")
        self.assertEqual(len(satker), 14)
        self.assertEqual(satker[0].code, "KPU-72")
        with zi.Portfolio.compile([base], threads=1) as p:
            self.assertEqual(len(p), 1)
            self.assertEqual(p.plan(0).indicator_count, 64)
            self.assertEqual([d.code for d in p.diagnostics(0)], ["target_per_occurrence_assumed"])
            ev = zi.import_evidence(text="indicator,occurrence,date\n1.3.1.1,1,2026-03-27\n", scope=p)
            self.assertEqual(ev.records[0].satker, "KPU-72")  # one plan: its satker is the default
            with p.with_evidence(ev) as q, q.score(AS_OF) as s, base.score(AS_OF, evidence=ev) as r:
                self.assertEqual(s.score(0), r.score)
        with self.assertRaises(zi.InvalidError):
            zi.Portfolio.compile([base, base])
        with zi.Portfolio.compile([]) as empty, empty.score(AS_OF) as s:
            self.assertEqual((len(s), len(s.scores), s.has_score, s.rollups), (0, 0, b"", []))
        with zi.Calendar.default(cuti_bersama_is_working_day=True) as cal, \
                zi.Portfolio.compile([base], calendar=cal) as p:
            self.assertEqual(p.occurrence_count, len(base.expand(cal)))

    def test_synthetic(self):
        with zi.Portfolio.synthetic(registry="sulteng", seed=1) as p:
            self.assertEqual(len(p), 14)
            self.assertEqual(p.satker(13).code, "KPU-7271")
        with zi.Portfolio.synthetic(555) as p:
            self.assertEqual(p.satker(553).code, "SYN-000554")
        with self.assertRaises(TypeError):
            zi.Portfolio.synthetic()
        with self.assertRaises(ValueError):
            zi.Portfolio.synthetic(registry="jabar")
        with self.assertRaises(zi.InvalidError):
            zi.Portfolio.synthetic(0)

    def test_load_dir(self):
        with tempfile.TemporaryDirectory() as tmp:
            with self.assertRaises(zi.InvalidError):
                zi.Portfolio.load_dir(tmp)
            with zi.Portfolio.synthetic(registry="sulteng") as p:
                for i in range(3):
                    with p.plan(i) as plan, open(os.path.join(tmp, "%02d.json" % i), "w", encoding="utf-8") as f:
                        f.write(plan.to_json())
            with zi.Portfolio.load_dir(tmp) as p:
                self.assertEqual([s.code for s in p.satkers], ["KPU-72", "KPU-7201", "KPU-7202"])
        with self.assertRaises(zi.FileError):
            zi.Portfolio.load_dir(os.path.join(tempfile.gettempdir(), "zi-no-such-dir"))

    def test_without_plans(self):
        # keep_plans=False: every score, the report and the scope equal those of a portfolio
        # that keeps its plans; only the plans themselves are gone.
        with zi.Portfolio.synthetic(553) as kept, zi.Portfolio.synthetic(553, keep_plans=False) as lean:
            self.assertTrue(kept.keeps_plans)
            self.assertFalse(lean.keeps_plans)
            with self.assertRaises(zi.InvalidError) as e:
                lean.plan(0)
            self.assertIn("keep_plans", str(e.exception))
            self.assertEqual(lean.satkers, kept.satkers)
            with kept.plan(40) as plan:
                self.assertEqual(lean.component_ids(40), [c.id for c in plan.components])
            with self.assertRaises(IndexError):
                lean.component_ids(553)
            ev_kept, ev_lean = kept.synthetic_evidence(seed=7), lean.synthetic_evidence(seed=7)
            self.assertEqual(ev_lean.records, ev_kept.records)  # the lean plans are made again
            with kept.with_evidence(ev_kept) as a, lean.with_evidence(ev_lean) as b, \
                    a.score(AS_OF, threads=2) as sa, b.score(AS_OF, threads=1) as sb:
                self.assertFalse(b.keeps_plans)
                self.assertEqual(sb.scores.tobytes(), sa.scores.tobytes())
                self.assertEqual(sb.has_score, sa.has_score)
                self.assertEqual(sb.component_scores.tobytes(), sa.component_scores.tobytes())
                self.assertEqual(list(sb.ranking), list(sa.ranking))
                self.assertEqual(list(sb.status_counts), list(sa.status_counts))
                self.assertEqual(sb.to_json(), sa.to_json())
            with kept.scope() as sk, lean.scope() as sl:
                for p in (0, 1, 300, 552):
                    code = kept.satker(p).code
                    with kept.plan(p) as plan:
                        for ind in plan.indicators():
                            self.assertEqual(sl.occurrences(code, ind.id), sk.occurrences(code, ind.id))
                    self.assertEqual(sl.occurrences(code, "9.9.9"), sk.occurrences(code, "9.9.9"))
        with zi.Portfolio.compile([zi.Plan.default()], keep_plans=False) as p:
            self.assertFalse(p.keeps_plans)
            self.assertEqual(p.component_ids(0), ["1", "2", "3", "4", "5", "6"])
            with self.assertRaises(zi.InvalidError):
                p.synthetic_evidence()
        with tempfile.TemporaryDirectory() as tmp:
            with zi.Portfolio.synthetic(registry="sulteng") as p:
                for i in range(14):
                    with p.plan(i) as plan, open(os.path.join(tmp, "%02d.json" % i), "w", encoding="utf-8") as f:
                        f.write(plan.to_json())
            with zi.Portfolio.load_dir(tmp) as a, zi.Portfolio.load_dir(tmp, keep_plans=False, threads=2) as b, \
                    a.score(AS_OF) as sa, b.score(AS_OF) as sb:
                self.assertFalse(b.keeps_plans)
                self.assertEqual(b.satkers, a.satkers)
                self.assertEqual(sb.to_json(), sa.to_json())

    def test_from_source(self):
        with zi.Portfolio.synthetic(registry="sulteng") as src:
            made = []

            def make(i):
                plan = src.plan(i)  # a new zi.Plan on every call
                made.append(plan)
                return plan

            with zi.Portfolio.from_source(14, make, threads=2) as p, src.score(AS_OF) as sa, \
                    p.score(AS_OF) as sb:
                self.assertFalse(p.keeps_plans)
                self.assertEqual(p.satkers, src.satkers)
                self.assertEqual(sb.to_json(), sa.to_json())
            self.assertEqual(len(made), 14)
            self.assertTrue(all(plan.closed for plan in made))  # handed to the portfolio
            with zi.Portfolio.from_source(2, src.plan, keep_plans=True) as p:
                self.assertEqual(p.plan(1).satker.code, src.satker(1).code)

            def failing(i):
                if i >= 3:
                    raise KeyError("no plan %d" % i)
                return src.plan(i)

            with self.assertRaises(KeyError) as e:
                zi.Portfolio.from_source(14, failing, threads=2)
            self.assertEqual(e.exception.args, ("no plan 3",))  # the first by index
            with self.assertRaises(TypeError):
                zi.Portfolio.from_source(2, lambda i: "not a plan")
            with zi.Portfolio.from_source(0, failing) as empty:
                self.assertEqual(len(empty), 0)

    def test_lifetimes(self):
        p = zi.Portfolio.synthetic(3)
        ref = weakref.ref(p)
        s = p.score(AS_OF)
        plan = p.plan(0)
        del p
        gc.collect()
        self.assertIsNotNone(ref())  # the scores keep their portfolio (for satker names)
        self.assertEqual(s.top(1)[0][0].code, s.portfolio.satker(s.ranking[0]).code)
        self.assertEqual(plan.satker.code, "KPU-RI")
        del s
        gc.collect()
        self.assertIsNone(ref())
        self.assertEqual(plan.indicators()[0].id, "1.1.1.1")  # a portfolio's plan outlives it
        q = zi.Portfolio.synthetic(2)
        q.close()
        with self.assertRaises(zi.ClosedError):
            len(q)
        with self.assertRaises(zi.ClosedError):
            q.score(AS_OF)


class ShutdownTest(unittest.TestCase):
    def test_finalizers_at_interpreter_shutdown(self):
        # Handles of every new kind alive at exit, in globals and in a cycle, must not crash
        # the interpreter or print "Exception ignored in __del__".
        code = (
            "import datetime, zi\n"
            "cal = zi.Calendar.default()\n"
            "plan = zi.Plan.default()\n"
            "ev = zi.Evidence.synthetic(plan, 1)\n"
            "report = plan.score(datetime.date(2026, 7, 1), evidence=ev)\n"
            "scope = zi.EvidenceScope.for_plan(plan)\n"
            "p = zi.Portfolio.synthetic(2)\n"
            "s = p.score(datetime.date(2026, 7, 1))\n"
            "class Cycle: pass\n"
            "c = Cycle(); c.self = c; c.s = p.with_evidence(ev).score('2026-07-01'); c.cal = cal\n"
            "print('ok', len(s))\n")
        result = subprocess.run([sys.executable, "-c", code], env=subprocess_env(), capture_output=True, text=True,
                                timeout=120)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.strip(), "ok 2")
        self.assertNotIn("Exception ignored", result.stderr)


if __name__ == "__main__":
    unittest.main()
