#include "zi/io/report_json.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "internal/json_io.hpp"
#include "zi/deadline/due_date.hpp"

namespace zi {
inline namespace v1 {
namespace {

namespace json = boost::json;

json::value OptionalNumber(const std::optional<double>& x) {
  return x ? json::value(*x) : json::value(nullptr);
}

}  // namespace

std::string_view IndonesianDayName(Date d) {
  static constexpr std::string_view kDays[] = {"Senin", "Selasa", "Rabu",  "Kamis",
                                               "Jumat", "Sabtu",  "Minggu"};
  return kDays[d.iso_weekday() - 1];
}

std::string_view IndonesianMonthName(int month) {
  static constexpr std::string_view kMonths[] = {"Januari",   "Februari", "Maret",    "April",
                                                 "Mei",       "Juni",     "Juli",     "Agustus",
                                                 "September", "Oktober",  "November", "Desember"};
  return month >= 1 && month <= 12 ? kMonths[month - 1] : "?";
}

std::string FormatPlainNumber(double x, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  std::string s = buf;
  if (s.find('.') != std::string::npos) {
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

// ---- plan -----------------------------------------------------------------------------

std::string WritePlanSummaryJson(const Plan& plan) {
  json::object root;
  root["satker"] = plan.satker().code;
  root["satker_name"] = plan.satker().name;
  root["year"] = plan.year();
  root["components"] = plan.components().size();
  root["aspects"] = plan.aspect_count();
  root["activities"] = plan.activity_count();
  json::array inds;
  for (const IndicatorRef& r : plan.indicators()) {
    json::object o;
    o["id"] = r.indicator->id;
    o["component"] = r.component->name;
    o["aspect"] = r.aspect->name;
    o["activity"] = r.activity->text;
    o["text"] = r.indicator->text;
    o["evidence"] = r.indicator->evidence;
    o["schedule"] = r.indicator->schedule;
    o["target"] = r.indicator->target;
    inds.push_back(std::move(o));
  }
  root["indicators"] = std::move(inds);
  return internal::WriteJson(root);
}

std::string WritePlanLintJson(const Plan& plan, std::span<const Diagnostic> diagnostics) {
  size_t errors = 0, warnings = 0;
  for (const Diagnostic& d : diagnostics) {
    errors += d.severity == Severity::kError;
    warnings += d.severity == Severity::kWarning;
  }
  json::object root;
  root["satker"] = plan.satker().code;
  root["year"] = plan.year();
  root["errors"] = errors;
  root["warnings"] = warnings;
  root["diagnostics"] =
      internal::DiagnosticsToJson(std::vector<Diagnostic>(diagnostics.begin(), diagnostics.end()));
  return internal::WriteJson(root);
}

// ---- calendar -------------------------------------------------------------------------

CalendarYear SummarizeCalendarYear(const Calendar& calendar, int year) {
  CalendarYear out;
  out.year = year;
  UncoveredYears uncovered;
  for (int m = 1; m <= 12; ++m) {
    const Date first = Date::FromYmd(year, m, 1);
    const Date last = Date::FromYmd(year, m, Date::DaysInMonth(year, m));
    const int days = calendar.WorkingDaysBetween(first, last, true, true, &uncovered);
    out.working_days[static_cast<size_t>(m - 1)] = days;
    out.total += days;
  }
  out.diagnostics = UncoveredYearDiagnostics(calendar, uncovered);
  const std::span<const Holiday> holidays = calendar.HolidaysIn(year);
  out.holidays.assign(holidays.begin(), holidays.end());
  return out;
}

std::string WriteCalendarYearJson(const Calendar& calendar, const CalendarYear& year) {
  json::object root;
  root["calendar"] = calendar.name();
  root["year"] = year.year;
  root["covered"] = calendar.Covers(year.year);
  root["cuti_bersama_is_working_day"] = calendar.options().cuti_bersama_is_working_day;
  json::array hs;
  for (const Holiday& h : year.holidays) {
    json::object o;
    o["date"] = FormatIsoDate(h.date);
    o["day"] = IndonesianDayName(h.date);
    o["kind"] = HolidayKindString(h);
    o["name"] = h.name;
    o["working_day"] = calendar.IsWorkingDay(h.date);
    hs.push_back(std::move(o));
  }
  root["holidays"] = std::move(hs);
  json::array months;
  for (int m = 1; m <= 12; ++m) {
    json::object o;
    o["month"] = m;
    o["name"] = IndonesianMonthName(m);
    o["working_days"] = year.working_days[static_cast<size_t>(m - 1)];
    months.push_back(std::move(o));
  }
  json::object wd;
  wd["months"] = std::move(months);
  wd["total"] = year.total;
  root["working_days"] = std::move(wd);
  root["diagnostics"] = internal::DiagnosticsToJson(year.diagnostics);
  return internal::WriteJson(root);
}

// ---- schedule -------------------------------------------------------------------------

ScheduleDues ScheduleDueDates(const Schedule& schedule, const DuePolicy& policy,
                              const Calendar& calendar) {
  ScheduleDues out;
  UncoveredYears uncovered;
  for (const Window& w : schedule.windows) {
    out.due.push_back(DueDate(w.end, policy, calendar, &uncovered));
  }
  out.diagnostics = schedule.diagnostics;
  for (Diagnostic& d : out.diagnostics) d.where = "target waktu";
  for (Diagnostic& d : UncoveredYearDiagnostics(calendar, uncovered)) {
    out.diagnostics.push_back(std::move(d));
  }
  return out;
}

std::string WriteScheduleJson(const Schedule& schedule, int year, const Calendar& calendar,
                              const DuePolicy& policy, const ScheduleDues& dues) {
  json::object root;
  root["phrase"] = schedule.text;
  root["year"] = year;
  root["family"] = ToString(schedule.family);
  json::array years;
  for (int y : schedule.years) years.push_back(y);
  root["years"] = std::move(years);
  root["rrule"] = schedule.rrule;
  root["calendar"] = calendar.name();
  root["cuti_bersama_is_working_day"] = calendar.options().cuti_bersama_is_working_day;
  json::object p;
  p["offset"] = ToString(policy.offset);
  if (policy.offset == DueOffset::kWorkingDays || policy.offset == DueOffset::kCalendarDays) {
    p["n"] = policy.n;
  }
  if (policy.offset == DueOffset::kDayOfNextMonth) p["day"] = policy.day;
  p["convention"] = ToString(policy.convention);
  root["due_policy"] = std::move(p);
  json::array windows;
  for (size_t i = 0; i < schedule.windows.size() && i < dues.due.size(); ++i) {
    json::object o;
    o["index"] = i + 1;
    o["window_start"] = FormatIsoDate(schedule.windows[i].start);
    o["window_end"] = FormatIsoDate(schedule.windows[i].end);
    o["due"] = FormatIsoDate(dues.due[i]);
    o["due_day"] = IndonesianDayName(dues.due[i]);
    windows.push_back(std::move(o));
  }
  root["occurrences"] = std::move(windows);
  root["diagnostics"] = internal::DiagnosticsToJson(dues.diagnostics);
  return internal::WriteJson(root);
}

// ---- portfolio ------------------------------------------------------------------------

std::string WritePortfolioJson(const CompiledPortfolio& portfolio, const PortfolioScores& scores,
                               double threshold) {
  json::object root;
  root["as_of"] = FormatIsoDate(scores.as_of);
  root["threshold"] = threshold;
  json::array satker;
  const size_t plans = std::min(portfolio.plan_count(), scores.score.size());
  for (size_t p = 0; p < plans; ++p) {
    const Satker& s = portfolio.satker(p);
    json::object o;
    o["code"] = s.code;
    o["name"] = s.name;
    o["parent"] = s.parent;
    o["score"] = OptionalNumber(scores.score[p]);
    json::array comps;
    for (size_t c = 0; c < portfolio.component_count(p); ++c) {
      const double v = scores.component_score[scores.component_offset[p] + c];
      json::object co;
      co["id"] = portfolio.component_id(p, c);
      // 0..100 like the plan score beside it (docs/cli.md "Skala angka JSON").
      co["score"] = std::isnan(v) ? json::value(nullptr) : json::value(100.0 * v);
      comps.push_back(std::move(co));
    }
    o["components"] = std::move(comps);
    json::object counts;
    for (int k = 0; k < 5; ++k) {
      counts[ToString(static_cast<OccurrenceStatus>(k))] =
          scores.status_counts[p][static_cast<size_t>(k)];
    }
    o["occurrences"] = std::move(counts);
    satker.push_back(std::move(o));
  }
  root["satker"] = std::move(satker);
  json::array ranking;
  for (uint32_t p : scores.ranking) {
    if (p < plans) ranking.push_back(json::string(portfolio.satker(p).code));
  }
  root["ranking"] = std::move(ranking);
  json::array rollups;
  for (const RollUp& r : scores.rollups) {
    json::object o;
    o["parent"] = r.parent;
    o["count"] = r.count;
    o["scored"] = r.scored;
    o["mean"] = OptionalNumber(r.mean);
    o["min"] = OptionalNumber(r.min);
    o["max"] = OptionalNumber(r.max);
    o["at_or_above"] = r.at_or_above;
    rollups.push_back(std::move(o));
  }
  root["rollups"] = std::move(rollups);
  return internal::WriteJson(root);
}

// ---- lke suggest ----------------------------------------------------------------------

std::string LkeAnswerText(const LkeAnswer& answer) {
  return answer.is_choice() ? answer.choice : FormatPlainNumber(answer.number, 4);
}

std::string WriteLkeSuggestionsJson(std::span<const LkeSuggestion> suggestions, Date as_of,
                                    std::string_view satker) {
  json::array arr;
  for (const LkeSuggestion& s : suggestions) {
    json::object o;
    o["question"] = s.question;
    o["answer"] = LkeAnswerText(s.answer);
    o["rule"] = s.rule;
    o["reason"] = s.reason;
    arr.push_back(std::move(o));
  }
  json::object root;
  root["as_of"] = FormatIsoDate(as_of);
  root["satker"] = json::string(satker.data(), satker.size());
  root["suggestions"] = std::move(arr);
  return internal::WriteJson(root);
}

}  // namespace v1
}  // namespace zi
