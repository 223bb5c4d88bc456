"""Suggested answers from plan execution (LkeRubric.suggest, suggest_from_report)."""

import datetime
import weakref
from ctypes import POINTER, c_char_p, c_int32, cast
from typing import Any, Mapping, NamedTuple, Optional, Tuple, Union

from .. import _lib
from .._dates import days_from_date
from .._owned import new_options
from ._common import _cstrings, _items

_c = _lib.lib
_text = _lib.text


class LkeSuggestion(NamedTuple):
    """A suggested answer from plan execution; rule: "plan_execution_share",
    "schedule_frequency" or "occurrences_per_year"; reason starts "Saran:"."""
    question: str
    answer: str
    rule: str
    reason: str


def _execution_summary(occurrences_due: int, done: int, done_late: int,
                       as_of: Optional[Union[datetime.date, int]], families: Optional[Mapping[str, str]],
                       per_year: Optional[Mapping[str, int]]) -> Tuple[Any, Tuple[Any, ...]]:
    """A zi_lke_execution_summary and the ctypes arrays it points to (keep both alive)."""
    s = new_options(_lib.zi_lke_execution_summary, _c.zi_lke_execution_summary_init,
                    _lib.LKE_EXECUTION_SUMMARY_VERSION, occurrences_due=occurrences_due, done=done,
                    done_late=done_late)
    if as_of is not None:
        s.has_as_of = True
        s.as_of = _lib.zi_date(days_from_date(as_of) if isinstance(as_of, datetime.date) else int(as_of))
    families = dict(families or {})
    per_year = dict(per_year or {})
    fq, fv = _cstrings(families), _cstrings(families.values())
    pq = _cstrings(per_year)
    pv = (c_int32 * len(per_year))(*(int(v) for v in per_year.values()))
    if families:
        s.family_count = len(families)
        s.family_questions = cast(fq, POINTER(c_char_p))
        s.families = cast(fv, POINTER(c_char_p))
    if per_year:
        s.per_year_count = len(per_year)
        s.per_year_questions = cast(pq, POINTER(c_char_p))
        s.per_year = cast(pv, POINTER(c_int32))
    return s, (fq, fv, pq, pv)


def _suggest_options(count_late_as_done):
    return new_options(_lib.zi_lke_suggest_options, _c.zi_lke_suggest_options_init, _lib.LKE_SUGGEST_OPTIONS_VERSION,
                       count_late_as_done=bool(count_late_as_done))


class LkeSuggestionList(list):
    """The list of LkeSuggestion that LkeRubric.suggest and suggest_from_report return. It
    also keeps libzi's list (freed with the object), which LkeAnswers.apply_suggestions
    hands back to zi_lke_suggestions_apply while the list is unchanged."""

    def __init__(self, items, ptr):
        super().__init__(items)
        self._ptr = ptr
        self._snapshot = tuple(items)
        finalizer = weakref.finalize(self, _c.zi_lke_suggestions_free, ptr)
        finalizer.atexit = False  # at shutdown the library may be gone

    def _handle(self):
        """libzi's list when this one still holds exactly what it was made with, else None."""
        return self._ptr if tuple(self) == self._snapshot else None


class LkeSuggestionChange(NamedTuple):
    """One suggestion written into an answer set: the answer before (None when
    unanswered) and after, and whether it changed."""
    question: str
    from_: Optional[str]
    to: str
    changed: bool


class LkeAppliedSuggestions(NamedTuple):
    """The result of LkeAnswers.apply_suggestions: the new answer set and one change per
    suggestion, in order."""
    answers: Any  # LkeAnswers
    changes: Tuple[LkeSuggestionChange, ...]


def _suggestions(out):
    """The LkeSuggestionList of a zi_lke_suggestions, which it owns from now on."""
    try:
        items = [LkeSuggestion(_text(_c.zi_lke_suggestion_question(x)), _text(_c.zi_lke_suggestion_answer(x)),
                               _text(_c.zi_lke_suggestion_rule(x)), _text(_c.zi_lke_suggestion_reason(x)))
                 for x in _items(_c.zi_lke_suggestions_count, _c.zi_lke_suggestions_get, out)]
    except BaseException:
        _c.zi_lke_suggestions_free(out)
        raise
    return LkeSuggestionList(items, out)
