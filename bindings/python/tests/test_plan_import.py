"""zi.Plan.import_table (docs/decree-import.md): the seed decree's text gives the embedded
plan; CSV bytes and an XLSX written by openpyxl (merged cells) at test time; errors."""

import json
import os
import tempfile
import unittest

import zi
import zi.plan_import

from .support import SOURCE_DIR

SEED = os.path.join(SOURCE_DIR, "tests", "data", "decrees", "kpu-sulteng-2026.txt")
HEADER = ["NO", "KOMPONEN PENGUNGKIT", "ASPEK PEMENUHAN", "KEGIATAN/AKSI", "INDIKATOR", "BUKTI FISIK",
          "TARGET WAKTU PELAKSANAAN", "TARGET CAPAIAN"]

try:
    import openpyxl
except ImportError:  # pragma: no cover
    openpyxl = None


def strip_notes(tree):
    """The plan JSON without notes (their wording may differ from the embedded plan's)."""
    if isinstance(tree, dict):
        return {k: strip_notes(v) for k, v in tree.items() if k != "notes"}
    if isinstance(tree, list):
        return [strip_notes(v) for v in tree]
    return tree


class SeedTest(unittest.TestCase):
    def test_seed_text_gives_the_embedded_plan(self):
        plan, report = zi.Plan.import_table(SEED)
        with plan, zi.Plan.default() as embedded:
            self.assertEqual(strip_notes(json.loads(plan.to_json())), strip_notes(json.loads(embedded.to_json())))
            self.assertEqual(len(zi.diff_plans(plan, embedded, notes="ignore")), 0)
        self.assertEqual(report.counts["indicators"], 64)
        self.assertEqual(report.data["input"], "text")
        self.assertEqual([(d["where"], d["code"]) for d in report.lint][:2],
                         [("1.2.1.1", "text_year_mismatch"), ("2.2.1.1", "target_missing")])
        self.assertTrue(all(u["code"] == "decree_text_outside_table" for u in report.unplaced))
        kinds = {n["kind"] for n in report.notes}
        self.assertEqual(kinds, {"resolved", "inferred", "defect"})

    def test_bytes_and_overrides(self):
        with open(SEED, "rb") as f:
            data = f.read()
        plan, report = zi.Plan.import_table(data, name="seed.txt", satker="KPU-7271", year=2027)
        with plan:
            self.assertEqual(plan.year, 2027)
            self.assertEqual(plan.calendar, "ID-2027")
        self.assertEqual(report.data["source"], "seed.txt")
        self.assertEqual(report.data["satker"], "KPU-7271")


class TableTest(unittest.TestCase):
    ROWS = [
        ["1.", "Manajemen Perubahan", "1. Penyusunan Tim Kerja", "1. Membentuk tim", "Tim terbentuk", "SK",
         "Januari 2026", "1 (satu) Laporan"],
        ["", "", "", "", "Tim bekerja\nsetiap triwulan", "Laporan", "Per Triwulan", "4 (empat) Laporan"],
        ["", "", "2. Rencana Pembangunan Zona Integritas", "1. Menyusun rencana", "Rencana disusun",
         "Dokumen", "Januari s.d. Februari 2026", "100%"],
    ]

    def check_plan(self, plan, report, fmt):
        with plan:
            self.assertEqual(plan.year, 2026)
            data = json.loads(plan.to_json())
        comp = data["components"][0]
        self.assertEqual(comp["lke_area"], "MP")
        self.assertEqual([a["lke_subarea"] for a in comp["aspects"]], ["P.MP.i", "P.MP.ii"])
        inds = comp["aspects"][0]["activities"][0]["indicators"]
        self.assertEqual([i["text"] for i in inds], ["Tim terbentuk", "Tim bekerja setiap triwulan"])
        self.assertEqual(comp["aspects"][1]["activities"][0]["indicators"][0]["target"], "100%")
        self.assertEqual(report.data["input"], fmt)
        self.assertIn("target_percentage", [d["code"] for d in report.lint])

    def test_csv_bytes(self):
        lines = [";".join(HEADER)] + [";".join('"%s"' % c if "\n" in c else c for c in r) for r in self.ROWS]
        data = "\ufeff".encode("utf-8") + "\r\n".join(lines).encode("utf-8") + b"\r\n"
        plan, report = zi.Plan.import_table(data, name="t.csv", satker="KPU-72", year=2026)
        self.check_plan(plan, report, "csv")

    @unittest.skipIf(openpyxl is None, "openpyxl not installed")
    def test_xlsx_by_openpyxl_with_merged_cells(self):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Lampiran"
        ws.append(["RENCANA AKSI"])
        ws.append(HEADER)
        ws.append(["(%d)" % i for i in range(1, 9)])
        for r in self.ROWS:
            ws.append(r)
        # The komponen and the first aspek over their rows, as a person merges them.
        ws.merge_cells("A4:A6")
        ws.merge_cells("B4:B6")
        ws.merge_cells("C4:C5")
        ws.merge_cells("D4:D5")
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "lampiran.xlsx")
            wb.save(path)
            plan, report = zi.Plan.import_table(path, satker="KPU-72", year=2026)
        self.check_plan(plan, report, "xlsx")


class ErrorTest(unittest.TestCase):
    def test_errors(self):
        with self.assertRaises(zi.InvalidError) as e:
            zi.Plan.import_table(b"a,b\n1,2\n", name="x.csv", satker="KPU-72", year=2026)
        self.assertIn("x.csv", str(e.exception))
        with self.assertRaises(zi.InvalidError) as e:
            zi.Plan.import_table((",".join(HEADER) + "\n1.,Manajemen Perubahan,a,b,c,d,Januari 2026,1 Laporan\n").encode())
        self.assertIn("--satker", str(e.exception))
        with self.assertRaises(OSError):
            zi.Plan.import_table(os.path.join(SOURCE_DIR, "no", "such.txt"))
        with self.assertRaises(ValueError):
            zi.Plan.import_table(SEED, format="pdf")
        with self.assertRaises(ValueError):
            zi.Plan.import_table(SEED, year=-1)


if __name__ == "__main__":
    unittest.main()
