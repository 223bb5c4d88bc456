// MODULE: ical. The iCalendar export of a plan's occurrences or of a compliance report.
#include "compliance_internal.hpp"
#include "zi/compliance/reminder.hpp"
#include "zi/io/ical.hpp"

namespace zi::capi {
namespace {

// Reads the options; the UID domain goes into every UID line as is, so it must be a
// domain name and nothing that could end the line.
zi_status ReadIcalOptions(const zi_ical_options* opts, IcalOptions* out) {
  if (!opts) return ZI_OK;
  if (zi_status s = CheckVersion(opts->version, ZI_ICAL_OPTIONS_VERSION, "zi_ical_options")) return s;
  if (opts->uid_domain) {  // version 1
    const std::string_view d(opts->uid_domain);
    bool ok = !d.empty() && d.size() <= 253;
    for (char c : d) {
      ok = ok && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-');
    }
    if (!ok) {
      return Fail(ZI_EINVALID, "uid_domain '" + WithoutNul(std::string(d)) +
                                   "' bukan domain (1..253 huruf, angka, '.' dan '-')");
    }
    out->uid_domain = std::string(d);
  }
  return ZI_OK;
}

}  // namespace

// reminder.cpp
zi_status ReadReminderOptions(const zi_reminder_options* opts, int min_lead, ReminderOptions* out,
                              bool* events);

namespace {

// The alarms of `reminders` (NULL: lead 10, 5, 1, the due day, escalation 3, 7).
zi_status ReadAlarms(const zi_reminder_options* reminders, IcalOptions* options) {
  ReminderOptions r;
  bool events = false;
  if (zi_status s = ReadReminderOptions(reminders, 0, &r, &events)) return s;
  options->alarm_lead_working_days = r.lead_working_days;
  options->alarm_lead_working_days.push_back(0);  // H
  options->alarm_escalation_working_days = r.escalation_working_days;
  options->events = events;
  return ZI_OK;
}

}  // namespace
}  // namespace zi::capi

using zi::capi::unwrap;

extern "C" {

ZI_API zi_status zi_ical_options_init(zi_ical_options* opts, uint32_t version) noexcept {
  static const zi_ical_options kDefaults = ZI_ICAL_OPTIONS_INIT;
  return zi::capi::InitVersioned(opts, version, kDefaults, "opts", "zi_ical_options");
}

ZI_API zi_status zi_plan_to_ical(char** ics_out, size_t* len_out, const zi_plan* plan, const zi_calendar* calendar,
                                 const zi_ical_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!ics_out) return zi::capi::NullArgument("ics_out");
    *ics_out = nullptr;
    if (!plan) return zi::capi::NullArgument("plan");
    zi::IcalOptions options;
    if (zi_status s = zi::capi::ReadIcalOptions(opts, &options)) return s;
    const zi::Plan& p = unwrap(plan)->plan;
    zi::Calendar cal;
    if (zi_status s = zi::capi::ResolveCalendar(calendar, p, &cal)) return s;
    return zi::capi::GiveString(ics_out, len_out, zi::WriteIcal(p, zi::ExpandOccurrences(p, cal), options));
  });
}

ZI_API zi_status zi_report_to_ical(char** ics_out, size_t* len_out, const zi_report* report,
                                   const zi_ical_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!ics_out) return zi::capi::NullArgument("ics_out");
    *ics_out = nullptr;
    if (!report) return zi::capi::NullArgument("report");
    zi::IcalOptions options;
    if (zi_status s = zi::capi::ReadIcalOptions(opts, &options)) return s;
    return zi::capi::GiveString(ics_out, len_out, zi::WriteIcal(unwrap(report)->report, options));
  });
}

ZI_API zi_status zi_plan_to_ical_alarms(char** ics_out, size_t* len_out, const zi_plan* plan,
                                        const zi_calendar* calendar, const zi_ical_options* opts,
                                        const zi_reminder_options* reminders) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!ics_out) return zi::capi::NullArgument("ics_out");
    *ics_out = nullptr;
    if (!plan) return zi::capi::NullArgument("plan");
    zi::IcalOptions options;
    if (zi_status s = zi::capi::ReadIcalOptions(opts, &options)) return s;
    if (zi_status s = zi::capi::ReadAlarms(reminders, &options)) return s;
    const zi::Plan& p = unwrap(plan)->plan;
    zi::Calendar cal;
    if (zi_status s = zi::capi::ResolveCalendar(calendar, p, &cal)) return s;
    options.calendar = &cal;
    return zi::capi::GiveString(ics_out, len_out, zi::WriteIcal(p, zi::ExpandOccurrences(p, cal), options));
  });
}

ZI_API zi_status zi_report_to_ical_alarms(char** ics_out, size_t* len_out, const zi_report* report,
                                          const zi_ical_options* opts,
                                          const zi_reminder_options* reminders) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!ics_out) return zi::capi::NullArgument("ics_out");
    *ics_out = nullptr;
    if (!report) return zi::capi::NullArgument("report");
    zi::IcalOptions options;
    if (zi_status s = zi::capi::ReadIcalOptions(opts, &options)) return s;
    if (zi_status s = zi::capi::ReadAlarms(reminders, &options)) return s;
    options.calendar = &unwrap(report)->calendar;
    return zi::capi::GiveString(ics_out, len_out, zi::WriteIcal(unwrap(report)->report, options));
  });
}

}  // extern "C"
