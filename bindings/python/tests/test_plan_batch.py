"""Plan.load_many and Plan.from_json_many: each item is what loading that input alone gives
(the Plan, or the exception Plan.load / Plan.from_json would raise), with 1 and 2 threads."""

import os
import unittest

import zi

from .support import SOURCE_DIR, data

PLANS = os.path.join(SOURCE_DIR, "tests", "data", "plans")


def alone(load, arg, **kw):
    try:
        return load(arg, **kw)
    except zi.Error as e:
        return e


class LoadManyTest(unittest.TestCase):
    PATHS = [
        os.path.join(SOURCE_DIR, "data", "plans", "kpu-sulteng-2026.json"),
        os.path.join(PLANS, "minimal.json"),
        os.path.join(PLANS, "no-such-plan.json"),
        PLANS,  # a directory
        data("invalid-json.json"),
        data("duplicate-ids.json"),
        os.path.join(PLANS, "scoring.json"),
    ]

    def assertSameItem(self, got, want):
        self.assertIs(type(got), type(want))
        if isinstance(want, zi.Plan):
            self.assertEqual(got.to_json(), want.to_json())
        else:
            self.assertEqual(str(got), str(want))
            self.assertEqual(got.status, want.status)

    def test_each_file_as_alone(self):
        for threads in (1, 2):
            items = zi.Plan.load_many(self.PATHS, threads=threads)
            self.assertEqual(len(items), len(self.PATHS))
            for path, got in zip(self.PATHS, items):
                with self.subTest(path=path, threads=threads):
                    self.assertSameItem(got, alone(zi.Plan.load, path))
            self.assertIsInstance(items[2], zi.FileError)
            self.assertIsInstance(items[3], zi.FileError)
            self.assertIn("adalah direktori", str(items[3]))
            self.assertIsInstance(items[4], zi.InvalidError)
            self.assertIn("invalid-json.json: baris ", str(items[4]))
            self.assertEqual(items[0].indicator_count, 64)
            for item in items:
                if isinstance(item, zi.Plan):
                    item.close()

    def test_validate_false(self):
        [plan] = zi.Plan.load_many([data("duplicate-ids.json")], validate=False)
        self.assertIsInstance(plan, zi.Plan)
        self.assertTrue(any(d.code for d in plan.lint()))
        plan.close()

    def test_texts_with_names(self):
        with zi.Plan.default() as p:
            text = p.to_json()
        texts = [text, '{"format": "zi.plan/1",', b"", text.encode("utf-8")]
        names = ["satu.json", "dua.json", None, None]
        for threads in (1, 2):
            items = zi.Plan.from_json_many(texts, names=names, threads=threads)
            self.assertEqual([type(i) for i in items], [zi.Plan, zi.InvalidError, zi.InvalidError, zi.Plan])
            self.assertEqual(str(items[1]), "dua.json: " + str(alone(zi.Plan.from_json, texts[1])))
            self.assertEqual(str(items[2]), str(alone(zi.Plan.from_json, texts[2])))
            self.assertEqual(items[3].to_json(), text)
            for item in items:
                if isinstance(item, zi.Plan):
                    item.close()
        self.assertEqual(zi.Plan.from_json_many([]), [])

    def test_argument_errors(self):
        with self.assertRaises(zi.InvalidError):
            zi.Plan.load_many(self.PATHS[:1], threads=-1)
        with self.assertRaises(zi.InvalidError):
            zi.Plan.load_many(self.PATHS[:1], threads=5000)
        with self.assertRaises(TypeError):
            zi.Plan.load_many(self.PATHS[:1], threads="2")
        with self.assertRaises(ValueError):
            zi.Plan.from_json_many(["{}"], names=["a", "b"])


if __name__ == "__main__":
    unittest.main()
