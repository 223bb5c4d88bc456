"""The penanggung jawab (person or unit responsible): Activity.responsible,
Indicator.responsible (its own) and Indicator.effective_responsible (its own, else its
kegiatan's), from plan JSON (a UTF-8 BOM and "$schema" accepted) and from a decree table
with a PENANGGUNG JAWAB column; carried by the agenda and the reminders."""

import codecs
import csv
import datetime
import io
import json
import os
import unittest

import zi
import zi.report

from .support import SOURCE_DIR

try:
    import icalendar
except ImportError:  # pragma: no cover
    icalendar = None

PLAN = {
    "$schema": "https://kpu.go.id/schemas/zi.plan/1",
    "format": "zi.plan/1",
    "satker": {"code": "KPU-7271", "name": "KPU Kota Palu", "level": "kabkota", "time_zone": "WITA"},
    "year": 2027,
    "components": [{"name": "Manajemen Perubahan", "aspects": [{"name": "Tim", "activities": [
        {"text": "Menetapkan", "penanggung_jawab": "Sekretaris", "indicators": [
            {"text": "SK", "evidence": "SK", "schedule": "Maret 2027", "target": "1 (satu) Keputusan"},
            {"text": "Laporan", "evidence": "Laporan", "schedule": "Februari 2027",
             "target": "1 (satu) Laporan", "penanggung_jawab": "Kasubbag Umum"}]},
        {"text": "Rapat", "indicators": [
            {"text": "Notulen", "evidence": "Notulen", "schedule": "Januari 2027",
             "target": "1 (satu) Notulen"}]}]}]}],
}

FIXTURE = os.path.join(SOURCE_DIR, "tests", "data", "decrees", "kab-donggala-2027-pj.csv")


def plan_bytes(bom=True):
    text = json.dumps(PLAN, ensure_ascii=False).encode("utf-8")
    return codecs.BOM_UTF8 + text if bom else text


class ModelTest(unittest.TestCase):
    def test_properties_and_inheritance(self):
        with zi.Plan.from_json(plan_bytes()) as plan:
            menetapkan, rapat = plan.components[0].aspects[0].activities
            self.assertEqual(menetapkan.responsible, "Sekretaris")
            self.assertEqual(rapat.responsible, "")
            self.assertEqual([i.responsible for i in plan.indicators()], ["", "Kasubbag Umum", ""])
            self.assertEqual([i.effective_responsible for i in plan.indicators()],
                             ["Sekretaris", "Kasubbag Umum", ""])
            # Saved without "$schema", with penanggung_jawab where it was given.
            saved = json.loads(plan.to_json())
            self.assertNotIn("$schema", saved)
            acts = saved["components"][0]["aspects"][0]["activities"]
            self.assertEqual(acts[0]["penanggung_jawab"], "Sekretaris")
            self.assertNotIn("penanggung_jawab", acts[0]["indicators"][0])
            self.assertNotIn("penanggung_jawab", acts[1])

    def test_bom_and_schema_change_nothing(self):
        plain = dict(PLAN)
        del plain["$schema"]
        with zi.Plan.from_json(plan_bytes()) as a, \
                zi.Plan.from_json(json.dumps(plain).encode("utf-8")) as b:
            self.assertEqual(a.to_json(), b.to_json())

    def test_bad_values_are_errors_at_their_pointer(self):
        bad = dict(PLAN, **{"$schema": 3})
        with self.assertRaises(zi.InvalidError) as e:
            zi.Plan.from_json(json.dumps(bad))
        self.assertIn("/$schema", str(e.exception))
        bad = json.loads(json.dumps(PLAN))
        bad["components"][0]["aspects"][0]["activities"][0]["indicators"][1]["penanggung_jawab"] = None
        with self.assertRaises(zi.InvalidError) as e:
            zi.Plan.from_json(json.dumps(bad))
        self.assertIn("/components/0/aspects/0/activities/0/indicators/1/penanggung_jawab",
                      str(e.exception))
        # A mark in the middle is still an error.
        text = json.dumps(PLAN).encode("utf-8")
        with self.assertRaises(zi.InvalidError):
            zi.Plan.from_json(text[:1] + codecs.BOM_UTF8 + text[1:])

    def test_embedded_plan_names_no_one(self):
        with zi.Plan.default() as plan:
            self.assertTrue(all(i.effective_responsible == "" for i in plan.indicators()))


class ImportTest(unittest.TestCase):
    def test_excel_csv_with_a_pj_column(self):
        plan, _ = zi.Plan.import_table(FIXTURE, encoding="cp1252", satker="KPU-7205", year=2027)
        with plan:
            self.assertEqual(plan.satker.name, "KPU Kabupaten Donggala")
            self.assertEqual([i.effective_responsible for i in plan.indicators()],
                             ["Sekretaris KPU Kabupaten Donggala", "Sekretaris KPU Kabupaten Donggala",
                              "Kasubbag Teknis", "Kasubbag Umum \u2013 Logistik", ""])
            self.assertEqual([i.responsible for i in plan.indicators()],
                             ["", "", "Kasubbag Teknis", "", ""])

    def test_utf8_bom_csv_with_a_pic_column(self):
        # As LibreOffice saves "Text CSV" with the UTF-8 BOM option, ';' delimited.
        out = io.StringIO()
        w = csv.writer(out, delimiter=";", lineterminator="\r\n")
        w.writerow(["NO", "KOMPONEN PENGUNGKIT", "ASPEK PEMENUHAN", "KEGIATAN/AKSI", "INDIKATOR",
                    "BUKTI FISIK", "TARGET WAKTU PELAKSANAAN", "TARGET CAPAIAN", "PIC"])
        w.writerow(["1.", "Manajemen Perubahan", "1. Tim", "Menetapkan tim", "SK tim", "SK",
                    "Januari", "1 (satu) Keputusan", "Ketua Divisi; Teknis"])
        data = codecs.BOM_UTF8 + out.getvalue().encode("utf-8")
        plan, _ = zi.Plan.import_table(data, satker="KPU-72", year=2026, name="pic.csv")
        with plan:
            self.assertEqual(plan.components[0].aspects[0].activities[0].responsible,
                             "Ketua Divisi; Teknis")


class OutputTest(unittest.TestCase):
    def test_agenda_and_reminders(self):
        with zi.Plan.from_json(plan_bytes()) as plan:
            report = plan.score(datetime.date(2027, 3, 31))
            agenda = report.agenda()
            items = agenda["overdue"] + agenda["due_soon"] + agenda["upcoming"]
            by_id = {i["indicator"]: i["penanggung_jawab"] for i in items}
            self.assertEqual(by_id.get("1.1.1.1"), "Sekretaris")
            self.assertEqual(by_id.get("1.1.1.2"), "Kasubbag Umum")
            self.assertEqual(by_id.get("1.1.2.1"), "")
            # "Maret 2027" is due on 2027-03-31: the H reminder names the kegiatan's.
            rem = zi.report.reminders(report)
            due = [r for r in rem["reminders"] if r["indicator"] == "1.1.1.1" and r["label"] == "H"]
            self.assertEqual(len(due), 1)
            self.assertEqual(due[0]["penanggung_jawab"], "Sekretaris")
            rem2 = zi.report.reminders_for([plan], on=datetime.date(2027, 3, 31))
            self.assertEqual([r["penanggung_jawab"] for r in rem2["reminders"]],
                             [r["penanggung_jawab"] for r in rem["reminders"]])

    @unittest.skipIf(icalendar is None, "python3-icalendar is not installed")
    def test_ics_read_by_icalendar(self):
        with zi.Plan.from_json(plan_bytes()) as plan:
            cal = icalendar.Calendar.from_ical(zi.report.ical_with_alarms(plan))
            todos = {str(t.get("SUMMARY")).split(" ")[0]: t for t in cal.walk("VTODO")}
            self.assertEqual(str(todos["1.1.1.1"].get("X-ZI-PENANGGUNG-JAWAB")), "Sekretaris")
            self.assertEqual(str(todos["1.1.1.2"].get("X-ZI-PENANGGUNG-JAWAB")), "Kasubbag Umum")
            self.assertIsNone(todos["1.1.2.1"].get("X-ZI-PENANGGUNG-JAWAB"))
            self.assertIn("Penanggung jawab: Sekretaris\n", str(todos["1.1.1.1"].get("DESCRIPTION")))


if __name__ == "__main__":
    unittest.main()
