"""zi.lke_score_batch: many answer sets in one call, array columns, per-set failures, the
same results for any thread count and equal to one-by-one scoring."""

import array
import gc
import math
import os
import unittest
import weakref

import zi

from .support import SOURCE_DIR, run_in_threads

WORKED = os.path.join(SOURCE_DIR, "tests", "data", "lke", "worked-example.json")


def portfolio(rubric, n=12):
    """Varied sets from the worked example; set 5 does not fit (a ratio count missing)."""
    sets = []
    for i in range(n):
        a = zi.LkeAnswers.load(WORKED, rubric)
        a.set("P.MP.iii.a", "ABCD"[i % 4])
        a.set("H.IPKP", 2.0 + 0.15 * i)
        a.prior_wbk = i % 3 == 0
        sets.append(a)
    sets[5].clear("R.AK.i.b")
    return sets


class BatchTest(unittest.TestCase):
    def setUp(self):
        self.rubric = zi.LkeRubric.default()
        self.sets = portfolio(self.rubric)

    def test_columns_and_failures(self):
        b = zi.lke_score_batch(self.sets, threads=2)
        self.assertIsInstance(b, zi.LkeBatchResult)
        self.assertEqual(len(b), 12)
        totals = b.totals
        self.assertIsInstance(totals, array.array)
        self.assertEqual(totals.typecode, "d")
        self.assertEqual(len(totals), 12)
        self.assertTrue(math.isnan(totals[5]) and math.isnan(b.pengungkit[5]) and math.isnan(b.hasil[5]))
        self.assertEqual(list(b.statuses), [0] * 5 + [zi.InvalidError("", -1).status] + [0] * 6)
        errors = b.errors
        self.assertEqual(errors[:5], [None] * 5)
        self.assertIn("R.AK.i.r1 (unit): butir rasio tidak memiliki isian jumlah R.AK.i.b", errors[5])
        wbk, wbbm = b.wbk, b.wbbm
        self.assertEqual(wbk.typecode, "B")
        self.assertEqual(wbk[5], 0)
        self.assertTrue(any(wbk) and not all(wbk))
        self.assertEqual(list(b.passes("wbk")), list(wbk))
        with self.assertRaises(zi.NotFoundError):
            b.passes("wbx")
        self.assertIsNone(b.score(5))
        self.assertIsNone(b.check(5, "wbk"))
        with self.assertRaises(IndexError):
            b.score(12)
        with self.assertRaises(zi.NotFoundError):
            b.check(0, "wbx")

    def test_equal_to_single_scoring_for_1_and_2_threads(self):
        one = zi.lke_score_batch(self.sets, threads=1)
        two = self.rubric.score_batch(self.sets, threads=2)
        self.assertEqual(one.totals.tobytes(), two.totals.tobytes())  # bit for bit (NaN included)
        self.assertEqual(one.pengungkit.tobytes(), two.pengungkit.tobytes())
        self.assertEqual(one.hasil.tobytes(), two.hasil.tobytes())
        self.assertEqual(list(one.wbk), list(two.wbk))
        self.assertEqual(list(one.wbbm), list(two.wbbm))
        self.assertEqual(list(one.statuses), list(two.statuses))
        self.assertEqual(one.errors, two.errors)
        totals, wbk, wbbm = two.totals, two.wbk, two.wbbm
        for i, a in enumerate(self.sets):
            if i == 5:
                continue
            single = a.score()
            self.assertEqual(single.total, totals[i])
            self.assertEqual(single.to_json(), two.score(i).to_json())
            self.assertEqual(single.check("wbk").passed, bool(wbk[i]))
            self.assertEqual(single.check("wbbm").passed, bool(wbbm[i]))
            self.assertEqual(single.check("wbbm").failing, two.check(i, "wbbm").failing)

    def test_options_and_empty(self):
        tpi = zi.lke_score_batch(self.sets, layer="tpi", rubric=self.rubric)
        self.assertEqual(list(tpi.totals), [0.0] * 12)  # set 5 fits in the TPI layer
        empty = zi.lke_score_batch([], threads=4)
        self.assertEqual((len(empty), list(empty.totals), empty.errors), (0, [], []))

    def test_borrowed_score_keeps_the_batch_alive(self):
        b = zi.lke_score_batch(self.sets[:3])
        ref = weakref.ref(b)
        s = b.score(0)
        del b
        gc.collect()
        self.assertIsNotNone(ref())
        self.assertGreater(s.total, 0)
        s.close()  # forgets a borrowed handle, frees nothing
        self.assertIsNotNone(ref())
        b = ref()
        s2 = b.score(1)
        b.close()
        with self.assertRaises(zi.ClosedError):
            s2.total  # the batch it borrows from is closed
        with self.assertRaises(zi.ClosedError):
            b.totals

    def test_concurrent_batches(self):
        expected = zi.lke_score_batch(self.sets, threads=1).totals.tobytes()
        results = []

        def worker():
            results.append(zi.lke_score_batch(self.sets, threads=2).totals.tobytes() == expected)

        errors = run_in_threads(worker, 4)
        self.assertEqual(errors, [])
        self.assertEqual(results, [True] * 4)


if __name__ == "__main__":
    unittest.main()
