"""The rubric: one version of the LKE worksheet and its parts (areas, sub-areas,
questions, ratio and hasil items, predicates), and the operations on answer sets that take
it (score, check, what-if, suggest)."""

import os
from ctypes import POINTER, byref, c_char_p, cast
from typing import TYPE_CHECKING, Any, Iterable, List, Mapping, NamedTuple, Optional, Tuple, Union

from .. import _lib
from .._dates import days_from_date
from .._errors import check
from .._owned import Borrowed, Owned, new_options, owned_text, utf8
from .._scoring import Report
from ._common import _FORMATS, _choose, _cstrings, _items, _score_options, _strings
from .answers import LkeAnswers
from .predicate import LkePredicate, PredicateResult, _predicate
from .score import LkeScore
from .suggest import LkeSuggestion, _execution_summary, _suggest_options, _suggestions
from .whatif import WhatIfResult

if TYPE_CHECKING:
    from .batch import LkeBatchResult

_c = _lib.lib
_text = _lib.text


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


def _options(count_fn, get_fn, ptr):
    return tuple(LkeOption(_text(_c.zi_lke_option_code(o)), _text(_c.zi_lke_option_text(o)),
                           _c.zi_lke_option_value(o))
                 for o in _items(count_fn, get_fn, ptr))


def _hasil_item(x):
    return LkeHasilItem(_text(_c.zi_lke_hasil_item_id(x)), _text(_c.zi_lke_hasil_item_label(x)),
                        _text(_c.zi_lke_hasil_item_name(x)), _text(_c.zi_lke_hasil_item_group(x)),
                        _c.zi_lke_hasil_item_weight(x), _text(_c.zi_lke_hasil_item_type(x)),
                        _text(_c.zi_lke_answer_kind_str(_c.zi_lke_hasil_item_kind(x))),
                        _options(_c.zi_lke_hasil_item_option_count, _c.zi_lke_hasil_item_option, x),
                        _c.zi_lke_hasil_item_min(x), _c.zi_lke_hasil_item_max(x))


class _View(Borrowed):
    """A borrowed part of a rubric; keeps the LkeRubric (and its handle) alive."""

    __slots__ = ()
    _OWNER = "rubric"

    @property
    def rubric(self) -> "LkeRubric":
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

    def half_weight(self, half: str) -> float:
        """Weight of the "pemenuhan" or "reform" half."""
        return _c.zi_lke_area_half_weight(self._p(), _choose({"pemenuhan": 0, "reform": 1}, half, "half"))

    def subareas(self, half: str) -> Tuple["LkeSubarea", ...]:
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


class LkeRubric(Owned):
    """One version of the LKE worksheet. Make one with LkeRubric.default(),
    LkeRubric.load(path) or LkeRubric.from_json(text)."""

    __slots__ = ("_count_ids",)
    _FREE = "zi_lke_rubric_free"
    _WHAT = "rubric"

    @classmethod
    def default(cls) -> "LkeRubric":
        """The rubric compiled into libzi: PermenPANRB 90/2021 (as amended by 5/2024)."""
        out = _lib.P(_lib.zi_lke_rubric)()
        check(_c.zi_lke_rubric_default(byref(out)))
        return cls(out)

    @classmethod
    def load(cls, path: Union[str, bytes, "os.PathLike[str]"]) -> "LkeRubric":
        """Loads a zi.lke-rubric/1 file (zi.FileError when it cannot be read, zi.InvalidError
        when it is not a valid rubric)."""
        out = _lib.P(_lib.zi_lke_rubric)()
        check(_c.zi_lke_rubric_load_file(byref(out), os.fsencode(path)))
        return cls(out)

    @classmethod
    def from_json(cls, text: Union[str, bytes]) -> "LkeRubric":
        """Parses a zi.lke-rubric/1 document (str or UTF-8 bytes)."""
        data = utf8(text)
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

    def area(self, code: str) -> Optional[LkeArea]:
        """The area with that code ("MP"), or None."""
        ptr = _c.zi_lke_rubric_find_area(self._handle(), code.encode("utf-8"))
        return LkeArea(self, ptr) if ptr else None

    def subareas(self) -> List[LkeSubarea]:
        """Every sub-area in worksheet order (the pemenuhan halves, then the reform ones)."""
        h = self._handle()
        return [LkeSubarea(self, _c.zi_lke_rubric_subarea(h, i)) for i in range(_c.zi_lke_rubric_subarea_count(h))]

    def subarea(self, id: str) -> Optional[LkeSubarea]:
        """The sub-area with that id ("P.MP.i"), or None."""
        ptr = _c.zi_lke_rubric_find_subarea(self._handle(), id.encode("utf-8"))
        return LkeSubarea(self, ptr) if ptr else None

    def questions(self) -> List[LkeQuestion]:
        """Every pengungkit question (JUMLAH counts included), in worksheet order."""
        h = self._handle()
        return [LkeQuestion(self, _c.zi_lke_rubric_question(h, i)) for i in range(_c.zi_lke_rubric_question_count(h))]

    def question(self, id: str) -> Optional[LkeQuestion]:
        """The pengungkit question with that id ("P.MP.i.a"), or None."""
        ptr = _c.zi_lke_rubric_find_question(self._handle(), id.encode("utf-8"))
        return LkeQuestion(self, ptr) if ptr else None

    @property
    def hasil_items(self) -> Tuple[LkeHasilItem, ...]:
        return tuple(map(_hasil_item, _items(_c.zi_lke_rubric_hasil_item_count, _c.zi_lke_rubric_hasil_item,
                                             self._handle())))

    @property
    def predicates(self) -> Tuple[LkePredicate, ...]:
        h = self._handle()
        return tuple(_predicate(_c.zi_lke_rubric_predicate(h, i)) for i in range(_c.zi_lke_rubric_predicate_count(h)))

    def predicate(self, id: str) -> Optional[LkePredicate]:
        """The predicate with that id ("wbk", "wbbm"), or None."""
        ptr = _c.zi_lke_rubric_find_predicate(self._handle(), id.encode("utf-8"))
        return _predicate(ptr) if ptr else None

    # -- operations

    def template(self, format: str = "json") -> str:
        """An empty answer set listing every question with its text and allowed answers
        (what `zi lke template` writes), as JSON or CSV text."""
        return owned_text(_c.zi_lke_answers_template, self._handle(), _choose(_FORMATS, format, "format"))

    def measured_by(self, id: str) -> Optional[str]:
        """Who decides the answer of a question or hasil item (the rubric's measured_by):
        "unit", "survey" or "external"; None for an unknown id."""
        return _text(_c.zi_lke_rubric_measured_by(self._handle(), id.encode("utf-8")))

    def new_answers(self, satker: str = "", year: int = 0) -> LkeAnswers:
        """A new, empty LkeAnswers for this rubric."""
        return LkeAnswers.new(self, satker, year)

    def score(self, answers: LkeAnswers, *, layer: str = "unit", zero_denominator: Optional[str] = None,
              ratio_alternatives: Optional[Mapping[str, str]] = None) -> LkeScore:
        """Scores an answer set: an LkeScore. layer "unit" (default) or "tpi";
        zero_denominator None (the rubric's), "one", "zero" or "unanswered";
        ratio_alternatives {"R.PW.ii.r1": "in_process_plus_completed"}. Raises
        zi.InvalidError, naming every problem, when the answers do not fit."""
        opts, keep = _score_options(layer, zero_denominator, ratio_alternatives)
        out = _lib.P(_lib.zi_lke_score_result)()
        check(_c.zi_lke_score(byref(out), self._handle(), answers._handle(), byref(opts)))
        del keep
        return LkeScore(out, self)

    def check(self, score: Union[LkeScore, LkeAnswers], predicate: str) -> PredicateResult:
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

    def whatif(self, answers: LkeAnswers, predicate: str, *, max_steps: int = 1000, layer: str = "unit",
               zero_denominator: Optional[str] = None,
               ratio_alternatives: Optional[Mapping[str, str]] = None, lock: Iterable[str] = (),
               include_external: bool = False) -> WhatIfResult:
        """The fewest answer steps that would make every score criterion of the predicate
        pass (docs/lke.md, "What-if"): a WhatIfResult. lock: ids never changed (questions,
        counts, hasil items, ratio items); include_external: also change the survey and
        external items (IPAK, IPKP, capaian), which are locked by default."""
        opts, keep = _score_options(layer, zero_denominator, ratio_alternatives)
        if isinstance(lock, str):
            lock = [lock]
        locked = _cstrings(lock)
        w = new_options(_lib.zi_lke_whatif_options, _c.zi_lke_whatif_options_init, _lib.LKE_WHATIF_OPTIONS_VERSION,
                        max_steps=max_steps, locked_count=len(locked), include_external=bool(include_external))
        if len(locked):
            w.locked = cast(locked, POINTER(c_char_p))
        out = _lib.P(_lib.zi_lke_whatif_result)()
        check(_c.zi_lke_whatif(byref(out), self._handle(), answers._handle(), predicate.encode("utf-8"),
                               byref(opts), byref(w)))
        del keep, locked
        try:
            return WhatIfResult._from(out, self)
        finally:
            _c.zi_lke_whatif_result_free(out)

    def suggest(self, *, occurrences_due: int = 0, done: int = 0, done_late: int = 0, as_of: Any = None,
                families: Optional[Mapping[str, str]] = None, per_year: Optional[Mapping[str, int]] = None,
                count_late_as_done: bool = False) -> List[LkeSuggestion]:
        """Suggested answers from plan execution (docs/lke.md, "Suggested answers"): a list
        of LkeSuggestion. families maps an LKE question id to a schedule family ("weekly",
        "monthly", "quarterly", "semester", "yearly", "once"); per_year maps one to the
        number of occurrences a year; as_of is a datetime.date shown in the reasons."""
        s, keep = _execution_summary(occurrences_due, done, done_late, as_of, families, per_year)
        o = _suggest_options(count_late_as_done)
        out = _lib.P(_lib.zi_lke_suggestions)()
        check(_c.zi_lke_suggest(byref(out), self._handle(), byref(s), byref(o)))
        del keep
        return _suggestions(out)

    def suggest_from_report(self, report: Report, *, count_late_as_done: bool = False) -> List[LkeSuggestion]:
        """Suggested answers from a compliance report (a zi.Report, from Plan.score()): the
        report's execution summary (its date, its assessed occurrences done on time and
        late, and how often the indicators linked to LKE questions are scheduled), as
        `zi lke suggest` computes it, then suggest(). A list of LkeSuggestion."""
        return _suggestions(self._suggest_from_report(report, count_late_as_done))

    def suggestions_json(self, report: Report, satker: str, *, count_late_as_done: bool = False) -> str:
        """suggest_from_report(report) as JSON with the report's date and satker (the code of
        the report's plan, e.g. plan.satker.code): the same text as `zi lke suggest --json`."""
        out = self._suggest_from_report(report, count_late_as_done)
        try:
            return owned_text(_c.zi_lke_suggestions_to_json, out, _lib.zi_date(days_from_date(report.as_of)),
                              utf8(satker))
        finally:
            _c.zi_lke_suggestions_free(out)

    def _suggest_from_report(self, report: Report, count_late_as_done: bool) -> Any:
        """A new zi_lke_suggestions of the report, for the caller to free."""
        if not isinstance(report, Report):
            raise TypeError("report must be a zi.Report (see zi.Plan.score), not %s" % type(report).__name__)
        o = _suggest_options(count_late_as_done)
        out = _lib.P(_lib.zi_lke_suggestions)()
        # `report` (an argument, so referenced until we return) keeps its handle alive.
        check(_c.zi_lke_suggest_from_report(byref(out), self._handle(), report._handle(), byref(o)))
        return out

    def score_batch(self, answers: Iterable[LkeAnswers], *, threads: int = 0, layer: str = "unit",
                    zero_denominator: Optional[str] = None,
                    ratio_alternatives: Optional[Mapping[str, str]] = None) -> "LkeBatchResult":
        """Scores and checks many answer sets at once: an LkeBatchResult (see
        zi.lke_score_batch)."""
        from .batch import lke_score_batch  # batch.py imports this module
        return lke_score_batch(answers, threads=threads, rubric=self, layer=layer,
                               zero_denominator=zero_denominator, ratio_alternatives=ratio_alternatives)

    def __repr__(self):
        if self.closed:
            return "<zi.LkeRubric (closed)>"
        return "<zi.LkeRubric %s revision %d>" % (self.id, self.revision)
