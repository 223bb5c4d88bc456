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

The modules: rubric (LkeRubric and its parts), answers (LkeAnswers), score (LkeScore and
its rows), predicate (the WBK/WBBM predicates and PredicateResult), whatif, suggest and
batch (lke_score_batch); every public name is re-exported here and from zi.
"""

from .answers import LkeAnswers
from .batch import LkeBatchResult, lke_score_batch
from .predicate import CriterionResult, LkeCriterion, LkePredicate, PredicateResult
from .rubric import LkeArea, LkeHasilItem, LkeOption, LkeQuestion, LkeRatio, LkeRubric, LkeSubarea
from .score import (LkeAreaScore, LkeHasilGroupScore, LkeHasilScore, LkeItemScore, LkeScore, LkeSubareaScore,
                    lke_score)
from .suggest import LkeAppliedSuggestions, LkeSuggestion, LkeSuggestionChange, LkeSuggestionList
from .whatif import WhatIfResult, WhatIfStep
from .workbook import LkeWorkbookExport, LkeWorkbookImport, lke_workbook_export, lke_workbook_import

__all__ = [
    "CriterionResult", "LkeAnswers", "LkeArea", "LkeAreaScore", "LkeBatchResult", "LkeCriterion",
    "LkeHasilGroupScore", "LkeHasilItem", "LkeHasilScore", "LkeItemScore", "LkeOption", "LkePredicate",
    "LkeQuestion", "LkeRatio", "LkeRubric", "LkeScore", "LkeSubarea", "LkeSubareaScore",
    "LkeSuggestion", "LkeSuggestionList", "LkeSuggestionChange", "LkeAppliedSuggestions", "PredicateResult", "WhatIfResult", "WhatIfStep", "lke_score", "lke_score_batch",
    "LkeWorkbookExport", "LkeWorkbookImport", "lke_workbook_export", "lke_workbook_import",
]
