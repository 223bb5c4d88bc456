"""The JSON Schema (docs/plan.schema.json) and the C++ reader agree on what a plan is.

Run by ctest with ZI_CLI (the zi binary) and ZI_SOURCE_DIR set.
"""
import json
import os
import subprocess
import tempfile
import unittest

import jsonschema

SOURCE = os.environ.get("ZI_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
ZI = os.environ.get("ZI_CLI", "zi")


def load(path):
    with open(os.path.join(SOURCE, path), encoding="utf-8") as f:
        return json.load(f)


class PlanSchemaTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.schema = load("docs/plan.schema.json")
        jsonschema.Draft202012Validator.check_schema(cls.schema)
        cls.validator = jsonschema.Draft202012Validator(cls.schema)

    def reader_accepts(self, plan):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump(plan, f)
            path = f.name
        try:
            r = subprocess.run([ZI, "plan", "export", "--plan", path], capture_output=True, text=True)
            return r.returncode == 0, r.stderr
        finally:
            os.unlink(path)

    def test_embedded_plan_is_valid(self):
        errors = list(self.validator.iter_errors(load("data/plans/kpu-sulteng-2026.json")))
        self.assertEqual(errors, [])

    def test_test_plans_are_valid(self):
        for name in ("minimal.json", "minimal.canonical.json"):
            with self.subTest(name=name):
                plan = load(os.path.join("tests/data/plans", name))
                self.assertEqual(list(self.validator.iter_errors(plan)), [])
                ok, err = self.reader_accepts(plan)
                self.assertTrue(ok, err)

    def test_bom_schema_and_penanggung_jawab_plan_is_valid(self):
        # Saved by Notepad: a UTF-8 BOM, CRLF, "$schema" and penanggung_jawab (issue #16).
        with open(os.path.join(SOURCE, "tests/data/plans/penanggung-jawab.json"), "rb") as f:
            raw = f.read()
        self.assertTrue(raw.startswith(b"\xef\xbb\xbf"))
        plan = json.loads(raw.decode("utf-8-sig"))
        self.assertEqual(list(self.validator.iter_errors(plan)), [])
        r = subprocess.run([ZI, "plan", "export", "--plan",
                            os.path.join(SOURCE, "tests/data/plans/penanggung-jawab.json")],
                           capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        out = json.loads(r.stdout)
        self.assertNotIn("$schema", out)
        self.assertEqual(out["components"][0]["aspects"][0]["activities"][0]["penanggung_jawab"], "Sekretaris")
        # A string "$schema" is valid in the schema too, and the reader accepts it.
        base = load("tests/data/plans/minimal.json")
        base["$schema"] = "https://kpu.go.id/schemas/zi.plan/1"
        self.assertEqual(list(self.validator.iter_errors(base)), [])
        ok, err = self.reader_accepts(base)
        self.assertTrue(ok, err)

    def test_schema_and_reader_reject_the_same_mistakes(self):
        base = load("tests/data/plans/minimal.json")
        ind = lambda p: p["components"][0]["aspects"][0]["activities"][0]["indicators"][0]
        mutations = {
            "unknown indicator field": lambda p: ind(p).update(targte="x"),
            "unknown top field": lambda p: p.update(colour="red"),
            "weight is a string": lambda p: ind(p).update(weight="1"),
            "negative weight": lambda p: ind(p).update(weight=-1),
            "missing text": lambda p: ind(p).pop("text"),
            "bad level": lambda p: p["satker"].update(level="desa"),
            "bad zone": lambda p: p["satker"].update(time_zone="UTC"),
            "year out of range": lambda p: p.update(year=1999),
            "bad format": lambda p: p.update(format="zi.plan/2"),
            "bad offset": lambda p: p["due_policy"].update(offset="weeks"),
            "working_days without n": lambda p: p["due_policy"].pop("n"),
            "bad note kind": lambda p: ind(p).update(notes=[{"field": "a", "kind": "x", "text": "t"}]),
            "unknown source column": lambda p: ind(p).update(source={"kolom": "x"}),
            "components not an array": lambda p: p.update(components={}),
            "$schema not a string": lambda p: p.update({"$schema": 1}),
            "penanggung_jawab not a string": lambda p: ind(p).update(penanggung_jawab=["x"]),
            "kegiatan penanggung_jawab not a string":
                lambda p: p["components"][0]["aspects"][0]["activities"][0].update(penanggung_jawab=1),
        }
        for name, mutate in mutations.items():
            with self.subTest(mutation=name):
                plan = json.loads(json.dumps(base))
                mutate(plan)
                self.assertTrue(list(self.validator.iter_errors(plan)), "schema accepted it")
                ok, err = self.reader_accepts(plan)
                self.assertFalse(ok, "reader accepted it")
                self.assertTrue(err.startswith("zi: galat: "), err)
                self.assertEqual(err.count("\n"), 1, "one-line reason expected: " + err)


if __name__ == "__main__":
    unittest.main()
