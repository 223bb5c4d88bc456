// Reminders (docs/reminders.md): what a Tim ZI must be reminded of on a given day, as the
// Tim ZI apps do it: H-n lead times in working days before a due date, H on the due day,
// and escalations H+n working days after it while the deliverable is still not done.
//
// A pure function of its arguments: the day is passed in, never read from the clock. For a
// portfolio, "today" may differ per satker: pass an instant (Unix seconds, UTC) and each
// satker's date is taken in its own time zone (WIB UTC+7, WITA UTC+8, WIT UTC+9).
#ifndef ZI_REMINDER_HPP
#define ZI_REMINDER_HPP

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "zi/base/date.hpp"
#include "zi/compliance/evidence.hpp"
#include "zi/compliance/portfolio.hpp"
#include "zi/compliance/scoring.hpp"
#include "zi/deadline/calendar.hpp"
#include "zi/plan/plan.hpp"
#include "zi/plan/satker.hpp"

namespace zi {
inline namespace v1 {

struct ReminderOptions {
  // H-n: n working days before the due date (n >= 1; 0 is the due day, always included).
  std::vector<int> lead_working_days = {10, 5, 1};
  // H+n: n working days after the due date (n >= 1), while not done.
  std::vector<int> escalation_working_days = {3, 7};
  ScoringPolicy policy;
};

// InvalidArgument for a lead or escalation below 1 or above 250, or an invalid policy.
absl::Status ValidateReminderOptions(const ReminderOptions& options);

enum class ReminderKind {
  kLead,        // "lead": H-n, before the due date
  kDue,         // "due": H, the due date itself
  kEscalation,  // "escalation": H+n, after the due date, not done
};
std::string_view ToString(ReminderKind kind);  // "lead" | "due" | "escalation"

struct Reminder {
  size_t plan = 0;           // index of the plan (0 for one plan)
  std::string satker;        // satker code
  std::string indicator;     // indicator id
  int occurrence = 0;        // 1-based occurrence index
  Date today;                // the satker's date the reminder is for
  Date due;
  ReminderKind kind = ReminderKind::kDue;
  int working_days = 0;      // n of H-n (> 0), 0 for H, n of H+n (> 0)
  OccurrenceStatus status = OccurrenceStatus::kOpen;
  int required = 0;
  int achieved = 0;          // on_time + late as of today
  std::string text;          // the indicator's text
  std::string evidence;      // its bukti fisik
  std::string responsible;   // its penanggung jawab (its own, else its kegiatan's; may be empty)
};

struct ReminderList {
  // The day of each plan, in plan order (one entry for one plan).
  std::vector<Date> today;
  // By plan, then due date, then indicator order in the plan, then occurrence index.
  std::vector<Reminder> reminders;
  size_t lead = 0, due = 0, escalation = 0;
};

// The civil date of a UTC instant in a time zone: floor((unix_seconds + offset) / 86400).
Date LocalDate(int64_t unix_seconds, TimeZone tz);

// The reminders of one plan on `today`, given its compliance report scored as of `today`.
// A reminder is due for an occurrence not done (done and done_late never remind) when
//   H-n: today is a working day and exactly n working days lie in (today, due];
//   H:   today == due;
//   H+n: today is a working day, today > due, the occurrence is overdue and exactly n
//        working days lie in (due, today].
std::vector<Reminder> RemindersFor(const ComplianceReport& report, const Calendar& calendar,
                                   const ReminderOptions& options = {}, size_t plan_index = 0);

// One plan with its evidence, scored on `calendar` as of `today`.
absl::StatusOr<ReminderList> Reminders(const Plan& plan, const Calendar& calendar,
                                       std::span<const EvidenceRecord> evidence, Date today,
                                       const ReminderOptions& options = {});

// Many plans (each on the calendar the resolver gives; empty: CalendarForPlan), with one
// evidence set (records are routed by satker; a record without satker belongs to the only
// plan, if there is one). `today` is either one date for every satker or, when
// `instant` is set, each satker's LocalDate(*instant, time_zone).
struct ReminderDay {
  Date date;
  std::optional<int64_t> instant;  // Unix seconds, UTC
};
absl::StatusOr<ReminderList> Reminders(std::span<const Plan> plans,
                                       std::span<const EvidenceRecord> evidence, ReminderDay day,
                                       const ReminderOptions& options = {},
                                       const CalendarResolver& calendar = {});

// {"format":"zi.reminders/1","counts":{...},"reminders":[{satker, indicator, occurrence,
// today, due, kind, working_days, label ("H-5", "H", "H+3"), status, required, achieved,
// text, evidence, penanggung_jawab ("" when none)}]}.
std::string ReminderListJson(const ReminderList& list);
// "H-5", "H", "H+3".
std::string ReminderLabel(const Reminder& r);

}  // namespace v1
}  // namespace zi

#endif  // ZI_REMINDER_HPP
