#include "zi/lke/suggest.hpp"

#include <gtest/gtest.h>

#include <limits>

#include "test_util.hpp"
#include "zi/io/lke_answers_csv.hpp"
#include "zi/io/lke_answers_json.hpp"

namespace zi {
namespace {

using testing::lke::Default;
using testing::lke::WorkedExample;

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
            "Saran: 30 dari 40 keluaran rencana aksi yang jatuh tempo per 1 Juli 2026 selesai tepat "
            "waktu (75,0%). Sebagian besar (lebih dari 50%) kegiatan pembangunan dilaksanakan "
            "sesuai rencana, jadi pelaksanaan rencana aksi mendukung jawaban B (A: semua, B: "
            "sebagian besar, C: sebagian kecil, D: belum ada).");
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
  EXPECT_EQ(sdm->reason,
            "Saran: rencana aksi menjadwalkan pengukuran kinerja individu triwulanan (4 kali "
            "setahun), jadi jadwal ini mendukung jawaban B (A: bulanan, B: triwulanan, C: "
            "semesteran, D: tahunan, E: belum dilakukan).");
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

// The seed plan's suggestions written into the worked example: the suggested questions
// take the suggested options, everything else (the other answers, the TPI layer, notes,
// evidence, metadata) stays as it was, and the set survives a write and read in both formats.
TEST(LkeSuggestTest, ApplyWritesOnlyTheSuggestedAnswers) {
  PlanExecutionSummary s = Done(64, 50, 4);
  s.schedule_family_by_lke_question["P.SDM.iv.c"] = "quarterly";
  s.schedule_family_by_lke_question["P.PP.iv.a"] = "semester";
  const std::vector<LkeSuggestion> v = Suggest(s);  // P.MP.iii.a B, P.SDM.iv.c B, P.PP.iv.a C, R.MP.ii.a B
  LkeAnswerSet in = WorkedExample();
  in.Set("P.MP.iii.a", LkeAnswer::Choice("A"), LkeLayer::kTpi);
  in.answers["P.MP.iii.a"].note = "catatan tim";
  in.Clear("P.PP.iv.a");  // unanswered before: filled in
  absl::StatusOr<LkeAppliedSuggestions> r = ApplyLkeSuggestions(Default(), in, v);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->changes.size(), 4u);
  // The worked example answers P.MP.iii.a A, P.SDM.iv.c A, R.MP.ii.a B.
  EXPECT_EQ(r->changes[0].question, "P.MP.iii.a");
  EXPECT_EQ(r->changes[0].from, LkeAnswer::Choice("A"));
  EXPECT_EQ(r->changes[0].to, LkeAnswer::Choice("B"));
  EXPECT_TRUE(r->changes[0].changed);
  EXPECT_EQ(r->changes[1].question, "P.SDM.iv.c");
  EXPECT_TRUE(r->changes[1].changed);
  EXPECT_EQ(r->changes[2].question, "P.PP.iv.a");
  EXPECT_EQ(r->changes[2].from, std::nullopt);
  EXPECT_TRUE(r->changes[2].changed);
  EXPECT_EQ(r->changes[3].question, "R.MP.ii.a");
  EXPECT_EQ(r->changes[3].from, LkeAnswer::Choice("B"));
  EXPECT_FALSE(r->changes[3].changed);  // already the suggested answer
  // Exactly the suggested unit answers differ.
  LkeAnswerSet expected = in;
  expected.Set("P.MP.iii.a", LkeAnswer::Choice("B"));
  expected.Set("P.SDM.iv.c", LkeAnswer::Choice("B"));
  expected.Set("P.PP.iv.a", LkeAnswer::Choice("C"));
  EXPECT_EQ(r->answers, expected);
  EXPECT_EQ(*r->answers.Find("P.MP.iii.a", LkeLayer::kTpi), LkeAnswer::Choice("A"));
  EXPECT_EQ(r->answers.answers.at("P.MP.iii.a").note, "catatan tim");
  // Round trip through both answer formats.
  absl::StatusOr<LkeAnswerSet> json = ReadLkeAnswersJson(WriteLkeAnswersJson(r->answers, Default()), Default());
  ASSERT_TRUE(json.ok()) << json.status();
  EXPECT_EQ(*json, r->answers);
  absl::StatusOr<LkeAnswerSet> csv = ReadLkeAnswersCsv(WriteLkeAnswersCsv(r->answers, Default()), Default());
  ASSERT_TRUE(csv.ok()) << csv.status();
  EXPECT_EQ(*csv, r->answers);
  // Into the TPI layer instead: the unit layer is untouched.
  absl::StatusOr<LkeAppliedSuggestions> tpi = ApplyLkeSuggestions(Default(), in, v, LkeLayer::kTpi);
  ASSERT_TRUE(tpi.ok());
  EXPECT_EQ(*tpi->answers.Find("P.MP.iii.a"), LkeAnswer::Choice("A"));
  EXPECT_EQ(*tpi->answers.Find("P.MP.iii.a", LkeLayer::kTpi), LkeAnswer::Choice("B"));
  EXPECT_TRUE(tpi->changes[0].changed);
}

TEST(LkeSuggestTest, ApplyRefusesWhatDoesNotFit) {
  const LkeAnswerSet in = WorkedExample();
  std::vector<LkeSuggestion> bad = {{"P.MP.iii.a", LkeAnswer::Choice("Z"), "plan_execution_share", ""},
                                    {"P.XX.i.a", LkeAnswer::Choice("A"), "plan_execution_share", ""},
                                    {"R.MP.i.a", LkeAnswer::Choice("A"), "plan_execution_share", ""}};
  absl::StatusOr<LkeAppliedSuggestions> r = ApplyLkeSuggestions(Default(), in, bad);
  ASSERT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  for (const char* id : {"P.MP.iii.a", "P.XX.i.a", "R.MP.i.a"}) {
    EXPECT_NE(r.status().message().find(id), std::string::npos) << r.status();
  }
  LkeAnswerSet other = in;
  other.rubric = "another-rubric";
  EXPECT_EQ(ApplyLkeSuggestions(Default(), other, {}).status().code(), absl::StatusCode::kInvalidArgument);
  // No suggestions: the set unchanged.
  absl::StatusOr<LkeAppliedSuggestions> none = ApplyLkeSuggestions(Default(), in, {});
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->answers, in);
  EXPECT_TRUE(none->changes.empty());
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
  EXPECT_NE(wrapped.status().message().find("occurrences_due (2147483647)"), std::string::npos)
      << wrapped.status();
  PlanExecutionSummary s;
  s.schedule_family_by_lke_question["P.SDM.iv.c"] = "fortnightly";
  absl::StatusOr<std::vector<LkeSuggestion>> r = SuggestLkeAnswers(Default(), s);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("keluarga jadwal 'fortnightly' tidak dikenal"), std::string::npos);
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
