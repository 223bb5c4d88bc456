#include "zi/lke/whatif.hpp"

#include <gtest/gtest.h>

#include "test_util.hpp"
#include "zi/io/lke_json.hpp"

namespace zi {
namespace {

using testing::lke::Default;
using testing::lke::WorkedExample;

LkeWhatIfResult WhatIf(const LkeAnswerSet& a, std::string_view predicate,
                       const LkeWhatIfOptions& o = {}) {
  absl::StatusOr<LkeWhatIfResult> r = LkeWhatIf(Default(), a, predicate, o);
  EXPECT_TRUE(r.ok()) << r.status();
  return *r;
}

// The best answer set: every choice at its top option, surveys 4, ratios full.
LkeAnswerSet Best() {
  LkeAnswerSet a;
  for (const LkeQuestionRef& q : Default().questions()) {
    if (q.type->kind == AnswerKind::kChoice) {
      a.Set(q.question->id, LkeAnswer::Choice(q.question->options.front().code));
    }
  }
  a.Set("H.IPAK", LkeAnswer::Number(4));
  a.Set("H.IPKP", LkeAnswer::Number(4));
  a.Set("H.CAPAIAN", LkeAnswer::Choice("A"));
  return a;  // ratio counts unanswered (0 each)
}

// With the survey and external items unlocked (include_external), the search reaches every
// score criterion of WBBM: the behaviour before the locks existed.
LkeWhatIfOptions IncludeExternal() {
  LkeWhatIfOptions o;
  o.include_external = true;
  return o;
}

TEST(LkeWhatIfTest, WorkedExampleReachesWbbmExceptPrior) {
  const LkeWhatIfResult r = WhatIf(WorkedExample(), "wbbm", IncludeExternal());
  EXPECT_TRUE(r.locked.empty());
  EXPECT_FALSE(r.before.pass);
  EXPECT_TRUE(r.reached);
  EXPECT_FALSE(r.step_limit);
  EXPECT_FALSE(r.after.pass);  // the prior WBK predicate cannot be answered into existence
  EXPECT_EQ(r.after.failing, std::vector<std::string>{"wbbm.prior_wbk"});
  EXPECT_EQ(r.unfixable, std::vector<std::string>{"wbbm.prior_wbk"});
  ASSERT_EQ(r.reasons.size(), 1u);
  EXPECT_NE(r.reasons[0].find("tidak dapat dipenuhi dengan mengubah jawaban"), std::string::npos);
  ASSERT_FALSE(r.steps.empty());
  // Steps are ranked, each gains, and the first is the largest gain.
  for (size_t i = 0; i < r.steps.size(); ++i) {
    EXPECT_EQ(r.steps[i].rank, static_cast<int>(i) + 1);
    EXPECT_GT(r.steps[i].gain, 0);
    EXPECT_FALSE(r.steps[i].helps.empty());
    EXPECT_LE(r.steps[i].gain, r.steps[0].gain + 1e-12);
  }
  // SDM was the area furthest from 75% per point: the first step helps total, pengungkit
  // and the SDM area at once.
  EXPECT_EQ(r.steps[0].question, "R.SDM.ii.a");
  EXPECT_EQ(r.steps[0].from, "C");
  EXPECT_EQ(r.steps[0].to, "B");
  EXPECT_EQ(r.steps[0].subarea, "R.SDM.ii");
  EXPECT_DOUBLE_EQ(r.steps[0].points, 0.75);
  EXPECT_EQ(r.steps[0].helps,
            (std::vector<std::string>{"wbbm.total", "wbbm.pengungkit", "wbbm.area.SDM"}));
  // IPKP 3.45 → 3.5 → 3.6: survey steps go to the next multiple of 0.1.
  std::vector<std::string> ipkp;
  for (const LkeWhatIfStep& s : r.steps) {
    if (s.question == "H.IPKP") ipkp.push_back(s.from + ">" + s.to);
  }
  EXPECT_EQ(ipkp, (std::vector<std::string>{"3.45>3.5", "3.5>3.6"}));
  // Every score criterion passes after the steps, scored by ScoreLke.
  for (const LkeCriterionResult& c : r.after.criteria) {
    if (!c.is_prior) {
      EXPECT_TRUE(c.pass) << c.id;
    }
  }
  EXPECT_GE(r.after.Find("wbbm.total")->value, 85);
  // The changed answer set is returned and scores the same.
  absl::StatusOr<LkeScore> s = ScoreLke(Default(), r.answers);
  ASSERT_TRUE(s.ok());
  EXPECT_DOUBLE_EQ(s->total, r.after.Find("wbbm.total")->value);
  EXPECT_EQ(*r.answers.Find("H.IPKP"), LkeAnswer::Number(3.6));
  // Per-question summary.
  double points = 0;
  for (const LkeWhatIfStep& st : r.steps) points += st.points;
  double summed = 0;
  for (const LkeWhatIfChange& c : r.changes) summed += c.points;
  EXPECT_NEAR(points, summed, 1e-12);
  EXPECT_NEAR(r.after.Find("wbbm.total")->value - r.before.Find("wbbm.total")->value, points, 1e-9);
}

// The default search proposes nothing on what the unit cannot change by itself: IPAK and
// IPKP (surveys) and capaian kinerja (measured outside the unit). The worked example's IPKP
// 3.45 (15.09 < 15.75) therefore stays, and its row is unfixable with a reason saying why.
TEST(LkeWhatIfTest, SurveyAndExternalItemsAreNeverProposedByDefault) {
  EXPECT_EQ(Default().MeasuredBy("H.IPAK"), LkeMeasuredBy::kSurvey);
  EXPECT_EQ(Default().MeasuredBy("H.IPKP"), LkeMeasuredBy::kSurvey);
  EXPECT_EQ(Default().MeasuredBy("H.CAPAIAN"), LkeMeasuredBy::kExternal);
  EXPECT_EQ(Default().MeasuredBy("P.PP.iv.a"), LkeMeasuredBy::kUnit);  // the unit runs the survey
  EXPECT_EQ(Default().MeasuredBy("P.XX"), std::nullopt);
  const LkeWhatIfResult r = WhatIf(WorkedExample(), "wbbm");
  EXPECT_EQ(r.locked, (std::vector<std::string>{"H.IPAK", "H.CAPAIAN", "H.IPKP"}));
  ASSERT_FALSE(r.steps.empty());
  for (const LkeWhatIfStep& s : r.steps) {
    EXPECT_EQ(s.question.rfind("H.", 0), std::string::npos) << s.question;
  }
  EXPECT_EQ(*r.answers.Find("H.IPKP"), LkeAnswer::Number(3.45));
  EXPECT_FALSE(r.reached);
  EXPECT_EQ(r.unfixable, (std::vector<std::string>{"wbbm.ipkp", "wbbm.prior_wbk"}));
  ASSERT_EQ(r.reasons.size(), 2u);
  EXPECT_NE(r.reasons[0].find("hasil survei eksternal (H.IPKP)"), std::string::npos) << r.reasons[0];
  EXPECT_NE(r.reasons[0].find("--include-external"), std::string::npos);
  // Every other score criterion is reached by pengungkit steps alone.
  for (const LkeCriterionResult& c : r.after.criteria) {
    if (c.id != "wbbm.ipkp" && !c.is_prior) {
      EXPECT_TRUE(c.pass) << c.id;
    }
  }
  // The first step is the same as without the locks, and carries the question's text.
  EXPECT_EQ(r.steps[0].question, "R.SDM.ii.a");
  EXPECT_EQ(r.steps[0].text,
            "Hasil assement telah dijadikan pertimbangan untuk mutasi dan pengembangan karir pegawai");
  EXPECT_EQ(r.changes[0].text, r.steps[0].text);
  const std::string json = WriteLkeWhatIfJson(r);
  EXPECT_NE(json.find("\"text\": \"Hasil assement telah dijadikan"), std::string::npos);
  EXPECT_NE(json.find("\"locked\": [\n    \"H.IPAK\""), std::string::npos);
}

// Counts under which every ratio of the rubric is full.
void SetFullRatioCounts(LkeAnswerSet& a) {
  for (const auto& [q, n] : std::vector<std::pair<std::string, double>>{
           {"R.MP.i.a", 1}, {"R.MP.i.b", 1}, {"R.MP.i.d", 1}, {"R.SDM.iii.a", 1},
           {"R.SDM.iii.b", 0}, {"R.AK.i.a", 1}, {"R.AK.i.b", 1}, {"R.PW.ii.a", 1},
           {"R.PW.ii.c", 1}, {"R.PW.iii.a.a", 1}, {"R.PW.iii.a.b", 0}, {"R.PW.iii.a.c", 0},
           {"R.PW.iii.a.d", 1}, {"R.PW.iii.b.a", 1}, {"R.PW.iii.b.b", 0}, {"R.PW.iii.b.c", 0},
           {"R.PW.iii.b.d", 1}, {"R.PP.i.b", 1}, {"R.PP.i.c", 1}}) {
    a.Set(q, LkeAnswer::Number(n));
  }
}

// The embedded rubric with every area-percent criterion of WBK raised to 95%.
absl::StatusOr<Rubric> StrictAreaRubric() {
  RubricData d = Default().data();
  for (LkeCriterion& c : d.predicates[0].criteria) {
    if (c.kind == MeasureKind::kAreaPercent) c.min = 0.95;
  }
  return Rubric::Create(d);
}

// Hand-worked: AK's pemenuhan i has three ABC questions in a sub-area of weight 2.5, so each
// notch (C→B, B→A) is worth 2.5/3 × 0.5 = 0.41667 points of AK. With a and b at C, AK =
// 10 − 2 × 2.5/3 = 8.3333; the strict rubric asks 95% = 9.5 (shortfall 1.1667). Unlocked,
// the search takes a C→B, a B→A, b C→B (TiesBrokenByQuestionId). With a locked it can only
// take b C→B and b B→A: AK = 10 − 2.5/3 = 9.1667, still 0.3333 short, and stops there.
TEST(LkeWhatIfTest, LockedQuestionIsNeverChanged) {
  LkeAnswerSet a = Best();
  a.Set("P.AK.i.b", LkeAnswer::Choice("C"));
  a.Set("P.AK.i.a", LkeAnswer::Choice("C"));
  SetFullRatioCounts(a);
  absl::StatusOr<Rubric> strict = StrictAreaRubric();
  ASSERT_TRUE(strict.ok()) << strict.status();
  LkeWhatIfOptions o;
  o.locked = {"P.AK.i.a"};
  absl::StatusOr<LkeWhatIfResult> r = LkeWhatIf(*strict, a, "wbk", o);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->steps.size(), 2u);
  EXPECT_EQ(r->steps[0].question + ":" + r->steps[0].from + ">" + r->steps[0].to, "P.AK.i.b:C>B");
  EXPECT_EQ(r->steps[1].question + ":" + r->steps[1].from + ">" + r->steps[1].to, "P.AK.i.b:B>A");
  EXPECT_NEAR(r->steps[0].gain, 2.5 / 3 * 0.5, 1e-12);
  EXPECT_NEAR(r->steps[1].gain, 2.5 / 3 * 0.5, 1e-12);
  EXPECT_EQ(*r->answers.Find("P.AK.i.a"), LkeAnswer::Choice("C"));  // untouched
  EXPECT_FALSE(r->reached);
  EXPECT_EQ(r->unfixable, std::vector<std::string>{"wbk.area.AK"});
  const LkeCriterionResult* ak = r->after.Find("wbk.area.AK");
  ASSERT_NE(ak, nullptr);
  EXPECT_NEAR(ak->value, (10 - 2.5 / 3) / 10, 1e-12);
  EXPECT_EQ(r->locked, (std::vector<std::string>{"P.AK.i.a", "H.IPAK", "H.CAPAIAN", "H.IPKP"}));
}

// A ratio id locks its counts: R.AK.i.r1 (targets achieved ÷ targets) gets no count step.
TEST(LkeWhatIfTest, LockedRatioLocksItsCounts) {
  LkeAnswerSet a = Best();
  a.Set("R.AK.i.a", LkeAnswer::Number(4));
  a.Set("R.AK.i.b", LkeAnswer::Number(2));
  RubricData d = Default().data();
  for (LkeCriterion& c : d.predicates[0].criteria) {
    if (c.kind == MeasureKind::kAreaPercent) c.min = 0.999;
  }
  absl::StatusOr<Rubric> strict = Rubric::Create(d);
  ASSERT_TRUE(strict.ok());
  LkeWhatIfOptions o;
  o.locked = {"R.AK.i.r1"};
  absl::StatusOr<LkeWhatIfResult> r = LkeWhatIf(*strict, a, "wbk", o);
  ASSERT_TRUE(r.ok()) << r.status();
  for (const LkeWhatIfStep& s : r->steps) {
    EXPECT_NE(s.question, "R.AK.i.a");
    EXPECT_NE(s.question, "R.AK.i.b");
  }
  EXPECT_NE(std::find(r->locked.begin(), r->locked.end(), "R.AK.i.a"), r->locked.end());
  EXPECT_NE(std::find(r->locked.begin(), r->locked.end(), "R.AK.i.b"), r->locked.end());
  EXPECT_NE(std::find(r->unfixable.begin(), r->unfixable.end(), "wbk.area.AK"), r->unfixable.end());
  // Unlocked, the same search does take R.AK.i.b 2 → 3 → 4.
  absl::StatusOr<LkeWhatIfResult> free = LkeWhatIf(*strict, a, "wbk");
  ASSERT_TRUE(free.ok());
  int count_steps = 0;
  for (const LkeWhatIfStep& s : free->steps) count_steps += s.question == "R.AK.i.b";
  EXPECT_EQ(count_steps, 2);
}

TEST(LkeWhatIfTest, UnknownLockIsAnError) {
  LkeWhatIfOptions o;
  o.locked = {"P.MP.i.a", "P.XX.i.a", "H.NOPE"};
  absl::StatusOr<LkeWhatIfResult> r = LkeWhatIf(Default(), WorkedExample(), "wbbm", o);
  ASSERT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("P.XX.i.a, H.NOPE"), std::string::npos) << r.status();
}

TEST(LkeWhatIfTest, DeterministicAndJson) {
  const LkeWhatIfResult a = WhatIf(WorkedExample(), "wbbm");
  const LkeWhatIfResult b = WhatIf(WorkedExample(), "wbbm");
  EXPECT_EQ(WriteLkeWhatIfJson(a), WriteLkeWhatIfJson(b));
  EXPECT_NE(WriteLkeWhatIfJson(a).find("\"question\": \"R.SDM.ii.a\""), std::string::npos);
}

TEST(LkeWhatIfTest, PassingSetNeedsNoSteps) {
  const LkeWhatIfResult r = WhatIf(WorkedExample(), "wbk");
  EXPECT_TRUE(r.before.pass);
  EXPECT_TRUE(r.after.pass);
  EXPECT_TRUE(r.reached);
  EXPECT_TRUE(r.steps.empty());
  EXPECT_TRUE(r.unfixable.empty());
}

// Two questions whose single steps gain the same: the lower question id goes first.
TEST(LkeWhatIfTest, TiesBrokenByQuestionId) {
  LkeAnswerSet a = Best();
  // AK pemenuhan i has three questions of weight 2.5/3; dropping b and c to their worst
  // makes identical steps on two questions of the same sub-area.
  a.Set("P.AK.i.b", LkeAnswer::Choice("C"));
  a.Set("P.AK.i.a", LkeAnswer::Choice("C"));
  // Counts so that ratios are full.
  SetFullRatioCounts(a);
  // AK = 10 − 2 × 2.5/3 = 8.33 passes 75%; lift the bar above it with a custom rubric.
  absl::StatusOr<Rubric> strict = StrictAreaRubric();
  ASSERT_TRUE(strict.ok()) << strict.status();
  absl::StatusOr<LkeWhatIfResult> r = LkeWhatIf(*strict, a, "wbk");
  ASSERT_TRUE(r.ok()) << r.status();
  // Every step gains 0.5 × 2.5/3 toward the AK area: a C→B, a B→A, then b C→B.
  ASSERT_EQ(r->steps.size(), 3u);
  EXPECT_EQ(r->steps[0].question + r->steps[0].to, "P.AK.i.aB");
  EXPECT_EQ(r->steps[1].question + r->steps[1].to, "P.AK.i.aA");
  EXPECT_EQ(r->steps[2].question + r->steps[2].to, "P.AK.i.bB");
  EXPECT_NEAR(r->steps[0].gain, 2.5 / 3 * 0.5, 1e-12);
  EXPECT_NEAR(r->steps[1].gain, r->steps[0].gain, 1e-12);  // the tie that a won over b
  EXPECT_NEAR(r->steps[2].points, r->steps[0].points, 1e-12);
  EXPECT_NEAR(r->steps[2].gain, 9.5 - (7.5 + 2.5 * 2 / 3), 1e-12);  // only the shortfall counts
  EXPECT_TRUE(r->reached);
}

TEST(LkeWhatIfTest, CountStepsMoveTheHelpfulWay) {
  LkeAnswerSet a = Best();
  a.Set("R.AK.i.a", LkeAnswer::Number(4));  // targets 4, achieved 2: 50%
  a.Set("R.AK.i.b", LkeAnswer::Number(2));
  a.Set("R.SDM.iii.a", LkeAnswer::Number(4));  // violations 4 → 3: 25% reduction
  a.Set("R.SDM.iii.b", LkeAnswer::Number(3));
  RubricData d = Default().data();
  for (LkeCriterion& c : d.predicates[0].criteria) {
    if (c.kind == MeasureKind::kAreaPercent) c.min = 0.999;  // forces full ratios in SDM, AK
  }
  absl::StatusOr<Rubric> strict = Rubric::Create(d);
  ASSERT_TRUE(strict.ok());
  absl::StatusOr<LkeWhatIfResult> r = LkeWhatIf(*strict, a, "wbk");
  ASSERT_TRUE(r.ok()) << r.status();
  std::vector<std::string> steps;
  for (const LkeWhatIfStep& s : r->steps) {
    if (s.question == "R.AK.i.b" || s.question == "R.SDM.iii.b") {
      steps.push_back(s.question + ":" + s.from + ">" + s.to);
    }
  }
  // Achieved targets go up to 4 of 4; violations down to 0.
  for (const char* want : {"R.AK.i.b:2>3", "R.AK.i.b:3>4", "R.SDM.iii.b:3>2", "R.SDM.iii.b:2>1",
                           "R.SDM.iii.b:1>0"}) {
    EXPECT_NE(std::find(steps.begin(), steps.end(), want), steps.end()) << want;
  }
  // Ratio items with no counts are reported, not invented.
  EXPECT_NE(std::find(r->to_fill.begin(), r->to_fill.end(), "R.PW.ii.r1"), r->to_fill.end());
  EXPECT_FALSE(r->reached);
}

TEST(LkeWhatIfTest, UnansweredSurveyIsNotInvented) {
  LkeAnswerSet a = WorkedExample();
  a.Clear("H.IPKP");
  const LkeWhatIfResult r = WhatIf(a, "wbk");
  EXPECT_FALSE(r.before.pass);
  EXPECT_FALSE(r.reached);
  EXPECT_EQ(r.to_fill, std::vector<std::string>{"H.IPKP"});
  EXPECT_NE(std::find(r.unfixable.begin(), r.unfixable.end(), "wbk.ipkp"), r.unfixable.end());
  for (const LkeWhatIfStep& s : r.steps) EXPECT_NE(s.question, "H.IPKP");
}

TEST(LkeWhatIfTest, UnansweredChoiceStartsFromItsWorstOption) {
  LkeAnswerSet a = WorkedExample();
  a.Clear("R.SDM.ii.a");  // unanswered counts as C (0); its first step is B
  const LkeWhatIfResult r = WhatIf(a, "wbbm");
  ASSERT_FALSE(r.steps.empty());
  EXPECT_EQ(r.steps[0].question, "R.SDM.ii.a");
  EXPECT_EQ(r.steps[0].from, "");
  EXPECT_EQ(r.steps[0].to, "B");
}

TEST(LkeWhatIfTest, StepLimit) {
  LkeWhatIfOptions o = IncludeExternal();
  o.max_steps = 2;
  const LkeWhatIfResult r = WhatIf(WorkedExample(), "wbbm", o);
  EXPECT_EQ(r.steps.size(), 2u);
  EXPECT_TRUE(r.step_limit);
  EXPECT_FALSE(r.reached);
  EXPECT_NE(r.reasons[0].find("batas langkah"), std::string::npos);
}

TEST(LkeWhatIfTest, Errors) {
  EXPECT_EQ(LkeWhatIf(Default(), WorkedExample(), "wbx").status().code(), absl::StatusCode::kNotFound);
  LkeAnswerSet bad = WorkedExample();
  bad.Set("P.MP.i.b", LkeAnswer::Choice("Q"));
  EXPECT_EQ(LkeWhatIf(Default(), bad, "wbk").status().code(), absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace zi
