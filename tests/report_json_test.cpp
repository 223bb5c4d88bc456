// The JSON reports of zi/io/report_json.hpp (what `zi ... --json` prints).
#include "zi/io/report_json.hpp"

#include <gtest/gtest.h>

#include <string>

#include "zi/compliance/synthetic.hpp"
#include "zi/defaults.hpp"
#include "zi/plan/lint.hpp"

namespace zi {
namespace {

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(ReportJsonTest, Names) {
  EXPECT_EQ(IndonesianDayName(Date::FromYmd(2026, 7, 1)), "Rabu");
  EXPECT_EQ(IndonesianDayName(Date::FromYmd(2026, 7, 5)), "Minggu");
  EXPECT_EQ(IndonesianMonthName(1), "Januari");
  EXPECT_EQ(IndonesianMonthName(12), "Desember");
  EXPECT_EQ(IndonesianMonthName(13), "?");
}

TEST(ReportJsonTest, PlainNumbers) {
  EXPECT_EQ(FormatPlainNumber(0.25), "0.25");
  EXPECT_EQ(FormatPlainNumber(3.0), "3");
  EXPECT_EQ(FormatPlainNumber(-0.0001), "0");
  EXPECT_EQ(FormatPlainNumber(2.0 / 3, 4), "0.6667");
  EXPECT_EQ(LkeAnswerText(LkeAnswer::Choice("B")), "B");
  EXPECT_EQ(LkeAnswerText(LkeAnswer::Number(12.5)), "12.5");
}

TEST(ReportJsonTest, PlanSummaryAndLint) {
  const Plan plan = *DefaultPlan();
  const std::string summary = WritePlanSummaryJson(plan);
  EXPECT_EQ(summary.rfind("{\n  \"satker\": \"KPU-72\",\n", 0), 0u) << summary.substr(0, 80);
  EXPECT_TRUE(Contains(summary, "\"aspects\": 23"));
  EXPECT_EQ(summary.back(), '\n');
  const std::vector<Diagnostic> diags = LintPlan(plan);
  const std::string lint = WritePlanLintJson(plan, diags);
  EXPECT_TRUE(Contains(lint, "\"errors\": 0"));
  EXPECT_TRUE(Contains(lint, "\"code\": \"target_missing\""));
  EXPECT_TRUE(Contains(WritePlanLintJson(plan, {}), "\"diagnostics\": []"));
}

TEST(ReportJsonTest, CalendarYear) {
  const Calendar calendar = *DefaultCalendar();
  const CalendarYear year = SummarizeCalendarYear(calendar, 2026);
  EXPECT_EQ(year.total, 240);
  EXPECT_TRUE(year.diagnostics.empty());
  const std::string text = WriteCalendarYearJson(calendar, year);
  EXPECT_TRUE(Contains(text, "\"name\": \"Januari\""));
  EXPECT_TRUE(Contains(text, "\"total\": 240"));
  // A year the calendar does not cover says so.
  const CalendarYear uncovered = SummarizeCalendarYear(calendar, 2031);
  EXPECT_FALSE(uncovered.diagnostics.empty());
  EXPECT_TRUE(Contains(WriteCalendarYearJson(calendar, uncovered), "\"covered\": false"));
}

TEST(ReportJsonTest, Schedule) {
  const Calendar calendar = *DefaultCalendar();
  const Schedule schedule = *ParseSchedule("Per Triwulan", 2026);
  DuePolicy policy;
  const ScheduleDues dues = ScheduleDueDates(schedule, policy, calendar);
  ASSERT_EQ(dues.due.size(), 4u);
  EXPECT_EQ(FormatIsoDate(dues.due[0]), "2026-03-31");
  const std::string text = WriteScheduleJson(schedule, 2026, calendar, policy, dues);
  EXPECT_TRUE(Contains(text, "\"due_day\": \"Selasa\""));
  EXPECT_TRUE(Contains(text, "\"offset\": \"none\""));
}

TEST(ReportJsonTest, PortfolioNullsAndRanking) {
  std::vector<Plan> plans = SyntheticPortfolio(*DefaultPlan(), 3, 2026);
  const CompiledPortfolio portfolio = *CompiledPortfolio::Compile(plans);
  // Nothing is due on 5 January: every score is null.
  const PortfolioScores early = *portfolio.Score(Date::FromYmd(2026, 1, 5));
  const std::string text = WritePortfolioJson(portfolio, early, 60);
  EXPECT_TRUE(Contains(text, "\"as_of\": \"2026-01-05\""));
  EXPECT_TRUE(Contains(text, "\"threshold\": 60,"));
  EXPECT_TRUE(Contains(text, "\"score\": null"));
  EXPECT_TRUE(Contains(text, "\"mean\": null"));
  EXPECT_TRUE(Contains(text, "\"ranking\": [\n    \"" + portfolio.satker(early.ranking[0]).code));
}

TEST(ReportJsonTest, Suggestions) {
  const std::vector<LkeSuggestion> none;
  const std::string text = WriteLkeSuggestionsJson(none, Date::FromYmd(2026, 7, 1), "KPU-72");
  EXPECT_TRUE(Contains(text, "\"as_of\": \"2026-07-01\""));
  EXPECT_TRUE(Contains(text, "\"satker\": \"KPU-72\""));
  EXPECT_TRUE(Contains(text, "\"suggestions\": []"));
}

}  // namespace
}  // namespace zi
