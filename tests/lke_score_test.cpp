#include "zi/lke/score.hpp"

#include <gtest/gtest.h>

#include "test_util.hpp"
#include "zi/lke/answers.hpp"

namespace zi {
namespace {

using testing::lke::Default;
using testing::lke::WorkedExample;

LkeScore Score(const LkeAnswerSet& a, const LkeScoreOptions& o = {}) {
  absl::StatusOr<LkeScore> s = ScoreLke(Default(), a, o);
  EXPECT_TRUE(s.ok()) << s.status();
  return s.ok() ? *s : LkeScore{};
}

double Sub(const LkeScore& s, std::string_view id) {
  const LkeSubareaScore* sub = s.FindSubarea(id);
  EXPECT_NE(sub, nullptr) << id;
  return sub ? sub->score : -1;
}

double Item(const LkeScore& s, std::string_view id) {
  const LkeItemScore* i = s.FindItem(id);
  EXPECT_NE(i, nullptr) << id;
  return i ? i->value : -1;
}

TEST(LkeScoreTest, WorkedExampleManajemenPerubahan) {
  const LkeScore s = Score(WorkedExample());
  // Pemenuhan, table 1 of §1.6.
  EXPECT_NEAR(Sub(s, "P.MP.i"), 0.375, 1e-12);
  EXPECT_NEAR(Sub(s, "P.MP.ii"), 0.8333, 5e-5);
  EXPECT_NEAR(Sub(s, "P.MP.iii"), 0.6667, 5e-5);
  EXPECT_NEAR(Sub(s, "P.MP.iv"), 1.1887, 5e-5);
  EXPECT_NEAR(s.FindSubarea("P.MP.iv")->mean, 0.7925, 1e-12);
  const LkeAreaScore* mp = s.FindArea("MP");
  ASSERT_NE(mp, nullptr);
  EXPECT_NEAR(mp->pemenuhan.score, 3.0637, 5e-5);
  // Reform, table 2: 8 changes / 10 agents = 0.80; 6 integrated / 8 changes = 0.75.
  EXPECT_NEAR(Item(s, "R.MP.i.r1"), 0.80, 1e-12);
  EXPECT_NEAR(Item(s, "R.MP.i.r2"), 0.75, 1e-12);
  EXPECT_NEAR(Sub(s, "R.MP.i"), 1.55, 1e-12);
  EXPECT_NEAR(Sub(s, "R.MP.ii"), 0.75, 1e-12);
  EXPECT_NEAR(Sub(s, "R.MP.iii"), 0.67, 1e-12);
  EXPECT_NEAR(mp->reform.score, 2.97, 1e-12);
  // Area MP = 6.0337 (exactly 6.03375, a rounding tie) = 75.42% of 8.
  EXPECT_NEAR(mp->score, 6.0337, 5e-5);
  EXPECT_NEAR(mp->score, 6.03375, 1e-12);
  EXPECT_NEAR(mp->fraction * 100, 75.42, 5e-3);
}

TEST(LkeScoreTest, WorkedExampleTotals) {
  const LkeScore s = Score(WorkedExample());
  EXPECT_NEAR(s.FindArea("TL")->score, 5.60, 1e-12);
  EXPECT_NEAR(s.FindArea("SDM")->score, 7.10, 1e-12);
  EXPECT_NEAR(s.FindArea("AK")->score, 7.90, 1e-12);
  EXPECT_NEAR(s.FindArea("PW")->score, 10.20, 1e-12);
  EXPECT_NEAR(s.FindArea("PP")->score, 7.60, 1e-12);
  EXPECT_NEAR(s.pengungkit, 44.43375, 1e-12);
  EXPECT_NEAR(s.FindHasilItem("H.IPAK")->score, 15.8375, 1e-12);
  EXPECT_NEAR(s.FindHasilItem("H.CAPAIAN")->score, 3.75, 1e-12);
  EXPECT_NEAR(s.FindHasilGroup("birokrasi_bersih")->score, 19.5875, 1e-12);
  EXPECT_NEAR(s.FindHasilItem("H.IPKP")->score, 15.09375, 1e-12);
  EXPECT_NEAR(s.hasil, 34.68125, 1e-12);
  EXPECT_NEAR(s.total, 79.115, 1e-9);
  EXPECT_NEAR(s.pemenuhan + s.reform, s.pengungkit, 1e-12);
  EXPECT_EQ(s.answered, s.scored_items);
  EXPECT_TRUE(s.unanswered.empty());
  EXPECT_EQ(s.satker, "KPU-72");
  EXPECT_EQ(s.year, 2026);
  EXPECT_EQ(s.rubric, "permenpanrb-90-2021");
}

// One sub-area answered with one value type: weight × mean gives the value back.
TEST(LkeScoreTest, EveryAnswerTypeValue) {
  struct Case {
    std::string question, answer;
    double value;
  };
  const std::vector<Case> cases = {
      {"P.MP.i.a", "Ya", 1},    {"P.MP.i.a", "Tidak", 0},                      // Ya/Tidak
      {"P.MP.i.b", "A", 1},     {"P.MP.i.b", "B", 0.5},   {"P.MP.i.b", "C", 0},  // ABC
      {"P.MP.iii.a", "A", 1},   {"P.MP.iii.a", "B", 0.67},                     // ABCD:
      {"P.MP.iii.a", "C", 0.33}, {"P.MP.iii.a", "D", 0},                       // 2-decimal
      {"R.MP.ii.a", "A", 1},    {"R.MP.ii.a", "B", 0.75}, {"R.MP.ii.a", "C", 0.5},
      {"R.MP.ii.a", "D", 0.25}, {"R.MP.ii.a", "E", 0},                         // ABCDE
  };
  for (const Case& c : cases) {
    LkeAnswerSet a;
    a.Set(c.question, LkeAnswer::Choice(c.answer));
    const LkeScore s = Score(a);
    EXPECT_DOUBLE_EQ(Item(s, c.question), c.value) << c.question << " " << c.answer;
    EXPECT_EQ(s.FindItem(c.question)->answer, c.answer);
  }
  // Survey indexes: index / 4 × 17.5.
  for (double ipkp : {0.0, 1.0, 3.2, 3.45, 4.0}) {
    LkeAnswerSet a;
    a.Set("H.IPKP", LkeAnswer::Number(ipkp));
    const LkeScore s = Score(a);
    EXPECT_DOUBLE_EQ(s.FindHasilItem("H.IPKP")->value, ipkp / 4);
    EXPECT_DOUBLE_EQ(s.FindHasilItem("H.IPKP")->score, ipkp / 4 * 17.5);
    EXPECT_DOUBLE_EQ(s.hasil, ipkp / 4 * 17.5);
  }
  LkeAnswerSet a;
  a.Set("H.CAPAIAN", LkeAnswer::Choice("C"));
  EXPECT_DOUBLE_EQ(Score(a).FindHasilGroup("birokrasi_bersih")->score, 2.5);
}

struct RatioCase {
  std::string ratio;
  std::vector<std::pair<std::string, double>> counts;
  double value;
  std::string alternative;
};

// Each of the 8 ratio items with hand-computed values.
TEST(LkeScoreTest, EveryRatioFormula) {
  const std::vector<RatioCase> cases = {
      {"R.MP.i.r1", {{"R.MP.i.a", 10}, {"R.MP.i.b", 8}}, 8.0 / 10, ""},
      {"R.MP.i.r1", {{"R.MP.i.a", 4}, {"R.MP.i.b", 9}}, 1, ""},  // capped at 1
      {"R.MP.i.r2", {{"R.MP.i.c", 8}, {"R.MP.i.d", 6}}, 6.0 / 8, ""},
      {"R.SDM.iii.r1", {{"R.SDM.iii.a", 10}, {"R.SDM.iii.b", 7}, {"R.SDM.iii.c", 7}}, 0.3, ""},
      {"R.SDM.iii.r1", {{"R.SDM.iii.a", 4}, {"R.SDM.iii.b", 6}}, 0, ""},  // more violations
      {"R.SDM.iii.r1", {{"R.SDM.iii.a", 4}, {"R.SDM.iii.b", 0}}, 1, ""},
      {"R.AK.i.r1", {{"R.AK.i.a", 12}, {"R.AK.i.b", 9}}, 0.75, ""},
      {"R.PW.ii.r1", {{"R.PW.ii.a", 20}, {"R.PW.ii.b", 5}, {"R.PW.ii.c", 15}}, 0.75, ""},
      {"R.PW.ii.r1", {{"R.PW.ii.a", 20}, {"R.PW.ii.b", 5}, {"R.PW.ii.c", 15}}, 15.0 / 20,
       "in_process_plus_completed"},
      {"R.PW.ii.r1", {{"R.PW.ii.a", 30}, {"R.PW.ii.b", 5}, {"R.PW.ii.c", 15}}, 15.0 / 20,
       "in_process_plus_completed"},
      {"R.PW.iii.a.r1",
       {{"R.PW.iii.a.a", 1}, {"R.PW.iii.a.b", 3}, {"R.PW.iii.a.c", 4}, {"R.PW.iii.a.d", 6}},
       6.0 / 8, ""},
      {"R.PW.iii.b.r1",
       {{"R.PW.iii.b.a", 2}, {"R.PW.iii.b.b", 5}, {"R.PW.iii.b.c", 13}, {"R.PW.iii.b.d", 19}},
       19.0 / 20, ""},
      {"R.PP.i.r1", {{"R.PP.i.b", 6}, {"R.PP.i.c", 2}}, 2.0 / 6, ""},
  };
  const Rubric r = Default();
  for (const RatioCase& c : cases) {
    LkeAnswerSet a;
    for (const auto& [q, n] : c.counts) a.Set(q, LkeAnswer::Number(n));
    LkeScoreOptions o;
    if (!c.alternative.empty()) o.ratio_alternatives[c.ratio] = c.alternative;
    const LkeScore s = Score(a, o);
    const LkeItemScore* it = s.FindItem(c.ratio);
    ASSERT_NE(it, nullptr) << c.ratio;
    EXPECT_TRUE(it->answered) << c.ratio;
    EXPECT_DOUBLE_EQ(it->value, c.value) << c.ratio << " " << c.alternative;
    EXPECT_EQ(it->alternative, c.alternative);
    EXPECT_EQ(it->kind, LkeItemKind::kRatio);
    // The sub-area holds the ratio among its scored items.
    const LkeSubareaRef* sub = r.FindSubarea(c.ratio.substr(0, c.ratio.rfind('.')));
    ASSERT_NE(sub, nullptr);
    const LkeSubareaScore* ss = s.FindSubarea(sub->subarea->id);
    EXPECT_DOUBLE_EQ(ss->score, sub->subarea->weight * ss->mean);
  }
}

TEST(LkeScoreTest, SingleRatioSubareaScoresWeightTimesValue) {
  LkeAnswerSet a;
  a.Set("R.AK.i.a", LkeAnswer::Number(10));
  a.Set("R.AK.i.b", LkeAnswer::Number(7));
  EXPECT_DOUBLE_EQ(Sub(Score(a), "R.AK.i"), 2 * 0.7);
  // R.PP.i: one ABCD question and one ratio, averaged.
  a.Set("R.PP.i.a", LkeAnswer::Choice("B"));
  a.Set("R.PP.i.b", LkeAnswer::Number(4));
  a.Set("R.PP.i.c", LkeAnswer::Number(3));
  EXPECT_DOUBLE_EQ(Sub(Score(a), "R.PP.i"), 2.5 * (0.67 + 0.75) / 2);
}

TEST(LkeScoreTest, ZeroDenominatorPolicies) {
  LkeAnswerSet a;
  a.Set("R.PW.ii.a", LkeAnswer::Number(0));
  a.Set("R.PW.ii.b", LkeAnswer::Number(0));
  a.Set("R.PW.ii.c", LkeAnswer::Number(0));
  LkeScoreOptions o;
  LkeScore s = Score(a, o);  // default: 0/0 counts 1
  EXPECT_EQ(s.zero_denominator, ZeroDenominatorPolicy::kZeroOverZeroIsOne);
  EXPECT_DOUBLE_EQ(Item(s, "R.PW.ii.r1"), 1);
  EXPECT_TRUE(s.FindItem("R.PW.ii.r1")->zero_denominator);
  EXPECT_DOUBLE_EQ(Sub(s, "R.PW.ii"), 3);
  EXPECT_EQ(s.FindSubarea("R.PW.ii")->answered, 1);
  ASSERT_FALSE(s.diagnostics.empty());
  EXPECT_EQ(s.diagnostics.back().code, "lke_zero_denominator");

  o.zero_denominator = ZeroDenominatorPolicy::kZeroOverZeroIsZero;
  s = Score(a, o);
  EXPECT_DOUBLE_EQ(Item(s, "R.PW.ii.r1"), 0);
  EXPECT_EQ(s.FindSubarea("R.PW.ii")->answered, 1);

  o.zero_denominator = ZeroDenominatorPolicy::kZeroOverZeroIsUnanswered;
  s = Score(a, o);
  EXPECT_DOUBLE_EQ(Item(s, "R.PW.ii.r1"), 0);
  EXPECT_FALSE(s.FindItem("R.PW.ii.r1")->answered);
  EXPECT_EQ(s.FindSubarea("R.PW.ii")->answered, 0);
  EXPECT_NE(std::find(s.unanswered.begin(), s.unanswered.end(), "R.PW.ii.r1"), s.unanswered.end());

  // n/0 with n > 0 is an error naming the ratio, under every policy.
  a.Set("R.PW.ii.c", LkeAnswer::Number(3));
  for (auto p : {ZeroDenominatorPolicy::kZeroOverZeroIsOne, ZeroDenominatorPolicy::kZeroOverZeroIsZero,
                 ZeroDenominatorPolicy::kZeroOverZeroIsUnanswered}) {
    o.zero_denominator = p;
    absl::StatusOr<LkeScore> bad = ScoreLke(Default(), a, o);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(bad.status().message().find("R.PW.ii.r1 (unit): butir rasio membagi 3 dengan 0"),
              std::string::npos)
        << bad.status();
  }
  // The alternative's denominator (in process + completed) is 3: no error there.
  o.zero_denominator.reset();
  o.ratio_alternatives["R.PW.ii.r1"] = "in_process_plus_completed";
  EXPECT_DOUBLE_EQ(Item(Score(a, o), "R.PW.ii.r1"), 1);
}

TEST(LkeScoreTest, ReductionFromZeroViolations) {
  LkeAnswerSet a;
  a.Set("R.SDM.iii.a", LkeAnswer::Number(0));
  a.Set("R.SDM.iii.b", LkeAnswer::Number(0));
  EXPECT_DOUBLE_EQ(Item(Score(a), "R.SDM.iii.r1"), 1);  // none last year, none now: 0/0
  // None last year, some now: (0 − 2) / 0 is a rise, not "n/0 with n > 0": it scores 0.
  a.Set("R.SDM.iii.b", LkeAnswer::Number(2));
  const LkeScore s = Score(a);
  EXPECT_DOUBLE_EQ(Item(s, "R.SDM.iii.r1"), 0);
  EXPECT_TRUE(s.FindItem("R.SDM.iii.r1")->answered);
}

TEST(LkeScoreTest, UnansweredCountsZeroAndIsReported) {
  LkeAnswerSet a;
  a.Set("P.MP.ii.a", LkeAnswer::Choice("Ya"));
  a.Set("P.MP.ii.b", LkeAnswer::Choice("A"));  // P.MP.ii.c left out
  const LkeScore s = Score(a);
  const LkeSubareaScore* ii = s.FindSubarea("P.MP.ii");
  EXPECT_EQ(ii->answered, 2);
  EXPECT_EQ(ii->total, 3);
  EXPECT_DOUBLE_EQ(ii->mean, 2.0 / 3);  // divided by all 3, not by the 2 answered
  EXPECT_DOUBLE_EQ(ii->score, 1.0 * 2 / 3);
  EXPECT_FALSE(s.FindItem("P.MP.ii.c")->answered);
  EXPECT_DOUBLE_EQ(Item(s, "P.MP.ii.c"), 0);
  EXPECT_EQ(s.FindItem("P.MP.ii.c")->answer, "");
  EXPECT_EQ(s.FindArea("MP")->answered, 2);
  EXPECT_EQ(s.FindArea("MP")->total, 16);
  EXPECT_EQ(s.answered, 2);
  EXPECT_EQ(s.scored_items, 87 + 15 + 8 + 3);  // pemenuhan + reform letters + ratios + hasil
  EXPECT_EQ(s.unanswered.size(), static_cast<size_t>(s.scored_items - 2));
  EXPECT_EQ(s.unanswered.front(), "P.MP.i.a");
  EXPECT_EQ(s.unanswered.back(), "H.IPKP");

  const LkeScore empty = Score(LkeAnswerSet{});
  EXPECT_DOUBLE_EQ(empty.total, 0);
  EXPECT_EQ(empty.answered, 0);
}

TEST(LkeScoreTest, SameAsCountIsFilledAndChecked) {
  LkeAnswerSet a;
  a.Set("R.MP.i.a", LkeAnswer::Number(10));
  a.Set("R.MP.i.b", LkeAnswer::Number(8));
  a.Set("R.MP.i.d", LkeAnswer::Number(6));  // R.MP.i.c left out: taken from R.MP.i.b
  LkeScore s = Score(a);
  EXPECT_DOUBLE_EQ(Item(s, "R.MP.i.r2"), 0.75);
  ASSERT_EQ(s.diagnostics.size(), 1u);
  EXPECT_EQ(s.diagnostics[0].code, "lke_same_as_filled");
  EXPECT_EQ(s.diagnostics[0].where, "R.MP.i.c");

  a.Set("R.MP.i.c", LkeAnswer::Number(12));
  s = Score(a);
  EXPECT_DOUBLE_EQ(Item(s, "R.MP.i.r2"), 0.5);  // the given count is used
  ASSERT_EQ(s.diagnostics.size(), 1u);
  EXPECT_EQ(s.diagnostics[0].code, "lke_same_as_differs");
  EXPECT_EQ(s.diagnostics[0].severity, Severity::kWarning);
}

TEST(LkeScoreTest, LayersAreScoredSeparately) {
  LkeAnswerSet a;
  a.Set("P.MP.i.b", LkeAnswer::Choice("A"), LkeLayer::kUnit);
  a.Set("P.MP.i.b", LkeAnswer::Choice("C"), LkeLayer::kTpi);
  a.Set("P.MP.i.a", LkeAnswer::Choice("Ya"), LkeLayer::kUnit);  // unit only
  a.Set("H.IPKP", LkeAnswer::Number(3), LkeLayer::kTpi);          // tpi only
  LkeScoreOptions o;
  LkeScore unit = Score(a, o);
  EXPECT_EQ(unit.layer, LkeLayer::kUnit);
  EXPECT_DOUBLE_EQ(Sub(unit, "P.MP.i"), 0.5);
  EXPECT_DOUBLE_EQ(unit.hasil, 0);
  o.layer = LkeLayer::kTpi;
  LkeScore tpi = Score(a, o);
  EXPECT_EQ(tpi.layer, LkeLayer::kTpi);
  EXPECT_DOUBLE_EQ(Sub(tpi, "P.MP.i"), 0);
  EXPECT_FALSE(tpi.FindItem("P.MP.i.a")->answered);
  EXPECT_DOUBLE_EQ(tpi.hasil, 3.0 / 4 * 17.5);
}

TEST(LkeScoreTest, ExtremesAreHundredAndZero) {
  const Rubric r = Default();
  LkeAnswerSet best, worst;
  for (const LkeQuestionRef& q : r.questions()) {
    if (q.type->kind == AnswerKind::kChoice) {
      best.Set(q.question->id, LkeAnswer::Choice(q.question->options.front().code));
      worst.Set(q.question->id, LkeAnswer::Choice(q.question->options.back().code));
    }
  }
  // Counts: every denominator 5; the numerator all of it (ratio) or none (reduction).
  for (const char* q : {"R.MP.i.a", "R.MP.i.b", "R.MP.i.c", "R.MP.i.d", "R.AK.i.a", "R.AK.i.b",
                        "R.PW.ii.a", "R.PW.ii.b", "R.PW.ii.c", "R.PP.i.b", "R.PP.i.c", "R.SDM.iii.a",
                        "R.SDM.iii.c", "R.PW.iii.a.a", "R.PW.iii.a.b", "R.PW.iii.a.c",
                        "R.PW.iii.b.a", "R.PW.iii.b.b", "R.PW.iii.b.c"}) {
    best.Set(q, LkeAnswer::Number(5));
    worst.Set(q, LkeAnswer::Number(5));
  }
  best.Set("R.PW.iii.a.d", LkeAnswer::Number(15));
  best.Set("R.PW.iii.b.d", LkeAnswer::Number(15));
  best.Set("R.SDM.iii.b", LkeAnswer::Number(0));
  for (const char* q : {"R.MP.i.b", "R.MP.i.d", "R.AK.i.b", "R.PW.ii.c", "R.PP.i.c",
                        "R.PW.iii.a.d", "R.PW.iii.b.d"}) {
    worst.Set(q, LkeAnswer::Number(0));
  }
  worst.Set("R.SDM.iii.b", LkeAnswer::Number(5));
  best.Set("H.IPAK", LkeAnswer::Number(4));
  best.Set("H.IPKP", LkeAnswer::Number(4));
  best.Set("H.CAPAIAN", LkeAnswer::Choice("A"));
  worst.Set("H.IPAK", LkeAnswer::Number(0));
  worst.Set("H.IPKP", LkeAnswer::Number(0));
  worst.Set("H.CAPAIAN", LkeAnswer::Choice("E"));
  const LkeScore b = Score(best);
  EXPECT_NEAR(b.total, 100, 1e-9);
  EXPECT_EQ(b.answered, b.scored_items);
  const LkeScore w = Score(worst);
  EXPECT_NEAR(w.total, 0, 1e-12);
  EXPECT_EQ(w.answered, w.scored_items);
}

TEST(LkeScoreTest, BadOptionsAndAnswers) {
  LkeAnswerSet a;
  LkeScoreOptions o;
  o.ratio_alternatives["R.PW.ii.r9"] = "x";
  EXPECT_NE(ScoreLke(Default(), a, o).status().message().find("butir rasio 'R.PW.ii.r9' tidak dikenal"),
            std::string::npos);
  o.ratio_alternatives.clear();
  o.ratio_alternatives["R.PW.ii.r1"] = "completed_only";
  EXPECT_NE(ScoreLke(Default(), a, o).status().message().find("yang dikenal: in_process_plus_completed"),
            std::string::npos);
  // A programmatic set is validated like a file.
  a.Set("P.MP.i.b", LkeAnswer::Choice("D"));
  a.Set("R.AK.i.a", LkeAnswer::Number(2.5));
  absl::StatusOr<LkeScore> s = ScoreLke(Default(), a);
  ASSERT_FALSE(s.ok());
  const std::string msg(s.status().message());
  EXPECT_NE(msg.find("2 masalah"), std::string::npos) << msg;
  EXPECT_NE(msg.find("P.MP.i.b (unit): \"D\" bukan pilihan"), std::string::npos) << msg;
  EXPECT_NE(msg.find("R.AK.i.a (unit): 2.5 bukan jumlah"), std::string::npos) << msg;
  // A problem only in the layer not scored does not stop scoring.
  LkeAnswerSet b;
  b.Set("P.MP.i.b", LkeAnswer::Choice("D"), LkeLayer::kTpi);
  EXPECT_TRUE(ScoreLke(Default(), b).ok());
}

TEST(LkeScoreTest, KeepsFullPrecision) {
  LkeAnswerSet a;
  a.Set("P.MP.iii.a", LkeAnswer::Choice("B"));
  a.Set("P.MP.iii.b", LkeAnswer::Choice("C"));
  a.Set("P.MP.iii.c", LkeAnswer::Choice("C"));
  const LkeScore s = Score(a);
  EXPECT_DOUBLE_EQ(Sub(s, "P.MP.iii"), (0.67 + 0.33 + 0.33) / 3);  // 0.44333…, not 0.44
}

}  // namespace
}  // namespace zi
