"""Evidence of delivered work (bukti) and its import from CSV or JSON.

    with zi.Plan.default() as plan:
        ev = zi.import_evidence("bukti.csv", scope=plan)   # or zi.Evidence.read_csv(text, plan)
        for row in ev.rejected:                            # every rejected row, with why
            print(row.where, row.reason)
        report = plan.score(datetime.date(2026, 7, 1), evidence=ev)

An import checks each row against a scope: the satker, their indicators and how many
occurrences each has. The scope is a Plan (expanded on its calendar), a Portfolio, or an
EvidenceScope built by hand. Evidence owns its handle (close(), `with`, or the garbage
collector frees it); its records are copied out as EvidenceRecord / RejectedRow values.
"""

import datetime
import json
import os
from ctypes import byref, c_int32
from typing import NamedTuple

from . import _lib
from ._dates import date_from_days, to_days
from ._errors import check
from ._owned import Owned, handle_or_null, owned_text, utf8
from ._plan import Plan

_c = _lib.lib
_text = _lib.text

EVIDENCE_STATUSES = _lib.enum_names(_c.zi_evidence_status_str)  # ("verified", "submitted", "rejected")


class EvidenceRecord(NamedTuple):
    """An accepted record: satker code, indicator id, occurrence index (1-based), the
    date the deliverable was completed, status ("verified", "submitted" or "rejected"),
    how many deliverables it stands for, a free reference, and its CSV line or JSON
    record number."""
    satker: str
    indicator: str
    occurrence: int
    date: datetime.date
    status: str
    count: int
    ref: str
    line: int


class RejectedRow(NamedTuple):
    """A row the import refused: its line (CSV) or record number (JSON), where ("line 7",
    "/records/3") and why."""
    line: int
    where: str
    reason: str


class EvidenceScope(Owned):
    """What evidence rows are checked against. EvidenceScope() is empty: add() indicators
    to it; EvidenceScope.for_plan(plan) and Portfolio.scope() give a plan's or a
    portfolio's."""

    __slots__ = ()
    _FREE = "zi_evidence_scope_free"
    _WHAT = "evidence scope"

    def __init__(self, _ptr=None):
        if _ptr is None:
            _ptr = _lib.P(_lib.zi_evidence_scope)()
            check(_c.zi_evidence_scope_new(byref(_ptr)))
        super().__init__(_ptr)

    @classmethod
    def for_plan(cls, plan, calendar=None):
        """The scope of one plan, expanded on calendar (None: the plan's own); its satker
        is the default for rows without one."""
        out = _lib.P(_lib.zi_evidence_scope)()
        check(_c.zi_evidence_scope_for_plan(byref(out), plan._handle(), handle_or_null(calendar)))
        return cls(out)

    def add(self, satker, indicator, occurrences):
        """Registers an indicator of a satker with its number of occurrences (0: it has no
        schedule, so evidence for it is rejected)."""
        check(_c.zi_evidence_scope_add(self._handle(), satker.encode("utf-8"), indicator.encode("utf-8"),
                                       occurrences))
        return self

    @property
    def default_satker(self):
        """The satker of rows that name none ("" when rows must name one)."""
        return _text(_c.zi_evidence_scope_default_satker(self._handle()))

    @default_satker.setter
    def default_satker(self, satker):
        check(_c.zi_evidence_scope_set_default_satker(self._handle(), satker.encode("utf-8")))

    def has_satker(self, satker):
        return _c.zi_evidence_scope_has_satker(self._handle(), satker.encode("utf-8"))

    def occurrences(self, satker, indicator):
        """How many occurrences the indicator of that satker has; None when unknown."""
        out = c_int32()
        status = _c.zi_evidence_scope_occurrences(byref(out), self._handle(), satker.encode("utf-8"),
                                                  indicator.encode("utf-8"))
        if status == _lib.ENOTFOUND:
            return None
        check(status)
        return out.value


def as_scope(scope, calendar=None):
    """(EvidenceScope, whether the caller must close it) for a Plan, a Portfolio or an
    EvidenceScope."""
    if isinstance(scope, EvidenceScope):
        return scope, False
    if isinstance(scope, Plan):
        return EvidenceScope.for_plan(scope, calendar), True
    make = getattr(scope, "scope", None)  # a Portfolio
    if callable(make):
        return make(), True
    raise TypeError("scope must be a zi.Plan, a zi.Portfolio or a zi.EvidenceScope, not %s"
                    % type(scope).__name__)


class Evidence(Owned):
    """An imported evidence set: the accepted records and every rejected row. len() is the
    number of accepted records."""

    __slots__ = ()
    _FREE = "zi_evidence_free"
    _WHAT = "evidence set"

    @classmethod
    def _import(cls, scope, calendar, fn, *args):
        """fn(&out, *args, scope handle) for a Plan, Portfolio or EvidenceScope scope."""
        sc, own = as_scope(scope, calendar)
        try:
            out = _lib.P(_lib.zi_evidence)()
            check(fn(byref(out), *args, sc._handle()))
            return cls(out)
        finally:
            if own:
                sc.close()

    @classmethod
    def _read(cls, fn, text, scope, calendar):
        data = utf8(text)
        return cls._import(scope, calendar, fn, data, len(data))

    @classmethod
    def read_csv(cls, text, scope, *, calendar=None):
        """Imports evidence CSV (str or bytes) against a scope (Plan, Portfolio or
        EvidenceScope; a Plan is expanded on calendar, None: its own)."""
        return cls._read(_c.zi_evidence_read_csv, text, scope, calendar)

    @classmethod
    def read_json(cls, text, scope, *, calendar=None):
        """Imports evidence JSON: an array of records or {"format": "zi.evidence/1",
        "records": [...]}."""
        return cls._read(_c.zi_evidence_read_json, text, scope, calendar)

    @classmethod
    def load(cls, path, scope, *, calendar=None):
        """Imports an evidence file: JSON if it ends in .json, else CSV."""
        return cls._import(scope, calendar, _c.zi_evidence_load_file, os.fsencode(path))

    @classmethod
    def from_records(cls, records, scope, *, calendar=None):
        """Imports records given as EvidenceRecord values or dicts with the CSV's field
        names (satker, indicator, occurrence, date, status, count, ref); the checks and
        rejections are those of an import."""
        rows = []
        for r in records:
            d = r._asdict() if hasattr(r, "_asdict") else dict(r)
            d.pop("line", None)
            d = {k: v for k, v in d.items() if v is not None}
            if isinstance(d.get("date"), (datetime.date, datetime.datetime)):
                d["date"] = date_from_days(to_days(d["date"])).isoformat()
            rows.append(d)
        return cls.read_json(json.dumps({"format": "zi.evidence/1", "records": rows}), scope, calendar=calendar)

    @classmethod
    def synthetic(cls, plan, seed, *, calendar=None):
        """Synthetic evidence for a plan's occurrences (about 60% on time, 15% late, 5%
        submitted, 3% rejected, the rest missing), deterministic for a seed."""
        out = _lib.P(_lib.zi_evidence)()
        check(_c.zi_evidence_synthetic(byref(out), plan._handle(), handle_or_null(calendar), seed))
        return cls(out)

    def __len__(self):
        return _c.zi_evidence_count(self._handle())

    @property
    def records(self):
        """The accepted records, in input order."""
        h = self._handle()
        occ, d, status, count, line = c_int32(), _lib.zi_date(), c_int32(), c_int32(), c_int32()
        out = []
        for i in range(_c.zi_evidence_count(h)):
            check(_c.zi_evidence_get(byref(occ), byref(d), byref(status), byref(count), byref(line), h, i))
            out.append(EvidenceRecord(_text(_c.zi_evidence_satker(h, i)), _text(_c.zi_evidence_indicator(h, i)),
                                      occ.value, date_from_days(d.days), EVIDENCE_STATUSES[status.value], count.value,
                                      _text(_c.zi_evidence_ref(h, i)), line.value))
        return out

    @property
    def rejected(self):
        """Every rejected row, by line."""
        h = self._handle()
        return [RejectedRow(_c.zi_evidence_rejected_line(h, i), _text(_c.zi_evidence_rejected_where(h, i)),
                            _text(_c.zi_evidence_rejected_reason(h, i)))
                for i in range(_c.zi_evidence_rejected_count(h))]

    @property
    def notes(self):
        """Notes on accepted rows (an occurrence inferred from the date), as
        zi.tables.EvidenceNote values; only zi.tables.read_evidence makes them."""
        from .tables import notes
        return notes(self)

    @property
    def other_satker(self):
        """Satker outside the scope whose rows were summarised, one per satker
        (zi.tables.read_evidence(..., summarize_other_satker=True))."""
        from .tables import other_satker
        return other_satker(self)

    @property
    def unfilled(self):
        """Lines of a filled-in evidence template left unfilled."""
        from .tables import unfilled
        return unfilled(self)

    def to_csv(self):
        """The accepted records as canonical evidence CSV."""
        return owned_text(_c.zi_evidence_to_csv, self._handle())

    def __repr__(self):
        if self.closed:
            return "<zi.Evidence (closed)>"
        return "<zi.Evidence %d records, %d rejected>" % (len(self), _c.zi_evidence_rejected_count(self._ptr))


def import_evidence(path=None, *, scope, text=None, format="csv", calendar=None):
    """Imports evidence from a file (path; JSON if it ends in .json, else CSV) or from
    text (text=..., format "csv" or "json") against a scope: a Plan (expanded on
    calendar, None: its own), a Portfolio or an EvidenceScope. Returns an Evidence with
    the accepted records and every rejected row."""
    if (path is None) == (text is None):
        raise TypeError("give either a path or text=")
    if path is not None:
        return Evidence.load(path, scope, calendar=calendar)
    if format == "csv":
        return Evidence.read_csv(text, scope, calendar=calendar)
    if format == "json":
        return Evidence.read_json(text, scope, calendar=calendar)
    raise ValueError("format must be 'csv' or 'json', not %r" % (format,))
