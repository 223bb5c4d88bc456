// The ID-2026 working-day calendar against hand-counted tables (docs/calendar-format.md,
// "ID-2026"), the QuantLib-style operations, and the zi.calendar/1 reader's errors.
#include "zi/deadline/calendar.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "test_util.hpp"
#include "zi/compliance/scoring.hpp"
#include "zi/deadline/occurrence.hpp"
#include "zi/io/calendar_json.hpp"
#include "zi/defaults.hpp"

namespace zi {
namespace {

Date D(int y, int m, int d) { return Date::FromYmd(y, m, d); }

using testing::Id2026;

Calendar CutiBersamaWorking() {
  return Id2026().WithOptions(CalendarOptions{.cuti_bersama_is_working_day = true});
}

TEST(CalendarTest, DefaultIsId2026WithTheSkbHolidays) {
  ASSERT_TRUE(DefaultCalendar().ok()) << DefaultCalendar().status();
  const Calendar& c = Id2026();
  EXPECT_EQ(c.name(), "ID-2026");
  EXPECT_EQ(std::vector<int>(c.years().begin(), c.years().end()), std::vector<int>{2026});
  EXPECT_TRUE(c.Covers(2026));
  EXPECT_FALSE(c.Covers(2025));
  EXPECT_FALSE(c.Covers(2027));
  // The SKB 3 Menteri list, by date and kind (docs/calendar-format.md, "ID-2026").
  const std::vector<std::pair<std::string, HolidayKind>> expected = {
      {"2026-01-01", HolidayKind::kLiburNasional}, {"2026-01-16", HolidayKind::kLiburNasional},
      {"2026-02-16", HolidayKind::kCutiBersama},   {"2026-02-17", HolidayKind::kLiburNasional},
      {"2026-03-18", HolidayKind::kCutiBersama},   {"2026-03-19", HolidayKind::kLiburNasional},
      {"2026-03-20", HolidayKind::kCutiBersama},   {"2026-03-21", HolidayKind::kLiburNasional},
      {"2026-03-22", HolidayKind::kLiburNasional}, {"2026-03-23", HolidayKind::kCutiBersama},
      {"2026-03-24", HolidayKind::kCutiBersama},   {"2026-04-03", HolidayKind::kLiburNasional},
      {"2026-04-05", HolidayKind::kLiburNasional}, {"2026-05-01", HolidayKind::kLiburNasional},
      {"2026-05-14", HolidayKind::kLiburNasional}, {"2026-05-15", HolidayKind::kCutiBersama},
      {"2026-05-27", HolidayKind::kLiburNasional}, {"2026-05-28", HolidayKind::kCutiBersama},
      {"2026-05-31", HolidayKind::kLiburNasional}, {"2026-06-01", HolidayKind::kLiburNasional},
      {"2026-06-16", HolidayKind::kLiburNasional}, {"2026-08-17", HolidayKind::kLiburNasional},
      {"2026-08-25", HolidayKind::kLiburNasional}, {"2026-12-24", HolidayKind::kCutiBersama},
      {"2026-12-25", HolidayKind::kLiburNasional},
  };
  std::vector<std::pair<std::string, HolidayKind>> actual;
  for (const Holiday& h : c.HolidaysIn(2026)) {
    actual.emplace_back(FormatIsoDate(h.date), h.kind);
    EXPECT_FALSE(h.name.empty());
  }
  EXPECT_EQ(actual, expected);
  EXPECT_EQ(c.holidays().size(), 25u);
  EXPECT_TRUE(c.HolidaysIn(2027).empty());
  EXPECT_EQ(c.FindHoliday(D(2026, 8, 17))->name,
            "Hari Proklamasi Kemerdekaan Republik Indonesia");
  EXPECT_EQ(c.FindHoliday(D(2026, 3, 21))->name, "Idulfitri 1447 Hijriah");
  EXPECT_EQ(c.FindHoliday(D(2026, 8, 18)), nullptr);
}

// 261 weekdays − 13 weekday libur nasional − 8 cuti bersama = 240.
TEST(CalendarTest, WorkingDaysPerMonthAndYear2026) {
  const int expected[12] = {20, 18, 17, 21, 16, 20, 23, 19, 22, 22, 21, 21};
  UncoveredYears uncovered;
  int total = 0;
  for (int m = 1; m <= 12; ++m) {
    const int n = Id2026().WorkingDaysBetween(D(2026, m, 1), D(2026, m, Date::DaysInMonth(2026, m)),
                                              true, true, &uncovered);
    EXPECT_EQ(n, expected[m - 1]) << "month " << m;
    total += n;
  }
  EXPECT_EQ(total, 240);
  EXPECT_EQ(Id2026().WorkingDaysBetween(D(2026, 1, 1), D(2027, 1, 1)), 240);
  // Quarters: 55, 57, 64, 64.
  EXPECT_EQ(Id2026().WorkingDaysBetween(D(2026, 1, 1), D(2026, 4, 1)), 55);
  EXPECT_EQ(Id2026().WorkingDaysBetween(D(2026, 4, 1), D(2026, 7, 1)), 57);
  EXPECT_EQ(Id2026().WorkingDaysBetween(D(2026, 7, 1), D(2026, 10, 1)), 64);
  EXPECT_EQ(Id2026().WorkingDaysBetween(D(2026, 10, 1), D(2026, 12, 31), true, true), 64);
  EXPECT_TRUE(uncovered.empty());
}

// Cuti bersama as working days: Feb +1 (16 Feb), Mar +4 (18, 20, 23, 24), May +2 (15,
// 28), Dec +1 (24): 248.
TEST(CalendarTest, CutiBersamaAsWorkingDaysChangesTheCounts) {
  const Calendar c = CutiBersamaWorking();
  const int expected[12] = {20, 19, 21, 21, 18, 20, 23, 19, 22, 22, 21, 22};
  for (int m = 1; m <= 12; ++m) {
    EXPECT_EQ(c.WorkingDaysBetween(D(2026, m, 1), D(2026, m, Date::DaysInMonth(2026, m)), true,
                                   true),
              expected[m - 1])
        << "month " << m;
  }
  EXPECT_EQ(c.WorkingDaysBetween(D(2026, 1, 1), D(2027, 1, 1)), 248);
  EXPECT_TRUE(c.IsWorkingDay(D(2026, 2, 16)));
  EXPECT_FALSE(c.IsHoliday(D(2026, 2, 16)));
  EXPECT_FALSE(c.IsWorkingDay(D(2026, 2, 17)));  // libur nasional stays
  EXPECT_TRUE(c.IsHoliday(D(2026, 2, 17)));
  // The option does not touch the shared data.
  EXPECT_FALSE(Id2026().IsWorkingDay(D(2026, 2, 16)));
  EXPECT_EQ(&c.data(), &Id2026().data());
  EXPECT_FALSE(c == Id2026());
  EXPECT_EQ(c.WithOptions({}), Id2026());
}

TEST(CalendarTest, IdulfitriWeek) {
  struct Row {
    int day;
    bool working;
    bool working_if_cb_works;
  };
  // Tue 17 .. Wed 25 March 2026.
  const std::vector<Row> rows = {
      {17, true, true},    // Selasa
      {18, false, true},   // Rabu, cuti bersama Nyepi
      {19, false, false},  // Kamis, Nyepi
      {20, false, true},   // Jumat, cuti bersama Idulfitri
      {21, false, false},  // Sabtu, Idulfitri
      {22, false, false},  // Minggu, Idulfitri
      {23, false, true},   // Senin, cuti bersama
      {24, false, true},   // Selasa, cuti bersama
      {25, true, true},    // Rabu
  };
  const Calendar cb = CutiBersamaWorking();
  for (const Row& r : rows) {
    EXPECT_EQ(Id2026().IsWorkingDay(D(2026, 3, r.day)), r.working) << r.day;
    EXPECT_EQ(cb.IsWorkingDay(D(2026, 3, r.day)), r.working_if_cb_works) << r.day;
  }
  EXPECT_EQ(Id2026().WorkingDaysBetween(D(2026, 3, 18), D(2026, 3, 24), true, true), 0);
  EXPECT_EQ(cb.WorkingDaysBetween(D(2026, 3, 18), D(2026, 3, 24), true, true), 4);
  EXPECT_EQ(Id2026().Advance(D(2026, 3, 17), 1), D(2026, 3, 25));
  EXPECT_EQ(cb.Advance(D(2026, 3, 17), 1), D(2026, 3, 18));
  EXPECT_EQ(cb.Advance(D(2026, 3, 17), 3), D(2026, 3, 23));
}

TEST(CalendarTest, WeekendsAndHolidays) {
  const Calendar& c = Id2026();
  EXPECT_TRUE(Calendar::IsWeekend(D(2026, 1, 31)));   // Sabtu
  EXPECT_TRUE(Calendar::IsWeekend(D(2026, 2, 1)));    // Minggu
  EXPECT_FALSE(Calendar::IsWeekend(D(2026, 2, 2)));   // Senin
  EXPECT_TRUE(c.IsHoliday(D(2026, 4, 5)));            // Paskah on a Sunday
  EXPECT_FALSE(c.IsWorkingDay(D(2026, 4, 5)));
  EXPECT_FALSE(c.IsWorkingDay(D(2026, 1, 1)));
  EXPECT_TRUE(c.IsWorkingDay(D(2026, 1, 2)));
  EXPECT_TRUE(c.IsWorkingDay(D(2026, 12, 31)));       // Kamis
  EXPECT_FALSE(c.IsWorkingDay(D(2026, 12, 24)));
  EXPECT_FALSE(c.IsWorkingDay(D(2026, 12, 25)));
}

TEST(CalendarTest, AdjustEveryConvention) {
  struct Case {
    Date date;
    Date following, modified_following, preceding;
  };
  const std::vector<Case> cases = {
      // Sat 31 Jan: Mon 2 Feb is another month, so modified following goes back to Fri 30.
      {D(2026, 1, 31), D(2026, 2, 2), D(2026, 1, 30), D(2026, 1, 30)},
      // Sat 28 Feb: Mon 2 Mar, back to Fri 27 Feb.
      {D(2026, 2, 28), D(2026, 3, 2), D(2026, 2, 27), D(2026, 2, 27)},
      // Fri 20 Mar (cuti bersama Idulfitri): Wed 25 Mar, same month; back to Tue 17.
      {D(2026, 3, 20), D(2026, 3, 25), D(2026, 3, 25), D(2026, 3, 17)},
      {D(2026, 3, 18), D(2026, 3, 25), D(2026, 3, 25), D(2026, 3, 17)},
      // Thu 24 Dec (cuti bersama) and Fri 25 Dec (Natal): Mon 28, back to Wed 23.
      {D(2026, 12, 24), D(2026, 12, 28), D(2026, 12, 28), D(2026, 12, 23)},
      {D(2026, 12, 25), D(2026, 12, 28), D(2026, 12, 28), D(2026, 12, 23)},
      // Thu 31 Dec is a working day: unchanged by every convention.
      {D(2026, 12, 31), D(2026, 12, 31), D(2026, 12, 31), D(2026, 12, 31)},
      // Sat 30 May: Sun 31 Waisak, Mon 1 Jun Pancasila → Tue 2 Jun; modified: Fri 29 May.
      {D(2026, 5, 30), D(2026, 6, 2), D(2026, 5, 29), D(2026, 5, 29)},
      // Sun 27 Dec: Mon 28 Dec in the same month.
      {D(2026, 12, 27), D(2026, 12, 28), D(2026, 12, 28), D(2026, 12, 23)},
      // Fri 1 Jan (Tahun Baru): Fri 2 Jan... is a working day, preceding falls into 2025.
      {D(2026, 1, 1), D(2026, 1, 2), D(2026, 1, 2), D(2025, 12, 31)},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(FormatIsoDate(c.date));
    EXPECT_EQ(Id2026().Adjust(c.date, Convention::kFollowing), c.following);
    EXPECT_EQ(Id2026().Adjust(c.date, Convention::kModifiedFollowing), c.modified_following);
    EXPECT_EQ(Id2026().Adjust(c.date, Convention::kPreceding), c.preceding);
    EXPECT_EQ(Id2026().Adjust(c.date, Convention::kUnadjusted), c.date);
  }
}

TEST(CalendarTest, AdjustReportsUncoveredYears) {
  UncoveredYears u;
  // Sat 2 Jan 2027 → Mon 4 Jan 2027 with weekends only.
  EXPECT_EQ(Id2026().Adjust(D(2027, 1, 2), Convention::kFollowing, &u), D(2027, 1, 4));
  EXPECT_EQ(u.years(), std::vector<int>{2027});
  u.clear();
  EXPECT_EQ(Id2026().Adjust(D(2026, 1, 1), Convention::kPreceding, &u), D(2025, 12, 31));
  EXPECT_EQ(u.years(), std::vector<int>{2025});
  u.clear();
  EXPECT_EQ(Id2026().Adjust(D(2026, 12, 31), Convention::kFollowing, &u), D(2026, 12, 31));
  EXPECT_TRUE(u.empty());
  // Unadjusted looks at nothing.
  EXPECT_EQ(Id2026().Adjust(D(2030, 6, 1), Convention::kUnadjusted, &u), D(2030, 6, 1));
  EXPECT_TRUE(u.empty());
}

TEST(CalendarTest, AdvanceAcrossHolidays) {
  struct Case {
    Date from;
    int n;
    Date expected;
  };
  const std::vector<Case> cases = {
      // Quarter ends + 5 working days (PP 39/2006): 8 Apr, 7 Jul, 7 Oct 2026.
      {D(2026, 3, 31), 5, D(2026, 4, 8)},  // 1, 2 Apr; 3 Apr Wafat Yesus Kristus; 6, 7, 8
      {D(2026, 6, 30), 5, D(2026, 7, 7)},
      {D(2026, 9, 30), 5, D(2026, 10, 7)},
      {D(2026, 2, 13), 1, D(2026, 2, 18)},   // Fri → Mon 16 CB, Tue 17 Imlek → Wed 18
      {D(2026, 5, 13), 1, D(2026, 5, 18)},   // Wed → 14 LN, 15 CB, weekend → Mon 18
      {D(2026, 5, 26), 1, D(2026, 5, 29)},   // Tue → 27 LN, 28 CB → Fri 29
      {D(2026, 5, 29), 1, D(2026, 6, 2)},    // Fri → weekend (31 Waisak), 1 Jun → Tue 2
      {D(2026, 12, 23), 1, D(2026, 12, 28)},
      {D(2026, 1, 31), 1, D(2026, 2, 2)},    // from a Saturday
      {D(2026, 3, 25), -1, D(2026, 3, 17)},
      {D(2026, 4, 8), -5, D(2026, 3, 31)},
      {D(2026, 8, 18), -1, D(2026, 8, 14)},  // Tue → Mon 17 Aug is a holiday → Fri 14
      {D(2026, 3, 21), 0, D(2026, 3, 21)},   // 0: the date itself, unadjusted
  };
  for (const Case& c : cases) {
    UncoveredYears u;
    EXPECT_EQ(Id2026().Advance(c.from, c.n, &u), c.expected)
        << FormatIsoDate(c.from) << " " << c.n;
    EXPECT_TRUE(u.empty()) << FormatIsoDate(c.from);
  }
}

TEST(CalendarTest, AdvanceIntoUncoveredYearsWarns) {
  UncoveredYears u;
  // Thu 31 Dec 2026 + 5: 2027 is not covered, so 1 Jan 2027 (Fri) counts as a working
  // day: 1, 4, 5, 6, 7 Jan. (8 Jan needs a 2027 calendar listing 1 Jan.)
  EXPECT_EQ(Id2026().Advance(D(2026, 12, 31), 5, &u), D(2027, 1, 7));
  EXPECT_EQ(u.years(), std::vector<int>{2027});
  u.clear();
  // Fri 2 Jan 2026 − 1: 1 Jan is a holiday → Wed 31 Dec 2025 (weekends only).
  EXPECT_EQ(Id2026().Advance(D(2026, 1, 2), -1, &u), D(2025, 12, 31));
  EXPECT_EQ(u.years(), std::vector<int>{2025});
  const std::vector<Diagnostic> ds = UncoveredYearDiagnostics(Id2026(), u);
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].code, "calendar_year_not_covered");
  EXPECT_EQ(ds[0].severity, Severity::kWarning);
  EXPECT_NE(ds[0].message.find("2025"), std::string::npos);
  // Without a collector the answer is the same.
  EXPECT_EQ(Id2026().Advance(D(2026, 12, 31), 5), D(2027, 1, 7));
}

TEST(CalendarTest, WorkingDaysBetweenIntervals) {
  const Calendar& c = Id2026();
  // Mon 2 Feb .. Fri 6 Feb: all five working.
  const Date mon = D(2026, 2, 2), fri = D(2026, 2, 6);
  EXPECT_EQ(c.WorkingDaysBetween(mon, fri), 4);               // [mon, fri)
  EXPECT_EQ(c.WorkingDaysBetween(mon, fri, true, true), 5);   // [mon, fri]
  EXPECT_EQ(c.WorkingDaysBetween(mon, fri, false, true), 4);  // (mon, fri]
  EXPECT_EQ(c.WorkingDaysBetween(mon, fri, false, false), 3); // (mon, fri)
  // Reversed: minus the count with the flags swapped.
  EXPECT_EQ(c.WorkingDaysBetween(fri, mon), -4);              // -(mon, fri]
  EXPECT_EQ(c.WorkingDaysBetween(fri, mon, true, true), -5);
  EXPECT_EQ(c.WorkingDaysBetween(fri, mon, false, true), -4);  // -[mon, fri)
  // Same day.
  EXPECT_EQ(c.WorkingDaysBetween(mon, mon), 0);
  EXPECT_EQ(c.WorkingDaysBetween(mon, mon, true, true), 1);
  EXPECT_EQ(c.WorkingDaysBetween(D(2026, 2, 16), D(2026, 2, 16), true, true), 0);
  // Endpoints on holidays and weekends change nothing.
  EXPECT_EQ(c.WorkingDaysBetween(D(2026, 2, 14), D(2026, 2, 22), true, true), 3);  // 18, 19, 20
  // Across the year end: 28..31 Dec 2026 (4) + 1..8 Jan 2027 with weekends only (6).
  UncoveredYears u;
  EXPECT_EQ(c.WorkingDaysBetween(D(2026, 12, 28), D(2027, 1, 8), true, true, &u), 10);
  EXPECT_EQ(u.years(), std::vector<int>{2027});
  // A year outside the coverage counts weekdays only: 2025 has 261.
  u.clear();
  EXPECT_EQ(c.WorkingDaysBetween(D(2025, 1, 1), D(2026, 1, 1), true, false, &u), 261);
  EXPECT_EQ(u.years(), std::vector<int>{2025});
  // The closed form agrees with counting day by day over a long span.
  int counted = 0;
  for (Date d = D(2024, 11, 3); d < D(2027, 2, 9); d = d.AddDays(1)) counted += c.IsWorkingDay(d);
  EXPECT_EQ(c.WorkingDaysBetween(D(2024, 11, 3), D(2027, 2, 9)), counted);
}

TEST(CalendarTest, WeekendsOnlyDefaultCoversNothing) {
  const Calendar c;
  EXPECT_EQ(c.name(), "weekends-only");
  EXPECT_TRUE(c.holidays().empty());
  UncoveredYears u;
  EXPECT_TRUE(c.IsWorkingDay(D(2026, 1, 1), &u));
  EXPECT_EQ(u.years(), std::vector<int>{2026});
  EXPECT_EQ(c.WorkingDaysBetween(D(2026, 1, 1), D(2027, 1, 1)), 261);
}

TEST(CalendarTest, CopiesShareDataAndReadConcurrently) {
  const Calendar a = Id2026();
  const Calendar b = a;
  EXPECT_EQ(&a.data(), &b.data());
  std::vector<std::thread> threads;
  std::vector<int> counts(4, 0);
  for (size_t t = 0; t < counts.size(); ++t) {
    threads.emplace_back([&, t] {
      const Calendar mine = b;
      counts[t] = mine.WorkingDaysBetween(D(2026, 1, 1), D(2027, 1, 1));
    });
  }
  for (std::thread& th : threads) th.join();
  EXPECT_EQ(counts, std::vector<int>(4, 240));
}

TEST(CalendarTest, CreateValidates) {
  const auto make = [](std::vector<int> years, std::vector<Holiday> hs) {
    CalendarData d;
    d.name = "T";
    d.years = std::move(years);
    d.holidays = std::move(hs);
    return Calendar::Create(std::move(d));
  };
  const Holiday newyear{D(2026, 1, 1), HolidayKind::kLiburNasional, "", "Tahun Baru"};
  EXPECT_TRUE(make({2026}, {newyear}).ok());
  EXPECT_FALSE(make({2027}, {newyear}).ok());         // outside the covered years
  EXPECT_FALSE(make({2026, 2026}, {newyear}).ok());   // year twice
  EXPECT_FALSE(make({2026}, {newyear, newyear}).ok());  // date twice
  EXPECT_FALSE(make({2026}, {Holiday{D(2026, 1, 2), HolidayKind::kLiburNasional, "", ""}}).ok());
  EXPECT_FALSE(make({2026}, {Holiday{D(2026, 1, 2), HolidayKind::kCutiBersama, "x", "CB"}}).ok());
  EXPECT_FALSE(
      make({2026}, {Holiday{D(2026, 1, 2), HolidayKind::kLiburDaerah, "Bad Region", "X"}}).ok());
  absl::StatusOr<Calendar> dup = make({2026}, {newyear, newyear});
  EXPECT_NE(dup.status().message().find("2026-01-01 tercantum dua kali"), std::string::npos)
      << dup.status();
  EXPECT_FALSE(Calendar::Create(CalendarData{}).ok());  // no name
}

TEST(CalendarTest, HolidayKinds) {
  EXPECT_EQ(ParseHolidayKind("libur_nasional")->first, HolidayKind::kLiburNasional);
  EXPECT_EQ(ParseHolidayKind("cuti_bersama")->first, HolidayKind::kCutiBersama);
  EXPECT_EQ(*ParseHolidayKind("libur_daerah"), std::pair(HolidayKind::kLiburDaerah, std::string()));
  EXPECT_EQ(*ParseHolidayKind("libur_daerah:sulteng"),
            std::pair(HolidayKind::kLiburDaerah, std::string("sulteng")));
  for (const char* bad : {"", "libur", "Libur_Nasional", "cuti-bersama", "libur_daerah:",
                          "libur_daerah:Palu", "libur_daerah:-x", "libur_daerahx", "regional"}) {
    EXPECT_FALSE(ParseHolidayKind(bad).has_value()) << bad;
  }
  EXPECT_EQ(HolidayKindString(Holiday{D(2026, 9, 1), HolidayKind::kLiburDaerah, "palu", "x"}),
            "libur_daerah:palu");
}

// ---- zi.calendar/1 ---------------------------------------------------------------------

TEST(CalendarJsonTest, EmbeddedFileIsCanonical) {
  const std::optional<std::string_view> bytes = EmbeddedData("calendars/ID-2026.json");
  ASSERT_TRUE(bytes.has_value());
  EXPECT_EQ(WriteCalendarJson(Id2026()), std::string(*bytes));
  EXPECT_EQ(EmbeddedCalendarNames(), (std::vector<std::string>{"ID-2026", "ID-2027"}));
  EXPECT_EQ(*EmbeddedCalendar("ID-2026"), Id2026());
  absl::StatusOr<Calendar> missing = EmbeddedCalendar("ID-2031");
  EXPECT_TRUE(absl::IsNotFound(missing.status()));
  EXPECT_NE(missing.status().message().find("ID-2026"), std::string::npos);
  EXPECT_EQ(CalendarForPlan(*DefaultPlan())->name(), "ID-2026");
}

// ---- built-in calendars: every one names its legal basis and whether its dates are final -

TEST(BuiltInCalendarTest, EachRecordsItsSourceAndStatus) {
  for (const std::string& name : EmbeddedCalendarNames()) {
    SCOPED_TRACE(name);
    absl::StatusOr<Calendar> c = EmbeddedCalendar(name);
    ASSERT_TRUE(c.ok()) << c.status();
    EXPECT_FALSE(c->data().source.empty());
    EXPECT_NE(c->data().status, CalendarStatus::kUnspecified);
    const std::optional<std::string_view> bytes = EmbeddedData("calendars/" + name + ".json");
    ASSERT_TRUE(bytes.has_value());
    EXPECT_EQ(WriteCalendarJson(*c), std::string(*bytes));  // canonical, so it round-trips
  }
}

TEST(BuiltInCalendarTest, Id2027HasTheSkbDates) {
  absl::StatusOr<Calendar> c = EmbeddedCalendar("ID-2027");
  ASSERT_TRUE(c.ok()) << c.status();
  EXPECT_EQ(c->data().status, CalendarStatus::kConfirmed);
  EXPECT_EQ(std::vector<int>(c->years().begin(), c->years().end()), std::vector<int>{2027});
  int libur = 0, cuti = 0;
  for (const Holiday& h : c->holidays()) (h.kind == HolidayKind::kCutiBersama ? cuti : libur)++;
  EXPECT_EQ(libur, 18);
  EXPECT_EQ(cuti, 8);
  // Nyepi (8 Mar), its cuti bersama (9 Mar), Idulfitri (10-11 Mar) and two more cuti
  // bersama (12 and 15 Mar) close the office for six working days in a row.
  for (int day : {8, 9, 10, 11, 12, 15}) EXPECT_FALSE(c->IsWorkingDay(D(2027, 3, day))) << day;
  EXPECT_TRUE(c->IsWorkingDay(D(2027, 3, 16)));
  EXPECT_TRUE(c->IsWorkingDay(D(2027, 12, 27)));  // Monday after Natal and Isra Mikraj
  EXPECT_FALSE(c->IsWorkingDay(D(2027, 12, 24)));
  // Ten working days after the end of February: 22 March, not 12 March.
  EXPECT_EQ(c->Advance(D(2027, 2, 28), 10), D(2027, 3, 22));
  EXPECT_EQ(Calendar().Advance(D(2027, 2, 28), 10), D(2027, 3, 12));
  // With cuti bersama as working days only the libur nasional remain: 8, 10 and 11 March.
  CalendarOptions working;
  working.cuti_bersama_is_working_day = true;
  EXPECT_EQ(c->WithOptions(working).Advance(D(2027, 2, 28), 10), D(2027, 3, 17));
}

TEST(BuiltInCalendarTest, A2027PlanScoresOnId2027) {
  PlanData p = testing::OneIndicatorPlan();
  p.satker = Satker{"KPU-7203", "KPU Kabupaten Donggala", SatkerLevel::kKabkota, "KPU-72",
                    TimeZone::kWITA};
  p.year = 2027;
  p.due_policy = DuePolicy{DueOffset::kWorkingDays, 10, 0, Convention::kFollowing};
  Indicator& ind = p.components[0].aspects[0].activities[0].indicators[0];
  ind.schedule = "Februari 2027";
  ind.target = "1 (satu) Laporan";
  const Plan plan(std::move(p));

  absl::StatusOr<Calendar> calendar = CalendarForPlan(plan);
  ASSERT_TRUE(calendar.ok()) << calendar.status();
  EXPECT_EQ(calendar->name(), "ID-2027");
  const PlanOccurrences occ = ExpandOccurrences(plan, *calendar);
  ASSERT_EQ(occ.occurrences.size(), 1u);
  EXPECT_EQ(occ.occurrences[0].due, D(2027, 3, 22));
  EXPECT_TRUE(occ.diagnostics.empty());
  // On 19 March it is still open (a weekends-only calendar would have it overdue since the
  // 12th); on 23 March, with nothing filed, it is overdue.
  const std::vector<EvidenceRecord> none;
  auto status_on = [&](Date as_of) {
    return ScorePlan(plan, occ, none, as_of).FindIndicator("1.1.1.1")->occurrences[0].status;
  };
  EXPECT_EQ(status_on(D(2027, 3, 19)), OccurrenceStatus::kOpen);
  EXPECT_EQ(status_on(D(2027, 3, 23)), OccurrenceStatus::kOverdue);
}

TEST(BuiltInCalendarTest, AYearNotBuiltInNamesTheFix) {
  PlanData p = testing::OneIndicatorPlan();
  p.year = 2028;
  absl::StatusOr<Calendar> c = CalendarForPlan(Plan(std::move(p)));
  ASSERT_TRUE(absl::IsNotFound(c.status())) << c.status();
  const std::string m(c.status().message());
  EXPECT_NE(m.find("'ID-2028'"), std::string::npos) << m;
  EXPECT_NE(m.find("ID-2026 (2026); ID-2027 (2027)"), std::string::npos) << m;
  EXPECT_NE(m.find("--calendar BERKAS"), std::string::npos) << m;
}

TEST(CalendarJsonTest, StatusIsConfirmedOrProvisional) {
  const std::string base =
      R"({"format": "zi.calendar/1", "name": "X", "years": [2027], "holidays": []})";
  auto with_status = [&](const std::string& status) {
    std::string json = base;
    json.insert(json.size() - 1, R"(, "status": ")" + status + R"(")");
    return ReadCalendarJson(json, "x.json");
  };
  EXPECT_EQ(ReadCalendarJson(base, "x.json")->data().status, CalendarStatus::kUnspecified);
  absl::StatusOr<Calendar> provisional = with_status("provisional");
  ASSERT_TRUE(provisional.ok()) << provisional.status();
  EXPECT_EQ(provisional->data().status, CalendarStatus::kProvisional);
  EXPECT_NE(WriteCalendarJson(*provisional).find(R"("status": "provisional")"), std::string::npos);
  absl::StatusOr<Calendar> bad = with_status("prediksi");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("/status"), std::string::npos) << bad.status();
  EXPECT_NE(bad.status().message().find("\"prediksi\""), std::string::npos) << bad.status();
}

TEST(CalendarJsonTest, RegionalFileRoundTrips) {
  absl::StatusOr<Calendar> c =
      LoadCalendarFile(testing::TestData("calendars/sulteng-2026.json"),
                       CalendarOptions{.cuti_bersama_is_working_day = true});
  ASSERT_TRUE(c.ok()) << c.status();
  EXPECT_EQ(c->name(), "ID-ST-2026");
  EXPECT_TRUE(c->options().cuti_bersama_is_working_day);
  // The file adds one regional day, listed last (out of date order) on purpose.
  const Holiday* hut = c->FindHoliday(D(2026, 4, 13));
  ASSERT_NE(hut, nullptr);
  EXPECT_EQ(hut->kind, HolidayKind::kLiburDaerah);
  EXPECT_EQ(hut->region, "sulteng");
  EXPECT_FALSE(c->IsWorkingDay(D(2026, 4, 13)));
  EXPECT_EQ(c->HolidaysIn(2026).size(), 26u);
  EXPECT_EQ(c->holidays()[13].date, D(2026, 4, 13));
  // 248 with cuti bersama working, minus the regional Monday.
  EXPECT_EQ(c->WorkingDaysBetween(D(2026, 1, 1), D(2027, 1, 1)), 247);
  absl::StatusOr<Calendar> again = ReadCalendarJson(WriteCalendarJson(*c));
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(again->data(), c->data());
  EXPECT_EQ(WriteCalendarJson(*again), WriteCalendarJson(*c));
  EXPECT_TRUE(absl::IsNotFound(LoadCalendarFile("/nonexistent/cal.json").status()));
}

TEST(CalendarJsonTest, ErrorsNameTheJsonPointer) {
  const std::string head = R"({"format": "zi.calendar/1", "name": "T", "years": [2026], )";
  struct Case {
    std::string json;
    std::string message;
  };
  const std::vector<Case> cases = {
      {head + R"("holidays": [{"date": "2026-01-01", "kind": "libur_nasional", "name": "A"},
                              {"date": "2026-01-01", "kind": "cuti_bersama", "name": "B"}]})",
       "/holidays/1/date: tanggal ganda 2026-01-01, sudah ada di /holidays/0"},
      {head + R"("holidays": [{"date": "2026-01-01", "kind": "libur", "name": "A"}]})",
       "/holidays/0/kind: diharapkan \"libur_nasional\", \"cuti_bersama\""},
      {head + R"("holidays": [{"date": "2026-01-01", "kind": "libur_nasional", "name": "A",
                               "nama": "B"}]})",
       "/holidays/0/nama: field tidak dikenal 'nama'"},
      {head + R"("holidays": [], "tahun": 2026})", "/tahun: field tidak dikenal 'tahun'"},
      {head + R"("holidays": [{"date": "2026-02-30", "kind": "libur_nasional", "name": "A"}]})",
       "/holidays/0/date: '2026-02-30' bukan tanggal yang sah"},
      {head + R"("holidays": [{"date": "2027-01-01", "kind": "libur_nasional", "name": "A"}]})",
       "/holidays/0/date: 2027-01-01 di luar tahun yang dicakup"},
      {head + R"("holidays": [{"date": "2026-01-01", "kind": "libur_nasional"}]})",
       "/holidays/0: field wajib 'name' tidak ada"},
      {head + R"("holidays": [{"date": "2026-01-01", "kind": "libur_nasional", "name": ""}]})",
       "/holidays/0/name: nama hari libur kosong"},
      {R"({"format": "zi.calendar/2", "name": "T", "years": [], "holidays": []})",
       "/format: diharapkan \"zi.calendar/1\""},
      {R"({"format": "zi.calendar/1", "name": "T", "years": [2026, 2026], "holidays": []})",
       "/years/1: tahun 2026 tercantum dua kali"},
      {R"({"format": "zi.calendar/1", "name": "T", "years": ["2026"], "holidays": []})",
       "/years/0: diharapkan bilangan bulat, ditemukan teks"},
      {R"({"format": "zi.calendar/1", "name": "T", "holidays": []})",
       "/: field wajib 'years' tidak ada"},
      {R"({"format": "zi.calendar/1", )", "t.json: baris 1, kolom 29: JSON tidak sah"},
  };
  for (const Case& c : cases) {
    absl::StatusOr<Calendar> cal = ReadCalendarJson(c.json, "t.json");
    ASSERT_FALSE(cal.ok()) << c.json;
    EXPECT_TRUE(absl::IsInvalidArgument(cal.status()));
    EXPECT_NE(cal.status().message().find(c.message), std::string::npos)
        << cal.status().message() << "\n  expected: " << c.message;
  }
}

}  // namespace
}  // namespace zi
