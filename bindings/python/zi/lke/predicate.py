"""The WBK/WBBM predicates: as a rubric states them (LkePredicate, LkeCriterion) and as
checked against a score (PredicateResult, CriterionResult)."""

from typing import NamedTuple, Optional, Tuple

from .. import _lib
from .._owned import owned_text
from ._common import _items, _strings

_c = _lib.lib
_text = _lib.text


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


def _criterion(c):
    return LkeCriterion(_text(_c.zi_lke_criterion_id(c)), _text(_c.zi_lke_criterion_label(c)),
                        _text(_c.zi_lke_measure_str(_c.zi_lke_criterion_measure(c))),
                        _text(_c.zi_lke_criterion_target(c)), _c.zi_lke_criterion_threshold(c))


def _predicate(p):
    return LkePredicate(_text(_c.zi_lke_predicate_id(p)), _text(_c.zi_lke_predicate_name(p)),
                        _text(_c.zi_lke_predicate_requires_prior(p)),
                        tuple(map(_criterion, _items(_c.zi_lke_predicate_criterion_count,
                                                     _c.zi_lke_predicate_criterion, p))))


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


def _criterion_result(r):
    return CriterionResult(_text(_c.zi_lke_criterion_result_id(r)), _text(_c.zi_lke_criterion_result_criterion(r)),
                           _text(_c.zi_lke_criterion_result_label(r)),
                           _text(_c.zi_lke_measure_str(_c.zi_lke_criterion_result_measure(r))),
                           _text(_c.zi_lke_criterion_result_target(r)), _c.zi_lke_criterion_result_value(r),
                           _c.zi_lke_criterion_result_threshold(r), _c.zi_lke_criterion_result_margin(r),
                           _c.zi_lke_criterion_result_passed(r))


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
        rows = tuple(map(_criterion_result, _items(_c.zi_lke_check_result_criterion_count,
                                                   _c.zi_lke_check_result_criterion, c)))
        return cls(_text(_c.zi_lke_check_result_predicate(c)), _text(_c.zi_lke_check_result_name(c)),
                   _c.zi_lke_check_result_passed(c), rows,
                   _strings(_c.zi_lke_check_result_failing_count, _c.zi_lke_check_result_failing, c),
                   _strings(_c.zi_lke_check_result_reason_count, _c.zi_lke_check_result_reason, c),
                   owned_text(_c.zi_lke_check_result_to_json, c))

    def criterion(self, id: str) -> Optional[CriterionResult]:
        """The row with that id ("wbbm.area.SDM"), or None."""
        for c in self.criteria:
            if c.id == id:
                return c
        return None

    def to_json(self) -> str:
        """The report of `zi lke check --json`."""
        return self._json

    def __bool__(self):
        return bool(self.passed)

    def __repr__(self):
        return "<zi.PredicateResult %s %s%s>" % (self.predicate, "passed" if self.passed else "failed",
                                                 "" if self.passed else ": " + ", ".join(self.failing))
