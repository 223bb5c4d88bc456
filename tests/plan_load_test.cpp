// Loading many plans at once (ReadPlanJsons, LoadPlanFiles): results in input order and equal
// to one-by-one reading whatever the thread count; and the locations of errors found by the
// reader that builds JSON pointers only for errors.
#include <gtest/gtest.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "internal/text.hpp"
#include "zi/compliance/synthetic.hpp"
#include "zi/defaults.hpp"
#include "zi/io/plan_json.hpp"
#include "zi/plan/satker_registry.hpp"

namespace zi {
namespace {

namespace json = boost::json;

std::string DefaultJson() { return WritePlanJson(*DefaultPlan()); }

// The default plan's JSON with `edit` applied to its parsed form.
template <typename Edit>
std::string Edited(Edit edit) {
  json::value v = json::parse(DefaultJson());
  edit(v);
  return json::serialize(v);
}

json::object& IndicatorAt(json::value& v, size_t c, size_t a, size_t k, size_t i) {
  return v.at("components")
      .at(c)
      .at("aspects")
      .at(a)
      .at("activities")
      .at(k)
      .at("indicators")
      .at(i)
      .as_object();
}

std::string ReadError(const std::string& text) {
  PlanReadOptions o;
  o.source_name = "p.json";
  absl::StatusOr<Plan> p = ReadPlanJson(text, o);
  EXPECT_FALSE(p.ok());
  return p.ok() ? "" : std::string(p.status().message());
}

bool StartsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

TEST(PlanLoad, DeepErrorNamesItsPointer) {
  const std::string m =
      ReadError(Edited([](json::value& v) { IndicatorAt(v, 0, 3, 2, 0)["weight"] = "berat"; }));
  EXPECT_TRUE(StartsWith(m, "p.json: /components/0/aspects/3/activities/2/indicators/0/weight: "))
      << m;
}

TEST(PlanLoad, MissingFieldNamesTheObject) {
  const std::string m =
      ReadError(Edited([](json::value& v) { IndicatorAt(v, 1, 0, 0, 0).erase("text"); }));
  EXPECT_TRUE(StartsWith(m, "p.json: /components/1/aspects/0/activities/0/indicators/0: ")) << m;
  EXPECT_NE(m.find("'text'"), std::string::npos) << m;
}

TEST(PlanLoad, UnknownFieldPointerIsEscaped) {
  const std::string m =
      ReadError(Edited([](json::value& v) { IndicatorAt(v, 0, 0, 0, 0)["a/b~c"] = 1; }));
  EXPECT_TRUE(StartsWith(m, "p.json: /components/0/aspects/0/activities/0/indicators/0/a~1b~0c: "))
      << m;
}

TEST(PlanLoad, ErrorInsideSourceAndDuePolicyAndLkeQuestions) {
  EXPECT_TRUE(StartsWith(ReadError(Edited([](json::value& v) {
                           IndicatorAt(v, 0, 2, 0, 1)["source"] = json::object{{"no", 5}};
                         })),
                         "p.json: /components/0/aspects/2/activities/0/indicators/1/source/no: "));
  EXPECT_TRUE(
      StartsWith(ReadError(Edited([](json::value& v) {
                   IndicatorAt(v, 0, 0, 0, 0)["due_policy"] =
                       json::object{{"offset", "working_days"}, {"n", 400}};
                 })),
                 "p.json: /components/0/aspects/0/activities/0/indicators/0/due_policy/n: "));
  EXPECT_TRUE(
      StartsWith(ReadError(Edited([](json::value& v) {
                   IndicatorAt(v, 0, 0, 0, 0)["lke_questions"] = json::array{"a", "b", 3};
                 })),
                 "p.json: /components/0/aspects/0/activities/0/indicators/0/lke_questions/2: "));
  EXPECT_TRUE(StartsWith(ReadError(Edited([](json::value& v) { v.as_object()["year"] = 1999; })),
                         "p.json: /year: "));
  EXPECT_TRUE(StartsWith(
      ReadError(Edited([](json::value& v) { v.at("components").as_array()[2] = "komponen"; })),
      "p.json: /components/2: "));
}

// An object with more keys than the duplicate check compares one by one (it then uses a set).
std::string WithManyKeys(bool duplicate) {
  std::string keys;
  for (int i = 0; i < 40; ++i)
    keys += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ", ";
  keys += duplicate ? "\"k33\": 1" : "\"k40\": 1";
  std::string text = DefaultJson();
  const std::string anchor = "\"format\": \"zi.plan/1\",";
  text.replace(text.find(anchor), anchor.size(), anchor + " \"extra\": {" + keys + "},");
  return text;
}

TEST(PlanLoad, DuplicateKeyFoundInALargeObject) {
  const std::string dup = ReadError(WithManyKeys(true));
  EXPECT_NE(dup.find("/extra/k33: "), std::string::npos) << dup;
  EXPECT_NE(dup.find("'k33'"), std::string::npos) << dup;
  // Without the duplicate, the object is read and its only problem is being unknown.
  EXPECT_TRUE(StartsWith(ReadError(WithManyKeys(false)), "p.json: /extra: "))
      << ReadError(WithManyKeys(false));
}

TEST(PlanLoad, DuplicateKeyInSmallObjectsOfEveryDepth) {
  std::string text = DefaultJson();
  // The plan's second "text" key inside its first indicator.
  const size_t at = text.find("\"text\": ", text.find("\"indicators\""));
  ASSERT_NE(at, std::string::npos);
  text.insert(at, "\"text\": \"x\", ");
  const std::string m = ReadError(text);
  EXPECT_NE(m.find("/components/0/aspects/0/activities/0/indicators/0/text: "), std::string::npos)
      << m;
}

TEST(PlanLoad, BatchEqualsOneByOneInInputOrder) {
  const Plan base = *DefaultPlan();
  std::vector<std::string> texts;
  for (const Plan& p : SyntheticPortfolio(base, 24, 2026)) texts.push_back(WritePlanJson(p));
  texts[3] = "{ \"format\": ";  // syntax
  texts[7] =
      Edited([](json::value& v) { IndicatorAt(v, 0, 0, 0, 0)["weight"] = -1; });  // validation
  texts[11] = Edited([](json::value& v) { v.as_object()["satker"].as_object()["level"] = "desa"; });
  texts[20] = "";
  std::vector<PlanText> batch;
  for (size_t i = 0; i < texts.size(); ++i) {
    batch.push_back(PlanText{texts[i], "plans/" + std::to_string(i) + ".json"});
  }
  for (int threads : {1, 2, 3, 0}) {
    SCOPED_TRACE(threads);
    const std::vector<absl::StatusOr<Plan>> got = ReadPlanJsons(batch, {}, threads);
    ASSERT_EQ(got.size(), texts.size());
    for (size_t i = 0; i < texts.size(); ++i) {
      PlanReadOptions one;
      one.source_name = batch[i].source_name;
      const absl::StatusOr<Plan> want = ReadPlanJson(texts[i], one);
      ASSERT_EQ(got[i].ok(), want.ok()) << i;
      if (want.ok()) {
        EXPECT_EQ(*got[i], *want) << i;
      } else {
        EXPECT_EQ(got[i].status(), want.status()) << i;
        EXPECT_TRUE(StartsWith(std::string(got[i].status().message()), batch[i].source_name)) << i;
      }
    }
    for (size_t bad : {3u, 7u, 11u, 20u}) EXPECT_FALSE(got[bad].ok()) << bad;
    EXPECT_EQ(got[0]->satker().code, KpuSatker()[0].code);
    EXPECT_EQ(got[23]->satker().code, KpuSatker()[23].code);
  }
  // validate = false is passed on: the bad weight reads.
  PlanReadOptions lax;
  lax.validate = false;
  EXPECT_TRUE(ReadPlanJsons(batch, lax, 2)[7].ok());
}

TEST(PlanLoad, FilesInInputOrderWithMissingOnes) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("zi_plan_load_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const Plan base = *DefaultPlan();
  const std::vector<Plan> plans = SyntheticPortfolio(base, 5, 2026);
  std::vector<std::string> paths;
  for (size_t i = 0; i < plans.size(); ++i) {
    paths.push_back((dir / (std::to_string(i) + ".json")).string());
    std::ofstream(paths.back(), std::ios::binary) << WritePlanJson(plans[i]);
  }
  paths.insert(paths.begin() + 2, (dir / "tidak-ada.json").string());
  for (int threads : {1, 2}) {
    const std::vector<absl::StatusOr<Plan>> got = LoadPlanFiles(paths, {}, threads);
    ASSERT_EQ(got.size(), 6u);
    EXPECT_EQ(got[2].status().code(), absl::StatusCode::kNotFound);
    const size_t order[] = {0, 1, 3, 4, 5};
    for (size_t k = 0; k < 5; ++k) {
      ASSERT_TRUE(got[order[k]].ok()) << got[order[k]].status();
      EXPECT_EQ(*got[order[k]], plans[k]);
    }
  }
  std::filesystem::remove_all(dir);
}

// CleanText's fast path (texts already clean are copied as they are) against hand-worked
// results of the general path.
TEST(PlanLoad, CleanTextFastAndGeneralPathsAgree) {
  using internal::CleanText;
  EXPECT_EQ(CleanText("Laporan kegiatan"), "Laporan kegiatan");
  EXPECT_EQ(CleanText(""), "");
  EXPECT_EQ(CleanText("a"), "a");
  EXPECT_EQ(CleanText(" a"), "a");
  EXPECT_EQ(CleanText("a "), "a");
  EXPECT_EQ(CleanText("a  b"), "a b");
  EXPECT_EQ(CleanText("a\tb"), "a b");
  EXPECT_EQ(CleanText("a\r\nb"), "a b");
  EXPECT_EQ(CleanText("<i>Laporan</i> bulanan"), "Laporan bulanan");
  EXPECT_EQ(CleanText("a<p>b"), "a b");
  EXPECT_EQ(CleanText("a < b"), "a < b");
  EXPECT_EQ(CleanText("1 < 2 > 0"), "1 < 2 > 0");
  EXPECT_EQ(CleanText("Rp 5.000,00 (lima ribu)"), "Rp 5.000,00 (lima ribu)");
  EXPECT_EQ(CleanText("  "), "");
}

// IsBlankText (the lint's "empty text" test, which makes no copy) is CleanText(s).empty():
// hand-picked cases, then every string of up to 6 characters over an alphabet of spaces,
// markup and letters.
TEST(PlanLoad, IsBlankTextIsCleanTextEmpty) {
  using internal::CleanText;
  using internal::IsBlankText;
  EXPECT_TRUE(IsBlankText(""));
  EXPECT_TRUE(IsBlankText(" \t\r\n"));
  EXPECT_TRUE(IsBlankText("<p></p> <br/>"));
  EXPECT_FALSE(IsBlankText("<p>x</p>"));
  EXPECT_FALSE(IsBlankText("< p>"));  // not a tag: kept as text
  EXPECT_FALSE(IsBlankText("<p"));    // no '>': kept as text
  EXPECT_FALSE(IsBlankText("-"));
  const std::string alphabet = " \t<>/px";
  std::string s;
  size_t checked = 0;
  for (size_t len = 0; len <= 6; ++len) {
    std::vector<size_t> digit(len, 0);
    while (true) {
      s.clear();
      for (size_t d : digit) s.push_back(alphabet[d]);
      ASSERT_EQ(IsBlankText(s), CleanText(s).empty()) << ::testing::PrintToString(s);
      ++checked;
      size_t k = 0;
      while (k < len && ++digit[k] == alphabet.size()) digit[k++] = 0;
      if (k == len) break;
    }
  }
  EXPECT_EQ(checked, 137257u);  // 7^0 + 7^1 + ... + 7^6
}

}  // namespace
}  // namespace zi
