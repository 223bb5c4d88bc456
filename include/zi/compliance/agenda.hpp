// The as-of agenda: what is overdue, what falls due within N working days, and what
// comes next — the Tim ZI's to-do list on any date, derived from a compliance report.
#ifndef ZI_AGENDA_HPP
#define ZI_AGENDA_HPP

#include <vector>

#include "zi/deadline/calendar.hpp"
#include "zi/compliance/scoring.hpp"

namespace zi {
inline namespace v1 {

struct AgendaOptions {
  // "Due soon" means due on a date at most this many working days after the as-of
  // date (0: due today only).
  int within_working_days = 10;
  // How many later deliverables to list under "coming up" (earliest due first).
  int upcoming_limit = 10;
};

struct AgendaItem {
  const IndicatorScore* indicator = nullptr;  // into the report
  const OccurrenceScore* occurrence = nullptr;
  // Working days from the as-of date to the due date: > 0 ahead, 0 due today, < 0 past
  // (counted with Calendar::WorkingDaysBetween, as-of excluded, due included).
  int working_days = 0;
};

struct Agenda {
  Date as_of;
  std::vector<AgendaItem> overdue;   // status overdue, oldest due first
  std::vector<AgendaItem> due_soon;  // open, due within the window, soonest first
  std::vector<AgendaItem> upcoming;  // not done, due after the window, soonest first
  int done = 0, done_late = 0, open = 0, not_started = 0, overdue_count = 0;
};

// Ties are broken by indicator order in the plan, then occurrence index.
Agenda BuildAgenda(const ComplianceReport& report, const Calendar& calendar,
                   const AgendaOptions& options = {});

// The agenda as JSON (occurrence ids, texts, penanggung_jawab ("" when none), windows, due
// dates, counts).
std::string AgendaJson(const Agenda& agenda);

}  // namespace v1
}  // namespace zi

#endif  // ZI_AGENDA_HPP
