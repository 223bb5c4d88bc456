"""Evidence from Python: zi.import_evidence, zi.Evidence, zi.EvidenceScope."""

import datetime
import json
import os
import tempfile
import unittest

import zi

from .support import SOURCE_DIR, data

SAMPLE = os.path.join(SOURCE_DIR, "data", "samples", "kpu-sulteng-2026-bukti.csv")
D = datetime.date


class ImportTest(unittest.TestCase):
    def setUp(self):
        self.plan = zi.Plan.default()

    def tearDown(self):
        self.plan.close()

    def test_sample_file(self):
        with zi.import_evidence(SAMPLE, scope=self.plan) as ev:
            self.assertEqual(len(ev), 46)
            first = ev.records[0]
            self.assertEqual(first[:6], ("KPU-72", "1.1.1.1", 1, D(2026, 1, 22), "verified", 1))
            self.assertEqual(first.line, 2)
            self.assertIn("Nomor 3 Tahun 2026", first.ref)
            self.assertEqual(ev.records[9].status, "submitted")
            # The sample keeps two bad rows on purpose.
            self.assertEqual([(r.line, r.where) for r in ev.rejected], [(48, "baris 48"), (49, "baris 49")])
            self.assertIn("periode 13 di luar rentang", ev.rejected[0].reason)
            self.assertIn("46 records, 2 rejected", repr(ev))
            csv = ev.to_csv()
        self.assertTrue(csv.startswith("satker,indicator,occurrence,date,status,count,ref\n"))
        with zi.Evidence.read_csv(csv, self.plan) as again:
            self.assertEqual(len(again), 46)
            self.assertEqual(again.rejected, [])

    def test_text_json_and_records(self):
        text = "indicator,occurrence,date\n1.3.1.1,1,2026-03-27\n9.9.9.9,1,2026-03-27\n"
        ev = zi.import_evidence(text=text, scope=self.plan)
        self.assertEqual((len(ev), len(ev.rejected)), (1, 1))
        self.assertIn("indikator '9.9.9.9' tidak dikenal", ev.rejected[0].reason)
        doc = {"format": "zi.evidence/1", "records": [
            {"indicator": "1.3.1.1", "occurrence": 2, "date": "2026-06-26", "status": "submitted", "count": 2}]}
        ev = zi.import_evidence(text=json.dumps(doc), format="json", scope=self.plan)
        self.assertEqual(ev.records[0].status, "submitted")
        self.assertEqual(ev.records[0].count, 2)
        ev = zi.Evidence.read_json("[{\"indicator\": \"1.3.1.1\", \"occurrence\": 9, \"date\": \"2026-03-27\"}]", self.plan)
        self.assertEqual(ev.rejected[0].where, "/0")
        records = [zi.EvidenceRecord("KPU-72", "1.3.1.1", 1, D(2026, 3, 27), "verified", 1, "a", 0),
                   {"indicator": "1.3.1.2", "occurrence": 1, "date": D(2026, 4, 8)}]
        ev = zi.Evidence.from_records(records, self.plan)
        self.assertEqual([(r.indicator, r.date) for r in ev.records],
                         [("1.3.1.1", D(2026, 3, 27)), ("1.3.1.2", D(2026, 4, 8))])

    def test_scopes(self):
        with zi.EvidenceScope() as scope:
            self.assertEqual(scope.default_satker, "")
            scope.add("A", "1.1", 2).add("A", "1.2", 0)
            self.assertTrue(scope.has_satker("A"))
            self.assertEqual(scope.occurrences("A", "1.1"), 2)
            self.assertIsNone(scope.occurrences("A", "9"))
            ev = zi.Evidence.read_csv("satker,indicator,occurrence,date\nA,1.1,2,2026-01-05\n,1.1,1,2026-01-05\n", scope)
            self.assertEqual((len(ev), len(ev.rejected)), (1, 1))
            scope.default_satker = "A"
            ev = zi.Evidence.read_csv("indicator,occurrence,date\n1.1,1,2026-01-05\n", scope)
            self.assertEqual(ev.records[0].satker, "A")
            with self.assertRaises(zi.InvalidError):
                scope.add("A", "1.3", -1)
        with zi.EvidenceScope.for_plan(self.plan) as scope:
            self.assertEqual(scope.default_satker, "KPU-72")
            self.assertEqual(scope.occurrences("KPU-72", "6.2.1.1"), 12)

    def test_synthetic(self):
        a = zi.Evidence.synthetic(self.plan, 42)
        b = zi.Evidence.synthetic(self.plan, 42)
        self.assertGreater(len(a), 50)
        self.assertEqual(a.records, b.records)
        self.assertEqual(a.rejected, [])

    def test_errors(self):
        with self.assertRaises(zi.FileError):
            zi.import_evidence(os.path.join(SOURCE_DIR, "no-such-evidence.csv"), scope=self.plan)
        with self.assertRaises(zi.InvalidError) as cm:
            zi.import_evidence(text="indicator,when\n", scope=self.plan)
        self.assertIn("kolom 'when' tidak dikenal", str(cm.exception))
        with self.assertRaises(zi.InvalidError):
            zi.import_evidence(data("full.json"), scope=self.plan)
        with self.assertRaises(TypeError):
            zi.import_evidence(scope=self.plan)
        with self.assertRaises(TypeError):
            zi.import_evidence(SAMPLE, text="x", scope=self.plan)
        with self.assertRaises(ValueError):
            zi.import_evidence(text="x", format="xml", scope=self.plan)
        with self.assertRaises(TypeError):
            zi.import_evidence(SAMPLE, scope="KPU-72")
        ev = zi.Evidence.synthetic(self.plan, 1)
        ev.close()
        with self.assertRaises(zi.ClosedError):
            len(ev)

    def test_json_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "bukti.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump([{"indicator": "1.3.1.1", "occurrence": 1, "date": "2026-03-27"}], f)
            with zi.import_evidence(path, scope=self.plan) as ev:
                self.assertEqual(len(ev), 1)


if __name__ == "__main__":
    unittest.main()
