"""VALARM reminders, --events and hostile text in `zi ics`, checked with a real parser
(Debian's python3-icalendar). Run by ctest with ZI_CLI set to the zi binary.
"""
import datetime
import json
import os
import subprocess
import tempfile
import unittest

import icalendar

ZI = os.environ.get("ZI_CLI", "zi")
SRC = os.environ.get("ZI_SOURCE_DIR", "../..")
MINIMAL = os.path.join(SRC, "tests/data/plans/minimal.json")
WITA = datetime.timezone(datetime.timedelta(hours=8))


def run(*args):
    return subprocess.run([ZI, "ics", *args], capture_output=True, check=True).stdout


def parse(data):
    return icalendar.Calendar.from_ical(data)


def alarm_times(component, start_key):
    """The local datetimes at which each VALARM of a VTODO (relative to DUE) or a VEVENT
    (relative to DTSTART) fires."""
    if start_key == "DUE":
        base = component.decoded("DUE")
    else:
        d = component.decoded("DTSTART")
        base = datetime.datetime(d.year, d.month, d.day, tzinfo=WITA)
    return sorted(base + a.decoded("TRIGGER") for a in component.subcomponents if a.name == "VALARM")


class AlarmTest(unittest.TestCase):
    def test_vtodo_alarms_at_working_day_lead_times(self):
        cal = parse(run("--plan", MINIMAL, "--alarms"))
        todos = {str(t["UID"]): t for t in cal.walk("VTODO")}
        # 1.1.1.1 "Januari 2026": window end Sat 31 Jan, due 5 working days later (plan
        # policy) = Fri 6 Feb. H-10 Fri 23 Jan, H-5 Fri 30 Jan, H-1 Thu 5 Feb, H Fri 6 Feb;
        # H+3 Wed 11 Feb; H+7 Thu 19 Feb (16 Feb cuti bersama and 17 Feb Imlek are skipped).
        t = todos["KPU-7271-2026-1.1.1.1-1@zi.kpu.go.id"]
        self.assertEqual(t.decoded("DUE").date(), datetime.date(2026, 2, 6))
        fired = alarm_times(t, "DUE")
        self.assertEqual([f.date() for f in fired],
                         [datetime.date(2026, 1, 23), datetime.date(2026, 1, 30), datetime.date(2026, 2, 5),
                          datetime.date(2026, 2, 6), datetime.date(2026, 2, 11), datetime.date(2026, 2, 19)])
        self.assertTrue(all(f.hour == 9 and f.minute == 0 for f in fired))
        alarms = [a for a in t.subcomponents if a.name == "VALARM"]
        self.assertEqual(str(alarms[0]["ACTION"]), "DISPLAY")
        self.assertEqual(alarms[0]["TRIGGER"].params.get("RELATED"), "END")
        self.assertEqual(alarms[0].decoded("TRIGGER"), -datetime.timedelta(days=14, hours=14, minutes=59))
        # Every VTODO has the six alarms (nothing is done without evidence).
        self.assertEqual(sum(len([a for a in x.subcomponents if a.name == "VALARM"]) for x in todos.values()),
                         6 * len(todos))

    def test_custom_lead(self):
        cal = parse(run("--plan", MINIMAL, "--lead", "2", "--escalate", "1"))
        t = {str(x["UID"]): x for x in cal.walk("VTODO")}["KPU-7271-2026-1.1.1.1-1@zi.kpu.go.id"]
        self.assertEqual([f.date() for f in alarm_times(t, "DUE")],
                         [datetime.date(2026, 2, 4), datetime.date(2026, 2, 6), datetime.date(2026, 2, 9)])

    def test_events(self):
        data = run("--plan", MINIMAL, "--events", "--alarms")
        cal = parse(data)
        events = list(cal.walk("VEVENT"))
        self.assertEqual(len(list(cal.walk("VTODO"))), 0)
        todos = list(parse(run("--plan", MINIMAL)).walk("VTODO"))
        self.assertEqual(len(events), len(todos))
        self.assertIn(b"DTSTART;VALUE=DATE:20260206", data)
        ev = {str(e["UID"]): e for e in events}["KPU-7271-2026-1.1.1.1-1-event@zi.kpu.go.id"]
        self.assertEqual(ev.decoded("DTSTART"), datetime.date(2026, 2, 6))
        self.assertEqual(ev.decoded("DTEND"), datetime.date(2026, 2, 7))
        fired = alarm_times(ev, "DTSTART")
        self.assertEqual(fired[0], datetime.datetime(2026, 1, 23, 9, 0, tzinfo=WITA))
        self.assertEqual(fired[3], datetime.datetime(2026, 2, 6, 9, 0, tzinfo=WITA))
        # The embedded plan: one VEVENT per occurrence (118).
        self.assertEqual(len(list(parse(run("--events")).walk("VEVENT"))), 118)

    def test_done_deliverables_have_no_alarm(self):
        sample = os.path.join(SRC, "data/samples/kpu-sulteng-2026-bukti.csv")
        cal = parse(run("--as-of", "2026-07-01", "--evidence", sample, "--allow-rejects", "--alarms"))
        for t in cal.walk("VTODO"):
            alarms = [a for a in t.subcomponents if a.name == "VALARM"]
            if str(t["STATUS"]) == "COMPLETED":
                self.assertEqual(alarms, [], str(t["UID"]))
            else:
                self.assertEqual(len(alarms), 6, str(t["UID"]))


class InjectionTest(unittest.TestCase):
    """CR, LF, ';' and ',' in ids and texts never add lines, properties or components."""

    HOSTILE = "Rapat\r\nEND:VTODO\r\nBEGIN:VEVENT\r\nSUMMARY:palsu; a,b\\c\x01\x7f"

    def hostile_plan(self, indicator_id):
        with open(MINIMAL, encoding="utf-8") as f:
            plan = json.load(f)
        ind = plan["components"][0]["aspects"][0]["activities"][0]["indicators"][0]
        ind["text"] = self.HOSTILE
        ind["evidence"] = "SK\nTim;Kerja,2026"
        if indicator_id is not None:
            ind["id"] = indicator_id
        plan["satker"]["name"] = "KPU\r\nX-INJECTED:1"
        d = tempfile.mkdtemp()
        path = os.path.join(d, "plan.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(plan, f)
        return path

    def check_calendar(self, data, expected_todos):
        # Every physical line ends with CRLF, is at most 75 octets, and none starts a component
        # the exporter did not write.
        lines = data.split(b"\r\n")
        self.assertEqual(lines[-1], b"")
        for line in lines[:-1]:
            self.assertLessEqual(len(line), 75)
            self.assertNotIn(b"\r", line)
            self.assertNotIn(b"\n", line)
            self.assertFalse(any(b < 0x20 and b != 0x09 for b in line), line)
        cal = parse(data)
        self.assertEqual(len(list(cal.walk("VTODO"))), expected_todos)
        self.assertEqual(len(list(cal.walk("VEVENT"))), 0)
        self.assertNotIn("X-INJECTED", cal)
        return cal

    def test_hostile_texts(self):
        path = self.hostile_plan(None)
        expected = len(list(parse(run("--plan", MINIMAL)).walk("VTODO")))
        cal = self.check_calendar(run("--plan", path, "--alarms"), expected)
        todo = [t for t in cal.walk("VTODO") if str(t["UID"]).startswith("KPU-7271-2026-1.1.1.1-")][0]
        summary = str(todo["SUMMARY"])
        # The text survives as text: newlines as \n, the control characters dropped.
        self.assertIn("Rapat\nEND:VTODO\nBEGIN:VEVENT\nSUMMARY:palsu; a,b\\c", summary)
        self.assertNotIn("\x01", summary)
        self.assertIn("Bukti fisik: SK\nTim;Kerja,2026", todo.decoded("DESCRIPTION").decode("utf-8"))

    def test_hostile_id(self):
        path = self.hostile_plan("1.1.1.1\r\nEND:VTODO\r\nBEGIN:VEVENT;x,y")
        r = subprocess.run([ZI, "ics", "--plan", path, "--alarms"], capture_output=True)
        if r.returncode != 0:
            # Refused where the id is read: a clear error naming the id's place.
            self.assertEqual(r.returncode, 1)
            self.assertIn(b"/id", r.stderr)
            return
        expected = len(list(parse(run("--plan", MINIMAL)).walk("VTODO")))
        cal = self.check_calendar(r.stdout, expected)
        uids = [str(t["UID"]) for t in cal.walk("VTODO")]
        self.assertEqual(len(set(uids)), len(uids))
        # The UID lines as written (unfolded): only [A-Za-z0-9._-] and %XX before the domain.
        # (python3-icalendar 4 shows %3A, %3B and %2C decoded, so the raw text is checked.)
        raw = r.stdout.replace(b"\r\n ", b"").split(b"\r\n")
        written = [l[4:].decode() for l in raw if l.startswith(b"UID:")]
        self.assertEqual(len(written), expected)
        for u in written:
            self.assertRegex(u, r"^[A-Za-z0-9._%-]+@zi\.kpu\.go\.id$")
        self.assertIn("KPU-7271-2026-1.1.1.1%0D%0AEND%3AVTODO%0D%0ABEGIN%3AVEVENT%3Bx%2Cy-1@zi.kpu.go.id", written)


if __name__ == "__main__":
    unittest.main()
