"""zi.satker: the KPU satker registry looked up by code and by name, and listed."""

import json
import unittest

import zi
import zi.satker


class SatkerTest(unittest.TestCase):
    def test_find_code(self):
        s = zi.satker.find_code("kpu-7203")
        self.assertEqual(s, zi.Satker("KPU-7203", "KPU Kabupaten Morowali", "kabkota", "KPU-72", "WITA"))
        self.assertIsNone(zi.satker.find_code("KPU-9607"))
        self.assertEqual(zi.satker.find_code("KPU-RI").parent, "")

    def test_find_name(self):
        self.assertEqual([s.code for s in zi.satker.find_name("Komisi Pemilihan Umum Kab. Donggala")],
                         ["KPU-7205"])
        self.assertEqual([s.code for s in zi.satker.find_name("Banggai")], ["KPU-7201", "KPU-7202", "KPU-7211"])
        # Kota and Kabupaten stay distinct.
        self.assertEqual([s.code for s in zi.satker.find_name("KPU Kota Palu")], ["KPU-7271"])
        self.assertEqual(zi.satker.find_name("KPU Kabupaten Palu"), [])
        self.assertEqual([s.code for s in zi.satker.find_name("KPU Aceh")], ["KPU-11"])

    def test_find(self):
        self.assertEqual([s.code for s in zi.satker.find("7203")], ["KPU-7203"])
        self.assertEqual([s.code for s in zi.satker.find("KPU-72")], ["KPU-72"])
        self.assertEqual([s.code for s in zi.satker.find("Kab. Tolitoli")], ["KPU-7206"])
        doc = json.loads(zi.satker.find_json("Atlantis"))
        self.assertEqual((doc["format"], doc["query"], doc["count"], doc["satker"]),
                         ("zi.satker-list/1", "Atlantis", 0, []))

    def test_list(self):
        everything = zi.satker.list()
        self.assertEqual(len(everything), 553)
        self.assertEqual(everything, zi.satker_registry("kpu"))
        self.assertEqual(len(zi.satker.list(level="provinsi")), 38)
        self.assertEqual([s.code for s in zi.satker.list(level="ri")], ["KPU-RI"])
        sulteng = zi.satker.list(parent="KPU-72")
        self.assertEqual(len(sulteng), 13)
        self.assertEqual(sulteng[-1].name, "KPU Kota Palu")
        self.assertEqual(json.loads(zi.satker.list_json("kabkota", "kpu-72"))["count"], 13)
        with self.assertRaises(ValueError):
            zi.satker.list(level="desa")
        with self.assertRaises(zi.NotFoundError):
            zi.satker.list(parent="KPU-99")

    def test_lint_mismatch(self):
        text = zi.Plan.default().to_json().replace('"code": "KPU-72"', '"code": "KPU-7203"', 1)
        with zi.Plan.from_json(text) as plan:
            found = [d for d in plan.lint() if d.code == "satker_registry_mismatch"]
        self.assertEqual([(d.where, d.field) for d in found], [("satker", "name"), ("satker", "level"),
                                                               ("satker", "parent")])
        self.assertIn("KPU Kabupaten Morowali", found[0].message)


if __name__ == "__main__":
    unittest.main()
