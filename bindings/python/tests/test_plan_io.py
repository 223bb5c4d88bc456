"""zi.plan_io: Plan.export_table, Plan.template and zi.diff_plans."""

import io
import json
import os
import tempfile
import unittest
import zipfile

import zi


def _changed_schedule_plan():
    text = zi.Plan.default().to_json().replace('"schedule": "Per Triwulan"', '"schedule": "Setiap Bulan"', 1)
    return zi.Plan.from_json(text)


class ExportTableTest(unittest.TestCase):
    def test_csv_bytes(self):
        with zi.Plan.default() as plan:
            data = plan.export_table(format="csv")
        self.assertTrue(data.startswith(b"\xef\xbb\xbf"))
        lines = data[3:].decode("utf-8").split("\r\n")
        self.assertEqual(lines[1:4], ["LAMPIRAN", "KEPUTUSAN KPU PROVINSI SULAWESI TENGAH", "NOMOR 6 TAHUN 2026"])
        header = lines.index("NO,KOMPONEN PENGUNGKIT,ASPEK PEMENUHAN,KEGIATAN/AKSI,INDIKATOR,BUKTI FISIK,"
                             "TARGET WAKTU PELAKSANAAN,TARGET CAPAIAN")
        self.assertEqual(lines[header + 1], "(1),(2),(3),(4),(5),(6),(7),(8)")
        self.assertEqual(len(lines) - 1 - (header + 2), 64)  # one row per indicator, then the final ""
        with zi.Plan.default() as plan:
            bare = plan.export_table(format="csv", heading=False)
        self.assertTrue(bare.startswith(b"\xef\xbb\xbfNO,KOMPONEN PENGUNGKIT,"))

    def test_xlsx_to_file_from_the_extension(self):
        with tempfile.TemporaryDirectory() as d, zi.Plan.default() as plan:
            path = os.path.join(d, "rencana.xlsx")
            data = plan.export_table(path)
            with open(path, "rb") as f:
                self.assertEqual(f.read(), data)
        self.assertIn("xl/worksheets/sheet1.xml", zipfile.ZipFile(io.BytesIO(data)).namelist())

    def test_format_errors(self):
        with zi.Plan.default() as plan:
            with self.assertRaises(ValueError):
                plan.export_table()             # neither a format nor a path
            with self.assertRaises(ValueError):
                plan.export_table(format="pdf")
            with self.assertRaises(ValueError):
                plan.export_table("rencana.json")

    def test_template(self):
        self.assertEqual(zi.Plan.template(format="csv"),
                         b"\xef\xbb\xbfNO,KOMPONEN PENGUNGKIT,ASPEK PEMENUHAN,KEGIATAN/AKSI,INDIKATOR,BUKTI FISIK,"
                         b"TARGET WAKTU PELAKSANAAN,TARGET CAPAIAN\r\n(1),(2),(3),(4),(5),(6),(7),(8)\r\n")
        example = zi.Plan.template(format="csv", example=True).decode("utf-8-sig").split("\r\n")
        self.assertEqual(example[2].split(",")[:2], ["1.", "Manajemen Perubahan"])
        self.assertTrue(zi.Plan.template(format="xlsx").startswith(b"PK\x03\x04"))


class DiffPlansTest(unittest.TestCase):
    def test_same_plan(self):
        with zi.Plan.default() as a:
            d = zi.diff_plans(a, a, name_a="a.json", name_b="a.json")
        self.assertTrue(d.equal)
        self.assertEqual(len(d), 0)
        self.assertEqual(d.text, "Perbandingan rencana aksi: A = a.json, B = a.json\nTidak ada perbedaan.\n")
        self.assertEqual(json.loads(d.json)["counts"]["total"], 0)

    def test_changed_schedule(self):
        with zi.Plan.default() as a, _changed_schedule_plan() as b:
            d = zi.diff_plans(a, b)
        self.assertFalse(d.equal)
        self.assertEqual(d.changes, (zi.PlanChange("changed", "indicator", "1.3.1.1", "1.3.1.1", None, None,
                                                   d.changes[0].text, "schedule", "Per Triwulan", "Setiap Bulan"),))
        self.assertTrue(d.changes[0].text.startswith("Tersedianya Dokumen pelaksanaan Rencana Aksi"))
        self.assertEqual(d.counts, {"total": 1, "removed": 0, "added": 0, "moved": 0, "changed": 1})
        self.assertIn('  indikator 1.3.1.1, target waktu: "Per Triwulan" -> "Setiap Bulan"\n', d.text)

    def test_export_import_round_trip_with_notes_options(self):
        # The export read back by the decree importer (zi plan import) is the same plan
        # but for the notes, which the table does not carry.
        with zi.Plan.default() as plan, tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "rencana.csv")
            plan.export_table(path)
            import_table = getattr(zi.Plan, "import_table", None)
            if import_table is None:
                self.skipTest("zi.Plan.import_table (the decree importer's binding) is not in this build")
            back, _report = import_table(path)  # (plan, report)
            with back:
                self.assertTrue(zi.diff_plans(plan, back, notes="ignore").equal)
                self.assertFalse(zi.diff_plans(plan, back).equal)  # the embedded plan's notes
        with self.assertRaises(ValueError):
            zi.diff_plans(plan, plan, notes="words")


if __name__ == "__main__":
    unittest.main()
