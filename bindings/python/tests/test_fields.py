"""Every field of a plan and its tree, read through the package (tests/capi/data/full.json
sets every field of the format)."""

import datetime
import unittest

import zi

from .support import data


class FieldsTest(unittest.TestCase):
    def setUp(self):
        self.plan = zi.Plan.load(data("full.json"))

    def tearDown(self):
        self.plan.close()

    def test_plan(self):
        p = self.plan
        self.assertEqual(p.year, 2026)
        self.assertEqual(p.calendar, "ID-2026-SULTENG")
        self.assertEqual(p.satker, zi.Satker("KPU-7203", "KPU Kabupaten Donggala", "kabkota", "KPU-72", "WITA"))
        self.assertEqual(p.decree, zi.Decree("12 Tahun 2026", datetime.date(2026, 1, 15),
                                             "Rencana Aksi Zona Integritas", "Donggala",
                                             "Ketua KPU Kabupaten Donggala"))
        self.assertEqual(p.due_policy, zi.DuePolicy("calendar_days", 7, 0, "modified_following"))
        self.assertEqual(p.notes, (zi.Note("components", "resolved", "catatan rencana"),))
        self.assertEqual((p.aspect_count, p.activity_count, p.indicator_count), (3, 3, 4))

    def test_plan_without_decree(self):
        with zi.Plan.from_json(self.plan.to_json().replace('"date": "2026-01-15",', "")) as p:
            self.assertIsNone(p.decree.date)
            self.assertEqual(p.decree.number, "12 Tahun 2026")

    def test_components(self):
        c1, c2 = self.plan.components
        self.assertEqual((c1.id, c1.code, c1.name, c1.weight, c1.lke_area), ("1", "MP", "Manajemen Perubahan", 8.0, "MP"))
        self.assertEqual(c1.notes, (zi.Note("weight", "inferred", "bobot area LKE"),))
        self.assertEqual(c1.source.komponen, "Manajemen  Perubahan")
        self.assertIsNone(c1.source.no)
        self.assertEqual([a.id for a in c1.aspects], ["1.1", "1.2"])
        self.assertEqual((c2.id, c2.code, c2.weight, c2.lke_area), ("2", "", 15.0, "PW"))
        self.assertIsNone(c2.source)
        self.assertEqual(c2.notes, ())
        self.assertEqual([i.id for i in c1.indicators()], ["1.1.1.1", "1.1.1.2", "1.2.1.1"])

    def test_aspects(self):
        a1, a2 = self.plan.components[0].aspects
        self.assertEqual((a1.id, a1.code, a1.name, a1.weight, a1.lke_subarea),
                         ("1.1", "MP-i", "Pembentukan Tim Kerja", 0.5, "P.MP.i"))
        self.assertEqual(a1.notes, (zi.Note("name", "defect", "nama aspek kosong"),))
        self.assertEqual(a1.source.aspek, "")  # present but empty, not None
        self.assertEqual((a2.code, a2.weight, a2.lke_subarea, a2.source), ("", 1.0, "", None))
        self.assertEqual(len(a1.activities), 1)

    def test_activities(self):
        k = self.plan.components[0].aspects[0].activities[0]
        self.assertEqual((k.id, k.code, k.text), ("1.1.1", "K1", "Menetapkan Tim Kerja"))
        self.assertEqual(k.notes, (zi.Note("text", "resolved", "digabung"),))
        self.assertEqual((k.source.kegiatan, k.source.no), ("Menetapkan", "1."))
        self.assertEqual([i.id for i in k.indicators], ["1.1.1.1", "1.1.1.2"])

    def test_indicators(self):
        i1, i2, i3, i4 = self.plan.indicators()
        self.assertEqual((i1.id, i1.code, i1.text, i1.evidence, i1.schedule, i1.target),
                         ("1.1.1.1", "I1", "Tim Kerja ditetapkan", "SK Tim Kerja", "Januari 2026", "1 (satu) Laporan"))
        self.assertEqual(i1.rrule, "FREQ=YEARLY;BYMONTH=1")
        self.assertEqual(i1.weight, 2.0)
        self.assertEqual(i1.due_policy, zi.DuePolicy("working_days", 5, 0, "preceding"))
        self.assertEqual(i1.effective_due_policy, i1.due_policy)
        self.assertEqual(i1.lke_questions, ("P.MP.i.a", "P.MP.i.b"))
        self.assertEqual(i1.notes, (zi.Note("target", "inferred", "dari LKE"), zi.Note("schedule", "defect", "tahun salah")))
        self.assertEqual(i1.source, zi.Source("1.", "a", "b", "c", "d", "e", "f", "g"))
        self.assertEqual((i2.code, i2.evidence, i2.target, i2.rrule, i2.weight), ("", "", "", None, 1.0))
        self.assertEqual(i2.due_policy, zi.DuePolicy("day_of_next_month", 0, 10, "following"))
        self.assertEqual((i2.lke_questions, i2.notes, i2.source), ((), (), None))
        self.assertEqual(i4.weight, 0.125)
        self.assertIsNone(i4.due_policy)
        self.assertEqual(i4.effective_due_policy, self.plan.due_policy)
        self.assertEqual(i3.id, "1.2.1.1")

    def test_tree_and_flat_list_agree(self):
        with zi.Plan.default() as plan:
            walked = [i for c in plan.components for a in c.aspects for k in a.activities for i in k.indicators]
            self.assertEqual(walked, plan.indicators())
            for i in walked:
                self.assertEqual(plan.find_indicator(i.id), i)

    def test_parents(self):
        i = self.plan.indicators()[3]
        self.assertEqual(i.component, self.plan.components[1])
        self.assertEqual(i.aspect.id, "2.1")
        self.assertEqual(i.activity.id, "2.1.1")
        self.assertIs(i.plan, self.plan)

    def test_find_indicator(self):
        self.assertEqual(self.plan.find_indicator("1.1.1.2").text, "Laporan triwulan")
        self.assertIsNone(self.plan.find_indicator("9.9.9.9"))
        self.assertIsNone(self.plan.find_indicator(""))

    def test_nodes_compare_by_identity_of_the_node(self):
        a = self.plan.components[0]
        b = self.plan.components[0]
        self.assertEqual(a, b)
        self.assertEqual(hash(a), hash(b))
        self.assertNotEqual(a, self.plan.components[1])
        self.assertEqual(len({a, b, self.plan.components[1]}), 2)
        self.assertIn("1", repr(a))

    def test_nodes_of_another_plan_differ(self):
        with zi.Plan.load(data("full.json")) as other:
            self.assertNotEqual(other.components[0], self.plan.components[0])
            # An indicator of another plan has no parents in this one.
            with self.assertRaises(zi.NotFoundError):
                zi._plan.Indicator(self.plan, other.indicators()[0]._ptr).component

    def test_texts_are_str(self):
        with zi.Plan.default() as plan:
            for i in plan.indicators():
                for value in (i.id, i.text, i.evidence, i.schedule, i.target):
                    self.assertIsInstance(value, str)


class DatesTest(unittest.TestCase):
    def test_conversions(self):
        self.assertEqual(zi.days_from_date(datetime.date(1970, 1, 1)), 0)
        self.assertEqual(zi.days_from_date(datetime.date(2026, 1, 20)), 20473)
        self.assertEqual(zi.date_from_days(20473), datetime.date(2026, 1, 20))
        self.assertEqual(zi.date_from_days(-1), datetime.date(1969, 12, 31))
        self.assertEqual(zi.parse_date("2026-08-17"), datetime.date(2026, 8, 17))
        for d in (datetime.date(1, 1, 1), datetime.date(9999, 12, 31), datetime.date(2024, 2, 29)):
            self.assertEqual(zi.date_from_days(zi.days_from_date(d)), d)
            self.assertEqual(zi.days_from_date(d), (d - datetime.date(1970, 1, 1)).days)

    def test_errors(self):
        with self.assertRaises(zi.RangeError) as cm:
            zi.date_from_days(2932897)
        self.assertIsInstance(cm.exception, IndexError)
        for bad in ("2026-02-30", "2026-1-1", "", "tomorrow"):
            with self.assertRaises(zi.InvalidError):
                zi.parse_date(bad)


if __name__ == "__main__":
    unittest.main()
