"""`zi plan export --format xlsx` and `zi plan template` read by openpyxl, a writer-independent
XLSX reader: the sheet, the heading, the 8 column titles, the (1)..(8) row, one row per
indicator with the plan's texts, and the merged cells of docs/plan-table.md.

Needs ZI_CLI (the zi binary) and python3-openpyxl.
"""

import json
import os
import subprocess
import tempfile
import unittest

import openpyxl

ZI = os.environ.get("ZI_CLI", "zi")
TITLES = ["NO", "KOMPONEN PENGUNGKIT", "ASPEK PEMENUHAN", "KEGIATAN/AKSI", "INDIKATOR", "BUKTI FISIK",
          "TARGET WAKTU PELAKSANAAN", "TARGET CAPAIAN"]


def zi(*args):
    return subprocess.run([ZI, *args], check=True, capture_output=True).stdout


class PlanTableXlsxTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.path = os.path.join(cls.tmp.name, "rencana.xlsx")
        zi("plan", "export", "-o", cls.path)  # the format from the extension
        cls.book = openpyxl.load_workbook(cls.path)
        cls.sheet = cls.book["Rencana Aksi"]
        cls.summary = json.loads(zi("plan", "show", "--json"))
        rows = list(cls.sheet.iter_rows(values_only=True))
        cls.header = next(i for i, r in enumerate(rows) if list(r[:8]) == TITLES)
        cls.rows = rows

    @classmethod
    def tearDownClass(cls):
        cls.book.close()
        cls.tmp.cleanup()

    def test_one_sheet_with_heading_and_titles(self):
        self.assertEqual(self.book.sheetnames, ["Rencana Aksi"])
        heading = [r[0] for r in self.rows[:self.header]]
        self.assertEqual(heading[1:4], ["LAMPIRAN", "KEPUTUSAN KPU PROVINSI SULAWESI TENGAH", "NOMOR 6 TAHUN 2026"])
        self.assertTrue(heading[-1].startswith("TENTANG RENCANA AKSI PEMBANGUNAN DAN EVALUASI ZONA INTEGRITAS"))
        self.assertEqual(list(self.rows[self.header + 1][:8]), ["(%d)" % i for i in range(1, 9)])
        # The header row is frozen: the data scroll under it.
        self.assertEqual(self.sheet.freeze_panes, "A%d" % (self.header + 2))

    def test_one_row_per_indicator(self):
        data = [r for r in self.rows[self.header + 2:] if any(v is not None for v in r)]
        indicators = self.summary["indicators"]
        self.assertEqual(len(indicators), 64)
        self.assertEqual(len(data), len(indicators))
        for row, ind in zip(data, indicators):
            self.assertTrue(row[4].endswith(ind["text"]), (row[4], ind["id"]))
            self.assertEqual((row[5] or "", row[6] or "", row[7] or ""),
                             (ind["evidence"], ind["schedule"], ind["target"]), ind["id"])

    def test_merges_as_a_person_lays_them_out(self):
        first_data = self.header + 3  # 1-based row of the first indicator
        last_data = first_data + 63
        merges = [(m.min_col, m.min_row, m.max_col, m.max_row) for m in self.sheet.merged_cells.ranges]
        self.assertTrue(merges)
        for min_col, min_row, max_col, max_row in merges:
            self.assertEqual(min_col, max_col)          # down one column only
            self.assertLess(min_row, max_row)           # never a single cell
            self.assertGreaterEqual(min_row, first_data)
            self.assertLessEqual(max_row, last_data)
            self.assertIsNotNone(self.sheet.cell(min_row, min_col).value)  # the value on top
        # Each komponen's NO (A) and KOMPONEN (B) cells cover its rows: six komponen, six
        # ranges in each column, tiling the data rows.
        for col in (1, 2):
            spans = sorted((r0, r1) for c0, r0, c1, r1 in merges if c0 == col)
            self.assertEqual(len(spans), 6)
            self.assertEqual(spans[0][0], first_data)
            self.assertEqual(spans[-1][1], last_data)
            for (a0, a1), (b0, b1) in zip(spans, spans[1:]):
                self.assertEqual(b0, a1 + 1)
        numbers = [self.sheet.cell(r0, 1).value for c0, r0, c1, r1 in sorted(merges) if c0 == 1]
        self.assertEqual(numbers, ["1.", "2.", "3.", "4.", "5.", "6."])

    def test_template(self):
        path = os.path.join(self.tmp.name, "template.xlsx")
        zi("plan", "template", "-o", path, "--example")
        book = openpyxl.load_workbook(path)
        rows = list(book["Rencana Aksi"].iter_rows(values_only=True))
        book.close()
        self.assertEqual(list(rows[0][:8]), TITLES)
        self.assertEqual(list(rows[1][:8]), ["(%d)" % i for i in range(1, 9)])
        self.assertEqual(len(rows), 3)
        self.assertEqual(rows[2][:2], ("1.", "Manajemen Perubahan"))


if __name__ == "__main__":
    unittest.main()
