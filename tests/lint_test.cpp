#include "zi/plan/lint.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <optional>

#include "test_util.hpp"
#include "zi/deadline/occurrence.hpp"
#include "zi/defaults.hpp"

namespace zi {
namespace {

using testing::OneIndicatorPlan;

Indicator& FirstIndicator(PlanData& p) {
  return p.components[0].aspects[0].activities[0].indicators[0];
}

std::vector<std::string> Codes(const std::vector<Diagnostic>& ds) {
  std::vector<std::string> out;
  for (const Diagnostic& d : ds) out.push_back(d.code + "@" + d.where + "/" + d.field);
  return out;
}

TEST(LintTest, CleanPlanHasNoFindings) {
  const Plan plan(OneIndicatorPlan());
  EXPECT_TRUE(LintPlan(plan).empty()) << ::testing::PrintToString(Codes(LintPlan(plan)));
}

TEST(LintTest, StructuralErrors) {
  PlanData p = OneIndicatorPlan();
  p.components[0].weight = std::numeric_limits<double>::quiet_NaN();
  p.components[0].aspects[0].weight = -0.5;
  p.components[0].aspects[0].activities[0].text = " ";
  FirstIndicator(p).weight = std::numeric_limits<double>::infinity();
  Indicator dup = FirstIndicator(p);
  dup.id = "1.1";  // same as the aspect
  dup.weight = 1;
  p.components[0].aspects[0].activities[0].indicators.push_back(dup);
  p.satker.name.clear();
  const std::vector<Diagnostic> ds = ValidatePlan(Plan(std::move(p)));
  EXPECT_EQ(Codes(ds), (std::vector<std::string>{
                           "empty_text@satker/name",
                           "weight_invalid@1/weight",
                           "weight_invalid@1.1/weight",
                           "empty_text@1.1.1/text",
                           "weight_invalid@1.1.1.1/weight",
                           "duplicate_id@1.1/id",
                       }));
  for (const Diagnostic& d : ds) EXPECT_EQ(d.severity, Severity::kError) << d.code;
  EXPECT_TRUE(HasErrors(ds));
}

TEST(LintTest, EmptyPlanIsAnError) {
  PlanData p = OneIndicatorPlan();
  p.components.clear();
  p.year = 1999;
  EXPECT_EQ(Codes(ValidatePlan(Plan(std::move(p)))),
            (std::vector<std::string>{"year_invalid@plan/year", "plan_empty@plan/components"}));
}

TEST(LintTest, MissingCellsAndBadTargets) {
  struct Case {
    std::string evidence, schedule, target;
    std::vector<std::string> expected;
  };
  const std::vector<Case> cases = {
      {"", "Per Triwulan", "4 Laporan", {"evidence_missing@1.1.1.1/evidence"}},
      {"L", "", "4 Laporan", {"schedule_missing@1.1.1.1/schedule"}},
      {"L", "Per Triwulan", "", {"target_missing@1.1.1.1/target"}},
      {"", "", "", {"indicator_cells_missing@1.1.1.1/evidence,schedule,target"}},
      {"L", "", "", {"indicator_cells_missing@1.1.1.1/schedule,target"}},
      {"L", "Per Triwulan", "4 (lima) Laporan", {"target_number_mismatch@1.1.1.1/target"}},
      // A unit without a number is read as 1 per period; only a non-word is invalid.
      {"L", "Per Triwulan", "banyak Laporan", {"target_count_missing@1.1.1.1/target"}},
      {"L", "Per Triwulan", "- Laporan", {"target_invalid@1.1.1.1/target"}},
  };
  for (const Case& c : cases) {
    PlanData p = OneIndicatorPlan();
    FirstIndicator(p).evidence = c.evidence;
    FirstIndicator(p).schedule = c.schedule;
    FirstIndicator(p).target = c.target;
    SCOPED_TRACE(c.target);
    EXPECT_EQ(Codes(LintPlan(Plan(std::move(p)))), c.expected);
  }
}

TEST(LintTest, PercentageAndBareUnitTargetsWarnAndCountOnePerPeriod) {
  PlanData p = OneIndicatorPlan();  // "Per Triwulan": four windows
  FirstIndicator(p).target = "100%";
  const Plan percent(p);
  EXPECT_EQ(Codes(LintPlan(percent)), std::vector<std::string>{"target_percentage@1.1.1.1/target"});
  FirstIndicator(p).target = "Dokumen";
  const Plan bare(p);
  EXPECT_EQ(Codes(LintPlan(bare)), std::vector<std::string>{"target_count_missing@1.1.1.1/target"});
  // Each of the four quarters requires one deliverable, not 100 (or 25) of them.
  for (const Plan* plan : {&percent, &bare}) {
    const PlanOccurrences occ = ExpandOccurrences(*plan, *DefaultCalendar());
    ASSERT_EQ(occ.occurrences.size(), 4u);
    for (const Occurrence& o : occ.occurrences) EXPECT_EQ(o.required, 1);
  }
}

TEST(LintTest, YearInTextMustMatchPlanYear) {
  PlanData p = OneIndicatorPlan();
  FirstIndicator(p).text = "Rencana Aksi tahun 2025 dan Tahun 2026";
  FirstIndicator(p).evidence = "Laporan TAHUN 2024";
  const std::vector<Diagnostic> ds = LintPlan(Plan(std::move(p)));
  EXPECT_EQ(Codes(ds), (std::vector<std::string>{"text_year_mismatch@1.1.1.1/text",
                                                  "text_year_mismatch@1.1.1.1/evidence"}));
  EXPECT_NE(ds[0].message.find("'tahun 2025'"), std::string::npos) << ds[0].message;
}

TEST(LintTest, LkeReferencesAreChecked) {
  PlanData p = OneIndicatorPlan();
  p.components[0].lke_area = "XX";
  p.components[0].aspects[0].lke_subarea = "MP-ii";
  EXPECT_EQ(Codes(LintPlan(Plan(std::move(p)))),
            (std::vector<std::string>{"lke_ref_invalid@1/lke_area",
                                      "lke_ref_invalid@1.1/lke_subarea"}));
}

TEST(LintTest, SchedulesAndTargetDistribution) {
  struct Case {
    std::string schedule, target;
    std::optional<std::string> rrule;
    std::vector<std::string> expected;
  };
  const std::vector<Case> cases = {
      {"Per Triwulan", "4 (empat) Laporan", std::nullopt, {}},
      {"Per Windu", "1 Laporan", std::nullopt, {"schedule_invalid@1.1.1.1/schedule"}},
      {"Juni s.d. Maret 2026", "1 Laporan", std::nullopt, {"schedule_invalid@1.1.1.1/schedule"}},
      {"Januari 2025", "1 Laporan", std::nullopt, {"schedule_year_mismatch@1.1.1.1/schedule"}},
      {"Setiap Bulan", "1 (satu) Laporan", std::nullopt,
       {"target_per_occurrence_assumed@1.1.1.1/target"}},
      {"Per Triwulan", "6 Laporan", std::nullopt, {"target_uneven@1.1.1.1/target"}},
      {"Per Triwulan", "8 Laporan", std::nullopt, {}},
      {"Per Triwulan", "4 Laporan", "FREQ=HOURLY", {"rrule_invalid@1.1.1.1/rrule"}},
      {"Per Triwulan", "2 Laporan", "FREQ=MONTHLY;INTERVAL=6",
       {"schedule_rrule_mismatch@1.1.1.1/rrule"}},
      {"Setiap tanggal 10", "12 Laporan", "FREQ=MONTHLY", {"schedule_uses_rrule@1.1.1.1/schedule"}},
      {"", "2 Laporan", "FREQ=MONTHLY;INTERVAL=6", {}},
      // A bad target is reported once, with no distribution finding on top.
      {"Per Triwulan", "4 (lima) Laporan", std::nullopt, {"target_number_mismatch@1.1.1.1/target"}},
  };
  for (const Case& c : cases) {
    PlanData p = OneIndicatorPlan();
    FirstIndicator(p).schedule = c.schedule;
    FirstIndicator(p).target = c.target;
    FirstIndicator(p).rrule = c.rrule;
    SCOPED_TRACE(c.schedule + " / " + c.target);
    const std::vector<Diagnostic> ds = LintPlan(Plan(std::move(p)));
    EXPECT_EQ(Codes(ds), c.expected);
    for (const Diagnostic& d : ds) {
      const bool error = d.code == "schedule_invalid" || d.code == "rrule_invalid" ||
                         d.code == "target_number_mismatch";
      EXPECT_EQ(d.severity, error                            ? Severity::kError
                            : d.code == "schedule_uses_rrule" ? Severity::kInfo
                                                              : Severity::kWarning)
          << d.code;
    }
  }
  // The parser's message is kept.
  PlanData p = OneIndicatorPlan();
  FirstIndicator(p).schedule = "Per Windu";
  const std::vector<Diagnostic> ds = LintPlan(Plan(std::move(p)));
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].message,
            "target waktu \"Per Windu\": \"Windu\" tidak dipahami (diharapkan triwulan, "
            "semester, bulan, tahun, minggu atau jumlah bulan)");
  // ValidatePlan (structure only) does not look at schedules.
  PlanData v = OneIndicatorPlan();
  FirstIndicator(v).schedule = "Per Windu";
  EXPECT_TRUE(ValidatePlan(Plan(std::move(v))).empty());
}

// The seed decree's defects (docs/default-plan.md, "What the lint reports"), each at its
// location.
TEST(LintTest, EmbeddedPlanReportsTheSeedDefects) {
  auto plan = DefaultPlan();
  ASSERT_TRUE(plan.ok()) << plan.status();
  const std::vector<Diagnostic> ds = LintPlan(*plan);
  EXPECT_FALSE(HasErrors(ds));
  const std::vector<std::string> codes = Codes(ds);
  for (const char* expected : {
           "text_year_mismatch@1.2.1.1/text",
           "target_missing@2.2.1.1/target",
           "indicator_cells_missing@4.2.3.4/evidence,schedule,target",
           "target_missing@6.3.1.1/target",
           "target_per_occurrence_assumed@6.2.1.1/target",
       }) {
    EXPECT_NE(std::find(codes.begin(), codes.end(), expected), codes.end())
        << expected << " not in " << ::testing::PrintToString(codes);
  }
}

}  // namespace
}  // namespace zi
