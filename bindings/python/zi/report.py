"""HTML reports, reminders, iCalendar alarms and calendar import (docs/report.md,
docs/reminders.md), over libzi's C ABI:

    import datetime, zi, zi.report
    with zi.Plan.default() as plan:
        report = plan.score(datetime.date(2026, 7, 1))
        html = zi.report.report_html(report)                 # one self-contained page
        due = zi.report.reminders(report)                    # H-10, H-5, H-1, H, H+3, H+7
        ics = zi.report.ical_with_alarms(report, events=True)

Every function returns str or dict; libzi's errors are raised as zi.Error subclasses.
"""

import datetime
import json
from ctypes import POINTER, byref, c_int32, c_int64
from typing import Any, Iterable, Optional, Sequence

from . import _lib
from ._deadlines import Calendar, ical_options
from ._dates import to_days
from ._errors import check
from ._owned import handle_or_null, new_options, owned_text

_c = _lib.lib

REPORT_HTML_OPTIONS_VERSION = 1
REMINDER_OPTIONS_VERSION = 1

CALENDAR_STATUSES = {"unspecified": 0, "confirmed": 1, "provisional": 2}


def _html_options(threshold: float, due_soon_working_days: int, ranking_rows: int) -> Any:
    return new_options(_lib.zi_report_html_options, _c.zi_report_html_options_init,
                       REPORT_HTML_OPTIONS_VERSION, threshold=float(threshold),
                       due_soon_working_days=int(due_soon_working_days), ranking_rows=int(ranking_rows))


def _reminder_options(lead: Optional[Sequence[int]], escalation: Optional[Sequence[int]],
                      events: bool = False) -> Any:
    opts = new_options(_lib.zi_reminder_options, _c.zi_reminder_options_init, REMINDER_OPTIONS_VERSION)
    # The arrays must live as long as the struct: keep them on it.
    keep = []
    if lead is not None:
        arr = (c_int32 * len(lead))(*[int(x) for x in lead])
        keep.append(arr)
        opts.lead_working_days = arr
        opts.lead_count = len(lead)
    if escalation is not None:
        arr = (c_int32 * len(escalation))(*[int(x) for x in escalation])
        keep.append(arr)
        opts.escalation_working_days = arr
        opts.escalation_count = len(escalation)
    opts.events = bool(events)
    opts._keep = keep  # ctypes Structures accept extra attributes
    return opts


def report_html(report, *, lke_answers=None, threshold: float = 75.0,
                due_soon_working_days: int = 10) -> str:
    """The HTML report of one satker (`zi report`) from a zi.Report, with the LKE areas and
    the WBK/WBBM criteria when lke_answers (a zi.LkeAnswers) is given."""
    return owned_text(_c.zi_report_to_html, report._handle(), handle_or_null(lke_answers),
                      byref(_html_options(threshold, due_soon_working_days, 0)))


def save_report_html(path: str, report, *, lke_answers=None, threshold: float = 75.0,
                     due_soon_working_days: int = 10) -> None:
    """report_html written to a file."""
    check(_c.zi_report_save_html(str(path).encode("utf-8"), report._handle(), handle_or_null(lke_answers),
                                 byref(_html_options(threshold, due_soon_working_days, 0))))


def portfolio_html(portfolio, scores, *, threshold: float = 75.0, ranking_rows: int = 0) -> str:
    """The HTML report of a portfolio (`zi report --portfolio`) from a zi.Portfolio and
    its zi.PortfolioScores."""
    return owned_text(_c.zi_portfolio_to_html, portfolio._handle(), scores._handle(),
                      byref(_html_options(threshold, 10, ranking_rows)))


def save_portfolio_html(path: str, portfolio, scores, *, threshold: float = 75.0,
                        ranking_rows: int = 0) -> None:
    """portfolio_html written to a file."""
    check(_c.zi_portfolio_save_html(str(path).encode("utf-8"), portfolio._handle(), scores._handle(),
                                    byref(_html_options(threshold, 10, ranking_rows))))


def reminders(report, *, lead: Optional[Sequence[int]] = None,
              escalation: Optional[Sequence[int]] = None) -> dict:
    """The reminders due on the report's as-of date (`zi remind --json`, "zi.reminders/1"):
    lead times H-n in working days before the due date (default 10, 5, 1), H, and
    escalations H+n after it (default 3, 7) for deliverables not done."""
    return json.loads(owned_text(_c.zi_report_reminders_json, report._handle(),
                                 byref(_reminder_options(lead, escalation))))


def reminders_for(plans: Iterable, *, on=None, at=None, evidence=None, calendar: Optional[Calendar] = None,
                  lead: Optional[Sequence[int]] = None, escalation: Optional[Sequence[int]] = None) -> dict:
    """The reminders of several plans: `on` a date for every satker, or `at` an instant (a
    timezone-aware datetime, or Unix seconds) taken as each satker's own date in its time
    zone (WIB, WITA, WIT)."""
    plans = list(plans)
    if (on is None) == (at is None):
        raise TypeError("give on=DATE or at=INSTANT")
    arr = (POINTER(_lib.zi_plan) * len(plans))(*[p._handle() for p in plans])
    instant = None
    day = _lib.zi_date(0)
    if at is not None:
        if isinstance(at, datetime.datetime):
            if at.tzinfo is None:
                raise ValueError("at: a datetime needs a time zone (tzinfo)")
            at = int(at.timestamp() // 1)
        instant = byref(c_int64(int(at)))
    else:
        day = _lib.zi_date(to_days(on))
    return json.loads(owned_text(_c.zi_reminders_json, arr, len(plans), handle_or_null(evidence), day,
                                 instant, handle_or_null(calendar), byref(_reminder_options(lead, escalation))))


def ical_with_alarms(plan_or_report, *, calendar: Optional[Calendar] = None,
                     lead: Optional[Sequence[int]] = None, escalation: Optional[Sequence[int]] = None,
                     events: bool = False, uid_domain: Optional[str] = None) -> str:
    """The iCalendar text of a zi.Plan (on `calendar`, default the plan's own) or of a
    zi.Report, with a VALARM per lead time (09:00 local, n working days before the due
    date, and on the due day) and per escalation, and all-day VEVENTs on the due dates
    instead of VTODOs when events=True (`zi ics --alarms --events`)."""
    from ._scoring import Report
    opts = _reminder_options(lead, escalation, events)
    if isinstance(plan_or_report, Report):
        return owned_text(_c.zi_report_to_ical_alarms, plan_or_report._handle(),
                          byref(ical_options(uid_domain)), byref(opts))
    return owned_text(_c.zi_plan_to_ical_alarms, plan_or_report._handle(), handle_or_null(calendar),
                      byref(ical_options(uid_domain)), byref(opts))


def import_calendar(data, *, source_name: str = "<input>", name: Optional[str] = None,
                    status: str = "unspecified") -> Calendar:
    """A zi.Calendar from a CSV/TSV/XLSX table of date, kind and name (`zi calendar import`):
    `data` is bytes, or a path (str) to read. Write it with Calendar.to_json()."""
    if isinstance(data, str):
        source_name = data if source_name == "<input>" else source_name
        with open(data, "rb") as f:
            data = f.read()
    if status not in CALENDAR_STATUSES:
        raise ValueError("status must be one of %s" % ", ".join(CALENDAR_STATUSES))
    out = _lib.P(_lib.zi_calendar)()
    check(_c.zi_calendar_import_table(byref(out), data, len(data), source_name.encode("utf-8"),
                                      name.encode("utf-8") if name else None, CALENDAR_STATUSES[status]))
    return Calendar(out)
