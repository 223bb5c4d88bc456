#include "zi/lke/rubric.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <regex>
#include <sstream>

#include "test_util.hpp"
#include "zi/io/lke_rubric_json.hpp"
#include "zi/defaults.hpp"

namespace zi {
namespace {

using testing::lke::Default;

std::string DefaultText() { return std::string(*EmbeddedData(kDefaultRubricName)); }

// Replaces the first occurrence of `from` (which must exist) in the default rubric's text.
std::string Edited(std::string_view from, std::string_view to) {
  std::string s = DefaultText();
  const size_t at = s.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) s.replace(at, from.size(), to);
  return s;
}

TEST(LkeRubricTest, DefaultNamesItsRegulation) {
  const Rubric r = Default();
  EXPECT_EQ(r.id(), "permenpanrb-90-2021");
  EXPECT_EQ(r.revision(), 1);
  EXPECT_EQ(r.regulation().name, "PermenPANRB Nomor 90 Tahun 2021");
  EXPECT_EQ(r.regulation().amended_by, "PermenPANRB Nomor 5 Tahun 2024");
  EXPECT_EQ(r.data().zero_denominator, ZeroDenominatorPolicy::kZeroOverZeroIsOne);
}

TEST(LkeRubricTest, WeightsAndCountsMatchTheLke) {
  const Rubric r = Default();
  const std::vector<std::pair<std::string, double>> areas = {
      {"MP", 8}, {"TL", 7}, {"SDM", 10}, {"AK", 10}, {"PW", 15}, {"PP", 10}};
  ASSERT_EQ(r.areas().size(), areas.size());
  double pengungkit = 0, pemenuhan = 0, reform = 0;
  int pem_subs = 0, ref_subs = 0, pem_q = 0, ref_q = 0, jumlah = 0, ratios = 0;
  for (size_t i = 0; i < areas.size(); ++i) {
    const LkeArea& a = r.areas()[i];
    EXPECT_EQ(a.code, areas[i].first);
    EXPECT_DOUBLE_EQ(a.weight, areas[i].second);
    EXPECT_DOUBLE_EQ(a.pemenuhan.weight, a.weight / 2) << a.code;  // the 50/50 split
    EXPECT_DOUBLE_EQ(a.reform.weight, a.weight / 2) << a.code;
    double pem_sum = 0, ref_sum = 0;
    for (const LkeSubarea& s : a.pemenuhan.subareas) {
      pem_sum += s.weight;
      ++pem_subs;
      pem_q += static_cast<int>(s.questions.size());
    }
    for (const LkeSubarea& s : a.reform.subareas) {
      ref_sum += s.weight;
      ++ref_subs;
      ref_q += static_cast<int>(s.questions.size());
      for (const LkeQuestion& q : s.questions) jumlah += q.type == "JUMLAH";
      ratios += static_cast<int>(s.ratios.size());
    }
    EXPECT_NEAR(pem_sum, a.pemenuhan.weight, 1e-12) << a.code;
    EXPECT_NEAR(ref_sum, a.reform.weight, 1e-12) << a.code;
    pengungkit += a.weight;
    pemenuhan += pem_sum;
    reform += ref_sum;
  }
  EXPECT_DOUBLE_EQ(r.data().pengungkit_weight, 60);
  EXPECT_NEAR(pengungkit, 60, 1e-12);
  EXPECT_NEAR(pemenuhan, 30, 1e-12);
  EXPECT_NEAR(reform, 30, 1e-12);
  EXPECT_EQ(pem_subs, 25);
  EXPECT_EQ(ref_subs, 18);  // R.PW.iii counted as its two parts
  EXPECT_EQ(pem_q, 87);
  EXPECT_EQ(ref_q, 37);
  EXPECT_EQ(jumlah, 22);
  EXPECT_EQ(ratios, 8);
  EXPECT_EQ(r.subareas().size(), 43u);
  EXPECT_EQ(r.questions().size(), 124u);

  double hasil = 0;
  for (const HasilItem& h : r.hasil_items()) hasil += h.weight;
  EXPECT_DOUBLE_EQ(r.data().hasil_weight, 40);
  EXPECT_NEAR(hasil, 40, 1e-12);
  ASSERT_EQ(r.hasil_items().size(), 3u);
  EXPECT_EQ(r.hasil_items()[0].id, "H.IPAK");
  EXPECT_DOUBLE_EQ(r.hasil_items()[0].weight, 17.5);
  EXPECT_EQ(r.hasil_items()[1].id, "H.CAPAIAN");
  EXPECT_DOUBLE_EQ(r.hasil_items()[1].weight, 5);
  EXPECT_EQ(r.hasil_items()[2].id, "H.IPKP");
  EXPECT_DOUBLE_EQ(r.FindHasilGroup("birokrasi_bersih")->weight, 22.5);
  EXPECT_DOUBLE_EQ(r.FindHasilGroup("pelayanan_prima")->weight, 17.5);
  EXPECT_DOUBLE_EQ(pengungkit + hasil, 100);
}

TEST(LkeRubricTest, SplitSubareaHasParent) {
  const Rubric r = Default();
  const LkeSubareaRef* a = r.FindSubarea("R.PW.iii.a");
  const LkeSubareaRef* b = r.FindSubarea("R.PW.iii.b");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(a->subarea->parent, "R.PW.iii");
  EXPECT_EQ(b->subarea->parent, "R.PW.iii");
  EXPECT_DOUBLE_EQ(a->subarea->weight + b->subarea->weight, 2);
  ASSERT_EQ(a->area->reform.parents.size(), 1u);
  EXPECT_EQ(a->area->reform.parents[0].id, "R.PW.iii");
  EXPECT_EQ(a->half, LkeHalfKind::kReform);
  EXPECT_EQ(r.FindSubarea("R.PW.iii"), nullptr);  // the parent is a label, not scored
}

TEST(LkeRubricTest, QuestionsRatiosAndTypes) {
  const Rubric r = Default();
  const LkeQuestionRef* q = r.FindQuestion("P.MP.iii.a");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->type->name, "ABCD");
  ASSERT_EQ(q->question->options.size(), 4u);
  EXPECT_EQ(q->question->options[1].code, "B");
  EXPECT_DOUBLE_EQ(q->question->options[1].value, 0.67);  // the two-decimal constant
  EXPECT_FALSE(q->question->options[1].text.empty());
  EXPECT_EQ(r.FindQuestion("R.MP.i.c")->question->same_as, "R.MP.i.b");

  const LkeRatio* pw = r.FindRatio("R.PW.ii.r1");
  ASSERT_NE(pw, nullptr);
  EXPECT_EQ(pw->numerator, std::vector<std::string>{"R.PW.ii.c"});
  EXPECT_EQ(pw->denominator, std::vector<std::string>{"R.PW.ii.a"});
  ASSERT_EQ(pw->alternatives.size(), 1u);
  EXPECT_EQ(pw->alternatives[0].id, "in_process_plus_completed");
  EXPECT_EQ(pw->alternatives[0].denominator, (std::vector<std::string>{"R.PW.ii.b", "R.PW.ii.c"}));
  EXPECT_EQ(r.FindRatio("R.SDM.iii.r1")->formula, RatioFormula::kReduction);
  EXPECT_DOUBLE_EQ(r.FindRatio("R.MP.i.r1")->cap, 1);

  EXPECT_EQ(r.AnswerTypeOf("H.IPAK")->kind, AnswerKind::kNumber);
  EXPECT_DOUBLE_EQ(r.AnswerTypeOf("H.IPAK")->divisor, 4);
  EXPECT_EQ(r.AnswerTypeOf("R.AK.i.a")->kind, AnswerKind::kCount);
  EXPECT_EQ(r.AnswerTypeOf("H.CAPAIAN")->name, "ABCDE");
  EXPECT_EQ(r.AnswerTypeOf("nope"), nullptr);
  const AnswerType* abcd = r.FindAnswerType("ABCD");
  ASSERT_NE(abcd, nullptr);
  EXPECT_DOUBLE_EQ(abcd->options[2].value, 0.33);
}

TEST(LkeRubricTest, PredicatesAsData) {
  const Rubric r = Default();
  const LkePredicate* wbk = r.FindPredicate("wbk");
  const LkePredicate* wbbm = r.FindPredicate("wbbm");
  ASSERT_NE(wbk, nullptr);
  ASSERT_NE(wbbm, nullptr);
  EXPECT_EQ(wbk->requires_prior, "");
  EXPECT_EQ(wbbm->requires_prior, "wbk");
  const auto min_of = [](const LkePredicate* p, std::string_view measure) {
    for (const LkeCriterion& c : p->criteria) {
      if (c.measure == measure) return c.min;
    }
    return -1.0;
  };
  EXPECT_DOUBLE_EQ(min_of(wbk, "total"), 75);
  EXPECT_DOUBLE_EQ(min_of(wbbm, "total"), 85);
  EXPECT_DOUBLE_EQ(min_of(wbk, "pengungkit"), 40);
  EXPECT_DOUBLE_EQ(min_of(wbbm, "pengungkit"), 48);
  EXPECT_DOUBLE_EQ(min_of(wbk, "area_percent"), 0.60);
  EXPECT_DOUBLE_EQ(min_of(wbbm, "area_percent"), 0.75);
  EXPECT_DOUBLE_EQ(min_of(wbk, "hasil_group:birokrasi_bersih"), 18.25);
  EXPECT_DOUBLE_EQ(min_of(wbbm, "hasil_group:birokrasi_bersih"), 19.50);
  EXPECT_DOUBLE_EQ(min_of(wbk, "hasil_item:H.IPAK"), 15.75);
  EXPECT_DOUBLE_EQ(min_of(wbk, "hasil_item:H.CAPAIAN"), 2.5);
  EXPECT_DOUBLE_EQ(min_of(wbbm, "hasil_item:H.CAPAIAN"), 3.75);
  EXPECT_DOUBLE_EQ(min_of(wbk, "hasil_item:H.IPKP"), 14);
  EXPECT_DOUBLE_EQ(min_of(wbbm, "hasil_item:H.IPKP"), 15.75);
}

// The fenced tree of lke-structure.md, leaf sub-areas in worksheet order, against the rubric.
TEST(LkeRubricTest, AgreesWithLkeStructureReference) {
  const std::string path = testing::ReferenceDir() + "/reference/lke-structure.md";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not present";
  std::istringstream in(testing::ReadFile(path));
  const std::regex leaf(R"(^\s+([a-z]+)\. (.+?)\s+weight=([\d.]+)\s+questions=(\d+)\s+types=(\S+)$)");
  const std::regex section(R"(^\s+(I|II)\. (PEMENUHAN|REFORM|BIROKRASI|PELAYANAN).*$)");
  struct Leaf {
    double weight;
    std::vector<std::string> types;
  };
  std::vector<Leaf> leaves;
  bool in_hasil = false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("B. HASIL", 0) == 0) in_hasil = true;
    std::smatch m;
    if (in_hasil || !std::regex_match(line, m, leaf)) continue;
    Leaf l{std::stod(m[3]), {}};
    std::stringstream types(m[5]);
    std::string t;
    while (std::getline(types, t, ',')) l.types.push_back(t);
    EXPECT_EQ(l.types.size(), static_cast<size_t>(std::stoi(m[4]))) << line;
    leaves.push_back(std::move(l));
  }
  const Rubric r = Default();
  ASSERT_EQ(leaves.size(), r.subareas().size());
  for (size_t i = 0; i < leaves.size(); ++i) {
    const LkeSubarea& s = *r.subareas()[i].subarea;
    EXPECT_DOUBLE_EQ(s.weight, leaves[i].weight) << s.id;
    std::vector<std::string> types;
    for (const LkeQuestion& q : s.questions) types.push_back(q.type);
    EXPECT_EQ(types, leaves[i].types) << s.id;
  }
}

TEST(LkeRubricTest, ReadsItsOwnFileFromDisk) {
  absl::StatusOr<Rubric> r =
      LoadRubricFile(std::string(ZI_SOURCE_DIR) + "/data/lke/permenpanrb-90-2021.json");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(*r, Default());
  EXPECT_EQ(LoadRubricFile("/nonexistent/rubric.json").status().code(),
            absl::StatusCode::kNotFound);
}

TEST(LkeRubricTest, CopiesShareOneSnapshot) {
  const Rubric a = Default();
  const Rubric b = a;
  EXPECT_EQ(&a.data(), &b.data());
  EXPECT_EQ(a.FindQuestion("P.MP.i.a"), b.FindQuestion("P.MP.i.a"));
}

struct BadRubric {
  std::string name, from, to, expect;
};
void PrintTo(const BadRubric& c, std::ostream* os) { *os << c.name; }

class LkeRubricErrorTest : public ::testing::TestWithParam<BadRubric> {};

TEST_P(LkeRubricErrorTest, RejectedWithPointer) {
  const BadRubric& c = GetParam();
  RubricReadOptions o;
  o.source_name = "rubric.json";
  absl::StatusOr<Rubric> r = ReadRubricJson(Edited(c.from, c.to), o);
  ASSERT_FALSE(r.ok()) << c.name;
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  const std::string msg(r.status().message());
  EXPECT_EQ(msg.rfind("rubric.json: ", 0), 0u) << msg;
  EXPECT_NE(msg.find(c.expect), std::string::npos) << c.name << ": " << msg;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, LkeRubricErrorTest,
    ::testing::Values(
        BadRubric{"unknown_field", "\"revision\": 1,", "\"revision\": 1, \"colour\": 1,",
                  "/colour: field tidak dikenal 'colour'"},
        BadRubric{"format", "\"zi.lke-rubric/1\"", "\"zi.lke-rubric/2\"", "/format: diharapkan"},
        BadRubric{"duplicate_id", "\"id\": \"P.MP.i.b\"", "\"id\": \"P.MP.i.a\"",
                  "id 'P.MP.i.a' ganda"},
        BadRubric{"unknown_type", "\"type\": \"ABC\"", "\"type\": \"ABCF\"",
                  "/pengungkit/areas/0/pemenuhan/subareas/0/questions/1/type (P.MP.i.b): jenis jawaban "
                  "'ABCF' tidak dikenal"},
        BadRubric{"ratio_reference", "\"numerator\": [\n                    \"R.MP.i.b\"",
                  "\"numerator\": [\n                    \"R.MP.ii.a\"",
                  "'R.MP.ii.a' bukan pertanyaan JUMLAH dari sub-area R.MP.i"},
        BadRubric{"negative_weight", "\"weight\": 0.5,", "\"weight\": -0.5,",
                  "bobot harus angka terhingga >= 0"},
        BadRubric{"weight_sum", "\"weight\": 0.5,", "\"weight\": 0.75,",
                  "jumlah bobot sub-area 4.25, tetapi bobot separuhnya 4"},
        BadRubric{"weight_type", "\"weight\": 0.5,", "\"weight\": \"0.5\",",
                  "/pengungkit/areas/0/pemenuhan/subareas/0/weight: diharapkan angka, ditemukan teks"},
        BadRubric{"option_value", "\"value\": 0.67", "\"value\": 0.666",
                  "pilihan harus"},
        BadRubric{"measure", "\"measure\": \"hasil_item:H.IPKP\"", "\"measure\": \"hasil_item:H.IPKQ\"",
                  "butir hasil 'H.IPKQ' tidak dikenal"},
        BadRubric{"syntax", "\"format\": ", "\"format\" ", "baris 2, kolom"},
        BadRubric{"duplicate_key", "\"revision\": 1,", "\"revision\": 1, \"revision\": 2,",
                  "rubric.json: baris 4, kolom 18: /revision: kunci 'revision' muncul dua kali"},
        BadRubric{"duplicate_nested_key", "\"year\": 2021", "\"year\": 2021, \"year\": 2024",
                  "rubric.json: baris 9, kolom 19: /regulation/year: kunci 'year' muncul dua kali"},
        BadRubric{"duplicate_deep_key", "\"weight\": 0.5,", "\"weight\": 0.5, \"weight\": 0.5,",
                  "baris 143, kolom 30: /pengungkit/areas/0/pemenuhan/subareas/0/weight: "
                  "kunci 'weight' muncul dua kali"},
        BadRubric{"nul_in_id", "\"id\": \"P.MP.i.a\"", "\"id\": \"P.MP.i.a\\u0000\"",
                  "baris 147, kolom 25: /pengungkit/areas/0/pemenuhan/subareas/0/questions/0/id: "
                  "karakter NUL (\\u0000) dalam teks"}),
    [](const ::testing::TestParamInfo<BadRubric>& p) { return p.param.name; });

TEST(LkeRubricTest, CreateValidatesProgrammaticData) {
  RubricData d = Default().data();
  d.areas[1].reform.subareas[0].weight = std::nan("");
  absl::StatusOr<Rubric> r = Rubric::Create(d);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("/pengungkit/areas/1/reform/subareas/0 (R.TL.i)"),
            std::string::npos)
      << r.status();

  d = Default().data();
  d.areas[0].reform.subareas[0].ratios[0].numerator = {"R.MP.i.x"};
  r = Rubric::Create(d);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("'R.MP.i.x' bukan pertanyaan JUMLAH"), std::string::npos);

  d = Default().data();
  d.predicates[1].requires_prior = "wbbm";
  EXPECT_FALSE(Rubric::Create(d).ok());

  // A later regulation is another data set: Create accepts any consistent one.
  d = Default().data();
  d.id = "permenpanrb-xx-2030";
  d.predicates[0].criteria[0].min = 70;
  r = Rubric::Create(d);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->id(), "permenpanrb-xx-2030");
}

}  // namespace
}  // namespace zi
