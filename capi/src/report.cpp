// MODULE: HTML report, reminders and calendar import — the HTML reports and the calendar
// import (reminders and the iCalendar alarms: reminder.cpp, ical.cpp).
#include <fstream>

#include "compliance_internal.hpp"
#include "lke_handles.hpp"
#include "zi/io/calendar_csv.hpp"
#include "zi/io/report_html.hpp"
#include "zi/lke/predicate.hpp"

namespace zi::capi {
namespace {

zi_status ReadHtmlOptions(const zi_report_html_options* opts, ReportHtmlOptions* out) {
  if (!opts) return ZI_OK;
  if (zi_status s = CheckVersion(opts->version, ZI_REPORT_HTML_OPTIONS_VERSION,
                                 "zi_report_html_options")) {
    return s;
  }
  if (!(opts->threshold >= 0 && opts->threshold <= 100)) {
    return Fail(ZI_EINVALID, "threshold harus 0..100");
  }
  if (opts->due_soon_working_days < 0 || opts->due_soon_working_days > 366) {
    return Fail(ZI_EINVALID, "due_soon_working_days harus 0..366");
  }
  if (opts->ranking_rows < 0) return Fail(ZI_EINVALID, "ranking_rows harus >= 0");
  out->threshold = opts->threshold;
  out->due_soon_working_days = opts->due_soon_working_days;
  out->ranking_rows = opts->ranking_rows;
  return ZI_OK;
}

zi_status SatkerHtml(std::string* html, const zi_report* report, const zi_lke_answers* answers,
                     const zi_report_html_options* opts) {
  if (!report) return NullArgument("report");
  ReportHtmlOptions options;
  if (zi_status s = ReadHtmlOptions(opts, &options)) return s;
  std::optional<LkeEvaluation> lke;
  if (answers) {
    const AnswersHandle& a = *unwrap(answers);
    absl::StatusOr<LkeEvaluation> e = EvaluateLke(a.rubric, a.set);
    if (!e.ok()) return FromStatus(e.status());
    lke = *std::move(e);
  }
  const ReportHandle& r = *unwrap(report);
  *html = WriteSatkerReportHtml(r.report, r.calendar, lke ? &*lke : nullptr, options);
  return ZI_OK;
}

zi_status PortfolioHtml(std::string* html, const zi_portfolio* portfolio,
                        const zi_portfolio_scores* scores, const zi_report_html_options* opts) {
  if (!portfolio) return NullArgument("portfolio");
  if (!scores) return NullArgument("scores");
  ReportHtmlOptions options;
  if (zi_status s = ReadHtmlOptions(opts, &options)) return s;
  const CompiledPortfolio& p = unwrap(portfolio)->portfolio;
  const PortfolioScores& sc = *unwrap(scores);
  if (sc.score.size() != p.plan_count()) {
    return Fail(ZI_EINVALID, "nilai ini milik portofolio dengan " + std::to_string(sc.score.size()) +
                                 " rencana aksi, bukan portofolio ini dengan " + std::to_string(p.plan_count()));
  }
  *html = WritePortfolioReportHtml(p, sc, options);
  return ZI_OK;
}

zi_status Save(const char* path, const std::string& text) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (f) f.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!f) return Fail(ZI_EIO, std::string(path) + ": tidak dapat ditulis");
  return ZI_OK;
}

}  // namespace
}  // namespace zi::capi

using zi::capi::unwrap;
using zi::capi::wrap;

extern "C" {

ZI_API zi_status zi_report_html_options_init(zi_report_html_options* opts, uint32_t version) noexcept {
  static const zi_report_html_options kDefaults = ZI_REPORT_HTML_OPTIONS_INIT;
  return zi::capi::InitVersioned(opts, version, kDefaults, "opts", "zi_report_html_options");
}

ZI_API zi_status zi_report_to_html(char** html_out, size_t* len_out, const zi_report* report,
                                   const zi_lke_answers* lke_answers,
                                   const zi_report_html_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!html_out) return zi::capi::NullArgument("html_out");
    *html_out = nullptr;
    std::string html;
    if (zi_status s = zi::capi::SatkerHtml(&html, report, lke_answers, opts)) return s;
    return zi::capi::GiveString(html_out, len_out, html);
  });
}

ZI_API zi_status zi_report_save_html(const char* path, const zi_report* report,
                                     const zi_lke_answers* lke_answers,
                                     const zi_report_html_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!path) return zi::capi::NullArgument("path");
    std::string html;
    if (zi_status s = zi::capi::SatkerHtml(&html, report, lke_answers, opts)) return s;
    return zi::capi::Save(path, html);
  });
}

ZI_API zi_status zi_portfolio_to_html(char** html_out, size_t* len_out, const zi_portfolio* portfolio,
                                      const zi_portfolio_scores* scores,
                                      const zi_report_html_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!html_out) return zi::capi::NullArgument("html_out");
    *html_out = nullptr;
    std::string html;
    if (zi_status s = zi::capi::PortfolioHtml(&html, portfolio, scores, opts)) return s;
    return zi::capi::GiveString(html_out, len_out, html);
  });
}

ZI_API zi_status zi_portfolio_save_html(const char* path, const zi_portfolio* portfolio,
                                        const zi_portfolio_scores* scores,
                                        const zi_report_html_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!path) return zi::capi::NullArgument("path");
    std::string html;
    if (zi_status s = zi::capi::PortfolioHtml(&html, portfolio, scores, opts)) return s;
    return zi::capi::Save(path, html);
  });
}

ZI_API zi_status zi_calendar_import_table(zi_calendar** out, const char* data, size_t size,
                                          const char* source_name, const char* name,
                                          int32_t status) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!data && size > 0) return zi::capi::NullArgument("data");
    zi::CalendarImportOptions options;
    if (name) options.name = name;
    switch (status) {
      case ZI_CALENDAR_STATUS_UNSPECIFIED: options.status = zi::CalendarStatus::kUnspecified; break;
      case ZI_CALENDAR_STATUS_CONFIRMED: options.status = zi::CalendarStatus::kConfirmed; break;
      case ZI_CALENDAR_STATUS_PROVISIONAL: options.status = zi::CalendarStatus::kProvisional; break;
      default: return zi::capi::Fail(ZI_EINVALID, "status " + std::to_string(status) + " bukan zi_calendar_status");
    }
    absl::StatusOr<zi::CalendarData> cal = zi::ReadCalendarCsv(
        std::string_view(data ? data : "", size), source_name ? source_name : "<input>", options);
    if (!cal.ok()) return zi::capi::FromStatus(cal.status());
    absl::StatusOr<zi::Calendar> c = zi::Calendar::Create(*std::move(cal));
    if (!c.ok()) return zi::capi::FromStatus(c.status());
    *out = wrap(new zi::Calendar(*std::move(c)));
    return ZI_OK;
  });
}

}  // extern "C"
