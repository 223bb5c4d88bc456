"""Answer sets: one satker's answers to the worksheet of one rubric, in two layers."""

import os
from ctypes import byref, c_size_t
from typing import TYPE_CHECKING, Any, Iterable, Optional, Union

from .. import _lib
from .._errors import check
from .._owned import Owned, new_options, owned_text, utf8
from ._common import _LAYERS, _choose

if TYPE_CHECKING:
    from .predicate import PredicateResult
    from .rubric import LkeRubric
    from .score import LkeScore
    from .suggest import LkeAppliedSuggestions, LkeSuggestion
    from .whatif import WhatIfResult

_c = _lib.lib
_text = _lib.text


def _rubric_or_default(rubric: Optional["LkeRubric"]) -> "LkeRubric":
    if rubric is not None:
        return rubric
    from .rubric import LkeRubric  # rubric.py imports this module
    return LkeRubric.default()


class LkeAnswers(Owned):
    """One satker's answers to the worksheet of one rubric, in two layers ("unit", the
    self-assessment, and "tpi", the internal evaluation team's). Make one with
    LkeAnswers.load(path), from_json(text), from_csv(text) or new(); the rubric defaults
    to LkeRubric.default(). answers["P.MP.i.a"] reads and writes the unit layer."""

    __slots__ = ("_rubric", "_counts")
    _FREE = "zi_lke_answers_free"
    _WHAT = "answer set"

    def __init__(self, ptr: object, rubric: "LkeRubric") -> None:
        super().__init__(ptr)
        self._rubric = rubric
        self._counts = rubric._counts()  # so that get() works after the rubric is closed

    @classmethod
    def new(cls, rubric: Optional["LkeRubric"] = None, satker: str = "", year: int = 0) -> "LkeAnswers":
        """An empty answer set for a satker and year."""
        rubric = _rubric_or_default(rubric)
        out = _lib.P(_lib.zi_lke_answers)()
        check(_c.zi_lke_answers_new(byref(out), rubric._handle(), satker.encode("utf-8"), int(year)))
        return cls(out, rubric)

    @classmethod
    def load(cls, path: Union[str, bytes, "os.PathLike[str]"], rubric: Optional["LkeRubric"] = None) -> "LkeAnswers":
        """Reads an answer file: CSV when the name ends in .csv, zi.lke-answers/1 JSON
        otherwise. zi.InvalidError lists every problem with its question id."""
        rubric = _rubric_or_default(rubric)
        out = _lib.P(_lib.zi_lke_answers)()
        check(_c.zi_lke_answers_load_file(byref(out), rubric._handle(), os.fsencode(path)))
        return cls(out, rubric)

    @classmethod
    def _parse(cls, text, rubric, format):
        rubric = _rubric_or_default(rubric)
        data = utf8(text)
        out = _lib.P(_lib.zi_lke_answers)()
        check(_c.zi_lke_answers_load_buffer(byref(out), rubric._handle(), data, len(data), format))
        return cls(out, rubric)

    @classmethod
    def from_json(cls, text: Union[str, bytes], rubric: Optional["LkeRubric"] = None) -> "LkeAnswers":
        """Parses zi.lke-answers/1 JSON (str or UTF-8 bytes)."""
        return cls._parse(text, rubric, 0)

    @classmethod
    def from_csv(cls, text: Union[str, bytes], rubric: Optional["LkeRubric"] = None) -> "LkeAnswers":
        """Parses the answer CSV (docs/lke-answers-format.md)."""
        return cls._parse(text, rubric, 1)

    @staticmethod
    def template(rubric: Optional["LkeRubric"] = None, format: str = "json") -> str:
        """The empty answer set of `zi lke template`, as JSON or CSV text."""
        return _rubric_or_default(rubric).template(format)

    # -- fields

    @property
    def rubric(self) -> "LkeRubric":
        """The LkeRubric the set was made or read with."""
        return self._rubric

    satker = property(lambda self: _text(_c.zi_lke_answers_satker(self._handle())))
    year = property(lambda self: _c.zi_lke_answers_year(self._handle()))
    rubric_id = property(lambda self: _text(_c.zi_lke_answers_rubric_id(self._handle())))

    @property
    def prior_wbk(self) -> bool:
        """Whether the unit already holds Menuju WBK (a WBBM criterion)."""
        return _c.zi_lke_answers_prior_wbk(self._handle())

    @prior_wbk.setter
    def prior_wbk(self, value: bool) -> None:
        check(_c.zi_lke_answers_set_prior_wbk(self._handle(), bool(value)))

    # -- answers

    def get(self, question: str, layer: str = "unit") -> Optional[Union[str, int, float]]:
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

    def set(self, question: str, value: Optional[Union[str, int, float]], layer: str = "unit") -> None:
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

    def clear(self, question: str, layer: str = "unit") -> None:
        """Removes the answer of a question in a layer."""
        self.set(question, None, layer)

    def __getitem__(self, question):
        return self.get(question)

    def __setitem__(self, question, value):
        self.set(question, value)

    def __delitem__(self, question):
        self.clear(question)

    def copy(self) -> "LkeAnswers":
        """An independent copy."""
        out = _lib.P(_lib.zi_lke_answers)()
        check(_c.zi_lke_answers_copy(byref(out), self._handle()))
        return LkeAnswers(out, self._rubric)

    # -- writing and operations

    def _write(self, format, include_unanswered, guidance):
        opts = new_options(_lib.zi_lke_write_options, _c.zi_lke_write_options_init, _lib.LKE_WRITE_OPTIONS_VERSION,
                           format=format, include_unanswered=bool(include_unanswered), guidance=bool(guidance))
        return owned_text(_c.zi_lke_answers_write, self._handle(), byref(opts))

    def to_json(self, *, include_unanswered: bool = False, guidance: bool = False) -> str:
        """The set as canonical zi.lke-answers/1 JSON."""
        return self._write(0, include_unanswered, guidance)

    def to_csv(self, *, include_unanswered: bool = False, guidance: bool = False) -> str:
        """The set as the answer CSV."""
        return self._write(1, include_unanswered, guidance)

    def score(self, **options: Any) -> "LkeScore":
        """Scores the set with its rubric: LkeRubric.score(self, **options)."""
        return self._rubric.score(self, **options)

    def check(self, predicate: str, **options: Any) -> "PredicateResult":
        """Scores the set and checks a predicate: a PredicateResult."""
        with self.score(**options) as s:
            return s.check(predicate)

    def whatif(self, predicate: str, **options: Any) -> "WhatIfResult":
        """LkeRubric.whatif(self, predicate, **options)."""
        return self._rubric.whatif(self, predicate, **options)

    def apply_suggestions(self, suggestions: Iterable["LkeSuggestion"], layer: str = "unit") -> "LkeAppliedSuggestions":
        """Writes suggested answers (the list of LkeRubric.suggest or suggest_from_report)
        into `layer` of a copy of this set (docs/lke.md, "Applying suggestions"): only the
        suggested questions change. Returns LkeAppliedSuggestions(answers, changes); this
        set is left as it was. zi.InvalidError (nothing written) when a suggestion does not
        fit the rubric."""
        from .suggest import LkeAppliedSuggestions, LkeSuggestionChange
        l = _choose(_LAYERS, layer, "layer")
        items = list(suggestions)
        before = [self.get(s.question, layer) for s in items]
        handle = suggestions._handle() if hasattr(suggestions, "_handle") else None
        if handle is not None:
            out = _lib.P(_lib.zi_lke_answers)()
            changed = c_size_t()
            check(_c.zi_lke_suggestions_apply(byref(out), byref(changed), self._handle(), handle, l))
            result = LkeAnswers(out, self._rubric)
        else:  # a list made or changed by the caller: the same writes, one by one, on a copy
            result = self.copy()
            for s in items:
                result.set(s.question, s.answer, layer)
        changes = tuple(LkeSuggestionChange(s.question, b, s.answer, b != s.answer) for s, b in zip(items, before))
        return LkeAppliedSuggestions(result, changes)

    def __repr__(self):
        if self.closed:
            return "<zi.LkeAnswers (closed)>"
        return "<zi.LkeAnswers %s %d for %s>" % (self.satker or "(no satker)", self.year, self.rubric_id)
