"""Plan, its tree (Component -> Aspect -> Activity -> Indicator) and lint Diagnostics.

Lifetimes: a Plan owns one zi_plan handle. close() (or leaving a `with` block) frees it;
otherwise the garbage collector does, through __del__, which does nothing while the
interpreter shuts down. Every Component/Aspect/Activity/Indicator keeps a reference to its
Plan, so a child that outlives every other reference still keeps the handle alive; after
an explicit close(), using a child raises zi.ClosedError instead of touching freed memory.
Small records (Satker, Decree, DuePolicy, Note, Source, Diagnostic) are copied out of C at
once and are plain immutable values.

Threads: a Plan is immutable and may be read from many threads at once (ctypes releases
the GIL during calls). Do not close() a plan while another thread is still using it.
"""

import datetime
import os
from ctypes import byref, c_char_p, c_size_t, c_void_p, cast
from typing import TYPE_CHECKING, Any, List, NamedTuple, Optional, Tuple, Union

from . import _lib
from ._dates import DateLike, date_from_days, to_days
from ._errors import Error, check, error_for
from ._owned import Borrowed, Owned, handle_or_null, new_options, owned_text, utf8

if TYPE_CHECKING:  # the modules that import this one
    from ._deadlines import Calendar, OccurrenceList, Schedule
    from ._evidence import Evidence
    from ._scoring import Report

_c = _lib.lib
_text = _lib.text


# ---- small records, copied out ------------------------------------------------------------

class Satker(NamedTuple):
    """The work unit that owns a plan. level: "pusat" | "provinsi" | "kabkota";
    time_zone: "WIB" | "WITA" | "WIT"."""
    code: str
    name: str
    level: str
    parent: str
    time_zone: str


class Decree(NamedTuple):
    """The decree (keputusan) that set the plan; date is None when the plan gives none."""
    number: str
    date: Optional[datetime.date]
    title: str
    place: str
    signed_by: str


class DuePolicy(NamedTuple):
    """How a due date follows from a window end. offset: "none" | "working_days" |
    "calendar_days" | "day_of_next_month"; convention: "following" | "modified_following" |
    "preceding" | "unadjusted"."""
    offset: str
    n: int
    day: int
    convention: str


class Note(NamedTuple):
    """Why a value differs from, or is missing in, the decree. kind: "resolved" |
    "inferred" | "defect"."""
    field: str
    kind: str
    text: str


class Source(NamedTuple):
    """The decree's raw cells for a damaged row; a cell the plan does not keep is None."""
    no: Optional[str]
    komponen: Optional[str]
    aspek: Optional[str]
    kegiatan: Optional[str]
    indikator: Optional[str]
    bukti_fisik: Optional[str]
    target_waktu: Optional[str]
    target_capaian: Optional[str]


class Diagnostic(NamedTuple):
    """One lint finding. severity: "error" | "warning" | "info"; code is stable
    (docs/diagnostics.md), message is for people; where is a node id ("1.2.1.1") or
    "plan"/"satker"; field is "" when it is about the whole node."""
    severity: str
    code: str
    where: str
    field: str
    message: str


def diagnostic(ptr: Any) -> Diagnostic:
    """The Diagnostic of a borrowed zi_diagnostic pointer."""
    return Diagnostic(_text(_c.zi_severity_str(_c.zi_diagnostic_severity(ptr))), _text(_c.zi_diagnostic_code(ptr)),
                      _text(_c.zi_diagnostic_where(ptr)), _text(_c.zi_diagnostic_field(ptr)),
                      _text(_c.zi_diagnostic_message(ptr)))


def diagnostics_of(ptr: Any) -> List[Diagnostic]:
    """The Diagnostic list of a borrowed or owned zi_diagnostics pointer."""
    return [diagnostic(_c.zi_diagnostics_get(ptr, i)) for i in range(_c.zi_diagnostics_count(ptr))]


def satker_of(ptr: Any) -> Satker:
    """The Satker of a borrowed zi_satker pointer."""
    return Satker(_text(_c.zi_satker_code(ptr)), _text(_c.zi_satker_name(ptr)),
                  _text(_c.zi_satker_level_str(_c.zi_satker_level(ptr))), _text(_c.zi_satker_parent(ptr)),
                  _text(_c.zi_time_zone_str(_c.zi_satker_time_zone(ptr))))


def _due_policy(ptr):
    if not ptr:
        return None
    return DuePolicy(_text(_c.zi_due_offset_str(_c.zi_due_policy_offset(ptr))),
                     _c.zi_due_policy_n(ptr), _c.zi_due_policy_day(ptr),
                     _text(_c.zi_convention_str(_c.zi_due_policy_convention(ptr))))


def _note(ptr):
    return Note(_text(_c.zi_note_field(ptr)), _text(_c.zi_note_kind_str(_c.zi_note_kind(ptr))),
                _text(_c.zi_note_text(ptr)))


def _source(ptr):
    if not ptr:
        return None
    return Source(*(_text(_c.zi_source_cell(ptr, column)) for column in range(8)))


# ---- the tree --------------------------------------------------------------------------------

class _Node(Borrowed):
    """A borrowed child of a Plan: a pointer into the plan's handle plus the Plan itself,
    which keeps the handle alive. Nodes compare equal when they are the same node."""

    __slots__ = ()
    _OWNER = "plan"

    @property
    def plan(self):
        """The Plan this node belongs to."""
        return self._owner

    @property
    def _plan(self):
        return self._owner

    def _label(self):
        return self.id


def _children(parent, count_fn, get_fn, cls):
    p = parent._p()
    plan = parent if isinstance(parent, Plan) else parent._plan
    return tuple(cls(plan, get_fn(p, i)) for i in range(count_fn(p)))


def _notes(node, count_fn, get_fn):
    p = node._p()
    return tuple(_note(get_fn(p, i)) for i in range(count_fn(p)))


class Component(_Node):
    """A komponen pengungkit."""
    __slots__ = ()

    id = property(lambda self: _text(_c.zi_component_id(self._p())), doc='Dotted id, e.g. "1".')
    code = property(lambda self: _text(_c.zi_component_code(self._p())), doc="Short code or \"\".")
    name = property(lambda self: _text(_c.zi_component_name(self._p())))
    weight = property(lambda self: _c.zi_component_weight(self._p()), doc="Weight in the plan score.")
    lke_area = property(lambda self: _text(_c.zi_component_lke_area(self._p())),
                        doc='LKE area code (MP, TL, SDM, AK, PW, PP) or "".')
    source = property(lambda self: _source(_c.zi_component_source(self._p())))

    @property
    def aspects(self) -> Tuple["Aspect", ...]:
        return _children(self, _c.zi_component_aspect_count, _c.zi_component_aspect, Aspect)

    @property
    def notes(self) -> Tuple[Note, ...]:
        return _notes(self, _c.zi_component_note_count, _c.zi_component_note)

    def indicators(self):
        """Every indicator of this component, in document order."""
        return [i for a in self.aspects for k in a.activities for i in k.indicators]


class Aspect(_Node):
    """An aspek pemenuhan."""
    __slots__ = ()

    id = property(lambda self: _text(_c.zi_aspect_id(self._p())), doc='Dotted id, e.g. "1.2".')
    code = property(lambda self: _text(_c.zi_aspect_code(self._p())))
    name = property(lambda self: _text(_c.zi_aspect_name(self._p())))
    weight = property(lambda self: _c.zi_aspect_weight(self._p()), doc="Weight in the component score.")
    lke_subarea = property(lambda self: _text(_c.zi_aspect_lke_subarea(self._p())),
                           doc='LKE sub-area id, e.g. "P.MP.ii", or "".')
    source = property(lambda self: _source(_c.zi_aspect_source(self._p())))

    @property
    def activities(self) -> Tuple["Activity", ...]:
        return _children(self, _c.zi_aspect_activity_count, _c.zi_aspect_activity, Activity)

    @property
    def notes(self) -> Tuple[Note, ...]:
        return _notes(self, _c.zi_aspect_note_count, _c.zi_aspect_note)


class Activity(_Node):
    """A kegiatan/aksi."""
    __slots__ = ()

    id = property(lambda self: _text(_c.zi_activity_id(self._p())), doc='Dotted id, e.g. "1.2.1".')
    code = property(lambda self: _text(_c.zi_activity_code(self._p())))
    text = property(lambda self: _text(_c.zi_activity_text(self._p())))
    responsible = property(lambda self: _text(_c.zi_activity_responsible(self._p())),
                           doc='Penanggung jawab (person or unit responsible), or "".')
    source = property(lambda self: _source(_c.zi_activity_source(self._p())))

    @property
    def indicators(self) -> Tuple["Indicator", ...]:
        return _children(self, _c.zi_activity_indicator_count, _c.zi_activity_indicator, Indicator)

    @property
    def notes(self) -> Tuple[Note, ...]:
        return _notes(self, _c.zi_activity_note_count, _c.zi_activity_note)


class Indicator(_Node):
    """An indikator, with its bukti fisik (evidence), target waktu (schedule) and target
    capaian (target) as the decree wrote them."""
    __slots__ = ()

    id = property(lambda self: _text(_c.zi_indicator_id(self._p())), doc='Dotted id, e.g. "1.2.1.1".')
    code = property(lambda self: _text(_c.zi_indicator_code(self._p())))
    text = property(lambda self: _text(_c.zi_indicator_text(self._p())))
    evidence = property(lambda self: _text(_c.zi_indicator_evidence(self._p())), doc="Bukti fisik.")
    schedule = property(lambda self: _text(_c.zi_indicator_schedule(self._p())),
                        doc='Target waktu as written, e.g. "Per Triwulan".')
    target = property(lambda self: _text(_c.zi_indicator_target(self._p())),
                      doc='Target capaian as written, e.g. "4 (empat) Laporan".')
    rrule = property(lambda self: _text(_c.zi_indicator_rrule(self._p())),
                     doc="Explicit RFC 5545 RRULE, or None.")
    weight = property(lambda self: _c.zi_indicator_weight(self._p()), doc="Weight in the aspect score.")
    responsible = property(lambda self: _text(_c.zi_indicator_responsible(self._p())),
                           doc='The indicator\'s own penanggung jawab, or "" when it inherits its '
                               'kegiatan\'s (see effective_responsible).')
    source = property(lambda self: _source(_c.zi_indicator_source(self._p())))

    @property
    def effective_responsible(self) -> str:
        """The penanggung jawab who acts on this indicator: its own, else its kegiatan's
        ("" when neither has one)."""
        return _text(_c.zi_plan_effective_responsible(self._plan._handle(), self._p()))

    @property
    def due_policy(self) -> Optional[DuePolicy]:
        """The indicator's own due policy, or None when it uses the plan's."""
        return _due_policy(_c.zi_indicator_due_policy(self._p()))

    @property
    def effective_due_policy(self) -> DuePolicy:
        """The due policy that applies: the indicator's own, else the plan's default."""
        return _due_policy(_c.zi_plan_effective_due_policy(self._plan._handle(), self._p()))

    @property
    def lke_questions(self) -> Tuple[str, ...]:
        p = self._p()
        return tuple(_text(_c.zi_indicator_lke_question(p, i))
                     for i in range(_c.zi_indicator_lke_question_count(p)))

    @property
    def notes(self) -> Tuple[Note, ...]:
        return _notes(self, _c.zi_indicator_note_count, _c.zi_indicator_note)

    def _parents(self):
        c = _lib.P(_lib.zi_component)()
        a = _lib.P(_lib.zi_aspect)()
        k = _lib.P(_lib.zi_activity)()
        check(_c.zi_plan_indicator_parents(byref(c), byref(a), byref(k), self._plan._handle(), self._p()))
        return c, a, k

    @property
    def component(self) -> Component:
        return Component(self._plan, self._parents()[0])

    @property
    def aspect(self) -> Aspect:
        return Aspect(self._plan, self._parents()[1])

    @property
    def activity(self) -> Activity:
        return Activity(self._plan, self._parents()[2])

    def resolve_schedule(self) -> Tuple[Optional["Schedule"], List[Diagnostic]]:
        """The schedule this indicator follows in its plan's year, as expansion resolves it
        (its RRULE if it has one, else its phrase): (Schedule or None, [Diagnostic])."""
        from ._deadlines import schedule_of
        out = _lib.P(_lib.zi_schedule)()
        diags = _lib.P(_lib.zi_diagnostics)()
        check(_c.zi_plan_indicator_schedule(byref(out), byref(diags), self._plan._handle(), self._p()))
        try:
            return (schedule_of(out) if out else None), diagnostics_of(diags)
        finally:
            _c.zi_schedule_free(out)
            _c.zi_diagnostics_free(diags)


# ---- the plan -------------------------------------------------------------------------------

def _load_options(validate):
    return new_options(_lib.zi_plan_load_options, _c.zi_plan_load_options_init, _lib.PLAN_LOAD_OPTIONS_VERSION,
                       validate=bool(validate))


def _threads(threads):
    if isinstance(threads, bool) or not isinstance(threads, int):
        raise TypeError("threads: expected int, got %s" % type(threads).__name__)
    return threads


def _take_all(cls, batch):
    """Every entry of a zi_plan_batch, as a Plan or the zi.Error of that entry; frees it."""
    try:
        items = []
        for i in range(_c.zi_plan_batch_count(batch)):
            status = _c.zi_plan_batch_status(batch, i)
            if status != _lib.OK:
                items.append(error_for(status, _lib.text(_c.zi_plan_batch_message(batch, i))))
                continue
            plan = _lib.P(_lib.zi_plan)()
            check(_c.zi_plan_batch_take(byref(plan), batch, i))
            items.append(cls(plan))
        return items
    finally:
        _c.zi_plan_batch_free(batch)


class Plan(Owned):
    """One satker's Rencana Aksi for one year. Make one with Plan.default(),
    Plan.load(path) or Plan.from_json(text); use it as a context manager or call close()
    to free it early."""

    __slots__ = ()
    _FREE = "zi_plan_free"
    _WHAT = "plan"

    def __init__(self, _ptr=None):
        if _ptr is None or not _ptr:
            raise TypeError("use zi.Plan.default(), zi.Plan.load(path) or zi.Plan.from_json(text)")
        super().__init__(_ptr)

    # -- construction

    @classmethod
    def default(cls):
        """The plan compiled into libzi: KPU Provinsi Sulawesi Tengah 2026."""
        out = _lib.P(_lib.zi_plan)()
        check(_c.zi_plan_default(byref(out)))
        return cls(out)

    @classmethod
    def load(cls, path: Union[str, bytes, "os.PathLike[str]"], *, validate: bool = True) -> "Plan":
        """Loads a zi.plan/1 JSON file. Raises zi.FileError (an OSError) when the file
        cannot be read and zi.InvalidError (a ValueError) when it is not a valid plan;
        validate=False accepts a structurally invalid plan so that lint() can report on
        it."""
        out = _lib.P(_lib.zi_plan)()
        check(_c.zi_plan_load_file(byref(out), os.fsencode(path), byref(_load_options(validate))))
        return cls(out)

    @classmethod
    def from_json(cls, text: Union[str, bytes], *, validate: bool = True) -> "Plan":
        """Parses a plan from zi.plan/1 JSON (str, or UTF-8 bytes)."""
        data = utf8(text)
        out = _lib.P(_lib.zi_plan)()
        check(_c.zi_plan_load_buffer(byref(out), data, len(data), byref(_load_options(validate))))
        return cls(out)

    @classmethod
    def load_many(cls, paths, *, validate: bool = True, threads: int = 0) -> List[Union["Plan", Error]]:
        """Loads many zi.plan/1 files at once, on `threads` threads (0: all). Returns one item
        per path, in order: the Plan, or the zi.Error that Plan.load(path) would raise for that
        file (raise it or report it). One bad file does not stop the others."""
        names = [os.fsencode(p) for p in paths]
        arr = (c_char_p * len(names))(*names)
        out = _lib.P(_lib.zi_plan_batch)()
        check(_c.zi_plan_load_files(byref(out), cast(arr, _lib.P(c_void_p)), len(names),
                                    byref(_load_options(validate)), _threads(threads)))
        return _take_all(cls, out)

    @classmethod
    def from_json_many(cls, texts, *, names=None, validate: bool = True,
                       threads: int = 0) -> List[Union["Plan", Error]]:
        """Plan.from_json on many texts at once, on `threads` threads (0: all). names: None or
        one str (or None) per text, put before that text's messages as a file name would be.
        Returns a Plan or a zi.Error per text, in order, as Plan.load_many does."""
        data = [utf8(t) for t in texts]
        if names is not None:
            names = list(names)
            if len(names) != len(data):
                raise ValueError("names: %d given for %d texts" % (len(names), len(data)))
        arr = (c_char_p * len(data))(*data)
        sizes = (c_size_t * len(data))(*(len(d) for d in data))
        labels = None
        if names is not None:
            labels = (c_char_p * len(names))(*(None if n is None else str(n).encode("utf-8") for n in names))
        out = _lib.P(_lib.zi_plan_batch)()
        check(_c.zi_plan_load_buffers(byref(out), cast(arr, _lib.P(c_void_p)), sizes,
                                      cast(labels, _lib.P(c_void_p)) if labels is not None else None,
                                      len(data), byref(_load_options(validate)), _threads(threads)))
        return _take_all(cls, out)

    @classmethod
    def import_table(cls, source, **options):
        """Imports a satker's decree annex (the PDF converter's text, CSV/TSV or XLSX; a path
        or bytes) and returns (plan, report): see zi.plan_import.import_table."""
        from .plan_import import import_table
        return import_table(source, **options)

    # -- fields

    @property
    def year(self) -> int:
        return _c.zi_plan_year(self._handle())

    @property
    def calendar(self) -> str:
        """The working-day calendar's name ("ID-<year>" unless the file names one)."""
        return _text(_c.zi_plan_calendar(self._handle()))

    @property
    def satker(self) -> Satker:
        return satker_of(_c.zi_plan_satker(self._handle()))

    @property
    def decree(self) -> Decree:
        d = _c.zi_plan_decree(self._handle())
        date = _lib.zi_date()
        status = _c.zi_decree_date(byref(date), d)
        if status == _lib.ENOTFOUND:
            when = None
        else:
            check(status)
            when = date_from_days(date.days)
        return Decree(_text(_c.zi_decree_number(d)), when, _text(_c.zi_decree_title(d)),
                      _text(_c.zi_decree_place(d)), _text(_c.zi_decree_signed_by(d)))

    @property
    def due_policy(self) -> DuePolicy:
        """The plan's default due policy."""
        return _due_policy(_c.zi_plan_due_policy(self._handle()))

    @property
    def notes(self) -> Tuple[Note, ...]:
        h = self._handle()
        return tuple(_note(_c.zi_plan_note(h, i)) for i in range(_c.zi_plan_note_count(h)))

    @property
    def components(self) -> Tuple[Component, ...]:
        return _children(self, _c.zi_plan_component_count, _c.zi_plan_component, Component)

    _p = Owned._handle  # what _children() calls on a parent

    @property
    def aspect_count(self) -> int:
        return _c.zi_plan_aspect_count(self._handle())

    @property
    def activity_count(self) -> int:
        return _c.zi_plan_activity_count(self._handle())

    @property
    def indicator_count(self) -> int:
        return _c.zi_plan_indicator_count(self._handle())

    def indicators(self):
        """Every indicator of the plan, in document order."""
        return list(_children(self, _c.zi_plan_indicator_count, _c.zi_plan_indicator, Indicator))

    def find_indicator(self, id):
        """The indicator with that id ("1.2.1.1"), or None."""
        ptr = _c.zi_plan_find_indicator(self._handle(), id.encode("utf-8"))
        return Indicator(self, ptr) if ptr else None

    # -- operations

    def lint(self, *, structural_only=False):
        """Checks the plan; a list of Diagnostic in document order (empty when clean).
        structural_only=True reports only what validation rejects."""
        opts = new_options(_lib.zi_lint_options, _c.zi_lint_options_init, _lib.LINT_OPTIONS_VERSION,
                           structural_only=bool(structural_only))
        out = _lib.P(_lib.zi_diagnostics)()
        check(_c.zi_plan_lint(byref(out), self._handle(), byref(opts)))
        try:
            return diagnostics_of(out)
        finally:
            _c.zi_diagnostics_free(out)

    def to_json(self) -> str:
        """The plan as canonical zi.plan/1 JSON."""
        return owned_text(_c.zi_plan_to_json, self._handle())

    def summary_json(self) -> str:
        """Satker, counts and every indikator as JSON, the same text as `zi plan show --json`."""
        return owned_text(_c.zi_plan_summary_json, self._handle())

    def lint_json(self) -> str:
        """The lint as JSON, the same text as `zi plan lint --json`."""
        out = _lib.P(_lib.zi_diagnostics)()
        check(_c.zi_plan_lint(byref(out), self._handle(), None))
        try:
            return owned_text(_c.zi_plan_lint_json, self._handle(), out)
        finally:
            _c.zi_diagnostics_free(out)

    # -- the decree table (zi.plan_io)

    def export_table(self, path=None, format=None, *, heading=True) -> bytes:
        """The plan as the decree's 8-column table: XLSX or CSV bytes (format "xlsx" | "csv",
        else from path's extension), also written to path when given (zi.plan_io)."""
        from .plan_io import export_table
        return export_table(self, path, format, heading=heading)

    @staticmethod
    def template(path=None, format=None, *, example=False) -> bytes:
        """The empty decree table a satker fills in, as XLSX or CSV bytes (zi.plan_io)."""
        from .plan_io import template_table
        return template_table(path, format, example=example)

    # -- deadlines and scoring (zi._deadlines, zi._scoring: imported when first used, as
    #    those modules import this one)

    def expand(self, calendar: Optional["Calendar"] = None) -> "OccurrenceList":
        """Expands the plan into its dated deliverables on a calendar (None: the plan's own):
        an OccurrenceList of Occurrence, by indicator then index, with the findings (schedule
        and target problems, uncovered years) in .diagnostics."""
        from ._deadlines import OccurrenceList, read_occurrences
        out = _lib.P(_lib.zi_occurrences)()
        check(_c.zi_plan_expand(byref(out), self._handle(), handle_or_null(calendar)))
        try:
            return OccurrenceList(read_occurrences(out), diagnostics_of(_c.zi_occurrences_diagnostics(out)))
        finally:
            _c.zi_occurrences_free(out)

    def to_ical(self, calendar: Optional["Calendar"] = None, *, uid_domain: Optional[str] = None) -> str:
        """The plan's occurrences on a calendar (None: the plan's own) as iCalendar text (RFC
        5545, CRLF line ends): one VTODO per occurrence, due at 23:59 in the satker's time
        zone, with UIDs stable across exports (`zi ics`). uid_domain is the part after '@'."""
        from ._deadlines import ical_options
        return owned_text(_c.zi_plan_to_ical, self._handle(), handle_or_null(calendar),
                          byref(ical_options(uid_domain)))

    def score(self, as_of: DateLike, *, evidence: Optional["Evidence"] = None,
              calendar: Optional["Calendar"] = None, late_credit: float = 0.5,
              count_submitted: bool = False) -> "Report":
        """Scores the plan as of a date (datetime.date or "YYYY-MM-DD"; the engine never reads
        the clock): a Report. evidence: an Evidence (None: none); calendar: a Calendar (None:
        the plan's own); late_credit: the credit of a late deliverable, 0..1; count_submitted:
        whether "submitted" evidence counts."""
        from ._deadlines import Calendar
        from ._evidence import Evidence
        from ._scoring import Report, scoring_policy
        if evidence is not None and not isinstance(evidence, Evidence):
            raise TypeError("evidence must be a zi.Evidence (see zi.import_evidence), not %s"
                            % type(evidence).__name__)
        if calendar is not None and not isinstance(calendar, Calendar):
            raise TypeError("calendar must be a zi.Calendar, not %s" % type(calendar).__name__)
        out = _lib.P(_lib.zi_report)()
        check(_c.zi_score_plan(byref(out), self._handle(), handle_or_null(calendar),
                               handle_or_null(evidence), _lib.zi_date(to_days(as_of)),
                               byref(scoring_policy(late_credit, count_submitted))))
        return Report(out)

    def __repr__(self):
        if self.closed:
            return "<zi.Plan (closed)>"
        s = self.satker
        return "<zi.Plan %s %s %d: %d indicators>" % (s.code, s.name, self.year, self.indicator_count)
