"""The option rules every zi command shares (issue #16 item 3, docs/cli.md).

Decimals as 0,5 and 0.5; enum values in any case; unknown or inapplicable options are
usage errors (exit 2) naming the option; -o's extension chooses the format; a group
without a subcommand lists its subcommands; --limit N / --all on lists.

Run by ctest as cli.cli_options with ZI_CLI and ZI_SOURCE_DIR set.
"""

import csv
import io
import json
import os
import re
import subprocess
import tempfile
import unittest

ZI = os.environ.get("ZI_CLI", "zi")
ROOT = os.environ.get("ZI_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
EVIDENCE = os.path.join(ROOT, "data", "samples", "kpu-sulteng-2026-bukti.csv")
ANSWERS = os.path.join(ROOT, "tests", "data", "lke", "worked-example.json")


def zi(*args, cwd=None):
    p = subprocess.run([ZI, *args], capture_output=True, text=True, timeout=120, cwd=cwd)
    return p.returncode, p.stdout, p.stderr


def score_json(*extra):
    code, out, err = zi("score", "--as-of", "2026-07-01", "--evidence", EVIDENCE,
                        "--allow-rejects", "--json", *extra)
    assert code == 0, err
    return json.loads(out)


class Decimals(unittest.TestCase):
    def test_comma_and_point_are_the_same_number(self):
        comma = score_json("--late-credit", "0,25")
        point = score_json("--late-credit", "0.25")
        half = score_json("--late-credit", "0,5")
        self.assertEqual(comma, point)
        # The value is used, not ignored: the sample has late evidence, so credit moves the score.
        self.assertLess(comma["score"], half["score"])

    def test_portfolio_threshold_with_a_comma(self):
        code, out, err = zi("portfolio", "--as-of", "2026-07-01", "--json", "--threshold", "72,5")
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["threshold"], 72.5)

    def test_not_a_number(self):
        for bad in ("1,2,3", "0,5x", "", "nan", "inf", "1e3", "0,5.1"):
            with self.subTest(value=bad):
                code, _, err = zi("score", "--as-of", "2026-07-01", "--late-credit", bad)
                self.assertEqual(code, 1, err)
                self.assertIn("--late-credit", err)


class Enums(unittest.TestCase):
    def test_predicate_in_any_case(self):
        lower = zi("lke", "check", ANSWERS, "--predicate", "wbk", "--json")
        upper = zi("lke", "check", ANSWERS, "--predicate", "WBK", "--json")
        self.assertEqual(lower[0], 0, lower[2])
        self.assertEqual(upper, lower)

    def test_layer_and_format_in_any_case(self):
        self.assertEqual(zi("lke", "score", ANSWERS, "--layer", "TPI", "--json"),
                         zi("lke", "score", ANSWERS, "--layer", "tpi", "--json"))
        code, out, err = zi("plan", "template", "--format", "CSV")
        self.assertEqual(code, 0, err)
        self.assertEqual(zi("satker", "list", "--level", "Provinsi", "--limit", "1")[0], 0)

    def test_a_bad_value_lists_the_allowed_ones_in_indonesian(self):
        code, _, err = zi("lke", "score", ANSWERS, "--layer", "x")
        self.assertEqual(code, 2)
        self.assertIn("--layer harus unit atau tpi, bukan 'x'", err)
        code, _, err = zi("plan", "show", "--format", "pdf")
        self.assertEqual(code, 2)
        self.assertIn("--format harus text atau json, bukan 'pdf'", err)
        code, _, err = zi("score", "--as-of", "2026-07-01", "--date-order", "sideways")
        self.assertEqual(code, 2)
        self.assertIn("--date-order harus auto, day-first atau month-first", err)


class UnknownOptions(unittest.TestCase):
    def test_unknown_option_is_named(self):
        code, out, err = zi("agenda", "--as-of", "2026-07-01", "--colour")
        self.assertEqual(code, 2)
        self.assertEqual(out, "")
        self.assertIn("pilihan --colour tidak dikenal", err)
        self.assertIn("Penggunaan: zi agenda", err)

    def test_inapplicable_options_are_errors(self):
        for args, option in ((["ics", "--json"], "--json"),
                             (["plan", "show", "--sheet", "x"], "--sheet"),
                             (["report", "--as-of", "2026-07-01", "--json"], "--json"),
                             (["calendar", "show", "--limit", "3"], "--limit")):
            with self.subTest(args=args):
                code, out, err = zi(*args)
                self.assertEqual(code, 2, err)
                self.assertIn(f"pilihan {option} tidak dikenal", err)


class OutputFiles(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def path(self, name):
        return os.path.join(self.dir.name, name)

    def test_lke_template_csv_from_the_extension(self):
        code, out, err = zi("lke", "template", "-o", self.path("t.csv"))
        self.assertEqual(code, 0, err)
        with open(self.path("t.csv"), encoding="utf-8-sig") as f:
            text = f.read()
        self.assertFalse(text.lstrip().startswith("{"), "JSON written into t.csv")
        rows = list(csv.reader(io.StringIO(text)))
        self.assertGreater(len(rows), 50)
        code, _, err = zi("lke", "template", "-o", self.path("t.json"))
        self.assertEqual(code, 0, err)
        with open(self.path("t.json"), encoding="utf-8") as f:
            json.load(f)

    def test_xlsx_and_json_from_the_extension(self):
        code, _, err = zi("agenda", "--as-of", "2026-04-15", "-o", self.path("a.xlsx"))
        self.assertEqual(code, 0, err)
        with open(self.path("a.xlsx"), "rb") as f:
            self.assertEqual(f.read(2), b"PK")
        code, _, err = zi("plan", "show", "-o", self.path("p.JSON"))
        self.assertEqual(code, 0, err)
        with open(self.path("p.JSON"), encoding="utf-8") as f:
            self.assertEqual(json.load(f)["satker"], "KPU-72")
        code, _, err = zi("calendar", "show", "-o", self.path("c.txt"))
        self.assertEqual(code, 0, err)
        with open(self.path("c.txt"), encoding="utf-8") as f:
            self.assertIn("Hari kerja 2026", f.read())

    def test_format_and_extension_must_agree(self):
        code, _, err = zi("lke", "template", "--format", "json", "-o", self.path("t.csv"))
        self.assertEqual(code, 2)
        self.assertIn("tidak cocok", err)
        self.assertFalse(os.path.exists(self.path("t.csv")))
        code, _, err = zi("agenda", "--as-of", "2026-04-15", "--json", "-o", self.path("a.csv"))
        self.assertEqual(code, 2)

    def test_a_format_the_command_cannot_write(self):
        code, _, err = zi("plan", "show", "-o", self.path("p.xlsx"))
        self.assertEqual(code, 2)
        self.assertIn("tidak menulis xlsx", err)
        code, _, err = zi("ics", "-o", self.path("x.json"))
        self.assertEqual(code, 2)
        code, _, err = zi("ics", "-o", self.path("x.ics"))
        self.assertEqual(code, 0, err)
        with open(self.path("x.ics"), encoding="utf-8") as f:
            self.assertTrue(f.read().startswith("BEGIN:VCALENDAR"))


class EveryCommandWrites(unittest.TestCase):
    def test_every_command_takes_o_and_names_its_formats(self):
        code, out, _ = zi("--help")
        commands = re.findall(r"^  zi ([a-z ]+)$", out, re.M)
        self.assertGreater(len(commands), 25)
        # docs/cli.md "Output": generate writes a directory (--out DIREKTORI); plan import,
        # lke import and lke export write one fixed thing with -o (a plan, an answer set, a
        # workbook) beside a report on stdout, so they have no --format of their output.
        fixed = {"plan import", "lke import", "lke export"}
        for c in commands:
            if c == "generate":
                continue
            with self.subTest(command=c):
                code, help_text, err = zi(*c.split(), "--help")
                self.assertEqual(code, 0, err)
                self.assertRegex(help_text.splitlines()[0], r"[\s\[]-o\s")
                if c not in fixed:
                    self.assertIn("Format keluaran: ", help_text)


class Groups(unittest.TestCase):
    def test_group_alone_lists_its_commands(self):
        for group, command in (("plan", "zi plan show"), ("lke", "zi lke check"),
                               ("evidence", "zi evidence template"), ("calendar", "zi calendar import"),
                               ("satker", "zi satker find"), ("schedule", "zi schedule parse")):
            with self.subTest(group=group):
                code, out, err = zi(group)
                self.assertEqual(code, 2)
                self.assertIn(command, err)
                code, out, err = zi(group, "--help")
                self.assertEqual(code, 0)
                self.assertIn(command, out)
                self.assertNotIn("zi report", out)

    def test_unknown_subcommand(self):
        code, _, err = zi("plan", "frobnicate")
        self.assertEqual(code, 2)
        self.assertIn("'zi plan frobnicate' tidak dikenal", err)
        self.assertIn("zi plan lint", err)


class Limits(unittest.TestCase):
    def agenda(self, *extra):
        code, out, err = zi("agenda", "--as-of", "2026-04-15", *extra)
        self.assertEqual(code, 0, err)
        return out

    def test_agenda_upcoming(self):
        # 82 deliverables come after the window on 15 April 2026; 10 are shown by default.
        text = self.agenda()
        section = text.split("BERIKUTNYA (82)\n", 1)[1]
        self.assertEqual(len(re.findall(r"^  \d\S* periode", section, re.M)), 10)
        self.assertIn("… dan 72 lainnya (gunakan --all)", section)
        section = self.agenda("--all").split("BERIKUTNYA (82)\n", 1)[1]
        self.assertEqual(len(re.findall(r"^  \d\S* periode", section, re.M)), 82)
        self.assertNotIn("lainnya", section)
        self.assertEqual(len(json.loads(self.agenda("--json"))["upcoming"]), 10)
        self.assertEqual(len(json.loads(self.agenda("--json", "--all"))["upcoming"]), 82)
        self.assertEqual(len(json.loads(self.agenda("--json", "--limit", "3"))["upcoming"]), 3)

    def test_portfolio_limit_and_top(self):
        args = ("portfolio", "--as-of", "2026-07-01", "--synthetic", "30")
        limit = zi(*args, "--limit", "3")
        self.assertEqual(limit[0], 0, limit[2])
        self.assertEqual(zi(*args, "--top", "3"), limit)
        self.assertIn("… dan 27 lainnya (gunakan --all)", limit[1])
        code, out, _ = zi(*args, "--all")
        self.assertNotIn("lainnya", out)
        self.assertEqual(zi(*args, "--all", "--limit", "2")[0], 2)

    def test_satker_list(self):
        code, out, err = zi("satker", "list", "--limit", "2")
        self.assertEqual(code, 0, err)
        self.assertIn("553 satker (ditampilkan 2)", out)
        self.assertIn("… dan 551 lainnya (gunakan --all)", out)


    def test_evidence_check_json_limit(self):
        # --limit bounds the JSON lists too; rejected_total and notes_total keep the counts.
        def check(*extra):
            code, out, err = zi("evidence", "check", EVIDENCE, "--json", *extra)
            self.assertIn(code, (0, 1), err)
            return json.loads(out)
        full = check()
        self.assertGreater(full["rejected_total"], 1)
        self.assertEqual(len(full["rejected"]), full["rejected_total"])
        self.assertEqual(len(full["notes"]), full["notes_total"])
        one = check("--limit", "1")
        self.assertEqual(one["rejected"], full["rejected"][:1])
        self.assertEqual(one["rejected_total"], full["rejected_total"])
        self.assertEqual(one["notes"], full["notes"][:1])
        self.assertEqual((one["accepted"], one["unfilled"]), (full["accepted"], full["unfilled"]))


class JsonScales(unittest.TestCase):
    def test_portfolio_komponen_scores_are_on_the_plan_scale(self):
        # docs/cli.md: every `score` key is on 0..100, in the portfolio and in `zi score --json`
        # of the same plan alone.
        code, out, err = zi("portfolio", "--as-of", "2026-07-01", "--evidence", EVIDENCE,
                            "--allow-rejects", "--json")
        self.assertEqual(code, 0, err)
        satker = json.loads(out)["satker"][0]
        alone = score_json()
        self.assertAlmostEqual(satker["score"], alone["score"], places=9)
        got = {c["id"]: c["score"] for c in satker["components"]}
        for c in alone["components"]:
            self.assertAlmostEqual(got[c["id"]], c["score"], places=9)
        self.assertTrue(any(v > 1 for v in got.values()))


class IndonesianNumbers(unittest.TestCase):
    def test_explain_formula_uses_decimal_commas(self):
        code, out, err = zi("explain", "--as-of", "2026-07-01", "--evidence", EVIDENCE,
                            "--allow-rejects")
        self.assertEqual(code, 0, err)
        formula = next(l for l in out.splitlines() if "nilai rencana aksi =" in l)
        self.assertRegex(formula, r"\d,\d{2}")
        self.assertNotRegex(formula, r"\d\.\d")

    def test_score_text_has_the_json_score_with_a_comma(self):
        expected = score_json()["score"]
        code, out, err = zi("score", "--as-of", "2026-07-01", "--evidence", EVIDENCE,
                            "--allow-rejects")
        self.assertEqual(code, 0, err)
        shown = f"{expected:.2f}".replace(".", ",")
        self.assertIn(f"NILAI RENCANA AKSI: {shown} dari 100", out)


if __name__ == "__main__":
    unittest.main()
