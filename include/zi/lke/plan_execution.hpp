// From a compliance report to the inputs of the LKE suggestions (lke_suggest.hpp): how
// much of the plan was carried out as of the date, and how often the rows linked to
// frequency questions (Indicator::lke_questions) are scheduled.
#ifndef ZI_PLAN_EXECUTION_HPP
#define ZI_PLAN_EXECUTION_HPP

#include "zi/lke/suggest.hpp"
#include "zi/compliance/scoring.hpp"

namespace zi {
inline namespace v1 {

// occurrences_due: the assessed occurrences (due date passed, or done early); done and
// done_late: those among them with that status. For every indicator that names LKE
// questions, each question gets the indicator's number of occurrences in the plan year
// and its family (12 monthly, 4 quarterly, 2 semester, 1 yearly, 52/53 weekly); when
// several rows name one question, the most frequent wins.
PlanExecutionSummary SummarizePlanExecution(const ComplianceReport& report);

}  // namespace v1
}  // namespace zi

#endif  // ZI_PLAN_EXECUTION_HPP
