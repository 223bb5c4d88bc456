// The evidence scope the evidence targets read against: the embedded default plan's
// indicators and occurrences (satker, indicator ids and occurrence counts are real).
#ifndef ZI_FUZZ_EVIDENCE_SCOPE_HPP
#define ZI_FUZZ_EVIDENCE_SCOPE_HPP

#include <cstdlib>

#include "zi/compliance/evidence.hpp"
#include "zi/defaults.hpp"
#include "zi/deadline/occurrence.hpp"

namespace zi_fuzz {

inline const zi::EvidenceScope& DefaultScope() {
  static const zi::EvidenceScope scope = [] {
    auto plan = zi::DefaultPlan();
    if (!plan.ok()) std::abort();
    auto calendar = zi::CalendarForPlan(*plan);
    if (!calendar.ok()) std::abort();
    zi::EvidenceScope s = zi::MakeEvidenceScope(*plan, zi::ExpandOccurrences(*plan, *calendar));
    s.Add("999999", "9.9.9.9", 3);  // a second satker, so satker columns matter
    return s;
  }();
  return scope;
}

}  // namespace zi_fuzz

#endif  // ZI_FUZZ_EVIDENCE_SCOPE_HPP
