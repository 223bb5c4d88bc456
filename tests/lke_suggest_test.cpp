#include "zi/lke/suggest.hpp"

#include <gtest/gtest.h>

#include <limits>

#include "test_util.hpp"

namespace zi {
namespace {

using testing::lke::Default;

std::vector<LkeSuggestion> Suggest(const PlanExecutionSummary& s, const LkeSuggestOptions& o = {}) {
  absl::StatusOr<std::vector<LkeSuggestion>> r = SuggestLkeAnswers(Default(), s, o);
  EXPECT_TRUE(r.ok()) << r.status();
  return r.ok() ? *r : std::vector<LkeSuggestion>{};
}

const LkeSuggestion* Find(const std::vector<LkeSuggestion>& v, std::string_view q) {
  for (const LkeSuggestion& s : v) {
    if (s.question == q) return &s;
  }
  return nullptr;
}

std::string Answer(const std::vector<LkeSuggestion>& v, std::string_view q) {
  const LkeSuggestion* s = Find(v, q);
  return s ? s->answer.choice : "-";
}

PlanExecutionSummary Done(int due, int done, int late = 0) {
  PlanExecutionSummary s;
  s.as_of = Date::FromYmd(2026, 7, 1);
  s.occurrences_due = due;
  s.done = done;
  s.done_late = late;
  return s;
}

TEST(LkeSuggestTest, PlanExecutionShareDecidesMpIiiA) {
  EXPECT_EQ(Answer(Suggest(Done(40, 40)), "P.MP.iii.a"), "A");  // all
  EXPECT_EQ(Answer(Suggest(Done(40, 39)), "P.MP.iii.a"), "B");  // most
  EXPECT_EQ(Answer(Suggest(Done(40, 21)), "P.MP.iii.a"), "B");  // > 50%
  EXPECT_EQ(Answer(Suggest(Done(40, 20)), "P.MP.iii.a"), "C");  // exactly half is not "most"
  EXPECT_EQ(Answer(Suggest(Done(40, 1)), "P.MP.iii.a"), "C");   // a few
  EXPECT_EQ(Answer(Suggest(Done(40, 0)), "P.MP.iii.a"), "D");   // none
  EXPECT_EQ(Find(Suggest(Done(0, 0)), "P.MP.iii.a"), nullptr);  // nothing due yet
  const std::vector<LkeSuggestion> v = Suggest(Done(40, 30, 6));
  const LkeSuggestion* s = Find(v, "P.MP.iii.a");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->rule, "plan_execution_share");
  EXPECT_EQ(s->reason,
            "Saran: 30 dari 40 keluaran rencana aksi yang jatuh tempo per 2026-07-01 selesai tepat "
            "waktu (75.0%); sebagian besar (> 50%) kegiatan pembangunan dilaksanakan sesuai rencana");
}

TEST(LkeSuggestTest, LateCountsOnlyWhenAsked) {
  EXPECT_EQ(Answer(Suggest(Done(10, 8, 2)), "P.MP.iii.a"), "B");
  LkeSuggestOptions o;
  o.count_late_as_done = true;
  const std::vector<LkeSuggestion> v = Suggest(Done(10, 8, 2), o);
  EXPECT_EQ(Answer(v, "P.MP.iii.a"), "A");
  EXPECT_NE(Find(v, "P.MP.iii.a")->reason.find("termasuk terlambat"), std::string::npos);
}

TEST(LkeSuggestTest, PlanTargetsAchievedDecideMpReformIi) {
  EXPECT_EQ(Answer(Suggest(Done(10, 9)), "R.MP.ii.a"), "A");  // > 80%
  EXPECT_EQ(Answer(Suggest(Done(10, 8)), "R.MP.ii.a"), "B");  // 80% is not above 80%
  EXPECT_EQ(Answer(Suggest(Done(10, 6)), "R.MP.ii.a"), "B");
  EXPECT_EQ(Answer(Suggest(Done(10, 5)), "R.MP.ii.a"), "C");
  EXPECT_EQ(Answer(Suggest(Done(10, 0)), "R.MP.ii.a"), "D");
}

TEST(LkeSuggestTest, ScheduleFrequencyDecidesSdmIvC) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"weekly", "A"}, {"monthly", "A"}, {"quarterly", "B"}, {"semester", "C"}, {"yearly", "D"},
      {"once", "D"}};
  for (const auto& [family, want] : cases) {
    PlanExecutionSummary s;
    s.schedule_family_by_lke_question["P.SDM.iv.c"] = family;
    const std::vector<LkeSuggestion> v = Suggest(s);
    EXPECT_EQ(Answer(v, "P.SDM.iv.c"), want) << family;
    EXPECT_EQ(Find(v, "P.MP.iii.a"), nullptr);  // nothing due: no execution suggestion
  }
  // The seed plan's SKP row is "Per Triwulan".
  PlanExecutionSummary s;
  s.schedule_family_by_lke_question["P.SDM.iv.c"] = "quarterly";
  const std::vector<LkeSuggestion> v = Suggest(s);
  const LkeSuggestion* sdm = Find(v, "P.SDM.iv.c");
  ASSERT_NE(sdm, nullptr);
  EXPECT_EQ(sdm->rule, "schedule_frequency");
  EXPECT_NE(sdm->reason.find("triwulanan (4 kali setahun)"), std::string::npos) << sdm->reason;
}

TEST(LkeSuggestTest, SurveysPerYearDecidePpIvA) {
  PlanExecutionSummary s;
  s.schedule_family_by_lke_question["P.PP.iv.a"] = "semester";  // the seed's survey row
  EXPECT_EQ(Answer(Suggest(s), "P.PP.iv.a"), "C");
  s.schedule_family_by_lke_question["P.PP.iv.a"] = "quarterly";
  EXPECT_EQ(Answer(Suggest(s), "P.PP.iv.a"), "A");
  s.schedule_family_by_lke_question["P.PP.iv.a"] = "yearly";
  EXPECT_EQ(Answer(Suggest(s), "P.PP.iv.a"), "D");
  // A month list of 3 months: the count decides, not the family.
  for (const auto& [n, want] : std::vector<std::pair<int, std::string>>{
           {0, "E"}, {1, "D"}, {2, "C"}, {3, "B"}, {4, "A"}, {12, "A"}}) {
    s.occurrences_per_year_by_lke_question["P.PP.iv.a"] = n;
    const std::vector<LkeSuggestion> v = Suggest(s);
    EXPECT_EQ(Answer(v, "P.PP.iv.a"), want) << n;
    EXPECT_EQ(Find(v, "P.PP.iv.a")->rule, "occurrences_per_year");
  }
}

TEST(LkeSuggestTest, AllTogetherInWorksheetOrder) {
  PlanExecutionSummary s = Done(64, 50, 4);
  s.schedule_family_by_lke_question["P.SDM.iv.c"] = "quarterly";
  s.schedule_family_by_lke_question["P.PP.iv.a"] = "semester";
  const std::vector<LkeSuggestion> v = Suggest(s);
  std::vector<std::string> ids;
  for (const LkeSuggestion& x : v) ids.push_back(x.question + "=" + x.answer.choice);
  EXPECT_EQ(ids, (std::vector<std::string>{"P.MP.iii.a=B", "P.SDM.iv.c=B", "P.PP.iv.a=C",
                                           "R.MP.ii.a=B"}));
  for (const LkeSuggestion& x : v) EXPECT_EQ(x.reason.rfind("Saran: ", 0), 0u);
}

TEST(LkeSuggestTest, InconsistentInputsAreErrors) {
  EXPECT_FALSE(SuggestLkeAnswers(Default(), Done(10, 8, 3)).ok());
  EXPECT_FALSE(SuggestLkeAnswers(Default(), Done(10, -1)).ok());
  // Two counts whose int sum would wrap to a negative number are still "more than due".
  constexpr int kMax = std::numeric_limits<int>::max();
  absl::StatusOr<std::vector<LkeSuggestion>> wrapped =
      SuggestLkeAnswers(Default(), Done(kMax, kMax, kMax));
  ASSERT_FALSE(wrapped.ok());
  EXPECT_EQ(wrapped.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(wrapped.status().message().find("exceed occurrences_due"), std::string::npos)
      << wrapped.status();
  PlanExecutionSummary s;
  s.schedule_family_by_lke_question["P.SDM.iv.c"] = "fortnightly";
  absl::StatusOr<std::vector<LkeSuggestion>> r = SuggestLkeAnswers(Default(), s);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("unknown schedule family 'fortnightly'"), std::string::npos);
}

TEST(LkeSuggestTest, RubricWithoutTheQuestionGivesNothing) {
  RubricData d = Default().data();
  d.id = "other";
  // Rename P.MP.iii.a: the rule no longer finds its question.
  d.areas[0].pemenuhan.subareas[2].questions[0].id = "P.MP.iii.z";
  absl::StatusOr<Rubric> r = Rubric::Create(d);
  ASSERT_TRUE(r.ok()) << r.status();
  absl::StatusOr<std::vector<LkeSuggestion>> v = SuggestLkeAnswers(*r, Done(10, 10));
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(Find(*v, "P.MP.iii.a"), nullptr);
  EXPECT_NE(Find(*v, "R.MP.ii.a"), nullptr);
}

}  // namespace
}  // namespace zi
