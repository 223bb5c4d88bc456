"""Plan.default, Plan.load, Plan.from_json and their errors."""

import os
import unittest

import zi

from .support import data

MINIMAL = """{"format": "zi.plan/1",
 "satker": {"code": "KPU-7271", "name": "KPU Kota Palu", "level": "kabkota", "time_zone": "WITA"},
 "year": 2027,
 "components": [{"name": "Manajemen Perubahan", "aspects": [{"name": "Tim", "activities": [
   {"text": "Menetapkan", "indicators": [{"text": "SK", "evidence": "SK", "schedule": "Januari 2027",
     "target": "1 (satu) Laporan"}]}]}]}]}"""


class DefaultPlanTest(unittest.TestCase):
    def test_default_plan(self):
        with zi.Plan.default() as plan:
            self.assertEqual(plan.year, 2026)
            self.assertEqual(plan.satker.code, "KPU-72")
            self.assertEqual(len(plan.components), 6)
            self.assertEqual(plan.aspect_count, 23)
            self.assertEqual(plan.activity_count, 56)
            self.assertEqual(plan.indicator_count, 64)
            self.assertEqual(len(plan.indicators()), 64)

    def test_each_call_is_a_new_handle(self):
        a, b = zi.Plan.default(), zi.Plan.default()
        self.assertIsNot(a, b)
        a.close()
        self.assertEqual(b.indicator_count, 64)
        b.close()

    def test_plan_cannot_be_constructed_directly(self):
        with self.assertRaises(TypeError):
            zi.Plan()


class LoadTest(unittest.TestCase):
    def test_load_path_str_and_pathlike(self):
        import pathlib
        for path in (data("full.json"), pathlib.Path(data("full.json")), os.fsencode(data("full.json"))):
            with zi.Plan.load(path) as plan:
                self.assertEqual(plan.satker.code, "KPU-7203")

    def test_from_json_str_and_bytes(self):
        for text in (MINIMAL, MINIMAL.encode("utf-8"), bytearray(MINIMAL.encode("utf-8"))):
            with zi.Plan.from_json(text) as plan:
                self.assertEqual(plan.year, 2027)
                self.assertEqual(plan.calendar, "ID-2027")
                self.assertEqual(plan.indicators()[0].id, "1.1.1.1")

    def test_round_trip_through_json(self):
        with zi.Plan.load(data("full.json")) as plan:
            text = plan.to_json()
        self.assertTrue(text.startswith('{\n  "format": "zi.plan/1"'))
        with zi.Plan.from_json(text) as again:
            self.assertEqual(again.to_json(), text)

    def test_missing_file_is_a_file_error(self):
        with self.assertRaises(zi.FileError) as cm:
            zi.Plan.load(data("no-such-plan.json"))
        self.assertIsInstance(cm.exception, OSError)
        self.assertEqual(cm.exception.status, -6)
        self.assertIn("no-such-plan.json: berkas ", str(cm.exception))

    def test_directory_is_a_file_error(self):
        with self.assertRaises(zi.FileError):
            zi.Plan.load(os.path.dirname(data("full.json")))

    def test_bad_json_is_an_invalid_error(self):
        with self.assertRaises(zi.InvalidError) as cm:
            zi.Plan.load(data("invalid-json.json"))
        self.assertIsInstance(cm.exception, ValueError)
        self.assertIn("baris 4", str(cm.exception))
        with self.assertRaises(ValueError):
            zi.Plan.from_json('{"format": ')
        with self.assertRaises(zi.InvalidError) as cm:
            zi.Plan.from_json(MINIMAL.replace('"year": 2027', '"year": 2027, "tahun": 1'))
        self.assertIn("tahun", cm.exception.message)

    def test_empty_and_binary_input(self):
        for text in ("", b"", b"\x00\x01\xff"):
            with self.assertRaises(zi.InvalidError):
                zi.Plan.from_json(text)

    def test_nul_character_is_rejected(self):
        with self.assertRaises(zi.InvalidError) as cm:
            zi.Plan.load(data("nul-char.json"))
        self.assertIn("karakter NUL", str(cm.exception))
        with self.assertRaises(zi.InvalidError):
            zi.Plan.from_json(MINIMAL.replace('"text": "SK"', '"text": "S\\u0000K"'))

    def test_duplicate_key_is_rejected(self):
        # Python's json module would keep the last value; zi refuses the file instead.
        with self.assertRaises(zi.InvalidError) as cm:
            zi.Plan.from_json(MINIMAL.replace('"year": 2027', '"year": 2027, "year": 2026'))
        self.assertIn("baris 3, kolom 16: /year: kunci 'year' muncul dua kali", cm.exception.message)
        with self.assertRaises(zi.InvalidError) as cm:
            zi.Plan.from_json(MINIMAL.replace('"code": "KPU-7271"', '"code": "A", "code": "B"'),
                              validate=False)
        self.assertIn("/satker/code: kunci 'code' muncul dua kali", str(cm.exception))

    def test_validation(self):
        with self.assertRaises(zi.InvalidError) as cm:
            zi.Plan.load(data("duplicate-ids.json"))
        self.assertIn("duplicate_id", str(cm.exception))
        with zi.Plan.load(data("duplicate-ids.json"), validate=False) as plan:
            self.assertEqual(plan.components[0].id, "1")

    def test_wrong_argument_types(self):
        with self.assertRaises(TypeError):
            zi.Plan.load(None)
        with self.assertRaises(TypeError):
            zi.Plan.from_json(None)


if __name__ == "__main__":
    unittest.main()
