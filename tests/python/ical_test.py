"""The iCalendar export is accepted by a real parser (Debian's python3-icalendar).

Run by ctest with ZI_CLI set to the zi binary.
"""
import datetime
import os
import subprocess
import unittest

import icalendar

ZI = os.environ.get("ZI_CLI", "zi")


def export(*args):
    r = subprocess.run([ZI, "ics", *args], capture_output=True, check=True)
    return icalendar.Calendar.from_ical(r.stdout)


class IcalTest(unittest.TestCase):
    def test_embedded_plan(self):
        cal = export()
        todos = [c for c in cal.walk() if c.name == "VTODO"]
        self.assertEqual(len(todos), 118)
        self.assertEqual(len({str(t["UID"]) for t in todos}), 118)
        tz = [c for c in cal.walk() if c.name == "VTIMEZONE"]
        self.assertEqual(len(tz), 1)
        self.assertEqual(str(tz[0]["TZID"]), "Asia/Makassar")
        by_uid = {str(t["UID"]): t for t in todos}
        q1 = by_uid["KPU-72-2026-1.3.1.1-1@zi.kpu.go.id"]
        due = q1.decoded("DUE")
        self.assertEqual(due.date(), datetime.date(2026, 3, 31))
        self.assertEqual(due.utcoffset(), datetime.timedelta(hours=8))
        self.assertEqual(q1.decoded("DTSTART").date(), datetime.date(2026, 1, 1))
        desc = q1.decoded("DESCRIPTION").decode("utf-8")
        self.assertIn("Bukti fisik: Dokumentasi dan Laporan Pelaksanaan Rencana Aksi", desc)
        self.assertIn("Target capaian: 4 (empat) Kegiatan (periode ini: 1)", desc)
        jan = by_uid["KPU-72-2026-1.1.1.1-1@zi.kpu.go.id"]
        self.assertEqual(jan.decoded("DUE").date(), datetime.date(2026, 2, 2))  # 31 Jan is a Saturday
        self.assertTrue(str(jan["SUMMARY"]).startswith("1.1.1.1 periode 1/1: Membentuk/menetapkan"))

    def test_status_with_evidence(self):
        sample = os.path.join(os.environ.get("ZI_SOURCE_DIR", "../.."), "data/samples/kpu-sulteng-2026-bukti.csv")
        cal = export("--as-of", "2026-07-01", "--evidence", sample, "--allow-rejects")
        todos = {str(t["UID"]): t for t in cal.walk() if t.name == "VTODO"}
        self.assertEqual(str(todos["KPU-72-2026-1.1.1.1-1@zi.kpu.go.id"]["STATUS"]), "COMPLETED")
        self.assertEqual(str(todos["KPU-72-2026-5.5.1.1-1@zi.kpu.go.id"]["STATUS"]), "NEEDS-ACTION")


if __name__ == "__main__":
    unittest.main()
