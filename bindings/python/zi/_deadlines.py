"""The deadline engine: working-day calendars, schedules, due dates and occurrences.

    cal = zi.Calendar.default()                      # ID-2026; zi.Calendar.load(path), ...
    cal.is_working_day(datetime.date(2026, 3, 20))   # False: Idul Fitri
    cal.advance(datetime.date(2026, 3, 31), 10)      # the 10th working day after
    s = zi.parse_schedule("Per Triwulan", 2026)      # Schedule(family="recurring", windows=...)
    zi.due_date(s.windows[0].end, zi.DuePolicy("working_days", 10, 0, "following"), cal)
    with zi.Plan.default() as plan:
        for o in plan.expand(cal):                   # [Occurrence(...)] with .diagnostics
            print(o.indicator_id, o.index, o.due, o.required)

Dates are datetime.date (a "YYYY-MM-DD" string is accepted too). A computation that needed a
year the calendar does not cover (it then knew only the weekends there) warns with
zi.CalendarYearNotCoveredWarning, libzi's calendar_year_not_covered.

A Calendar owns its handle (close(), `with`, or the garbage collector frees it) and may be
used from many threads at once. Schedules and occurrences are copied out as plain values.
"""

import datetime
import os
import warnings
from ctypes import byref, c_bool, c_int32
from dataclasses import dataclass
from typing import Any, Iterable, List, NamedTuple, Optional, Tuple

from . import _lib
from ._dates import DateLike, date_from_days
from ._dates import zdate as _zdate
from ._errors import check
from ._owned import Owned, new_options, owned_text, utf8
from ._plan import Diagnostic, DuePolicy, diagnostics_of

_c = _lib.lib
_text = _lib.text

CONVENTIONS = _lib.enum_values(_c.zi_convention_str)  # {"following": 0, ...}
DUE_OFFSETS = _lib.enum_values(_c.zi_due_offset_str)  # {"none": 0, "working_days": 1, ...}


class CalendarYearNotCoveredWarning(UserWarning):
    """A computation needed a year whose holidays the calendar does not list; it counted
    only Saturdays and Sundays there (libzi's calendar_year_not_covered)."""


def _enum(table, value, what):
    try:
        return table[value]
    except KeyError:
        raise ValueError("unknown %s %r (expected one of %s)" % (what, value, ", ".join(table))) from None


def _warn_uncovered(calendar, what):
    warnings.warn(CalendarYearNotCoveredWarning(
        "calendar %s does not cover every year %s needed; only weekends were known there"
        % (calendar.name, what)), stacklevel=3)


# ---- calendars -------------------------------------------------------------------------------

class Holiday(NamedTuple):
    """A holiday of a calendar. kind: "libur_nasional" | "cuti_bersama" | "libur_daerah";
    region is "" unless the file says libur_daerah:<region>."""
    date: datetime.date
    kind: str
    region: str
    name: str


def _calendar_options(cuti_bersama_is_working_day):
    return new_options(_lib.zi_calendar_options, _c.zi_calendar_options_init, _lib.CALENDAR_OPTIONS_VERSION,
                       cuti_bersama_is_working_day=bool(cuti_bersama_is_working_day))


def _holiday(ptr):
    d = _lib.zi_date()
    check(_c.zi_holiday_date(byref(d), ptr))
    return Holiday(date_from_days(d.days), _text(_c.zi_holiday_kind_str(_c.zi_holiday_kind(ptr))),
                   _text(_c.zi_holiday_region(ptr)), _text(_c.zi_holiday_name(ptr)))


class Calendar(Owned):
    """A working-day calendar: a day is a working day unless it is a Saturday, a Sunday or a
    holiday (docs/calendar-format.md). Immutable; make one with Calendar.default(),
    Calendar.embedded(name), Calendar.load(path), Calendar.from_json(text) or
    Calendar.for_plan(plan)."""

    __slots__ = ()
    _FREE = "zi_calendar_free"
    _WHAT = "calendar"

    @classmethod
    def _make(cls, fn, *args):
        out = _lib.P(_lib.zi_calendar)()
        check(fn(byref(out), *args))
        return cls(out)

    @classmethod
    def default(cls, *, cuti_bersama_is_working_day=False):
        """The calendar compiled into libzi, ID-2026."""
        return cls._make(_c.zi_calendar_default, byref(_calendar_options(cuti_bersama_is_working_day)))

    @classmethod
    def embedded(cls, name, *, cuti_bersama_is_working_day=False):
        """An embedded calendar by name (see embedded_names()); zi.NotFoundError otherwise."""
        return cls._make(_c.zi_calendar_embedded, name.encode("utf-8"),
                         byref(_calendar_options(cuti_bersama_is_working_day)))

    @staticmethod
    def embedded_names():
        """The names of the calendars compiled into libzi."""
        return [_text(_c.zi_calendar_embedded_name(i)) for i in range(_c.zi_calendar_embedded_count())]

    @classmethod
    def load(cls, path, *, cuti_bersama_is_working_day=False):
        """Loads a zi.calendar/1 JSON file (zi.FileError, zi.InvalidError)."""
        return cls._make(_c.zi_calendar_load_file, os.fsencode(path),
                         byref(_calendar_options(cuti_bersama_is_working_day)))

    @classmethod
    def from_json(cls, text, *, cuti_bersama_is_working_day=False):
        """Parses zi.calendar/1 JSON (str or UTF-8 bytes)."""
        data = utf8(text)
        return cls._make(_c.zi_calendar_load_buffer, data, len(data),
                         byref(_calendar_options(cuti_bersama_is_working_day)))

    @classmethod
    def for_plan(cls, plan, *, cuti_bersama_is_working_day=False):
        """The embedded calendar a plan names (Plan.calendar)."""
        return cls._make(_c.zi_calendar_for_plan, plan._handle(),
                         byref(_calendar_options(cuti_bersama_is_working_day)))

    @classmethod
    def weekends_only(cls):
        """A calendar without holidays that covers no year (every use warns)."""
        return cls._make(_c.zi_calendar_weekends_only)

    def with_options(self, *, cuti_bersama_is_working_day):
        """The same holidays with other options (a new Calendar)."""
        return Calendar._make(_c.zi_calendar_with_options, self._handle(),
                              byref(_calendar_options(cuti_bersama_is_working_day)))

    # -- fields

    name = property(lambda self: _text(_c.zi_calendar_name(self._handle())))
    description = property(lambda self: _text(_c.zi_calendar_description(self._handle())))
    source = property(lambda self: _text(_c.zi_calendar_source(self._handle())),
                      doc="The legal basis (SKB, Keppres, Perda), or \"\".")
    status = property(lambda self: _text(_c.zi_calendar_status_str(_c.zi_calendar_status(self._handle()))),
                      doc="\"confirmed\" (the published decree's dates), \"provisional\" (a forecast) "
                          "or \"unspecified\" (the file does not say).")
    cuti_bersama_is_working_day = property(
        lambda self: _c.zi_calendar_cuti_bersama_is_working_day(self._handle()))

    @property
    def years(self) -> Tuple[int, ...]:
        """The covered years: those whose holiday list is complete."""
        h = self._handle()
        return tuple(_c.zi_calendar_year(h, i) for i in range(_c.zi_calendar_year_count(h)))

    def covers(self, year):
        return _c.zi_calendar_covers(self._handle(), year)

    @property
    def holidays(self) -> Tuple[Holiday, ...]:
        """Every holiday, by date, whatever the options."""
        h = self._handle()
        return tuple(_holiday(_c.zi_calendar_holiday(h, i)) for i in range(_c.zi_calendar_holiday_count(h)))

    def find_holiday(self, date) -> Optional[Holiday]:
        """The holiday on a date, or None."""
        ptr = _c.zi_calendar_find_holiday(self._handle(), _zdate(date))
        return _holiday(ptr) if ptr else None

    def is_holiday(self, date):
        """Whether the date is a holiday that closes offices under the options."""
        return _c.zi_calendar_is_holiday(self._handle(), _zdate(date))

    @staticmethod
    def is_weekend(date):
        return _c.zi_calendar_is_weekend(_zdate(date))

    # -- working-day arithmetic

    def is_working_day(self, date):
        out, uncovered = c_bool(), c_bool()
        check(_c.zi_calendar_is_working_day(byref(out), byref(uncovered), self._handle(), _zdate(date)))
        if uncovered.value:
            _warn_uncovered(self, "for %s" % date)
        return out.value

    def adjust(self, date, convention="following"):
        """Moves a date to a working day: "following", "modified_following", "preceding"
        or "unadjusted"."""
        out, uncovered = _lib.zi_date(), c_bool()
        check(_c.zi_calendar_adjust(byref(out), byref(uncovered), self._handle(), _zdate(date),
                                    _enum(CONVENTIONS, convention, "convention")))
        if uncovered.value:
            _warn_uncovered(self, "to adjust %s" % date)
        return date_from_days(out.days)

    def advance(self, date, n):
        """The n-th working day after date (n > 0) or before it (n < 0); date itself never
        counts."""
        out, uncovered = _lib.zi_date(), c_bool()
        check(_c.zi_calendar_advance(byref(out), byref(uncovered), self._handle(), _zdate(date), n))
        if uncovered.value:
            _warn_uncovered(self, "to advance %s by %d" % (date, n))
        return date_from_days(out.days)

    def working_days_between(self, start, end, include_first=True, include_last=False):
        """QuantLib's businessDaysBetween: the working days of [start, end) by default;
        negative when end is before start."""
        out, uncovered = c_int32(), c_bool()
        check(_c.zi_calendar_working_days_between(byref(out), byref(uncovered), self._handle(),
                                                  _zdate(start), _zdate(end), bool(include_first),
                                                  bool(include_last)))
        if uncovered.value:
            _warn_uncovered(self, "between %s and %s" % (start, end))
        return out.value

    def due_date(self, window_end, policy=None):
        """The due date of a window ending on window_end under a DuePolicy (None: the
        window end itself, moved to the following working day)."""
        return due_date(window_end, policy, self)

    def to_json(self) -> str:
        """The calendar as canonical zi.calendar/1 JSON."""
        return owned_text(_c.zi_calendar_to_json, self._handle())

    def year_json(self, year: int) -> str:
        """One year's holidays and working days per month as JSON, the same text as
        `zi calendar show --year YEAR --json` (with this calendar)."""
        return owned_text(_c.zi_calendar_year_json, self._handle(), year)

    def __repr__(self):
        if self.closed:
            return "<zi.Calendar (closed)>"
        return "<zi.Calendar %s: %d holidays, covers %s>" % (self.name, _c.zi_calendar_holiday_count(self._ptr),
                                                          list(self.years))


# ---- due dates ---------------------------------------------------------------------------------

def _policy_options(policy: Optional[DuePolicy]) -> Any:
    """A zi_due_policy_options of a DuePolicy (None: the defaults, none and following)."""
    opts = new_options(_lib.zi_due_policy_options, _c.zi_due_policy_options_init, _lib.DUE_POLICY_OPTIONS_VERSION)
    if policy is not None:
        opts.offset = _enum(DUE_OFFSETS, policy.offset, "due offset")
        opts.n = policy.n
        opts.day = policy.day
        opts.convention = _enum(CONVENTIONS, policy.convention, "convention")
    return opts


def _on_calendar(calendar: Optional["Calendar"], fn: Any) -> Any:
    """fn(calendar), with the default calendar ID-2026 (closed afterwards) for None."""
    if calendar is not None:
        return fn(calendar)
    with Calendar.default() as cal:
        return fn(cal)


def due_date(window_end: DateLike, policy: Optional[DuePolicy] = None,
             calendar: Optional["Calendar"] = None) -> datetime.date:
    """The due date of an occurrence window ending on window_end: policy (a DuePolicy, e.g.
    indicator.effective_due_policy; None for the window end itself) applied on calendar
    (None: the default calendar ID-2026), then moved to a working day by its convention."""
    opts = _policy_options(policy)

    def on(cal):
        out, uncovered = _lib.zi_date(), c_bool()
        check(_c.zi_due_date(byref(out), byref(uncovered), cal._handle(), _zdate(window_end), byref(opts)))
        if uncovered.value:
            _warn_uncovered(cal, "for the due date of a window ending %s" % window_end)
        return date_from_days(out.days)
    return _on_calendar(calendar, on)


# ---- schedules ---------------------------------------------------------------------------------

class Window(NamedTuple):
    """An occurrence window, both ends inclusive."""
    start: datetime.date
    end: datetime.date


class Schedule(NamedTuple):
    """A parsed target waktu phrase or RRULE (docs/schedules.md). family: "single_month",
    "month_range", "month_list", "recurring", "named_periods" or "rrule"; rrule is an
    equivalent RRULE in canonical form, or None when the subset has none; diagnostics are
    warnings such as schedule_year_mismatch."""
    family: str
    text: str
    windows: Tuple[Window, ...]
    years: Tuple[int, ...]
    rrule: Optional[str]
    diagnostics: Tuple[Diagnostic, ...]


def schedule_of(ptr: Any) -> "Schedule":
    """The Schedule of a borrowed zi_schedule pointer."""
    windows = []
    start, end = _lib.zi_date(), _lib.zi_date()
    for i in range(_c.zi_schedule_window_count(ptr)):
        check(_c.zi_schedule_window(byref(start), byref(end), ptr, i))
        windows.append(Window(date_from_days(start.days), date_from_days(end.days)))
    rrule = _text(_c.zi_schedule_rrule(ptr))
    return Schedule(_text(_c.zi_schedule_family_str(_c.zi_schedule_family(ptr))), _text(_c.zi_schedule_text(ptr)),
                    tuple(windows), tuple(_c.zi_schedule_year(ptr, i) for i in range(_c.zi_schedule_year_count(ptr))),
                    rrule or None, tuple(diagnostics_of(_c.zi_schedule_diagnostics(ptr))))


def _parse(fn: Any, text: str, year: int, read: Any = schedule_of) -> Any:
    """read(the zi_schedule) of text parsed by fn (zi_schedule_parse or _parse_rrule)."""
    raw = text.encode("utf-8")
    out = _lib.P(_lib.zi_schedule)()
    check(fn(byref(out), raw, len(raw), year))
    try:
        return read(out)
    finally:
        _c.zi_schedule_free(out)


def parse_schedule(phrase: str, year: int) -> Schedule:
    """Parses a target waktu phrase ("Per Triwulan", "Januari s.d. Maret 2026", ...) for
    plan year `year`. zi.InvalidError names the first token not understood."""
    return _parse(_c.zi_schedule_parse, phrase, year)


def parse_rrule(rrule: str, year: int) -> Schedule:
    """Parses and expands an RRULE of libzi's subset within year `year`."""
    return _parse(_c.zi_schedule_parse_rrule, rrule, year)


def schedule_json(text: str, year: int, policy: Optional[DuePolicy] = None,
                  calendar: Optional["Calendar"] = None, *, rrule: bool = False) -> str:
    """A target waktu phrase (an RRULE with rrule=True) parsed for plan year `year`, with
    the due date of each window under policy (None: the window end, following) on calendar
    (None: the default calendar ID-2026), as JSON: the same text as `zi schedule parse TEXT
    --year YEAR --json` (and its --due, --convention, --rrule)."""
    opts = _policy_options(policy)

    def write(ptr):
        return _on_calendar(calendar, lambda cal: owned_text(_c.zi_schedule_dues_json, ptr, year, cal._handle(),
                                                              byref(opts)))
    return _parse(_c.zi_schedule_parse_rrule if rrule else _c.zi_schedule_parse, text, year, write)


# ---- occurrences -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Occurrence:
    """One dated deliverable of an indicator: the index-th window (1-based) of its
    schedule, its due date and how many deliverables it requires."""
    indicator_id: str
    indicator_index: int  # position in Plan.indicators()
    index: int
    window_start: datetime.date
    window_end: datetime.date
    due: datetime.date
    required: int


class OccurrenceList(list):
    """A list of occurrences with the expansion's findings in .diagnostics."""

    def __init__(self, items: Iterable[Occurrence] = (), diagnostics: Iterable[Diagnostic] = ()) -> None:
        super().__init__(items)
        self.diagnostics = list(diagnostics)


_COLUMNS = (_lib.OCCURRENCE_INDICATOR_INDEX, _lib.OCCURRENCE_INDEX, _lib.OCCURRENCE_WINDOW_START,
            _lib.OCCURRENCE_WINDOW_END, _lib.OCCURRENCE_DUE, _lib.OCCURRENCE_REQUIRED)


def occurrence_columns(ptr: Any, columns: Iterable[int]) -> Tuple[int, List[List[int]]]:
    """Whole columns of a zi_occurrences (borrowed int32 arrays) as lists."""
    n = _c.zi_occurrences_count(ptr)
    result = []
    for column in columns:
        data = _c.zi_occurrences_column(ptr, column)
        result.append(data[:n] if n else [])
    return n, result


def read_occurrences(ptr: Any) -> List[Occurrence]:
    """The Occurrence rows of a zi_occurrences: one bulk read per column."""
    n, (ind, idx, start, end, due, req) = occurrence_columns(ptr, _COLUMNS)
    ids = [_text(_c.zi_occurrences_indicator_id(ptr, i)) for i in range(n)]
    fd = date_from_days
    return [Occurrence(ids[i], ind[i], idx[i], fd(start[i]), fd(end[i]), fd(due[i]), req[i]) for i in range(n)]


# ---- iCalendar ---------------------------------------------------------------------------------

def ical_options(uid_domain: Optional[str]) -> Any:
    """A zi_ical_options for uid_domain (None: libzi's default, zi.kpu.go.id). ctypes keeps
    the assigned bytes alive with the struct."""
    opts = new_options(_lib.zi_ical_options, _c.zi_ical_options_init, _lib.ICAL_OPTIONS_VERSION)
    if uid_domain is not None:
        opts.uid_domain = uid_domain.encode("utf-8")
    return opts
