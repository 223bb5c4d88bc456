#include "zi/lke/answers.hpp"

#include <gtest/gtest.h>

#include <random>

#include "test_util.hpp"
#include "zi/io/lke_answers_json.hpp"
#include "zi/io/lke_answers_csv.hpp"

namespace zi {
namespace {

using testing::lke::Default;

std::string Message(const absl::Status& s) { return std::string(s.message()); }

absl::StatusOr<LkeAnswerSet> Json(std::string_view answers_object, std::string_view extra = "") {
  const std::string text = std::string("{\"format\": \"zi.lke-answers/1\", \"satker\": \"KPU-72\", ") +
                           std::string(extra) + "\"answers\": " + std::string(answers_object) + "}";
  return ReadLkeAnswersJson(text, Default());
}

TEST(LkeAnswersJsonTest, ReadsBareAndObjectForms) {
  absl::StatusOr<LkeAnswerSet> a = Json(
      R"({"P.MP.i.a": "ya", "P.MP.i.b": {"unit": "b", "tpi": "C", "note": "SK 12/2026",
          "evidence": "https://x/y"}, "R.SDM.iii.c": 10, "H.IPAK": 3.62, "H.IPKP": null,
          "P.MP.ii.a": {"tpi": "Tidak"}})",
      "\"year\": 2026, \"rubric\": \"permenpanrb-90-2021\", \"prior_wbk\": true, ");
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->satker, "KPU-72");
  EXPECT_EQ(a->year, 2026);
  EXPECT_EQ(a->rubric, "permenpanrb-90-2021");
  EXPECT_TRUE(a->prior_wbk);
  EXPECT_EQ(*a->Find("P.MP.i.a"), LkeAnswer::Choice("Ya"));  // case folded to the rubric's
  EXPECT_EQ(*a->Find("P.MP.i.b"), LkeAnswer::Choice("B"));
  EXPECT_EQ(*a->Find("P.MP.i.b", LkeLayer::kTpi), LkeAnswer::Choice("C"));
  EXPECT_EQ(a->answers.at("P.MP.i.b").note, "SK 12/2026");
  EXPECT_EQ(a->answers.at("P.MP.i.b").evidence, "https://x/y");
  EXPECT_EQ(*a->Find("R.SDM.iii.c"), LkeAnswer::Number(10));
  EXPECT_EQ(*a->Find("H.IPAK"), LkeAnswer::Number(3.62));
  EXPECT_EQ(a->Find("H.IPKP"), nullptr);
  EXPECT_EQ(a->Find("P.MP.ii.a"), nullptr);
  EXPECT_EQ(*a->Find("P.MP.ii.a", LkeLayer::kTpi), LkeAnswer::Choice("Tidak"));
  EXPECT_EQ(a->answers.count("H.IPKP"), 0u);  // null: nothing stored
}

TEST(LkeAnswersJsonTest, WorkedExampleFile) {
  absl::StatusOr<LkeAnswerSet> a =
      LoadLkeAnswersFile(testing::TestData("lke/worked-example.json"), Default());
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->answers.size(), 127u);  // 124 questions + 3 hasil items
  EXPECT_FALSE(a->prior_wbk);
}

struct BadFile {
  std::string file;
  std::vector<std::string> expect;  // each must appear in the message
};
void PrintTo(const BadFile& c, std::ostream* os) { *os << c.file; }

class LkeBadAnswersTest : public ::testing::TestWithParam<BadFile> {};

TEST_P(LkeBadAnswersTest, NamesTheProblem) {
  const BadFile& c = GetParam();
  const std::string path = testing::TestData("lke/bad/" + c.file);
  absl::StatusOr<LkeAnswerSet> a = LoadLkeAnswersFile(path, Default());
  ASSERT_FALSE(a.ok()) << c.file;
  EXPECT_EQ(a.status().code(), absl::StatusCode::kInvalidArgument);
  const std::string msg = Message(a.status());
  EXPECT_EQ(msg.rfind(path + ": ", 0), 0u) << msg;
  EXPECT_EQ(msg.find('\n'), std::string::npos) << msg;  // one line
  for (const std::string& e : c.expect) EXPECT_NE(msg.find(e), std::string::npos) << e << "\n" << msg;
}

INSTANTIATE_TEST_SUITE_P(
    Files, LkeBadAnswersTest,
    ::testing::Values(
        BadFile{"invalid-json.json", {"baris 3, kolom", "JSON tidak sah"}},
        BadFile{"wrong-type.json", {"/answers: diharapkan objek dengan kunci id pertanyaan, ditemukan "}},
        BadFile{"unknown-question.json",
                {"1 masalah: P.MP.ix.z: id pertanyaan tidak dikenal (tidak ada di rubrik permenpanrb-90-2021)"}},
        BadFile{"letter-out-of-range.json",
                {"P.MP.iii.a (unit): \"E\" bukan pilihan untuk pertanyaan A/B/C/D ini (diharapkan A, B, C atau D)"}},
        BadFile{"survey-out-of-range.json", {"H.IPKP (unit): 4.5 di luar 0..4"}},
        BadFile{"count-negative.json", {"R.AK.i.a (unit): -1 bukan jumlah"}},
        BadFile{"count-fraction.json", {"R.AK.i.a (unit): 2.5 bukan jumlah"}},
        BadFile{"missing-ratio-counts.json",
                {"R.AK.i.r1 (unit): butir rasio tidak memiliki isian jumlah R.AK.i.b"}},
        BadFile{"nonzero-over-zero.json",
                {"R.PP.i.r1 (unit): butir rasio membagi 3 dengan 0 (R.PP.i.b = 0)"}},
        BadFile{"wrong-rubric.json", {"jawaban ini untuk rubrik \"permenpanrb-52-2014\""}},
        BadFile{"many-problems.json",
                {"7 masalah", "P.MP.iii.a (unit): \"E\"", "H.IPKP (unit): 4.5",
                 "R.AK.i.a (unit): -1", "R.AK.i.b (unit): 2.5", "P.MP.ix.z: id pertanyaan tidak dikenal",
                 "P.MP.i.a (unit): diharapkan Ya atau Tidak untuk pertanyaan Ya/Tidak ini, ditemukan angka 7",
                 "R.PW.ii.a (tpi): diharapkan angka untuk isian JUMLAH ini, ditemukan string \"lima\""}},
        BadFile{"garbage.csv", {"baris 1: baris judul bukan teks UTF-8 (data biner?)"}},
        BadFile{"unknown-column.csv", {"baris 1: kolom \"nilai\" tidak dikenal"}},
        BadFile{"bad-cells.csv",
                {"4 masalah", "baris 2: P.MP.i.a (tpi): \"Mungkin\" bukan pilihan",
                 "baris 3: R.AK.i.a (unit): \"sepuluh\" bukan angka",
                 "baris 4: H.IPAK (unit): 4.5 di luar 0..4",
                 "baris 5: P.MP.i.a: dijawab dua kali (juga di baris 2)"}}),
    [](const ::testing::TestParamInfo<BadFile>& p) {
      std::string n = p.param.file;
      for (char& ch : n) {
        if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
      }
      return n;
    });

TEST(LkeAnswersJsonTest, StructuralErrors) {
  EXPECT_NE(Message(ReadLkeAnswersJson("", Default()).status()).find("masukan kosong"), std::string::npos);
  EXPECT_NE(Message(ReadLkeAnswersJson("[]", Default()).status()).find("diharapkan objek"),
            std::string::npos);
  EXPECT_NE(Message(ReadLkeAnswersJson(R"({"format": "zi.lke-answers/2", "answers": {}})", Default())
                        .status())
                .find("/format: diharapkan \"zi.lke-answers/1\""),
            std::string::npos);
  EXPECT_NE(Message(Json("{}", "\"colour\": 1, ").status()).find("/colour: field tidak dikenal"),
            std::string::npos);
  EXPECT_NE(Message(Json("{}", "\"prior_wbk\": \"ya\", ").status()).find("/prior_wbk: diharapkan true atau false"),
            std::string::npos);
  EXPECT_NE(Message(Json(R"({"P.MP.i.a": {"unit": "Ya", "nilai": 1}})").status())
                .find("P.MP.i.a: field 'nilai' tidak dikenal"),
            std::string::npos);
  EXPECT_NE(Message(Json(R"({"P.MP.i.a": [1]})").status()).find("P.MP.i.a (unit): diharapkan string atau null"),
            std::string::npos);
  // Guidance fields written by the template are accepted and ignored.
  EXPECT_TRUE(Json(R"({"P.MP.i.a": {"unit": null, "tpi": null, "text": "t", "allowed": "Ya, Tidak"}})").ok());
}

// The answers are an object keyed by question id, so a question answered twice in JSON is a
// duplicate key: refused, like the CSV's "answered twice", rather than one answer dropped.
TEST(LkeAnswersJsonTest, DuplicateKeysAndNulCharactersAreRejected) {
  EXPECT_EQ(Message(Json("{}", "\"year\": 2026, \"year\": 2027, ").status()),
            "baris 1, kolom 66: /year: kunci 'year' muncul dua kali");
  EXPECT_EQ(Message(Json(R"({"P.MP.i.a": "Ya", "P.MP.i.a": "Tidak"})").status()),
            "baris 1, kolom 82: /answers/P.MP.i.a: kunci 'P.MP.i.a' muncul dua kali");
  EXPECT_EQ(Message(Json(R"({"P.MP.i.b": {"unit": "B", "unit": "C"}})").status()),
            "baris 1, kolom 90: /answers/P.MP.i.b/unit: kunci 'unit' muncul dua kali");
  EXPECT_EQ(Message(Json(R"({"P.MP.i\u0000a": "Ya"})").status()),
            "baris 1, kolom 64: /answers: karakter NUL (\\u0000) dalam kunci");
  LkeAnswersReadOptions o;
  o.source_name = "answers.json";
  EXPECT_EQ(Message(ReadLkeAnswersJson(R"({"format": "zi.lke-answers/1", "satker": "KPU\u0000"})",
                                       Default(), o)
                        .status()),
            "answers.json: baris 1, kolom 42: /satker: karakter NUL (\\u0000) dalam teks");
}

TEST(LkeAnswersJsonTest, RatioCountsAllOrNone) {
  EXPECT_TRUE(Json(R"({"R.AK.i.a": 10, "R.AK.i.b": 7})").ok());
  EXPECT_TRUE(Json(R"({"R.SDM.iii.c": 4})").ok());  // a count no ratio reads
  // Missing in one layer only: named with that layer.
  absl::StatusOr<LkeAnswerSet> a =
      Json(R"({"R.AK.i.a": {"unit": 10, "tpi": 9}, "R.AK.i.b": 7})");
  ASSERT_FALSE(a.ok());
  EXPECT_NE(Message(a.status()).find("R.AK.i.r1 (tpi): butir rasio tidak memiliki isian jumlah R.AK.i.b"),
            std::string::npos)
      << a.status();
  // R.MP.i.c repeats R.MP.i.b: leaving it out is not "missing".
  EXPECT_TRUE(Json(R"({"R.MP.i.a": 10, "R.MP.i.b": 8, "R.MP.i.d": 6})").ok());
}

TEST(LkeAnswersCsvTest, WorkedExampleWithTpiColumn) {
  const Rubric r = Default();
  absl::StatusOr<LkeAnswerSet> csv = LoadLkeAnswersFile(testing::TestData("lke/worked-example.csv"), r);
  ASSERT_TRUE(csv.ok()) << csv.status();
  absl::StatusOr<LkeAnswerSet> json = LoadLkeAnswersFile(testing::TestData("lke/worked-example.json"), r);
  ASSERT_TRUE(json.ok());
  EXPECT_EQ(csv->satker, "KPU-72");
  EXPECT_EQ(csv->year, 2026);
  EXPECT_EQ(csv->rubric, "permenpanrb-90-2021");
  EXPECT_FALSE(csv->prior_wbk);
  for (const auto& [id, entry] : json->answers) {
    ASSERT_TRUE(csv->answers.count(id)) << id;
    EXPECT_EQ(csv->answers.at(id).unit, entry.unit) << id;
  }
  EXPECT_EQ(*csv->Find("H.IPAK"), LkeAnswer::Number(3.62));  // written "3,62"
  EXPECT_EQ(*csv->Find("P.MP.i.b", LkeLayer::kTpi), LkeAnswer::Choice("C"));
  EXPECT_EQ(*csv->Find("H.IPKP", LkeLayer::kTpi), LkeAnswer::Number(3.4));
  EXPECT_EQ(csv->answers.at("P.MP.i.a").note, "SK Tim ZI, Nomor 12/2026");
  EXPECT_EQ(csv->answers.at("P.MP.iii.a").note, "Laporan TW I, \"Rencana Aksi\"");
  EXPECT_EQ(csv->answers.at("P.MP.i.a").evidence, "https://jdih.kpu.go.id/sk-12-2026");
}

TEST(LkeAnswersCsvTest, HeaderRules) {
  const Rubric r = Default();
  EXPECT_TRUE(ReadLkeAnswersCsv("question,tpi\nP.MP.i.a,Ya\n", r).ok());
  EXPECT_TRUE(ReadLkeAnswersCsv("\xEF\xBB\xBFUnit,Question\r\nYa,P.MP.i.a\r\n", r).ok());
  EXPECT_NE(Message(ReadLkeAnswersCsv("", r).status()).find("baris 1: tidak ada baris judul"), std::string::npos);
  EXPECT_NE(Message(ReadLkeAnswersCsv("# satker: 1\n", r).status()).find("tidak ada baris judul"),
            std::string::npos);
  EXPECT_NE(Message(ReadLkeAnswersCsv("unit,tpi\nYa,Ya\n", r).status()).find("tidak memiliki kolom 'question'"),
            std::string::npos);
  EXPECT_NE(Message(ReadLkeAnswersCsv("question,note\nP.MP.i.a,x\n", r).status())
                .find("memerlukan kolom 'unit' atau 'tpi'"),
            std::string::npos);
  EXPECT_NE(Message(ReadLkeAnswersCsv("question,unit,unit\n", r).status())
                .find("baris 1: kolom \"unit\" muncul dua kali"),
            std::string::npos);
  EXPECT_NE(Message(ReadLkeAnswersCsv("# c\n\nquestion,Nilai\n", r).status()).find("baris 3: kolom"),
            std::string::npos);
}

TEST(LkeAnswersCsvTest, RowsAndMetadata) {
  const Rubric r = Default();
  absl::StatusOr<LkeAnswerSet> a = ReadLkeAnswersCsv(
      "# satker: KPU-7271\n# prior_wbk: ya\n\"# year: 2025\",,\nquestion,unit,tpi\n"
      "P.MP.i.a, ya ,\n\nR.SDM.iii.c,12,\nH.IPKP,\"3,2\",3.25\n,,\n",
      r);
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->satker, "KPU-7271");
  EXPECT_TRUE(a->prior_wbk);
  EXPECT_EQ(a->year, 2025);
  EXPECT_EQ(*a->Find("P.MP.i.a"), LkeAnswer::Choice("Ya"));
  EXPECT_EQ(*a->Find("R.SDM.iii.c"), LkeAnswer::Number(12));
  EXPECT_EQ(*a->Find("H.IPKP"), LkeAnswer::Number(3.2));
  EXPECT_EQ(*a->Find("H.IPKP", LkeLayer::kTpi), LkeAnswer::Number(3.25));

  absl::StatusOr<LkeAnswerSet> bad = ReadLkeAnswersCsv(
      "# year: soon\nquestion,unit\nP.MP.i.a,Ya,extra\n\"P.MP.i.b,B\n", r);
  ASSERT_FALSE(bad.ok());
  const std::string msg = Message(bad.status());
  EXPECT_NE(msg.find("baris 1: year \"soon\" bukan tahun"), std::string::npos) << msg;
  EXPECT_NE(msg.find("baris 3: 3 kolom, baris judul memiliki 2"), std::string::npos) << msg;
  EXPECT_NE(msg.find("baris 4: tanda kutip tidak ditutup"), std::string::npos) << msg;
}

// Found by the fuzz campaign (lke_answers): a satker holding a comma, a quote or a
// line break was written as a bare "# satker: ..." line, and the CSV reader then saw only the
// part before the comma.
TEST(LkeAnswersCsvTest, MetadataWithDelimitersQuotesAndLineBreaksRoundTrips) {
  const Rubric r = Default();
  for (const char* satker : {"KPU-7,", "KPU \"72\"", "KPU\n72", "KPU;72"}) {
    LkeAnswerSet set;
    set.satker = satker;
    set.rubric = "permenpanrb-90-2021";
    set.year = 2026;
    set.Set("P.MP.i.a", LkeAnswer::Choice("Ya"));
    const std::string csv = WriteLkeAnswersCsv(set, r);
    absl::StatusOr<LkeAnswerSet> back = ReadLkeAnswersCsv(csv, r);
    ASSERT_TRUE(back.ok()) << back.status() << "\n" << csv;
    EXPECT_EQ(back->satker, satker) << csv;
    EXPECT_EQ(back->rubric, set.rubric) << csv;
    EXPECT_EQ(*back, set) << csv;
  }
}

// Found by the fuzz campaign after the fix above: a satker code with a leading space was kept
// by the JSON reader and trimmed by the CSV reader, so JSON -> CSV -> JSON changed it.
TEST(LkeAnswersJsonTest, SatkerAndRubricAreTrimmedLikeTheCsvMetadata) {
  const Rubric r = Default();
  absl::StatusOr<LkeAnswerSet> a = ReadLkeAnswersJson(
      "{\"format\": \"zi.lke-answers/1\", \"satker\": \" KPU-72\\t\", "
      "\"rubric\": \"permenpanrb-90-2021 \", \"answers\": {\"R.AK.i.a\": -0, \"R.AK.i.b\": 0}}",
      r);
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->satker, "KPU-72");
  EXPECT_EQ(a->rubric, "permenpanrb-90-2021");
  absl::StatusOr<LkeAnswerSet> back = ReadLkeAnswersCsv(WriteLkeAnswersCsv(*a, r), r);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(*back, *a);
}

TEST(LkeAnswersTest, ValidateProgrammaticSet) {
  LkeAnswerSet a;
  a.rubric = "permenpanrb-90-2021";
  a.Set("P.MP.i.a", LkeAnswer::Choice("Ya"));
  EXPECT_TRUE(ValidateLkeAnswers(a, Default()).empty());
  a.Set("P.MP.i.b", LkeAnswer::Choice("b"));  // exact codes when built in code
  a.Set("H.IPAK", LkeAnswer::Number(-0.1), LkeLayer::kTpi);
  a.Set("X.1", LkeAnswer::Number(1));
  const std::vector<LkeAnswerProblem> p = ValidateLkeAnswers(a, Default());
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0].question, "P.MP.i.b");
  EXPECT_EQ(p[0].layer, LkeLayer::kUnit);
  EXPECT_EQ(p[1].question, "H.IPAK");
  EXPECT_EQ(p[1].layer, LkeLayer::kTpi);
  EXPECT_EQ(FormatProblem(p[1]), "H.IPAK (tpi): -0.1 di luar 0..4 untuk isian Nilai (0-4) ini");
  EXPECT_EQ(p[2].question, "X.1");
  EXPECT_FALSE(p[2].layer.has_value());
}

TEST(LkeAnswersTest, JsonRoundTrip) {
  const Rubric r = Default();
  absl::StatusOr<LkeAnswerSet> a = LoadLkeAnswersFile(testing::TestData("lke/worked-example.csv"), r);
  ASSERT_TRUE(a.ok()) << a.status();
  const std::string text = WriteLkeAnswersJson(*a, r);
  absl::StatusOr<LkeAnswerSet> b = ReadLkeAnswersJson(text, r);
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_EQ(*a, *b);
  EXPECT_EQ(WriteLkeAnswersJson(*b, r), text);  // canonical
  EXPECT_NE(text.find("\"P.MP.i.b\": {\n      \"unit\": \"B\",\n      \"tpi\": \"C\"\n    }"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("\"P.MP.ii.c\": \"B\""), std::string::npos);  // bare when unit only
  EXPECT_NE(text.find("\"R.MP.i.a\": 10,"), std::string::npos);
}

TEST(LkeAnswersTest, CsvRoundTrip) {
  const Rubric r = Default();
  absl::StatusOr<LkeAnswerSet> a = LoadLkeAnswersFile(testing::TestData("lke/worked-example.csv"), r);
  ASSERT_TRUE(a.ok());
  a->prior_wbk = true;
  const std::string text = WriteLkeAnswersCsv(*a, r);
  EXPECT_EQ(text.rfind("# satker: KPU-72\n# year: 2026\n# rubric: permenpanrb-90-2021\n"
                       "# prior_wbk: true\nquestion,unit,tpi,note,evidence\n",
                       0),
            0u)
      << text;
  absl::StatusOr<LkeAnswerSet> b = ReadLkeAnswersCsv(text, r);
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_EQ(*a, *b);
}

TEST(LkeAnswersTest, TemplateListsEveryQuestionAndReadsBackEmpty) {
  const Rubric r = Default();
  LkeAnswerSet empty;
  empty.rubric = r.id();
  LkeAnswersWriteOptions o;
  o.include_unanswered = true;
  o.guidance = true;
  const std::string json = WriteLkeAnswersJson(empty, r, o);
  const std::string csv = WriteLkeAnswersCsv(empty, r, o);
  for (const LkeQuestionRef& q : r.questions()) {
    EXPECT_NE(json.find("\"" + q.question->id + "\": {"), std::string::npos) << q.question->id;
    EXPECT_NE(csv.find("\n" + q.question->id + ",,,,,"), std::string::npos) << q.question->id;
  }
  EXPECT_NE(json.find("\"allowed\": \"A, B, C, D\""), std::string::npos);
  EXPECT_NE(json.find("\"allowed\": \"bilangan bulat >= 0\""), std::string::npos);
  EXPECT_NE(json.find("\"allowed\": \"angka 0 sampai 4\""), std::string::npos);
  EXPECT_NE(json.find("\"text\": \"Unit kerja telah membentuk tim untuk melakukan pembangunan Zona "
                      "Integritas\""),
            std::string::npos);
  EXPECT_NE(json.find("\"H.IPKP\": {"), std::string::npos);
  absl::StatusOr<LkeAnswerSet> j = ReadLkeAnswersJson(json, r);
  ASSERT_TRUE(j.ok()) << j.status();
  EXPECT_TRUE(j->answers.empty());
  absl::StatusOr<LkeAnswerSet> c = ReadLkeAnswersCsv(csv, r);
  ASSERT_TRUE(c.ok()) << c.status();
  EXPECT_TRUE(c->answers.empty());
  EXPECT_EQ(AllowedAnswers(r, "P.MP.i.a"), "Ya, Tidak");
  EXPECT_EQ(AllowedAnswers(r, "nope"), "");
}

// Random bytes and mangled files: always a Status, never a crash.
TEST(LkeAnswersTest, GarbageNeverCrashes) {
  const Rubric r = Default();
  std::mt19937 rng(12345);
  const std::string json = testing::ReadFile(testing::TestData("lke/worked-example.json"));
  const std::string csv = testing::ReadFile(testing::TestData("lke/worked-example.csv"));
  for (int i = 0; i < 300; ++i) {
    std::string junk(static_cast<size_t>(rng() % 200), '\0');
    for (char& ch : junk) ch = static_cast<char>(rng() % 256);
    (void)ReadLkeAnswersJson(junk, r);
    (void)ReadLkeAnswersCsv(junk, r);
    for (const std::string* base : {&json, &csv}) {
      std::string m = *base;
      for (int k = 0; k < 5; ++k) m[rng() % m.size()] = static_cast<char>(rng() % 256);
      (void)ReadLkeAnswersJson(m, r);
      (void)ReadLkeAnswersCsv(m, r);
      (void)ReadLkeAnswersCsv(m.substr(0, rng() % m.size()), r);
    }
  }
  SUCCEED();
}

TEST(LkeAnswersTest, LayerNames) {
  EXPECT_EQ(ToString(LkeLayer::kTpi), "tpi");
  EXPECT_EQ(ParseLkeLayer("unit"), LkeLayer::kUnit);
  EXPECT_EQ(ParseLkeLayer("TPI"), std::nullopt);
}

}  // namespace
}  // namespace zi
