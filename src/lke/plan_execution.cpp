#include "zi/lke/plan_execution.hpp"

namespace zi {
inline namespace v1 {
namespace {

const char* FamilyOf(int per_year) {
  if (per_year >= 52) return "weekly";
  if (per_year >= 12) return "monthly";
  if (per_year >= 4) return "quarterly";
  if (per_year >= 2) return "semester";
  return "yearly";
}

}  // namespace

PlanExecutionSummary SummarizePlanExecution(const ComplianceReport& report) {
  PlanExecutionSummary s;
  s.as_of = report.as_of;
  for (const ComponentScore& c : report.components) {
    for (const AspectScore& a : c.aspects) {
      for (const IndicatorScore& i : a.indicators) {
        for (const OccurrenceScore& o : i.occurrences) {
          if (!o.assessed) continue;
          ++s.occurrences_due;
          s.done += o.status == OccurrenceStatus::kDone;
          s.done_late += o.status == OccurrenceStatus::kDoneLate;
        }
        const int n = static_cast<int>(i.occurrences.size());
        if (n == 0) continue;
        for (const std::string& q : i.ref->indicator->lke_questions) {
          auto [it, inserted] = s.occurrences_per_year_by_lke_question.emplace(q, n);
          if (!inserted && n > it->second) it->second = n;
          s.schedule_family_by_lke_question[q] = FamilyOf(it->second);
        }
      }
    }
  }
  return s;
}

}  // namespace v1
}  // namespace zi
