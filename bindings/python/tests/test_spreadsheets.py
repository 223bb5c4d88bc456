"""zi.tables: evidence read from spreadsheets and every report written as CSV or XLSX."""

import csv
import datetime
import io
import json
import os
import tempfile
import unittest
import zipfile

import zi
import zi.tables

from .support import SOURCE_DIR

SAMPLE = os.path.join(SOURCE_DIR, "data", "samples", "kpu-sulteng-2026-bukti.csv")
ANSWERS = os.path.join(SOURCE_DIR, "tests", "data", "lke", "worked-example.csv")
AS_OF = datetime.date(2026, 7, 1)

try:
    import openpyxl
except ImportError:  # pragma: no cover - Debian's python3-openpyxl is there in CI
    openpyxl = None


def csv_rows(data):
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


class ReadEvidenceTest(unittest.TestCase):
    def setUp(self):
        self.plan = zi.Plan.default()

    def tearDown(self):
        self.plan.close()

    def test_indonesian_excel_export(self):
        text = ("\ufeffIndikator;Periode;Tanggal;Status;Jumlah;Keterangan\r\n"
                "1.3.1.1;2;04/05/2026;Terverifikasi;2;Notulen – Tim ZI\r\n"
                "1.3.1.1;1;20/01/2026;diajukan;;\r\n")
        with zi.tables.read_evidence(data=text.encode("utf-8"), scope=self.plan) as ev:
            self.assertEqual(ev.rejected, [])
            r = ev.records
            self.assertEqual(r[0], zi.EvidenceRecord("KPU-72", "1.3.1.1", 2, datetime.date(2026, 5, 4), "verified",
                                                     2, "Notulen – Tim ZI", 2))
            self.assertEqual(r[1].status, "submitted")
        windows = text[1:].encode("cp1252")  # Excel's "CSV (Comma delimited)": no BOM
        with zi.tables.read_evidence(data=windows, scope=self.plan, encoding="cp1252") as ev:
            self.assertEqual(ev.records[0].ref, "Notulen – Tim ZI")
        with self.assertRaises(zi.InvalidError) as e:
            zi.tables.read_evidence(data=windows, scope=self.plan)
        self.assertIn("cp1252", str(e.exception))

    def test_all_threads_gives_the_same_evidence(self):
        # 9,000 rows: checked in ranges on every core with all_threads=True, read the same.
        lines = ["satker,indikator,periode,tanggal"]
        for i in range(9000):
            if i % 101 == 0:
                lines.append("KPU-72,1.3.1.1,9,2026-05-04")      # no period 9: rejected
            elif i % 997 == 0:
                lines.append("KPU-11,1.3.1.1,1,2026-05-04")      # another satker
            elif i % 7 == 0:
                lines.append("KPU-72,1.3.1.1,,2026-0%d-1%d" % (1 + i % 9, i % 10))  # inferred
            else:
                lines.append("KPU-72,1.3.1.1,%d,2026-0%d-0%d" % (1 + i % 4, 1 + i % 9, 1 + i % 9))
        text = "\n".join(lines) + "\n"
        opts = dict(scope=self.plan, infer_occurrence=True, summarize_other_satker=True)
        with zi.tables.read_evidence(data=text, **opts) as one, \
                zi.tables.read_evidence(data=text, all_threads=True, **opts) as all_:
            self.assertEqual(len(one.rejected), 90)
            self.assertEqual(len(one) + len(one.rejected) + one.other_satker[0].rows, 9000)
            self.assertEqual(all_.records, one.records)
            self.assertEqual(all_.rejected, one.rejected)
            self.assertEqual(all_.notes, one.notes)
            self.assertEqual(all_.other_satker, one.other_satker)

    def test_date_order_infer_occurrence_and_other_satker(self):
        amb = "indikator,periode,tanggal\n1.3.1.1,1,03/02/2026\n1.3.1.1,2,04/05/2026\n"
        with self.assertRaises(zi.InvalidError) as e:
            zi.tables.read_evidence(data=amb, scope=self.plan)
        self.assertIn("urutan tanggal meragukan", str(e.exception))
        with zi.tables.read_evidence(data=amb, scope=self.plan, date_order="month-first") as ev:
            self.assertEqual([r.date for r in ev.records], [datetime.date(2026, 3, 2), datetime.date(2026, 4, 5)])
        with self.assertRaises(zi.InvalidError):
            zi.tables.read_evidence(data=amb, scope=self.plan, date_order="sideways")

        text = "satker,indikator,tanggal\nKPU-72,1.3.1.1,2026-05-04\nKPU-11,1.3.1.1,2026-05-04\nKPU-11,1.1.1.1,2026-01-04\n"
        with zi.tables.read_evidence(data=text, scope=self.plan) as ev:
            self.assertEqual(len(ev.rejected), 3)
            self.assertIn("--infer-occurrence", ev.rejected[0].reason)
        with zi.tables.read_evidence(data=text, scope=self.plan, infer_occurrence=True,
                                     summarize_other_satker=True) as ev:
            self.assertEqual([(r.indicator, r.occurrence) for r in ev.records], [("1.3.1.1", 2)])
            self.assertEqual(ev.notes, [zi.tables.EvidenceNote(
                2, "baris 2", "periode 2 dari indikator 1.3.1.1 disimpulkan dari tanggal 2026-05-04")])
            self.assertEqual(ev.other_satker, [zi.tables.OtherSatkerRows("KPU-11", 2)])
            self.assertEqual(ev.rejected, [])

    @unittest.skipIf(openpyxl is None, "python3-openpyxl is not installed")
    def test_template_round_trip_through_openpyxl(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "bukti.xlsx")
            data = zi.tables.evidence_template(self.plan, path=path)
            self.assertTrue(data.startswith(b"PK"))
            wb = openpyxl.load_workbook(path)
            ws = wb["Bukti"]
            header = [c.value for c in ws[1]]
            col = {h: i + 1 for i, h in enumerate(header)}
            ws.cell(2, col["Tanggal"]).value = datetime.datetime(2026, 1, 22)
            ws.cell(2, col["Status"]).value = "terverifikasi"
            ws.cell(2, col["Tautan"]).value = "SK 3/2026"
            wb.save(path)
            with zi.tables.read_evidence(path, scope=self.plan) as ev:
                self.assertEqual(ev.rejected, [])
                self.assertEqual(ev.records, [zi.EvidenceRecord(
                    "KPU-72", ws.cell(2, col["Indikator"]).value, 1, datetime.date(2026, 1, 22), "verified", 1,
                    "SK 3/2026", 2)])
                self.assertEqual(len(ev.unfilled), ws.max_row - 2)
        csv_template = zi.tables.evidence_template(self.plan, format="csv")
        self.assertTrue(csv_template.startswith(b"Kode satker,Indikator,Uraian indikator"))


class ReportTablesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.plan = zi.Plan.default()
        cls.ev = zi.import_evidence(SAMPLE, scope=cls.plan)
        cls.report = cls.plan.score(AS_OF, evidence=cls.ev)

    @classmethod
    def tearDownClass(cls):
        cls.report.close()
        cls.ev.close()
        cls.plan.close()

    def test_score_csv_and_xlsx(self):
        rows = csv_rows(zi.tables.score(self.report, format="csv"))
        j = self.report.to_json() if hasattr(self.report, "to_json") else None
        doc = json.loads(j) if isinstance(j, str) else None
        self.assertEqual(rows[0]["Indikator"], "1.1.1.1")
        if doc:
            inds = [i for c in doc["components"] for a in c["aspects"] for i in a["indicators"]]
            self.assertEqual([r["Indikator"] for r in rows], [i["id"] for i in inds])
            for r, i in zip(rows, inds):
                if i["score"] is None:
                    self.assertEqual(r["Nilai"], "")
                else:
                    # The sheet keeps the fraction; the JSON `score` is 0..100 (docs/cli.md).
                    self.assertAlmostEqual(float(r["Nilai"]), i["score"] / 100, places=12)
        data = zi.tables.score(self.report)  # xlsx by default
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            self.assertIn("xl/workbook.xml", z.namelist())
        keluaran = zi.tables.score(self.report, format="csv", sheet="keluaran")
        self.assertTrue(keluaran.startswith(b"Indikator,Uraian indikator,Periode"))
        with self.assertRaises(zi.NotFoundError):
            zi.tables.score(self.report, format="csv", sheet="Tidak Ada")
        with self.assertRaises(ValueError):
            zi.tables.score(self.report, format="ods")
        with self.assertRaises(zi.InvalidError):
            zi.tables.score(self.report, format="xlsx", sheet="Komponen")

    @unittest.skipIf(openpyxl is None, "python3-openpyxl is not installed")
    def test_xlsx_opens_in_openpyxl_with_the_report_numbers(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "nilai.xlsx")
            zi.tables.score(self.report, path=path)
            wb = openpyxl.load_workbook(path)
            self.assertEqual(wb.sheetnames, ["Ringkasan", "Komponen", "Indikator", "Keluaran"])
            summary = {r[0]: r[1] for r in wb["Ringkasan"].iter_rows(values_only=True)}
            self.assertAlmostEqual(summary["Nilai rencana aksi (0-100)"], self.report.score, places=9)
            agenda = self.report.agenda()
            self.assertEqual(summary["Keluaran terlambat"], agenda["counts"]["overdue"])

    def test_agenda_explain_evidence(self):
        rows = csv_rows(zi.tables.agenda(self.report, format="csv"))
        agenda = self.report.agenda()
        self.assertEqual(len(rows), len(agenda["overdue"]) + len(agenda["due_soon"]) + len(agenda["upcoming"]))
        rows = csv_rows(zi.tables.explain(self.report, "1.3.1.1", format="csv"))
        trace = self.report.explain("1.3.1.1")
        self.assertEqual([int(r["Periode"]) for r in rows], [o["index"] for o in trace["occurrences"]])
        with self.assertRaises(zi.NotFoundError):
            zi.tables.explain(self.report, "9.9.9.9", format="csv")
        rows = csv_rows(zi.tables.evidence(self.ev, source="bukti.csv", format="csv"))
        self.assertEqual([(r["Baris"], r["Letak"]) for r in rows], [(str(x.line), x.where) for x in self.ev.rejected])

    def test_portfolio_and_lke(self):
        with zi.Portfolio.synthetic(3) as p:
            scores = p.score(AS_OF)
            rows = csv_rows(zi.tables.portfolio(scores, format="csv"))
            self.assertEqual([r["Kode"] for r in rows], [p.satker(i).code for i in scores.ranking])
        rubric = zi.LkeRubric.default()
        answers = zi.LkeAnswers.load(ANSWERS, rubric)
        with rubric.score(answers) as s:
            rows = csv_rows(zi.tables.lke_score(s, format="csv"))
            self.assertEqual([r["Kode"] for r in rows], [a.code for a in s.areas])
            for r, a in zip(rows, s.areas):
                self.assertAlmostEqual(float(r["Nilai"]), a.total, places=9)
            crit = csv_rows(zi.tables.lke_check(rubric, s, "wbbm", format="csv"))
            result = rubric.check(s, "wbbm")
            self.assertEqual([r["Kode"] for r in crit], [c.id for c in result.criteria])
        steps = csv_rows(zi.tables.lke_whatif(rubric, answers, "wbbm", format="csv"))
        self.assertEqual(len(steps), len(rubric.whatif(answers, "wbbm").steps))
        sug = csv_rows(zi.tables.lke_suggestions(rubric, self.report, satker="KPU-72", format="csv"))
        self.assertEqual([r["Pertanyaan"] for r in sug],
                         [x.question for x in rubric.suggest_from_report(self.report)])
        answers.close()
        rubric.close()


if __name__ == "__main__":
    unittest.main()
