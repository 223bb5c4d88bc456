// Schedule phrases (docs/schedules.md, "Phrases") and the RRULE subset: every family with its
// exact windows.
#include "zi/deadline/schedule.hpp"

#include <gtest/gtest.h>

#include "zi/defaults.hpp"

namespace zi {
namespace {

Date D(int y, int m, int d) { return Date::FromYmd(y, m, d); }
Window W(Date a, Date b) { return Window{a, b}; }
Window Month(int y, int m) { return W(D(y, m, 1), D(y, m, Date::DaysInMonth(y, m))); }

// Compact window lists: "2026-01-01..2026-03-31 2026-04-01..2026-06-30".
std::string Show(const std::vector<Window>& ws) {
  std::string out;
  for (const Window& w : ws) {
    if (!out.empty()) out += " ";
    out += FormatIsoDate(w.start) + ".." + FormatIsoDate(w.end);
  }
  return out;
}

struct Case {
  std::string phrase;
  ScheduleFamily family;
  std::string windows;  // as Show() writes them
  std::vector<int> years = {};
};

void ExpectCases(const std::vector<Case>& cases, int plan_year = 2026) {
  for (const Case& c : cases) {
    SCOPED_TRACE(c.phrase);
    absl::StatusOr<Schedule> s = ParseSchedule(c.phrase, plan_year);
    ASSERT_TRUE(s.ok()) << s.status();
    EXPECT_EQ(s->family, c.family);
    EXPECT_EQ(Show(s->windows), c.windows);
    EXPECT_EQ(s->years, c.years);
  }
}

const std::string kQ1 = "2026-01-01..2026-03-31", kQ2 = "2026-04-01..2026-06-30",
                  kQ3 = "2026-07-01..2026-09-30", kQ4 = "2026-10-01..2026-12-31",
                  kS1 = "2026-01-01..2026-06-30", kS2 = "2026-07-01..2026-12-31";

TEST(ScheduleTest, SingleMonth) {
  const auto F = ScheduleFamily::kSingleMonth;
  ExpectCases({
      {"Januari 2026", F, "2026-01-01..2026-01-31", {2026}},
      {"Februari 2026", F, "2026-02-01..2026-02-28", {2026}},
      {"Desember", F, "2026-12-01..2026-12-31"},
      {"Bulan Juli 2026", F, "2026-07-01..2026-07-31", {2026}},
      {"bulan juli tahun 2026", F, "2026-07-01..2026-07-31", {2026}},
      {"  DESEMBER   2026 ", F, "2026-12-01..2026-12-31", {2026}},
      {"<i>Desember</i> 2026", F, "2026-12-01..2026-12-31", {2026}},
      {"<p>Januari</p><p>2026</p>", F, "2026-01-01..2026-01-31", {2026}},
      {"Pebruari", F, "2026-02-01..2026-02-28"},
      {"Nopember 2026", F, "2026-11-01..2026-11-30", {2026}},
      {"Desember 2026.", F, "2026-12-01..2026-12-31", {2026}},
      {"Desember\xC2\xA0" "2026", F, "2026-12-01..2026-12-31", {2026}},  // no-break space
  });
  // Leap years: February 2028 has 29 days.
  ExpectCases({{"Februari", F, "2028-02-01..2028-02-29"}}, 2028);
}

TEST(ScheduleTest, AbbreviatedMonths) {
  const std::vector<std::pair<std::string, int>> names = {
      {"Jan", 1},  {"Feb", 2},  {"Pebruari", 2}, {"Peb", 2},  {"Mar", 3},  {"Apr", 4},
      {"Mei", 5},  {"Jun", 6},  {"Jul", 7},      {"Agu", 8},  {"Agt", 8},  {"Ags", 8},
      {"Agustus", 8}, {"Sep", 9}, {"Sept", 9},   {"Okt", 10}, {"Nov", 11}, {"Nop", 11},
      {"Des", 12}, {"Maret", 3}, {"September", 9}, {"Oktober", 10}};
  for (const auto& [name, month] : names) {
    for (const std::string& phrase : {name + " 2026", name + ". 2026", name + "."}) {
      absl::StatusOr<Schedule> s = ParseSchedule(phrase, 2026);
      ASSERT_TRUE(s.ok()) << phrase << ": " << s.status();
      EXPECT_EQ(s->windows, std::vector<Window>{Month(2026, month)}) << phrase;
    }
  }
}

TEST(ScheduleTest, MonthRangeWithEverySeparator) {
  for (const std::string sep : {"s.d.", "s.d", "s/d", "sd", "sampai dengan", "sampai", "hingga",
                                "-", "\xE2\x80\x93", "\xE2\x80\x94", "S.D.", "S/D", "Sampai Dengan"}) {
    const std::string phrase = "Januari " + sep + " Maret 2026";
    absl::StatusOr<Schedule> s = ParseSchedule(phrase, 2026);
    ASSERT_TRUE(s.ok()) << phrase << ": " << s.status();
    EXPECT_EQ(s->family, ScheduleFamily::kMonthRange) << phrase;
    EXPECT_EQ(Show(s->windows), kQ1) << phrase;
  }
  const auto F = ScheduleFamily::kMonthRange;
  ExpectCases({
      {"Januari s.d. Februari 2026", F, "2026-01-01..2026-02-28", {2026}},
      // The embedded plan's row 6.1.2.1: no space after the separator.
      {"Januari s.d.Februari 2026", F, "2026-01-01..2026-02-28", {2026}},
      {"Januari s/d Maret", F, kQ1},
      {"Januari - Desember 2026", F, "2026-01-01..2026-12-31", {2026}},
      {"Januari s.d. Desember 2026", F, "2026-01-01..2026-12-31", {2026}},
      {"April sampai dengan Juni 2026", F, kQ2, {2026}},
      {"Juli-September", F, kQ3},
      {"Jan. s.d. Mar. 2026", F, kQ1, {2026}},
      {"Januari 2026 s.d. Maret 2026", F, kQ1, {2026}},
      {"Bulan Januari s.d. Bulan Maret 2026", F, kQ1, {2026}},
      {"Oktober 2026 s.d. Januari 2027", F, "2026-10-01..2027-01-31", {2026, 2027}},
      {"Nopember 2026 \xE2\x80\x93 Februari 2027", F, "2026-11-01..2027-02-28", {2026, 2027}},
      // A month without a year takes the year written after it, else the one before.
      {"Juni s.d. Agustus 2027", F, "2027-06-01..2027-08-31", {2027}},
      {"Februari 2026 s.d. April", F, "2026-02-01..2026-04-30", {2026}},
  });
}

TEST(ScheduleTest, MonthList) {
  const auto F = ScheduleFamily::kMonthList;
  ExpectCases({
      {"Maret, Juni, September dan Desember 2026", F,
       "2026-03-01..2026-03-31 2026-06-01..2026-06-30 2026-09-01..2026-09-30 "
       "2026-12-01..2026-12-31",
       {2026}},
      {"Juni & Desember", F, "2026-06-01..2026-06-30 2026-12-01..2026-12-31"},
      {"Juni dan Desember 2026", F, "2026-06-01..2026-06-30 2026-12-01..2026-12-31", {2026}},
      {"Januari, Juli", F, "2026-01-01..2026-01-31 2026-07-01..2026-07-31"},
      {"Maret, Juni, September, dan Desember", F,
       "2026-03-01..2026-03-31 2026-06-01..2026-06-30 2026-09-01..2026-09-30 "
       "2026-12-01..2026-12-31"},
      {"Desember 2026, Januari 2027", F, "2026-12-01..2026-12-31 2027-01-01..2027-01-31",
       {2026, 2027}},
      {"Bulan Februari serta Agustus", F, "2026-02-01..2026-02-28 2026-08-01..2026-08-31"},
  });
}

TEST(ScheduleTest, Recurring) {
  const auto F = ScheduleFamily::kRecurring;
  const std::string quarters = kQ1 + " " + kQ2 + " " + kQ3 + " " + kQ4;
  const std::string semesters = kS1 + " " + kS2;
  std::string months;
  for (int m = 1; m <= 12; ++m) {
    const Window w = Month(2026, m);
    months += (m > 1 ? " " : "") + FormatIsoDate(w.start) + ".." + FormatIsoDate(w.end);
  }
  const std::string year = "2026-01-01..2026-12-31";
  ExpectCases({
      {"Per Triwulan", F, quarters},
      {"Setiap Triwulan", F, quarters},
      {"Triwulanan", F, quarters},
      {"Tiap 3 (tiga) bulan", F, quarters},
      {"Setiap 3 bulan", F, quarters},
      {"Setiap tiga bulan", F, quarters},
      {"3 bulan sekali", F, quarters},
      {"per triwulan 2026", F, quarters, {2026}},
      {"Per Semester", F, semesters},
      {"Setiap Semester", F, semesters},
      {"Semesteran", F, semesters},
      {"Setiap 6 bulan", F, semesters},
      {"Tiap 6 (enam) bulan", F, semesters},
      {"Setiap Bulan", F, months},
      {"Per Bulan", F, months},
      {"Bulanan", F, months},
      {"Tiap 1 (satu) bulan", F, months},
      {"Tahunan", F, year},
      {"Setiap Tahun", F, year},
      {"Per Tahun", F, year},
      {"Setiap 12 bulan", F, year},
      {"Setiap 2 bulan", F,
       "2026-01-01..2026-02-28 2026-03-01..2026-04-30 2026-05-01..2026-06-30 "
       "2026-07-01..2026-08-31 2026-09-01..2026-10-31 2026-11-01..2026-12-31"},
      {"Setiap 4 bulan", F,
       "2026-01-01..2026-04-30 2026-05-01..2026-08-31 2026-09-01..2026-12-31"},
  });
}

// The ISO weeks (Mon–Sun) that start in the year: 1 Jan 2026 is a Thursday, so the
// first starts Mon 5 Jan and the last Mon 28 Dec (ending Sun 3 Jan 2027): 52 weeks.
TEST(ScheduleTest, WeeklyIsTheIsoWeeksStartingInTheYear) {
  for (const char* phrase : {"Setiap Minggu", "Mingguan", "Per Minggu", "Setiap Pekan"}) {
    absl::StatusOr<Schedule> s = ParseSchedule(phrase, 2026);
    ASSERT_TRUE(s.ok()) << phrase << ": " << s.status();
    EXPECT_EQ(s->family, ScheduleFamily::kRecurring);
    ASSERT_EQ(s->windows.size(), 52u) << phrase;
    EXPECT_EQ(s->windows.front(), W(D(2026, 1, 5), D(2026, 1, 11)));
    EXPECT_EQ(s->windows[1], W(D(2026, 1, 12), D(2026, 1, 18)));
    EXPECT_EQ(s->windows.back(), W(D(2026, 12, 28), D(2027, 1, 3)));
    for (size_t i = 1; i < s->windows.size(); ++i) {
      EXPECT_EQ(s->windows[i].start, s->windows[i - 1].end.AddDays(1));
      EXPECT_EQ(s->windows[i].start.iso_weekday(), 1);
    }
    EXPECT_EQ(s->rrule, "FREQ=WEEKLY;COUNT=52");
  }
  // 1 Jan 2024 is a Monday: the first week starts that day and the 53rd on Mon 30 Dec.
  absl::StatusOr<Schedule> s2024 = ParseSchedule("Mingguan", 2024);
  ASSERT_TRUE(s2024.ok());
  EXPECT_EQ(s2024->windows.size(), 53u);
  EXPECT_EQ(s2024->windows.front(), W(D(2024, 1, 1), D(2024, 1, 7)));
  EXPECT_EQ(s2024->windows.back(), W(D(2024, 12, 30), D(2025, 1, 5)));
}

TEST(ScheduleTest, NamedPeriods) {
  const auto F = ScheduleFamily::kNamedPeriods;
  ExpectCases({
      {"Triwulan I", F, kQ1},
      {"Triwulan II", F, kQ2},
      {"triwulan iii", F, kQ3},
      {"Triwulan IV 2026", F, kQ4, {2026}},
      {"Triwulan 4", F, kQ4},
      {"TW II", F, kQ2},
      {"TW. III", F, kQ3},
      {"Triwulan I s.d. III", F, kQ1 + " " + kQ2 + " " + kQ3},
      {"Triwulan I s.d. Triwulan III", F, kQ1 + " " + kQ2 + " " + kQ3},
      {"Triwulan II - IV 2026", F, kQ2 + " " + kQ3 + " " + kQ4, {2026}},
      {"TW 1 - 2", F, kQ1 + " " + kQ2},
      {"Triwulan I dan III", F, kQ1 + " " + kQ3},
      {"Triwulan I, II, III dan IV", F, kQ1 + " " + kQ2 + " " + kQ3 + " " + kQ4},
      {"Triwulan Pertama", F, kQ1},
      {"Semester I", F, kS1},
      {"Semester II", F, kS2},
      {"Semester 2 Tahun 2026", F, kS2, {2026}},
      {"Semester I dan II", F, kS1 + " " + kS2},
      {"Semester I & Semester II", F, kS1 + " " + kS2},
      {"Semester I s.d. II", F, kS1 + " " + kS2},
      {"Triwulan IV 2026 s.d. Triwulan I 2027", F, kQ4 + " 2027-01-01..2027-03-31",
       {2026, 2027}},
  });
}

TEST(ScheduleTest, RrulesOfPhrases) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Januari 2026", "FREQ=MONTHLY;BYMONTH=1;BYMONTHDAY=-1;COUNT=1"},
      {"Januari s.d. Februari 2026", "FREQ=MONTHLY;INTERVAL=2;BYMONTH=1;BYMONTHDAY=-1;COUNT=1"},
      {"April s.d. Juni", "FREQ=MONTHLY;INTERVAL=3;BYMONTH=4;BYMONTHDAY=-1;COUNT=1"},
      {"Januari s.d. Desember 2026", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1;COUNT=1"},
      {"Februari s.d. Maret", ""},  // not aligned to a period starting in January
      {"Oktober 2026 s.d. Januari 2027", ""},
      {"Januari 2025", ""},  // another year
      {"Maret, Juni, September dan Desember 2026",
       "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1;COUNT=4"},
      {"Per Triwulan", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;COUNT=4"},
      {"Per Semester", "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1;COUNT=2"},
      {"Setiap Bulan", "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=12"},
      {"Setiap 2 bulan", "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1;COUNT=6"},
      {"Tahunan", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1;COUNT=1"},
      {"Mingguan", "FREQ=WEEKLY;COUNT=52"},
      {"Triwulan II", "FREQ=MONTHLY;INTERVAL=3;BYMONTH=4;BYMONTHDAY=-1;COUNT=1"},
      {"Triwulan I s.d. III", "FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7;BYMONTHDAY=-1;COUNT=3"},
      {"Semester I dan II", "FREQ=MONTHLY;INTERVAL=6;BYMONTH=1,7;BYMONTHDAY=-1;COUNT=2"},
  };
  for (const auto& [phrase, rrule] : cases) {
    absl::StatusOr<Schedule> s = ParseSchedule(phrase, 2026);
    ASSERT_TRUE(s.ok()) << phrase << ": " << s.status();
    EXPECT_EQ(s->rrule, rrule) << phrase;
    if (rrule.empty()) continue;
    // The rule expands to exactly the phrase's windows.
    absl::StatusOr<Schedule> r = ParseRrule(rrule, 2026);
    ASSERT_TRUE(r.ok()) << rrule << ": " << r.status();
    EXPECT_EQ(r->windows, s->windows) << phrase;
    EXPECT_EQ(r->rrule, rrule);
  }
}

TEST(ScheduleTest, YearMismatchIsAWarning) {
  absl::StatusOr<Schedule> s = ParseSchedule("Januari 2025", 2026);
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_EQ(s->windows, std::vector<Window>{Month(2025, 1)});
  ASSERT_EQ(s->diagnostics.size(), 1u);
  EXPECT_EQ(s->diagnostics[0].code, "schedule_year_mismatch");
  EXPECT_EQ(s->diagnostics[0].severity, Severity::kWarning);
  EXPECT_EQ(s->diagnostics[0].field, "schedule");
  // A range that starts in the plan year and runs into the next is no mismatch.
  EXPECT_TRUE(ParseSchedule("Oktober 2026 s.d. Januari 2027", 2026)->diagnostics.empty());
  EXPECT_EQ(ParseSchedule("Oktober 2026 s.d. Januari 2027", 2027)->diagnostics.size(), 1u);
  EXPECT_EQ(ParseSchedule("Per Triwulan 2025", 2026)->diagnostics.size(), 1u);
  EXPECT_EQ(ParseSchedule("Per Triwulan 2025", 2026)->windows.front().start, D(2025, 1, 1));
  EXPECT_TRUE(ParseSchedule("Per Triwulan", 2026)->diagnostics.empty());
  EXPECT_TRUE(ParseSchedule("Januari 2026", 2026)->diagnostics.empty());
}

TEST(ScheduleTest, ErrorsNameThePhraseAndTheToken) {
  struct Bad {
    std::string phrase;
    std::string message;
  };
  const std::vector<Bad> cases = {
      {"", "target waktu kosong"},
      {"  <i> </i> ", "target waktu kosong"},
      {"Per Windu", "target waktu \"Per Windu\": \"Windu\" tidak dipahami"},
      {"Juni s.d. Maret 2026",
       "target waktu \"Juni s.d. Maret 2026\": rentang berakhir (Maret 2026) sebelum dimulai "
       "(Juni 2026)"},
      {"Oktober 2026 s.d. Januari",
       "rentang berakhir (Januari 2026) sebelum dimulai (Oktober 2026)"},
      {"Desember s.d. Januari 2027",
       "rentang berakhir (Januari 2027) sebelum dimulai (Desember 2027)"},
      {"Triwulan IV s.d. II", "rentang berakhir (Triwulan II 2026) sebelum dimulai"},
      {"Januari 2026 xyz", "\"xyz\" tidak dipahami (diharapkan akhir frasa)"},
      {"Januarii 2026", "\"Januarii\" tidak dipahami (diharapkan nama bulan"},
      {"Setiap 5 bulan", "\"5\" tidak dipahami (panjang periode dalam bulan harus membagi tahun"},
      {"Tiap 3 (empat) bulan", "angkanya menyebut 3 tetapi kata bilangannya menyebut 4"},
      {"Triwulan V", "\"V\" tidak dipahami (Triwulan hanya memiliki I, II, III dan IV)"},
      {"Semester III", "\"III\" tidak dipahami (Semester hanya memiliki I dan II)"},
      {"Triwulan", "berakhir terlalu cepat (diharapkan nomor triwulan I, II, III atau IV)"},
      {"Januari s.d.", "berakhir terlalu cepat (diharapkan nama bulan"},
      {"Maret, Maret 2026", "daftar berulang atau mundur waktunya pada Maret 2026"},
      {"Juni dan Maret", "daftar berulang atau mundur waktunya pada Maret 2026"},
      {"Januari 26", "\"26\" tidak dipahami (diharapkan tahun empat angka)"},
      {"Januari; Februari", "\";\" tidak dipahami"},
      {"Setiap", "berakhir terlalu cepat"},
      {"Setiap Hari", "\"Hari\" tidak dipahami"},
      {"Tahun 2026", "\"Tahun\" tidak dipahami"},
  };
  for (const Bad& b : cases) {
    absl::StatusOr<Schedule> s = ParseSchedule(b.phrase, 2026);
    ASSERT_FALSE(s.ok()) << "'" << b.phrase << "' parsed";
    EXPECT_TRUE(absl::IsInvalidArgument(s.status()));
    EXPECT_NE(s.status().message().find(b.message), std::string::npos)
        << s.status().message() << "\n  expected: " << b.message;
  }
  EXPECT_FALSE(ParseSchedule("Januari", 0).ok());
}

// ---- RRULE ------------------------------------------------------------------------------

TEST(RruleTest, Periods) {
  struct RuleCase {
    std::string rule;
    std::string windows;
    std::string canonical = "";
  };
  const std::vector<RuleCase> cases = {
      // MONTHLY: a period is INTERVAL months starting at the generated month.
      {"FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;COUNT=4", kQ1 + " " + kQ2 + " " + kQ3 + " " + kQ4},
      {"FREQ=MONTHLY;INTERVAL=3", kQ1 + " " + kQ2 + " " + kQ3 + " " + kQ4},
      {"rrule:freq=monthly;interval=6", kS1 + " " + kS2, "FREQ=MONTHLY;INTERVAL=6"},
      {"FREQ=MONTHLY;BYMONTH=6,12", "2026-06-01..2026-06-30 2026-12-01..2026-12-31"},
      {"FREQ=MONTHLY;BYMONTH=12,6,6", "2026-06-01..2026-06-30 2026-12-01..2026-12-31",
       "FREQ=MONTHLY;BYMONTH=6,12"},
      {"FREQ=MONTHLY;COUNT=2", "2026-01-01..2026-01-31 2026-02-01..2026-02-28"},
      // UNTIL is inclusive and compares instances: day 1 of each month up to 1 Mar.
      {"FREQ=MONTHLY;UNTIL=20260301", "2026-01-01..2026-01-31 2026-02-01..2026-02-28 "
                                      "2026-03-01..2026-03-31"},
      // With BYMONTHDAY=-1 the instances are month ends: 31 Jan and 28 Feb only.
      {"FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20260330",
       "2026-01-01..2026-01-31 2026-02-01..2026-02-28"},
      // BYMONTHDAY=31 skips months without a 31st (RFC 5545): 7 months.
      {"FREQ=MONTHLY;BYMONTHDAY=31",
       "2026-01-01..2026-01-31 2026-03-01..2026-03-31 2026-05-01..2026-05-31 "
       "2026-07-01..2026-07-31 2026-08-01..2026-08-31 2026-10-01..2026-10-31 "
       "2026-12-01..2026-12-31"},
      // Two days in one period still give one window; COUNT counts instances.
      {"FREQ=MONTHLY;BYMONTHDAY=1,15;COUNT=3", "2026-01-01..2026-01-31 2026-02-01..2026-02-28"},
      // INTERVAL=5 does not divide the year: the last period runs into 2027.
      {"FREQ=MONTHLY;INTERVAL=5",
       "2026-01-01..2026-05-31 2026-06-01..2026-10-31 2026-11-01..2027-03-31"},
      // INTERVAL=3 generates Jan, Apr, Jul, Oct; BYMONTH keeps April only.
      {"FREQ=MONTHLY;INTERVAL=3;BYMONTH=4", kQ2},
      // YEARLY: the period is the year, however many instances.
      {"FREQ=YEARLY", "2026-01-01..2026-12-31"},
      {"FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=15", "2026-01-01..2026-12-31"},
      {"FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1;COUNT=1", "2026-01-01..2026-12-31"},
      // WEEKLY: ISO weeks from the first Monday of the year.
      {"FREQ=WEEKLY;COUNT=2", "2026-01-05..2026-01-11 2026-01-12..2026-01-18"},
      {"FREQ=WEEKLY;INTERVAL=2;COUNT=2", "2026-01-05..2026-01-18 2026-01-19..2026-02-01"},
      {"FREQ=WEEKLY;BYMONTH=2",
       "2026-02-02..2026-02-08 2026-02-09..2026-02-15 2026-02-16..2026-02-22 "
       "2026-02-23..2026-03-01"},
      {"FREQ=WEEKLY;UNTIL=20260112", "2026-01-05..2026-01-11 2026-01-12..2026-01-18"},
  };
  for (const RuleCase& c : cases) {
    SCOPED_TRACE(c.rule);
    absl::StatusOr<Schedule> s = ParseRrule(c.rule, 2026);
    ASSERT_TRUE(s.ok()) << s.status();
    EXPECT_EQ(s->family, ScheduleFamily::kRrule);
    EXPECT_EQ(Show(s->windows), c.windows);
    EXPECT_EQ(s->rrule, c.canonical.empty() ? c.rule : c.canonical);
    EXPECT_TRUE(s->diagnostics.empty());
  }
  EXPECT_EQ(ParseRrule("FREQ=WEEKLY", 2026)->windows.size(), 52u);
  EXPECT_EQ(ParseRrule("FREQ=MONTHLY;COUNT=20", 2026)->windows.size(), 12u);  // year-bounded
}

TEST(RruleTest, ErrorsNameThePart) {
  struct Bad {
    std::string rule;
    std::string message;
  };
  const std::vector<Bad> cases = {
      {"", "rrule kosong"},
      {"FREQ=DAILY", "FREQ=DAILY tidak didukung (diharapkan MONTHLY, WEEKLY atau YEARLY)"},
      {"FREQ=MONTHLY;BYDAY=MO", "BYDAY=MO tidak didukung (yang didukung: FREQ, INTERVAL"},
      {"INTERVAL=2", "FREQ tidak ada"},
      {"FREQ=MONTHLY;INTERVAL=0", "INTERVAL=0 memerlukan bilangan bulat dari 1 sampai 1000"},
      {"FREQ=MONTHLY;INTERVAL=x", "INTERVAL=x memerlukan bilangan bulat"},
      {"FREQ=MONTHLY;BYMONTH=13", "BYMONTH=13 memuat '13'; diharapkan 1..12"},
      {"FREQ=MONTHLY;BYMONTH=1,,2", "BYMONTH=1,,2 memuat ''"},
      {"FREQ=MONTHLY;BYMONTHDAY=0", "BYMONTHDAY=0 memuat '0'; diharapkan 1..31 atau -31..-1"},
      {"FREQ=MONTHLY;BYMONTHDAY=-32", "BYMONTHDAY=-32 memuat '-32'"},
      {"FREQ=MONTHLY;COUNT=0", "COUNT=0 memerlukan bilangan bulat dari 1 sampai 1000"},
      {"FREQ=MONTHLY;UNTIL=2026-12-31", "UNTIL=2026-12-31 memerlukan tanggal YYYYMMDD"},
      {"FREQ=MONTHLY;UNTIL=20261231T000000Z", "memerlukan tanggal YYYYMMDD (tanggal-waktu tidak"},
      {"FREQ=MONTHLY;UNTIL=20260230", "UNTIL=20260230 memerlukan tanggal YYYYMMDD"},
      {"FREQ=MONTHLY;COUNT=2;UNTIL=20261231", "COUNT bersama UNTIL tidak diperbolehkan"},
      {"FREQ=WEEKLY;BYMONTHDAY=1", "BYMONTHDAY tidak dapat dipakai dengan FREQ=WEEKLY"},
      {"FREQ=MONTHLY;FREQ=YEARLY", "FREQ=YEARLY mengulang FREQ"},
      {"FREQ=MONTHLY;;COUNT=2", "bagian kosong tidak diperbolehkan"},
      {"FREQ=MONTHLY;COUNT", "COUNT tidak berbentuk NAMA=NILAI"},
      {"FREQ=MONTHLY;COUNT=", "COUNT= tidak memiliki nilai"},
      {"FREQ=MONTHLY;UNTIL=20251231", "tidak menghasilkan periode apa pun pada tahun 2026"},
      {"FREQ=MONTHLY;INTERVAL=3;BYMONTH=2", "tidak menghasilkan periode apa pun pada tahun 2026"},
  };
  for (const Bad& b : cases) {
    absl::StatusOr<Schedule> s = ParseRrule(b.rule, 2026);
    ASSERT_FALSE(s.ok()) << "'" << b.rule << "' parsed";
    EXPECT_TRUE(absl::IsInvalidArgument(s.status()));
    EXPECT_NE(s.status().message().find(b.message), std::string::npos)
        << s.status().message() << "\n  expected: " << b.message;
  }
}

// Every schedule of the embedded decree parses, except 4.2.3.4 whose cells are empty.
TEST(ScheduleTest, EveryPhraseOfTheEmbeddedPlanParses) {
  absl::StatusOr<Plan> plan = DefaultPlan();
  ASSERT_TRUE(plan.ok()) << plan.status();
  int parsed = 0;
  for (const IndicatorRef& r : plan->indicators()) {
    const Indicator& ind = *r.indicator;
    if (ind.id == "4.2.3.4") {
      EXPECT_TRUE(ind.schedule.empty());
      EXPECT_FALSE(ParseSchedule(ind.schedule, 2026).ok());
      continue;
    }
    absl::StatusOr<Schedule> s = ParseSchedule(ind.schedule, plan->year());
    ASSERT_TRUE(s.ok()) << ind.id << ": " << s.status();
    EXPECT_TRUE(s->diagnostics.empty()) << ind.id;
    EXPECT_FALSE(s->rrule.empty()) << ind.id << " " << ind.schedule;
    ++parsed;
  }
  EXPECT_EQ(parsed, 63);
}

}  // namespace
}  // namespace zi
