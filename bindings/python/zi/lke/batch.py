"""Portfolio batches: many answer sets scored and checked at once, on many threads."""

import array
from ctypes import POINTER, byref, c_double, c_int32, c_uint8, cast
from typing import Iterable, List, Mapping, Optional

from .. import _lib
from .._errors import NotFoundError, check
from .._owned import INT32, Owned
from ._common import _score_options
from .answers import LkeAnswers
from .predicate import PredicateResult
from .rubric import LkeRubric
from .score import LkeScore

_c = _lib.lib
_text = _lib.text


class LkeBatchResult(Owned):
    """Scores and predicate checks of many answer sets, in input order (see
    zi.lke_score_batch). The columns are array.array values copied out in one call each:
    totals, pengungkit, hasil ('d', NaN for a set that failed), statuses ('i': 0 or the
    zi status of the failure) and passes(predicate) ('B': 1 passes, 0 fails or failed).
    errors[i] is the failure message of set i (None when it was scored)."""

    __slots__ = ("_rubric",)
    _FREE = "zi_lke_batch_result_free"
    _WHAT = "batch result"

    def __init__(self, ptr: object, rubric: LkeRubric) -> None:
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
    def totals(self) -> "array.array[float]":
        return self._column(_c.zi_lke_batch_result_totals, "d", c_double)

    @property
    def pengungkit(self) -> "array.array[float]":
        return self._column(_c.zi_lke_batch_result_pengungkit, "d", c_double)

    @property
    def hasil(self) -> "array.array[float]":
        return self._column(_c.zi_lke_batch_result_hasil, "d", c_double)

    @property
    def statuses(self) -> "array.array[int]":
        return self._column(_c.zi_lke_batch_result_statuses, INT32, c_int32)

    def passes(self, predicate: str) -> "array.array[int]":
        """Whether each set passes a predicate: array('B') of 1/0. zi.NotFoundError for an
        unknown predicate."""
        return self._column(_c.zi_lke_batch_result_passes, "B", c_uint8, predicate.encode("utf-8"))

    wbk = property(lambda self: self.passes("wbk"))
    wbbm = property(lambda self: self.passes("wbbm"))

    @property
    def errors(self) -> List[Optional[str]]:
        h = self._handle()
        return [_text(_c.zi_lke_batch_result_error(h, i)) for i in range(_c.zi_lke_batch_result_count(h))]

    def score(self, index: int) -> Optional[LkeScore]:
        """The LkeScore of set `index` (it keeps this batch alive), or None if it failed."""
        h = self._handle()
        if not 0 <= index < _c.zi_lke_batch_result_count(h):
            raise IndexError("batch index %d out of range" % index)
        ptr = _c.zi_lke_batch_result_score(h, index)
        return LkeScore(ptr, self._rubric, owner=self) if ptr else None

    def check(self, index: int, predicate: str) -> Optional[PredicateResult]:
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


def lke_score_batch(answers: Iterable[LkeAnswers], *, threads: int = 0, rubric: Optional[LkeRubric] = None,
                    layer: str = "unit", zero_denominator: Optional[str] = None,
                    ratio_alternatives: Optional[Mapping[str, str]] = None) -> LkeBatchResult:
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
