#include "zi/lke/plan_execution.hpp"

#include <gtest/gtest.h>

#include "test_util.hpp"
#include "zi/io/calendar_json.hpp"
#include "zi/defaults.hpp"
#include "zi/lke/rubric.hpp"
#include "zi/io/plan_json.hpp"

namespace zi {
namespace {

TEST(PlanExecutionTest, CountsAssessedOccurrencesAndFrequencies) {
  auto plan = LoadPlanFile(testing::TestData("plans/scoring.json"));
  ASSERT_TRUE(plan.ok()) << plan.status();
  PlanData data = plan->data();
  data.components[0].aspects[0].activities[0].indicators[1].lke_questions = {"P.SDM.iv.c"};
  const Plan p(std::move(data));
  const std::vector<EvidenceRecord> ev = {
      {"", "1.1.1.1", 1, Date::FromYmd(2026, 1, 28), EvidenceStatus::kVerified, 1, "", 2},
      {"", "1.1.1.2", 1, Date::FromYmd(2026, 4, 6), EvidenceStatus::kVerified, 1, "", 3}};
  const ComplianceReport r = ScorePlan(p, *DefaultCalendar(), ev, Date::FromYmd(2026, 7, 1));
  const PlanExecutionSummary s = SummarizePlanExecution(r);
  // Assessed as of 1 Jul (scoring_test.cpp): 1.1.1.1 (done), Q1 (done late), Q2 (overdue),
  // S1 (overdue); December not yet.
  EXPECT_EQ(s.occurrences_due, 4);
  EXPECT_EQ(s.done, 1);
  EXPECT_EQ(s.done_late, 1);
  EXPECT_EQ(s.as_of, Date::FromYmd(2026, 7, 1));
  EXPECT_EQ(s.occurrences_per_year_by_lke_question.at("P.SDM.iv.c"), 4);
  EXPECT_EQ(s.schedule_family_by_lke_question.at("P.SDM.iv.c"), "quarterly");

  auto suggestions = SuggestLkeAnswers(*DefaultRubric(), s);
  ASSERT_TRUE(suggestions.ok()) << suggestions.status();
  std::map<std::string, std::string> by_question;
  for (const LkeSuggestion& x : *suggestions) by_question[x.question] = x.answer.choice;
  EXPECT_EQ(by_question["P.MP.iii.a"], "C");  // 1 of 4 on time: some, not most
  EXPECT_EQ(by_question["P.SDM.iv.c"], "B");  // quarterly
}

TEST(PlanExecutionTest, EmbeddedPlanLinksItsFrequencyRows) {
  const ComplianceReport r =
      ScorePlan(*DefaultPlan(), *DefaultCalendar(), {}, Date::FromYmd(2026, 1, 5));
  const PlanExecutionSummary s = SummarizePlanExecution(r);
  EXPECT_EQ(s.occurrences_due, 0);
  EXPECT_EQ(s.schedule_family_by_lke_question.at("P.SDM.iv.c"), "quarterly");  // 3.4.1.1
  EXPECT_EQ(s.schedule_family_by_lke_question.at("P.PP.iv.a"), "semester");    // 6.3.1.1
  EXPECT_EQ(s.occurrences_per_year_by_lke_question.at("P.MP.iii.a"), 4);       // 1.3.1.x
}

}  // namespace
}  // namespace zi
