"""The deadline engine from Python: zi.Calendar, zi.parse_schedule / parse_rrule,
zi.due_date, Plan.expand() and Indicator.resolve_schedule()."""

import datetime
import gc
import json
import os
import subprocess
import unittest
import warnings
import weakref

import zi

from .support import data

D = datetime.date


class CalendarTest(unittest.TestCase):
    def setUp(self):
        self.cal = zi.Calendar.default()

    def tearDown(self):
        self.cal.close()

    def test_2027(self):
        with zi.Calendar.embedded("ID-2027") as cal:
            self.assertEqual((cal.name, cal.years, cal.status), ("ID-2027", (2027,), "confirmed"))
            self.assertEqual(len(cal.holidays), 26)
            # Nyepi, Idulfitri and their cuti bersama close 8-12 and 15 March 2027.
            self.assertEqual(cal.advance(D(2027, 2, 28), 10), D(2027, 3, 22))
        self.assertIn("ID-2027", zi.Calendar.embedded_names())

    def test_default(self):
        cal = self.cal
        self.assertEqual(cal.name, "ID-2026")
        self.assertEqual(cal.years, (2026,))
        self.assertTrue(cal.covers(2026))
        self.assertFalse(cal.covers(2027))
        self.assertFalse(cal.cuti_bersama_is_working_day)
        self.assertIn("Menteri", cal.source)
        self.assertEqual(cal.status, "confirmed")
        self.assertEqual(len(cal.holidays), 25)
        self.assertEqual(cal.holidays[0], zi.Holiday(D(2026, 1, 1), "libur_nasional", "", "Tahun Baru 2026 Masehi"))
        self.assertEqual(cal.find_holiday(D(2026, 2, 16)).kind, "cuti_bersama")
        self.assertIsNone(cal.find_holiday("2026-01-05"))
        self.assertTrue(cal.is_holiday(D(2026, 1, 1)))
        self.assertTrue(zi.Calendar.is_weekend(D(2026, 1, 3)))
        self.assertIn("ID-2026", zi.Calendar.embedded_names())
        self.assertIn("ID-2026", repr(cal))

    def test_working_days(self):
        cal = self.cal
        self.assertEqual(cal.working_days_between(D(2026, 1, 1), D(2026, 12, 31), True, True), 240)
        with cal.with_options(cuti_bersama_is_working_day=True) as working:
            self.assertTrue(working.cuti_bersama_is_working_day)
            self.assertEqual(working.working_days_between("2026-01-01", "2026-12-31", True, True), 248)
        with zi.Calendar.default(cuti_bersama_is_working_day=True) as working:
            self.assertFalse(working.is_holiday(D(2026, 2, 16)))
        self.assertFalse(cal.is_working_day(D(2026, 1, 1)))
        self.assertTrue(cal.is_working_day(D(2026, 1, 2)))
        self.assertEqual(cal.working_days_between(D(2026, 1, 12), D(2026, 1, 5)), -5)
        self.assertEqual(cal.adjust(D(2026, 1, 1)), D(2026, 1, 2))
        self.assertEqual(cal.adjust(D(2026, 1, 3), "preceding"), D(2026, 1, 2))
        self.assertEqual(cal.adjust(D(2026, 5, 31), "modified_following"), D(2026, 5, 29))
        self.assertEqual(cal.adjust(D(2026, 1, 3), "unadjusted"), D(2026, 1, 3))
        self.assertEqual(cal.advance(D(2026, 1, 2), 1), D(2026, 1, 5))
        self.assertEqual(cal.advance(D(2026, 1, 5), -1), D(2026, 1, 2))
        self.assertEqual(cal.advance(datetime.datetime(2026, 1, 3, 10, 0), 0), D(2026, 1, 3))

    def test_uncovered_years_warn(self):
        cal = self.cal
        with self.assertWarns(zi.CalendarYearNotCoveredWarning) as cm:
            self.assertTrue(cal.is_working_day(D(2027, 1, 1)))
        self.assertIn("ID-2026", str(cm.warning))
        with self.assertWarns(zi.CalendarYearNotCoveredWarning):
            cal.advance(D(2026, 12, 30), 5)
        with self.assertWarns(zi.CalendarYearNotCoveredWarning):
            cal.working_days_between(D(2026, 12, 1), D(2027, 1, 10))
        with self.assertWarns(zi.CalendarYearNotCoveredWarning):
            cal.adjust(D(2027, 1, 2))
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a covered year does not warn
            cal.advance(D(2026, 3, 2), 10)
        with zi.Calendar.weekends_only() as w:
            self.assertEqual(w.name, "weekends-only")
            with self.assertWarns(zi.CalendarYearNotCoveredWarning):
                self.assertTrue(w.is_working_day(D(2026, 1, 1)))

    def test_load_and_json(self):
        text = self.cal.to_json()
        self.assertEqual(json.loads(text)["name"], "ID-2026")
        with zi.Calendar.from_json(text) as again:
            self.assertEqual(again.holidays, self.cal.holidays)
        with zi.Calendar.from_json(text.encode("utf-8")) as again:
            self.assertEqual(again.name, "ID-2026")
        small = {"format": "zi.calendar/1", "name": "X-2030", "years": [2030],
                 "holidays": [{"date": "2030-01-03", "kind": "libur_daerah:sulteng", "name": "Hari Jadi"}]}
        with zi.Calendar.from_json(json.dumps(small)) as cal:
            self.assertEqual(cal.holidays[0].region, "sulteng")
            self.assertEqual(cal.holidays[0].kind, "libur_daerah")
        with zi.Calendar.embedded("ID-2026") as cal:
            self.assertEqual(len(cal.holidays), 25)
        with zi.Plan.default() as plan, zi.Calendar.for_plan(plan) as cal:
            self.assertEqual(cal.name, plan.calendar)

    def test_errors(self):
        with self.assertRaises(zi.NotFoundError):
            zi.Calendar.embedded("ID-1999")
        with self.assertRaises(zi.FileError) as cm:
            zi.Calendar.load(data("no-such-calendar.json"))
        self.assertIn("no-such-calendar.json", str(cm.exception))
        with self.assertRaises(zi.InvalidError):
            zi.Calendar.load(data("full.json"))
        with self.assertRaises(zi.InvalidError):
            zi.Calendar.from_json("{")
        with self.assertRaises(ValueError):
            self.cal.adjust(D(2026, 1, 1), "nearest")
        with self.assertRaises(zi.RangeError):
            self.cal.advance(D(2026, 1, 1), 2000000)
        with self.assertRaises(zi.InvalidError):
            self.cal.is_working_day("2026-02-30")
        with self.assertRaises(TypeError):
            self.cal.is_working_day(20000)
        with self.assertRaises(TypeError):
            zi.Calendar()

    def test_lifetime(self):
        cal = zi.Calendar.default()
        ref = weakref.ref(cal)
        cal.close()
        cal.close()
        self.assertTrue(cal.closed)
        self.assertIn("closed", repr(cal))
        with self.assertRaises(zi.ClosedError):
            cal.name
        with self.assertRaises(zi.ClosedError):
            with cal:
                pass
        del cal
        gc.collect()
        self.assertIsNone(ref())


class ScheduleTest(unittest.TestCase):
    def test_parse(self):
        s = zi.parse_schedule("Per Triwulan", 2026)
        self.assertEqual(s.family, "recurring")
        self.assertEqual(s.text, "Per Triwulan")
        self.assertEqual(len(s.windows), 4)
        self.assertEqual(s.windows[0], zi.Window(D(2026, 1, 1), D(2026, 3, 31)))
        self.assertEqual(s.rrule, "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;COUNT=4")
        self.assertEqual(s.years, ())
        self.assertEqual(s.diagnostics, ())
        s = zi.parse_schedule("Januari s.d. Februari 2026", 2026)
        self.assertEqual((s.family, s.years, len(s.windows)), ("month_range", (2026,), 1))
        s = zi.parse_schedule("Januari 2025", 2026)
        self.assertEqual([d.code for d in s.diagnostics], ["schedule_year_mismatch"])
        s = zi.parse_rrule("FREQ=MONTHLY;BYMONTHDAY=-1", 2026)
        self.assertEqual((s.family, len(s.windows)), ("rrule", 12))

    def test_errors(self):
        with self.assertRaises(zi.InvalidError) as cm:
            zi.parse_schedule("Per Windu", 2026)
        self.assertIn("Windu", str(cm.exception))
        with self.assertRaises(ValueError):  # InvalidError is a ValueError
            zi.parse_schedule("Per\0Triwulan", 2026)
        with self.assertRaises(zi.InvalidError):
            zi.parse_rrule("FREQ=DAILY", 2026)

    def test_indicator_schedule(self):
        with zi.Plan.default() as plan:
            schedule, diagnostics = plan.find_indicator("1.3.1.1").resolve_schedule()
            self.assertEqual(len(schedule.windows), 4)
            self.assertEqual(diagnostics, [])
            schedule, diagnostics = plan.find_indicator("4.2.3.4").resolve_schedule()
            self.assertIsNone(schedule)  # the SMART row has no target waktu


class DueDateTest(unittest.TestCase):
    def test_policies(self):
        with zi.Calendar.default() as cal:
            self.assertEqual(zi.due_date(D(2026, 1, 31)), D(2026, 2, 2))
            self.assertEqual(cal.due_date(D(2026, 1, 31)), D(2026, 2, 2))
            p = zi.DuePolicy("working_days", 10, 0, "following")
            self.assertEqual(zi.due_date(D(2026, 3, 31), p, cal), cal.advance(D(2026, 3, 31), 10))
            p = zi.DuePolicy("day_of_next_month", 0, 31, "unadjusted")
            self.assertEqual(zi.due_date(D(2026, 1, 31), p, cal), D(2026, 2, 28))
            with self.assertWarns(zi.CalendarYearNotCoveredWarning):
                zi.due_date(D(2026, 12, 31), zi.DuePolicy("working_days", 5, 0, "following"), cal)
            with self.assertRaises(ValueError):
                zi.due_date(D(2026, 1, 31), zi.DuePolicy("weeks", 1, 0, "following"), cal)


class ExpandTest(unittest.TestCase):
    def test_expand_default_plan(self):
        with zi.Plan.default() as plan, zi.Calendar.default() as cal:
            occ = plan.expand(cal)
            self.assertIsInstance(occ, zi.OccurrenceList)
            self.assertEqual(len(occ), 118)
            self.assertEqual(occ[0], zi.Occurrence("1.1.1.1", 0, 1, D(2026, 1, 1), D(2026, 1, 31), D(2026, 2, 2), 1))
            self.assertEqual([d.code for d in occ.diagnostics], ["target_per_occurrence_assumed"])
            self.assertEqual(plan.expand(), occ)  # the plan's own calendar is ID-2026
            indicators = plan.indicators()
            for o in occ:
                ind = indicators[o.indicator_index]
                self.assertEqual(ind.id, o.indicator_id)
                self.assertEqual(zi.due_date(o.window_end, ind.effective_due_policy, cal), o.due)
            # Every window of 1.3.1.1's schedule is one occurrence.
            schedule, _ = plan.find_indicator("1.3.1.1").resolve_schedule()
            windows = [zi.Window(o.window_start, o.window_end) for o in occ if o.indicator_id == "1.3.1.1"]
            self.assertEqual(tuple(windows), schedule.windows)
        with self.assertRaises(zi.ClosedError):
            plan.expand()


class IcalTest(unittest.TestCase):
    def test_plan_and_report(self):
        with zi.Plan.default() as plan:
            text = plan.to_ical()
            self.assertTrue(text.startswith("BEGIN:VCALENDAR\r\n"))
            self.assertEqual(text.count("BEGIN:VTODO"), len(plan.expand()))
            self.assertIn("UID:KPU-72-2026-1.3.1.1-1@zi.kpu.go.id", text)
            self.assertIn("@kpu.example", plan.to_ical(uid_domain="kpu.example"))
            with self.assertRaises(zi.InvalidError):
                plan.to_ical(uid_domain="a\r\nX:1")
            cli = os.environ.get("ZI_CLI")
            if cli:
                result = subprocess.run([cli, "ics"], capture_output=True, timeout=120)
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertEqual(text.encode("utf-8"), result.stdout)
            with plan.score(D(2026, 4, 15)) as report:
                self.assertEqual(report.to_ical().count("BEGIN:VTODO"), text.count("BEGIN:VTODO"))
            try:
                import icalendar
            except ImportError:  # pragma: no cover - depends on the interpreter
                return
            todos = [c for c in icalendar.Calendar.from_ical(text).walk() if c.name == "VTODO"]
            self.assertEqual(len(todos), 118)


if __name__ == "__main__":
    unittest.main()
