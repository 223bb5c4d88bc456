#include "zi/lke/predicate.hpp"

#include <gtest/gtest.h>

#include "test_util.hpp"
#include "zi/io/lke_json.hpp"

namespace zi {
namespace {

using testing::lke::Default;
using testing::lke::WorkedExample;

LkePredicateResult Check(const LkeAnswerSet& a, std::string_view predicate) {
  absl::StatusOr<LkeScore> s = ScoreLke(Default(), a);
  EXPECT_TRUE(s.ok()) << s.status();
  absl::StatusOr<LkePredicateResult> r = CheckLkePredicate(Default(), *s, predicate);
  EXPECT_TRUE(r.ok()) << r.status();
  return *r;
}

TEST(LkePredicateTest, WorkedExamplePassesWbk) {
  const LkePredicateResult r = Check(WorkedExample(), "wbk");
  EXPECT_TRUE(r.pass);
  EXPECT_TRUE(r.failing.empty());
  EXPECT_TRUE(r.reasons.empty());
  EXPECT_EQ(r.name, "Wilayah Bebas dari Korupsi");
  // total, pengungkit, 6 area rows, birokrasi, IPAK, capaian, IPKP; no prior row.
  ASSERT_EQ(r.criteria.size(), 12u);
  EXPECT_EQ(r.criteria[0].id, "wbk.total");
  EXPECT_NEAR(r.criteria[0].value, 79.115, 1e-9);
  EXPECT_EQ(r.criteria[0].threshold, 75);
  EXPECT_NEAR(r.criteria[0].margin, 4.115, 1e-9);
  EXPECT_EQ(r.criteria[2].id, "wbk.area.MP");
  EXPECT_TRUE(r.criteria[2].is_fraction);
  EXPECT_NEAR(r.criteria[2].value, 6.03375 / 8, 1e-12);
  EXPECT_DOUBLE_EQ(r.criteria[2].threshold, 0.6);
  EXPECT_EQ(r.criteria[7].id, "wbk.area.PP");
  EXPECT_EQ(r.Find("wbk.ipkp")->threshold, 14);
  EXPECT_NEAR(r.Find("wbk.ipkp")->value, 15.09375, 1e-12);
  EXPECT_EQ(r.Find("wbbm.prior_wbk"), nullptr);
}

TEST(LkePredicateTest, WorkedExampleFailsWbbmOnExactlyTheListedCriteria) {
  const LkePredicateResult r = Check(WorkedExample(), "wbbm");
  EXPECT_FALSE(r.pass);
  EXPECT_EQ(r.failing, (std::vector<std::string>{"wbbm.total", "wbbm.pengungkit", "wbbm.area.SDM",
                                                 "wbbm.area.PW", "wbbm.ipkp", "wbbm.prior_wbk"}));
  EXPECT_NEAR(r.Find("wbbm.area.SDM")->value, 0.71, 1e-12);
  EXPECT_NEAR(r.Find("wbbm.area.PW")->value, 0.68, 1e-12);
  EXPECT_NEAR(r.Find("wbbm.area.SDM")->margin, -0.04, 1e-12);
  // Passes, barely: MP 75.42%, birokrasi 19.5875 >= 19.50, capaian 3.75 >= 3.75 (margin 0).
  EXPECT_TRUE(r.Find("wbbm.area.MP")->pass);
  EXPECT_TRUE(r.Find("wbbm.birokrasi_bersih")->pass);
  EXPECT_NEAR(r.Find("wbbm.birokrasi_bersih")->margin, 0.0875, 1e-12);
  EXPECT_TRUE(r.Find("wbbm.capaian")->pass);
  EXPECT_DOUBLE_EQ(r.Find("wbbm.capaian")->margin, 0);
  EXPECT_TRUE(r.Find("wbbm.ipak")->pass);
  const LkeCriterionResult* prior = r.Find("wbbm.prior_wbk");
  ASSERT_NE(prior, nullptr);
  EXPECT_TRUE(prior->is_prior);
  EXPECT_EQ(prior->value, 0);
  EXPECT_EQ(prior->threshold, 1);
  EXPECT_EQ(r.criteria.back().id, "wbbm.prior_wbk");
  EXPECT_EQ(r.reasons, (std::vector<std::string>{
                           "Nilai total evaluasi (pengungkit dan hasil): 79,11 < 85",
                           "Nilai minimal pengungkit: 44,43 < 48",
                           "Persentase nilai area Penataan Sistem Manajemen SDM Aparatur: 71% < 75%",
                           "Persentase nilai area Penguatan Pengawasan: 68% < 75%",
                           "Nilai komponen hasil Pelayanan Publik yang Prima: 15,09 < 15,75",
                           "Belum mendapatkan predikat Menuju WBK",
                       }));
}

TEST(LkePredicateTest, PriorWbkIsItsOwnRow) {
  LkeAnswerSet a = WorkedExample();
  a.prior_wbk = true;
  const LkePredicateResult r = Check(a, "wbbm");
  EXPECT_TRUE(r.Find("wbbm.prior_wbk")->pass);
  EXPECT_EQ(r.failing.size(), 5u);
}

// IPKP exactly 3.20 gives exactly 14.00: passes WBK's IPKP criterion; 3.19 fails it.
TEST(LkePredicateTest, ExactlyOnThresholdPasses) {
  LkeAnswerSet a = WorkedExample();
  a.Set("H.IPKP", LkeAnswer::Number(3.2));
  LkePredicateResult r = Check(a, "wbk");
  EXPECT_DOUBLE_EQ(r.Find("wbk.ipkp")->value, 14.0);
  EXPECT_TRUE(r.Find("wbk.ipkp")->pass);
  EXPECT_TRUE(r.pass);
  a.Set("H.IPKP", LkeAnswer::Number(3.19));
  r = Check(a, "wbk");
  EXPECT_FALSE(r.Find("wbk.ipkp")->pass);
  EXPECT_NEAR(r.Find("wbk.ipkp")->margin, -0.04375, 1e-12);
  EXPECT_EQ(r.failing, std::vector<std::string>{"wbk.ipkp"});
  EXPECT_EQ(r.reasons, std::vector<std::string>{
                           "Nilai komponen hasil Pelayanan Publik yang Prima: 13,96 < 14"});
  // IPAK 3.60 is exactly 15.75.
  a.Set("H.IPAK", LkeAnswer::Number(3.6));
  a.Set("H.IPKP", LkeAnswer::Number(3.6));
  r = Check(a, "wbbm");
  EXPECT_TRUE(r.Find("wbbm.ipak")->pass);
  EXPECT_TRUE(r.Find("wbbm.ipkp")->pass);
  // Capaian C = 2.50 is exactly WBK's minimum; D fails it.
  a.Set("H.CAPAIAN", LkeAnswer::Choice("C"));
  EXPECT_TRUE(Check(a, "wbk").Find("wbk.capaian")->pass);
  a.Set("H.CAPAIAN", LkeAnswer::Choice("D"));
  EXPECT_FALSE(Check(a, "wbk").Find("wbk.capaian")->pass);
}

TEST(LkePredicateTest, AreaExactlyOnSeventyFivePercent) {
  // SDM reform iii (weight 2) is the ratio (last − this) / last: 8 → 5 gives 0.375; with the
  // example's other SDM answers (7.10 − 2 × 0.3 = 6.50) SDM = 6.50 + 0.75 = 7.25; 8 → 4
  // gives 7.50 = 75% exactly.
  LkeAnswerSet a = WorkedExample();
  a.Set("R.SDM.iii.a", LkeAnswer::Number(8));
  a.Set("R.SDM.iii.b", LkeAnswer::Number(4));
  LkePredicateResult r = Check(a, "wbbm");
  EXPECT_DOUBLE_EQ(r.Find("wbbm.area.SDM")->value, 0.75);
  EXPECT_TRUE(r.Find("wbbm.area.SDM")->pass);
  a.Set("R.SDM.iii.b", LkeAnswer::Number(5));
  r = Check(a, "wbbm");
  EXPECT_FALSE(r.Find("wbbm.area.SDM")->pass);
  EXPECT_NEAR(r.Find("wbbm.area.SDM")->value, 0.725, 1e-12);
}

TEST(LkePredicateTest, UnknownPredicate) {
  absl::StatusOr<LkeScore> s = ScoreLke(Default(), LkeAnswerSet{});
  ASSERT_TRUE(s.ok());
  absl::StatusOr<LkePredicateResult> r = CheckLkePredicate(Default(), *s, "wbx");
  EXPECT_EQ(r.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(r.status().message().find("memiliki wbk, wbbm"), std::string::npos);
}

TEST(LkePredicateTest, EvaluateChecksEveryPredicate) {
  absl::StatusOr<LkeEvaluation> e = EvaluateLke(Default(), WorkedExample());
  ASSERT_TRUE(e.ok()) << e.status();
  ASSERT_EQ(e->predicates.size(), 2u);
  EXPECT_TRUE(e->Find("wbk")->pass);
  EXPECT_FALSE(e->Find("wbbm")->pass);
  EXPECT_NEAR(e->score.total, 79.115, 1e-9);
  const std::string json = WriteLkeEvaluationJson(*e);
  EXPECT_NE(json.find("\"id\": \"wbbm.area.SDM\""), std::string::npos);
  EXPECT_NE(json.find("\"unit\": \"fraction\""), std::string::npos);
  EXPECT_NE(json.find("\"total\": 79.11"), std::string::npos);
}

}  // namespace
}  // namespace zi
