"""Compliance scoring of one plan as of a date (docs/scoring.md).

    with zi.Plan.default() as plan:
        report = plan.score(datetime.date(2026, 7, 1), evidence=ev)   # zi.Report
        report.score                     # 0..100, or None when nothing is assessed yet
        report.node("1.2").score         # an aspek, 0..1
        report.explain("1.2.1.1")        # dict: every occurrence, its credit and evidence
        report.agenda(within_working_days=10)["overdue"]

A Report owns its handle (close(), `with`, or the garbage collector frees it) and does not
depend on the plan, calendar or evidence it was made from. It may be read from many threads.
"""

import datetime
import json
from array import array
from ctypes import byref, c_bool, c_double, c_int32, c_size_t, c_uint8
from dataclasses import dataclass
from typing import Any, Dict, List, NamedTuple, Optional, Tuple

from . import _lib
from ._dates import date_from_days
from ._deadlines import Calendar, Occurrence, ical_options, occurrence_columns
from ._errors import check
from ._owned import Owned, handle_or_null, new_options, owned_text
from ._plan import Diagnostic, diagnostics_of

_c = _lib.lib
_text = _lib.text

STATUSES = _lib.enum_names(_c.zi_occurrence_status_str)  # ("done", "done_late", "open", ...)
LEVELS = _lib.enum_names(_c.zi_report_level_str)  # ("plan", "component", "aspect", "indicator")


class NodeScore(NamedTuple):
    """A node of the score tree. level: "plan" | "component" | "aspect" | "indicator";
    score is 0..100 for the plan, 0..1 otherwise, None when nothing under it is assessed
    yet; weight is its weight in its parent's mean; progress (indicators only, else None)
    is the share of the year's required deliverables delivered, late ones at the late
    credit."""
    id: str
    level: str
    score: Optional[float]
    weight: float
    progress: Optional[float]


@dataclass(frozen=True)
class OccurrenceScore(Occurrence):
    """An occurrence with its status as of the report's date ("done", "done_late", "open",
    "upcoming", "overdue"), the counts delivered on time and late, whether it counts in the
    score (assessed) and its credit (None when not assessed)."""
    status: str = "upcoming"
    on_time: int = 0
    late: int = 0
    assessed: bool = False
    credit: Optional[float] = None


def scoring_policy(late_credit: float, count_submitted: bool) -> Any:
    """A zi_scoring_policy (Plan.score's late_credit and count_submitted)."""
    return new_options(_lib.zi_scoring_policy, _c.zi_scoring_policy_init, _lib.SCORING_POLICY_VERSION,
                       late_credit=float(late_credit), count_submitted=bool(count_submitted))


class Report(Owned):
    """A plan's compliance report as of a date: made by Plan.score()."""

    __slots__ = ()
    _FREE = "zi_report_free"
    _WHAT = "report"

    @property
    def score(self) -> Optional[float]:
        """The plan score, 0..100; None when no occurrence is assessed yet."""
        value, has = c_double(), c_bool()
        check(_c.zi_report_score(byref(value), byref(has), self._handle()))
        return value.value if has.value else None

    @property
    def as_of(self) -> datetime.date:
        d = _lib.zi_date()
        check(_c.zi_report_inputs(byref(d), None, self._handle()))
        return date_from_days(d.days)

    @property
    def policy(self) -> Tuple[float, bool]:
        """(late_credit, count_submitted) the report was made with."""
        p = _lib.zi_scoring_policy()
        check(_c.zi_report_inputs(None, byref(p), self._handle()))
        return p.late_credit, p.count_submitted

    def _nodes(self, level: int) -> List[NodeScore]:
        h = self._handle()
        n = _c.zi_report_node_count(h, level)
        scores = (c_double * n)()
        has = (c_uint8 * n)()
        check(_c.zi_report_copy_scores(scores, has, n, h, level))
        weight = c_double()
        progress, has_progress = c_double(), c_bool()
        out = []
        for i in range(n):
            check(_c.zi_report_node(None, None, byref(weight), h, level, i))
            p = None
            if level == _lib.LEVEL_INDICATOR:
                check(_c.zi_report_indicator_progress(byref(progress), byref(has_progress), h, i))
                p = progress.value if has_progress.value else None
            out.append(NodeScore(_text(_c.zi_report_node_id(h, level, i)), LEVELS[level],
                                 scores[i] if has[i] else None, weight.value, p))
        return out

    @property
    def components(self) -> List[NodeScore]:
        """The komponen scores (NodeScore), in plan order."""
        return self._nodes(_lib.LEVEL_COMPONENT)

    @property
    def aspects(self) -> List[NodeScore]:
        """The aspek scores over the whole plan, in plan order."""
        return self._nodes(_lib.LEVEL_ASPECT)

    @property
    def indicators(self) -> List[NodeScore]:
        """The indikator scores, in the order of Plan.indicators()."""
        return self._nodes(_lib.LEVEL_INDICATOR)

    def node(self, id: str = "plan") -> NodeScore:
        """The node with that id ("plan", "1", "1.2", "1.2.1.1"); zi.NotFoundError otherwise."""
        h = self._handle()
        level, index = c_int32(), c_size_t()
        check(_c.zi_report_find(byref(level), byref(index), h, id.encode("utf-8")))
        score, has, weight = c_double(), c_bool(), c_double()
        check(_c.zi_report_node(byref(score), byref(has), byref(weight), h, level.value, index.value))
        progress = None
        if level.value == _lib.LEVEL_INDICATOR:
            p, has_p = c_double(), c_bool()
            check(_c.zi_report_indicator_progress(byref(p), byref(has_p), h, index.value))
            progress = p.value if has_p.value else None
        return NodeScore(_text(_c.zi_report_node_id(h, level.value, index.value)), LEVELS[level.value],
                         score.value if has.value else None, weight.value, progress)

    @property
    def occurrences(self) -> List["OccurrenceScore"]:
        """Every occurrence with its status and credit (OccurrenceScore), by indicator then
        index; read one column at a time."""
        h = _c.zi_report_occurrences(self._handle())
        n, cols = occurrence_columns(h, range(_lib.OCCURRENCE_ASSESSED + 1))
        ind, idx, start, end, due, req, status, on_time, late, assessed = cols
        credits = array("d", [0.0]) * n
        has = bytearray(n)
        if n:
            check(_c.zi_occurrences_copy_credits((c_double * n).from_buffer(credits), (c_uint8 * n).from_buffer(has),
                                                 n, h))
        ids = [_text(_c.zi_occurrences_indicator_id(h, i)) for i in range(n)]
        fd = date_from_days
        return [OccurrenceScore(ids[i], ind[i], idx[i], fd(start[i]), fd(end[i]), fd(due[i]), req[i],
                                STATUSES[status[i]], on_time[i], late[i], bool(assessed[i]),
                                credits[i] if has[i] else None) for i in range(n)]

    @property
    def status_counts(self) -> Dict[str, int]:
        """How many occurrences have each status: {"done": ..., "overdue": ...}."""
        h = _c.zi_report_occurrences(self._handle())
        _, (status,) = occurrence_columns(h, (_lib.OCCURRENCE_STATUS,))
        counts = dict.fromkeys(STATUSES, 0)
        for s in status:
            counts[STATUSES[s]] += 1
        return counts

    @property
    def diagnostics(self) -> List[Diagnostic]:
        """The expansion's findings, then the evidence's (evidence_unmatched, ...)."""
        return diagnostics_of(_c.zi_report_diagnostics(self._handle()))

    def to_json(self) -> str:
        """The report as JSON, the same text as `zi score --json`. Every "score" in it is on
        0..100: a komponen's, aspek's or indikator's is 100 x its NodeScore.score."""
        return owned_text(_c.zi_report_to_json, self._handle())

    def to_dict(self) -> Dict[str, Any]:
        """The report's JSON, parsed."""
        return json.loads(self.to_json())

    def explain(self, id: str = "plan") -> Dict[str, Any]:
        """Why a number is what it is (`zi explain --json`), as a dict: for the plan, a
        komponen or an aspek the weighted mean with each term; for an indikator every
        occurrence with its counts, credit formula and the evidence that did or did not
        count; every "score" on 0..100. zi.NotFoundError for an unknown id."""
        return json.loads(owned_text(_c.zi_report_explain_json, self._handle(), id.encode("utf-8")))

    def agenda(self, calendar: Optional[Calendar] = None, *, within_working_days: int = 10,
               upcoming_limit: int = 10) -> Dict[str, Any]:
        """The to-do list as of the report's date (`zi agenda --json`), as a dict: counts by
        status, then "overdue" (oldest first), "due_soon" (due within that many working
        days) and "upcoming" (the next upcoming_limit). calendar None: the one the report was
        scored on."""
        opts = new_options(_lib.zi_agenda_options, _c.zi_agenda_options_init, _lib.AGENDA_OPTIONS_VERSION,
                           within_working_days=within_working_days, upcoming_limit=upcoming_limit)
        text = owned_text(_c.zi_report_agenda_json, self._handle(),
                          handle_or_null(calendar), byref(opts))
        return json.loads(text)

    def to_ical(self, *, uid_domain: Optional[str] = None) -> str:
        """The occurrences as iCalendar VTODOs with their STATUS and PERCENT-COMPLETE as of
        the report's date (`zi ics --as-of`)."""
        return owned_text(_c.zi_report_to_ical, self._handle(), byref(ical_options(uid_domain)))

    def __repr__(self):
        if self.closed:
            return "<zi.Report (closed)>"
        return "<zi.Report as of %s: score %s>" % (self.as_of, self.score)
