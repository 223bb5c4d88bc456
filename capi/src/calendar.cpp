// MODULE: calendar and MODULE: due date. zi_calendar is a zi::Calendar value; the
// helpers shared by the deadline, evidence, scoring and portfolio modules live here too.
#include <memory>

#include "compliance_internal.hpp"
#include "zi/deadline/due_date.hpp"
#include "zi/defaults.hpp"
#include "zi/io/calendar_json.hpp"
#include "zi/io/report_json.hpp"

namespace zi::capi {

// ---- shared helpers ------------------------------------------------------------------

zi_status DateOutOfRange(std::string_view what, int32_t days) noexcept {
  try {
    return Fail(ZI_ERANGE, std::string(what) + ": tanggal " + std::to_string(days) +
                               " (hari sejak 1970-01-01) di luar 0001-01-01..9999-12-31");
  } catch (...) {
    return Fail(ZI_ERANGE, "tanggal di luar 0001-01-01..9999-12-31");
  }
}

namespace {

// The embedded calendars' names, computed once; nullptr if that ran out of memory.
const std::vector<std::string>* EmbeddedNames() noexcept {
  try {
    static const std::vector<std::string> names = EmbeddedCalendarNames();
    return &names;
  } catch (...) {
    return nullptr;
  }
}

// Hands a calendar to the caller, or reports why not. Borrowed strings are
// NUL-terminated, so a "\u0000" inside one (it would cut the text short) is refused.
zi_status Give(zi_calendar** out, absl::StatusOr<Calendar> calendar,
               StatusContext context = StatusContext::kGeneral) {
  if (!calendar.ok()) return FromStatus(calendar.status(), context);
  const CalendarData& d = calendar->data();
  const auto has_nul = [](const std::string& s) { return s.find('\0') != std::string::npos; };
  bool nul = has_nul(d.name) || has_nul(d.description) || has_nul(d.source);
  for (size_t i = 0; i < d.holidays.size() && !nul; ++i) nul = has_nul(d.holidays[i].name);
  if (nul) {
    return Fail(ZI_EINVALID,
                "kalender memuat karakter NUL (\\u0000), yang tidak dapat dinyatakan oleh API C");
  }
  *out = wrap(new Calendar(*std::move(calendar)));
  return ZI_OK;
}

}  // namespace

zi_status ReadCalendarOptions(const zi_calendar_options* opts, CalendarOptions* out) noexcept {
  if (!opts) return ZI_OK;
  if (zi_status s = CheckVersion(opts->version, ZI_CALENDAR_OPTIONS_VERSION, "zi_calendar_options")) {
    return s;
  }
  out->cuti_bersama_is_working_day = opts->cuti_bersama_is_working_day;  // version 1
  return ZI_OK;
}

zi_status ResolveCalendar(const zi_calendar* calendar, const Plan& plan, Calendar* out) {
  if (calendar) {
    *out = *unwrap(calendar);
    return ZI_OK;
  }
  absl::StatusOr<Calendar> c = CalendarForPlan(plan);
  if (!c.ok()) return FromStatus(c.status());
  *out = *std::move(c);
  return ZI_OK;
}

std::string WithoutNul(std::string text) {
  if (text.find('\0') == std::string::npos) return text;
  std::string out;
  out.reserve(text.size() + 16);
  for (char ch : text) {
    if (ch == '\0') {
      out += "\\u0000";
    } else {
      out += ch;
    }
  }
  return out;
}

std::vector<Diagnostic> CleanDiagnostics(std::vector<Diagnostic> diagnostics) {
  for (Diagnostic& d : diagnostics) {
    d.code = WithoutNul(std::move(d.code));
    d.where = WithoutNul(std::move(d.where));
    d.field = WithoutNul(std::move(d.field));
    d.message = WithoutNul(std::move(d.message));
  }
  return diagnostics;
}

zi_status CheckCapacity(size_t n, size_t needed, std::string_view what) noexcept {
  if (n >= needed) return ZI_OK;
  try {
    return Fail(ZI_ERANGE, std::string(what) + ": array berisi " + std::to_string(n) +
                               " nilai, padahal diperlukan " + std::to_string(needed) + "");
  } catch (...) {
    return Fail(ZI_ERANGE, "array terlalu kecil");
  }
}

}  // namespace zi::capi

using zi::capi::unwrap;
using zi::capi::wrap;

namespace {

// Checks a date argument of a calendar operation.
zi_status CheckDate(const char* what, zi_date d) noexcept {
  return zi::capi::DateInRange(d.days) ? ZI_OK : zi::capi::DateOutOfRange(what, d.days);
}

void SetUncovered(bool* uncovered_out, const zi::UncoveredYears& u) noexcept {
  if (uncovered_out) *uncovered_out = !u.empty();
}

// A caller's due policy (NULL: none, following) as the core's.
zi_status ReadDuePolicy(const zi_due_policy_options* policy, zi::DuePolicy* out) {
  if (!policy) return ZI_OK;
  if (zi_status s = zi::capi::CheckVersion(policy->version, ZI_DUE_POLICY_OPTIONS_VERSION, "zi_due_policy_options")) {
    return s;
  }
  const std::optional<zi::DueOffset> offset = zi::capi::FromC<zi::DueOffset>(policy->offset);
  if (!offset) return zi::capi::Fail(ZI_EINVALID, "due offset tidak dikenal: " + std::to_string(policy->offset));
  const std::optional<zi::Convention> convention = zi::capi::FromC<zi::Convention>(policy->convention);
  if (!convention) return zi::capi::Fail(ZI_EINVALID, "konvensi tidak dikenal: " + std::to_string(policy->convention));
  if (policy->n > zi::capi::kMaxDayCount || policy->n < -zi::capi::kMaxDayCount) {
    return zi::capi::Fail(ZI_ERANGE, "n = " + std::to_string(policy->n) + " di luar -1000000..1000000");
  }
  out->offset = *offset;
  out->n = policy->n;
  out->day = policy->day;
  out->convention = *convention;
  return ZI_OK;
}

// Checks a window end before its due date is computed: day-of-next-month and calendar-day
// offsets may leave the range before adjusting.
zi_status CheckWindowEnd(zi_date window_end, const zi::DuePolicy& p) noexcept {
  if (zi_status s = CheckDate("window_end", window_end)) return s;
  if (p.offset == zi::DueOffset::kCalendarDays && !zi::capi::DateInRange(window_end.days + p.n)) {
    return zi::capi::DateOutOfRange("tanggal jatuh tempo", window_end.days + p.n);
  }
  if (p.offset == zi::DueOffset::kDayOfNextMonth && window_end.days > ZI_DATE_MAX_DAYS - 62) {
    return zi::capi::DateOutOfRange("tanggal jatuh tempo", window_end.days + 31);
  }
  return ZI_OK;
}

// Years a calendar or a schedule is summarized for: those of the dates the C API accepts.
zi_status CheckYear(int32_t year) {
  if (year >= 1 && year <= 9999) return ZI_OK;
  return zi::capi::Fail(ZI_ERANGE, "tahun " + std::to_string(year) + " di luar 1..9999");
}

}  // namespace

extern "C" {

ZI_API const char* zi_holiday_kind_str(int32_t kind) noexcept {
  return zi::capi::CName<zi::HolidayKind>(kind);
}

ZI_API const char* zi_calendar_status_str(int32_t status) noexcept {
  return zi::capi::CName<zi::CalendarStatus>(status);
}

ZI_API zi_status zi_calendar_options_init(zi_calendar_options* opts, uint32_t version) noexcept {
  static const zi_calendar_options kDefaults = ZI_CALENDAR_OPTIONS_INIT;
  return zi::capi::InitVersioned(opts, version, kDefaults, "opts", "zi_calendar_options");
}

// ---- making calendars ----------------------------------------------------------------

ZI_API zi_status zi_calendar_default(zi_calendar** out, const zi_calendar_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    zi::CalendarOptions options;
    if (zi_status s = zi::capi::ReadCalendarOptions(opts, &options)) return s;
    return zi::capi::Give(out, zi::DefaultCalendar(options));
  });
}

ZI_API zi_status zi_calendar_embedded(zi_calendar** out, const char* name, const zi_calendar_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!name) return zi::capi::NullArgument("name");
    zi::CalendarOptions options;
    if (zi_status s = zi::capi::ReadCalendarOptions(opts, &options)) return s;
    return zi::capi::Give(out, zi::EmbeddedCalendar(name, options));
  });
}

ZI_API size_t zi_calendar_embedded_count(void) noexcept {
  const std::vector<std::string>* names = zi::capi::EmbeddedNames();
  return names ? names->size() : 0;
}

ZI_API const char* zi_calendar_embedded_name(size_t index) noexcept {
  const std::vector<std::string>* names = zi::capi::EmbeddedNames();
  return names && index < names->size() ? (*names)[index].c_str() : nullptr;
}

ZI_API zi_status zi_calendar_for_plan(zi_calendar** out, const zi_plan* plan, const zi_calendar_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!plan) return zi::capi::NullArgument("plan");
    zi::CalendarOptions options;
    if (zi_status s = zi::capi::ReadCalendarOptions(opts, &options)) return s;
    return zi::capi::Give(out, zi::CalendarForPlan(unwrap(plan)->plan, options));
  });
}

ZI_API zi_status zi_calendar_load_file(zi_calendar** out, const char* path, const zi_calendar_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!path) return zi::capi::NullArgument("path");
    zi::CalendarOptions options;
    if (zi_status s = zi::capi::ReadCalendarOptions(opts, &options)) return s;
    if (zi_status s = zi::capi::RefuseDirectory(path, "berkas kalender")) return s;
    return zi::capi::Give(out, zi::LoadCalendarFile(path, options), zi::capi::StatusContext::kFile);
  });
}

ZI_API zi_status zi_calendar_load_buffer(zi_calendar** out, const char* data, size_t size,
                                         const zi_calendar_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!data && size > 0) return zi::capi::NullArgument("data (bila size > 0)");
    zi::CalendarOptions options;
    if (zi_status s = zi::capi::ReadCalendarOptions(opts, &options)) return s;
    const std::string_view json = data ? std::string_view(data, size) : std::string_view();
    return zi::capi::Give(out, zi::ReadCalendarJson(json, "", options));
  });
}

ZI_API zi_status zi_calendar_weekends_only(zi_calendar** out) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = wrap(new zi::Calendar());
    return ZI_OK;
  });
}

ZI_API zi_status zi_calendar_with_options(zi_calendar** out, const zi_calendar* calendar,
                                          const zi_calendar_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!calendar) return zi::capi::NullArgument("calendar");
    if (!opts) return zi::capi::NullArgument("opts");
    zi::CalendarOptions options;
    if (zi_status s = zi::capi::ReadCalendarOptions(opts, &options)) return s;
    *out = wrap(new zi::Calendar(unwrap(calendar)->WithOptions(options)));
    return ZI_OK;
  });
}

ZI_API void zi_calendar_free(zi_calendar* calendar) noexcept { delete unwrap(calendar); }

ZI_API zi_status zi_calendar_to_json(char** json_out, size_t* len_out, const zi_calendar* calendar) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!json_out) return zi::capi::NullArgument("json_out");
    *json_out = nullptr;
    if (!calendar) return zi::capi::NullArgument("calendar");
    const std::string json = zi::WriteCalendarJson(*unwrap(calendar));
    return zi::capi::GiveString(json_out, len_out, json);
  });
}

ZI_API zi_status zi_calendar_year_json(char** json_out, size_t* len_out, const zi_calendar* calendar,
                                       int32_t year) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!json_out) return zi::capi::NullArgument("json_out");
    *json_out = nullptr;
    if (!calendar) return zi::capi::NullArgument("calendar");
    if (zi_status s = CheckYear(year)) return s;
    const zi::Calendar& c = *unwrap(calendar);
    return zi::capi::GiveString(json_out, len_out, zi::WriteCalendarYearJson(c, zi::SummarizeCalendarYear(c, year)));
  });
}

// ---- reading a calendar --------------------------------------------------------------

ZI_API const char* zi_calendar_name(const zi_calendar* c) noexcept {
  return c ? unwrap(c)->name().c_str() : nullptr;
}
ZI_API const char* zi_calendar_description(const zi_calendar* c) noexcept {
  return c ? unwrap(c)->data().description.c_str() : nullptr;
}
ZI_API const char* zi_calendar_source(const zi_calendar* c) noexcept {
  return c ? unwrap(c)->data().source.c_str() : nullptr;
}

ZI_API int32_t zi_calendar_status(const zi_calendar* c) noexcept {
  return c ? zi::capi::ToC(unwrap(c)->data().status) : -1;
}
ZI_API bool zi_calendar_cuti_bersama_is_working_day(const zi_calendar* c) noexcept {
  return c && unwrap(c)->options().cuti_bersama_is_working_day;
}
ZI_API size_t zi_calendar_year_count(const zi_calendar* c) noexcept { return c ? unwrap(c)->years().size() : 0; }
ZI_API int32_t zi_calendar_year(const zi_calendar* c, size_t index) noexcept {
  if (!c) return 0;
  const std::span<const int> years = unwrap(c)->years();
  return index < years.size() ? static_cast<int32_t>(years[index]) : 0;
}
ZI_API bool zi_calendar_covers(const zi_calendar* c, int32_t year) noexcept { return c && unwrap(c)->Covers(year); }
ZI_API size_t zi_calendar_holiday_count(const zi_calendar* c) noexcept {
  return c ? unwrap(c)->holidays().size() : 0;
}
ZI_API const zi_holiday* zi_calendar_holiday(const zi_calendar* c, size_t index) noexcept {
  if (!c) return nullptr;
  const std::span<const zi::Holiday> holidays = unwrap(c)->holidays();
  return index < holidays.size() ? wrap(&holidays[index]) : nullptr;
}
ZI_API const zi_holiday* zi_calendar_find_holiday(const zi_calendar* c, zi_date date) noexcept {
  return c ? wrap(unwrap(c)->FindHoliday(zi::Date::FromDays(date.days))) : nullptr;
}
ZI_API bool zi_calendar_is_holiday(const zi_calendar* c, zi_date date) noexcept {
  return c && unwrap(c)->IsHoliday(zi::Date::FromDays(date.days));
}
ZI_API bool zi_calendar_is_weekend(zi_date date) noexcept {
  return zi::Calendar::IsWeekend(zi::Date::FromDays(date.days));
}

ZI_API zi_status zi_holiday_date(zi_date* out, const zi_holiday* holiday) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    if (!holiday) return zi::capi::NullArgument("holiday");
    out->days = unwrap(holiday)->date.days();
    return ZI_OK;
  });
}
ZI_API int32_t zi_holiday_kind(const zi_holiday* h) noexcept { return h ? zi::capi::ToC(unwrap(h)->kind) : -1; }
ZI_API const char* zi_holiday_region(const zi_holiday* h) noexcept { return h ? unwrap(h)->region.c_str() : nullptr; }
ZI_API const char* zi_holiday_name(const zi_holiday* h) noexcept { return h ? unwrap(h)->name.c_str() : nullptr; }

// ---- working-day arithmetic ----------------------------------------------------------

ZI_API zi_status zi_calendar_is_working_day(bool* out, bool* uncovered_out, const zi_calendar* calendar,
                                            zi_date date) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    if (!calendar) return zi::capi::NullArgument("calendar");
    if (zi_status s = CheckDate("date", date)) return s;
    zi::UncoveredYears u;
    *out = unwrap(calendar)->IsWorkingDay(zi::Date::FromDays(date.days), &u);
    SetUncovered(uncovered_out, u);
    return ZI_OK;
  });
}

ZI_API zi_status zi_calendar_adjust(zi_date* out, bool* uncovered_out, const zi_calendar* calendar, zi_date date,
                                    int32_t convention) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    if (!calendar) return zi::capi::NullArgument("calendar");
    const std::optional<zi::Convention> c = zi::capi::FromC<zi::Convention>(convention);
    if (!c) return zi::capi::Fail(ZI_EINVALID, "konvensi tidak dikenal: " + std::to_string(convention));
    if (zi_status s = CheckDate("date", date)) return s;
    zi::UncoveredYears u;
    // A run of non-working days is at most a few weeks, so the result stays near date.
    const zi::Date d = unwrap(calendar)->Adjust(zi::Date::FromDays(date.days), *c, &u);
    if (zi_status s = CheckDate("tanggal hasil penyesuaian", zi_date{d.days()})) return s;
    out->days = d.days();
    SetUncovered(uncovered_out, u);
    return ZI_OK;
  });
}

ZI_API zi_status zi_calendar_advance(zi_date* out, bool* uncovered_out, const zi_calendar* calendar, zi_date date,
                                     int32_t n) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    if (!calendar) return zi::capi::NullArgument("calendar");
    if (n > zi::capi::kMaxDayCount || n < -zi::capi::kMaxDayCount) {
      return zi::capi::Fail(ZI_ERANGE, "n = " + std::to_string(n) + " di luar -1000000..1000000");
    }
    if (zi_status s = CheckDate("date", date)) return s;
    zi::UncoveredYears u;
    const zi::Date d = unwrap(calendar)->Advance(zi::Date::FromDays(date.days), n, &u);
    if (zi_status s = CheckDate("hasilnya", zi_date{d.days()})) return s;
    out->days = d.days();
    SetUncovered(uncovered_out, u);
    return ZI_OK;
  });
}

ZI_API zi_status zi_calendar_working_days_between(int32_t* out, bool* uncovered_out, const zi_calendar* calendar,
                                                  zi_date from, zi_date to, bool include_first,
                                                  bool include_last) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    if (!calendar) return zi::capi::NullArgument("calendar");
    if (zi_status s = CheckDate("from", from)) return s;
    if (zi_status s = CheckDate("to", to)) return s;
    zi::UncoveredYears u;
    *out = unwrap(calendar)->WorkingDaysBetween(zi::Date::FromDays(from.days), zi::Date::FromDays(to.days),
                                                include_first, include_last, &u);
    SetUncovered(uncovered_out, u);
    return ZI_OK;
  });
}

// ---- due dates -----------------------------------------------------------------------

ZI_API zi_status zi_due_policy_options_init(zi_due_policy_options* opts, uint32_t version) noexcept {
  static const zi_due_policy_options kDefaults = ZI_DUE_POLICY_OPTIONS_INIT;
  return zi::capi::InitVersioned(opts, version, kDefaults, "opts", "zi_due_policy_options");
}

ZI_API zi_status zi_due_policy_get(zi_due_policy_options* out, const zi_due_policy* policy) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    if (!policy) return zi::capi::NullArgument("policy");
    const zi::DuePolicy& p = *unwrap(policy);
    out->version = ZI_DUE_POLICY_OPTIONS_VERSION;
    out->offset = zi::capi::ToC(p.offset);
    out->n = static_cast<int32_t>(p.n);
    out->day = static_cast<int32_t>(p.day);
    out->convention = zi::capi::ToC(p.convention);
    return ZI_OK;
  });
}

ZI_API zi_status zi_due_date(zi_date* out, bool* uncovered_out, const zi_calendar* calendar, zi_date window_end,
                             const zi_due_policy_options* policy) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    if (!calendar) return zi::capi::NullArgument("calendar");
    zi::DuePolicy p;
    if (zi_status s = ReadDuePolicy(policy, &p)) return s;
    if (zi_status s = CheckWindowEnd(window_end, p)) return s;
    zi::UncoveredYears u;
    const zi::Date d = zi::DueDate(zi::Date::FromDays(window_end.days), p, *unwrap(calendar), &u);
    if (zi_status s = CheckDate("tanggal jatuh tempo", zi_date{d.days()})) return s;
    out->days = d.days();
    SetUncovered(uncovered_out, u);
    return ZI_OK;
  });
}

ZI_API zi_status zi_schedule_dues_json(char** json_out, size_t* len_out, const zi_schedule* schedule, int32_t year,
                                       const zi_calendar* calendar, const zi_due_policy_options* policy) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!json_out) return zi::capi::NullArgument("json_out");
    *json_out = nullptr;
    if (!schedule) return zi::capi::NullArgument("schedule");
    if (!calendar) return zi::capi::NullArgument("calendar");
    if (zi_status s = CheckYear(year)) return s;
    zi::DuePolicy p;
    if (zi_status s = ReadDuePolicy(policy, &p)) return s;
    const zi::Schedule& sched = unwrap(schedule)->schedule;
    for (const zi::Window& w : sched.windows) {
      if (zi_status s = CheckWindowEnd(zi_date{w.end.days()}, p)) return s;
    }
    const zi::Calendar& c = *unwrap(calendar);
    const zi::ScheduleDues dues = zi::ScheduleDueDates(sched, p, c);
    for (const zi::Date& d : dues.due) {
      if (zi_status s = CheckDate("tanggal jatuh tempo", zi_date{d.days()})) return s;
    }
    return zi::capi::GiveString(json_out, len_out, zi::WriteScheduleJson(sched, year, c, p, dues));
  });
}

}  // extern "C"
