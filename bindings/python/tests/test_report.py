"""zi.report: the HTML reports, reminders, iCalendar alarms and the calendar import, over the
C ABI, with the same hand-checked values as the C++ and C tests (docs/reminders.md)."""

import datetime
import json
import os
import tempfile
import unittest

import zi
import zi.report

from .support import SOURCE_DIR

D = datetime.date
MINIMAL = os.path.join(SOURCE_DIR, "tests", "data", "plans", "minimal.json")


def labels(result):
    return ["%s %s/%d %s" % (r["label"], r["indicator"], r["occurrence"], r["due"]) for r in result["reminders"]]


class HtmlTest(unittest.TestCase):
    def test_satker_report(self):
        with zi.Plan.default() as plan:
            report = plan.score(D(2026, 7, 1))
            html = zi.report.report_html(report)
            self.assertTrue(html.startswith("<!DOCTYPE html>"))
            self.assertIn('data-report="satker" data-satker="KPU-72"', html)
            self.assertEqual(html.count('<rect class="occ '), 118)
            self.assertEqual(html.count("<tr data-komponen-id="), 6)
            self.assertNotIn("<script", html)
            with tempfile.TemporaryDirectory() as d:
                path = os.path.join(d, "r.html")
                zi.report.save_report_html(path, report)
                with open(path, encoding="utf-8") as f:
                    self.assertEqual(f.read(), html)
            with self.assertRaises(zi.InvalidError):
                zi.report.report_html(report, threshold=-1)

    def test_satker_report_with_lke(self):
        rubric = zi.LkeRubric.default()
        answers = zi.LkeAnswers.load(os.path.join(SOURCE_DIR, "tests", "data", "lke", "worked-example.json"), rubric)
        with zi.Plan.default() as plan:
            html = zi.report.report_html(plan.score(D(2026, 7, 1)), lke_answers=answers)
        self.assertIn('id="lke"', html)
        self.assertIn('data-predicate="wbk"', html)

    def test_portfolio_report(self):
        portfolio = zi.Portfolio.synthetic(25)
        scores = portfolio.score(D(2026, 7, 1))
        html = zi.report.portfolio_html(portfolio, scores)
        self.assertEqual(html.count('<tr data-rank="'), 25)
        self.assertEqual(html.count('data-bin-lo="'), 10)
        self.assertEqual(zi.report.portfolio_html(portfolio, scores, ranking_rows=4).count('<tr data-rank="'), 4)


class ReminderTest(unittest.TestCase):
    def test_hand_checked_days(self):
        with zi.Plan.load(MINIMAL) as plan:
            def on(day, **kw):
                return labels(zi.report.reminders(plan.score(day), **kw))
            self.assertEqual(on(D(2026, 1, 23)), ["H-10 1.1.1.1/1 2026-02-06", "H-10 2.1.1.1/1 2026-02-06"])
            self.assertEqual(on(D(2026, 2, 6)), ["H 1.1.1.1/1 2026-02-06", "H 2.1.1.1/1 2026-02-06"])
            self.assertEqual(on(D(2026, 2, 11)), ["H+3 1.1.1.1/1 2026-02-06", "H+3 2.1.1.1/1 2026-02-06"])
            self.assertEqual(on(D(2026, 2, 19)), ["H+7 1.1.1.1/1 2026-02-06", "H+7 2.1.1.1/1 2026-02-06"])
            self.assertEqual(on(D(2026, 2, 4), lead=[2]), ["H-2 1.1.1.1/1 2026-02-06", "H-2 2.1.1.1/1 2026-02-06"])
            with self.assertRaises(zi.InvalidError):
                on(D(2026, 2, 4), lead=[0])

    def test_several_plans_and_time_zones(self):
        with zi.Plan.load(MINIMAL) as plan:
            r = zi.report.reminders_for([plan], on=D(2026, 2, 6))
            self.assertEqual(r["counts"]["due"], 2)
            # 5 Feb 16:30 UTC is already 6 Feb in Palu (WITA, UTC+8).
            at = datetime.datetime(2026, 2, 5, 16, 30, tzinfo=datetime.timezone.utc)
            r = zi.report.reminders_for([plan], at=at)
            self.assertEqual(r["today"], ["2026-02-06"])
            self.assertEqual(r["counts"]["due"], 2)
            with self.assertRaises(TypeError):
                zi.report.reminders_for([plan])


class IcalTest(unittest.TestCase):
    def test_alarms_and_events(self):
        with zi.Plan.load(MINIMAL) as plan:
            ics = zi.report.ical_with_alarms(plan)
            self.assertEqual(ics.count("BEGIN:VALARM"), 6 * ics.count("BEGIN:VTODO"))
            self.assertIn("TRIGGER;RELATED=END:-P14DT14H59M", ics)
            ev = zi.report.ical_with_alarms(plan, events=True, lead=[10], escalation=[])
            self.assertEqual(ev.count("BEGIN:VTODO"), 0)
            self.assertIn("DTSTART;VALUE=DATE:20260206", ev)
            self.assertIn("TRIGGER:-P13DT15H", ev)
            report = plan.score(D(2026, 1, 1))
            self.assertIn("BEGIN:VALARM", zi.report.ical_with_alarms(report))


class CalendarImportTest(unittest.TestCase):
    def test_import(self):
        data = b"tanggal,jenis,nama\n2027-01-01,libur,Tahun Baru\n08/02/2027,cuti,Cuti Imlek\n"
        cal = zi.report.import_calendar(data, name="ID-2027-X", status="confirmed")
        doc = json.loads(cal.to_json())
        self.assertEqual(doc["name"], "ID-2027-X")
        self.assertEqual([h["kind"] for h in doc["holidays"]], ["libur_nasional", "cuti_bersama"])
        with self.assertRaises(zi.InvalidError) as e:
            zi.report.import_calendar(b"2027-02-30,libur,X\n", source_name="x.csv")
        self.assertIn("x.csv:1", str(e.exception))


if __name__ == "__main__":
    unittest.main()
