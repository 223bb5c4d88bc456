// Friendlier JSON inputs (issue #16 item 5): every JSON reader of libzi skips a UTF-8 byte
// order mark at the start of its text and allows "$schema" (a string, ignored) in its root
// object (src/internal/json_io.cpp, docs/plan-format.md). A BOM anywhere else stays an error;
// so does a "$schema" that is not a string. Tables (CSV) with a BOM read the same as without.
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "internal/json_io.hpp"
#include "internal/strings.hpp"
#include "test_util.hpp"
#include "zi/compliance/evidence.hpp"
#include "zi/defaults.hpp"
#include "zi/io/calendar_json.hpp"
#include "zi/io/decree_import.hpp"
#include "zi/io/lke_answers_json.hpp"
#include "zi/io/lke_rubric_json.hpp"
#include "zi/io/lke_workbook.hpp"
#include "zi/io/plan_json.hpp"
#include "zi/io/table.hpp"

namespace zi {
namespace {

const std::string kBom = "\xEF\xBB\xBF";

std::string Embedded(std::string_view name) {
  const std::optional<std::string_view> bytes = EmbeddedData(name);
  EXPECT_TRUE(bytes.has_value()) << name;
  return bytes ? std::string(*bytes) : std::string();
}

// `text` with `member` inserted as the first member of its root object.
std::string WithFirstMember(const std::string& text, const std::string& member) {
  const size_t brace = text.find('{');
  EXPECT_NE(brace, std::string::npos);
  return text.substr(0, brace + 1) + member + "," + text.substr(brace + 1);
}

// One JSON input format: its reader, giving a canonical text of what it read (or the error
// message), and a valid document.
struct Format {
  std::string name;
  std::string text;
  // "ok:<canonical form>" or "error:<message>".
  std::function<std::string(const std::string&)> read;
};

template <typename T, typename Show>
std::string Outcome(const absl::StatusOr<T>& r, Show show) {
  if (!r.ok()) return "error:" + std::string(r.status().message());
  return "ok:" + show(*r);
}

std::vector<Format> Formats() {
  static const Rubric rubric = *DefaultRubric();
  std::vector<Format> f;
  f.push_back({"plan", Embedded(kDefaultPlanName), [](const std::string& t) {
                 return Outcome(ReadPlanJson(t), [](const Plan& p) { return WritePlanJson(p); });
               }});
  f.push_back({"calendar", Embedded("calendars/ID-2026.json"), [](const std::string& t) {
                 return Outcome(ReadCalendarJson(t, "cal.json"),
                                [](const Calendar& c) { return WriteCalendarJson(c); });
               }});
  f.push_back({"rubric", Embedded(kDefaultRubricName), [](const std::string& t) {
                 return Outcome(ReadRubricJson(t), [](const Rubric& r) {
                   return internal::Cat(r.id(), " ", r.revision(), " ", r.areas().size());
                 });
               }});
  f.push_back({"lke answers", testing::ReadFile(testing::TestData("lke/worked-example.json")),
               [](const std::string& t) {
                 return Outcome(ReadLkeAnswersJson(t, rubric), [](const LkeAnswerSet& a) {
                   return WriteLkeAnswersJson(a, rubric);
                 });
               }});
  f.push_back(
      {"lke workbook layout", Embedded("lke/workbook-90-2021.json"), [](const std::string& t) {
         return Outcome(ReadLkeWorkbookLayoutJson(t, rubric, "layout.json"),
                        [](const LkeWorkbookLayout& l) {
                          return internal::Cat(l.id, " ", l.sheet, " ", l.rows.size());
                        });
       }});
  f.push_back({"evidence", R"({"format": "zi.evidence/1", "records": [
                   {"indicator": "1.1.1.1", "date": "2026-01-10", "ref": "SK-1"}]})",
               [](const std::string& t) {
                 EvidenceScope scope;
                 scope.Add("KPU-72", "1.1.1.1", 1);
                 scope.set_default_satker("KPU-72");
                 return Outcome(ReadEvidenceJson(t, scope), [](const EvidenceImport& e) {
                   std::string out = internal::Cat(e.accepted.size(), "/", e.rejected.size());
                   for (const EvidenceRecord& r : e.accepted) {
                     out += internal::Cat(" ", r.satker, " ", r.indicator, " ",
                                          FormatIsoDate(r.date), " ", r.ref);
                   }
                   return out;
                 });
               }});
  return f;
}

TEST(JsonBomTest, EveryFormatReadsTheSameWithALeadingBom) {
  for (const Format& f : Formats()) {
    const std::string plain = f.read(f.text);
    ASSERT_EQ(plain.substr(0, 3), "ok:") << f.name << ": " << plain;
    EXPECT_EQ(f.read(kBom + f.text), plain) << f.name;
  }
}

TEST(JsonBomTest, ABomAnywhereElseIsStillAnError) {
  for (const Format& f : Formats()) {
    const size_t brace = f.text.find('{');
    const std::string inside = f.text.substr(0, brace + 1) + kBom + f.text.substr(brace + 1);
    const std::string got = f.read(inside);
    EXPECT_EQ(got.substr(0, 6), "error:") << f.name;
    // Two marks: the second is in the text.
    EXPECT_EQ(f.read(kBom + kBom + f.text).substr(0, 6), "error:") << f.name;
    // After whitespace the mark is not at the start.
    EXPECT_EQ(f.read(" " + kBom + f.text).substr(0, 6), "error:") << f.name;
  }
}

TEST(JsonBomTest, PositionsCountFromAfterTheBom) {
  for (const std::string& text :
       {std::string("{\"a\": 1, \"a\": 2}"), std::string("{\n  \"a\": [1,\n  2,, 3]}"),
        std::string("[1, 2"), std::string("{\"k\": \"\\u0000\"}"), std::string("")}) {
    const absl::StatusOr<internal::json::value> plain = internal::ParseJson(text, "in.json");
    const absl::StatusOr<internal::json::value> bom = internal::ParseJson(kBom + text, "in.json");
    ASSERT_FALSE(plain.ok()) << text;
    ASSERT_FALSE(bom.ok()) << text;
    EXPECT_EQ(bom.status(), plain.status()) << text;
  }
  // The duplicate key's opening quote is column 10 of line 1 with or without the mark.
  const absl::StatusOr<internal::json::value> dup =
      internal::ParseJson(kBom + "{\"a\": 1, \"a\": 2}", "in.json");
  EXPECT_NE(dup.status().message().find("baris 1, kolom 10"), std::string::npos) << dup.status();
  // The mark alone is an masukan kosong.
  EXPECT_EQ(internal::ParseJson(kBom, "in.json").status(),
            internal::ParseJson("", "in.json").status());
}

TEST(JsonSchemaKeyTest, EveryFormatAllowsAStringSchemaAtTheTop) {
  for (const Format& f : Formats()) {
    const std::string plain = f.read(f.text);
    ASSERT_EQ(plain.substr(0, 3), "ok:") << f.name << ": " << plain;
    EXPECT_EQ(f.read(WithFirstMember(f.text, R"("$schema": "https://kpu.go.id/schemas/x")")), plain)
        << f.name;
    // With a BOM too (an editor's file usually has both).
    EXPECT_EQ(f.read(kBom + WithFirstMember(f.text, R"("$schema": "./plan.schema.json")")), plain)
        << f.name;
  }
}

TEST(JsonSchemaKeyTest, ANonStringSchemaIsAnErrorAtItsPointer) {
  for (const Format& f : Formats()) {
    for (const char* value : {"1", "null", "{}", "[\"a\"]", "true"}) {
      const std::string got =
          f.read(WithFirstMember(f.text, internal::Cat("\"$schema\": ", value)));
      EXPECT_EQ(got.substr(0, 6), "error:") << f.name << " " << value;
      EXPECT_NE(got.find("/$schema"), std::string::npos) << f.name << ": " << got;
    }
  }
}

TEST(JsonSchemaKeyTest, OnlyTheRootMayCarryIt) {
  // Inside a nested object "$schema" is an unknown field like any other.
  std::string plan = Embedded(kDefaultPlanName);
  const size_t satker = plan.find("\"satker\": {");
  ASSERT_NE(satker, std::string::npos);
  plan.insert(satker + std::string("\"satker\": {").size(), "\"$schema\": \"x\",");
  const absl::StatusOr<Plan> p = ReadPlanJson(plan);
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.status().message().find("/satker/$schema"), std::string::npos) << p.status();
  // A duplicate "$schema" is a duplicate key.
  const std::string twice = WithFirstMember(
      WithFirstMember(Embedded(kDefaultPlanName), R"("$schema": "a")"), R"("$schema": "b")");
  const absl::StatusOr<Plan> q = ReadPlanJson(twice);
  ASSERT_FALSE(q.ok());
  EXPECT_NE(q.status().message().find("/$schema"), std::string::npos) << q.status();
  // Saving does not write it.
  const absl::StatusOr<Plan> r =
      ReadPlanJson(WithFirstMember(Embedded(kDefaultPlanName), R"("$schema": "a")"));
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(WritePlanJson(*r).find("$schema"), std::string::npos);
}

TEST(CsvBomTest, TablesReadTheSameWithABom) {
  const std::string csv = "indicator;date;ref\r\n1.1.1.1;2026-01-10;SK-1\r\n";
  const absl::StatusOr<Table> plain = ReadTable(csv, "in.csv");
  const absl::StatusOr<Table> bom = ReadTable(kBom + csv, "in.csv");
  ASSERT_TRUE(plain.ok()) << plain.status();
  ASSERT_TRUE(bom.ok()) << bom.status();
  ASSERT_EQ(bom->rows.size(), plain->rows.size());
  for (size_t r = 0; r < plain->rows.size(); ++r) {
    ASSERT_EQ(bom->rows[r].cells.size(), plain->rows[r].cells.size());
    for (size_t c = 0; c < plain->rows[r].cells.size(); ++c) {
      EXPECT_EQ(bom->rows[r].cells[c].text, plain->rows[r].cells[c].text) << r << "," << c;
    }
  }
  EXPECT_EQ(bom->rows[0].cells[0].text, "indicator");

  // Evidence CSV: the first header is "indicator", not "\ufeffindicator".
  EvidenceScope scope;
  scope.Add("KPU-72", "1.1.1.1", 1);
  scope.set_default_satker("KPU-72");
  const absl::StatusOr<EvidenceImport> ev = ReadEvidenceCsv(kBom + csv, scope);
  ASSERT_TRUE(ev.ok()) << ev.status();
  ASSERT_EQ(ev->accepted.size(), 1u);
  EXPECT_TRUE(ev->rejected.empty());
  EXPECT_EQ(ev->accepted[0].ref, "SK-1");
}

}  // namespace
}  // namespace zi
