"""Evidence as Excel and LibreOffice write it, and every report as CSV and XLSX (issue #12).

The evidence files are made here by real writers: Python writing the exact bytes Excel's
"CSV" exports have (';' + BOM + CRLF, UTF-16 LE with BOM and tabs, Windows-1252), openpyxl
writing an XLSX with serial dates, and LibreOffice headless converting that XLSX to CSV.
Each must import to the same records as the plain CSV. Then every reporting command writes
CSV and XLSX, and the XLSX, opened with openpyxl (and converted by LibreOffice), holds the
numbers of --json. One soffice run does every conversion (it is slow to start).

Needs ZI_CLI (the zi binary), python3-openpyxl and, for the LibreOffice cases, soffice.
"""

import csv
import datetime
import io
import json
import os
import shutil
import subprocess
import tempfile
import unittest

import openpyxl

ZI = os.environ.get("ZI_CLI", "zi")
SRC = os.environ.get("ZI_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
SAMPLE = os.path.join(SRC, "data", "samples", "kpu-sulteng-2026-bukti.csv")
ANSWERS = os.path.join(SRC, "tests", "data", "lke", "worked-example.csv")
AS_OF = "2026-07-01"

# The records every shape holds: (indicator, occurrence, date, status, count, ref) of the
# default plan (KPU-72). 20/01 proves the dd/mm files day-first.
RECORDS = [
    ("1.1.1.1", "1", datetime.date(2026, 1, 20), "verified", 1, "SK 3/2026"),
    ("1.3.1.1", "2", datetime.date(2026, 5, 4), "submitted", 2, "Notulen rapat – Tim ZI (é)"),
    ("1.3.1.1", "1", datetime.date(2026, 3, 15), "rejected", 1, ""),
    ("1.2.1.1", "", datetime.date(2026, 2, 3), "verified", 1, "Keputusan Nomor 6; lampiran"),
]
WORDS = {"verified": "Terverifikasi", "submitted": "Diajukan", "rejected": "DITOLAK"}
ID_HEADER = ["Kode Satker", "Indikator", "Periode", "Tanggal", "Status", "Jumlah", "Keterangan"]


def run(*args, check=True):
    p = subprocess.run([ZI, *args], capture_output=True)
    if check and p.returncode != 0:
        raise AssertionError("zi %s: exit %d\n%s" % (" ".join(args), p.returncode, p.stderr.decode()))
    return p


def rows_id(records, date_fmt):
    return [["KPU-72", i, o, d.strftime(date_fmt), WORDS[s], str(c), r] for i, o, d, s, c, r in records]


def csv_text(header, rows, delimiter):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def soffice():
    return shutil.which("soffice") or shutil.which("libreoffice")


class SpreadsheetCliTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="zi-sheets-")
        d = cls.dir
        plain = csv_text(["satker", "indicator", "occurrence", "date", "status", "count", "ref"],
                         [["KPU-72", i, o, dt.isoformat(), s, str(c), r] for i, o, dt, s, c, r in RECORDS], ",")
        cls.files = {}

        def put(name, data, *options):
            path = os.path.join(d, name)
            with open(path, "wb") as f:
                f.write(data)
            cls.files[name] = (path, list(options))

        put("plain.csv", plain.encode("utf-8"))
        # Excel "CSV UTF-8" on an Indonesian-locale Windows: BOM, ';', CRLF, dd/mm/yyyy.
        put("excel-utf8.csv", b"\xef\xbb\xbf" + csv_text(ID_HEADER, rows_id(RECORDS, "%d/%m/%Y"), ";").encode("utf-8"))
        # Excel "Unicode Text": UTF-16 LE with BOM, tab-separated.
        put("excel-unicode.txt", b"\xff\xfe" + csv_text(ID_HEADER, rows_id(RECORDS, "%d/%m/%Y"), "\t").encode("utf-16-le"))
        # Excel "CSV (Comma delimited)": Windows-1252, ';', dd-mm-yyyy.
        put("excel-cp1252.csv", csv_text(ID_HEADER, rows_id(RECORDS, "%d-%m-%Y"), ";").encode("cp1252"),
            "--encoding", "cp1252")
        # Indonesian month names.
        months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                  "Oktober", "November", "Desember"]
        long_rows = [["KPU-72", i, o, "%d %s %d" % (dt.day, months[dt.month - 1], dt.year), WORDS[s], str(c), r]
                     for i, o, dt, s, c, r in RECORDS]
        put("bulan.csv", csv_text(ID_HEADER, long_rows, ",").encode("utf-8"))
        # openpyxl: dates as serial numbers with a date format, counts as numbers.
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Bukti"
        ws.append(ID_HEADER)
        for i, o, dt, s, c, r in RECORDS:
            ws.append(["KPU-72", i, int(o) if o else None, datetime.datetime(dt.year, dt.month, dt.day), WORDS[s], c, r])
            ws.cell(ws.max_row, 4).number_format = "DD/MM/YYYY"
        xlsx = os.path.join(d, "openpyxl.xlsx")
        wb.save(xlsx)
        cls.files["openpyxl.xlsx"] = (xlsx, [])

        # Reports, each as --json, CSV and XLSX.
        ev = ["--evidence", SAMPLE, "--allow-rejects"]
        cls.commands = {
            "score": ["score", "--as-of", AS_OF, *ev],
            "agenda": ["agenda", "--as-of", AS_OF, *ev],
            "explain": ["explain", "--indicator", "1.3.1.1", "--as-of", AS_OF, *ev],
            "explain_plan": ["explain", "--as-of", AS_OF, *ev],
            "portfolio": ["portfolio", "--as-of", AS_OF, "--synthetic", "3", "--with-default"],
            "lke_score": ["lke", "score", ANSWERS],
            "lke_check": ["lke", "check", ANSWERS, "--predicate", "wbbm"],
            "lke_whatif": ["lke", "whatif", ANSWERS, "--predicate", "wbbm"],
            "lke_suggest": ["lke", "suggest", "--as-of", AS_OF, *ev],
            "evidence_check": ["evidence", "check", cls.files["plain.csv"][0]],
        }
        cls.json, cls.xlsx, cls.csv = {}, {}, {}
        for name, args in cls.commands.items():
            cls.json[name] = json.loads(run(*args, "--json").stdout) if name != "evidence_check" else None
            x = os.path.join(d, name + ".xlsx")
            c = os.path.join(d, name + ".csv")
            run(*args, "-o", x)  # the format from the extension
            run(*args, "--format", "csv", "-o", c)
            cls.xlsx[name] = x
            cls.csv[name] = c

        # One LibreOffice run converts the evidence XLSX and the score workbook to CSV.
        cls.lo = None
        if soffice():
            out = os.path.join(d, "lo")
            os.makedirs(out)
            score_copy = os.path.join(d, "score-lo.xlsx")
            shutil.copy(cls.xlsx["score"], score_copy)
            subprocess.run([soffice(), "--headless", "-env:UserInstallation=file://" + os.path.join(d, "profile"),
                            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", out,
                            xlsx, score_copy], capture_output=True, timeout=300)
            cls.lo = out

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    def accepted(self, path, options=()):
        """The accepted records, as `zi evidence check --format csv --sheet Diterima` lists them."""
        p = run("evidence", "check", path, *options, "--format", "csv", "--sheet", "Diterima")
        rows = list(csv.DictReader(io.StringIO(p.stdout.decode("utf-8"))))
        return [(r["Satker"], r["Indikator"], r["Periode"], r["Tanggal"], r["Status"], r["Jumlah"], r["Tautan"])
                for r in rows]

    # ---- evidence in every shape ---------------------------------------------------------

    def test_every_shape_imports_to_the_same_records(self):
        expected = self.accepted(*self.files["plain.csv"])
        self.assertEqual(len(expected), 4)
        self.assertEqual(expected[1], ("KPU-72", "1.3.1.1", "2", "2026-05-04", "submitted", "2",
                                       "Notulen rapat – Tim ZI (é)"))
        for name in ("excel-utf8.csv", "excel-unicode.txt", "excel-cp1252.csv", "bulan.csv", "openpyxl.xlsx"):
            with self.subTest(name):
                self.assertEqual(self.accepted(*self.files[name]), expected)

    def test_libreoffice_csv_of_the_xlsx_imports_the_same(self):
        if not self.lo:
            self.skipTest("no soffice")
        path = os.path.join(self.lo, "openpyxl.csv")
        self.assertTrue(os.path.exists(path), os.listdir(self.lo))
        with open(path, encoding="utf-8") as f:
            self.assertIn("20/01/2026", f.read())  # as displayed: day-first
        self.assertEqual(self.accepted(path), self.accepted(*self.files["plain.csv"]))

    def test_cp1252_without_the_option_is_refused_with_a_hint(self):
        p = run("evidence", "check", self.files["excel-cp1252.csv"][0], check=False)
        self.assertEqual(p.returncode, 1)
        self.assertIn("cp1252", p.stderr.decode())

    def test_ambiguous_dates_are_a_file_error_and_the_option_decides(self):
        path = os.path.join(self.dir, "ambiguous.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("indikator;periode;tanggal\r\n1.3.1.1;1;03/02/2026\r\n1.3.1.1;2;04/05/2026\r\n")
        p = run("evidence", "check", path, check=False)
        self.assertEqual(p.returncode, 1)
        self.assertIn("urutan tanggal meragukan", p.stderr.decode())
        got = self.accepted(path, ["--date-order", "month-first"])
        self.assertEqual([r[3] for r in got], ["2026-03-02", "2026-04-05"])
        p = run("evidence", "check", path, "--date-order", "sideways", check=False)
        self.assertEqual(p.returncode, 2)

    def test_infer_occurrence_with_a_note_per_row(self):
        path = os.path.join(self.dir, "infer.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("indikator,tanggal,status\n1.3.1.1,2026-05-04,terverifikasi\n")
        p = run("evidence", "check", path, check=False)
        self.assertEqual(p.returncode, 1)
        self.assertIn("--infer-occurrence", p.stdout.decode())
        p = run("evidence", "check", path, "--infer-occurrence")
        self.assertIn("periode 2 dari indikator 1.3.1.1 disimpulkan dari tanggal 2026-05-04", p.stdout.decode())
        p = run("score", "--as-of", AS_OF, "--evidence", path, "--infer-occurrence", "--json")
        self.assertIn("disimpulkan dari tanggal", p.stderr.decode())

    def test_template_filled_with_openpyxl_imports_as_is(self):
        tpl = os.path.join(self.dir, "template.xlsx")
        run("evidence", "template", "--format", "xlsx", "-o", tpl)
        wb = openpyxl.load_workbook(tpl)
        ws = wb["Bukti"]
        header = [c.value for c in ws[1]]
        self.assertEqual(header[:2], ["Kode satker", "Indikator"])
        col = {h: i + 1 for i, h in enumerate(header)}
        filled = []
        for r in range(2, ws.max_row + 1):
            if ws.cell(r, col["Indikator"]).value == "1.3.1.1":
                due = ws.cell(r, col["Jatuh tempo"]).value
                ws.cell(r, col["Tanggal"]).value = due
                ws.cell(r, col["Status"]).value = "terverifikasi"
                ws.cell(r, col["Jumlah"]).value = 1
                ws.cell(r, col["Tautan"]).value = "https://contoh.go.id/laporan-%d" % r
                filled.append((str(ws.cell(r, col["Periode"]).value), due.date().isoformat()))
        self.assertEqual(len(filled), 4)  # quarterly
        wb.save(tpl)
        got = self.accepted(tpl)
        self.assertEqual([(r[2], r[3]) for r in got], filled)
        p = run("evidence", "check", tpl)
        self.assertIn("baris templat", p.stdout.decode())
        # The CSV template too, filled as text.
        tcsv = os.path.join(self.dir, "template.csv")
        run("evidence", "template", "-o", tcsv)
        with open(tcsv, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        rows[1][9:13] = ["20/01/2026", "Terverifikasi", "1", "SK"]
        with open(tcsv, "w", encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\r\n").writerows(rows)
        got = self.accepted(tcsv)
        self.assertEqual(got, [("KPU-72", rows[1][1], rows[1][4], "2026-01-20", "verified", "1", "SK")])

    # ---- every report as a table ----------------------------------------------------------

    def sheet(self, name, title):
        wb = openpyxl.load_workbook(self.xlsx[name])
        ws = wb[title]
        rows = list(ws.iter_rows(values_only=True))
        # Skip title lines above the header: the header is the first row whose cells are all filled.
        k = next(i for i, r in enumerate(rows) if r and all(v is not None for v in r))
        return ws, [dict(zip(rows[k], r)) for r in rows[k + 1:]]

    def assertNum(self, a, b):
        if b is None:
            self.assertIsNone(a)
        else:
            self.assertAlmostEqual(a, b, places=9)

    def assertFraction(self, cell, points):
        """A sheet's Nilai is a fraction (shown as a percentage); the JSON `score` is 0..100."""
        self.assertNum(cell, None if points is None else points / 100)

    def test_every_command_writes_csv_and_xlsx(self):
        for name in self.commands:
            with self.subTest(name):
                with open(self.csv[name], "rb") as f:
                    data = f.read()
                self.assertTrue(data.endswith(b"\r\n"), name)
                rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
                # The evidence check's CSV is its rejected rows: the plain file has none.
                self.assertGreaterEqual(len(rows), 1 if name == "evidence_check" else 2)
                wb = openpyxl.load_workbook(self.xlsx[name])
                self.assertGreaterEqual(len(wb.sheetnames), 1)
                for ws in wb.worksheets:
                    self.assertIsNotNone(ws.freeze_panes, (name, ws.title))

    def test_score_xlsx_has_the_json_numbers(self):
        j = self.json["score"]
        _, summary = self.sheet("score", "Ringkasan")
        self.assertNum({r["Keterangan"]: r["Nilai"] for r in summary}["Nilai rencana aksi (0-100)"], j["score"])
        ws, comps = self.sheet("score", "Komponen")
        want = []
        for c in j["components"]:
            want.append((c["id"], c["weight"], c["score"]))
            want.extend((a["id"], a["weight"], a["score"]) for a in c["aspects"])
        self.assertEqual(len(comps), len(want))
        for row, (id_, weight, score) in zip(comps, want):
            self.assertEqual(row["Kode"], id_)
            self.assertNum(row["Bobot"], weight)
            self.assertFraction(row["Nilai"], score)
        self.assertEqual(ws["E3"].number_format, "0.0%")
        _, inds = self.sheet("score", "Indikator")
        jinds = [i for c in j["components"] for a in c["aspects"] for i in a["indicators"]]
        self.assertEqual([r["Indikator"] for r in inds], [i["id"] for i in jinds])
        for row, i in zip(inds, jinds):
            self.assertFraction(row["Nilai"], i["score"])
            self.assertNum(row["Kemajuan"], i["progress"])
        _, occ = self.sheet("score", "Keluaran")
        jocc = [(i["id"], o) for i in jinds for o in i["occurrences"]]
        self.assertEqual(len(occ), len(jocc))
        for row, (iid, o) in zip(occ, jocc):
            self.assertEqual((row["Indikator"], row["Periode"]), (iid, o["index"]))
            self.assertEqual(row["Jatuh tempo"].date().isoformat(), o["due"])
            self.assertEqual((row["Tepat waktu"], row["Terlambat"], row["Kode status"]),
                             (o["on_time"], o["late"], o["status"]))
            self.assertNum(row["Kredit"], o["credit"])
        # The CSV holds the primary sheet, Indikator.
        with open(self.csv["score"], encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        self.assertEqual([r["Indikator"] for r in rows], [i["id"] for i in jinds])

    def test_score_xlsx_opens_in_libreoffice_with_the_same_numbers(self):
        if not self.lo:
            self.skipTest("no soffice")
        path = os.path.join(self.lo, "score-lo.csv")
        self.assertTrue(os.path.exists(path), os.listdir(self.lo))
        with open(path, encoding="utf-8") as f:
            text = f.read()
        self.assertIn("Laporan Kepatuhan Rencana Aksi Zona Integritas", text)
        self.assertIn("KPU-72", text)

    def test_agenda_explain_portfolio_and_lke_xlsx_have_the_json_numbers(self):
        j = self.json["agenda"]
        _, summary = self.sheet("agenda", "Ringkasan")
        s = {r["Keterangan"]: r["Nilai"] for r in summary}
        self.assertEqual(s["Keluaran terlambat"], j["counts"]["overdue"])
        self.assertEqual(s["Keluaran berjalan"], j["counts"]["open"])
        _, items = self.sheet("agenda", "Agenda")
        self.assertEqual(len(items), len(j["overdue"]) + len(j["due_soon"]) + len(j["upcoming"]))

        t = self.json["explain"]
        _, occ = self.sheet("explain", "Keluaran")
        self.assertEqual([r["Periode"] for r in occ], [o["index"] for o in t["occurrences"]])
        tp = self.json["explain_plan"]
        _, terms = self.sheet("explain_plan", "Rincian")
        self.assertEqual([r["Kode"] for r in terms], [x["id"] for x in tp["terms"]])
        for row, x in zip(terms, tp["terms"]):
            self.assertNum(row["Nilai"], x["score"])

        p = self.json["portfolio"]
        _, rank = self.sheet("portfolio", "Peringkat")
        self.assertEqual([r["Kode"] for r in rank], p["ranking"])
        by_code = {x["code"]: x for x in p["satker"]}
        for row in rank:
            self.assertNum(row["Nilai"], by_code[row["Kode"]]["score"])
        _, roll = self.sheet("portfolio", "Rekap per induk")
        self.assertEqual([r["Induk"] for r in roll], [x["parent"] for x in p["rollups"]])

        ls = self.json["lke_score"]
        _, areas = self.sheet("lke_score", "Area")
        self.assertEqual([r["Kode"] for r in areas], [a["code"] for a in ls["areas"]])
        _, summary = self.sheet("lke_score", "Ringkasan")
        self.assertNum({r["Keterangan"]: r["Nilai"] for r in summary}["Nilai total"], ls["total"])

        lc = self.json["lke_check"]
        _, crit = self.sheet("lke_check", "Kriteria")
        self.assertEqual(len(crit), len(lc["criteria"]))
        for row, c in zip(crit, lc["criteria"]):
            self.assertEqual(row["Kode"], c["id"])
            self.assertNum(row["Nilai"], c["value"])

        lw = self.json["lke_whatif"]
        _, steps = self.sheet("lke_whatif", "Langkah") if lw["steps"] else (None, [])
        self.assertEqual(len(steps), len(lw["steps"]))

        sg = self.json["lke_suggest"]
        _, sug = self.sheet("lke_suggest", "Saran")
        self.assertEqual([r["Pertanyaan"] for r in sug], [x["question"] for x in sg["suggestions"]])

    def test_portfolio_summarises_other_satker_in_one_line_each(self):
        path = os.path.join(self.dir, "nasional.csv")
        rows = ["satker,indicator,occurrence,date", "KPU-72,1.1.1.1,1,2026-01-20"]
        rows += ["KPU-%d,1.1.1.1,1,2026-01-20" % (11 + k % 3) for k in range(30)]
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(rows) + "\n")
        p = run("portfolio", "--as-of", AS_OF, "--evidence", path, "--json")
        err = p.stderr.decode()
        self.assertEqual(err.count("evidence_other_satker"), 3, err)
        self.assertIn("10 baris bukti satker KPU-11", err)
        self.assertNotIn("bukti ditolak", err)

    def test_output_options(self):
        p = run("score", "--as-of", AS_OF, "--format", "ods", check=False)
        self.assertEqual(p.returncode, 2)
        self.assertIn("--format harus text, json, csv atau xlsx, bukan 'ods'", p.stderr.decode())
        p = run("score", "--as-of", AS_OF, "--json", "--format", "csv", check=False)
        self.assertEqual(p.returncode, 2)
        p = run("score", "--as-of", AS_OF, "--format", "csv", "--sheet", "Keluaran")
        self.assertTrue(p.stdout.startswith("Indikator,Uraian indikator,Periode".encode()))
        p = run("score", "--as-of", AS_OF, "--format", "csv", "--sheet", "Tidak Ada", check=False)
        self.assertEqual(p.returncode, 1)
        self.assertIn("Ringkasan, Komponen, Indikator, Keluaran", p.stderr.decode())
        out = os.path.join(self.dir, "score.txt")
        run("score", "--as-of", AS_OF, "-o", out)
        with open(out, encoding="utf-8") as f:
            self.assertIn("NILAI RENCANA AKSI", f.read())


if __name__ == "__main__":
    unittest.main()
