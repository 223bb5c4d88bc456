// Compliance scores worked out by hand (docs/scoring.md) on tests/data/plans/scoring.json with
// the ID-2026 calendar and the default due policy (window end, following).
//
// Occurrences and due dates:
//   1.1.1.1 Januari 2026      r=1  Jan 1–31, due Mon 2 Feb (31 Jan is a Saturday)
//   1.1.1.2 Per Triwulan      r=1  Q1 due Tue 31 Mar, Q2 Tue 30 Jun, Q3 Wed 30 Sep, Q4 Thu 31 Dec
//   1.2.1.1 Per Semester, 4   r=2  S1 due Tue 30 Jun, S2 due Thu 31 Dec
//   2.1.1.1 Desember 2026     r=1  Dec 1–31, due Thu 31 Dec
#include "zi/compliance/scoring.hpp"

#include <gtest/gtest.h>

#include "test_util.hpp"
#include "zi/defaults.hpp"
#include "zi/io/calendar_json.hpp"
#include "zi/io/plan_json.hpp"

namespace zi {
namespace {

using S = OccurrenceStatus;

Date D(int y, int m, int d) { return Date::FromYmd(y, m, d); }

EvidenceRecord E(std::string satker, std::string indicator, int occ, Date date,
                 EvidenceStatus status = EvidenceStatus::kVerified, int count = 1) {
  static int line = 1;
  return EvidenceRecord{std::move(satker), std::move(indicator), occ, date, status, count, "",
                        ++line};
}

class ScoringTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto plan = LoadPlanFile(testing::TestData("plans/scoring.json"));
    ASSERT_TRUE(plan.ok()) << plan.status();
    plan_ = *plan;
    auto cal = DefaultCalendar();
    ASSERT_TRUE(cal.ok()) << cal.status();
    calendar_ = *cal;
    evidence_ = {
        E("KPU-7271", "1.1.1.1", 1, D(2026, 1, 28)),                              // on time
        E("KPU-7271", "1.1.1.2", 1, D(2026, 4, 6)),                               // Q1 late
        E("", "1.1.1.2", 2, D(2026, 6, 30), EvidenceStatus::kSubmitted),          // Q2, unverified
        E("KPU-7271", "1.1.1.2", 3, D(2026, 7, 10), EvidenceStatus::kRejected),   // never counts
        E("KPU-7271", "1.2.1.1", 1, D(2026, 5, 1)),                               // S1 1 of 2
        E("KPU-7271", "1.2.1.1", 1, D(2026, 7, 15)),                              // S1 late
        E("KPU-7271", "1.1.1.2", 3, D(2026, 8, 1)),                               // Q3 on time
        E("KPU-7271", "2.1.1.1", 1, D(2025, 12, 20)),                             // before window
        E("KPU-72", "1.1.1.1", 1, D(2026, 1, 5)),                                 // other satker
        E("KPU-7271", "9.9.9.9", 1, D(2026, 1, 5)),                               // no such indicator
    };
  }

  ComplianceReport Score(Date as_of, ScoringPolicy policy = {}) const {
    return ScorePlan(plan_, calendar_, evidence_, as_of, policy);
  }

  Plan plan_{PlanData{}};
  Calendar calendar_;
  std::vector<EvidenceRecord> evidence_;
};

void ExpectOccurrence(const OccurrenceScore& o, int on_time, int late, S status,
                      std::optional<double> credit) {
  SCOPED_TRACE(o.occurrence.indicator_id + "#" + std::to_string(o.occurrence.index));
  EXPECT_EQ(o.on_time, on_time);
  EXPECT_EQ(o.late, late);
  EXPECT_EQ(o.status, status) << ToString(o.status);
  EXPECT_EQ(o.assessed, credit.has_value());
  EXPECT_EQ(o.credit, credit);
}

TEST_F(ScoringTest, DueDatesFollowTheCalendar) {
  const ComplianceReport r = Score(D(2026, 7, 1));
  const auto due = [&](const char* id, int k) {
    return r.FindIndicator(id)->occurrences[static_cast<size_t>(k)].occurrence.due;
  };
  EXPECT_EQ(due("1.1.1.1", 0), D(2026, 2, 2));
  EXPECT_EQ(due("1.1.1.2", 0), D(2026, 3, 31));
  EXPECT_EQ(due("1.1.1.2", 3), D(2026, 12, 31));
  EXPECT_EQ(due("1.2.1.1", 0), D(2026, 6, 30));
  EXPECT_EQ(r.FindIndicator("1.2.1.1")->occurrences[0].occurrence.required, 2);
}

TEST_F(ScoringTest, MidYearByHand) {
  const ComplianceReport r = Score(D(2026, 7, 1));
  const IndicatorScore* a = r.FindIndicator("1.1.1.1");
  ExpectOccurrence(a->occurrences[0], 1, 0, S::kDone, 1.0);
  EXPECT_EQ(a->score, 1.0);
  EXPECT_EQ(a->progress, 1.0);

  const IndicatorScore* q = r.FindIndicator("1.1.1.2");
  ExpectOccurrence(q->occurrences[0], 0, 1, S::kDoneLate, 0.5);  // 6 Apr after 31 Mar
  ExpectOccurrence(q->occurrences[1], 0, 0, S::kOverdue, 0.0);   // only submitted
  ExpectOccurrence(q->occurrences[2], 0, 0, S::kOpen, std::nullopt);  // 1 Jul in Q3
  ExpectOccurrence(q->occurrences[3], 0, 0, S::kUpcoming, std::nullopt);
  EXPECT_DOUBLE_EQ(*q->score, (0.5 + 0.0) / 2);
  EXPECT_DOUBLE_EQ(*q->progress, 0.5 / 4);
  EXPECT_EQ(q->occurrences[2].not_counted.size(), 2u);  // the rejected one, the future one

  const IndicatorScore* s = r.FindIndicator("1.2.1.1");
  ExpectOccurrence(s->occurrences[0], 1, 0, S::kOverdue, 0.5);  // 1 of 2; 15 Jul is later
  ExpectOccurrence(s->occurrences[1], 0, 0, S::kOpen, std::nullopt);
  EXPECT_DOUBLE_EQ(*s->progress, 1.0 / 4);

  const IndicatorScore* d = r.FindIndicator("2.1.1.1");
  ExpectOccurrence(d->occurrences[0], 1, 0, S::kDone, 1.0);  // early evidence counts

  // Aspect 1.1: (1·1 + 2·0.25) / 3; aspect 1.2: 0.5; component 1: (0.5·0.5 + 1.5·0.5) / 2.
  EXPECT_DOUBLE_EQ(*r.components[0].aspects[0].score, 1.5 / 3);
  EXPECT_DOUBLE_EQ(*r.components[0].aspects[1].score, 0.5);
  EXPECT_DOUBLE_EQ(*r.components[0].score, 0.5);
  EXPECT_DOUBLE_EQ(*r.components[1].score, 1.0);
  // Plan: 100 × (8·0.5 + 15·1) / 23.
  EXPECT_DOUBLE_EQ(*r.score, 100.0 * 19.0 / 23.0);
}

TEST_F(ScoringTest, EvidenceDiagnostics) {
  const ComplianceReport r = Score(D(2026, 7, 1));
  std::vector<std::string> codes;
  for (const Diagnostic& d : r.diagnostics) codes.push_back(d.code + "@" + d.where);
  EXPECT_NE(std::find(codes.begin(), codes.end(), "evidence_unmatched@9.9.9.9"), codes.end());
  EXPECT_NE(std::find(codes.begin(), codes.end(), "evidence_other_satker@plan"), codes.end());
  EXPECT_NE(std::find(codes.begin(), codes.end(), "evidence_before_window@2.1.1.1"), codes.end());
  EXPECT_EQ(r.evidence.size(), 9u);  // the other satker's record is not part of this report
}

TEST_F(ScoringTest, YearEndByHand) {
  const ComplianceReport r = Score(D(2026, 12, 31));
  const IndicatorScore* q = r.FindIndicator("1.1.1.2");
  ExpectOccurrence(q->occurrences[2], 1, 0, S::kDone, 1.0);  // 1 Aug, before 30 Sep
  ExpectOccurrence(q->occurrences[3], 0, 0, S::kOpen, std::nullopt);  // due today
  EXPECT_DOUBLE_EQ(*q->score, (0.5 + 0 + 1) / 3);
  const IndicatorScore* s = r.FindIndicator("1.2.1.1");
  ExpectOccurrence(s->occurrences[0], 1, 1, S::kDoneLate, 0.75);  // (1 + 0.5·1) / 2
  ExpectOccurrence(s->occurrences[1], 0, 0, S::kOpen, std::nullopt);
  // A day later the open ones are overdue.
  const ComplianceReport next = Score(D(2027, 1, 1));
  ExpectOccurrence(next.FindIndicator("1.1.1.2")->occurrences[3], 0, 0, S::kOverdue, 0.0);
  ExpectOccurrence(next.FindIndicator("1.2.1.1")->occurrences[1], 0, 0, S::kOverdue, 0.0);
}

TEST_F(ScoringTest, LateCreditLambda) {
  ScoringPolicy strict;
  strict.late_credit = 0;
  ScoringPolicy lenient;
  lenient.late_credit = 1;
  const Date t = D(2026, 12, 31);
  EXPECT_DOUBLE_EQ(*Score(t, strict).FindIndicator("1.1.1.2")->score, (0 + 0 + 1) / 3.0);
  EXPECT_DOUBLE_EQ(*Score(t, lenient).FindIndicator("1.1.1.2")->score, (1 + 0 + 1) / 3.0);
  EXPECT_DOUBLE_EQ(*Score(t, strict).FindIndicator("1.2.1.1")->score, 0.5);
  EXPECT_DOUBLE_EQ(*Score(t, lenient).FindIndicator("1.2.1.1")->score, 1.0);
  EXPECT_FALSE(ValidateScoringPolicy(ScoringPolicy{1.5, false}).ok());
  EXPECT_FALSE(ValidateScoringPolicy(ScoringPolicy{-0.1, false}).ok());
  EXPECT_TRUE(ValidateScoringPolicy(ScoringPolicy{0.5, true}).ok());
}

TEST_F(ScoringTest, SubmittedCountsOnlyWhenThePolicySaysSo) {
  ScoringPolicy policy;
  policy.count_submitted = true;
  const ComplianceReport r = Score(D(2026, 12, 31), policy);
  const IndicatorScore* q = r.FindIndicator("1.1.1.2");
  ExpectOccurrence(q->occurrences[1], 1, 0, S::kDone, 1.0);  // 30 Jun = due date
  EXPECT_DOUBLE_EQ(*q->score, (0.5 + 1 + 1) / 3);
  // Rejected evidence never counts, whatever the policy.
  EXPECT_EQ(q->occurrences[2].counted.size(), 1u);
}

TEST_F(ScoringTest, AsOfReplaysHistoryExactly) {
  const Date t = D(2026, 7, 1);
  const std::string before = ComplianceReportJson(Score(t));
  // Evidence dated after t, added later, does not change the past.
  evidence_.push_back(E("KPU-7271", "1.1.1.2", 2, D(2026, 7, 2)));
  evidence_.push_back(E("KPU-7271", "1.2.1.1", 2, D(2026, 9, 1), EvidenceStatus::kVerified, 2));
  EXPECT_EQ(ComplianceReportJson(Score(t)), before);
  EXPECT_NE(ComplianceReportJson(Score(D(2026, 9, 2))), ComplianceReportJson(Score(t)));
}

TEST_F(ScoringTest, NothingAssessedIsNull) {
  evidence_.clear();
  const ComplianceReport r = Score(D(2026, 1, 15));
  EXPECT_EQ(r.score, std::nullopt);
  for (const ComponentScore& c : r.components) EXPECT_EQ(c.score, std::nullopt);
  EXPECT_EQ(r.FindIndicator("1.1.1.1")->score, std::nullopt);
  EXPECT_EQ(r.FindIndicator("1.1.1.1")->progress, 0.0);
  const std::string json = ComplianceReportJson(r);
  EXPECT_NE(json.find("\"score\": null"), std::string::npos);
  // Once January is due, only what is assessed counts: 1.1.1.1 overdue → 0.
  const ComplianceReport feb = Score(D(2026, 2, 3));
  EXPECT_EQ(feb.FindIndicator("1.1.1.1")->score, 0.0);
  EXPECT_EQ(feb.FindIndicator("1.1.1.2")->score, std::nullopt);
  EXPECT_EQ(feb.components[1].score, std::nullopt);
  EXPECT_EQ(feb.score, 0.0);
}

TEST(EvaluateOccurrenceTest, SpecTableCases) {
  const Date s = D(2026, 4, 1), d = D(2026, 6, 30);
  const std::vector<Date> dates = {D(2026, 3, 15), D(2026, 6, 30), D(2026, 7, 3)};
  const std::vector<int> counts = {1, 1, 2};
  struct Row {
    Date t;
    int r, on_time, late;
    S status;
    bool assessed;
  };
  const Row rows[] = {
      {D(2026, 3, 20), 2, 1, 0, S::kUpcoming, false},  // early evidence, window not started
      {D(2026, 3, 20), 1, 1, 0, S::kDone, true},       // done before the window: assessed
      {D(2026, 6, 30), 2, 2, 0, S::kDone, true},       // on the due date counts as on time
      {D(2026, 6, 30), 3, 2, 0, S::kOpen, false},
      {D(2026, 7, 1), 3, 2, 0, S::kOverdue, true},
      {D(2026, 7, 3), 3, 2, 1, S::kDoneLate, true},   // late capped at r - on_time
      {D(2026, 7, 3), 5, 2, 2, S::kOverdue, true},
      {D(2026, 7, 3), 0, 0, 0, S::kDone, false},      // nothing required: not assessed
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(FormatIsoDate(row.t) + " r=" + std::to_string(row.r));
    const OccurrenceCounts c = EvaluateOccurrence(s, d, row.r, row.t, dates, counts);
    EXPECT_EQ(c.on_time, row.on_time);
    EXPECT_EQ(c.late, row.late);
    EXPECT_EQ(c.status, row.status);
    EXPECT_EQ(c.assessed, row.assessed);
  }
}

}  // namespace
}  // namespace zi
