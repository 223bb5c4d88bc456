// iCalendar export (RFC 5545): one VTODO per occurrence, so that a Tim ZI can follow its
// deliverables in any calendar application. DUE is the due date at 23:59 in the satker's
// time zone (WIB, WITA or WIT, with its VTIMEZONE), the UID is stable across exports
// (satker, year, indicator id and occurrence index), and the description carries the
// indicator, its bukti fisik and its targets. Deterministic: DTSTAMP is the decree date
// (or 1 January of the plan year), never the clock.
//
// Options add VALARM reminders (lead times in working days before the due date, the
// due day itself, escalations after it) and write all-day VEVENTs on the due dates
// instead of VTODOs, for calendar applications that do not show VTODO. Every TEXT value
// is escaped (RFC 5545 3.3.11), control characters are dropped, invalid UTF-8 becomes
// U+FFFD, lines are folded at 75 octets on UTF-8 boundaries and UIDs carry only
// [A-Za-z0-9._-] (anything else percent-encoded), so no id or text can add a line,
// a property or a component (docs/reminders.md, "Calendar files").
#ifndef ZI_ICAL_HPP
#define ZI_ICAL_HPP

#include <string>
#include <vector>

#include "zi/deadline/calendar.hpp"
#include "zi/deadline/occurrence.hpp"
#include "zi/plan/plan.hpp"
#include "zi/compliance/scoring.hpp"

namespace zi {
inline namespace v1 {

struct IcalOptions {
  // The domain after '@' in every UID.
  std::string uid_domain = "zi.kpu.go.id";
  // One VALARM (ACTION:DISPLAY, 09:00 local time) per entry: n working days before the
  // due date (0 = on the due day). Negative entries are ignored. Empty: no alarm.
  std::vector<int> alarm_lead_working_days;
  // One VALARM per entry n > 0: n working days after the due date (escalation H+n).
  // Left out of deliverables already done.
  std::vector<int> alarm_escalation_working_days;
  // The calendar that counts the working days of the alarms; null: weekends only.
  const Calendar* calendar = nullptr;
  // true: one all-day VEVENT (DTSTART;VALUE=DATE, the due date) per occurrence instead
  // of a VTODO; alarms are then relative to the start of that day.
  bool events = false;
};

// The TRIGGER offset, in minutes, of an alarm at 09:00 local time on `alarm_day` for an
// occurrence due on `due`: relative to DUE (23:59) for a VTODO, to DTSTART (00:00 of the
// due date) for a VEVENT. Negative = before.
int IcalAlarmOffsetMinutes(Date alarm_day, Date due, bool events);

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
