"""The LKE evaluation (Zona Integritas worksheet, PermenPANRB 90/2021): the rubric, answer
sets, scoring, the WBK/WBBM check, what-if, suggested answers and portfolio batches.

    import zi
    rubric = zi.LkeRubric.default()
    answers = zi.LkeAnswers.load("answers.json", rubric)     # or .csv; from_json(text)
    score = rubric.score(answers, layer="unit")              # zi.LkeScore
    print(score.total, score.area("MP").total)               # 79.115 6.03375
    result = score.check("wbbm")                             # zi.PredicateResult
    print(result.passed, result.reasons)
    for c in result.criteria:                                # zi.CriterionResult
        print(c.id, c.value, c.threshold, c.margin, c.passed)
    plan = answers.whatif("wbbm")                            # zi.WhatIfResult
    rubric.suggest_from_report(report)                       # [zi.LkeSuggestion]; report: Plan.score()
    batch = zi.lke_score_batch([answers, ...], threads=4)    # zi.LkeBatchResult
    batch.totals, batch.passes("wbk")                        # array.array columns

docs/lke.md gives the semantics. Errors are the zi.Error classes: a malformed answer file
raises zi.InvalidError (a ValueError) whose message lists every problem with its question
id; a missing file zi.FileError (an OSError); an unknown predicate zi.NotFoundError.

Lifetimes: LkeRubric, LkeAnswers, LkeScore and LkeBatchResult own a libzi handle each:
close() (or a `with` block) frees it, else the garbage collector does. The rubric's views
(LkeArea, LkeSubarea, LkeQuestion) keep their rubric alive; a score keeps its rubric (for
check()) and, when it was read from a batch, the batch. Answer sets and results do not
depend on the rubric's handle in libzi, so closing a rubric never invalidates them.
Everything else (PredicateResult, WhatIfResult, the score rows) is copied out into plain
Python values.
"""

import array
import datetime
import os
from ctypes import POINTER, byref, c_char_p, c_double, c_int32, c_size_t, c_uint8, c_void_p, cast, string_at
from typing import NamedTuple, Tuple

from . import _lib
from ._errors import ClosedError, NotFoundError, check
from ._owned import Borrowed, Owned
from ._plan import Diagnostic, days_from_date
from ._scoring import Report

_c = _lib.lib
_text = _lib.text

__all__ = [
    "CriterionResult", "LkeAnswers", "LkeArea", "LkeAreaScore", "LkeBatchResult", "LkeCriterion",
    "LkeHasilGroupScore", "LkeHasilItem", "LkeHasilScore", "LkeItemScore", "LkeOption", "LkePredicate",
    "LkeQuestion", "LkeRatio", "LkeRubric", "LkeScore", "LkeSubarea", "LkeSubareaScore",
    "LkeSuggestion", "PredicateResult", "WhatIfResult", "WhatIfStep", "lke_score", "lke_score_batch",
]

_LAYERS = {"unit": 0, "tpi": 1}
_FORMATS = {"json": 0, "csv": 1}
_ZERO_POLICIES = {None: 0, "default": 0, "one": 1, "zero": 2, "unanswered": 3,
                  "zero_over_zero_is_one": 1, "zero_over_zero_is_zero": 2,
                  "zero_over_zero_is_unanswered": 3}


def _choose(table, value, what):
    try:
        return table[value]
    except (KeyError, TypeError):
        names = ", ".join(repr(k) for k in table if k is not None)
        raise ValueError("%s must be one of %s, not %r" % (what, names, value)) from None


def _owned_text(fn, *args):
    """Calls a zi function that returns an owned string through (char **, size_t *)."""
    out = c_void_p()
    size = c_size_t()
    check(fn(byref(out), byref(size), *args))
    try:
        return string_at(out, size.value).decode("utf-8")
    finally:
        _c.zi_free(out)


def _strings(count_fn, get_fn, obj):
    return tuple(_text(get_fn(obj, i)) for i in range(count_fn(obj)))


class _Handle(Owned):
    """An object that owns (or, with an owner, borrows) one libzi handle."""

    __slots__ = ("_owner",)
    _free = None  # name of the zi_*_free function
    _what = "object"

    def __init__(self, ptr, owner=None):
        if ptr is None or not ptr:
            raise TypeError("zi.%s objects are made by libzi, not constructed directly" % type(self).__name__)
        self._ptr = ptr
        self._owner = owner

    def _handle(self):
        if not self._ptr or (self._owner is not None and self._owner.closed):
            raise ClosedError("the %s is closed" % self._what)
        return self._ptr

    @property
    def closed(self):
        return not self._ptr or (self._owner is not None and self._owner.closed)

    def close(self):
        """Frees the handle (a borrowed one is only forgotten). Safe to call more than once."""
        ptr, self._ptr = self._ptr, None
        if ptr and self._owner is None:
            getattr(_c, self._free)(ptr)


# ---- the rubric -------------------------------------------------------------------------------

class LkeOption(NamedTuple):
    """An answer option: code ("A", "Ya"), the regulation's text, value 0..1."""
    code: str
    text: str
    value: float


class LkeRatio(NamedTuple):
    """A ratio item ("%" row) computed from JUMLAH counts: formula "ratio" (N / D) or
    "reduction" ((D - N) / D); numerator/denominator are count question ids, each side
    summed; alternatives are ids of other readings (score(ratio_alternatives=...))."""
    id: str
    label: str
    text: str
    formula: str
    cap: float
    numerator: Tuple[str, ...]
    denominator: Tuple[str, ...]
    alternatives: Tuple[str, ...]


class LkeHasilItem(NamedTuple):
    """A hasil item (H.IPAK, H.CAPAIAN, H.IPKP); answered like a question with its id.
    kind: "choice" | "number"; min/max bound a number."""
    id: str
    label: str
    name: str
    group: str
    weight: float
    type: str
    kind: str
    options: Tuple[LkeOption, ...]
    min: float
    max: float


class LkeCriterion(NamedTuple):
    """A criterion of a predicate as the rubric states it. measure: "total" | "pengungkit" |
    "area_percent" | "hasil_group" | "hasil_item"; threshold in points, a fraction for
    area_percent."""
    id: str
    label: str
    measure: str
    target: str
    threshold: float


class LkePredicate(NamedTuple):
    """A predicate (wbk, wbbm) and its criteria; requires_prior is "wbk" for wbbm."""
    id: str
    name: str
    requires_prior: str
    criteria: Tuple[LkeCriterion, ...]


def _options(count_fn, get_fn, ptr):
    return tuple(LkeOption(_text(_c.zi_lke_option_code(o)), _text(_c.zi_lke_option_text(o)),
                           _c.zi_lke_option_value(o))
                 for o in (get_fn(ptr, i) for i in range(count_fn(ptr))))


class _View(Borrowed):
    """A borrowed part of a rubric; keeps the LkeRubric (and its handle) alive."""

    __slots__ = ()
    _OWNER = "rubric"

    @property
    def rubric(self):
        return self._owner

    @property
    def _rubric(self):
        return self._owner

    def _label(self):
        return self._name()


class LkeArea(_View):
    """An area of the pengungkit (MP, TL, SDM, AK, PW, PP) with its two halves."""
    __slots__ = ()

    code = property(lambda self: _text(_c.zi_lke_area_code(self._p())))
    name = property(lambda self: _text(_c.zi_lke_area_name(self._p())))
    weight = property(lambda self: _c.zi_lke_area_weight(self._p()), doc="Weight in points (MP 8).")

    def _name(self):
        return self.code

    def half_weight(self, half):
        """Weight of the "pemenuhan" or "reform" half."""
        return _c.zi_lke_area_half_weight(self._p(), _choose({"pemenuhan": 0, "reform": 1}, half, "half"))

    def subareas(self, half):
        """The sub-areas of the "pemenuhan" or "reform" half."""
        h = _choose({"pemenuhan": 0, "reform": 1}, half, "half")
        p = self._p()
        return tuple(LkeSubarea(self._rubric, _c.zi_lke_area_subarea(p, h, i))
                     for i in range(_c.zi_lke_area_subarea_count(p, h)))

    pemenuhan = property(lambda self: self.subareas("pemenuhan"))
    reform = property(lambda self: self.subareas("reform"))


class LkeSubarea(_View):
    """A sub-area (P.MP.i, R.PW.iii.a) with its questions and ratio items."""
    __slots__ = ()

    id = property(lambda self: _text(_c.zi_lke_subarea_id(self._p())))
    label = property(lambda self: _text(_c.zi_lke_subarea_label(self._p())))
    name = property(lambda self: _text(_c.zi_lke_subarea_name(self._p())))
    weight = property(lambda self: _c.zi_lke_subarea_weight(self._p()))
    parent = property(lambda self: _text(_c.zi_lke_subarea_parent(self._p())),
                      doc='The split sub-area it belongs to ("R.PW.iii"), or "".')
    area_code = property(lambda self: _text(_c.zi_lke_subarea_area_code(self._p())))
    half = property(lambda self: _text(_c.zi_lke_half_str(_c.zi_lke_subarea_half(self._p()))))

    def _name(self):
        return self.id

    @property
    def questions(self) -> Tuple["LkeQuestion", ...]:
        p = self._p()
        return tuple(LkeQuestion(self._rubric, _c.zi_lke_subarea_question(p, i))
                     for i in range(_c.zi_lke_subarea_question_count(p)))

    @property
    def ratios(self) -> Tuple[LkeRatio, ...]:
        p = self._p()
        return tuple(_ratio(_c.zi_lke_subarea_ratio(p, i)) for i in range(_c.zi_lke_subarea_ratio_count(p)))


def _ratio(r):
    return LkeRatio(_text(_c.zi_lke_ratio_id(r)), _text(_c.zi_lke_ratio_label(r)), _text(_c.zi_lke_ratio_text(r)),
                    _text(_c.zi_lke_formula_str(_c.zi_lke_ratio_formula(r))), _c.zi_lke_ratio_cap(r),
                    _strings(_c.zi_lke_ratio_numerator_count, _c.zi_lke_ratio_numerator, r),
                    _strings(_c.zi_lke_ratio_denominator_count, _c.zi_lke_ratio_denominator, r),
                    _strings(_c.zi_lke_ratio_alternative_count, _c.zi_lke_ratio_alternative, r))


class LkeQuestion(_View):
    """A pengungkit question. kind: "choice" (answer with an option code), "count" (JUMLAH,
    a whole number >= 0) or "number" (in [min, max])."""
    __slots__ = ()

    id = property(lambda self: _text(_c.zi_lke_question_id(self._p())))
    label = property(lambda self: _text(_c.zi_lke_question_label(self._p())))
    text = property(lambda self: _text(_c.zi_lke_question_text(self._p())))
    type = property(lambda self: _text(_c.zi_lke_question_type(self._p())), doc='"ABCD", "JUMLAH", ...')
    kind = property(lambda self: _text(_c.zi_lke_answer_kind_str(_c.zi_lke_question_kind(self._p()))))
    heading = property(lambda self: _text(_c.zi_lke_question_heading(self._p())))
    same_as = property(lambda self: _text(_c.zi_lke_question_same_as(self._p())))
    subarea_id = property(lambda self: _text(_c.zi_lke_question_subarea_id(self._p())))
    min = property(lambda self: _c.zi_lke_question_min(self._p()))
    max = property(lambda self: _c.zi_lke_question_max(self._p()))

    def _name(self):
        return self.id

    @property
    def options(self) -> Tuple[LkeOption, ...]:
        return _options(_c.zi_lke_question_option_count, _c.zi_lke_question_option, self._p())


class LkeRubric(_Handle):
    """One version of the LKE worksheet. Make one with LkeRubric.default(),
    LkeRubric.load(path) or LkeRubric.from_json(text)."""

    __slots__ = ("_count_ids",)
    _free = "zi_lke_rubric_free"
    _what = "rubric"

    @classmethod
    def default(cls):
        """The rubric compiled into libzi: PermenPANRB 90/2021 (as amended by 5/2024)."""
        out = _lib.P(_lib.zi_lke_rubric)()
        check(_c.zi_lke_rubric_default(byref(out)))
        return cls(out)

    @classmethod
    def load(cls, path):
        """Loads a zi.lke-rubric/1 file (zi.FileError when it cannot be read, zi.InvalidError
        when it is not a valid rubric)."""
        out = _lib.P(_lib.zi_lke_rubric)()
        check(_c.zi_lke_rubric_load_file(byref(out), os.fsencode(path)))
        return cls(out)

    @classmethod
    def from_json(cls, text):
        """Parses a zi.lke-rubric/1 document (str or UTF-8 bytes)."""
        data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
        out = _lib.P(_lib.zi_lke_rubric)()
        check(_c.zi_lke_rubric_load_buffer(byref(out), data, len(data)))
        return cls(out)

    def _counts(self):
        """The ids of the JUMLAH count questions (computed once per rubric object)."""
        try:
            return self._count_ids
        except AttributeError:
            h = self._handle()
            self._count_ids = frozenset(
                _text(_c.zi_lke_question_id(q)) for q in (_c.zi_lke_rubric_question(h, i)
                                                          for i in range(_c.zi_lke_rubric_question_count(h)))
                if _c.zi_lke_question_kind(q) == 1)  # ZI_LKE_ANSWER_COUNT
            return self._count_ids

    # -- fields

    id = property(lambda self: _text(_c.zi_lke_rubric_id(self._handle())), doc='"permenpanrb-90-2021"')
    revision = property(lambda self: _c.zi_lke_rubric_revision(self._handle()))
    title = property(lambda self: _text(_c.zi_lke_rubric_title(self._handle())))
    regulation_name = property(lambda self: _text(_c.zi_lke_rubric_regulation_name(self._handle())))
    regulation_year = property(lambda self: _c.zi_lke_rubric_regulation_year(self._handle()))

    @property
    def areas(self) -> Tuple[LkeArea, ...]:
        h = self._handle()
        return tuple(LkeArea(self, _c.zi_lke_rubric_area(h, i)) for i in range(_c.zi_lke_rubric_area_count(h)))

    def area(self, code):
        """The area with that code ("MP"), or None."""
        ptr = _c.zi_lke_rubric_find_area(self._handle(), code.encode("utf-8"))
        return LkeArea(self, ptr) if ptr else None

    def subareas(self):
        """Every sub-area in worksheet order (the pemenuhan halves, then the reform ones)."""
        h = self._handle()
        return [LkeSubarea(self, _c.zi_lke_rubric_subarea(h, i)) for i in range(_c.zi_lke_rubric_subarea_count(h))]

    def subarea(self, id):
        """The sub-area with that id ("P.MP.i"), or None."""
        ptr = _c.zi_lke_rubric_find_subarea(self._handle(), id.encode("utf-8"))
        return LkeSubarea(self, ptr) if ptr else None

    def questions(self):
        """Every pengungkit question (JUMLAH counts included), in worksheet order."""
        h = self._handle()
        return [LkeQuestion(self, _c.zi_lke_rubric_question(h, i)) for i in range(_c.zi_lke_rubric_question_count(h))]

    def question(self, id):
        """The pengungkit question with that id ("P.MP.i.a"), or None."""
        ptr = _c.zi_lke_rubric_find_question(self._handle(), id.encode("utf-8"))
        return LkeQuestion(self, ptr) if ptr else None

    @property
    def hasil_items(self) -> Tuple[LkeHasilItem, ...]:
        h = self._handle()
        items = []
        for i in range(_c.zi_lke_rubric_hasil_item_count(h)):
            x = _c.zi_lke_rubric_hasil_item(h, i)
            items.append(LkeHasilItem(
                _text(_c.zi_lke_hasil_item_id(x)), _text(_c.zi_lke_hasil_item_label(x)),
                _text(_c.zi_lke_hasil_item_name(x)), _text(_c.zi_lke_hasil_item_group(x)),
                _c.zi_lke_hasil_item_weight(x), _text(_c.zi_lke_hasil_item_type(x)),
                _text(_c.zi_lke_answer_kind_str(_c.zi_lke_hasil_item_kind(x))),
                _options(_c.zi_lke_hasil_item_option_count, _c.zi_lke_hasil_item_option, x),
                _c.zi_lke_hasil_item_min(x), _c.zi_lke_hasil_item_max(x)))
        return tuple(items)

    @property
    def predicates(self) -> Tuple[LkePredicate, ...]:
        h = self._handle()
        return tuple(_predicate(_c.zi_lke_rubric_predicate(h, i)) for i in range(_c.zi_lke_rubric_predicate_count(h)))

    def predicate(self, id):
        """The predicate with that id ("wbk", "wbbm"), or None."""
        ptr = _c.zi_lke_rubric_find_predicate(self._handle(), id.encode("utf-8"))
        return _predicate(ptr) if ptr else None

    # -- operations

    def template(self, format="json"):
        """An empty answer set listing every question with its text and allowed answers
        (what `zi lke template` writes), as JSON or CSV text."""
        return _owned_text(_c.zi_lke_answers_template, self._handle(), _choose(_FORMATS, format, "format"))

    def new_answers(self, satker="", year=0):
        """A new, empty LkeAnswers for this rubric."""
        return LkeAnswers.new(self, satker, year)

    def score(self, answers, *, layer="unit", zero_denominator=None, ratio_alternatives=None):
        """Scores an answer set: an LkeScore. layer "unit" (default) or "tpi";
        zero_denominator None (the rubric's), "one", "zero" or "unanswered";
        ratio_alternatives {"R.PW.ii.r1": "in_process_plus_completed"}. Raises
        zi.InvalidError, naming every problem, when the answers do not fit."""
        opts, keep = _score_options(layer, zero_denominator, ratio_alternatives)
        out = _lib.P(_lib.zi_lke_score_result)()
        check(_c.zi_lke_score(byref(out), self._handle(), answers._handle(), byref(opts)))
        del keep
        return LkeScore(out, self)

    def check(self, score, predicate):
        """Checks a score (or an answer set, scored with the defaults) against a predicate:
        a PredicateResult. zi.NotFoundError for an unknown predicate."""
        if isinstance(score, LkeAnswers):
            with self.score(score) as s:
                return self.check(s, predicate)
        out = _lib.P(_lib.zi_lke_check_result)()
        check(_c.zi_lke_check(byref(out), self._handle(), score._handle(), predicate.encode("utf-8")))
        try:
            return PredicateResult._from(out)
        finally:
            _c.zi_lke_check_result_free(out)

    def whatif(self, answers, predicate, *, max_steps=1000, layer="unit", zero_denominator=None,
               ratio_alternatives=None):
        """The fewest answer steps that would make every score criterion of the predicate
        pass (docs/lke.md, "What-if"): a WhatIfResult."""
        opts, keep = _score_options(layer, zero_denominator, ratio_alternatives)
        w = _lib.zi_lke_whatif_options()
        check(_c.zi_lke_whatif_options_init(byref(w), _lib.LKE_WHATIF_OPTIONS_VERSION))
        w.max_steps = max_steps
        out = _lib.P(_lib.zi_lke_whatif_result)()
        check(_c.zi_lke_whatif(byref(out), self._handle(), answers._handle(), predicate.encode("utf-8"),
                               byref(opts), byref(w)))
        del keep
        try:
            return WhatIfResult._from(out, self)
        finally:
            _c.zi_lke_whatif_result_free(out)

    def suggest(self, *, occurrences_due=0, done=0, done_late=0, as_of=None, families=None,
                per_year=None, count_late_as_done=False):
        """Suggested answers from plan execution (docs/lke.md, "Suggested answers"): a list
        of LkeSuggestion. families maps an LKE question id to a schedule family ("weekly",
        "monthly", "quarterly", "semester", "yearly", "once"); per_year maps one to the
        number of occurrences a year; as_of is a datetime.date shown in the reasons."""
        s = _lib.zi_lke_execution_summary()
        check(_c.zi_lke_execution_summary_init(byref(s), _lib.LKE_EXECUTION_SUMMARY_VERSION))
        if as_of is not None:
            s.has_as_of = True
            s.as_of = _lib.zi_date(days_from_date(as_of) if isinstance(as_of, datetime.date) else int(as_of))
        s.occurrences_due, s.done, s.done_late = occurrences_due, done, done_late
        families = dict(families or {})
        per_year = dict(per_year or {})
        fq = (c_char_p * len(families))(*(k.encode("utf-8") for k in families))
        fv = (c_char_p * len(families))(*(v.encode("utf-8") for v in families.values()))
        pq = (c_char_p * len(per_year))(*(k.encode("utf-8") for k in per_year))
        pv = (c_int32 * len(per_year))(*(int(v) for v in per_year.values()))
        if families:
            s.family_count = len(families)
            s.family_questions = cast(fq, POINTER(c_char_p))
            s.families = cast(fv, POINTER(c_char_p))
        if per_year:
            s.per_year_count = len(per_year)
            s.per_year_questions = cast(pq, POINTER(c_char_p))
            s.per_year = cast(pv, POINTER(c_int32))
        o = _suggest_options(count_late_as_done)
        out = _lib.P(_lib.zi_lke_suggestions)()
        check(_c.zi_lke_suggest(byref(out), self._handle(), byref(s), byref(o)))
        return _suggestions(out)

    def suggest_from_report(self, report, *, count_late_as_done=False):
        """Suggested answers from a compliance report (a zi.Report, from Plan.score()): the
        report's execution summary (its date, its assessed occurrences done on time and
        late, and how often the indicators linked to LKE questions are scheduled), as
        `zi lke suggest` computes it, then suggest(). A list of LkeSuggestion."""
        if not isinstance(report, Report):
            raise TypeError("report must be a zi.Report (see zi.Plan.score), not %s" % type(report).__name__)
        o = _suggest_options(count_late_as_done)
        out = _lib.P(_lib.zi_lke_suggestions)()
        # `report` (an argument, so referenced until we return) keeps its handle alive.
        check(_c.zi_lke_suggest_from_report(byref(out), self._handle(), report._handle(), byref(o)))
        return _suggestions(out)

    def score_batch(self, answers, *, threads=0, layer="unit", zero_denominator=None, ratio_alternatives=None):
        """Scores and checks many answer sets at once: an LkeBatchResult (see
        zi.lke_score_batch)."""
        return lke_score_batch(answers, threads=threads, rubric=self, layer=layer,
                               zero_denominator=zero_denominator, ratio_alternatives=ratio_alternatives)

    def __repr__(self):
        if self.closed:
            return "<zi.LkeRubric (closed)>"
        return "<zi.LkeRubric %s revision %d>" % (self.id, self.revision)


def _suggest_options(count_late_as_done):
    o = _lib.zi_lke_suggest_options()
    check(_c.zi_lke_suggest_options_init(byref(o), _lib.LKE_SUGGEST_OPTIONS_VERSION))
    o.count_late_as_done = bool(count_late_as_done)
    return o


def _suggestions(out):
    """The LkeSuggestion list of a zi_lke_suggestions, which it frees."""
    try:
        result = []
        for i in range(_c.zi_lke_suggestions_count(out)):
            x = _c.zi_lke_suggestions_get(out, i)
            result.append(LkeSuggestion(_text(_c.zi_lke_suggestion_question(x)),
                                        _text(_c.zi_lke_suggestion_answer(x)),
                                        _text(_c.zi_lke_suggestion_rule(x)),
                                        _text(_c.zi_lke_suggestion_reason(x))))
        return result
    finally:
        _c.zi_lke_suggestions_free(out)


def _predicate(p):
    criteria = []
    for i in range(_c.zi_lke_predicate_criterion_count(p)):
        c = _c.zi_lke_predicate_criterion(p, i)
        criteria.append(LkeCriterion(_text(_c.zi_lke_criterion_id(c)), _text(_c.zi_lke_criterion_label(c)),
                                     _text(_c.zi_lke_measure_str(_c.zi_lke_criterion_measure(c))),
                                     _text(_c.zi_lke_criterion_target(c)), _c.zi_lke_criterion_threshold(c)))
    return LkePredicate(_text(_c.zi_lke_predicate_id(p)), _text(_c.zi_lke_predicate_name(p)),
                        _text(_c.zi_lke_predicate_requires_prior(p)), tuple(criteria))


def _score_options(layer, zero_denominator, ratio_alternatives):
    """A zi_lke_score_options and the ctypes arrays it points to (keep both alive)."""
    opts = _lib.zi_lke_score_options()
    check(_c.zi_lke_score_options_init(byref(opts), _lib.LKE_SCORE_OPTIONS_VERSION))
    opts.layer = _choose(_LAYERS, layer, "layer")
    opts.zero_denominator = _choose(_ZERO_POLICIES, zero_denominator, "zero_denominator")
    alts = dict(ratio_alternatives or {})
    ids = (c_char_p * len(alts))(*(k.encode("utf-8") for k in alts))
    values = (c_char_p * len(alts))(*(v.encode("utf-8") for v in alts.values()))
    if alts:
        opts.ratio_alternative_count = len(alts)
        opts.ratio_ids = cast(ids, POINTER(c_char_p))
        opts.alternative_ids = cast(values, POINTER(c_char_p))
    return opts, (ids, values)


def _rubric_or_default(rubric):
    return rubric if rubric is not None else LkeRubric.default()


# ---- answer sets --------------------------------------------------------------------------------

class LkeAnswers(_Handle):
    """One satker's answers to the worksheet of one rubric, in two layers ("unit", the
    self-assessment, and "tpi", the internal evaluation team's). Make one with
    LkeAnswers.load(path), from_json(text), from_csv(text) or new(); the rubric defaults
    to LkeRubric.default(). answers["P.MP.i.a"] reads and writes the unit layer."""

    __slots__ = ("_rubric", "_counts")
    _free = "zi_lke_answers_free"
    _what = "answer set"

    def __init__(self, ptr, rubric):
        super().__init__(ptr)
        self._rubric = rubric
        self._counts = rubric._counts()  # so that get() works after the rubric is closed

    @classmethod
    def new(cls, rubric=None, satker="", year=0):
        """An empty answer set for a satker and year."""
        rubric = _rubric_or_default(rubric)
        out = _lib.P(_lib.zi_lke_answers)()
        check(_c.zi_lke_answers_new(byref(out), rubric._handle(), satker.encode("utf-8"), int(year)))
        return cls(out, rubric)

    @classmethod
    def load(cls, path, rubric=None):
        """Reads an answer file: CSV when the name ends in .csv, zi.lke-answers/1 JSON
        otherwise. zi.InvalidError lists every problem with its question id."""
        rubric = _rubric_or_default(rubric)
        out = _lib.P(_lib.zi_lke_answers)()
        check(_c.zi_lke_answers_load_file(byref(out), rubric._handle(), os.fsencode(path)))
        return cls(out, rubric)

    @classmethod
    def _parse(cls, text, rubric, format):
        rubric = _rubric_or_default(rubric)
        data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
        out = _lib.P(_lib.zi_lke_answers)()
        check(_c.zi_lke_answers_load_buffer(byref(out), rubric._handle(), data, len(data), format))
        return cls(out, rubric)

    @classmethod
    def from_json(cls, text, rubric=None):
        """Parses zi.lke-answers/1 JSON (str or UTF-8 bytes)."""
        return cls._parse(text, rubric, 0)

    @classmethod
    def from_csv(cls, text, rubric=None):
        """Parses the answer CSV (docs/lke-answers-format.md)."""
        return cls._parse(text, rubric, 1)

    @staticmethod
    def template(rubric=None, format="json"):
        """The empty answer set of `zi lke template`, as JSON or CSV text."""
        return _rubric_or_default(rubric).template(format)

    # -- fields

    @property
    def rubric(self):
        """The LkeRubric the set was made or read with."""
        return self._rubric

    satker = property(lambda self: _text(_c.zi_lke_answers_satker(self._handle())))
    year = property(lambda self: _c.zi_lke_answers_year(self._handle()))
    rubric_id = property(lambda self: _text(_c.zi_lke_answers_rubric_id(self._handle())))

    @property
    def prior_wbk(self):
        """Whether the unit already holds Menuju WBK (a WBBM criterion)."""
        return _c.zi_lke_answers_prior_wbk(self._handle())

    @prior_wbk.setter
    def prior_wbk(self, value):
        check(_c.zi_lke_answers_set_prior_wbk(self._handle(), bool(value)))

    # -- answers

    def get(self, question, layer="unit"):
        """The answer to a question or hasil item in a layer: an option code (str), a number
        (int for a JUMLAH count, else float), or None when unanswered."""
        h = self._handle()
        q = question.encode("utf-8")
        l = _choose(_LAYERS, layer, "layer")
        if not _c.zi_lke_answers_is_answered(h, q, l):
            return None
        choice = _c.zi_lke_answers_choice(h, q, l)
        if choice is not None:
            return _text(choice)
        number = _c.zi_lke_answers_number(h, q, l)
        return int(number) if question in self._counts and number.is_integer() else number

    def set(self, question, value, layer="unit"):
        """Answers a question or hasil item in a layer: an option code (str, any case), a
        number, or None to clear. zi.InvalidError (naming the question) when the answer does
        not fit, zi.NotFoundError for an id the rubric does not have."""
        h = self._handle()
        q = question.encode("utf-8")
        l = _choose(_LAYERS, layer, "layer")
        if value is None:
            check(_c.zi_lke_answers_clear(h, q, l))
        elif isinstance(value, str):
            check(_c.zi_lke_answers_set_choice(h, q, l, value.encode("utf-8")))
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            check(_c.zi_lke_answers_set_number(h, q, l, float(value)))
        else:
            raise TypeError("an answer is an option code (str), a number or None, not %r" % (value,))

    def clear(self, question, layer="unit"):
        """Removes the answer of a question in a layer."""
        self.set(question, None, layer)

    def __getitem__(self, question):
        return self.get(question)

    def __setitem__(self, question, value):
        self.set(question, value)

    def __delitem__(self, question):
        self.clear(question)

    def copy(self):
        """An independent copy."""
        out = _lib.P(_lib.zi_lke_answers)()
        check(_c.zi_lke_answers_copy(byref(out), self._handle()))
        return LkeAnswers(out, self._rubric)

    # -- writing and operations

    def _write(self, format, include_unanswered, guidance):
        opts = _lib.zi_lke_write_options()
        check(_c.zi_lke_write_options_init(byref(opts), _lib.LKE_WRITE_OPTIONS_VERSION))
        opts.format = format
        opts.include_unanswered = bool(include_unanswered)
        opts.guidance = bool(guidance)
        return _owned_text(_c.zi_lke_answers_write, self._handle(), byref(opts))

    def to_json(self, *, include_unanswered=False, guidance=False):
        """The set as canonical zi.lke-answers/1 JSON."""
        return self._write(0, include_unanswered, guidance)

    def to_csv(self, *, include_unanswered=False, guidance=False):
        """The set as the answer CSV."""
        return self._write(1, include_unanswered, guidance)

    def score(self, **options):
        """Scores the set with its rubric: LkeRubric.score(self, **options)."""
        return self._rubric.score(self, **options)

    def check(self, predicate, **options):
        """Scores the set and checks a predicate: a PredicateResult."""
        with self.score(**options) as s:
            return s.check(predicate)

    def whatif(self, predicate, **options):
        """LkeRubric.whatif(self, predicate, **options)."""
        return self._rubric.whatif(self, predicate, **options)

    def __repr__(self):
        if self.closed:
            return "<zi.LkeAnswers (closed)>"
        return "<zi.LkeAnswers %s %d for %s>" % (self.satker or "(no satker)", self.year, self.rubric_id)


# ---- scores -----------------------------------------------------------------------------------------

class LkeItemScore(NamedTuple):
    """A scored item of a sub-area. kind: "question" | "ratio"; answer as given ("B",
    "3.5", a ratio "N/D"); numerator/denominator: a ratio's sums N and D."""
    id: str
    kind: str
    answered: bool
    value: float
    answer: str
    numerator: float
    denominator: float


class LkeSubareaScore(NamedTuple):
    """A sub-area's score: weight x mean of its items; answered/item_total is its
    completeness."""
    id: str
    name: str
    half: str
    parent: str
    weight: float
    mean: float
    score: float
    answered: int
    item_total: int
    items: Tuple[LkeItemScore, ...]


class LkeAreaScore(NamedTuple):
    """An area's score: total = pemenuhan + reform (points); fraction = total / weight
    (0..1, what the predicates compare), percent = fraction x 100."""
    code: str
    name: str
    weight: float
    pemenuhan: float
    reform: float
    total: float
    fraction: float
    percent: float
    answered: int
    item_total: int
    subareas: Tuple[LkeSubareaScore, ...]


class LkeHasilScore(NamedTuple):
    """A hasil item's score: points = weight x value."""
    id: str
    name: str
    group: str
    weight: float
    answered: bool
    answer: str
    value: float
    score: float


class LkeHasilGroupScore(NamedTuple):
    id: str
    name: str
    weight: float
    score: float


def _subarea_score(s, half):
    items = []
    for i in range(_c.zi_lke_subarea_score_item_count(s)):
        x = _c.zi_lke_subarea_score_item(s, i)
        items.append(LkeItemScore(_text(_c.zi_lke_item_score_id(x)),
                                  _text(_c.zi_lke_item_kind_str(_c.zi_lke_item_score_kind(x))),
                                  _c.zi_lke_item_score_answered(x), _c.zi_lke_item_score_value(x),
                                  _text(_c.zi_lke_item_score_answer(x)), _c.zi_lke_item_score_numerator(x),
                                  _c.zi_lke_item_score_denominator(x)))
    return LkeSubareaScore(_text(_c.zi_lke_subarea_score_id(s)), _text(_c.zi_lke_subarea_score_name(s)), half,
                           _text(_c.zi_lke_subarea_score_parent(s)), _c.zi_lke_subarea_score_weight(s),
                           _c.zi_lke_subarea_score_mean(s), _c.zi_lke_subarea_score_score(s),
                           _c.zi_lke_subarea_score_answered(s), _c.zi_lke_subarea_score_item_total(s),
                           tuple(items))


def _area_score(a):
    subs = []
    for h, half in ((0, "pemenuhan"), (1, "reform")):
        subs.extend(_subarea_score(_c.zi_lke_area_score_subarea(a, h, i), half)
                    for i in range(_c.zi_lke_area_score_subarea_count(a, h)))
    return LkeAreaScore(_text(_c.zi_lke_area_score_code(a)), _text(_c.zi_lke_area_score_name(a)),
                        _c.zi_lke_area_score_weight(a), _c.zi_lke_area_score_pemenuhan(a),
                        _c.zi_lke_area_score_reform(a), _c.zi_lke_area_score_total(a),
                        _c.zi_lke_area_score_fraction(a), _c.zi_lke_area_score_percent(a),
                        _c.zi_lke_area_score_answered(a), _c.zi_lke_area_score_item_total(a), tuple(subs))


class LkeScore(_Handle):
    """The score of one answer set (docs/lke.md, "Scoring"). Numbers are unrounded
    points. Rows (areas, sub-areas, items, hasil) are copied out as named tuples."""

    __slots__ = ("_rubric",)
    _free = "zi_lke_score_result_free"
    _what = "score"

    def __init__(self, ptr, rubric, owner=None):
        super().__init__(ptr, owner)
        self._rubric = rubric

    satker = property(lambda self: _text(_c.zi_lke_score_result_satker(self._handle())))
    year = property(lambda self: _c.zi_lke_score_result_year(self._handle()))
    rubric_id = property(lambda self: _text(_c.zi_lke_score_result_rubric_id(self._handle())))
    layer = property(lambda self: _text(_c.zi_lke_layer_str(_c.zi_lke_score_result_layer(self._handle()))))
    zero_denominator = property(lambda self: _text(_c.zi_lke_zero_policy_str(
        _c.zi_lke_score_result_zero_denominator(self._handle()))))
    prior_wbk = property(lambda self: _c.zi_lke_score_result_prior_wbk(self._handle()))
    total = property(lambda self: _c.zi_lke_score_result_total(self._handle()), doc="Nilai total, points.")
    pengungkit = property(lambda self: _c.zi_lke_score_result_pengungkit(self._handle()))
    hasil = property(lambda self: _c.zi_lke_score_result_hasil(self._handle()))
    pemenuhan = property(lambda self: _c.zi_lke_score_result_pemenuhan(self._handle()))
    reform = property(lambda self: _c.zi_lke_score_result_reform(self._handle()))
    answered = property(lambda self: _c.zi_lke_score_result_answered(self._handle()),
                        doc="Scored items answered (questions, ratio items, hasil items).")
    scored_items = property(lambda self: _c.zi_lke_score_result_scored_items(self._handle()))

    @property
    def unanswered(self) -> Tuple[str, ...]:
        """Ids of the unanswered scored items (counted 0), in worksheet order."""
        return _strings(_c.zi_lke_score_result_unanswered_count, _c.zi_lke_score_result_unanswered,
                        self._handle())

    @property
    def areas(self) -> Tuple[LkeAreaScore, ...]:
        h = self._handle()
        return tuple(_area_score(_c.zi_lke_score_result_area(h, i)) for i in range(_c.zi_lke_score_result_area_count(h)))

    def area(self, code):
        """The LkeAreaScore of an area ("MP"), or None."""
        ptr = _c.zi_lke_score_result_find_area(self._handle(), code.encode("utf-8"))
        return _area_score(ptr) if ptr else None

    def subarea(self, id):
        """The LkeSubareaScore of a sub-area ("P.MP.i"), or None."""
        for a in self.areas:
            for s in a.subareas:
                if s.id == id:
                    return s
        return None

    @property
    def hasil_items(self) -> Tuple[LkeHasilScore, ...]:
        h = self._handle()
        out = []
        for i in range(_c.zi_lke_score_result_hasil_item_count(h)):
            x = _c.zi_lke_score_result_hasil_item(h, i)
            out.append(LkeHasilScore(_text(_c.zi_lke_hasil_score_id(x)), _text(_c.zi_lke_hasil_score_name(x)),
                                     _text(_c.zi_lke_hasil_score_group(x)), _c.zi_lke_hasil_score_weight(x),
                                     _c.zi_lke_hasil_score_answered(x), _text(_c.zi_lke_hasil_score_answer(x)),
                                     _c.zi_lke_hasil_score_value(x), _c.zi_lke_hasil_score_score(x)))
        return tuple(out)

    @property
    def hasil_groups(self) -> Tuple[LkeHasilGroupScore, ...]:
        h = self._handle()
        return tuple(LkeHasilGroupScore(_text(_c.zi_lke_hasil_group_score_id(x)),
                                        _text(_c.zi_lke_hasil_group_score_name(x)),
                                        _c.zi_lke_hasil_group_score_weight(x), _c.zi_lke_hasil_group_score_score(x))
                     for x in (_c.zi_lke_score_result_hasil_group(h, i)
                               for i in range(_c.zi_lke_score_result_hasil_group_count(h))))

    @property
    def diagnostics(self) -> Tuple[Diagnostic, ...]:
        """Scoring notes (lke_same_as_filled, lke_same_as_differs, lke_zero_denominator)."""
        h = self._handle()
        out = []
        for i in range(_c.zi_lke_score_result_diagnostic_count(h)):
            d = _c.zi_lke_score_result_diagnostic(h, i)
            out.append(Diagnostic(_text(_c.zi_severity_str(_c.zi_diagnostic_severity(d))),
                                  _text(_c.zi_diagnostic_code(d)), _text(_c.zi_diagnostic_where(d)),
                                  _text(_c.zi_diagnostic_field(d)), _text(_c.zi_diagnostic_message(d))))
        return tuple(out)

    def to_json(self):
        """The report of `zi lke score --json`."""
        return _owned_text(_c.zi_lke_score_result_to_json, self._handle())

    def check(self, predicate):
        """Checks the score against a predicate ("wbk", "wbbm") of its rubric: a
        PredicateResult."""
        return self._rubric.check(self, predicate)

    def __repr__(self):
        if self.closed:
            return "<zi.LkeScore (closed)>"
        return "<zi.LkeScore %s total %.4f>" % (self.satker or "(no satker)", self.total)


def lke_score(answers, rubric=None, **options):
    """Scores an answer set with `rubric` (default: the set's own): an LkeScore.
    Options as LkeRubric.score."""
    return (rubric if rubric is not None else answers.rubric).score(answers, **options)


# ---- predicate results ------------------------------------------------------------------------------

class CriterionResult(NamedTuple):
    """One row of a predicate check. measure: "total" | "pengungkit" | "area_percent" |
    "hasil_group" | "hasil_item" | "prior"; value and threshold in points, a fraction for
    area rows, 1/0 for the prior row; margin = value - threshold."""
    id: str
    criterion: str
    label: str
    measure: str
    target: str
    value: float
    threshold: float
    margin: float
    passed: bool


class PredicateResult:
    """The WBK/WBBM check of a score: passed, criteria (CriterionResult rows), failing
    (row ids) and reasons (Indonesian lines). A plain value, copied out of libzi."""

    __slots__ = ("predicate", "name", "passed", "criteria", "failing", "reasons", "_json")

    def __init__(self, predicate, name, passed, criteria, failing, reasons, json):
        self.predicate = predicate
        self.name = name
        self.passed = passed
        self.criteria = criteria
        self.failing = failing
        self.reasons = reasons
        self._json = json

    @classmethod
    def _from(cls, c):
        rows = []
        for i in range(_c.zi_lke_check_result_criterion_count(c)):
            r = _c.zi_lke_check_result_criterion(c, i)
            rows.append(CriterionResult(_text(_c.zi_lke_criterion_result_id(r)),
                                        _text(_c.zi_lke_criterion_result_criterion(r)),
                                        _text(_c.zi_lke_criterion_result_label(r)),
                                        _text(_c.zi_lke_measure_str(_c.zi_lke_criterion_result_measure(r))),
                                        _text(_c.zi_lke_criterion_result_target(r)),
                                        _c.zi_lke_criterion_result_value(r), _c.zi_lke_criterion_result_threshold(r),
                                        _c.zi_lke_criterion_result_margin(r), _c.zi_lke_criterion_result_passed(r)))
        return cls(_text(_c.zi_lke_check_result_predicate(c)), _text(_c.zi_lke_check_result_name(c)),
                   _c.zi_lke_check_result_passed(c), tuple(rows),
                   _strings(_c.zi_lke_check_result_failing_count, _c.zi_lke_check_result_failing, c),
                   _strings(_c.zi_lke_check_result_reason_count, _c.zi_lke_check_result_reason, c),
                   _owned_text(_c.zi_lke_check_result_to_json, c))

    def criterion(self, id):
        """The row with that id ("wbbm.area.SDM"), or None."""
        for c in self.criteria:
            if c.id == id:
                return c
        return None

    def to_json(self):
        """The report of `zi lke check --json`."""
        return self._json

    def __bool__(self):
        return bool(self.passed)

    def __repr__(self):
        return "<zi.PredicateResult %s %s%s>" % (self.predicate, "passed" if self.passed else "failed",
                                                 "" if self.passed else ": " + ", ".join(self.failing))


# ---- what-if -------------------------------------------------------------------------------------------

class WhatIfStep(NamedTuple):
    """One answer step of a what-if search: the answer of `question` goes from `from_`
    ("" when unanswered) to `to`; gain is the shortfall it removes, points the change of
    the total."""
    rank: int
    question: str
    subarea: str
    from_: str
    to: str
    gain: float
    points: float


class WhatIfResult:
    """The result of a what-if search (docs/lke.md, "What-if"): reached (every score
    criterion passes after the steps), step_limit, steps, before/after (PredicateResult),
    unfixable row ids with their reasons, to_fill (unanswered items not invented), answers
    (an LkeAnswers with every step applied) and to_json()."""

    __slots__ = ("predicate", "reached", "step_limit", "steps", "before", "after", "unfixable", "reasons",
                 "to_fill", "answers", "_json")

    @classmethod
    def _from(cls, w, rubric):
        self = cls()
        self.predicate = _text(_c.zi_lke_whatif_result_predicate(w))
        self.reached = _c.zi_lke_whatif_result_reached(w)
        self.step_limit = _c.zi_lke_whatif_result_step_limit(w)
        steps = []
        for i in range(_c.zi_lke_whatif_result_step_count(w)):
            s = _c.zi_lke_whatif_result_step(w, i)
            steps.append(WhatIfStep(_c.zi_lke_whatif_step_rank(s), _text(_c.zi_lke_whatif_step_question(s)),
                                    _text(_c.zi_lke_whatif_step_subarea(s)), _text(_c.zi_lke_whatif_step_from(s)),
                                    _text(_c.zi_lke_whatif_step_to(s)), _c.zi_lke_whatif_step_gain(s),
                                    _c.zi_lke_whatif_step_points(s)))
        self.steps = tuple(steps)
        self.before = PredicateResult._from(_c.zi_lke_whatif_result_before(w))
        self.after = PredicateResult._from(_c.zi_lke_whatif_result_after(w))
        self.unfixable = _strings(_c.zi_lke_whatif_result_unfixable_count, _c.zi_lke_whatif_result_unfixable, w)
        self.reasons = _strings(_c.zi_lke_whatif_result_reason_count, _c.zi_lke_whatif_result_reason, w)
        self.to_fill = _strings(_c.zi_lke_whatif_result_to_fill_count, _c.zi_lke_whatif_result_to_fill, w)
        out = _lib.P(_lib.zi_lke_answers)()
        check(_c.zi_lke_whatif_result_answers(byref(out), w))
        self.answers = LkeAnswers(out, rubric)
        self._json = _owned_text(_c.zi_lke_whatif_result_to_json, w)
        return self

    def to_json(self):
        """The report of `zi lke whatif --json`."""
        return self._json

    def __repr__(self):
        return "<zi.WhatIfResult %s: %d steps, %s>" % (self.predicate, len(self.steps),
                                                       "reached" if self.reached else "not reached")


class LkeSuggestion(NamedTuple):
    """A suggested answer from plan execution; rule: "plan_execution_share",
    "schedule_frequency" or "occurrences_per_year"; reason starts "Saran:"."""
    question: str
    answer: str
    rule: str
    reason: str


# ---- portfolio batches --------------------------------------------------------------------------------

def _int32_typecode():
    for code in ("i", "l"):
        if array.array(code).itemsize == 4:
            return code
    raise ImportError("zi: no 32-bit array typecode")  # pragma: no cover


_I32 = _int32_typecode()


class LkeBatchResult(_Handle):
    """Scores and predicate checks of many answer sets, in input order (see
    zi.lke_score_batch). The columns are array.array values copied out in one call each:
    totals, pengungkit, hasil ('d', NaN for a set that failed), statuses ('i': 0 or the
    zi status of the failure) and passes(predicate) ('B': 1 passes, 0 fails or failed).
    errors[i] is the failure message of set i (None when it was scored)."""

    __slots__ = ("_rubric",)
    _free = "zi_lke_batch_result_free"
    _what = "batch result"

    def __init__(self, ptr, rubric):
        super().__init__(ptr)
        self._rubric = rubric

    def __len__(self):
        return _c.zi_lke_batch_result_count(self._handle())

    def _column(self, fn, typecode, ctype, *extra):
        h = self._handle()
        n = _c.zi_lke_batch_result_count(h)
        out = array.array(typecode, bytes(n * array.array(typecode).itemsize))
        buf = cast(out.buffer_info()[0], POINTER(ctype)) if n else None
        check(fn(buf, n, None, h, *extra))
        return out

    @property
    def totals(self):
        return self._column(_c.zi_lke_batch_result_totals, "d", c_double)

    @property
    def pengungkit(self):
        return self._column(_c.zi_lke_batch_result_pengungkit, "d", c_double)

    @property
    def hasil(self):
        return self._column(_c.zi_lke_batch_result_hasil, "d", c_double)

    @property
    def statuses(self):
        return self._column(_c.zi_lke_batch_result_statuses, _I32, c_int32)

    def passes(self, predicate):
        """Whether each set passes a predicate: array('B') of 1/0. zi.NotFoundError for an
        unknown predicate."""
        return self._column(_c.zi_lke_batch_result_passes, "B", c_uint8, predicate.encode("utf-8"))

    wbk = property(lambda self: self.passes("wbk"))
    wbbm = property(lambda self: self.passes("wbbm"))

    @property
    def errors(self):
        h = self._handle()
        return [_text(_c.zi_lke_batch_result_error(h, i)) for i in range(_c.zi_lke_batch_result_count(h))]

    def score(self, index):
        """The LkeScore of set `index` (it keeps this batch alive), or None if it failed."""
        h = self._handle()
        if not 0 <= index < _c.zi_lke_batch_result_count(h):
            raise IndexError("batch index %d out of range" % index)
        ptr = _c.zi_lke_batch_result_score(h, index)
        return LkeScore(ptr, self._rubric, owner=self) if ptr else None

    def check(self, index, predicate):
        """The PredicateResult of set `index` for a predicate, or None if the set failed.
        zi.NotFoundError for an unknown predicate."""
        h = self._handle()
        if not 0 <= index < _c.zi_lke_batch_result_count(h):
            raise IndexError("batch index %d out of range" % index)
        if self._rubric.predicate(predicate) is None:
            raise NotFoundError("unknown predicate %r (rubric %s)" % (predicate, self._rubric.id), _lib.ENOTFOUND)
        ptr = _c.zi_lke_batch_result_check(h, index, predicate.encode("utf-8"))
        return PredicateResult._from(ptr) if ptr else None

    def __repr__(self):
        if self.closed:
            return "<zi.LkeBatchResult (closed)>"
        return "<zi.LkeBatchResult %d sets>" % len(self)


def lke_score_batch(answers, *, threads=0, rubric=None, layer="unit", zero_denominator=None,
                    ratio_alternatives=None):
    """Scores many answer sets and checks every predicate for each, on `threads` threads
    (0: one per CPU): an LkeBatchResult. The results are identical for any thread count; a
    set that does not fit the rubric fails in its own slot (statuses, errors) without
    affecting the others. rubric defaults to the first set's."""
    answers = list(answers)
    if rubric is None:
        rubric = answers[0].rubric if answers else LkeRubric.default()
    opts, keep = _score_options(layer, zero_denominator, ratio_alternatives)
    handles = (_lib.P(_lib.zi_lke_answers) * len(answers))(*(a._handle() for a in answers))
    out = _lib.P(_lib.zi_lke_batch_result)()
    check(_c.zi_lke_score_batch(byref(out), rubric._handle(), handles, len(answers), byref(opts), int(threads)))
    del keep
    return LkeBatchResult(out, rubric)
