"""zi: Zona Integritas action plans (Rencana Aksi) of KPU satker, over libzi's C ABI.

    import zi
    with zi.Plan.default() as plan:              # or zi.Plan.load("plan.json")
        for d in plan.lint():
            print(d.severity, d.where, d.code)
        for component in plan.components:
            for aspect in component.aspects:
                for activity in aspect.activities:
                    for indicator in activity.indicators:
                        print(indicator.id, indicator.schedule, indicator.target)

The package uses ctypes: it needs no compiler, only libzi_c (see zi._lib for where it is
looked for; the ZI_LIBRARY environment variable overrides). Errors are zi.Error
subclasses carrying libzi's message.

Deadlines and compliance (zi.Calendar, zi.parse_schedule, Plan.expand, zi.import_evidence,
Plan.score -> zi.Report, zi.Portfolio):

    with zi.Plan.default() as plan:
        for o in plan.expand():                      # dated deliverables
            print(o.indicator_id, o.index, o.due)
        report = plan.score(datetime.date(2026, 7, 1), evidence=zi.import_evidence(path, scope=plan))
        print(report.score, report.agenda()["overdue"])

The LKE evaluation (zi.LkeRubric, zi.LkeAnswers, zi.lke_score_batch; see zi.lke):

    rubric = zi.LkeRubric.default()
    answers = zi.LkeAnswers.load("answers.json", rubric)
    result = rubric.score(answers).check("wbk")      # zi.PredicateResult
    print(result.passed, result.reasons)
"""

from typing import Tuple

from . import _lib
from ._errors import (CallbackError, ClosedError, Error, FileError, InternalError, InvalidError,
                      NotFoundError, OutOfMemoryError, RangeError, VersionError)
from ._dates import date_from_days, days_from_date, parse_date
from ._plan import (Activity, Aspect, Component, Decree, Diagnostic, DuePolicy, Indicator, Note,
                    Plan, Satker, Source)
# The deadline engine, evidence, scoring and portfolios (Plan.expand(), Plan.score() and
# Indicator.resolve_schedule() return their classes).
from ._deadlines import (Calendar, CalendarYearNotCoveredWarning, Holiday, Occurrence, OccurrenceList,
                         Schedule, Window, due_date, parse_rrule, parse_schedule, schedule_json)
from ._evidence import Evidence, EvidenceRecord, EvidenceScope, RejectedRow, import_evidence
from ._scoring import NodeScore, OccurrenceScore, Report
from ._portfolio import Portfolio, PortfolioScores, RollUp, satker_registry
# The LKE evaluation (zi.lke): rubric, answer sets, scores, WBK/WBBM, what-if, batches.
from .lke import (CriterionResult, LkeAnswers, LkeArea, LkeAreaScore, LkeBatchResult, LkeCriterion,
                  LkeHasilGroupScore, LkeHasilItem, LkeHasilScore, LkeItemScore, LkeOption, LkePredicate,
                  LkeQuestion, LkeRatio, LkeRubric, LkeScore, LkeSubarea, LkeSubareaScore, LkeSuggestion,
                  PredicateResult, WhatIfResult, WhatIfStep, lke_score, lke_score_batch)
from .lke.workbook import LkeWorkbookExport, LkeWorkbookImport, lke_workbook_export, lke_workbook_import
from .lke.suggest import LkeAppliedSuggestions, LkeSuggestionChange, LkeSuggestionList
# The plan as the decree table and plan diffs (zi.plan_io); the satker registry (zi.satker).
from . import satker
from .plan_io import PlanChange, PlanDiff, diff_plans
# HTML reports, reminders, iCalendar alarms and calendar import (zi.report).
from . import report

__version__ = "0.5.0"

__all__ = [
    "Activity", "Aspect", "CallbackError", "ClosedError", "Component", "Decree", "Diagnostic",
    "DuePolicy", "Error", "FileError", "Indicator", "InternalError", "InvalidError", "Note",
    "NotFoundError", "OutOfMemoryError", "Plan", "RangeError", "Satker", "Source", "VersionError",
    "abi_version", "date_from_days", "days_from_date", "library_path", "parse_date", "version",
    "version_info",
    # deadlines, evidence, scoring, portfolio
    "Calendar", "CalendarYearNotCoveredWarning", "Evidence", "EvidenceRecord", "EvidenceScope",
    "Holiday", "NodeScore", "Occurrence", "OccurrenceList", "OccurrenceScore", "Portfolio",
    "PortfolioScores", "RejectedRow", "Report", "RollUp", "Schedule", "Window", "due_date",
    "import_evidence", "parse_rrule", "parse_schedule", "satker_registry", "schedule_json",
    # lke (zi.lke)
    "CriterionResult", "LkeAnswers", "LkeArea", "LkeAreaScore", "LkeBatchResult", "LkeCriterion",
    "LkeHasilGroupScore", "LkeHasilItem", "LkeHasilScore", "LkeItemScore", "LkeOption", "LkePredicate",
    "LkeQuestion", "LkeRatio", "LkeRubric", "LkeScore", "LkeSubarea", "LkeSubareaScore", "LkeSuggestion",
    "LkeSuggestionList", "LkeSuggestionChange", "LkeAppliedSuggestions",
    "PredicateResult", "WhatIfResult", "WhatIfStep", "lke_score", "lke_score_batch",
    "LkeWorkbookExport", "LkeWorkbookImport", "lke_workbook_export", "lke_workbook_import",
    # plan table and diff (zi.plan_io), satker registry (zi.satker)
    "PlanChange", "PlanDiff", "diff_plans", "satker",
]


def version() -> str:
    """The loaded libzi_c's version, e.g. "0.5.0"."""
    return _lib.text(_lib.lib.zi_version_string())


def version_info() -> Tuple[int, int, int]:
    """The loaded libzi_c's version as a (major, minor, patch) tuple."""
    n = _lib.lib.zi_version_number()
    return (n // 10000, n // 100 % 100, n % 100)


def abi_version() -> int:
    """The loaded libzi_c's ABI version (its SOVERSION)."""
    return _lib.lib.zi_abi_version()


def library_path() -> str:
    """The path of the libzi_c that was loaded."""
    return _lib.library_path
