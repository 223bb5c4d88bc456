// Occurrence expansion (docs/schedules.md): the embedded plan by hand count, target
// distribution, rrule precedence and the diagnostics of expansion.
#include "zi/deadline/occurrence.hpp"

#include <gtest/gtest.h>

#include <map>
#include <numeric>

#include "test_util.hpp"
#include "zi/io/calendar_json.hpp"
#include "zi/defaults.hpp"

namespace zi {
namespace {

Date D(int y, int m, int d) { return Date::FromYmd(y, m, d); }

using testing::Id2026;

std::vector<std::string> Codes(const std::vector<Diagnostic>& ds) {
  std::vector<std::string> out;
  for (const Diagnostic& d : ds) out.push_back(d.code + "@" + d.where + "/" + d.field);
  return out;
}

std::vector<const Occurrence*> Of(const PlanOccurrences& p, const std::string& id) {
  std::vector<const Occurrence*> out;
  for (const Occurrence& o : p.occurrences) {
    if (o.indicator_id == id) out.push_back(&o);
  }
  return out;
}

// The decree's 64 rows: 10 × Per Triwulan (4 each) = 40, 14 × Per Semester (2 each) = 28,
// 1 × Setiap Bulan = 12, 38 single windows (14 × Januari s.d. Desember, 10 × Januari,
// 11 × Januari s.d. Februari, 1 × Januari s.d. Maret, 1 × Februari, 1 × Desember) = 38,
// and 4.2.3.4 with no schedule = 0. Total 40 + 28 + 12 + 38 = 118.
TEST(OccurrenceTest, EmbeddedPlanHandCount) {
  absl::StatusOr<Plan> plan = DefaultPlan();
  ASSERT_TRUE(plan.ok()) << plan.status();
  const PlanOccurrences occ = ExpandOccurrences(*plan, Id2026());
  EXPECT_EQ(occ.occurrences.size(), 118u);
  // Every occurrence requires 1: Per Triwulan rows say 4, Per Semester rows 2, single
  // windows 1, the monthly row 1 (read as 1 per month), missing targets count 1.
  int required = 0;
  for (const Occurrence& o : occ.occurrences) required += o.required;
  EXPECT_EQ(required, 118);
  EXPECT_EQ(Codes(occ.diagnostics),
            std::vector<std::string>{"target_per_occurrence_assumed@6.2.1.1/target"});

  std::map<size_t, int> per_count;  // windows per indicator → indicators
  std::map<std::string, int> per_indicator;
  for (const Occurrence& o : occ.occurrences) ++per_indicator[o.indicator_id];
  for (const auto& [id, n] : per_indicator) ++per_count[static_cast<size_t>(n)];
  EXPECT_EQ(per_count, (std::map<size_t, int>{{1, 38}, {2, 14}, {4, 10}, {12, 1}}));
  EXPECT_EQ(per_indicator.size(), 63u);
  EXPECT_EQ(per_indicator.count("4.2.3.4"), 0u);

  // Order: document order, then index; indicator_index points into plan.indicators().
  for (size_t i = 0; i < occ.occurrences.size(); ++i) {
    const Occurrence& o = occ.occurrences[i];
    EXPECT_EQ(plan->indicators()[o.indicator_index].indicator->id, o.indicator_id);
    if (i > 0 && occ.occurrences[i - 1].indicator_id == o.indicator_id) {
      EXPECT_EQ(o.index, occ.occurrences[i - 1].index + 1);
    } else {
      EXPECT_EQ(o.index, 1);
    }
  }
}

TEST(OccurrenceTest, EmbeddedPlanDates) {
  const PlanOccurrences occ = ExpandOccurrences(*DefaultPlan(), Id2026());
  struct Row {
    std::string id;
    int index;
    Date start, end, due;
    int required;
  };
  const std::vector<Row> rows = {
      {"1.1.1.1", 1, D(2026, 1, 1), D(2026, 1, 31), D(2026, 2, 2), 1},   // Januari 2026
      {"1.2.1.1", 1, D(2026, 1, 1), D(2026, 2, 28), D(2026, 3, 2), 1},   // Januari s.d. Februari
      {"6.1.2.1", 1, D(2026, 1, 1), D(2026, 2, 28), D(2026, 3, 2), 1},   // "s.d.Februari"
      {"5.5.2.1", 1, D(2026, 1, 1), D(2026, 3, 31), D(2026, 3, 31), 1},  // Januari s.d. Maret
      {"1.4.1.1", 1, D(2026, 1, 1), D(2026, 12, 31), D(2026, 12, 31), 1},
      {"5.3.3.1", 1, D(2026, 2, 1), D(2026, 2, 28), D(2026, 3, 2), 1},   // Februari 2026
      {"2.2.1.1", 1, D(2026, 12, 1), D(2026, 12, 31), D(2026, 12, 31), 1},  // no target
      {"1.3.1.1", 1, D(2026, 1, 1), D(2026, 3, 31), D(2026, 3, 31), 1},  // Per Triwulan, 4
      {"1.3.1.1", 2, D(2026, 4, 1), D(2026, 6, 30), D(2026, 6, 30), 1},
      {"1.3.1.1", 3, D(2026, 7, 1), D(2026, 9, 30), D(2026, 9, 30), 1},
      {"1.3.1.1", 4, D(2026, 10, 1), D(2026, 12, 31), D(2026, 12, 31), 1},
      {"2.2.3.1", 1, D(2026, 1, 1), D(2026, 6, 30), D(2026, 6, 30), 1},  // Per Semester, 2
      {"2.2.3.1", 2, D(2026, 7, 1), D(2026, 12, 31), D(2026, 12, 31), 1},
      {"6.3.1.1", 1, D(2026, 1, 1), D(2026, 6, 30), D(2026, 6, 30), 1},  // no target
      {"6.3.1.1", 2, D(2026, 7, 1), D(2026, 12, 31), D(2026, 12, 31), 1},
  };
  for (const Row& r : rows) {
    const std::vector<const Occurrence*> os = Of(occ, r.id);
    ASSERT_GE(os.size(), static_cast<size_t>(r.index)) << r.id;
    const Occurrence& o = *os[static_cast<size_t>(r.index - 1)];
    EXPECT_EQ(o.index, r.index);
    EXPECT_EQ(o.window_start, r.start) << r.id << "#" << r.index;
    EXPECT_EQ(o.window_end, r.end) << r.id << "#" << r.index;
    EXPECT_EQ(o.due, r.due) << r.id << "#" << r.index;
    EXPECT_EQ(o.required, r.required) << r.id << "#" << r.index;
  }
  // The monthly row: 12 months, 1 each, due at each month end moved to a working day.
  const std::vector<Date> monthly_dues = {
      D(2026, 2, 2),  D(2026, 3, 2),  D(2026, 3, 31), D(2026, 4, 30), D(2026, 6, 2),  D(2026, 6, 30),
      D(2026, 7, 31), D(2026, 8, 31), D(2026, 9, 30), D(2026, 11, 2), D(2026, 11, 30), D(2026, 12, 31)};
  const std::vector<const Occurrence*> monthly = Of(occ, "6.2.1.1");
  ASSERT_EQ(monthly.size(), 12u);
  for (size_t m = 0; m < 12; ++m) {
    EXPECT_EQ(monthly[m]->window_start, D(2026, static_cast<int>(m) + 1, 1));
    EXPECT_EQ(monthly[m]->due, monthly_dues[m]) << "month " << m + 1;
    EXPECT_EQ(monthly[m]->required, 1);
  }
}

// Parsed phrases are kept per thread across plans (internal/occurrence_internal.hpp): the
// same phrase in another year is parsed for that year, and a plan with more distinct phrases
// than the cache keeps (4,096, after which it starts again) still expands every one.
TEST(OccurrenceTest, PhrasesParsedOnceAreRightForEveryYearAndPastTheCacheBound) {
  PlanData base = testing::OneIndicatorPlan();
  const Calendar cal27 = *EmbeddedCalendar("ID-2027");
  for (int year : {2026, 2027, 2026}) {
    PlanData d = base;
    d.year = year;
    const PlanOccurrences occ = ExpandOccurrences(Plan(d), year == 2026 ? Id2026() : cal27);
    ASSERT_EQ(occ.occurrences.size(), 4u);
    EXPECT_EQ(occ.occurrences[0].window_start, D(year, 1, 1));
    EXPECT_EQ(occ.occurrences[3].window_end, D(year, 12, 31));
  }
  // 5,000 indicators, each "Per Triwulan" written differently (letter case, spaces).
  Activity& act = base.components[0].aspects[0].activities[0];
  const Indicator one = act.indicators[0];
  act.indicators.clear();
  for (int i = 0; i < 5000; ++i) {
    Indicator ind = one;
    std::string phrase = "per triwulan";
    for (size_t k = 0, bit = 0; k < phrase.size(); ++k) {
      if (phrase[k] == ' ') continue;
      if ((i >> bit++) & 1) phrase[k] = static_cast<char>(phrase[k] - 'a' + 'A');
    }
    phrase.insert(3, static_cast<size_t>(i >> 11), ' ');
    ind.schedule = phrase;
    act.indicators.push_back(ind);
  }
  const PlanOccurrences occ = ExpandOccurrences(Plan(base), Id2026());
  ASSERT_EQ(occ.occurrences.size(), 20000u);
  for (size_t i = 0; i < occ.occurrences.size(); i += 4) {
    ASSERT_EQ(occ.occurrences[i].window_start, D(2026, 1, 1)) << i;
    ASSERT_EQ(occ.occurrences[i + 3].window_end, D(2026, 12, 31)) << i;
  }
  EXPECT_EQ(CountOccurrences(Plan(base)), 20000u);
}

TEST(OccurrenceTest, ExpansionIsDeterministic) {
  const Plan plan = *DefaultPlan();
  const PlanOccurrences a = ExpandOccurrences(plan, Id2026());
  const PlanOccurrences b = ExpandOccurrences(plan, Id2026());
  EXPECT_EQ(a.occurrences, b.occurrences);
  EXPECT_EQ(a.diagnostics, b.diagnostics);
}

TEST(OccurrenceTest, DistributeTarget) {
  struct Case {
    int target, n;
    std::vector<int> required;
    TargetSplit split;
  };
  const std::vector<Case> cases = {
      {4, 4, {1, 1, 1, 1}, TargetSplit::kEven},
      {2, 2, {1, 1}, TargetSplit::kEven},
      {3, 1, {3}, TargetSplit::kEven},
      {1, 1, {1}, TargetSplit::kEven},
      {1, 12, std::vector<int>(12, 1), TargetSplit::kPerOccurrenceAssumed},
      {1, 4, {1, 1, 1, 1}, TargetSplit::kPerOccurrenceAssumed},
      {8, 4, {2, 2, 2, 2}, TargetSplit::kEven},
      {24, 12, std::vector<int>(12, 2), TargetSplit::kEven},
      {5, 4, {2, 1, 1, 1}, TargetSplit::kUneven},
      {7, 4, {2, 2, 2, 1}, TargetSplit::kUneven},
      {2, 4, {1, 1, 0, 0}, TargetSplit::kUneven},
      {3, 2, {2, 1}, TargetSplit::kUneven},
      {14, 12, {2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, TargetSplit::kUneven},
      {0, 3, {1, 1, 1}, TargetSplit::kEven},  // no usable target: 1 each
      {4, 0, {}, TargetSplit::kEven},
  };
  for (const Case& c : cases) {
    const TargetDistribution d = DistributeTarget(c.target, c.n);
    EXPECT_EQ(d.required, c.required) << c.target << " over " << c.n;
    EXPECT_EQ(d.split, c.split) << c.target << " over " << c.n;
    if (c.target > 0 && c.n > 0 && c.split != TargetSplit::kPerOccurrenceAssumed) {
      EXPECT_EQ(std::accumulate(d.required.begin(), d.required.end(), 0), c.target);
    }
  }
}

// A plan built in code: one activity with the given indicators.
Plan MakePlan(std::vector<Indicator> indicators, DuePolicy policy = {}) {
  PlanData p;
  p.satker = Satker{"KPU-72", "KPU Provinsi Sulawesi Tengah", SatkerLevel::kProvinsi, "KPU-RI",
                    TimeZone::kWITA};
  p.year = 2026;
  p.due_policy = policy;
  Activity act;
  act.text = "Kegiatan";
  act.indicators = std::move(indicators);
  Aspect asp;
  asp.name = "Aspek";
  asp.activities.push_back(std::move(act));
  Component comp;
  comp.name = "Komponen";
  comp.aspects.push_back(std::move(asp));
  p.components.push_back(std::move(comp));
  return Plan(std::move(p));
}

Indicator Ind(std::string schedule, std::string target,
              std::optional<std::string> rrule = std::nullopt) {
  Indicator i;
  i.text = "Indikator";
  i.evidence = "Laporan";
  i.schedule = std::move(schedule);
  i.target = std::move(target);
  i.rrule = std::move(rrule);
  return i;
}

TEST(OccurrenceTest, TargetWarningsAndRequiredCounts) {
  const Plan plan = MakePlan({
      Ind("Per Triwulan", "5 (lima) Laporan"),  // 1.1.1.1: 2, 1, 1, 1
      Ind("Per Semester", "4 Laporan"),         // 1.1.1.2: 2, 2
      Ind("Setiap Bulan", "satu Laporan"),      // 1.1.1.3: 12 × 1, assumed
      Ind("Januari s.d. Maret 2026", "3 Kegiatan"),  // 1.1.1.4: 3 in one window
      Ind("Juni & Desember", ""),               // 1.1.1.5: missing → 1, 1
      Ind("Per Triwulan", "banyak Laporan"),    // 1.1.1.6: unreadable → 1 each
  });
  const PlanOccurrences occ = ExpandOccurrences(plan, Id2026());
  EXPECT_EQ(Codes(occ.diagnostics), (std::vector<std::string>{
                                        "target_uneven@1.1.1.1/target",
                                        "target_per_occurrence_assumed@1.1.1.3/target",
                                    }));
  EXPECT_NE(occ.diagnostics[0].message.find("2, 1, 1, 1"), std::string::npos)
      << occ.diagnostics[0].message;
  const auto required = [&](const std::string& id) {
    std::vector<int> r;
    for (const Occurrence* o : Of(occ, id)) r.push_back(o->required);
    return r;
  };
  EXPECT_EQ(required("1.1.1.1"), (std::vector<int>{2, 1, 1, 1}));
  EXPECT_EQ(required("1.1.1.2"), (std::vector<int>{2, 2}));
  EXPECT_EQ(required("1.1.1.3"), std::vector<int>(12, 1));
  EXPECT_EQ(required("1.1.1.4"), std::vector<int>{3});
  EXPECT_EQ(required("1.1.1.5"), (std::vector<int>{1, 1}));
  EXPECT_EQ(required("1.1.1.6"), (std::vector<int>{1, 1, 1, 1}));
  EXPECT_EQ(occ.occurrences.size(), 4u + 2 + 12 + 1 + 2 + 4);
}

TEST(OccurrenceTest, ScheduleErrorsYieldNoOccurrences) {
  const Plan plan = MakePlan({
      Ind("Per Windu", "1 Laporan"),                         // schedule_invalid
      Ind("Januari 2025", "1 Laporan"),                      // year mismatch, accepted
      Ind("", "1 Laporan"),                                  // nothing (lint: schedule_missing)
      Ind("Per Triwulan", "1 Laporan", "FREQ=DAILY"),        // rrule_invalid
      Ind("Juni s.d. Maret 2026", "1 Laporan"),              // schedule_invalid
  });
  const PlanOccurrences occ = ExpandOccurrences(plan, Id2026());
  EXPECT_EQ(Codes(occ.diagnostics), (std::vector<std::string>{
                                        "schedule_invalid@1.1.1.1/schedule",
                                        "schedule_year_mismatch@1.1.1.2/schedule",
                                        "rrule_invalid@1.1.1.4/rrule",
                                        "schedule_invalid@1.1.1.5/schedule",
                                        "calendar_year_not_covered@calendar/years",
                                    }));
  EXPECT_EQ(occ.diagnostics[0].severity, Severity::kError);
  EXPECT_NE(occ.diagnostics[0].message.find("\"Windu\" tidak dipahami"), std::string::npos);
  EXPECT_NE(occ.diagnostics[4].message.find("2025"), std::string::npos);
  ASSERT_EQ(occ.occurrences.size(), 1u);
  EXPECT_EQ(occ.occurrences[0].indicator_id, "1.1.1.2");
  EXPECT_EQ(occ.occurrences[0].window_start, D(2025, 1, 1));
  EXPECT_EQ(occ.occurrences[0].due, D(2025, 1, 31));  // Fri, weekends only in 2025
}

TEST(OccurrenceTest, RruleWinsOverThePhrase) {
  const Plan plan = MakePlan({
      // Same windows: no finding.
      Ind("Per Triwulan", "4 Laporan", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;COUNT=4"),
      // Different windows: the rrule's two semesters are used, with a warning.
      Ind("Per Triwulan", "2 Laporan", "FREQ=MONTHLY;INTERVAL=6"),
      // A phrase no family covers, with a rule: info, the rule is used.
      Ind("Setiap tanggal 10", "3 Laporan", "FREQ=MONTHLY;BYMONTH=3,6,9"),
      // A rule alone.
      Ind("", "1 Laporan", "FREQ=YEARLY"),
  });
  const PlanOccurrences occ = ExpandOccurrences(plan, Id2026());
  EXPECT_EQ(Codes(occ.diagnostics), (std::vector<std::string>{
                                        "schedule_rrule_mismatch@1.1.1.2/rrule",
                                        "schedule_uses_rrule@1.1.1.3/schedule",
                                    }));
  EXPECT_EQ(occ.diagnostics[0].severity, Severity::kWarning);
  EXPECT_EQ(occ.diagnostics[1].severity, Severity::kInfo);
  EXPECT_EQ(Of(occ, "1.1.1.1").size(), 4u);
  const std::vector<const Occurrence*> sem = Of(occ, "1.1.1.2");
  ASSERT_EQ(sem.size(), 2u);
  EXPECT_EQ(sem[1]->window_start, D(2026, 7, 1));
  const std::vector<const Occurrence*> months = Of(occ, "1.1.1.3");
  ASSERT_EQ(months.size(), 3u);
  EXPECT_EQ(months[0]->window_end, D(2026, 3, 31));
  EXPECT_EQ(months[1]->due, D(2026, 6, 30));
  EXPECT_EQ(months[2]->due, D(2026, 9, 30));
  ASSERT_EQ(Of(occ, "1.1.1.4").size(), 1u);
  EXPECT_EQ(Of(occ, "1.1.1.4")[0]->due, D(2026, 12, 31));

  const IndicatorSchedule one = ResolveIndicatorSchedule(
      Ind("Per Triwulan", "2 Laporan", "FREQ=MONTHLY;INTERVAL=6"), 2026);
  ASSERT_TRUE(one.schedule.has_value());
  EXPECT_EQ(one.schedule->family, ScheduleFamily::kRrule);
  EXPECT_EQ(one.schedule->windows.size(), 2u);
  ASSERT_EQ(one.diagnostics.size(), 1u);
  EXPECT_EQ(one.diagnostics[0].code, "schedule_rrule_mismatch");
  EXPECT_FALSE(ResolveIndicatorSchedule(Ind("", "1 Laporan"), 2026).schedule.has_value());
  EXPECT_TRUE(ResolveIndicatorSchedule(Ind("", "1 Laporan"), 2026).diagnostics.empty());
}

TEST(OccurrenceTest, DuePoliciesAndUncoveredYears) {
  DuePolicy five;
  five.offset = DueOffset::kWorkingDays;
  five.n = 5;
  DuePolicy tenth;
  tenth.offset = DueOffset::kDayOfNextMonth;
  tenth.day = 10;
  Indicator own = Ind("Per Triwulan", "4 Laporan");
  own.due_policy = tenth;
  const Plan plan = MakePlan({Ind("Per Triwulan", "4 Laporan"), own}, five);
  const PlanOccurrences occ = ExpandOccurrences(plan, Id2026());
  const auto dues = [&](const std::string& id) {
    std::vector<Date> r;
    for (const Occurrence* o : Of(occ, id)) r.push_back(o->due);
    return r;
  };
  // Plan default: 5 working days (Q4 into uncovered 2027: weekends only).
  EXPECT_EQ(dues("1.1.1.1"),
            (std::vector<Date>{D(2026, 4, 8), D(2026, 7, 7), D(2026, 10, 7), D(2027, 1, 7)}));
  // The indicator's own policy: day 10 of the next month, Sat 10 Oct → Mon 12 Oct, Sun 10
  // Jan 2027 → Mon 11 Jan.
  EXPECT_EQ(dues("1.1.1.2"),
            (std::vector<Date>{D(2026, 4, 10), D(2026, 7, 10), D(2026, 10, 12), D(2027, 1, 11)}));
  // One warning for 2027, after the indicator findings.
  EXPECT_EQ(Codes(occ.diagnostics),
            std::vector<std::string>{"calendar_year_not_covered@calendar/years"});
}

TEST(OccurrenceTest, CutiBersamaOptionMovesDueDates) {
  DuePolicy fourteen;
  fourteen.offset = DueOffset::kCalendarDays;
  fourteen.n = 14;
  const Plan plan = MakePlan({Ind("Januari 2026", "1 Laporan"), Ind("Februari 2026", "1 Laporan")},
                             fourteen);
  const Calendar cb = Id2026().WithOptions(CalendarOptions{.cuti_bersama_is_working_day = true});
  // Sat 14 Feb → Mon 16 (cuti bersama), Tue 17 (Imlek) → Wed 18; 28 Feb + 14 = Sat 14 Mar
  // → Mon 16 Mar.
  const PlanOccurrences closed = ExpandOccurrences(plan, Id2026());
  const PlanOccurrences open = ExpandOccurrences(plan, cb);
  EXPECT_EQ(closed.occurrences[0].due, D(2026, 2, 18));
  EXPECT_EQ(open.occurrences[0].due, D(2026, 2, 16));
  EXPECT_EQ(closed.occurrences[1].due, D(2026, 3, 16));
  EXPECT_EQ(open.occurrences[1].due, D(2026, 3, 16));
}

}  // namespace
}  // namespace zi
