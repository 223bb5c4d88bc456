// MODULE: HTML report, reminders and calendar import — reminders (docs/reminders.md).
#include "compliance_internal.hpp"
#include "zi/compliance/reminder.hpp"

namespace zi::capi {

// Shared with ical.cpp: the lead times and escalations of a zi_reminder_options (NULL:
// the defaults), each checked to lie in [min_lead, 250].
zi_status ReadReminderOptions(const zi_reminder_options* opts, int min_lead, ReminderOptions* out,
                              bool* events) {
  if (events) *events = false;
  if (!opts) return ZI_OK;
  if (zi_status s = CheckVersion(opts->version, ZI_REMINDER_OPTIONS_VERSION, "zi_reminder_options")) {
    return s;
  }
  const auto read = [&](const int32_t* days, size_t n, int min, const char* what,
                        std::vector<int>* into) -> zi_status {
    if (!days) {
      if (n > 0) return NullArgument(what);
      return ZI_OK;
    }
    if (n > 1000) return Fail(ZI_EINVALID, std::string(what) + ": paling banyak 1000 entri");
    into->clear();
    for (size_t k = 0; k < n; ++k) {
      if (days[k] < min || days[k] > 250) {
        return Fail(ZI_EINVALID, std::string(what) + "[" + std::to_string(k) + "] = " +
                                     std::to_string(days[k]) + " bukan " + std::to_string(min) +
                                     "..250 hari kerja");
      }
      into->push_back(days[k]);
    }
    return ZI_OK;
  };
  if (zi_status s = read(opts->lead_working_days, opts->lead_count, min_lead, "lead_working_days",
                         &out->lead_working_days)) {
    return s;
  }
  if (zi_status s = read(opts->escalation_working_days, opts->escalation_count, 1,
                         "escalation_working_days", &out->escalation_working_days)) {
    return s;
  }
  if (events) *events = opts->events;
  return ZI_OK;
}

}  // namespace zi::capi

using zi::capi::unwrap;

extern "C" {

ZI_API zi_status zi_reminder_options_init(zi_reminder_options* opts, uint32_t version) noexcept {
  static const zi_reminder_options kDefaults = ZI_REMINDER_OPTIONS_INIT;
  return zi::capi::InitVersioned(opts, version, kDefaults, "opts", "zi_reminder_options");
}

ZI_API zi_status zi_report_reminders_json(char** json_out, size_t* len_out, const zi_report* report,
                                          const zi_reminder_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!json_out) return zi::capi::NullArgument("json_out");
    *json_out = nullptr;
    if (!report) return zi::capi::NullArgument("report");
    zi::ReminderOptions options;
    if (zi_status s = zi::capi::ReadReminderOptions(opts, 1, &options, nullptr)) return s;
    const zi::capi::ReportHandle& r = *unwrap(report);
    options.policy = r.report.policy;
    zi::ReminderList list;
    list.today.push_back(r.report.as_of);
    list.reminders = zi::RemindersFor(r.report, r.calendar, options, 0);
    for (const zi::Reminder& x : list.reminders) {
      list.lead += x.kind == zi::ReminderKind::kLead;
      list.due += x.kind == zi::ReminderKind::kDue;
      list.escalation += x.kind == zi::ReminderKind::kEscalation;
    }
    return zi::capi::GiveString(json_out, len_out, zi::ReminderListJson(list));
  });
}

ZI_API zi_status zi_reminders_json(char** json_out, size_t* len_out, const zi_plan* const* plans,
                                   size_t plan_count, const zi_evidence* evidence, zi_date date,
                                   const int64_t* unix_seconds, const zi_calendar* calendar,
                                   const zi_reminder_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!json_out) return zi::capi::NullArgument("json_out");
    *json_out = nullptr;
    if (!plans && plan_count > 0) return zi::capi::NullArgument("plans");
    zi::ReminderOptions options;
    if (zi_status s = zi::capi::ReadReminderOptions(opts, 1, &options, nullptr)) return s;
    std::vector<zi::Plan> list;
    list.reserve(plan_count);
    for (size_t k = 0; k < plan_count; ++k) {
      if (!plans[k]) return zi::capi::Fail(ZI_EINVALID, "plans[" + std::to_string(k) + "] bernilai NULL");
      list.push_back(unwrap(plans[k])->plan);
    }
    std::span<const zi::EvidenceRecord> records;
    if (evidence) records = unwrap(evidence)->accepted;
    zi::ReminderDay day;
    day.date = zi::Date::FromDays(date.days);
    if (unix_seconds) day.instant = *unix_seconds;
    zi::CalendarResolver resolver;
    if (calendar) {
      const zi::Calendar fixed = *unwrap(calendar);
      resolver = [fixed](const zi::Plan&) -> absl::StatusOr<zi::Calendar> { return fixed; };
    }
    absl::StatusOr<zi::ReminderList> r = zi::Reminders(list, records, day, options, resolver);
    if (!r.ok()) return zi::capi::FromStatus(r.status());
    return zi::capi::GiveString(json_out, len_out, zi::ReminderListJson(*r));
  });
}

}  // extern "C"
