// Traces: why a number in a compliance report is what it is. For the plan, a komponen
// or an aspek, the weighted mean with each term; for an indikator, every occurrence with
// its counts, credit and the evidence records that did or did not count, and why.
#ifndef ZI_TRACE_HPP
#define ZI_TRACE_HPP

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "zi/compliance/scoring.hpp"

namespace zi {
inline namespace v1 {

// One input of a weighted mean: a child node's weight and score on 0–100 (null: left out).
struct TraceTerm {
  std::string id;
  std::string label;  // the child's name or text
  double weight = 1;
  std::optional<double> score;
};

enum class EvidenceUse {
  kOnTime,        // counted, dated on or before the due date
  kLate,          // counted, dated after the due date (and on or before the as-of date)
  kSurplus,       // counted but the required count was already reached
  kAfterAsOf,     // dated after the as-of date: ignored when replaying history
  kRejected,      // status rejected: never counts
  kNotVerified,   // status submitted and the policy counts only verified evidence
};
std::string_view ToString(EvidenceUse use);  // "on_time", "late", "surplus", ...
std::string_view Label(EvidenceUse use);     // Indonesian: "tepat waktu", ...

struct EvidenceTrace {
  size_t index = 0;  // into ComplianceReport::evidence
  EvidenceRecord record;
  EvidenceUse use = EvidenceUse::kOnTime;
};

struct OccurrenceTrace {
  OccurrenceScore score;
  std::string formula;  // "kredit = (1 + 0.5 × 1) / 2 = 0.75", or why it is not assessed
  std::vector<EvidenceTrace> evidence;  // by date
};

struct Trace {
  std::string id;     // "plan", "1", "1.2", "1.2.1.1"
  std::string level;  // "plan", "component", "aspect", "indicator"
  std::string label;
  std::optional<double> score;  // 0–100 at every level (100 × the report's fraction below the plan)
  std::string formula;          // the computation with its numbers
  std::vector<TraceTerm> terms;              // plan, component, aspect
  std::optional<double> progress;            // indicator
  std::vector<OccurrenceTrace> occurrences;  // indicator
};

// `id` is "plan" (or empty) or a komponen, aspek or indikator id of the report's plan.
// NotFound for any other id.
absl::StatusOr<Trace> Explain(const ComplianceReport& report, std::string_view id);
std::string TraceJson(const Trace& trace);

}  // namespace v1
}  // namespace zi

#endif  // ZI_TRACE_HPP
