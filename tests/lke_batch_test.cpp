#include "zi/lke/batch.hpp"

#include <gtest/gtest.h>

#include <random>

#include "test_util.hpp"
#include "zi/io/lke_answers_json.hpp"
#include "zi/io/lke_json.hpp"

namespace zi {
namespace {

using testing::lke::Default;

// A portfolio of varied answer sets derived from the worked example, one of them invalid.
std::vector<LkeAnswerSet> Portfolio(size_t n) {
  const Rubric r = Default();
  absl::StatusOr<LkeAnswerSet> base =
      LoadLkeAnswersFile(testing::TestData("lke/worked-example.json"), r);
  EXPECT_TRUE(base.ok());
  std::mt19937 rng(7);
  std::vector<LkeAnswerSet> sets;
  for (size_t i = 0; i < n; ++i) {
    LkeAnswerSet a = *base;
    a.satker = "KPU-" + std::to_string(7200 + i);
    a.prior_wbk = i % 3 == 0;
    for (const LkeQuestionRef& q : r.questions()) {
      if (q.type->kind != AnswerKind::kChoice || rng() % 4 != 0) continue;
      const auto& opts = q.question->options;
      a.Set(q.question->id, LkeAnswer::Choice(opts[rng() % opts.size()].code));
    }
    a.Set("H.IPKP", LkeAnswer::Number(static_cast<double>(rng() % 41) / 10));
    sets.push_back(std::move(a));
  }
  sets[n / 2].Set("P.MP.i.a", LkeAnswer::Choice("Mungkin"));
  return sets;
}

std::string Fingerprint(const std::vector<absl::StatusOr<LkeEvaluation>>& v) {
  std::string out;
  for (const auto& e : v) out += e.ok() ? WriteLkeEvaluationJson(*e) : std::string(e.status().message());
  return out;
}

TEST(LkeBatchTest, IdenticalForAnyThreadCount) {
  const std::vector<LkeAnswerSet> sets = Portfolio(40);
  const Rubric r = Default();
  const auto one = ScoreLkeBatch(r, sets, {}, 1);
  ASSERT_EQ(one.size(), sets.size());
  const std::string expect = Fingerprint(one);
  for (int threads : {2, 3, 8, 64, 0}) {
    EXPECT_EQ(Fingerprint(ScoreLkeBatch(r, sets, {}, threads)), expect) << threads;
  }
  for (size_t i = 0; i < sets.size(); ++i) {
    if (i == sets.size() / 2) {
      ASSERT_FALSE(one[i].ok());
      EXPECT_NE(one[i].status().message().find("P.MP.i.a (unit): \"Mungkin\""), std::string::npos);
      continue;
    }
    ASSERT_TRUE(one[i].ok()) << i << one[i].status();
    EXPECT_EQ(one[i]->score.satker, sets[i].satker);
    // Each slot equals the single-set evaluation.
    absl::StatusOr<LkeEvaluation> single = EvaluateLke(r, sets[i]);
    ASSERT_TRUE(single.ok());
    EXPECT_EQ(WriteLkeEvaluationJson(*single), WriteLkeEvaluationJson(*one[i]));
  }
}

TEST(LkeBatchTest, EmptyAndOptions) {
  const Rubric r = Default();
  EXPECT_TRUE(ScoreLkeBatch(r, std::span<const LkeAnswerSet>{}, {}, 4).empty());
  const std::vector<LkeAnswerSet> sets = Portfolio(3);
  LkeScoreOptions o;
  o.layer = LkeLayer::kTpi;  // nothing answered in the TPI layer
  const auto v = ScoreLkeBatch(r, sets, o, 2);
  ASSERT_TRUE(v[0].ok());
  EXPECT_EQ(v[0]->score.total, 0);
  EXPECT_EQ(v[0]->score.layer, LkeLayer::kTpi);
}

}  // namespace
}  // namespace zi
