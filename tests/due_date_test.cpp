// Due dates (docs/schedules.md, "Due dates") with the ID-2026 calendar: its examples and
// hand-computed tables for every offset and convention.
#include "zi/deadline/due_date.hpp"

#include <gtest/gtest.h>

#include "test_util.hpp"
#include "zi/deadline/schedule.hpp"

namespace zi {
namespace {

Date D(int y, int m, int d) { return Date::FromYmd(y, m, d); }

using testing::Id2026;

DuePolicy Policy(DueOffset offset, int value = 0, Convention c = Convention::kFollowing) {
  DuePolicy p;
  p.offset = offset;
  if (offset == DueOffset::kDayOfNextMonth) {
    p.day = value;
  } else {
    p.n = value;
  }
  p.convention = c;
  return p;
}

// The due date of each window of a phrase in 2026.
std::vector<Date> Dues(std::string_view phrase, const DuePolicy& p, UncoveredYears* u = nullptr,
                       const Calendar& cal = Id2026()) {
  absl::StatusOr<Schedule> s = ParseSchedule(phrase, 2026);
  EXPECT_TRUE(s.ok()) << s.status();
  std::vector<Date> out;
  if (!s.ok()) return out;
  for (const Window& w : s->windows) out.push_back(DueDate(w.end, p, cal, u));
  return out;
}

TEST(DueDateTest, SpecExamplesWithTheDefaultPolicy) {
  const DuePolicy def;  // none, following
  UncoveredYears u;
  // 31 Jan is a Saturday → Monday 2 Feb.
  EXPECT_EQ(Dues("Januari 2026", def, &u), std::vector<Date>{D(2026, 2, 2)});
  // 28 Feb is a Saturday → Monday 2 Mar.
  EXPECT_EQ(Dues("Januari s.d. Februari 2026", def, &u), std::vector<Date>{D(2026, 3, 2)});
  EXPECT_EQ(Dues("Triwulan I", def, &u), std::vector<Date>{D(2026, 3, 31)});   // Selasa
  EXPECT_EQ(Dues("Semester II", def, &u), std::vector<Date>{D(2026, 12, 31)});  // Kamis
  EXPECT_TRUE(u.empty());
}

TEST(DueDateTest, DefaultPolicyOnEveryRecurringPeriod) {
  const DuePolicy def;
  EXPECT_EQ(Dues("Per Triwulan", def),
            (std::vector<Date>{D(2026, 3, 31), D(2026, 6, 30), D(2026, 9, 30), D(2026, 12, 31)}));
  EXPECT_EQ(Dues("Per Semester", def), (std::vector<Date>{D(2026, 6, 30), D(2026, 12, 31)}));
  EXPECT_EQ(Dues("Setiap Bulan", def),
            (std::vector<Date>{
                D(2026, 2, 2),    // Sat 31 Jan
                D(2026, 3, 2),    // Sat 28 Feb
                D(2026, 3, 31),   // Tue
                D(2026, 4, 30),   // Thu
                D(2026, 6, 2),    // Sun 31 May (Waisak), Mon 1 Jun (Pancasila)
                D(2026, 6, 30),   // Tue
                D(2026, 7, 31),   // Fri
                D(2026, 8, 31),   // Mon
                D(2026, 9, 30),   // Wed
                D(2026, 11, 2),   // Sat 31 Oct
                D(2026, 11, 30),  // Mon
                D(2026, 12, 31),  // Thu
            }));
  EXPECT_EQ(Dues("Tahunan", def), std::vector<Date>{D(2026, 12, 31)});
}

TEST(DueDateTest, WorkingDaysAfterTheWindowEnd) {
  UncoveredYears u;
  // PP 39/2006: 5 working days after the quarter. Q4 falls into 2027, which ID-2026
  // does not cover: weekends only, so Fri 1 Jan 2027 counts (1, 4, 5, 6, 7 Jan).
  EXPECT_EQ(Dues("Per Triwulan", Policy(DueOffset::kWorkingDays, 5), &u),
            (std::vector<Date>{D(2026, 4, 8), D(2026, 7, 7), D(2026, 10, 7), D(2027, 1, 7)}));
  EXPECT_EQ(u.years(), std::vector<int>{2027});
  u.clear();
  EXPECT_EQ(Dues("Triwulan I", Policy(DueOffset::kWorkingDays, 5), &u),
            std::vector<Date>{D(2026, 4, 8)});
  EXPECT_TRUE(u.empty());
  // Window end on a Saturday is not counted: Sat 31 Jan + 1 → Mon 2 Feb.
  EXPECT_EQ(Dues("Januari 2026", Policy(DueOffset::kWorkingDays, 1)),
            std::vector<Date>{D(2026, 2, 2)});
  // Sat 28 Feb + 10: Mar 2..6 (5), 9..13 (10) → Fri 13 Mar.
  EXPECT_EQ(Dues("Februari 2026", Policy(DueOffset::kWorkingDays, 10)),
            std::vector<Date>{D(2026, 3, 13)});
  // Tue 17 Mar + 1 skips the whole Nyepi–Idulfitri block (18–24 Mar).
  EXPECT_EQ(DueDate(D(2026, 3, 17), Policy(DueOffset::kWorkingDays, 1), Id2026()),
            D(2026, 3, 25));
  // 0 working days: the window end, then adjusted.
  EXPECT_EQ(Dues("Januari 2026", Policy(DueOffset::kWorkingDays, 0)),
            std::vector<Date>{D(2026, 2, 2)});
  EXPECT_EQ(Dues("Januari 2026", Policy(DueOffset::kWorkingDays, 0, Convention::kUnadjusted)),
            std::vector<Date>{D(2026, 1, 31)});
  // With cuti bersama as working days: Thu 14 May (LN) → Fri 15 May counts.
  const Calendar cb = Id2026().WithOptions(CalendarOptions{.cuti_bersama_is_working_day = true});
  EXPECT_EQ(DueDate(D(2026, 5, 13), Policy(DueOffset::kWorkingDays, 1), cb), D(2026, 5, 15));
  EXPECT_EQ(DueDate(D(2026, 5, 13), Policy(DueOffset::kWorkingDays, 1), Id2026()),
            D(2026, 5, 18));
}

TEST(DueDateTest, DayOfNextMonth) {
  UncoveredYears u;
  // "Tanggal 10 bulan berikutnya": 10 Apr (Fri), 10 Jul (Fri), Sat 10 Oct → Mon 12 Oct,
  // Sun 10 Jan 2027 → Mon 11 Jan 2027 (2027 uncovered).
  EXPECT_EQ(Dues("Per Triwulan", Policy(DueOffset::kDayOfNextMonth, 10), &u),
            (std::vector<Date>{D(2026, 4, 10), D(2026, 7, 10), D(2026, 10, 12), D(2027, 1, 11)}));
  EXPECT_EQ(u.years(), std::vector<int>{2027});
  // Preceding instead: Fri 9 Oct, Fri 8 Jan 2027.
  EXPECT_EQ(Dues("Per Triwulan", Policy(DueOffset::kDayOfNextMonth, 10, Convention::kPreceding)),
            (std::vector<Date>{D(2026, 4, 10), D(2026, 7, 10), D(2026, 10, 9), D(2027, 1, 8)}));
  // Monthly on day 10: Sun 10 May → Mon 11 May; Tue 10 Feb; Tue 10 Mar.
  EXPECT_EQ(Dues("Januari 2026", Policy(DueOffset::kDayOfNextMonth, 10)),
            std::vector<Date>{D(2026, 2, 10)});
  EXPECT_EQ(Dues("April 2026", Policy(DueOffset::kDayOfNextMonth, 10)),
            std::vector<Date>{D(2026, 5, 11)});
  // Clamped: day 31 after January is 28 Feb (Sat) → following Mon 2 Mar, modified
  // following Fri 27 Feb; after March it is Thu 30 Apr.
  EXPECT_EQ(Dues("Januari 2026", Policy(DueOffset::kDayOfNextMonth, 31)),
            std::vector<Date>{D(2026, 3, 2)});
  EXPECT_EQ(
      Dues("Januari 2026", Policy(DueOffset::kDayOfNextMonth, 31, Convention::kModifiedFollowing)),
      std::vector<Date>{D(2026, 2, 27)});
  EXPECT_EQ(Dues("Maret 2026", Policy(DueOffset::kDayOfNextMonth, 31)),
            std::vector<Date>{D(2026, 4, 30)});
  // Day 1 of the month after May: Mon 1 Jun (Pancasila) → Tue 2 Jun.
  EXPECT_EQ(Dues("Mei 2026", Policy(DueOffset::kDayOfNextMonth, 1)),
            std::vector<Date>{D(2026, 6, 2)});
  // Day 17 after July: Mon 17 Aug (Proklamasi) → Tue 18 Aug.
  EXPECT_EQ(Dues("Juli 2026", Policy(DueOffset::kDayOfNextMonth, 17)),
            std::vector<Date>{D(2026, 8, 18)});
}

TEST(DueDateTest, CalendarDays) {
  // Sat 31 Jan + 14 = Sat 14 Feb → Mon 16 (cuti bersama), Tue 17 (Imlek) → Wed 18 Feb.
  EXPECT_EQ(Dues("Januari 2026", Policy(DueOffset::kCalendarDays, 14)),
            std::vector<Date>{D(2026, 2, 18)});
  const Calendar cb = Id2026().WithOptions(CalendarOptions{.cuti_bersama_is_working_day = true});
  EXPECT_EQ(Dues("Januari 2026", Policy(DueOffset::kCalendarDays, 14), nullptr, cb),
            std::vector<Date>{D(2026, 2, 16)});
  // Tue 31 Mar + 3 = Fri 3 Apr (Wafat Yesus Kristus) → Mon 6 Apr; preceding Thu 2 Apr.
  EXPECT_EQ(Dues("Maret 2026", Policy(DueOffset::kCalendarDays, 3)),
            std::vector<Date>{D(2026, 4, 6)});
  EXPECT_EQ(Dues("Maret 2026", Policy(DueOffset::kCalendarDays, 3, Convention::kPreceding)),
            std::vector<Date>{D(2026, 4, 2)});
  // Semester I: Tue 30 Jun + 7 = Tue 7 Jul.
  EXPECT_EQ(Dues("Semester I", Policy(DueOffset::kCalendarDays, 7)),
            std::vector<Date>{D(2026, 7, 7)});
}

TEST(DueDateTest, Conventions) {
  struct Case {
    std::string phrase;
    Convention convention;
    Date due;
  };
  const std::vector<Case> cases = {
      {"Januari 2026", Convention::kFollowing, D(2026, 2, 2)},
      {"Januari 2026", Convention::kModifiedFollowing, D(2026, 1, 30)},
      {"Januari 2026", Convention::kPreceding, D(2026, 1, 30)},
      {"Januari 2026", Convention::kUnadjusted, D(2026, 1, 31)},
      {"Februari 2026", Convention::kModifiedFollowing, D(2026, 2, 27)},
      {"Mei 2026", Convention::kFollowing, D(2026, 6, 2)},
      {"Mei 2026", Convention::kModifiedFollowing, D(2026, 5, 29)},
      {"Mei 2026", Convention::kPreceding, D(2026, 5, 29)},
      {"Mei 2026", Convention::kUnadjusted, D(2026, 5, 31)},
      {"Oktober 2026", Convention::kModifiedFollowing, D(2026, 10, 30)},
      {"Desember 2026", Convention::kFollowing, D(2026, 12, 31)},
      {"Desember 2026", Convention::kModifiedFollowing, D(2026, 12, 31)},
      {"Desember 2026", Convention::kPreceding, D(2026, 12, 31)},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Dues(c.phrase, Policy(DueOffset::kNone, 0, c.convention)),
              std::vector<Date>{c.due})
        << c.phrase << " " << ToString(c.convention);
  }
}

}  // namespace
}  // namespace zi
