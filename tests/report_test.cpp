// HTML reports, reminders, iCalendar escaping and calendar import (docs/report.md,
// docs/reminders.md, docs/calendar-format.md "Importing from a table").
#include <gtest/gtest.h>

#include <cmath>

#include "internal/html_escape.hpp"
#include "test_util.hpp"
#include "zi/compliance/portfolio.hpp"
#include "zi/compliance/reminder.hpp"
#include "zi/compliance/synthetic.hpp"
#include "zi/defaults.hpp"
#include "zi/io/calendar_csv.hpp"
#include "zi/io/ical.hpp"
#include "zi/io/plan_json.hpp"
#include "zi/io/report_html.hpp"

namespace zi {
namespace {

using namespace zi::testing;
namespace lke = zi::testing::lke;

Date D(int y, int m, int d) { return Date::FromYmd(y, m, d); }

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

// RFC 5545 unfolding: a CRLF followed by one space joins two physical lines.
std::string Unfold(const std::string& ics) {
  std::string out;
  for (size_t k = 0; k < ics.size(); ++k) {
    if (ics.compare(k, 3, "\r\n ") == 0) {
      k += 2;
      continue;
    }
    out.push_back(ics[k]);
  }
  return out;
}

Plan Minimal() {
  absl::StatusOr<Plan> p = LoadPlanFile(TestData("plans/minimal.json"));
  EXPECT_TRUE(p.ok()) << p.status();
  return *p;
}

// ---- formatting and escaping ---------------------------------------------------------

TEST(ReportHtmlTest, IndonesianNumbers) {
  EXPECT_EQ(FormatIndonesianNumber(68.4), "68,40");
  EXPECT_EQ(FormatIndonesianNumber(1234.5), "1.234,50");
  EXPECT_EQ(FormatIndonesianNumber(1234567, 0), "1.234.567");
  EXPECT_EQ(FormatIndonesianNumber(-0.001), "0,00");
  EXPECT_EQ(FormatIndonesianNumber(-12.345, 1), "-12,3");
  EXPECT_EQ(FormatIndonesianNumber(100), "100,00");
  EXPECT_EQ(FormatIndonesianNumber(std::nan("")), "–");
}

TEST(ReportHtmlTest, EscapingLayers) {
  EXPECT_EQ(internal::HtmlText("<b>a & b</b>"), "&lt;b&gt;a &amp; b&lt;/b&gt;");
  EXPECT_EQ(internal::HtmlAttr("x\" onload='y'\n"), "x&quot; onload=&#39;y&#39;&#10;");
  // Invalid and overlong UTF-8 become U+FFFD; controls other than TAB/LF are dropped; CR LF
  // and a lone CR become LF.
  EXPECT_EQ(internal::SanitizeUtf8("a\xC0\xAF" "b"), "a\xEF\xBF\xBD\xEF\xBF\xBD" "b");
  EXPECT_EQ(internal::SanitizeUtf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(internal::SanitizeUtf8("a\r\nb\rc\x01\x7f\t\xC2\x85" "d"), "a\nb\nc\td");
  EXPECT_EQ(internal::SanitizeUtf8("Rp \xE2\x82\xAC 5"), "Rp \xE2\x82\xAC 5");
}

TEST(ReportHtmlTest, SatkerReportEscapesAndCarriesTheNumbers) {
  PlanData data = OneIndicatorPlan();
  data.satker.name = "KPU <script>alert(1)</script>";
  data.components[0].aspects[0].activities[0].indicators[0].evidence = "SK \"Tim\" & <i>x</i>";
  const Plan plan(data);
  const ComplianceReport report = ScorePlan(plan, Id2026(), {}, D(2026, 7, 15));
  const std::string html = WriteSatkerReportHtml(report, Id2026());
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_NE(html.find("KPU &lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_EQ(html.find("<i>x</i>"), std::string::npos);
  EXPECT_NE(html.find("<!DOCTYPE html>"), std::string::npos);
  EXPECT_NE(html.find("@page{size:A4"), std::string::npos);
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
  // As of 15 July: Q1 (due 1 April... following the plan's default policy) and Q2 are
  // overdue, Q3 is open, Q4 upcoming; no evidence, so the plan score is 0.
  EXPECT_NE(html.find("data-status-count=\"overdue\">2<"), std::string::npos);
  EXPECT_NE(html.find("data-status-count=\"open\">1<"), std::string::npos);
  EXPECT_NE(html.find("data-status-count=\"upcoming\">1<"), std::string::npos);
  EXPECT_NE(html.find("data-plan-score=\"0\""), std::string::npos);
  EXPECT_NE(html.find("0,00</span> dari 100"), std::string::npos);
  EXPECT_EQ(Count(html, "<rect class=\"occ "), 4u);
  EXPECT_NE(html.find("id=\"as-of-line\""), std::string::npos);
  EXPECT_NE(html.find("data-komponen-id=\"1\" data-komponen-score=\"0\""), std::string::npos);
}

TEST(ReportHtmlTest, SatkerReportWithLke) {
  const Rubric rubric = lke::Default();
  absl::StatusOr<LkeEvaluation> e = EvaluateLke(rubric, lke::WorkedExample());
  ASSERT_TRUE(e.ok()) << e.status();
  const Plan plan = *DefaultPlan();
  const ComplianceReport report = ScorePlan(plan, Id2026(), {}, D(2026, 7, 1));
  const std::string html = WriteSatkerReportHtml(report, Id2026(), &*e);
  EXPECT_NE(html.find("id=\"lke\""), std::string::npos);
  for (const LkeAreaScore& a : e->score.areas) {
    EXPECT_NE(html.find("data-area=\"" + a.code + "\""), std::string::npos) << a.code;
  }
  for (const LkePredicateResult& p : e->predicates) {
    EXPECT_NE(html.find("data-predicate=\"" + p.predicate + "\" data-pass=\"" +
                        (p.pass ? "true" : "false") + "\""),
              std::string::npos);
    for (const LkeCriterionResult& c : p.criteria) {
      EXPECT_NE(html.find("data-criterion=\"" + c.id + "\""), std::string::npos) << c.id;
    }
  }
}

TEST(ReportHtmlTest, PortfolioReport) {
  const Plan base = *DefaultPlan();
  const std::vector<Plan> plans = SyntheticPortfolio(base, 40, 2026);
  absl::StatusOr<CompiledPortfolio> portfolio = CompiledPortfolio::Compile(plans);
  ASSERT_TRUE(portfolio.ok()) << portfolio.status();
  absl::StatusOr<PortfolioScores> scores = portfolio->Score(D(2026, 7, 1));
  ASSERT_TRUE(scores.ok());
  const std::string html = WritePortfolioReportHtml(*portfolio, *scores);
  EXPECT_EQ(Count(html, "<tr data-rank=\""), 40u);
  // The ranking rows are in ranking order.
  size_t at = 0;
  for (size_t k = 0; k < scores->ranking.size(); ++k) {
    const std::string row = "<tr data-rank=\"" + std::to_string(k + 1) + "\" data-satker=\"" +
                            portfolio->satker(scores->ranking[k]).code + "\"";
    const size_t found = html.find(row, at);
    ASSERT_NE(found, std::string::npos) << row;
    at = found;
  }
  EXPECT_EQ(Count(html, "data-bin-lo=\""), 10u);
  EXPECT_EQ(Count(html, "<tr data-parent=\""), scores->rollups.size());
  ReportHtmlOptions top;
  top.ranking_rows = 5;
  EXPECT_EQ(Count(WritePortfolioReportHtml(*portfolio, *scores, top), "<tr data-rank=\""), 5u);
}

// ---- reminders -----------------------------------------------------------------------

// The minimal plan (KPU Kota Palu, WITA; due 5 working days after each window ends):
// 1.1.1.1 "Januari 2026" and the January occurrence of 2.1.1.1 "Setiap Bulan" are both due
// Fri 6 Feb 2026; 1.1.1.9 "Per Triwulan" is due on the 10th of the next month (preceding).
std::vector<std::string> Labels(const ReminderList& list) {
  std::vector<std::string> out;
  for (const Reminder& r : list.reminders) {
    out.push_back(ReminderLabel(r) + " " + r.indicator + "/" + std::to_string(r.occurrence) + " " +
                  FormatIsoDate(r.due));
  }
  return out;
}

TEST(ReminderTest, HandCheckedDays) {
  const Plan plan = Minimal();
  const auto on = [&](Date d) {
    absl::StatusOr<ReminderList> r = Reminders(plan, Id2026(), {}, d);
    EXPECT_TRUE(r.ok()) << r.status();
    return Labels(*r);
  };
  using V = std::vector<std::string>;
  // Fri 23 Jan: (23 Jan, 6 Feb] holds 10 working days.
  EXPECT_EQ(on(D(2026, 1, 23)), (V{"H-10 1.1.1.1/1 2026-02-06", "H-10 2.1.1.1/1 2026-02-06"}));
  EXPECT_EQ(on(D(2026, 1, 30)), (V{"H-5 1.1.1.1/1 2026-02-06", "H-5 2.1.1.1/1 2026-02-06"}));
  EXPECT_EQ(on(D(2026, 2, 5)), (V{"H-1 1.1.1.1/1 2026-02-06", "H-1 2.1.1.1/1 2026-02-06"}));
  EXPECT_EQ(on(D(2026, 2, 6)), (V{"H 1.1.1.1/1 2026-02-06", "H 2.1.1.1/1 2026-02-06"}));
  EXPECT_EQ(on(D(2026, 2, 11)), (V{"H+3 1.1.1.1/1 2026-02-06", "H+3 2.1.1.1/1 2026-02-06"}));
  // H+7 skips cuti bersama 16 Feb and Imlek 17 Feb: Thu 19 Feb, not Tue 17 Feb.
  EXPECT_EQ(on(D(2026, 2, 17)), V{});
  EXPECT_EQ(on(D(2026, 2, 19)), (V{"H+7 1.1.1.1/1 2026-02-06", "H+7 2.1.1.1/1 2026-02-06"}));
  // A Saturday reminds of nothing (no due date falls on it).
  EXPECT_EQ(on(D(2026, 1, 24)), V{});
  // Q1 of 1.1.1.9 is due Fri 10 Apr: H-5 is Thu 2 Apr (Good Friday 3 Apr is skipped).
  EXPECT_EQ(on(D(2026, 4, 2)), V{"H-5 1.1.1.9/1 2026-04-10"});
}

TEST(ReminderTest, DoneDeliverablesAreNotReminded) {
  const Plan plan = Minimal();
  EvidenceRecord e;
  e.satker = "KPU-7271";
  e.indicator = "1.1.1.1";
  e.occurrence = 1;
  e.date = D(2026, 1, 20);
  e.status = EvidenceStatus::kVerified;
  absl::StatusOr<ReminderList> r = Reminders(plan, Id2026(), std::vector{e}, D(2026, 1, 23));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(Labels(*r), std::vector<std::string>{"H-10 2.1.1.1/1 2026-02-06"});
}

TEST(ReminderTest, OptionsAndJson) {
  const Plan plan = Minimal();
  ReminderOptions o;
  o.lead_working_days = {2};
  o.escalation_working_days = {1};
  absl::StatusOr<ReminderList> r = Reminders(plan, Id2026(), {}, D(2026, 2, 4), o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->lead, 2u);
  const std::string json = ReminderListJson(*r);
  EXPECT_NE(json.find("\"format\": \"zi.reminders/1\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"label\": \"H-2\""), std::string::npos);
  o.lead_working_days = {0};
  EXPECT_FALSE(Reminders(plan, Id2026(), {}, D(2026, 2, 4), o).ok());
}

TEST(ReminderTest, TodayPerTimeZone) {
  // 2026-03-10 16:30 UTC is 23:30 WIB, 00:30 WITA and 01:30 WIT the next day.
  const int64_t t = int64_t{D(2026, 3, 10).days()} * 86400 + 16 * 3600 + 30 * 60;
  EXPECT_EQ(LocalDate(t, TimeZone::kWIB), D(2026, 3, 10));
  EXPECT_EQ(LocalDate(t, TimeZone::kWITA), D(2026, 3, 11));
  EXPECT_EQ(LocalDate(t, TimeZone::kWIT), D(2026, 3, 11));
  EXPECT_EQ(LocalDate(-1, TimeZone::kWIB), D(1970, 1, 1));
  EXPECT_EQ(LocalDate(-7 * 3600 - 1, TimeZone::kWIB), D(1969, 12, 31));
  // A WIB and a WITA plan at 6 Feb 2026 16:30 UTC: 23:30 in Jakarta (H), 00:30 on 7 Feb
  // (a Saturday) in Palu (nothing).
  PlanData wib = Minimal().data();
  wib.satker.code = "KPU-31";
  wib.satker.time_zone = TimeZone::kWIB;
  const std::vector<Plan> plans = {Minimal(), Plan(wib)};
  ReminderDay day;
  day.instant = int64_t{D(2026, 2, 6).days()} * 86400 + 16 * 3600 + 30 * 60;
  absl::StatusOr<ReminderList> r = Reminders(plans, {}, day);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->today, (std::vector<Date>{D(2026, 2, 7), D(2026, 2, 6)}));
  ASSERT_EQ(r->reminders.size(), 2u);
  EXPECT_EQ(r->reminders[0].satker, "KPU-31");
  EXPECT_EQ(r->reminders[0].kind, ReminderKind::kDue);
}

// ---- iCalendar -----------------------------------------------------------------------

TEST(IcalEscapeTest, HostileIdsAndTextsStayInsideTheirLines) {
  PlanData data = OneIndicatorPlan();
  Indicator& ind = data.components[0].aspects[0].activities[0].indicators[0];
  ind.id = "1.1.1.1\r\nEND:VTODO\r\nBEGIN:VEVENT";
  ind.text = "a;b,c\\d\r\nX-EVIL:1\x01";
  data.satker.code = "KPU@72\n";
  const Plan plan(data);
  IcalOptions options;
  options.alarm_lead_working_days = {1, 0};
  options.calendar = &Id2026();
  const std::string ics = WriteIcal(plan, ExpandOccurrences(plan, Id2026()), options);
  EXPECT_EQ(Count(ics, "\r\nBEGIN:VTODO\r\n"), 4u);
  EXPECT_EQ(Count(ics, "\r\nEND:VTODO\r\n"), 4u);
  EXPECT_EQ(Count(ics, "\r\nBEGIN:VEVENT"), 0u);  // the text is there, escaped, never as a line
  EXPECT_EQ(Count(ics, "\r\nX-EVIL"), 0u);
  EXPECT_EQ(Count(ics, "BEGIN:VALARM"), 8u);
  const std::string unfolded = Unfold(ics);
  EXPECT_NE(unfolded.find("\r\nUID:KPU%4072%0A-2026-1.1.1.1%0D%0AEND%3AVTODO%0D%0ABEGIN%3AVEVENT-1@"),
            std::string::npos)
      << ics;
  EXPECT_NE(unfolded.find("a\\;b\\,c\\\\d\\nX-EVIL:1"), std::string::npos);
  // Every line: CRLF-terminated, at most 75 octets, no other control character.
  size_t start = 0;
  while (start < ics.size()) {
    const size_t end = ics.find("\r\n", start);
    ASSERT_NE(end, std::string::npos);
    const std::string line = ics.substr(start, end - start);
    EXPECT_LE(line.size(), 75u) << line;
    for (char c : line) EXPECT_FALSE(static_cast<unsigned char>(c) < 0x20 && c != '\t') << line;
    start = end + 2;
  }
}

TEST(IcalEscapeTest, AlarmOffsets) {
  // VTODO: 09:00 on the alarm day against DUE 23:59; VEVENT: against 00:00 of the due date.
  EXPECT_EQ(IcalAlarmOffsetMinutes(D(2026, 2, 5), D(2026, 2, 6), false), -(24 * 60 + 14 * 60 + 59));
  EXPECT_EQ(IcalAlarmOffsetMinutes(D(2026, 2, 6), D(2026, 2, 6), false), -(14 * 60 + 59));
  EXPECT_EQ(IcalAlarmOffsetMinutes(D(2026, 2, 6), D(2026, 2, 6), true), 9 * 60);
  EXPECT_EQ(IcalAlarmOffsetMinutes(D(2026, 2, 11), D(2026, 2, 6), true), 5 * 1440 + 9 * 60);
  const Plan plan = Minimal();
  IcalOptions o;
  o.alarm_lead_working_days = {10, 0};
  o.calendar = &Id2026();
  const std::string ics = WriteIcal(plan, ExpandOccurrences(plan, Id2026()), o);
  EXPECT_NE(ics.find("TRIGGER;RELATED=END:-P14DT14H59M"), std::string::npos);
  EXPECT_NE(ics.find("TRIGGER;RELATED=END:-PT14H59M"), std::string::npos);
  o.events = true;
  const std::string ev = WriteIcal(plan, ExpandOccurrences(plan, Id2026()), o);
  EXPECT_NE(ev.find("DTSTART;VALUE=DATE:20260206\r\nDTEND;VALUE=DATE:20260207"), std::string::npos);
  EXPECT_NE(ev.find("TRIGGER:-P13DT15H"), std::string::npos);  // 23 Jan 09:00
  EXPECT_NE(ev.find("TRIGGER:PT9H"), std::string::npos);
  EXPECT_EQ(Count(ev, "BEGIN:VTODO"), 0u);
}

// ---- calendar import -----------------------------------------------------------------

TEST(CalendarImportTest, ReadsDatesKindsAndNames) {
  const std::string csv =
      "tanggal,jenis,nama\r\n"
      "2027-01-01,libur,Tahun Baru 2027 Masehi\r\n"
      "08/02/2027,cuti bersama,Cuti Bersama Imlek\r\n"
      "9-2-2027,Libur Nasional,Tahun Baru Imlek\r\n"
      "\r\n"
      "2027-03-02,kerja,Hari kerja biasa\r\n"
      "2027-08-20,libur daerah sulteng,HUT Sulteng\r\n";
  absl::StatusOr<CalendarData> data = ReadCalendarCsv(csv, "libur.csv");
  ASSERT_TRUE(data.ok()) << data.status();
  EXPECT_EQ(data->name, "ID-2027");
  EXPECT_EQ(data->years, std::vector<int>{2027});
  ASSERT_EQ(data->holidays.size(), 4u);
  EXPECT_EQ(data->holidays[1].date, D(2027, 2, 8));
  EXPECT_EQ(data->holidays[1].kind, HolidayKind::kCutiBersama);
  EXPECT_EQ(data->holidays[2].date, D(2027, 2, 9));
  EXPECT_EQ(data->holidays[3].kind, HolidayKind::kLiburDaerah);
  EXPECT_EQ(data->holidays[3].region, "sulteng");
}

TEST(CalendarImportTest, EveryBadRowByLine) {
  const std::string csv =
      "tanggal;jenis;nama\n"
      "2027-01-01;libur;Tahun Baru\n"
      "31/02/2027;libur;Tidak ada\n"
      "2027-01-01;cuti;Dua kali\n"
      "2027-05-01;pesta;Jenis aneh\n"
      "2027-05-02;libur;\n"
      "2027-01-02;kerja;Sabtu\n";
  absl::StatusOr<CalendarData> data = ReadCalendarCsv(csv, "libur.csv");
  ASSERT_FALSE(data.ok());
  const std::string m(data.status().message());
  EXPECT_NE(m.find("libur.csv:3"), std::string::npos) << m;
  EXPECT_NE(m.find("libur.csv:4"), std::string::npos) << m;
  EXPECT_NE(m.find("sudah ada di libur.csv:2"), std::string::npos) << m;
  EXPECT_NE(m.find("libur.csv:5"), std::string::npos) << m;
  EXPECT_NE(m.find("'pesta'"), std::string::npos) << m;
  EXPECT_NE(m.find("libur.csv:6"), std::string::npos) << m;
  EXPECT_NE(m.find("libur.csv:7"), std::string::npos) << m;
}

}  // namespace
}  // namespace zi
