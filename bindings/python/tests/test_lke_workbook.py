"""The LKE workbook through the C ABI (docs/lke-workbook.md): a workbook in the circulated
layout written by openpyxl imports with every answer; libzi's export reads back to the same
answer set; ONE LibreOffice headless run recalculates the exported and the openpyxl-made
workbooks, whose formulas must show libzi's values for every sub-area and total once the two
known defects are corrected, and where answers are blank or a ratio is 0/0 libzi's rules
stand and the difference is reported; bad workbooks are reported by sheet and cell."""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

import zi

from .support import SOURCE_DIR


def source_path(*parts):
    return os.path.join(SOURCE_DIR, *parts)


try:
    import openpyxl
except ImportError:  # pragma: no cover - Debian's python3-openpyxl is a test dependency
    openpyxl = None

MAKE = source_path("tests", "lke_workbook", "make_workbook.py")
WORKED = source_path("tests", "data", "lke", "worked-example.json")
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable


def make_workbook(out, answers_path, *extra):
    subprocess.run([PYTHON, MAKE, out, "--answers", answers_path, *extra], check=True)


def finding(findings, code, where):
    for f in findings:
        if f["code"] == code and f["where"] == where:
            return f
    return None


def worked_with_notes(tmp):
    """The worked example with notes, evidence, prior WBK and an LHKASN of 4/8 (so that the
    L175 defect shows)."""
    with open(WORKED, encoding="utf-8") as f:
        doc = json.load(f)
    doc["prior_wbk"] = True
    doc["answers"]["P.MP.i.a"] = {"unit": "Ya", "note": "SK Tim ZI 12/2026",
                                  "evidence": "SK Tim ZI\nhttps://drive.example/sk"}
    doc["answers"]["P.TL.i.a"] = {"unit": doc["answers"]["P.TL.i.a"], "evidence": "https://drive.example/sop"}
    doc["answers"]["R.PW.iii.b.d"] = 4
    path = os.path.join(tmp, "answers.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)
    return path


@unittest.skipIf(openpyxl is None, "python3-openpyxl is not installed")
class LkeWorkbookTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="zi-lke-wb-")
        cls.rubric = zi.LkeRubric.default()
        cls.answers_path = worked_with_notes(cls.tmp)
        cls.answers = zi.LkeAnswers.load(cls.answers_path, cls.rubric)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def path(self, name):
        return os.path.join(self.tmp, name)

    # (1) a workbook in the circulated layout written by openpyxl imports with every answer
    def test_openpyxl_workbook_imports_every_answer(self):
        out = self.path("openpyxl-circulated.xlsx")
        make_workbook(out, self.answers_path)
        result = zi.lke_workbook_import(out, self.rubric)
        self.assertTrue(result.ok, result.findings)
        self.assertEqual(result.answers.to_json(), self.answers.to_json())
        self.assertEqual(finding(result.findings, "lke_workbook_defect", "LKE ZI!J8")["severity"], "warning")
        self.assertIsNotNone(finding(result.findings, "lke_workbook_defect", "LKE ZI!L175"))
        # openpyxl stores no cached results: nothing to compare, and it says so.
        self.assertIsNotNone(finding(result.findings, "lke_workbook_not_calculated", "LKE ZI"))
        self.assertEqual(result.values, [])

    # (2) libzi's export read back gives the same answer set
    def test_export_then_import_is_the_same_set(self):
        for corrected in (False, True):
            out = zi.lke_workbook_export(self.answers, correct_defects=corrected)
            self.assertEqual(out.xlsx[:2], b"PK")
            back = zi.lke_workbook_import(out.xlsx, self.rubric)
            self.assertTrue(back.ok, back.findings)
            self.assertEqual(back.answers.to_json(), self.answers.to_json())
            # a real reader sees the sheets, the answers and the item texts where the layout says
            path = self.path("export-%d.xlsx" % corrected)
            with open(path, "wb") as f:
                f.write(out.xlsx)
            wb = openpyxl.load_workbook(path)
            self.assertEqual(wb.sheetnames, ["Utama", "Ctt Eval", "LKE ZI"])
            ws = wb["LKE ZI"]
            self.assertEqual(ws["K8"].value, "Ya")
            self.assertEqual(ws["J8"].value, "Ya/Tidak" if corrected else "Ya")
            self.assertEqual(ws["K129"].value, 10)
            self.assertEqual(ws["K202"].value, 3.62)
            self.assertEqual(ws["L175"].value, "=SUM(L176,L183)" if corrected else "=AVERAGE(L176:L179)*2")
            self.assertTrue(ws.protection.sheet)
            self.assertFalse(ws["K8"].protection.locked)
            self.assertEqual(ws["O8"].value, "SK Tim ZI 12/2026")
            self.assertEqual((ws["P8"].value, ws["Q8"].value), ("SK Tim ZI", "https://drive.example/sk"))

    # (3) ONE LibreOffice run recalculates; its values are libzi's (defects corrected)
    @unittest.skipIf(shutil.which("soffice") is None, "LibreOffice (soffice) is not installed")
    # ctest runs this test on its own (python.lke_workbook_libreoffice, label libreoffice).
    @unittest.skipIf(os.environ.get("ZI_TEST_SKIP_LIBREOFFICE") == "1", "run by python.lke_workbook_libreoffice")
    def test_libreoffice_recalculation_shows_libzis_values(self):
        with open(self.answers_path, encoding="utf-8") as f:
            blank_doc = json.load(f)
        del blank_doc["answers"]["P.MP.ii.c"]           # P.MP.ii: AVERAGE skips it
        blank_doc["answers"]["R.AK.i.a"] = 0            # R.AK.i: 0/0 -> #DIV/0!
        blank_doc["answers"]["R.AK.i.b"] = 0
        blank_path = self.path("blank.json")
        with open(blank_path, "w", encoding="utf-8") as f:
            json.dump(blank_doc, f)
        blank = zi.LkeAnswers.load(blank_path, self.rubric)

        files = {
            "libzi-corrected.xlsx": zi.lke_workbook_export(self.answers, correct_defects=True),
            "libzi-circulated.xlsx": zi.lke_workbook_export(self.answers),
            "libzi-blank.xlsx": zi.lke_workbook_export(blank, correct_defects=True),
        }
        for name, out in files.items():
            with open(self.path(name), "wb") as f:
                f.write(out.xlsx)
        make_workbook(self.path("openpyxl-corrected.xlsx"), self.answers_path, "--corrected")
        make_workbook(self.path("openpyxl-circulated.xlsx"), self.answers_path)
        names = list(files) + ["openpyxl-corrected.xlsx", "openpyxl-circulated.xlsx"]

        # A profile that recalculates every formula on load (never trusting cached results).
        profile = self.path("lo-profile")
        os.makedirs(os.path.join(profile, "user"))
        with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as f:
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                    'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
                    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                    '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">'
                    '<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n'
                    '</oor:items>\n')
        outdir = self.path("recalculated")
        # LibreOffice is a separate program: it must not inherit the sanitizer runtime that
        # the ASan build preloads into this interpreter (it would crawl and time out).
        env = {k: v for k, v in os.environ.items() if k not in ("LD_PRELOAD", "ASAN_OPTIONS", "UBSAN_OPTIONS")}
        subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless",
                        "--convert-to", "xlsx", "--outdir", outdir] + [self.path(n) for n in names],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300, env=env)

        score = self.rubric.score(self.answers)
        layout = json.loads(zi_layout_text())
        # Every sub-area and total, read straight from LibreOffice's results by openpyxl.
        for name in ("libzi-corrected.xlsx", "openpyxl-corrected.xlsx"):
            ws = openpyxl.load_workbook(os.path.join(outdir, name), data_only=True)["LKE ZI"]
            compared = 0
            for row in layout["rows"]:
                expected = libzi_value(row, score, self.rubric)
                if expected is None:
                    continue
                got = ws["L%d" % row["row"]].value
                self.assertIsInstance(got, (int, float), "%s L%d" % (name, row["row"]))
                self.assertAlmostEqual(got, expected, delta=1e-9, msg="%s L%d %s" % (name, row["row"], row))
                compared += 1
            self.assertEqual(compared, 68)
            # and libzi's own comparison of the recalculated file agrees
            result = zi.lke_workbook_import(os.path.join(outdir, name), self.rubric)
            self.assertTrue(result.ok, result.findings)
            self.assertEqual([v for v in result.values if v["differs"]], [])
            self.assertEqual(result.answers.to_json(), self.answers.to_json())

        # As circulated: LibreOffice's values differ exactly where libzi said they would.
        exported = files["libzi-circulated.xlsx"]
        ws = openpyxl.load_workbook(os.path.join(outdir, "libzi-circulated.xlsx"), data_only=True)["LKE ZI"]
        self.assertAlmostEqual(ws["L7"].value, 0.25, delta=1e-9)    # P.MP.i without a
        self.assertAlmostEqual(ws["L175"].value, 2.0, delta=1e-9)   # 2 x LHKPN; libzi 1 + 0.5
        predicted = {v["cell"]: v for v in exported.values}
        for cell in ("L7", "L175", "L208"):
            self.assertTrue(predicted[cell]["differs"], cell)
            self.assertAlmostEqual(ws[cell].value, predicted[cell]["workbook"], delta=1e-9)
        self.assertAlmostEqual(predicted["L175"]["libzi"], 1.5, delta=1e-12)
        for name in ("libzi-circulated.xlsx", "openpyxl-circulated.xlsx"):
            result = zi.lke_workbook_import(os.path.join(outdir, name), self.rubric)
            differs = sorted(v["cell"] for v in result.values if v["differs"])
            # J8: P.MP.i and everything above it; L175: R.PW.iii and everything above it
            self.assertEqual(differs, sorted(["L4", "L5", "L6", "L7", "L125", "L167", "L175", "L198", "L208"]), name)
            self.assertIn("kolom J", finding(result.findings, "lke_workbook_value_differs", "LKE ZI!L7")["message"])

        # Blank and 0/0: the sheet shows AVERAGE's mean and #DIV/0!; libzi's rules stand, reported.
        ws = openpyxl.load_workbook(os.path.join(outdir, "libzi-blank.xlsx"), data_only=True)["LKE ZI"]
        self.assertAlmostEqual(ws["L10"].value, 1.0, delta=1e-9)   # AVERAGE(Ya, A); libzi 2/3
        self.assertEqual(ws["L159"].value, "#DIV/0!")
        self.assertEqual(ws["L208"].value, "#DIV/0!")
        result = zi.lke_workbook_import(os.path.join(outdir, "libzi-blank.xlsx"), self.rubric)
        self.assertTrue(result.ok)
        values = {v["cell"]: v for v in result.values}
        self.assertAlmostEqual(values["L10"]["libzi"], 2 / 3, delta=1e-12)
        self.assertEqual(values["L159"]["error"], "#DIV/0!")
        self.assertAlmostEqual(values["L159"]["libzi"], 2.0, delta=1e-12)
        self.assertIn("kosong", finding(result.findings, "lke_workbook_value_differs", "LKE ZI!L10")["message"])
        self.assertIn("#DIV/0!", finding(result.findings, "lke_workbook_value_differs", "LKE ZI!L159")["message"])
        self.assertIsNotNone(finding(result.findings, "lke_workbook_unanswered", "LKE ZI!K13"))
        self.assertFalse(values["L7"]["differs"])

    # (4) bad workbooks, reported by sheet and cell
    def test_bad_workbooks_are_reported_by_cell(self):
        out = self.path("bad.xlsx")
        make_workbook(out, self.answers_path, "--corrected", "--set", "K8=F", "--set", "K129=dua belas",
                      "--set", "K12=", "--set", "K185=99")
        result = zi.lke_workbook_import(out, self.rubric)
        self.assertFalse(result.ok)
        bad = finding(result.findings, "lke_workbook_bad_option", "LKE ZI!K8")
        self.assertEqual(bad["severity"], "error")
        self.assertIn("'F' bukan pilihan P.MP.i.a (Ya, Tidak)", bad["message"])
        self.assertEqual(finding(result.findings, "lke_workbook_not_a_number", "LKE ZI!K129")["severity"], "error")
        self.assertEqual(finding(result.findings, "lke_workbook_unanswered", "LKE ZI!K12")["severity"], "warning")
        self.assertIsNone(result.answers.get("P.MP.i.a"))

        missing = self.path("missing.xlsx")
        make_workbook(missing, self.answers_path, "--drop-sheet", "LKE ZI")
        with self.assertRaises(zi.InvalidError) as e:
            zi.lke_workbook_import(missing, self.rubric)
        self.assertIn("lembar 'LKE ZI' tidak ada", str(e.exception))
        self.assertIn("'Utama'", str(e.exception))
        with self.assertRaises(zi.InvalidError):
            zi.lke_workbook_import(b"not a workbook", self.rubric)


def zi_layout_text():
    with open(source_path("data", "lke", "workbook-90-2021.json"), encoding="utf-8") as f:
        return f.read()


def libzi_value(row, score, rubric):
    """libzi's value of an aggregate row (None for rows that are not compared)."""
    kind = row["kind"]
    if kind in ("pengungkit", "pengungkit_total"):
        return score.pengungkit
    if kind in ("hasil", "hasil_total"):
        return score.hasil
    if kind == "total":
        return score.total
    data = json.loads(score.to_json())
    if kind == "half":
        return data[row["half"]]
    if kind == "area":
        area = next(a for a in data["areas"] if a["code"] == row["area"])
        return area[row["half"]]
    subs = {s["id"]: s for a in data["areas"] for s in a["subareas"]}
    if kind == "subarea":
        return subs[row["id"]]["score"]
    if kind == "parent":
        return sum(s["score"] for s in subs.values() if s.get("parent") == row["id"])
    if kind == "hasil_group":
        return next(g["score"] for g in data["hasil_groups"] if g["id"] == row["id"])
    if kind == "hasil_item":
        return next(h["score"] for h in data["hasil_items"] if h["id"] == row["id"])
    return None


if __name__ == "__main__":
    unittest.main()
