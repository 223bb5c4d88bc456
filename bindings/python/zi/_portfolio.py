"""Many satker scored at once: the compiled portfolio (docs/scoring.md, "Many satker").

    with zi.Portfolio.synthetic(553) as portfolio:          # or Portfolio.compile(plans), .load_dir(dir)
        ev = portfolio.synthetic_evidence(seed=7)          # or zi.import_evidence(path, scope=portfolio)
        with portfolio.with_evidence(ev) as scored:
            result = scored.score(datetime.date(2026, 7, 1), threads=2)
            result.scores          # array('d'), one per satker, 0.0 where has_score[p] is 0
            result.has_score       # bytes
            result.ranking         # array of plan indices, best first
            scored.satker(result.ranking[0]).name

Every array of a PortfolioScores is filled by one bulk C call (no call per number) and is
numpy-free: array.array and bytes, which numpy.frombuffer can view without a copy. A
satker's score equals Plan.score() of the same plan and evidence, bit for bit, for any
thread count.

Portfolio and PortfolioScores own their handles (close(), `with`, or the garbage collector
frees them). A portfolio may be scored from many threads at once.
"""

import datetime
import os
from array import array
from ctypes import byref, c_bool, c_char_p, c_double, c_int32, c_uint8, c_uint32, c_void_p, cast
from typing import NamedTuple, Optional

from . import _lib
from ._dates import date_from_days, to_days
from ._errors import CallbackError, check
from ._evidence import Evidence, EvidenceScope
from ._owned import INT32, UINT32, Owned, handle_or_null, new_options
from ._plan import Plan, Satker, diagnostics_of, satker_of

_c = _lib.lib
_text = _lib.text
_P_PORTFOLIO = _lib.P(_lib.zi_portfolio)
_P_SCORES = _lib.P(_lib.zi_portfolio_scores)
_ZERO_DOUBLES = array("d", [0.0])
_ZERO_UINT32 = array(UINT32, [0])
_ZERO_INT32 = array(INT32, [0])
_STATUS_COUNT = 5

_REGISTRIES = {"kpu": _lib.REGISTRY_KPU, "sulteng": _lib.REGISTRY_SULTENG}


def satker_registry(name="kpu"):
    """The satker of a registry: "kpu" (all 553 KPU satker: KPU RI, then each province
    followed by its kabupaten/kota) or "sulteng" (KPU Provinsi Sulawesi Tengah and its 13
    kabupaten/kota), as a list of Satker."""
    r = _REGISTRIES.get(name)
    if r is None:
        raise ValueError("unknown registry %r (expected 'kpu' or 'sulteng')" % (name,))
    return [satker_of(_c.zi_satker_registry_get(r, i)) for i in range(_c.zi_satker_registry_count(r))]


def _compile_options(threads, keep_plans):
    return new_options(_lib.zi_portfolio_options, _c.zi_portfolio_options_init, _lib.PORTFOLIO_OPTIONS_VERSION,
                       threads=threads, keep_plans=bool(keep_plans))


class RollUp(NamedTuple):
    """The satker under one parent: how many, how many have a score, how many score at or
    above the threshold, and the mean, minimum and maximum score (None when none is scored)."""
    parent: str
    count: int
    scored: int
    at_or_above: int
    mean: Optional[float]
    min: Optional[float]
    max: Optional[float]


class PortfolioScores(Owned):
    """The scores of every satker of a portfolio as of a date, in portfolio order:

    scores               array('d'): the plan score 0..100, 0.0 where there is none
    has_score            bytes: 1 where the plan has a score, else 0
    ranking              array of plan indices: score descending, ties by satker code,
                         no score last
    status_counts        array of 5 * len(self) ints: status_counts[5 * p + s] occurrences of
                         plan p with status s (0 done, 1 done_late, 2 open, 3 upcoming, 4 overdue)
    component_offsets    array of len(self) + 1 indices into the component arrays
    component_scores     array('d'): plan p's komponen scores (0..1) are
                         component_scores[component_offsets[p]:component_offsets[p + 1]]
    component_has_score  bytes, alongside component_scores

    Each array was filled by one C call. rollups (per parent satker) are read on first use.
    """

    __slots__ = ("portfolio", "as_of", "count", "scores", "has_score", "ranking", "status_counts",
                 "component_offsets", "component_scores", "component_has_score", "_rollups")
    _FREE = "zi_portfolio_scores_free"
    _WHAT = "portfolio scores"

    def __init__(self, ptr, portfolio, as_of):
        super().__init__(ptr)
        self.portfolio = portfolio
        self.as_of = as_of
        self._rollups = None
        c = _c
        n = c.zi_portfolio_scores_count(ptr)
        self.count = n
        scores = _ZERO_DOUBLES * n
        has = bytearray(n)
        ranking = _ZERO_UINT32 * n
        counts = _ZERO_INT32 * (_STATUS_COUNT * n)
        offsets = _ZERO_UINT32 * (n + 1)
        m = c.zi_portfolio_scores_component_count(ptr)
        comp = _ZERO_DOUBLES * m
        comp_has = bytearray(m)
        check(c.zi_portfolio_scores_copy((c_double * n).from_buffer(scores), (c_uint8 * n).from_buffer(has), n, ptr))
        check(c.zi_portfolio_scores_copy_ranking((c_uint32 * n).from_buffer(ranking), n, ptr))
        check(c.zi_portfolio_scores_copy_status_counts((c_int32 * (5 * n)).from_buffer(counts), 5 * n, ptr))
        check(c.zi_portfolio_scores_copy_component_offsets((c_uint32 * (n + 1)).from_buffer(offsets), n + 1, ptr))
        check(c.zi_portfolio_scores_copy_components((c_double * m).from_buffer(comp), (c_uint8 * m).from_buffer(comp_has),
                                                    m, ptr))
        self.scores = scores
        self.has_score = bytes(has)
        self.ranking = ranking
        self.status_counts = counts
        self.component_offsets = offsets
        self.component_scores = comp
        self.component_has_score = bytes(comp_has)

    def __len__(self):
        return self.count

    def score(self, p) -> Optional[float]:
        """Plan p's score, or None."""
        return self.scores[p] if self.has_score[p] else None

    def component_scores_of(self, p):
        """Plan p's komponen scores (None where there is none), in its plan's order."""
        a, b = self.component_offsets[p], self.component_offsets[p + 1]
        return [self.component_scores[k] if self.component_has_score[k] else None for k in range(a, b)]

    def status_counts_of(self, p):
        """Plan p's occurrence counts by status, as a dict."""
        from ._scoring import STATUSES
        return dict(zip(STATUSES, self.status_counts[5 * p:5 * p + 5]))

    @property
    def occurrences_scored(self):
        return _c.zi_portfolio_scores_occurrences(self._handle())

    @property
    def rollups(self):
        """One RollUp per parent satker code, sorted by code."""
        if self._rollups is None:
            h = self._handle()
            count, scored, above = c_int32(), c_int32(), c_int32()
            mean, lo, hi, has = c_double(), c_double(), c_double(), c_bool()
            out = []
            for i in range(_c.zi_portfolio_scores_rollup_count(h)):
                check(_c.zi_portfolio_scores_rollup(byref(count), byref(scored), byref(above), byref(mean), byref(lo),
                                                    byref(hi), byref(has), h, i))
                stats = (mean.value, lo.value, hi.value) if has.value else (None, None, None)
                out.append(RollUp(_text(_c.zi_portfolio_scores_rollup_parent(h, i)), count.value, scored.value,
                                  above.value, *stats))
            self._rollups = out
        return self._rollups

    def top(self, k=10):
        """The k best satker: [(Satker, score or None)]."""
        return [(self.portfolio.satker(p), self.score(p)) for p in self.ranking[:k]]

    def to_json(self, threshold=75.0) -> str:
        """The scores as JSON, the same text as `zi portfolio --json`; threshold is written
        as given (pass the one given to Portfolio.score)."""
        from ._owned import owned_text
        return owned_text(_c.zi_portfolio_scores_to_json, self.portfolio._handle(), self._handle(),
                          float(threshold))

    def __repr__(self):
        return "<zi.PortfolioScores as of %s: %d satker>" % (self.as_of, self.count)


class Portfolio(Owned):
    """Satker plans compiled once for scoring as of any date: Portfolio.compile(plans),
    Portfolio.load_dir(path) or Portfolio.synthetic(count)."""

    __slots__ = ("_satkers",)
    _FREE = "zi_portfolio_free"
    _WHAT = "portfolio"

    def __init__(self, _ptr=None):
        super().__init__(_ptr)
        self._satkers = None

    @classmethod
    def _make(cls, fn, *args):
        out = _P_PORTFOLIO()
        check(fn(byref(out), *args))
        return cls(out)

    @classmethod
    def compile(cls, plans, *, calendar=None, threads=0, labels=None, keep_plans=True):
        """Compiles plans (zi.Plan, one per satker) on calendar (None: each plan's own),
        expanding them on `threads` threads (0: all). labels: one str (e.g. the file it was
        read from) or None per plan, named in errors such as two plans for one satker.
        keep_plans=False keeps only what scoring, evidence and the reports need (about a
        tenth of the memory); plan(p) then raises zi.InvalidError."""
        plans = list(plans)
        arr = (_lib.P(_lib.zi_plan) * len(plans))(*(p._handle() for p in plans))
        if labels is not None:
            labels = list(labels)
            if len(labels) != len(plans):
                raise ValueError("labels: %d given for %d plans" % (len(labels), len(plans)))
            names = (c_char_p * len(labels))(*(None if s is None else str(s).encode("utf-8") for s in labels))
            return cls._make(_c.zi_portfolio_compile_labeled, arr, cast(names, _lib.P(c_void_p)), len(plans),
                             handle_or_null(calendar), byref(_compile_options(threads, keep_plans)))
        return cls._make(_c.zi_portfolio_compile, arr, len(plans), handle_or_null(calendar),
                         byref(_compile_options(threads, keep_plans)))

    @classmethod
    def from_source(cls, count, make_plan, *, calendar=None, threads=0, keep_plans=False):
        """Compiles count plans made one at a time: make_plan(i) returns a new zi.Plan for
        index i, which the portfolio takes (the Plan object is closed). Only the block of
        plans being compiled is held, so plans can be read or made as they are needed. It is
        called from the compile threads; an exception it raises stops the compilation and is
        raised again here (the first by index)."""
        failures = {}

        def source(_user, index, out):
            try:
                plan = make_plan(index)
                if not isinstance(plan, Plan):
                    raise TypeError("make_plan(%d) must return a zi.Plan, not %s" % (index, type(plan).__name__))
                ptr = plan._handle()
                if plan._owner is not None:
                    raise ValueError("make_plan(%d) returned a plan borrowed from another object" % index)
                plan._ptr = None  # the portfolio takes the handle
                out[0] = ptr
                return _lib.OK
            except BaseException as e:  # noqa: B902 -- handed back to the caller below
                failures[index] = e
                return _lib.EUSER

        callback = _lib.zi_plan_source_fn(source)
        try:
            return cls._make(_c.zi_portfolio_compile_source, count, callback, None, handle_or_null(calendar),
                             byref(_compile_options(threads, keep_plans)))
        except CallbackError:
            if failures:  # the first make_plan that raised, by index
                raise failures[min(failures)] from None
            raise

    @classmethod
    def load_dir(cls, path, *, calendar=None, threads=0, keep_plans=True):
        """Compiles every *.json plan file of a directory, in file name order, reading them a
        block at a time on `threads` threads; with keep_plans=False only that block of plans
        is ever held."""
        return cls._make(_c.zi_portfolio_load_dir, os.fsencode(path), handle_or_null(calendar),
                         byref(_compile_options(threads, keep_plans)))

    @classmethod
    def synthetic(cls, count=None, *, registry=None, seed=2026, base=None, calendar=None, threads=0,
                  keep_plans=True):
        """Synthetic plans varied from base (None: the default plan): count of them (the
        553 KPU satker in order, then extra ones), or one per satker of a registry ("kpu",
        "sulteng"). `zi portfolio --synthetic N` uses seed 2026. With keep_plans=False the
        plans are made a block at a time and not kept (synthetic_evidence makes them again)."""
        b = handle_or_null(base)
        opts = byref(_compile_options(threads, keep_plans))
        if (count is None) == (registry is None):
            raise TypeError("give either count or registry=")
        if count is not None:
            return cls._make(_c.zi_portfolio_synthetic, b, count, seed, handle_or_null(calendar), opts)
        r = _REGISTRIES.get(registry)
        if r is None:
            raise ValueError("unknown registry %r (expected 'kpu' or 'sulteng')" % (registry,))
        n = _c.zi_satker_registry_count(r)
        arr = (_lib.P(_lib.zi_satker) * n)(*(_c.zi_satker_registry_get(r, i) for i in range(n)))
        return cls._make(_c.zi_portfolio_synthetic_for, b, arr, n, seed, handle_or_null(calendar), opts)

    def with_evidence(self, evidence):
        """The same plans with an evidence set filed under their occurrences (a new
        Portfolio; the compiled plans are shared). Records matching nothing are counted in
        unmatched_evidence."""
        if evidence is not None and not isinstance(evidence, Evidence):
            raise TypeError("evidence must be a zi.Evidence, not %s" % type(evidence).__name__)
        return Portfolio._make(_c.zi_portfolio_with_evidence, self._handle(),
                               handle_or_null(evidence))

    def with_satker_evidence(self, code, evidence):
        """The same plans with satker `code`'s evidence replaced by evidence (a zi.Evidence
        of that satker's records, or None for none): a new Portfolio in which only that
        satker is filed again; the compiled plans and the other satker's evidence are
        shared, and this portfolio is unchanged (it may go on being scored). Scores exactly
        as with_evidence of the whole new evidence set. Records without a satker are
        code's. Raises zi.NotFoundError for a satker the portfolio does not have and
        zi.InvalidError for a record of another satker."""
        if not isinstance(code, str):
            raise TypeError("code must be a str, not %s" % type(code).__name__)
        if evidence is not None and not isinstance(evidence, Evidence):
            raise TypeError("evidence must be a zi.Evidence, not %s" % type(evidence).__name__)
        return Portfolio._make(_c.zi_portfolio_with_satker_evidence, self._handle(), code.encode("utf-8"),
                               handle_or_null(evidence))

    def with_added_evidence(self, evidence):
        """The same plans with evidence (of any satker) added to what is filed: a new
        Portfolio in which only the satker the records name are filed again; equal to
        with_evidence of all the evidence so far followed by these records."""
        if evidence is not None and not isinstance(evidence, Evidence):
            raise TypeError("evidence must be a zi.Evidence, not %s" % type(evidence).__name__)
        return Portfolio._make(_c.zi_portfolio_with_added_evidence, self._handle(),
                               handle_or_null(evidence))

    def scope(self):
        """The EvidenceScope of every plan, for importing evidence."""
        out = _lib.P(_lib.zi_evidence_scope)()
        check(_c.zi_portfolio_scope(byref(out), self._handle()))
        return EvidenceScope(out)

    def synthetic_evidence(self, seed=7):
        """Synthetic evidence for every plan: plan p's is Evidence.synthetic(plan p, seed + p)."""
        out = _lib.P(_lib.zi_evidence)()
        check(_c.zi_portfolio_synthetic_evidence(byref(out), self._handle(), seed))
        return Evidence(out)

    # -- reading

    def __len__(self):
        return _c.zi_portfolio_plan_count(self._handle())

    plan_count = property(__len__)
    occurrence_count = property(lambda self: _c.zi_portfolio_occurrence_count(self._handle()))
    evidence_count = property(lambda self: _c.zi_portfolio_evidence_count(self._handle()),
                              doc="Evidence records filed under an occurrence.")
    unmatched_evidence = property(lambda self: _c.zi_portfolio_unmatched_evidence(self._handle()))

    @property
    def satkers(self):
        """Every plan's Satker, in portfolio order (read once, then cached)."""
        if self._satkers is None:
            h = self._handle()
            self._satkers = tuple(satker_of(_c.zi_portfolio_satker(h, i)) for i in range(_c.zi_portfolio_plan_count(h)))
        return self._satkers

    def satker(self, p) -> Satker:
        return self.satkers[p]

    @property
    def keeps_plans(self):
        """Whether the portfolio was compiled with keep_plans=True (plan(p) works)."""
        return bool(_c.zi_portfolio_keeps_plans(self._handle()))

    def component_ids(self, p):
        """Plan p's komponen ids in plan order (the order of its component scores), kept
        whether or not the portfolio keeps its plans."""
        h = self._handle()
        if not 0 <= p < _c.zi_portfolio_plan_count(h):
            raise IndexError("plan index %d out of range (%d plans)" % (p, _c.zi_portfolio_plan_count(h)))
        return [_c.zi_portfolio_component_id(h, p, c).decode("utf-8")
                for c in range(_c.zi_portfolio_component_count(h, p))]

    def plan(self, p) -> Plan:
        """Plan p as a zi.Plan of its own; zi.InvalidError when the portfolio does not keep
        its plans."""
        out = _lib.P(_lib.zi_plan)()
        check(_c.zi_portfolio_plan(byref(out), self._handle(), p))
        return Plan(out)

    def diagnostics(self, p):
        """Plan p's expansion findings."""
        out = _lib.P(_lib.zi_diagnostics)()
        check(_c.zi_portfolio_diagnostics(byref(out), self._handle(), p))
        try:
            return diagnostics_of(out)
        finally:
            _c.zi_diagnostics_free(out)

    # -- scoring

    def score(self, as_of, *, threads=0, late_credit=0.5, count_submitted=False, threshold=75.0):
        """Scores every plan as of a date on `threads` threads (0: all): a PortfolioScores
        whose arrays are read in one C call each."""
        opts = new_options(_lib.zi_portfolio_score_options, _c.zi_portfolio_score_options_init,
                           _lib.PORTFOLIO_SCORE_OPTIONS_VERSION, late_credit=late_credit,
                           count_submitted=count_submitted, threads=threads, threshold=threshold)
        if not isinstance(as_of, datetime.date):
            as_of = date_from_days(to_days(as_of))
        out = _P_SCORES()
        check(_c.zi_portfolio_score(byref(out), self._handle(), _lib.zi_date(to_days(as_of)), byref(opts)))
        return PortfolioScores(out, self, as_of)  # it owns `out` from its first line on

    def __repr__(self):
        if self.closed:
            return "<zi.Portfolio (closed)>"
        return "<zi.Portfolio %d satker, %d occurrences, %d evidence records>" % (
            len(self), self.occurrence_count, self.evidence_count)
