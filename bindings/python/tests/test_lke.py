"""The LKE evaluation through Python: zi.LkeRubric, zi.LkeAnswers, scoring (the worked
example, tests/data/lke/worked-example.json), zi.PredicateResult, what-if, suggestions (also from a zi.Report),
errors and lifetimes."""

import ctypes
import datetime
import gc
import json
import math
import os
import re
import subprocess
import tempfile
import unittest
import weakref

import zi
from zi import _lib

from .support import HEADER, SOURCE_DIR
from .test_table import expected_ctype

LKE_DATA = os.path.join(SOURCE_DIR, "tests", "data", "lke")
RUBRIC_FILE = os.path.join(SOURCE_DIR, "data", "lke", "permenpanrb-90-2021.json")
SAMPLE_EVIDENCE = os.path.join(SOURCE_DIR, "data", "samples", "kpu-sulteng-2026-bukti.csv")


def lke_data(name):
    return os.path.join(LKE_DATA, name)


class RubricTest(unittest.TestCase):
    def setUp(self):
        self.rubric = zi.LkeRubric.default()

    def tearDown(self):
        self.rubric.close()

    def test_identity(self):
        r = self.rubric
        self.assertEqual(r.id, "permenpanrb-90-2021")
        self.assertGreaterEqual(r.revision, 1)
        self.assertIn("90 Tahun 2021", r.regulation_name)
        self.assertEqual(r.regulation_year, 2021)
        self.assertIn("permenpanrb-90-2021", repr(r))

    def test_areas_subareas_questions(self):
        r = self.rubric
        self.assertEqual([a.code for a in r.areas], ["MP", "TL", "SDM", "AK", "PW", "PP"])
        self.assertEqual([a.weight for a in r.areas], [8, 7, 10, 10, 15, 10])
        mp = r.area("MP")
        self.assertEqual(mp, r.areas[0])
        self.assertEqual(mp.name, "Manajemen Perubahan")
        self.assertEqual(mp.half_weight("pemenuhan"), 4)
        self.assertEqual([s.id for s in mp.pemenuhan], ["P.MP.i", "P.MP.ii", "P.MP.iii", "P.MP.iv"])
        self.assertEqual(len(mp.subareas("reform")), len(mp.reform))
        with self.assertRaises(ValueError):
            mp.subareas("hasil")
        self.assertIsNone(r.area("XX"))
        sub = r.subarea("P.MP.i")
        self.assertEqual((sub.area_code, sub.half, sub.parent), ("MP", "pemenuhan", ""))
        self.assertEqual([q.id for q in sub.questions], ["P.MP.i.a", "P.MP.i.b"])
        self.assertEqual(r.subarea("R.PW.iii.a").parent, "R.PW.iii")
        self.assertEqual(len(r.questions()), 124)
        self.assertEqual(sum(len(a.pemenuhan) + len(a.reform) for a in r.areas), len(r.subareas()))
        q = r.question("P.MP.iii.a")
        self.assertEqual((q.type, q.kind, q.subarea_id), ("ABCD", "choice", "P.MP.iii"))
        self.assertEqual([(o.code, o.value) for o in q.options], [("A", 1), ("B", 0.67), ("C", 0.33), ("D", 0)])
        self.assertTrue(q.text)
        count = r.question("R.MP.i.a")
        self.assertEqual((count.kind, count.options, count.min), ("count", (), 0))
        self.assertEqual(r.question("R.MP.i.c").same_as, "R.MP.i.b")
        self.assertIsNone(r.question("H.IPAK"))
        ratio = r.subarea("R.PW.ii").ratios[0]
        self.assertIsInstance(ratio, zi.LkeRatio)
        self.assertEqual((ratio.id, ratio.formula, ratio.cap), ("R.PW.ii.r1", "ratio", 1))
        self.assertEqual(ratio.alternatives, ("in_process_plus_completed",))
        self.assertEqual(r.subarea("R.SDM.iii").ratios[0].formula, "reduction")

    def test_hasil_and_predicates(self):
        r = self.rubric
        ipak, capaian, ipkp = r.hasil_items
        self.assertEqual((ipak.id, ipak.kind, ipak.weight, ipak.min, ipak.max), ("H.IPAK", "number", 17.5, 0, 4))
        self.assertEqual(capaian.kind, "choice")
        self.assertEqual([o.code for o in capaian.options], ["A", "B", "C", "D", "E"])
        self.assertEqual(ipkp.group, "pelayanan_prima")
        wbk, wbbm = r.predicates
        self.assertEqual(r.predicate("wbk"), wbk)
        self.assertIsNone(r.predicate("wbx"))
        self.assertEqual((wbk.id, wbk.name, wbk.requires_prior), ("wbk", "Wilayah Bebas dari Korupsi", ""))
        self.assertEqual(wbbm.requires_prior, "wbk")
        first = wbk.criteria[0]
        self.assertIsInstance(first, zi.LkeCriterion)
        self.assertEqual((first.id, first.measure, first.threshold), ("wbk.total", "total", 75))
        ipkp_c = [c for c in wbk.criteria if c.id == "wbk.ipkp"][0]
        self.assertEqual((ipkp_c.measure, ipkp_c.target, ipkp_c.threshold), ("hasil_item", "H.IPKP", 14))
        self.assertEqual([c.threshold for c in wbbm.criteria if c.measure == "area_percent"], [0.75])

    def test_load_and_from_json(self):
        with zi.LkeRubric.load(RUBRIC_FILE) as loaded:
            self.assertEqual(loaded.id, self.rubric.id)
            self.assertEqual(len(loaded.questions()), 124)
        with open(RUBRIC_FILE, encoding="utf-8") as f:
            text = f.read()
        with zi.LkeRubric.from_json(text) as parsed:
            self.assertEqual(len(parsed.areas), 6)
        with self.assertRaises(zi.FileError):
            zi.LkeRubric.load(lke_data("no-such-rubric.json"))
        with self.assertRaises(zi.InvalidError) as cm:
            zi.LkeRubric.from_json("{\"format\": 1")
        self.assertIn("baris 1", str(cm.exception))
        with self.assertRaises(zi.InvalidError) as cm:
            zi.LkeRubric.from_json(text.replace('"title": "', '"title": "\\u0000', 1))
        self.assertIn("karakter NUL", str(cm.exception))

    def test_views_keep_the_rubric_alive(self):
        rubric = zi.LkeRubric.default()
        ref = weakref.ref(rubric)
        question = rubric.question("P.MP.i.a")
        del rubric
        gc.collect()
        self.assertIsNotNone(ref())
        self.assertEqual(question.id, "P.MP.i.a")
        del question
        gc.collect()
        self.assertIsNone(ref())

    def test_closed_rubric(self):
        rubric = zi.LkeRubric.default()
        area = rubric.areas[0]
        rubric.close()
        rubric.close()
        self.assertTrue(rubric.closed)
        with self.assertRaises(zi.ClosedError):
            rubric.id
        with self.assertRaises(zi.ClosedError):
            area.code
        self.assertIn("closed", repr(area))
        self.assertIn("closed", repr(rubric))


class AnswersTest(unittest.TestCase):
    def setUp(self):
        self.rubric = zi.LkeRubric.default()

    def test_load_json_and_csv(self):
        a = zi.LkeAnswers.load(lke_data("worked-example.json"), self.rubric)
        self.assertEqual((a.satker, a.year, a.rubric_id, a.prior_wbk), ("KPU-72", 2026, "permenpanrb-90-2021", False))
        self.assertIs(a.rubric, self.rubric)
        self.assertEqual(a.get("P.MP.i.b"), "B")
        self.assertEqual(a["P.MP.i.b"], "B")
        self.assertEqual(a.get("R.MP.i.a"), 10)
        self.assertIsInstance(a.get("R.MP.i.a"), int)
        self.assertEqual(a.get("H.IPAK"), 3.62)
        self.assertIsNone(a.get("P.MP.i.b", layer="tpi"))
        c = zi.LkeAnswers.load(lke_data("worked-example.csv"))  # the default rubric
        self.assertEqual(c.get("P.MP.i.b", layer="tpi"), "C")
        self.assertEqual(a.score().to_json(), c.score().to_json())

    def test_malformed_file_names_the_question(self):
        with self.assertRaises(zi.InvalidError) as cm:
            zi.LkeAnswers.load(lke_data("bad/letter-out-of-range.json"), self.rubric)
        e = cm.exception
        self.assertIsInstance(e, ValueError)
        self.assertEqual(e.status, _lib.EINVALID)
        self.assertIn("letter-out-of-range.json", str(e))
        self.assertIn('P.MP.iii.a (unit): "E" bukan pilihan', str(e))
        with self.assertRaises(zi.InvalidError) as cm:
            zi.LkeAnswers.load(lke_data("bad/many-problems.json"), self.rubric)
        for part in ("7 masalah", "P.MP.ix.z: id pertanyaan tidak dikenal", "H.IPKP (unit): 4.5",
                     "R.PW.ii.a (tpi)"):
            self.assertIn(part, str(cm.exception))
        with self.assertRaises(zi.InvalidError) as cm:
            zi.LkeAnswers.load(lke_data("bad/bad-cells.csv"), self.rubric)
        self.assertIn("baris 3: R.AK.i.a (unit)", str(cm.exception))
        with self.assertRaises(zi.FileError):
            zi.LkeAnswers.load(lke_data("no-such-answers.json"), self.rubric)
        with self.assertRaises(zi.InvalidError):
            zi.LkeAnswers.from_json('{"format": "zi.lke-answers/1", "answers": {"P.MP.i.a": 1}}', self.rubric)

    def test_build_set_get_clear(self):
        a = zi.LkeAnswers.new(self.rubric, satker="KPU-7271", year=2027)
        self.assertEqual((a.satker, a.year), ("KPU-7271", 2027))
        self.assertIsNone(a.get("P.MP.i.a"))
        a.set("P.MP.i.a", "ya")
        self.assertEqual(a.get("P.MP.i.a"), "Ya")
        a.set("P.MP.i.a", "Tidak", layer="tpi")
        self.assertEqual((a.get("P.MP.i.a"), a.get("P.MP.i.a", "tpi")), ("Ya", "Tidak"))
        a["R.MP.i.a"] = 10
        a["H.IPAK"] = 3.62
        self.assertEqual((a["R.MP.i.a"], a["H.IPAK"]), (10, 3.62))
        with self.assertRaises(zi.InvalidError) as cm:
            a.set("P.MP.i.a", "Mungkin")
        self.assertIn("P.MP.i.a (unit)", str(cm.exception))
        self.assertEqual(a.get("P.MP.i.a"), "Ya")  # unchanged
        with self.assertRaises(zi.InvalidError):
            a.set("R.MP.i.a", 2.5)
        with self.assertRaises(zi.InvalidError):
            a.set("H.IPAK", 4.5)
        with self.assertRaises(zi.NotFoundError):
            a.set("P.MP.ix.z", "A")
        with self.assertRaises(TypeError):
            a.set("P.MP.i.a", True)
        with self.assertRaises(ValueError):
            a.set("P.MP.i.a", "Ya", layer="both")
        a.prior_wbk = True
        self.assertTrue(a.prior_wbk)
        b = a.copy()
        del b["P.MP.i.a"]
        self.assertIsNone(b.get("P.MP.i.a"))
        self.assertEqual(b.get("P.MP.i.a", "tpi"), "Tidak")
        self.assertEqual(a.get("P.MP.i.a"), "Ya")
        a.clear("P.MP.i.a", layer="tpi")
        self.assertIsNone(a.get("P.MP.i.a", "tpi"))

    def test_write_and_template(self):
        a = zi.LkeAnswers.load(lke_data("worked-example.json"), self.rubric)
        text = a.to_json()
        self.assertEqual(zi.LkeAnswers.from_json(text, self.rubric).to_json(), text)
        csv = a.to_csv()
        self.assertEqual(zi.LkeAnswers.from_csv(csv, self.rubric).to_json(), text)
        self.assertIn('"allowed"', a.to_json(include_unanswered=True, guidance=True))
        template = zi.LkeAnswers.template(self.rubric)
        self.assertIn('"P.MP.i.a"', template)
        self.assertIsNone(zi.LkeAnswers.from_json(template, self.rubric).get("P.MP.i.a"))
        self.assertIn("P.MP.i.a,", self.rubric.template("csv"))
        with self.assertRaises(ValueError):
            self.rubric.template("xml")

    def test_answers_outlive_a_closed_rubric(self):
        rubric = zi.LkeRubric.default()
        a = zi.LkeAnswers.load(lke_data("worked-example.json"), rubric)
        other = zi.LkeRubric.default()
        rubric.close()
        self.assertEqual(a.get("P.MP.i.b"), "B")  # the set keeps its own rubric data
        self.assertEqual(a.get("R.MP.i.a"), 10)
        self.assertAlmostEqual(other.score(a).total, 79.115, places=9)
        a.close()
        with self.assertRaises(zi.ClosedError):
            a.get("P.MP.i.b")


class ScoreTest(unittest.TestCase):
    def setUp(self):
        self.rubric = zi.LkeRubric.default()
        self.answers = zi.LkeAnswers.load(lke_data("worked-example.json"), self.rubric)

    def test_worked_example(self):
        s = self.rubric.score(self.answers, layer="unit")
        self.assertIsInstance(s, zi.LkeScore)
        mp = s.area("MP")
        self.assertIsInstance(mp, zi.LkeAreaScore)
        self.assertLessEqual(abs(mp.total - 6.0337), 5e-5)
        self.assertAlmostEqual(mp.total, 6.03375, places=9)
        self.assertAlmostEqual(mp.pemenuhan, 3.06375, places=9)
        self.assertAlmostEqual(mp.reform, 2.97, places=9)
        self.assertAlmostEqual(mp.percent, 6.03375 / 8 * 100, places=9)
        self.assertAlmostEqual(s.total, 79.115, places=9)
        self.assertAlmostEqual(s.pengungkit, 44.43375, places=9)
        self.assertAlmostEqual(s.hasil, s.total - s.pengungkit, places=9)
        self.assertAlmostEqual(s.pemenuhan + s.reform, s.pengungkit, places=9)
        self.assertEqual([round(a.total, 9) for a in s.areas], [6.03375, 5.6, 7.1, 7.9, 10.2, 7.6])
        self.assertEqual(s.answered, s.scored_items)
        self.assertEqual(s.unanswered, ())
        self.assertEqual((s.satker, s.year, s.layer, s.zero_denominator, s.prior_wbk),
                         ("KPU-72", 2026, "unit", "zero_over_zero_is_one", False))
        sub = s.subarea("P.MP.i")
        self.assertIsInstance(sub, zi.LkeSubareaScore)
        self.assertEqual((sub.half, sub.answered, sub.item_total), ("pemenuhan", 2, 2))
        self.assertAlmostEqual(sub.mean, 0.75)
        self.assertEqual(sub.items[1], zi.LkeItemScore("P.MP.i.b", "question", True, 0.5, "B", 0.0, 0.0))
        ratio = s.subarea("R.SDM.iii").items[-1]
        self.assertEqual(ratio.kind, "ratio")
        self.assertAlmostEqual(ratio.value, 0.3)
        ipak = s.hasil_items[0]
        self.assertEqual((ipak.id, ipak.answer), ("H.IPAK", "3.62"))
        self.assertAlmostEqual(ipak.score, 15.8375)
        self.assertEqual([g.id for g in s.hasil_groups], ["birokrasi_bersih", "pelayanan_prima"])
        self.assertIn('"total": 79.11', s.to_json())
        self.assertIsNone(s.area("XX"))
        self.assertAlmostEqual(zi.lke_score(self.answers).total, s.total)

    def test_options(self):
        tpi = self.rubric.score(self.answers, layer="tpi")
        self.assertEqual((tpi.total, tpi.answered, tpi.layer), (0, 0, "tpi"))
        self.assertEqual(len(tpi.unanswered), tpi.scored_items)
        self.assertEqual(self.rubric.score(self.answers, zero_denominator="zero").zero_denominator,
                         "zero_over_zero_is_zero")
        default_pw = self.rubric.score(self.answers).area("PW").total
        alt = self.rubric.score(self.answers, ratio_alternatives={"R.PW.ii.r1": "in_process_plus_completed"})
        self.assertNotEqual(alt.area("PW").total, default_pw)
        with self.assertRaises(zi.InvalidError) as cm:
            self.rubric.score(self.answers, ratio_alternatives={"R.PW.ii.r1": "nope"})
        self.assertIn("tidak memiliki alternatif 'nope'", str(cm.exception))
        with self.assertRaises(ValueError):
            self.rubric.score(self.answers, layer="both")
        with self.assertRaises(ValueError):
            self.rubric.score(self.answers, zero_denominator="maybe")

    def test_invalid_set_names_the_ratio(self):
        self.answers.clear("R.AK.i.b")
        with self.assertRaises(zi.InvalidError) as cm:
            self.answers.score()
        self.assertIn("R.AK.i.r1 (unit): butir rasio tidak memiliki isian jumlah R.AK.i.b", str(cm.exception))

    def test_check(self):
        s = self.answers.score()
        wbk = s.check("wbk")
        self.assertIsInstance(wbk, zi.PredicateResult)
        self.assertTrue(wbk.passed)
        self.assertTrue(wbk)
        self.assertEqual((wbk.failing, wbk.reasons), ((), ()))
        total = wbk.criteria[0]
        self.assertIsInstance(total, zi.CriterionResult)
        self.assertEqual((total.id, total.measure, total.threshold, total.passed), ("wbk.total", "total", 75, True))
        self.assertAlmostEqual(total.margin, 4.115, places=9)
        wbbm = s.check("wbbm")
        self.assertFalse(wbbm.passed)
        self.assertEqual(wbbm.failing, ("wbbm.total", "wbbm.pengungkit", "wbbm.area.SDM", "wbbm.area.PW",
                                        "wbbm.ipkp", "wbbm.prior_wbk"))
        self.assertEqual(len(wbbm.reasons), 6)
        self.assertEqual(wbbm.reasons[0], "Nilai total evaluasi (pengungkit dan hasil): 79,11 < 85")
        sdm = wbbm.criterion("wbbm.area.SDM")
        self.assertEqual((sdm.measure, sdm.target, sdm.passed), ("area_percent", "SDM", False))
        self.assertAlmostEqual(sdm.value, 0.71)
        self.assertAlmostEqual(sdm.margin, -0.04)
        self.assertEqual(wbbm.criterion("wbbm.prior_wbk").measure, "prior")
        self.assertIn('"wbbm.prior_wbk"', wbbm.to_json())
        self.assertIn("failed", repr(wbbm))
        with self.assertRaises(zi.NotFoundError) as cm:
            s.check("wbx")
        self.assertIn("memiliki wbk, wbbm", str(cm.exception))
        # An answer set is scored with the defaults and checked.
        self.assertFalse(self.rubric.check(self.answers, "wbbm").passed)
        self.answers.prior_wbk = True
        self.assertEqual(len(self.answers.check("wbbm").failing), 5)

    def test_score_of_another_rubric_is_refused(self):
        with open(RUBRIC_FILE, encoding="utf-8") as f:
            text = f.read().replace('"id": "permenpanrb-90-2021"', '"id": "permenpanrb-90-2099"', 1)
        other = zi.LkeRubric.from_json(text)
        with self.assertRaises(zi.InvalidError) as cm:
            other.check(self.answers.score(), "wbk")
        self.assertIn("nilai ini dibuat dengan rubrik permenpanrb-90-2021", str(cm.exception))

    def test_score_lifetime(self):
        s = self.answers.score()
        rubric_ref = weakref.ref(self.rubric)
        self.assertIs(s._rubric, self.rubric)
        with s:
            self.assertGreater(s.total, 0)
        with self.assertRaises(zi.ClosedError):
            s.total
        self.assertIsNotNone(rubric_ref())

    def test_whatif(self):
        w = self.answers.whatif("wbbm", include_external=True)
        self.assertIsInstance(w, zi.WhatIfResult)
        self.assertEqual(w.locked, ())
        self.assertTrue(w.reached)
        self.assertFalse(w.step_limit)
        self.assertEqual(w.unfixable, ("wbbm.prior_wbk",))
        self.assertEqual(len(w.reasons), 1)
        first = w.steps[0]
        self.assertIsInstance(first, zi.WhatIfStep)
        self.assertEqual((first.rank, first.question, first.subarea, first.from_, first.to),
                         (1, "R.SDM.ii.a", "R.SDM.ii", "C", "B"))
        self.assertEqual(first.points, 0.75)
        self.assertEqual(first.text,
                         "Hasil assement telah dijadikan pertimbangan untuk mutasi dan pengembangan karir pegawai")
        self.assertEqual([s.rank for s in w.steps], list(range(1, len(w.steps) + 1)))
        self.assertFalse(w.before.passed)
        self.assertEqual(w.after.failing, ("wbbm.prior_wbk",))
        self.assertEqual(w.answers.get("H.IPKP"), 3.6)
        self.assertEqual(self.answers.get("H.IPKP"), 3.45)  # the input is unchanged
        self.assertEqual(w.answers.score().total, w.after.criterion("wbbm.total").value)
        self.assertIn('"question": "R.SDM.ii.a"', w.to_json())
        none = self.rubric.whatif(self.answers, "wbk")
        self.assertEqual((none.reached, none.steps), (True, ()))
        limited = self.answers.whatif("wbbm", max_steps=0, include_external=True)
        self.assertEqual((limited.steps, limited.reached), ((), False))
        with self.assertRaises(zi.InvalidError):
            self.answers.whatif("wbbm", max_steps=-1)
        with self.assertRaises(zi.NotFoundError):
            self.answers.whatif("wbx")

    def test_whatif_leaves_surveys_and_locks_alone(self):
        self.assertEqual([self.rubric.measured_by(i) for i in ("H.IPAK", "H.IPKP", "H.CAPAIAN", "P.PP.iv.a")],
                         ["survey", "survey", "external", "unit"])
        self.assertIsNone(self.rubric.measured_by("P.XX"))
        # By default the survey is never proposed: IPKP stays 3.45 and its row is unfixable.
        w = self.answers.whatif("wbbm")
        self.assertEqual(w.locked, ("H.IPAK", "H.CAPAIAN", "H.IPKP"))
        self.assertFalse(w.reached)
        self.assertEqual(w.unfixable, ("wbbm.ipkp", "wbbm.prior_wbk"))
        self.assertIn("survei eksternal (H.IPKP)", w.reasons[0])
        self.assertFalse(any(s.question.startswith("H.") for s in w.steps))
        self.assertEqual(w.answers.get("H.IPKP"), 3.45)
        self.assertIn('"locked": [', w.to_json())
        # A locked question is never changed: the first step otherwise (R.SDM.ii.a C -> B).
        locked = self.answers.whatif("wbbm", lock=["R.SDM.ii.a"])
        self.assertNotIn("R.SDM.ii.a", [s.question for s in locked.steps])
        self.assertEqual(locked.locked[0], "R.SDM.ii.a")
        self.assertEqual(locked.answers.get("R.SDM.ii.a"), "C")
        self.assertEqual(self.answers.whatif("wbbm", lock="R.SDM.ii.a").locked, locked.locked)
        with self.assertRaises(zi.InvalidError) as cm:
            self.answers.whatif("wbbm", lock=["P.XX.i.a"])
        self.assertIn("P.XX.i.a", str(cm.exception))

    def test_apply_suggestions(self):
        v = self.rubric.suggest(occurrences_due=64, done=50, families={"P.SDM.iv.c": "quarterly",
                                                                       "P.PP.iv.a": "semester"})
        self.assertIsInstance(v, zi.LkeSuggestionList)
        applied = self.answers.apply_suggestions(v)
        self.assertIsInstance(applied, zi.LkeAppliedSuggestions)
        self.assertEqual([tuple(c) for c in applied.changes],
                         [("P.MP.iii.a", "A", "B", True), ("P.SDM.iv.c", "A", "B", True),
                          ("P.PP.iv.a", "A", "C", True), ("R.MP.ii.a", "B", "B", False)])
        out = applied.answers
        self.assertEqual(self.answers.get("P.MP.iii.a"), "A")  # the input is unchanged
        suggested = {"P.MP.iii.a", "P.SDM.iv.c", "P.PP.iv.a"}
        for q in self.rubric.questions():
            if q.id not in suggested:
                self.assertEqual(out.get(q.id), self.answers.get(q.id), q.id)
        for h in ("H.IPAK", "H.CAPAIAN", "H.IPKP"):
            self.assertEqual(out.get(h), self.answers.get(h))
        # Read back from JSON and CSV.
        for back in (zi.LkeAnswers.from_json(out.to_json()), zi.LkeAnswers.from_csv(out.to_csv())):
            self.assertEqual({q: back.get(q) for q in suggested}, {"P.MP.iii.a": "B", "P.SDM.iv.c": "B",
                                                                  "P.PP.iv.a": "C"})
            self.assertEqual(back.to_json(), out.to_json())
        # A list the caller built gives the same result (written one by one); the TPI layer.
        plain = self.answers.apply_suggestions(list(v))
        self.assertEqual(plain.answers.to_json(), out.to_json())
        self.assertEqual(plain.changes, applied.changes)
        tpi = self.answers.apply_suggestions(v, layer="tpi")
        self.assertEqual((tpi.answers.get("P.MP.iii.a", "tpi"), tpi.answers.get("P.MP.iii.a")), ("B", "A"))
        with self.assertRaises(zi.InvalidError):
            self.answers.apply_suggestions([zi.LkeSuggestion("P.MP.iii.a", "Z", "plan_execution_share", "")])

    def test_suggest(self):
        v = self.rubric.suggest(occurrences_due=40, done=30, done_late=6, as_of=datetime.date(2026, 7, 1),
                                families={"P.SDM.iv.c": "quarterly", "P.PP.iv.a": "semester"})
        by_q = {s.question: s for s in v}
        self.assertIsInstance(v[0], zi.LkeSuggestion)
        self.assertEqual(by_q["P.MP.iii.a"].answer, "B")
        self.assertEqual(by_q["P.MP.iii.a"].rule, "plan_execution_share")
        self.assertTrue(by_q["P.MP.iii.a"].reason.startswith("Saran: 30 dari 40"))
        self.assertIn("per 1 Juli 2026", by_q["P.MP.iii.a"].reason)
        self.assertEqual(by_q["P.SDM.iv.c"].answer, "B")
        self.assertEqual(by_q["P.PP.iv.a"].answer, "C")
        v = self.rubric.suggest(occurrences_due=10, done=8, done_late=2, per_year={"P.PP.iv.a": 4},
                                count_late_as_done=True)
        by_q = {s.question: s for s in v}
        self.assertEqual((by_q["P.MP.iii.a"].answer, by_q["P.PP.iv.a"].answer), ("A", "A"))
        self.assertEqual(self.rubric.suggest(), [])
        with self.assertRaises(zi.InvalidError):
            self.rubric.suggest(occurrences_due=1, done=2)
        with self.assertRaises(zi.InvalidError) as cm:
            self.rubric.suggest(families={"P.SDM.iv.c": "fortnightly"})
        self.assertIn("fortnightly", str(cm.exception))


class SuggestFromReportTest(unittest.TestCase):
    """rubric.suggest_from_report(report): the suggestions of `zi lke suggest` (ZI_CLI, set by
    ctest when the CLI is built) for the default plan and the sample evidence."""

    # `zi lke suggest --as-of 2026-07-01 --evidence data/samples/kpu-sulteng-2026-bukti.csv
    # --allow-rejects`: question ids and answers, in rubric order.
    EXPECTED = [("P.MP.iii.a", "B"), ("P.SDM.iv.c", "B"), ("P.PP.iv.a", "C"), ("R.MP.ii.a", "B")]

    @classmethod
    def setUpClass(cls):
        cls.rubric = zi.LkeRubric.default()
        cls.plan = zi.Plan.default()
        cls.calendar = zi.Calendar.default()
        cls.evidence = zi.import_evidence(SAMPLE_EVIDENCE, scope=cls.plan)
        cls.report = cls.plan.score(datetime.date(2026, 7, 1), evidence=cls.evidence, calendar=cls.calendar)

    @classmethod
    def tearDownClass(cls):
        for x in (cls.report, cls.evidence, cls.calendar, cls.plan, cls.rubric):
            x.close()

    def cli(self, *args):
        """The suggestions of `zi lke suggest --json` on the sample, or None without ZI_CLI."""
        cli = os.environ.get("ZI_CLI")
        if not cli:
            return None
        result = subprocess.run([cli, "lke", "suggest", "--evidence", SAMPLE_EVIDENCE, "--allow-rejects", "--json",
                                 *args], capture_output=True, text=True, timeout=120)
        self.assertEqual(result.returncode, 0, result.stderr)
        return [zi.LkeSuggestion(s["question"], s["answer"], s["rule"], s["reason"])
                for s in json.loads(result.stdout)["suggestions"]]

    def test_equals_the_cli(self):
        v = self.rubric.suggest_from_report(self.report)
        self.assertTrue(all(isinstance(s, zi.LkeSuggestion) for s in v))
        self.assertEqual([(s.question, s.answer) for s in v], self.EXPECTED)
        by_q = {s.question: s for s in v}
        self.assertEqual(by_q["P.MP.iii.a"].rule, "plan_execution_share")
        self.assertEqual(by_q["P.MP.iii.a"].reason,
                         "Saran: 35 dari 63 keluaran rencana aksi yang jatuh tempo per 1 Juli 2026 selesai tepat "
                         "waktu (55,6%). Sebagian besar (lebih dari 50%) kegiatan pembangunan dilaksanakan "
                         "sesuai rencana, jadi pelaksanaan rencana aksi mendukung jawaban B (A: semua, B: "
                         "sebagian besar, C: sebagian kecil, D: belum ada).")
        self.assertEqual((by_q["P.SDM.iv.c"].rule, by_q["P.PP.iv.a"].rule),
                         ("occurrences_per_year", "occurrences_per_year"))
        expected = self.cli("--as-of", "2026-07-01")
        if expected is not None:
            self.assertEqual(v, expected)
        # The same as suggest() on the summary that the CLI computes from the report.
        occ = self.report.occurrences
        assessed = [o for o in occ if o.assessed]
        per_year = {"P.SDM.iv.c": 4, "P.PP.iv.a": 2}
        self.assertEqual(v, self.rubric.suggest(
            occurrences_due=len(assessed), done=sum(o.status == "done" for o in assessed),
            done_late=sum(o.status == "done_late" for o in assessed), as_of=self.report.as_of,
            families={"P.SDM.iv.c": "quarterly", "P.PP.iv.a": "semester"}, per_year=per_year))
        for q, n in per_year.items():  # the plan's rows linked to those questions
            rows = [i.id for i in self.plan.indicators() if q in i.lke_questions]
            self.assertTrue(rows, q)
            self.assertEqual(max(sum(o.indicator_id == r for o in occ) for r in rows), n)

    def test_count_late_and_nothing_due(self):
        v = self.rubric.suggest_from_report(self.report, count_late_as_done=True)
        self.assertEqual([(s.question, s.answer) for s in v], self.EXPECTED)
        self.assertTrue(v[0].reason.startswith("Saran: 43 dari 63 "), v[0].reason)
        expected = self.cli("--as-of", "2026-07-01", "--count-late")
        if expected is not None:
            self.assertEqual(v, expected)
        with self.plan.score(datetime.date(2026, 1, 1), evidence=self.evidence) as early:
            v = self.rubric.suggest_from_report(early)
        self.assertEqual([(s.question, s.answer) for s in v], [("P.SDM.iv.c", "B"), ("P.PP.iv.a", "C")])
        expected = self.cli("--as-of", "2026-01-01")
        if expected is not None:
            self.assertEqual(v, expected)

    def test_type_and_lifetime_errors(self):
        for bad in (None, self.plan, self.evidence, "report", self.report._ptr):
            with self.assertRaises(TypeError) as cm:
                self.rubric.suggest_from_report(bad)
            self.assertIn("zi.Report", str(cm.exception))
        with self.assertRaises(TypeError):
            self.rubric.suggest_from_report(self.report, True)  # count_late_as_done is keyword-only
        closed = self.plan.score(datetime.date(2026, 7, 1))
        closed.close()
        with self.assertRaises(zi.ClosedError):
            self.rubric.suggest_from_report(closed)
        with zi.LkeRubric.default() as r:
            pass
        with self.assertRaises(zi.ClosedError):
            r.suggest_from_report(self.report)


class LkeTableTest(unittest.TestCase):
    """The lke option structs of zi._lib against zi.h (their pointer-to-array fields are
    not covered by test_table's simple field reader)."""

    def test_option_structs_match_the_header(self):
        with open(HEADER, encoding="utf-8") as f:
            header = f.read()
        structs = {
            "zi_lke_write_options": (_lib.zi_lke_write_options, "ZI_LKE_WRITE_OPTIONS_VERSION",
                                     _lib.LKE_WRITE_OPTIONS_VERSION),
            "zi_lke_score_options": (_lib.zi_lke_score_options, "ZI_LKE_SCORE_OPTIONS_VERSION",
                                     _lib.LKE_SCORE_OPTIONS_VERSION),
            "zi_lke_whatif_options": (_lib.zi_lke_whatif_options, "ZI_LKE_WHATIF_OPTIONS_VERSION",
                                      _lib.LKE_WHATIF_OPTIONS_VERSION),
            "zi_lke_execution_summary": (_lib.zi_lke_execution_summary, "ZI_LKE_EXECUTION_SUMMARY_VERSION",
                                         _lib.LKE_EXECUTION_SUMMARY_VERSION),
            "zi_lke_suggest_options": (_lib.zi_lke_suggest_options, "ZI_LKE_SUGGEST_OPTIONS_VERSION",
                                       _lib.LKE_SUGGEST_OPTIONS_VERSION),
        }
        for struct, (cls, macro, version) in structs.items():
            body = re.search(r"typedef struct %s \{(.*?)\} %s;" % (struct, struct), header, re.S).group(1)
            body = re.sub(r"/\*.*?\*/", "", body, flags=re.S)
            fields = []
            for decl in body.split(";"):
                decl = " ".join(decl.split())
                if not decl:
                    continue
                m = re.match(r"(.*?)(\w+)$", decl)
                c_type, name = m.group(1).strip(), m.group(2)
                if c_type.replace("const", "").replace("*", "").strip() == "char" and c_type.count("*") == 2:
                    ctype = ctypes.POINTER(ctypes.c_char_p)  # an input array of strings
                else:
                    ctype = expected_ctype(c_type)
                fields.append((name, ctype))
            self.assertEqual(fields, [(n, t) for n, t in cls._fields_], struct)
            self.assertRegex(header, r"#define %s %d\n" % (macro, version))

    def test_enum_values_match_the_header(self):
        with open(HEADER, encoding="utf-8") as f:
            header = f.read()
        expected = {"ZI_LKE_LAYER_UNIT": 0, "ZI_LKE_LAYER_TPI": 1, "ZI_LKE_FORMAT_JSON": 0, "ZI_LKE_FORMAT_CSV": 1,
                    "ZI_LKE_ZERO_DEFAULT": 0, "ZI_LKE_ZERO_IS_ONE": 1, "ZI_LKE_ZERO_IS_ZERO": 2,
                    "ZI_LKE_ZERO_IS_UNANSWERED": 3, "ZI_LKE_ANSWER_COUNT": 1}
        for name, value in expected.items():
            self.assertRegex(header, r"\b%s = %d\b" % (name, value))
        for name, code in (("unit", 0), ("tpi", 1)):
            self.assertEqual(_lib.text(_lib.lib.zi_lke_layer_str(code)), name)
        self.assertTrue(math.isnan(_lib.lib.zi_lke_answers_number(None, b"H.IPAK", 0)))


class TempFileTest(unittest.TestCase):
    def test_answers_file_round_trip(self):
        rubric = zi.LkeRubric.default()
        a = zi.LkeAnswers.load(lke_data("worked-example.json"), rubric)
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "answers.CSV")  # the extension is matched in any case
            with open(path, "w", encoding="utf-8") as f:
                f.write(a.to_csv())
            b = zi.LkeAnswers.load(path, rubric)
        self.assertEqual(b.to_json(), a.to_json())


if __name__ == "__main__":
    unittest.main()
