"""What-if: the fewest answer steps that would make a predicate's score criteria pass."""

from ctypes import byref
from typing import NamedTuple

from .. import _lib
from .._errors import check
from .._owned import owned_text
from ._common import _items, _strings
from .answers import LkeAnswers
from .predicate import PredicateResult

_c = _lib.lib
_text = _lib.text


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
    text: str = ""  # the question's text as the rubric words it


class WhatIfResult:
    """The result of a what-if search (docs/lke.md, "What-if"): reached (every score
    criterion passes after the steps), step_limit, steps, before/after (PredicateResult),
    unfixable row ids with their reasons, to_fill (unanswered items not invented), locked
    (the ids held fixed: the caller's locks and, unless include_external, the survey and
    external items), answers (an LkeAnswers with every step applied) and to_json()."""

    __slots__ = ("predicate", "reached", "step_limit", "steps", "before", "after", "unfixable", "reasons",
                 "to_fill", "locked", "answers", "_json")

    @classmethod
    def _from(cls, w, rubric):
        self = cls()
        self.predicate = _text(_c.zi_lke_whatif_result_predicate(w))
        self.reached = _c.zi_lke_whatif_result_reached(w)
        self.step_limit = _c.zi_lke_whatif_result_step_limit(w)
        self.steps = tuple(WhatIfStep(_c.zi_lke_whatif_step_rank(s), _text(_c.zi_lke_whatif_step_question(s)),
                                      _text(_c.zi_lke_whatif_step_subarea(s)), _text(_c.zi_lke_whatif_step_from(s)),
                                      _text(_c.zi_lke_whatif_step_to(s)), _c.zi_lke_whatif_step_gain(s),
                                      _c.zi_lke_whatif_step_points(s), _text(_c.zi_lke_whatif_step_text(s)))
                           for s in _items(_c.zi_lke_whatif_result_step_count, _c.zi_lke_whatif_result_step, w))
        self.before = PredicateResult._from(_c.zi_lke_whatif_result_before(w))
        self.after = PredicateResult._from(_c.zi_lke_whatif_result_after(w))
        self.unfixable = _strings(_c.zi_lke_whatif_result_unfixable_count, _c.zi_lke_whatif_result_unfixable, w)
        self.reasons = _strings(_c.zi_lke_whatif_result_reason_count, _c.zi_lke_whatif_result_reason, w)
        self.to_fill = _strings(_c.zi_lke_whatif_result_to_fill_count, _c.zi_lke_whatif_result_to_fill, w)
        self.locked = _strings(_c.zi_lke_whatif_result_locked_count, _c.zi_lke_whatif_result_locked, w)
        out = _lib.P(_lib.zi_lke_answers)()
        check(_c.zi_lke_whatif_result_answers(byref(out), w))
        self.answers = LkeAnswers(out, rubric)
        self._json = owned_text(_c.zi_lke_whatif_result_to_json, w)
        return self

    def to_json(self) -> str:
        """The report of `zi lke whatif --json`."""
        return self._json

    def __repr__(self):
        return "<zi.WhatIfResult %s: %d steps, %s>" % (self.predicate, len(self.steps),
                                                       "reached" if self.reached else "not reached")
