// HTML reports (docs/report.md): one self-contained HTML file in Indonesian, for one satker
// or for a portfolio, to open on a phone or print on A4. No network: CSS and SVG charts
// are inline, there is no script and no external font. Every text from the plan, the
// evidence or the LKE answers is escaped for HTML; the numbers carry machine-readable
// data-* attributes with the values of the JSON reports (docs/report.md, "Checking a
// report"), while the visible text uses the Indonesian number format (68,40).
//
// Deterministic: a pure function of its arguments (the as-of date is in the report).
#ifndef ZI_IO_REPORT_HTML_HPP
#define ZI_IO_REPORT_HTML_HPP

#include <string>

#include "absl/status/status.h"
#include "zi/compliance/portfolio.hpp"
#include "zi/compliance/scoring.hpp"
#include "zi/deadline/calendar.hpp"
#include "zi/lke/predicate.hpp"

namespace zi {
inline namespace v1 {

struct ReportHtmlOptions {
  // The plan score threshold shown against the score (0..100; portfolio: the satker
  // below it are listed).
  double threshold = 75.0;
  // Satker report: "due soon" = open and due within this many working days (agenda).
  int due_soon_working_days = 10;
  // Portfolio report: rows of the ranking table (0 = every satker).
  int ranking_rows = 0;
};

// One satker as of report.as_of: score against the threshold, komponen and aspek bar
// charts, the Gantt timeline of every deliverable coloured by status with the as-of line,
// the overdue and due-soon lists with bukti fisik and, when `lke` is given, the LKE areas
// and every WBK/WBBM criterion with value, threshold and margin. `calendar` is the one
// the report was scored on (it counts the working days of the lists).
std::string WriteSatkerReportHtml(const ComplianceReport& report, const Calendar& calendar,
                                  const LkeEvaluation* lke = nullptr,
                                  const ReportHtmlOptions& options = {});

// A portfolio scored as of scores.as_of: ranking table, per-parent (province) chart, the
// score distribution and the satker below the threshold.
std::string WritePortfolioReportHtml(const CompiledPortfolio& portfolio,
                                     const PortfolioScores& scores,
                                     const ReportHtmlOptions& options = {});

// Indonesian number format: `decimals` places, decimal comma, '.' between thousands
// ("1.234,50"); "–" for a non-finite value.
std::string FormatIndonesianNumber(double x, int decimals = 2);

}  // namespace v1
}  // namespace zi

#endif  // ZI_IO_REPORT_HTML_HPP
