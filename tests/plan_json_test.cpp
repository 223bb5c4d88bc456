#include "zi/io/plan_json.hpp"

#include <gtest/gtest.h>

#include "internal/plan_json_direct.hpp"
#include "test_util.hpp"
#include "zi/compliance/synthetic.hpp"
#include "zi/defaults.hpp"

namespace zi {
namespace {

using testing::ReadFile;
using testing::TestData;

// ReadPlanJson reads a well-formed plan in one pass from the parser's events and falls back
// to the checked reader otherwise: for the plans people and zi write, the one-pass reader
// takes them and reads what the checked reader reads.
TEST(PlanJsonDirectTest, ReadsWhatTheCheckedReaderReads) {
  std::vector<std::string> texts = {ReadFile(TestData("plans/minimal.json")),
                                    ReadFile(TestData("plans/minimal.canonical.json")),
                                    ReadFile(TestData("plans/penanggung-jawab.json")),
                                    ReadFile(TestData("plans/scoring.json")),
                                    WritePlanJson(*DefaultPlan())};
  for (const Plan& p : SyntheticPortfolio(*DefaultPlan(), 8, 2026)) texts.push_back(WritePlanJson(p));
  // Escapes, a BOM, $schema, fields in another order, integral weights, an rrule.
  texts.push_back(
      "\xEF\xBB\xBF{\"components\": [{\"aspects\": [{\"activities\": [{\"indicators\": [{\"weight\": 2, "
      "\"text\": \"La\\u0070oran \\\"TW\\\"\\n\", \"rrule\": \"FREQ=MONTHLY\", \"lke_questions\": [\"a\", "
      "\"b\"], \"due_policy\": {\"convention\": \"preceding\", \"day\": 5, \"offset\": "
      "\"day_of_next_month\"}, \"source\": {\"no\": \"1\", \"target_waktu\": \"\"}}], \"text\": \"k\", "
      "\"notes\": [{\"text\": \"t\", \"kind\": \"defect\", \"field\": \"f\"}]}], \"name\": \"a\", "
      "\"weight\": 0.25, \"source\": {}}], \"name\": \"c\", \"lke_area\": \"MP\"}], \"year\": 2026, "
      "\"satker\": {\"time_zone\": \"WITA\", \"level\": \"provinsi\", \"name\": \"KPU Sulteng\", "
      "\"code\": \"KPU-72\"}, \"format\": \"zi.plan/1\", \"$schema\": \"x\", \"decree\": {\"date\": "
      "\"2026-01-05\", \"number\": \"6\"}, \"due_policy\": {\"offset\": \"calendar_days\", \"n\": 0}}");
  for (const std::string& text : texts) {
    SCOPED_TRACE(text.substr(0, 80));
    std::optional<PlanData> direct = internal::ReadPlanDataDirect(text);
    absl::StatusOr<PlanData> checked = internal::ReadPlanDataChecked(text);
    ASSERT_TRUE(checked.ok()) << checked.status();
    ASSERT_TRUE(direct.has_value());
    EXPECT_EQ(*direct, *checked);
  }
  // The hand-written one, field by field.
  const PlanData d = *internal::ReadPlanDataDirect(texts.back());
  EXPECT_EQ(d.satker.level, SatkerLevel::kProvinsi);
  EXPECT_EQ(d.decree.date, Date::FromYmd(2026, 1, 5));
  EXPECT_EQ(d.due_policy.offset, DueOffset::kCalendarDays);
  const Indicator& i = d.components[0].aspects[0].activities[0].indicators[0];
  EXPECT_EQ(i.text, "Laporan \"TW\"\n");
  EXPECT_EQ(i.weight, 2.0);
  EXPECT_EQ(i.rrule, "FREQ=MONTHLY");
  EXPECT_EQ(i.lke_questions, (std::vector<std::string>{"a", "b"}));
  ASSERT_TRUE(i.due_policy.has_value());
  EXPECT_EQ(i.due_policy->day, 5);
  EXPECT_EQ(i.due_policy->convention, Convention::kPreceding);
  EXPECT_EQ(i.source->no, "1");
  EXPECT_EQ(i.source->target_waktu, "");
  EXPECT_TRUE(d.components[0].aspects[0].source.empty());
  EXPECT_EQ(d.components[0].aspects[0].activities[0].notes[0].kind, NoteKind::kDefect);
}

// What the one-pass reader gives up on is read by the checked reader: refused with the
// checked reader's message, or (a form only it takes) read.
TEST(PlanJsonDirectTest, GivesUpOnWhatItIsNotSureOf) {
  const std::string head =
      "{\"format\": \"zi.plan/1\", \"satker\": {\"code\": \"K\", \"name\": \"n\", \"level\": "
      "\"pusat\", \"time_zone\": \"WIB\"}, ";
  const std::string comps =
      "\"components\": [{\"name\": \"c\", \"aspects\": [{\"name\": \"a\", \"activities\": "
      "[{\"text\": \"k\", \"indicators\": [{\"text\": \"i\"}]}]}]}]";
  ASSERT_TRUE(internal::ReadPlanDataDirect(head + "\"year\": 2026, " + comps + "}").has_value());
  struct Case {
    std::string text;
    bool checked_ok;
  };
  const std::vector<Case> cases = {
      {head + "\"year\": 2026.0, " + comps + "}", true},            // an integral double
      {head + "\"year\": 2026, \"year\": 2026, " + comps + "}", false},  // a repeated field
      {head + "\"year\": 2026, \"extra\": 1, " + comps + "}", false},   // an unknown field
      {head + "\"year\": 2026, \"calendar\": null, " + comps + "}", false},
      {head + "\"year\": 1999, " + comps + "}", false},
      {head + "\"year\": 2026, \"due_policy\": {\"offset\": \"none\", \"n\": 3}, " + comps + "}",
       false},
      {head + "\"year\": 2026, \"due_policy\": {\"offset\": \"working_days\"}, " + comps + "}",
       false},
      {head + "\"year\": 2026, \"calendar\": \"a\\u0000b\", " + comps + "}", false},
      {head + "\"year\": 2026, " + comps, false},  // cut short
      {head + "\"year\": 2026, " + comps + "} []", false},
      {head + "\"year\": 2026}", false},  // no components
      {"[]", false},
      {"", false},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_FALSE(internal::ReadPlanDataDirect(c.text).has_value());
    absl::StatusOr<PlanData> checked = internal::ReadPlanDataChecked(c.text);
    EXPECT_EQ(checked.ok(), c.checked_ok) << checked.status();
    absl::StatusOr<Plan> read = ReadPlanJson(c.text);
    EXPECT_EQ(read.ok(), c.checked_ok);
    if (!c.checked_ok) {
      EXPECT_EQ(read.status(), checked.status());
    }
  }
}

TEST(PlanJsonTest, ReadsEveryField) {
  auto plan = LoadPlanFile(TestData("plans/minimal.json"));
  ASSERT_TRUE(plan.ok()) << plan.status();
  EXPECT_EQ(plan->satker().code, "KPU-7271");
  EXPECT_EQ(plan->satker().level, SatkerLevel::kKabkota);
  EXPECT_EQ(plan->satker().time_zone, TimeZone::kWITA);
  EXPECT_EQ(plan->year(), 2026);
  EXPECT_EQ(plan->calendar_name(), "ID-2026");
  EXPECT_EQ(plan->data().due_policy.offset, DueOffset::kWorkingDays);
  EXPECT_EQ(plan->data().due_policy.n, 5);
  ASSERT_EQ(plan->indicators().size(), 3u);
  const IndicatorRef* q = plan->FindIndicator("1.1.1.9");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->indicator->weight, 2.5);
  ASSERT_TRUE(q->indicator->due_policy.has_value());
  EXPECT_EQ(q->indicator->due_policy->offset, DueOffset::kDayOfNextMonth);
  EXPECT_EQ(q->indicator->due_policy->day, 10);
  EXPECT_EQ(q->indicator->due_policy->convention, Convention::kPreceding);
  EXPECT_EQ(plan->EffectiveDuePolicy(*q->indicator).day, 10);
  EXPECT_EQ(plan->EffectiveDuePolicy(*plan->indicators()[0].indicator).n, 5);
  EXPECT_EQ(q->indicator->lke_questions, std::vector<std::string>{"P.MP.iii.a"});
  ASSERT_EQ(q->indicator->notes.size(), 1u);
  EXPECT_EQ(q->indicator->notes[0].kind, NoteKind::kInferred);
  EXPECT_EQ(q->indicator->source->target_capaian, "4 (empat)");
  EXPECT_EQ(q->aspect->lke_subarea, "P.MP.i");
  EXPECT_EQ(q->component->weight, 8);
}

TEST(PlanJsonTest, FillsMissingIdsFromPosition) {
  auto plan = LoadPlanFile(TestData("plans/minimal.json"));
  ASSERT_TRUE(plan.ok()) << plan.status();
  EXPECT_EQ(plan->indicators()[0].indicator->id, "1.1.1.1");
  EXPECT_EQ(plan->indicators()[2].indicator->id, "2.1.1.1");
  EXPECT_EQ(plan->components()[1].aspects[0].id, "2.1");
  EXPECT_EQ(plan->FindIndicator("9.9"), nullptr);
}

TEST(PlanJsonTest, WritesTheGoldenCanonicalForm) {
  auto plan = LoadPlanFile(TestData("plans/minimal.json"));
  ASSERT_TRUE(plan.ok()) << plan.status();
  EXPECT_EQ(WritePlanJson(*plan), ReadFile(TestData("plans/minimal.canonical.json")));
}

TEST(PlanJsonTest, RoundTripIsLosslessAndStable) {
  for (const std::string& path : {TestData("plans/minimal.json")}) {
    auto first = LoadPlanFile(path);
    ASSERT_TRUE(first.ok()) << first.status();
    const std::string once = WritePlanJson(*first);
    auto second = ReadPlanJson(once);
    ASSERT_TRUE(second.ok()) << second.status();
    EXPECT_EQ(first->data(), second->data());
    EXPECT_EQ(WritePlanJson(*second), once);
  }
}

TEST(PlanJsonTest, EmbeddedPlanRoundTripsByteForByte) {
  auto plan = DefaultPlan();
  ASSERT_TRUE(plan.ok()) << plan.status();
  const std::string once = WritePlanJson(*plan);
  auto again = ReadPlanJson(once);
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(plan->data(), again->data());
  EXPECT_EQ(WritePlanJson(*again), once);
  // The shipped file is itself in canonical form, so editing it by hand shows in diffs.
  EXPECT_EQ(once, std::string(*EmbeddedData(kDefaultPlanName)));
}

// A plan with one indicator; `patch` replaces the marked places.
std::string PlanWith(const std::string& indicator_fields, const std::string& extra_top = "") {
  return R"({"format":"zi.plan/1",)" + extra_top +
         R"("satker":{"code":"X","name":"KPU X","level":"provinsi","time_zone":"WIB"},
            "year":2026,"components":[{"name":"MP","aspects":[{"name":"A","activities":[
            {"text":"K","indicators":[{)" +
         indicator_fields + R"(}]}]}]}]})";
}

struct BadCase {
  std::string name;
  std::string json;
  std::string fragment;
};

TEST(PlanJsonTest, MalformedPlansGiveClearErrors) {
  const std::vector<BadCase> cases = {
      {"masukan kosong", "", "masukan kosong"},
      {"syntax error with position", "{\n  \"format\": \"zi.plan/1\",\n  \"year\": ,\n}",
       "baris 3, kolom 11"},
      {"trailing garbage", PlanWith(R"("text":"T")") + " x", "JSON tidak sah"},
      {"binary garbage", std::string("\x00\xff\xfe{", 4), "baris 1, kolom 1"},
      {"root not an object", "[1,2]", "/: diharapkan objek, ditemukan array"},
      {"missing format", R"({"year":2026})", "field wajib 'format' tidak ada"},
      {"wrong format", R"({"format":"zi.plan/9"})", "/format: diharapkan \"zi.plan/1\""},
      {"wrong type", PlanWith(R"("text":42)"),
       "/components/0/aspects/0/activities/0/indicators/0/text: diharapkan teks, ditemukan "
       "angka"},
      {"missing text", PlanWith(R"("evidence":"E")"),
       "/components/0/aspects/0/activities/0/indicators/0: field wajib 'text' tidak ada"},
      {"unknown field", PlanWith(R"("text":"T","targte":"1 Laporan")"),
       "indicators/0/targte: field tidak dikenal 'targte'"},
      {"unknown top-level field", PlanWith(R"("text":"T")", R"("colour":"red",)"),
       "/colour: field tidak dikenal 'colour'"},
      {"weight as string", PlanWith(R"("text":"T","weight":"NaN")"),
       "/weight: diharapkan angka, ditemukan teks"},
      {"weight overflow", PlanWith(R"("text":"T","weight":1e999)"), "weight"},
      {"negative weight", PlanWith(R"("text":"T","weight":-1)"), "weight_invalid"},
      {"empty text", PlanWith(R"("text":"  ")"), "empty_text"},
      {"duplicate ids", PlanWith(R"("id":"1","text":"T")"), "duplicate_id"},
      {"bad level",
       R"({"format":"zi.plan/1","satker":{"code":"X","name":"N","level":"desa","time_zone":"WIB"}})",
       "/satker/level: diharapkan \"pusat\", \"provinsi\" atau \"kabkota\", ditemukan \"desa\""},
      {"bad year",
       R"({"format":"zi.plan/1","satker":{"code":"X","name":"N","level":"pusat","time_zone":"WIB"},"year":26})",
       "/year: diharapkan bilangan bulat dari 2000 sampai 2100, ditemukan 26"},
      {"bad due policy", PlanWith(R"("text":"T","due_policy":{"offset":"working_days"})"),
       "due_policy: field wajib 'n' tidak ada"},
      {"bad convention",
       PlanWith(R"("text":"T","due_policy":{"offset":"none","convention":"nearest"})"),
       "due_policy/convention: diharapkan \"following\""},
      {"bad note kind",
       PlanWith(R"("text":"T","notes":[{"field":"x","kind":"guess","text":"y"}])"),
       "notes/0/kind"},
      {"bad decree date",
       R"({"format":"zi.plan/1","satker":{"code":"X","name":"N","level":"pusat","time_zone":"WIB"},"year":2026,"decree":{"date":"2026-02-30"}})",
       "/decree/date: '2026-02-30' bukan tanggal yang sah"},
      {"deep nesting", std::string(5000, '[') + std::string(5000, ']'), "JSON tidak sah"},
  };
  for (const BadCase& c : cases) {
    SCOPED_TRACE(c.name);
    PlanReadOptions options;
    options.source_name = "bad.json";
    auto plan = ReadPlanJson(c.json, options);
    ASSERT_FALSE(plan.ok());
    EXPECT_EQ(plan.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(plan.status().message().find(c.fragment), std::string::npos) << plan.status();
    EXPECT_EQ(plan.status().message().rfind("bad.json: ", 0), 0u) << plan.status();
  }
}

TEST(PlanJsonTest, DuplicateKeysAndNulCharactersAreRejectedWithTheirPlace) {
  PlanReadOptions options;
  options.source_name = "bad.json";
  const auto message = [&](const std::string& json) {
    auto plan = ReadPlanJson(json, options);
    EXPECT_FALSE(plan.ok());
    EXPECT_EQ(plan.status().code(), absl::StatusCode::kInvalidArgument);
    return std::string(plan.status().message());
  };
  EXPECT_EQ(message("{\"format\": \"zi.plan/1\",\n  \"year\": 2026,\n  \"year\": 2027}"),
            "bad.json: baris 3, kolom 3: /year: kunci 'year' muncul dua kali");
  EXPECT_EQ(message(R"({"format":"zi.plan/1","satker":{"code":"X","code":"Y"}})"),
            "bad.json: baris 1, kolom 44: /satker/code: kunci 'code' muncul dua kali");
  EXPECT_EQ(message(PlanWith(R"("text":"T","notes":[{"field":"x"},{"kind":"x","kind":"y"}])")),
            "bad.json: baris 3, kolom 86: "
            "/components/0/aspects/0/activities/0/indicators/0/notes/1/kind: kunci 'kind' muncul dua kali");
  EXPECT_EQ(message(PlanWith(R"("id":"1.1.1\u00001","text":"T")")),
            "bad.json: baris 3, kolom 45: /components/0/aspects/0/activities/0/indicators/0/id: "
            "karakter NUL (\\u0000) dalam teks");
  // Also when the lint is to report: it would never have seen the dropped value.
  options.validate = false;
  EXPECT_NE(message(PlanWith(R"("text":"T","text":"U")")).find("/text: kunci 'text' muncul dua kali"),
            std::string::npos);
}

TEST(PlanJsonTest, ValidationCanBeDeferredToTheLint) {
  PlanReadOptions options;
  options.validate = false;
  auto plan = ReadPlanJson(PlanWith(R"("id":"1","text":"T","weight":-1)"), options);
  ASSERT_TRUE(plan.ok()) << plan.status();
  EXPECT_EQ(plan->indicators()[0].indicator->weight, -1);
}

TEST(PlanJsonTest, MissingFileIsNotFound) {
  auto plan = LoadPlanFile(TestData("plans/no-such-file.json"));
  EXPECT_EQ(plan.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(plan.status().message().find("no-such-file.json"), std::string::npos);
}

}  // namespace
}  // namespace zi
