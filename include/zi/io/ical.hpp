// iCalendar export (RFC 5545): one VTODO per occurrence, so that a Tim ZI can follow its
// deliverables in any calendar application. DUE is the due date at 23:59 in the satker's
// time zone (WIB, WITA or WIT, with its VTIMEZONE), the UID is stable across exports
// (satker, year, indicator id and occurrence index), and the description carries the
// indicator, its bukti fisik and its targets. Deterministic: DTSTAMP is the decree date
// (or 1 January of the plan year), never the clock.
#ifndef ZI_ICAL_HPP
#define ZI_ICAL_HPP

#include <string>

#include "zi/deadline/occurrence.hpp"
#include "zi/plan/plan.hpp"
#include "zi/compliance/scoring.hpp"

namespace zi {
inline namespace v1 {

struct IcalOptions {
  // The domain after '@' in every UID.
  std::string uid_domain = "zi.kpu.go.id";
};

// The occurrences of a plan as VTODOs with STATUS:NEEDS-ACTION.
std::string WriteIcal(const Plan& plan, const PlanOccurrences& occurrences,
                      const IcalOptions& options = {});

// The same, with each VTODO's STATUS and PERCENT-COMPLETE from a compliance report:
// done and done_late are COMPLETED, open and overdue IN-PROCESS or NEEDS-ACTION by their
// counts, upcoming NEEDS-ACTION.
std::string WriteIcal(const ComplianceReport& report, const IcalOptions& options = {});

}  // namespace v1
}  // namespace zi

#endif  // ZI_ICAL_HPP
