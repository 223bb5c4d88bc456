#include "zi/compliance/portfolio.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <limits>
#include <random>
#include <thread>

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

// Blocks of expansion bounded by occurrences instead of plans (CompileOptions::
// expansion_budget; a budget of 1 ends a block after one plan per thread) give the same
// portfolio as one block of every plan, with 1 and 2 threads.
TEST(PortfolioTest, ExpansionBudgetDoesNotChangeTheResult) {
  const Fixture& f = Kpu553();
  const CompiledPortfolio whole = CompiledPortfolio::Compile(f.plans)->WithEvidence(f.evidence);
  const Date as_of = Date::FromYmd(2026, 7, 1);
  PortfolioScoreOptions score;
  score.threads = 1;
  auto want = whole.Score(as_of, score);
  ASSERT_TRUE(want.ok());
  for (int threads : {1, 2}) {
    for (size_t budget : {size_t{1}, size_t{5000}}) {
      SCOPED_TRACE(testing::Message() << threads << " threads, budget " << budget);
      CompileOptions o;
      o.threads = threads;
      o.expansion_budget = budget;
      auto compiled = CompiledPortfolio::Compile(f.plans, o);
      ASSERT_TRUE(compiled.ok()) << compiled.status();
      const CompiledPortfolio p = compiled->WithEvidence(f.evidence);
      EXPECT_EQ(p.occurrence_count(), whole.occurrence_count());
      EXPECT_EQ(p.unmatched_evidence(), whole.unmatched_evidence());
      auto got = p.Score(as_of, score);
      ASSERT_TRUE(got.ok());
      EXPECT_EQ(got->score, want->score);
      EXPECT_EQ(got->status_counts, want->status_counts);
      EXPECT_EQ(got->ranking, want->ranking);
      EXPECT_EQ(got->occurrences_scored, want->occurrences_scored);
      ASSERT_EQ(got->component_score.size(), want->component_score.size());
      for (size_t c = 0; c < want->component_score.size(); ++c) {
        EXPECT_EQ(std::bit_cast<uint64_t>(got->component_score[c]),
                  std::bit_cast<uint64_t>(want->component_score[c]))
            << c;
      }
    }
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
  EXPECT_NE(compiled.status().message().find("satker KPU-72 (KPU Provinsi Sulawesi Tengah) ada di "
                                             "dua rencana aksi: rencana ke-1 dan rencana ke-2"),
            std::string::npos);
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

// ---- incremental evidence (WithSatkerEvidence, WithAddedEvidence) ----------------------

// Every field of two results, doubles compared bit for bit (NaN components included).
void ExpectSameScores(const PortfolioScores& a, const PortfolioScores& b) {
  EXPECT_EQ(a.as_of, b.as_of);
  ASSERT_EQ(a.score.size(), b.score.size());
  for (size_t p = 0; p < a.score.size(); ++p) {
    ASSERT_EQ(a.score[p].has_value(), b.score[p].has_value()) << p;
    if (a.score[p]) {
      ASSERT_EQ(std::bit_cast<uint64_t>(*a.score[p]), std::bit_cast<uint64_t>(*b.score[p])) << p;
    }
  }
  ASSERT_EQ(a.component_score.size(), b.component_score.size());
  for (size_t c = 0; c < a.component_score.size(); ++c) {
    ASSERT_EQ(std::bit_cast<uint64_t>(a.component_score[c]),
              std::bit_cast<uint64_t>(b.component_score[c]))
        << c;
  }
  EXPECT_EQ(a.component_offset, b.component_offset);
  EXPECT_EQ(a.status_counts, b.status_counts);
  EXPECT_EQ(a.ranking, b.ranking);
  EXPECT_EQ(a.occurrences_scored, b.occurrences_scored);
  ASSERT_EQ(a.rollups.size(), b.rollups.size());
  for (size_t k = 0; k < a.rollups.size(); ++k) {
    EXPECT_EQ(a.rollups[k].parent, b.rollups[k].parent);
    EXPECT_EQ(a.rollups[k].count, b.rollups[k].count);
    EXPECT_EQ(a.rollups[k].scored, b.rollups[k].scored);
    EXPECT_EQ(a.rollups[k].mean, b.rollups[k].mean);
    EXPECT_EQ(a.rollups[k].min, b.rollups[k].min);
    EXPECT_EQ(a.rollups[k].max, b.rollups[k].max);
    EXPECT_EQ(a.rollups[k].at_or_above, b.rollups[k].at_or_above);
  }
}

// The dates and policies the incremental results are compared on.
void ExpectSameOnEveryDateAndPolicy(const CompiledPortfolio& a, const CompiledPortfolio& b) {
  EXPECT_EQ(a.evidence_count(), b.evidence_count());
  EXPECT_EQ(a.unmatched_evidence(), b.unmatched_evidence());
  ScoringPolicy strict;
  strict.late_credit = 0.0;
  ScoringPolicy lenient;
  lenient.count_submitted = true;
  lenient.late_credit = 0.3;
  for (const ScoringPolicy& policy : {ScoringPolicy{}, strict, lenient}) {
    for (Date as_of : {Date::FromYmd(2026, 1, 2), Date::FromYmd(2026, 4, 15),
                       Date::FromYmd(2026, 9, 30), Date::FromYmd(2027, 1, 31)}) {
      SCOPED_TRACE(FormatIsoDate(as_of));
      PortfolioScoreOptions options;
      options.policy = policy;
      options.threads = 2;
      auto x = a.Score(as_of, options);
      auto y = b.Score(as_of, options);
      ASSERT_TRUE(x.ok() && y.ok());
      ExpectSameScores(*x, *y);
    }
  }
}

// The 553-satker evidence with satker `code`'s records replaced by `records`.
std::vector<EvidenceRecord> Replaced(std::span<const EvidenceRecord> evidence,
                                     const std::string& code,
                                     std::span<const EvidenceRecord> records) {
  std::vector<EvidenceRecord> out;
  for (const EvidenceRecord& r : evidence) {
    if (r.satker != code) out.push_back(r);
  }
  out.insert(out.end(), records.begin(), records.end());
  return out;
}

// Replacing a few satker's evidence one at a time gives exactly the portfolio compiled from
// scratch with the whole new evidence set (every field of every result), including a
// satker replaced with no evidence and new records that match nothing; the portfolios of
// before are unchanged.
TEST(PortfolioTest, SatkerUpdateEqualsFilingEverythingAgain) {
  const Fixture& f = Kpu553();
  const CompiledPortfolio compiled = *CompiledPortfolio::Compile(f.plans);
  // The starting set has one unmatched record of satker 17, which the update drops.
  std::vector<EvidenceRecord> current = f.evidence;
  const std::string s17 = f.plans[17].satker().code;
  current.push_back({s17, "9.9.9.9", 1, Date::FromYmd(2026, 2, 2), EvidenceStatus::kVerified, 1,
                     "", 0});
  const CompiledPortfolio base = compiled.WithEvidence(current);
  ASSERT_EQ(base.unmatched_evidence(), 1u);
  const Date probe = Date::FromYmd(2026, 9, 30);
  const PortfolioScores base_before = *base.Score(probe);

  CompiledPortfolio updated = base;
  for (size_t p : {size_t{17}, size_t{0}, size_t{300}, size_t{552}}) {
    const std::string code = f.plans[p].satker().code;
    SCOPED_TRACE(code);
    std::vector<EvidenceRecord> records;
    if (p != 300) {  // satker 300 is replaced with no evidence at all
      records = SyntheticEvidence(f.plans[p], ExpandOccurrences(f.plans[p], f.calendar), 1000 + p);
      ASSERT_GT(records.size(), 10u);
    }
    if (p == 0) {  // records that match nothing, and one rejected
      records.push_back({code, "9.9.9.9", 1, Date::FromYmd(2026, 2, 2),
                         EvidenceStatus::kVerified, 1, "", 0});
      records.push_back({code, "1.3.1.1", 99, Date::FromYmd(2026, 2, 2),
                         EvidenceStatus::kVerified, 1, "", 0});
      records.push_back({code, "1.3.1.1", 1, Date::FromYmd(2026, 2, 2),
                         EvidenceStatus::kVerified, 0, "", 0});
      records.push_back({code, "1.3.1.1", 1, Date::FromYmd(2026, 2, 2),
                         EvidenceStatus::kRejected, 1, "", 0});
    }
    auto next = updated.WithSatkerEvidence(code, records);
    ASSERT_TRUE(next.ok()) << next.status();
    updated = *std::move(next);
    current = Replaced(current, code, records);
    const CompiledPortfolio scratch = compiled.WithEvidence(current);
    ExpectSameOnEveryDateAndPolicy(updated, scratch);
  }
  EXPECT_EQ(updated.unmatched_evidence(), 3u);  // satker 0's three, not satker 17's old one
  // The portfolio of before still has its own evidence, and scores as it did.
  EXPECT_EQ(base.unmatched_evidence(), 1u);
  ExpectSameScores(*base.Score(probe), base_before);
  EXPECT_NE(updated.Score(probe)->score, base_before.score);  // the updates changed scores
}

// Records without a satker belong to the satker whose evidence is replaced; records of
// another satker, and an unknown satker, are refused and leave nothing changed.
TEST(PortfolioTest, SatkerUpdateRefusesOtherSatkerAndUnknownCodes) {
  const Fixture& f = Kpu553();
  const CompiledPortfolio base = CompiledPortfolio::Compile(f.plans)->WithEvidence(f.evidence);
  const std::string code = f.plans[5].satker().code, other = f.plans[6].satker().code;
  std::vector<EvidenceRecord> mine;
  for (const EvidenceRecord& r : f.evidence) {
    if (r.satker == code) mine.push_back(r);
  }
  ASSERT_GT(mine.size(), 2u);
  std::vector<EvidenceRecord> unnamed = mine;
  for (EvidenceRecord& r : unnamed) r.satker.clear();
  auto same = base.WithSatkerEvidence(code, unnamed);
  ASSERT_TRUE(same.ok()) << same.status();
  ExpectSameOnEveryDateAndPolicy(*same, base);

  std::vector<EvidenceRecord> mixed = mine;
  mixed[1].satker = other;
  auto refused = base.WithSatkerEvidence(code, mixed);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(refused.status().message().find("ke-2"), std::string::npos) << refused.status();
  EXPECT_NE(refused.status().message().find(other), std::string::npos);
  EXPECT_NE(refused.status().message().find(code), std::string::npos);

  auto unknown = base.WithSatkerEvidence("KPU-0000", mine);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(unknown.status().message().find("KPU-0000"), std::string::npos);
  auto empty_code = base.WithSatkerEvidence("", mine);
  EXPECT_EQ(empty_code.status().code(), absl::StatusCode::kNotFound);
}

// Adding evidence in batches (of many satker, with unknown satker and unmatched records)
// gives the portfolio of filing all of it at once.
TEST(PortfolioTest, AddedEvidenceEqualsFilingEverythingAtOnce) {
  const Fixture& f = Kpu553();
  const CompiledPortfolio compiled = *CompiledPortfolio::Compile(f.plans);
  std::vector<EvidenceRecord> all = f.evidence;
  all.push_back({"KPU-0000", "1.3.1.1", 1, Date::FromYmd(2026, 2, 2), EvidenceStatus::kVerified,
                 1, "", 0});
  all.push_back({"", "1.3.1.1", 1, Date::FromYmd(2026, 2, 2), EvidenceStatus::kVerified, 1, "",
                 0});  // no satker in a portfolio of 553: unmatched
  all.push_back({f.plans[3].satker().code, "9.9", 1, Date::FromYmd(2026, 2, 2),
                 EvidenceStatus::kVerified, 1, "", 0});
  // Duplicates of filed records (same occurrence and date) count again, as in one set.
  for (size_t k = 0; k < 50; ++k) all.push_back(f.evidence[k * 97]);
  std::mt19937 rng(11);
  std::shuffle(all.begin(), all.end(), rng);
  const size_t cut1 = all.size() / 2, cut2 = all.size() - 40;
  const std::span<const EvidenceRecord> span(all);
  const CompiledPortfolio first = compiled.WithEvidence(span.first(cut1));
  const CompiledPortfolio second = first.WithAddedEvidence(span.subspan(cut1, cut2 - cut1));
  const CompiledPortfolio third = second.WithAddedEvidence(span.subspan(cut2));
  ExpectSameOnEveryDateAndPolicy(third, compiled.WithEvidence(all));
  EXPECT_EQ(third.unmatched_evidence(), 3u);
  ExpectSameOnEveryDateAndPolicy(first, compiled.WithEvidence(span.first(cut1)));
  ExpectSameOnEveryDateAndPolicy(compiled.WithAddedEvidence(all), third);
}

// With one plan, records without a satker are that plan's, for adding as for filing.
TEST(PortfolioTest, AddedEvidenceWithoutSatkerBelongsToTheOnlyPlan) {
  const std::vector<Plan> plans = {*DefaultPlan()};
  const CompiledPortfolio base = *CompiledPortfolio::Compile(plans);
  const std::vector<EvidenceRecord> ev = {
      {"", "1.3.1.1", 1, Date::FromYmd(2026, 3, 2), EvidenceStatus::kVerified, 1, "", 1},
      {"", "1.3.1.1", 2, Date::FromYmd(2026, 6, 2), EvidenceStatus::kSubmitted, 1, "", 2},
      {"KPU-99", "1.3.1.1", 1, Date::FromYmd(2026, 6, 2), EvidenceStatus::kVerified, 1, "", 3}};
  const CompiledPortfolio added = base.WithAddedEvidence(ev);
  EXPECT_EQ(added.evidence_count(), 2u);
  EXPECT_EQ(added.unmatched_evidence(), 1u);
  EXPECT_EQ(base.evidence_count(), 0u);
  ExpectSameOnEveryDateAndPolicy(added, base.WithEvidence(ev));
  auto replaced = added.WithSatkerEvidence("KPU-72", {});
  ASSERT_TRUE(replaced.ok());
  EXPECT_EQ(replaced->evidence_count(), 0u);
  EXPECT_EQ(replaced->unmatched_evidence(), 1u);  // KPU-99's record is no satker's
}

// An application keeps scoring the portfolio it has while another thread builds updates
// from it: the old one's results never change (run under ThreadSanitizer too).
TEST(PortfolioTest, OldSnapshotScoresWhileUpdatesAreBuilt) {
  const Fixture& f = Kpu553();
  const CompiledPortfolio base = CompiledPortfolio::Compile(f.plans)->WithEvidence(f.evidence);
  const Date as_of = Date::FromYmd(2026, 7, 1);
  PortfolioScoreOptions one;
  one.threads = 1;
  const PortfolioScores want = *base.Score(as_of, one);
  std::thread updater([&] {
    CompiledPortfolio p = base;
    for (size_t k = 0; k < 20; ++k) {
      p = *p.WithSatkerEvidence(f.plans[k * 25].satker().code, {});
    }
    EXPECT_LT(p.evidence_count(), base.evidence_count());
  });
  for (int k = 0; k < 5; ++k) ExpectSameScores(*base.Score(as_of, one), want);
  updater.join();
}

// ---- portfolios without their plans (CompileOptions::keep_plans, PlanSource) -----------

// A portfolio compiled from a PlanSource without keeping its plans (small blocks: a
// budget of 1 occurrence ends a block after one plan per thread) is the portfolio of the
// plans themselves: the same satker, komponen, diagnostics, scope, filing and scores, on 1
// and 2 threads; only plan(p) is gone. The source is asked for every plan exactly once.
TEST(PortfolioTest, CompactPortfolioFromASourceEqualsThePlans) {
  const Fixture& f = Kpu553();
  const CompiledPortfolio whole = CompiledPortfolio::Compile(f.plans)->WithEvidence(f.evidence);
  ASSERT_TRUE(whole.keeps_plans());
  ASSERT_NE(whole.plan(3), nullptr);
  EXPECT_EQ(whole.plan(3)->satker().code, f.plans[3].satker().code);
  const Date as_of = Date::FromYmd(2026, 7, 1);
  PortfolioScoreOptions score;
  score.threads = 1;
  const PortfolioScores want = *whole.Score(as_of, score);
  for (int threads : {1, 2}) {
    for (size_t budget : {size_t{1}, size_t{0}}) {
      SCOPED_TRACE(testing::Message() << threads << " threads, budget " << budget);
      CompileOptions o;
      o.threads = threads;
      o.expansion_budget = budget;
      o.keep_plans = false;
      std::vector<std::atomic<int>> calls(f.plans.size());
      auto compiled = CompiledPortfolio::Compile(
          f.plans.size(),
          [&](size_t i) -> absl::StatusOr<Plan> {
            calls.at(i).fetch_add(1);
            // Made anew, as a reader of files would: nothing is shared with f.plans.
            return SyntheticPlan(*DefaultPlan(), SyntheticSatker(i), SyntheticPlanSeed(2026, i));
          },
          o);
      ASSERT_TRUE(compiled.ok()) << compiled.status();
      for (size_t i = 0; i < calls.size(); ++i) ASSERT_EQ(calls[i].load(), 1) << i;
      EXPECT_FALSE(compiled->keeps_plans());
      EXPECT_EQ(compiled->plan(0), nullptr);
      ASSERT_EQ(compiled->plan_count(), f.plans.size());
      EXPECT_EQ(compiled->occurrence_count(), whole.occurrence_count());
      for (size_t p = 0; p < f.plans.size(); ++p) {
        ASSERT_EQ(compiled->satker(p), f.plans[p].satker());
        ASSERT_EQ(compiled->component_count(p), f.plans[p].components().size());
        for (size_t c = 0; c < f.plans[p].components().size(); ++c) {
          ASSERT_EQ(compiled->component_id(p, c), f.plans[p].components()[c].id);
          // NUL-terminated, for the C API.
          ASSERT_EQ(compiled->component_id(p, c).data()[compiled->component_id(p, c).size()], '\0');
        }
        ASSERT_EQ(compiled->diagnostics(p).size(), whole.diagnostics(p).size());
      }
      const EvidenceScope a = compiled->Scope(), b = whole.Scope();
      for (size_t p = 0; p < f.plans.size(); p += 37) {
        const std::string& code = f.plans[p].satker().code;
        for (const auto& ref : f.plans[p].indicators()) {
          ASSERT_EQ(a.Occurrences(code, ref.indicator->id), b.Occurrences(code, ref.indicator->id));
        }
        EXPECT_EQ(a.Occurrences(code, "9.9.9"), std::nullopt);
      }
      const CompiledPortfolio filed = compiled->WithEvidence(f.evidence);
      EXPECT_EQ(filed.evidence_count(), whole.evidence_count());
      EXPECT_EQ(filed.unmatched_evidence(), whole.unmatched_evidence());
      ExpectSameScores(*filed.Score(as_of, score), want);
    }
  }
}

// The incremental updates work on a portfolio without plans exactly as on one with them.
TEST(PortfolioTest, CompactPortfolioUpdatesLikeAFullOne) {
  const Fixture& f = Kpu553();
  CompileOptions lean;
  lean.keep_plans = false;
  const CompiledPortfolio full = *CompiledPortfolio::Compile(f.plans);
  const CompiledPortfolio compact = *CompiledPortfolio::Compile(f.plans, lean);
  const std::string code = f.plans[9].satker().code;
  std::vector<EvidenceRecord> first, second, mine;
  for (size_t k = 0; k < f.evidence.size(); ++k) {
    (k % 2 ? first : second).push_back(f.evidence[k]);
    if (f.evidence[k].satker == code && k % 3 == 0) mine.push_back(f.evidence[k]);
  }
  const Date as_of = Date::FromYmd(2026, 10, 1);
  const auto a = full.WithEvidence(first).WithAddedEvidence(second).WithSatkerEvidence(code, mine);
  const auto b = compact.WithEvidence(first).WithAddedEvidence(second).WithSatkerEvidence(code, mine);
  ASSERT_TRUE(a.ok() && b.ok()) << b.status();
  EXPECT_EQ(b->evidence_count(), a->evidence_count());
  ExpectSameScores(*b->Score(as_of), *a->Score(as_of));
}

// A source's error stops the compilation and comes back as it is; two plans of one satker
// are named by position and label even when they are in different blocks.
TEST(PortfolioTest, SourceErrorsAndDuplicates) {
  const Plan base = *DefaultPlan();
  CompileOptions o;
  o.keep_plans = false;
  auto failed = CompiledPortfolio::Compile(
      1500,
      [&](size_t i) -> absl::StatusOr<Plan> {
        if (i == 1200) return absl::NotFoundError("rencana-1201.json: berkas tidak ada");
        return SyntheticPlan(base, SyntheticSatker(i), i);
      },
      o);
  EXPECT_EQ(failed.status(), absl::NotFoundError("rencana-1201.json: berkas tidak ada"));
  o.plan_labels.assign(1100, "");
  o.plan_labels[3] = "a.json";
  o.plan_labels[1099] = "b.json";
  auto twice = CompiledPortfolio::Compile(
      1100,
      [&](size_t i) -> absl::StatusOr<Plan> {
        return SyntheticPlan(base, SyntheticSatker(i == 1099 ? 3 : i), i);
      },
      o);
  ASSERT_EQ(twice.status().code(), absl::StatusCode::kInvalidArgument);
  const Satker third = SyntheticSatker(3);
  EXPECT_EQ(twice.status().message(),
            "satker " + third.code + " (" + third.name +
                ") ada di dua rencana aksi: rencana ke-4 (a.json) dan rencana ke-1100 (b.json)");
  auto empty = CompiledPortfolio::Compile(0, PlanSource{});
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(empty->plan_count(), 0u);
  EXPECT_EQ(CompiledPortfolio::Compile(2, PlanSource{}).status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace zi
