#include "zi/compliance/portfolio.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "zi/io/calendar_json.hpp"
#include "zi/defaults.hpp"
#include "zi/compliance/synthetic.hpp"

namespace zi {
namespace {

struct Fixture {
  std::vector<Plan> plans;
  std::vector<EvidenceRecord> evidence;
  Calendar calendar;
};

const Fixture& Kpu553() {
  static const Fixture f = [] {
    Fixture x;
    x.calendar = *DefaultCalendar();
    x.plans = SyntheticPortfolio(*DefaultPlan(), 553, 2026);
    for (size_t p = 0; p < x.plans.size(); ++p) {
      const PlanOccurrences occ = ExpandOccurrences(x.plans[p], x.calendar);
      for (EvidenceRecord& e : SyntheticEvidence(x.plans[p], occ, 7 + p)) {
        x.evidence.push_back(std::move(e));
      }
    }
    return x;
  }();
  return f;
}

// Portfolio scoring of all 553 KPU satker gives exactly the numbers of scoring each plan
// alone, with 1 and with 2 threads, on several dates.
TEST(PortfolioTest, SameNumbersAsScoringEachPlanAlone) {
  const Fixture& f = Kpu553();
  auto compiled = CompiledPortfolio::Compile(f.plans);
  ASSERT_TRUE(compiled.ok()) << compiled.status();
  const CompiledPortfolio portfolio = compiled->WithEvidence(f.evidence);
  EXPECT_EQ(portfolio.plan_count(), 553u);
  EXPECT_EQ(portfolio.unmatched_evidence(), 0u);
  for (Date as_of : {Date::FromYmd(2026, 4, 15), Date::FromYmd(2026, 7, 1),
                     Date::FromYmd(2027, 1, 31)}) {
    SCOPED_TRACE(FormatIsoDate(as_of));
    PortfolioScoreOptions one;
    one.threads = 1;
    PortfolioScoreOptions two;
    two.threads = 2;
    auto a = portfolio.Score(as_of, one);
    auto b = portfolio.Score(as_of, two);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->score, b->score);
    EXPECT_EQ(a->ranking, b->ranking);
    size_t with_score = 0;
    for (size_t p = 0; p < f.plans.size(); ++p) {
      const ComplianceReport alone = ScorePlan(f.plans[p], f.calendar, f.evidence, as_of);
      ASSERT_EQ(a->score[p], alone.score) << f.plans[p].satker().code;
      with_score += alone.score.has_value();
      for (size_t c = 0; c < alone.components.size(); ++c) {
        const double got = a->component_score[a->component_offset[p] + c];
        const std::optional<double> want = alone.components[c].score;
        if (want) {
          EXPECT_EQ(got, *want);
        } else {
          EXPECT_TRUE(std::isnan(got));
        }
      }
    }
    EXPECT_EQ(with_score, f.plans.size());
  }
}

// The kernel's masks for submitted evidence, late credit and statuses, checked against
// the reference on every plan with the non-default policies too.
TEST(PortfolioTest, StatusCountsAndPoliciesMatchTheReference) {
  const Fixture& f = Kpu553();
  const CompiledPortfolio portfolio = CompiledPortfolio::Compile(f.plans)->WithEvidence(f.evidence);
  ScoringPolicy strict;
  strict.count_submitted = false;
  strict.late_credit = 0.0;
  ScoringPolicy lenient;
  lenient.count_submitted = true;
  lenient.late_credit = 0.3;
  size_t submitted = 0;
  for (const EvidenceRecord& e : f.evidence) submitted += e.status == EvidenceStatus::kSubmitted;
  ASSERT_GT(submitted, 100u);  // the policies make a difference on this data
  for (const ScoringPolicy& policy : {ScoringPolicy{}, strict, lenient}) {
    for (Date as_of : {Date::FromYmd(2026, 3, 31), Date::FromYmd(2026, 9, 30)}) {
      SCOPED_TRACE(FormatIsoDate(as_of));
      PortfolioScoreOptions options;
      options.policy = policy;
      options.threads = 2;
      auto scores = portfolio.Score(as_of, options);
      ASSERT_TRUE(scores.ok());
      for (size_t p = 0; p < f.plans.size(); ++p) {
        const ComplianceReport alone =
            ScorePlan(f.plans[p], f.calendar, f.evidence, as_of, policy);
        ASSERT_EQ(scores->score[p], alone.score) << p;
        StatusCounts want{};
        for (const auto& c : alone.components)
          for (const auto& a : c.aspects)
            for (const auto& i : a.indicators)
              for (const auto& o : i.occurrences) ++want[static_cast<size_t>(o.status)];
        ASSERT_EQ(scores->status_counts[p], want) << p;
      }
    }
  }
}

// Score ranks and rolls up from codes resolved at compile time; the result is that of
// the public RankScores and RollUpByParent on the same scores.
TEST(PortfolioTest, RankingAndRollUpEqualThePublicFunctions) {
  const Fixture& f = Kpu553();
  const CompiledPortfolio portfolio = CompiledPortfolio::Compile(f.plans)->WithEvidence(f.evidence);
  std::vector<const Satker*> satker;
  for (const Plan& p : f.plans) satker.push_back(&p.satker());
  for (Date as_of : {Date::FromYmd(2026, 1, 2), Date::FromYmd(2026, 7, 1)}) {
    PortfolioScoreOptions options;
    options.threshold = 60;
    auto scores = portfolio.Score(as_of, options);
    ASSERT_TRUE(scores.ok());
    EXPECT_EQ(scores->ranking, RankScores(scores->score, satker));
    const std::vector<RollUp> want = RollUpByParent(scores->score, satker, 60);
    ASSERT_EQ(scores->rollups.size(), want.size());
    ASSERT_GT(want.size(), 30u);
    for (size_t k = 0; k < want.size(); ++k) {
      EXPECT_EQ(scores->rollups[k].parent, want[k].parent);
      EXPECT_EQ(scores->rollups[k].count, want[k].count);
      EXPECT_EQ(scores->rollups[k].scored, want[k].scored);
      EXPECT_EQ(scores->rollups[k].mean, want[k].mean);
      EXPECT_EQ(scores->rollups[k].min, want[k].min);
      EXPECT_EQ(scores->rollups[k].max, want[k].max);
      EXPECT_EQ(scores->rollups[k].at_or_above, want[k].at_or_above);
    }
  }
}

// Evidence outside the record's contract (count below 1) is left out and counted.
TEST(PortfolioTest, CountBelowOneIsUnmatched) {
  const std::vector<Plan> plans = {*DefaultPlan()};
  const std::vector<EvidenceRecord> ev = {
      {"KPU-72", "1.3.1.1", 1, Date::FromYmd(2026, 3, 2), EvidenceStatus::kVerified, 0, "", 1},
      {"KPU-72", "1.3.1.1", 1, Date::FromYmd(2026, 3, 2), EvidenceStatus::kSubmitted,
       std::numeric_limits<int>::min(), "", 2}};
  const CompiledPortfolio p = CompiledPortfolio::Compile(plans)->WithEvidence(ev);
  EXPECT_EQ(p.evidence_count(), 0u);
  EXPECT_EQ(p.unmatched_evidence(), 2u);
}

TEST(PortfolioTest, RankingAndRollUp) {
  const Satker a{"KPU-7201", "A", SatkerLevel::kKabkota, "KPU-72", TimeZone::kWITA};
  const Satker b{"KPU-7202", "B", SatkerLevel::kKabkota, "KPU-72", TimeZone::kWITA};
  const Satker c{"KPU-7203", "C", SatkerLevel::kKabkota, "KPU-72", TimeZone::kWITA};
  const Satker d{"KPU-7301", "D", SatkerLevel::kKabkota, "KPU-73", TimeZone::kWITA};
  const Satker p{"KPU-72", "P", SatkerLevel::kProvinsi, "KPU-RI", TimeZone::kWITA};
  const std::vector<const Satker*> satker = {&c, &a, &d, &b, &p};
  const std::vector<std::optional<double>> scores = {80.0, 80.0, std::nullopt, 74.99, 75.0};
  // 80 (A before C by code), 75, 74.99, then null.
  EXPECT_EQ(RankScores(scores, satker), (std::vector<uint32_t>{1, 0, 4, 3, 2}));
  const std::vector<RollUp> r = RollUpByParent(scores, satker, 75.0);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].parent, "KPU-72");
  EXPECT_EQ(r[0].count, 3);
  EXPECT_EQ(r[0].scored, 3);
  EXPECT_DOUBLE_EQ(*r[0].mean, (80 + 80 + 74.99) / 3);
  EXPECT_EQ(r[0].min, 74.99);
  EXPECT_EQ(r[0].max, 80.0);
  EXPECT_EQ(r[0].at_or_above, 2);  // 74.99 is below 75
  EXPECT_EQ(r[1].parent, "KPU-73");
  EXPECT_EQ(r[1].count, 1);
  EXPECT_EQ(r[1].scored, 0);
  EXPECT_EQ(r[1].mean, std::nullopt);
  EXPECT_EQ(r[2].parent, "KPU-RI");
  EXPECT_EQ(r[2].at_or_above, 1);  // exactly on the threshold counts
}

TEST(PortfolioTest, DuplicateSatkerIsAnError) {
  const Plan plan = *DefaultPlan();
  const std::vector<Plan> plans = {plan, plan};
  auto compiled = CompiledPortfolio::Compile(plans);
  ASSERT_FALSE(compiled.ok());
  EXPECT_NE(compiled.status().message().find("both for satker KPU-72"), std::string::npos);
}

TEST(PortfolioTest, UnmatchedEvidenceIsCountedAndScopeMatchesThePlans) {
  const std::vector<Plan> plans = {*DefaultPlan()};
  const CompiledPortfolio base = *CompiledPortfolio::Compile(plans);
  const std::vector<EvidenceRecord> ev = {
      {"KPU-72", "1.3.1.1", 2, Date::FromYmd(2026, 6, 1), EvidenceStatus::kVerified, 1, "", 1},
      {"KPU-99", "1.3.1.1", 2, Date::FromYmd(2026, 6, 1), EvidenceStatus::kVerified, 1, "", 2},
      {"KPU-72", "1.3.1.1", 5, Date::FromYmd(2026, 6, 1), EvidenceStatus::kVerified, 1, "", 3},
      {"", "1.1.1.1", 1, Date::FromYmd(2026, 1, 6), EvidenceStatus::kVerified, 1, "", 4},
      {"KPU-72", "1.1.1.1", 1, Date::FromYmd(2026, 1, 6), EvidenceStatus::kRejected, 1, "", 5}};
  const CompiledPortfolio p = base.WithEvidence(ev);
  EXPECT_EQ(p.evidence_count(), 2u);
  EXPECT_EQ(p.unmatched_evidence(), 2u);
  EXPECT_EQ(base.evidence_count(), 0u);  // the original is unchanged
  const EvidenceScope scope = p.Scope();
  EXPECT_EQ(scope.Occurrences("KPU-72", "1.3.1.1"), 4);
  EXPECT_EQ(scope.Occurrences("KPU-72", "6.2.1.1"), 12);
  EXPECT_EQ(scope.Occurrences("KPU-72", "4.2.3.4"), 0);
  EXPECT_EQ(scope.default_satker(), "KPU-72");
}

TEST(PortfolioTest, InvalidPolicyIsRejected) {
  const std::vector<Plan> plans = {*DefaultPlan()};
  PortfolioScoreOptions options;
  options.policy.late_credit = 2;
  EXPECT_FALSE(CompiledPortfolio::Compile(plans)->Score(Date::FromYmd(2026, 7, 1), options).ok());
}

}  // namespace
}  // namespace zi
