// Compliance scoring (docs/scoring.md): each occurrence's status and credit as of a date, and
// the scores of indikator, aspek, komponen and the whole plan, with a trace from every
// number down to the evidence records that produced it.
//
// This is the reference path: it keeps every detail for reports and traces. Portfolio
// scoring (portfolio.hpp) computes the same numbers from a compiled columnar form.
#ifndef ZI_SCORING_HPP
#define ZI_SCORING_HPP

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "zi/deadline/calendar.hpp"
#include "zi/base/date.hpp"
#include "zi/base/diagnostic.hpp"
#include "zi/compliance/evidence.hpp"
#include "zi/deadline/occurrence.hpp"
#include "zi/plan/plan.hpp"

namespace zi {
inline namespace v1 {

struct ScoringPolicy {
  // λ: the credit a late deliverable earns, in [0, 1] (default 0.5; docs/scoring.md,
  // "One occurrence").
  double late_credit = 0.5;
  // Whether `submitted` (not yet verified) evidence counts. `rejected` never counts.
  bool count_submitted = false;
  friend bool operator==(const ScoringPolicy&, const ScoringPolicy&) = default;
};

// InvalidArgument unless 0 <= late_credit <= 1.
absl::Status ValidateScoringPolicy(const ScoringPolicy& policy);

enum class OccurrenceStatus {
  kDone,      // the required count was reached by the due date
  kDoneLate,  // reached, but only after the due date
  kOpen,      // the window has started (or passed) and the due date has not
  kUpcoming,  // the window has not started
  kOverdue,   // the due date has passed and the count is not reached
};
std::string_view ToString(OccurrenceStatus s);  // "done", "done_late", "open", ...
// The Indonesian label for reports: "selesai", "selesai terlambat", "berjalan",
// "belum dimulai", "terlambat".
std::string_view Label(OccurrenceStatus s);

// The counts of one occurrence (docs/scoring.md, "One occurrence") with window start s,
// due date d and required count r, given c(x) = the counting evidence dated on or before x:
//   on_time = min(r, c(min(d, t))), late = min(r - on_time, c(t) - c(min(d, t))).
struct OccurrenceCounts {
  int on_time = 0;
  int late = 0;
  OccurrenceStatus status = OccurrenceStatus::kUpcoming;
  bool assessed = false;  // t > d, or done; never when r = 0 (nothing is required)
};
// `dates`/`counts`: the counting evidence of the occurrence, sorted by date.
OccurrenceCounts EvaluateOccurrence(Date start, Date due, int required, Date as_of,
                                    std::span<const Date> dates, std::span<const int> counts);

struct OccurrenceScore {
  Occurrence occurrence;
  int on_time = 0;
  int late = 0;
  OccurrenceStatus status = OccurrenceStatus::kUpcoming;
  bool assessed = false;
  std::optional<double> credit;  // (on_time + λ·late) / r when assessed
  // Indices into ComplianceReport::evidence: the records that counted (dated on or
  // before the as-of date, with a counting status), by date; and those that did not.
  std::vector<size_t> counted;
  std::vector<size_t> not_counted;
};

struct IndicatorScore {
  const IndicatorRef* ref = nullptr;  // into the plan the report was made from
  std::string id;
  double weight = 1;
  std::optional<double> score;     // mean credit over assessed occurrences
  std::optional<double> progress;  // Σ(on_time + λ·late) / Σ r over all occurrences
  std::vector<OccurrenceScore> occurrences;
};

struct AspectScore {
  const Aspect* aspect = nullptr;
  std::string id;
  double weight = 1;
  std::optional<double> score;  // weighted mean of non-null indicator scores
  std::vector<IndicatorScore> indicators;
};

struct ComponentScore {
  const Component* component = nullptr;
  std::string id;
  double weight = 1;
  std::optional<double> score;  // weighted mean of non-null aspect scores
  std::vector<AspectScore> aspects;
};

struct ComplianceReport {
  Plan plan;  // the plan scored (shared, cheap); the pointers above point into it
  Date as_of;
  ScoringPolicy policy;
  std::optional<double> score;  // 100 × weighted mean of non-null component scores
  std::vector<ComponentScore> components;
  // The evidence of this satker that was considered, in input order.
  std::vector<EvidenceRecord> evidence;
  // Expansion findings, then evidence findings (`evidence_before_window`,
  // `evidence_unmatched`, `evidence_other_satker` counts), in that order.
  std::vector<Diagnostic> diagnostics;

  const IndicatorScore* FindIndicator(std::string_view id) const;
};

// Scores one plan as of `as_of`: a pure function of its arguments. Evidence for another
// satker is skipped (and counted in an info diagnostic); evidence whose indicator or
// occurrence the plan does not have is reported as `evidence_unmatched`.
ComplianceReport ScorePlan(const Plan& plan, const Calendar& calendar,
                           std::span<const EvidenceRecord> evidence, Date as_of,
                           const ScoringPolicy& policy = {});
// The same, from occurrences already expanded with ExpandOccurrences(plan, calendar).
ComplianceReport ScorePlan(const Plan& plan, const PlanOccurrences& occurrences,
                           std::span<const EvidenceRecord> evidence, Date as_of,
                           const ScoringPolicy& policy = {});

// The JSON report (docs/scoring.md, "The JSON report"): names, progress, credits, counts.
std::string ComplianceReportJson(const ComplianceReport& report);

}  // namespace v1
}  // namespace zi

#endif  // ZI_SCORING_HPP
