"""`zi lke suggest --apply ANSWERS -o OUT` (docs/lke.md, "Applying suggestions"): the seed
plan's suggestions written into the worked example, read back from JSON and CSV; only the
suggested questions change. Also `zi lke whatif --lock-file`. Needs ZI_CLI and ZI_SOURCE_DIR
(set by ctest)."""

import csv
import json
import os
import shutil
import subprocess
import tempfile
import unittest

CLI = os.environ.get("ZI_CLI", "zi")
SRC = os.environ.get("ZI_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
ANSWERS = os.path.join(SRC, "tests", "data", "lke", "worked-example.json")
SAMPLE = os.path.join(SRC, "data", "samples", "kpu-sulteng-2026-bukti.csv")
SUGGEST = ["lke", "suggest", "--as-of", "2026-07-01", "--evidence", SAMPLE, "--allow-rejects"]
# The suggestions of the sample as of 2026-07-01, and the worked example's answers to them.
SUGGESTED = {"P.MP.iii.a": "B", "P.SDM.iv.c": "B", "P.PP.iv.a": "C", "R.MP.ii.a": "B"}
BEFORE = {"P.MP.iii.a": "A", "P.SDM.iv.c": "A", "P.PP.iv.a": "A", "R.MP.ii.a": "B"}


def run(*args, check=True):
    p = subprocess.run([CLI, *args], capture_output=True, timeout=120)
    if check and p.returncode != 0:
        raise AssertionError("zi %s: exit %d\n%s" % (" ".join(args), p.returncode, p.stderr.decode()))
    return p


class SuggestApplyTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="zi-lke-apply-")
        with open(ANSWERS, encoding="utf-8") as f:
            cls.original = json.load(f)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    def test_json_round_trip(self):
        out = os.path.join(self.dir, "applied.json")
        p = run(*SUGGEST, "--apply", ANSWERS, "-o", out)
        text = p.stdout.decode("utf-8")
        self.assertIn("set jawaban ditulis ke " + out, text)
        self.assertRegex(text, r"\nP\.MP\.iii\.a +A +B +diubah\n")
        self.assertRegex(text, r"\nR\.MP\.ii\.a +B +B +sudah sama, tidak berubah\n")
        self.assertIn("3 dari 4 jawaban yang disarankan berubah", text)
        with open(out, encoding="utf-8") as f:
            applied = json.load(f)
        for key in ("format", "satker", "year", "rubric", "prior_wbk"):
            self.assertEqual(applied[key], self.original[key], key)
        expected = dict(self.original["answers"])
        expected.update(SUGGESTED)
        self.assertEqual(applied["answers"], expected)
        # Applying again changes nothing; the file scores like any answer set.
        again = os.path.join(self.dir, "again.json")
        self.assertIn("0 dari 4 jawaban", run(*SUGGEST, "--apply", out, "-o", again).stdout.decode())
        with open(again, encoding="utf-8") as f:
            self.assertEqual(json.load(f), applied)
        self.assertEqual(run("lke", "score", out, "--json").returncode, 0)

    def test_csv_output_and_tpi_layer(self):
        out = os.path.join(self.dir, "applied.csv")
        run(*SUGGEST, "--apply", ANSWERS, "-o", out, "--layer", "TPI")
        with open(out, encoding="utf-8", newline="") as f:
            rows = {r["question"]: r for r in csv.DictReader(line for line in f if not line.startswith("#"))}
        for q, a in SUGGESTED.items():
            self.assertEqual(rows[q]["tpi"], a, q)
            self.assertEqual(rows[q]["unit"], BEFORE[q], q)  # the unit layer is kept
        self.assertEqual(rows["H.IPKP"]["unit"], "3.45")

    def test_command_line_errors(self):
        for args, message in (
                (["--apply", ANSWERS], "--apply JAWABAN perlu -o"),
                (["--apply", ANSWERS, "-o", os.path.join(self.dir, "x.xlsx")], "ditulis sebagai .json atau .csv"),
                (["--apply", ANSWERS, "-o", os.path.join(self.dir, "x.json"), "--json"], "--json tidak berlaku"),
                (["--layer", "tpi"], "--layer hanya berlaku dengan --apply")):
            with self.subTest(args=args):
                p = run(*SUGGEST, *args, check=False)
                self.assertEqual(p.returncode, 2, p.stderr)
                self.assertIn(message, p.stderr.decode("utf-8"))
        p = run(*SUGGEST, "--apply", os.path.join(self.dir, "missing.json"), "-o",
                os.path.join(self.dir, "y.json"), check=False)
        self.assertEqual(p.returncode, 1)
        self.assertFalse(os.path.exists(os.path.join(self.dir, "y.json")))

    def test_text_reads_as_sentences(self):
        text = run(*SUGGEST).stdout.decode("utf-8")
        self.assertIn("P.MP.iii.a  saran jawaban: B\n  Pertanyaan : ", text)
        self.assertIn("  Dasarnya   : 35 dari 63 keluaran rencana aksi yang jatuh tempo per 1 Juli 2026 "
                      "selesai tepat waktu (55,6%). Sebagian besar", text)
        self.assertIn("mendukung jawaban B", text)

    def test_whatif_lock_file(self):
        locks = os.path.join(self.dir, "locks.txt")
        with open(locks, "w", encoding="utf-8") as f:
            f.write("\ufeff# pertanyaan yang tidak akan diubah\nR.SDM.ii.a\n\nP.MP.i.a, P.MP.i.b  # dua\n")
        r = json.loads(run("lke", "whatif", ANSWERS, "--predicate", "wbbm", "--lock-file", locks,
                           "--json").stdout)
        self.assertEqual(r["locked"][:3], ["P.MP.i.a", "P.MP.i.b", "R.SDM.ii.a"])
        self.assertNotIn("R.SDM.ii.a", [s["question"] for s in r["steps"]])
        # The same as --lock.
        direct = json.loads(run("lke", "whatif", ANSWERS, "--predicate", "wbbm", "--lock",
                                "R.SDM.ii.a", "--lock", "P.MP.i.a,P.MP.i.b", "--json").stdout)
        self.assertEqual(direct, r)


if __name__ == "__main__":
    unittest.main()
