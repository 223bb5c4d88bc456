#include "zi/compliance/reminder.hpp"

#include <algorithm>
#include <map>

#include "internal/json_io.hpp"
#include "internal/strings.hpp"
#include "zi/defaults.hpp"

namespace zi {
inline namespace v1 {
namespace {

std::vector<int> Sorted(std::vector<int> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

bool Contains(const std::vector<int>& v, int x) {
  return std::binary_search(v.begin(), v.end(), x);
}

void Count(ReminderList& list) {
  list.lead = list.due = list.escalation = 0;
  for (const Reminder& r : list.reminders) {
    switch (r.kind) {
      case ReminderKind::kLead: ++list.lead; break;
      case ReminderKind::kDue: ++list.due; break;
      case ReminderKind::kEscalation: ++list.escalation; break;
    }
  }
}

}  // namespace

absl::Status ValidateReminderOptions(const ReminderOptions& options) {
  for (int n : options.lead_working_days) {
    if (n < 1 || n > 250) {
      return absl::InvalidArgumentError(
          internal::Cat("waktu pengingat H-", n, " tidak sah: harus 1..250 hari kerja"));
    }
  }
  for (int n : options.escalation_working_days) {
    if (n < 1 || n > 250) {
      return absl::InvalidArgumentError(
          internal::Cat("eskalasi H+", n, " tidak sah: harus 1..250 hari kerja"));
    }
  }
  return ValidateScoringPolicy(options.policy);
}

std::string_view ToString(ReminderKind kind) {
  switch (kind) {
    case ReminderKind::kLead: return "lead";
    case ReminderKind::kDue: return "due";
    case ReminderKind::kEscalation: return "escalation";
  }
  return "due";
}

std::string ReminderLabel(const Reminder& r) {
  switch (r.kind) {
    case ReminderKind::kLead: return internal::Cat("H-", r.working_days);
    case ReminderKind::kDue: return "H";
    case ReminderKind::kEscalation: return internal::Cat("H+", r.working_days);
  }
  return "H";
}

Date LocalDate(int64_t unix_seconds, TimeZone tz) {
  const int64_t local = unix_seconds + int64_t{UtcOffsetHours(tz)} * 3600;
  int64_t days = local / 86400;
  if (local % 86400 < 0) --days;
  return Date::FromDays(static_cast<int32_t>(days));
}

std::vector<Reminder> RemindersFor(const ComplianceReport& report, const Calendar& calendar,
                                   const ReminderOptions& options, size_t plan_index) {
  const std::vector<int> leads = Sorted(options.lead_working_days);
  const std::vector<int> escalations = Sorted(options.escalation_working_days);
  const Date today = report.as_of;
  const bool working = calendar.IsWorkingDay(today);
  std::vector<Reminder> out;
  for (const ComponentScore& c : report.components) {
    for (const AspectScore& a : c.aspects) {
      for (const IndicatorScore& i : a.indicators) {
        for (const OccurrenceScore& o : i.occurrences) {
          if (o.status == OccurrenceStatus::kDone || o.status == OccurrenceStatus::kDoneLate) {
            continue;
          }
          const Date due = o.occurrence.due;
          Reminder r;
          if (today == due) {
            r.kind = ReminderKind::kDue;
            r.working_days = 0;
          } else if (!working) {
            continue;
          } else if (today < due) {
            const int n = calendar.WorkingDaysBetween(today, due, false, true);
            if (!Contains(leads, n)) continue;
            r.kind = ReminderKind::kLead;
            r.working_days = n;
          } else {
            if (o.status != OccurrenceStatus::kOverdue) continue;
            const int n = calendar.WorkingDaysBetween(due, today, false, true);
            if (!Contains(escalations, n)) continue;
            r.kind = ReminderKind::kEscalation;
            r.working_days = n;
          }
          const Indicator& ind = *i.ref->indicator;
          r.plan = plan_index;
          r.satker = report.plan.satker().code;
          r.indicator = ind.id;
          r.occurrence = o.occurrence.index;
          r.today = today;
          r.due = due;
          r.status = o.status;
          r.required = o.occurrence.required;
          r.achieved = o.on_time + o.late;
          r.text = ind.text;
          r.evidence = ind.evidence;
          r.responsible = i.ref->responsible();
          out.push_back(std::move(r));
        }
      }
    }
  }
  // Plan order is kept among equal due dates.
  std::stable_sort(out.begin(), out.end(),
                   [](const Reminder& x, const Reminder& y) { return x.due < y.due; });
  return out;
}

absl::StatusOr<ReminderList> Reminders(const Plan& plan, const Calendar& calendar,
                                       std::span<const EvidenceRecord> evidence, Date today,
                                       const ReminderOptions& options) {
  if (absl::Status s = ValidateReminderOptions(options); !s.ok()) return s;
  const ComplianceReport report = ScorePlan(plan, calendar, evidence, today, options.policy);
  ReminderList list;
  list.today.push_back(today);
  list.reminders = RemindersFor(report, calendar, options, 0);
  Count(list);
  return list;
}

absl::StatusOr<ReminderList> Reminders(std::span<const Plan> plans,
                                       std::span<const EvidenceRecord> evidence, ReminderDay day,
                                       const ReminderOptions& options,
                                       const CalendarResolver& resolver) {
  if (absl::Status s = ValidateReminderOptions(options); !s.ok()) return s;
  std::map<std::string, std::vector<EvidenceRecord>, std::less<>> by_satker;
  for (const EvidenceRecord& e : evidence) {
    if (e.satker.empty()) {
      if (plans.size() == 1) by_satker[plans[0].satker().code].push_back(e);
      continue;
    }
    by_satker[e.satker].push_back(e);
  }
  static const std::vector<EvidenceRecord> kNone;
  ReminderList list;
  for (size_t p = 0; p < plans.size(); ++p) {
    const Plan& plan = plans[p];
    absl::StatusOr<Calendar> calendar = resolver ? resolver(plan) : CalendarForPlan(plan);
    if (!calendar.ok()) {
      return absl::Status(calendar.status().code(),
                          internal::Cat(plan.satker().code, ": ", calendar.status().message()));
    }
    const Date today =
        day.instant ? LocalDate(*day.instant, plan.satker().time_zone) : day.date;
    const auto it = by_satker.find(plan.satker().code);
    const std::vector<EvidenceRecord>& ev = it == by_satker.end() ? kNone : it->second;
    const ComplianceReport report = ScorePlan(plan, *calendar, ev, today, options.policy);
    list.today.push_back(today);
    std::vector<Reminder> part = RemindersFor(report, *calendar, options, p);
    list.reminders.insert(list.reminders.end(), std::make_move_iterator(part.begin()),
                          std::make_move_iterator(part.end()));
  }
  Count(list);
  return list;
}

std::string ReminderListJson(const ReminderList& list) {
  namespace json = boost::json;
  json::object root;
  root["format"] = "zi.reminders/1";
  json::array days;
  for (Date d : list.today) days.push_back(json::value(FormatIsoDate(d)));
  root["today"] = std::move(days);
  json::object counts;
  counts["total"] = list.reminders.size();
  counts["lead"] = list.lead;
  counts["due"] = list.due;
  counts["escalation"] = list.escalation;
  root["counts"] = std::move(counts);
  json::array items;
  for (const Reminder& r : list.reminders) {
    json::object x;
    x["satker"] = r.satker;
    x["indicator"] = r.indicator;
    x["occurrence"] = r.occurrence;
    x["today"] = FormatIsoDate(r.today);
    x["due"] = FormatIsoDate(r.due);
    x["kind"] = ToString(r.kind);
    x["working_days"] = r.working_days;
    x["label"] = ReminderLabel(r);
    x["status"] = ToString(r.status);
    x["required"] = r.required;
    x["achieved"] = r.achieved;
    x["text"] = r.text;
    x["evidence"] = r.evidence;
    x["penanggung_jawab"] = r.responsible;
    items.push_back(std::move(x));
  }
  root["reminders"] = std::move(items);
  return internal::WriteJson(root);
}

}  // namespace v1
}  // namespace zi
