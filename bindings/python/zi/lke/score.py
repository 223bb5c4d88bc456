"""The score of one answer set (LkeScore) and its rows, copied out as named tuples."""

from typing import TYPE_CHECKING, Any, NamedTuple, Optional, Tuple

from .. import _lib
from .._owned import Owned, owned_text
from .._plan import Diagnostic, diagnostic
from ._common import _items, _strings

if TYPE_CHECKING:
    from .answers import LkeAnswers
    from .predicate import PredicateResult
    from .rubric import LkeRubric

_c = _lib.lib
_text = _lib.text


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


def _item_score(x):
    return LkeItemScore(_text(_c.zi_lke_item_score_id(x)), _text(_c.zi_lke_item_kind_str(_c.zi_lke_item_score_kind(x))),
                        _c.zi_lke_item_score_answered(x), _c.zi_lke_item_score_value(x),
                        _text(_c.zi_lke_item_score_answer(x)), _c.zi_lke_item_score_numerator(x),
                        _c.zi_lke_item_score_denominator(x))


def _hasil_score(x):
    return LkeHasilScore(_text(_c.zi_lke_hasil_score_id(x)), _text(_c.zi_lke_hasil_score_name(x)),
                         _text(_c.zi_lke_hasil_score_group(x)), _c.zi_lke_hasil_score_weight(x),
                         _c.zi_lke_hasil_score_answered(x), _text(_c.zi_lke_hasil_score_answer(x)),
                         _c.zi_lke_hasil_score_value(x), _c.zi_lke_hasil_score_score(x))


def _subarea_score(s, half):
    items = tuple(map(_item_score, _items(_c.zi_lke_subarea_score_item_count, _c.zi_lke_subarea_score_item, s)))
    return LkeSubareaScore(_text(_c.zi_lke_subarea_score_id(s)), _text(_c.zi_lke_subarea_score_name(s)), half,
                           _text(_c.zi_lke_subarea_score_parent(s)), _c.zi_lke_subarea_score_weight(s),
                           _c.zi_lke_subarea_score_mean(s), _c.zi_lke_subarea_score_score(s),
                           _c.zi_lke_subarea_score_answered(s), _c.zi_lke_subarea_score_item_total(s),
                           items)


def _area_score(a):
    subs = []
    for h, half in enumerate(_lib.enum_names(_c.zi_lke_half_str)):  # "pemenuhan", "reform"
        subs.extend(_subarea_score(_c.zi_lke_area_score_subarea(a, h, i), half)
                    for i in range(_c.zi_lke_area_score_subarea_count(a, h)))
    return LkeAreaScore(_text(_c.zi_lke_area_score_code(a)), _text(_c.zi_lke_area_score_name(a)),
                        _c.zi_lke_area_score_weight(a), _c.zi_lke_area_score_pemenuhan(a),
                        _c.zi_lke_area_score_reform(a), _c.zi_lke_area_score_total(a),
                        _c.zi_lke_area_score_fraction(a), _c.zi_lke_area_score_percent(a),
                        _c.zi_lke_area_score_answered(a), _c.zi_lke_area_score_item_total(a), tuple(subs))


class LkeScore(Owned):
    """The score of one answer set (docs/lke.md, "Scoring"). Numbers are unrounded
    points. Rows (areas, sub-areas, items, hasil) are copied out as named tuples."""

    __slots__ = ("_rubric",)
    _FREE = "zi_lke_score_result_free"
    _WHAT = "score"

    def __init__(self, ptr: object, rubric: "LkeRubric", owner: Optional[Owned] = None) -> None:
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

    def area(self, code: str) -> Optional[LkeAreaScore]:
        """The LkeAreaScore of an area ("MP"), or None."""
        ptr = _c.zi_lke_score_result_find_area(self._handle(), code.encode("utf-8"))
        return _area_score(ptr) if ptr else None

    def subarea(self, id: str) -> Optional[LkeSubareaScore]:
        """The LkeSubareaScore of a sub-area ("P.MP.i"), or None."""
        for a in self.areas:
            for s in a.subareas:
                if s.id == id:
                    return s
        return None

    @property
    def hasil_items(self) -> Tuple[LkeHasilScore, ...]:
        return tuple(map(_hasil_score, _items(_c.zi_lke_score_result_hasil_item_count,
                                              _c.zi_lke_score_result_hasil_item, self._handle())))

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
        return tuple(diagnostic(_c.zi_lke_score_result_diagnostic(h, i))
                     for i in range(_c.zi_lke_score_result_diagnostic_count(h)))

    def to_json(self) -> str:
        """The report of `zi lke score --json`."""
        return owned_text(_c.zi_lke_score_result_to_json, self._handle())

    def check(self, predicate: str) -> "PredicateResult":
        """Checks the score against a predicate ("wbk", "wbbm") of its rubric: a
        PredicateResult."""
        return self._rubric.check(self, predicate)

    def __repr__(self):
        if self.closed:
            return "<zi.LkeScore (closed)>"
        return "<zi.LkeScore %s total %.4f>" % (self.satker or "(no satker)", self.total)


def lke_score(answers: "LkeAnswers", rubric: Optional["LkeRubric"] = None, **options: Any) -> LkeScore:
    """Scores an answer set with `rubric` (default: the set's own): an LkeScore.
    Options as LkeRubric.score."""
    return (rubric if rubric is not None else answers.rubric).score(answers, **options)
