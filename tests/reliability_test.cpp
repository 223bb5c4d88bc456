// Hostile input (issue #14): invalid UTF-8, dates at the edge of the range, same_as cycles,
// messages that said the wrong thing, bounded error messages, files that are directories.
// Each case here was wrong before; the fuzz targets (fuzz/, docs/fuzzing.md) look for more.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>

#include "internal/json_io.hpp"
#include "internal/strings.hpp"
#include "internal/utf8.hpp"
#include "test_util.hpp"
#include "zi/compliance/evidence.hpp"
#include "zi/compliance/portfolio.hpp"
#include "zi/compliance/synthetic.hpp"
#include "zi/deadline/due_date.hpp"
#include "zi/deadline/occurrence.hpp"
#include "zi/deadline/schedule.hpp"
#include "zi/defaults.hpp"
#include "zi/io/file.hpp"
#include "zi/io/lke_answers_csv.hpp"
#include "zi/io/lke_answers_json.hpp"
#include "zi/io/lke_rubric_json.hpp"
#include "zi/io/plan_json.hpp"
#include "zi/plan/target.hpp"

namespace zi {
namespace {

using internal::FirstInvalidUtf8;

std::string Msg(const absl::Status& s) { return std::string(s.message()); }

// ---- UTF-8 ------------------------------------------------------------------------------

TEST(Utf8Test, WellFormedTextPasses) {
  EXPECT_EQ(FirstInvalidUtf8(""), std::nullopt);
  EXPECT_EQ(FirstInvalidUtf8("Per Triwulan"), std::nullopt);
  EXPECT_EQ(FirstInvalidUtf8("Desember\xC2\xA0" "2026"), std::nullopt);     // U+00A0
  EXPECT_EQ(FirstInvalidUtf8("Januari \xE2\x80\x93 Maret"), std::nullopt);  // U+2013
  EXPECT_EQ(FirstInvalidUtf8("\xED\x9F\xBF"), std::nullopt);      // U+D7FF, last before surrogates
  EXPECT_EQ(FirstInvalidUtf8("\xEE\x80\x80"), std::nullopt);      // U+E000, first after them
  EXPECT_EQ(FirstInvalidUtf8("\xF0\x90\x80\x80"), std::nullopt);  // U+10000
  EXPECT_EQ(FirstInvalidUtf8("\xF4\x8F\xBF\xBF"), std::nullopt);  // U+10FFFF
}

TEST(Utf8Test, EveryKindOfMalformedSequenceIsFound) {
  struct Case {
    std::string text;
    size_t at;
  };
  const Case cases[] = {
      {"ab\x80", 2},                 // stray continuation byte
      {"\xC0\xAF", 0},               // overlong '/'
      {"\xC1\xBF", 0},               // overlong, C1 lead
      {"x\xC0\x80", 1},              // overlong NUL (modified UTF-8)
      {"\xE0\x80\xAF", 0},           // overlong three-byte '/'
      {"\xE0\x9F\xBF", 0},           // overlong three-byte U+07FF
      {"\xF0\x8F\xBF\xBF", 0},       // overlong four-byte U+FFFF
      {"\xED\xA0\x80", 0},           // U+D800, a UTF-16 surrogate
      {"\xED\xBF\xBF", 0},           // U+DFFF
      {"\xF4\x90\x80\x80", 0},       // U+110000, past the last code point
      {"\xF5\x80\x80\x80", 0},       // F5 never starts a sequence
      {"\xFF", 0},
      {"Jan \xE2\x82", 4},           // truncated at the end
      {"\xE2\x82" "a", 0},           // truncated by an ASCII byte
      {"\xC3\xA9\xC3", 2},           // é then a truncated é
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FirstInvalidUtf8(c.text), c.at) << ::testing::PrintToString(c.text);
  }
  EXPECT_EQ(internal::Utf8Problem("ab\xC0\xAF"),
            "bukan teks UTF-8 yang sah (byte 0xC0 pada offset byte 2)");
  EXPECT_EQ(internal::Utf8Problem("fine"), "");
}

// The readers skip ASCII eight bytes at a time: a bad byte, or a good multi-byte sequence,
// at every offset around those words is still found (or passed) exactly.
TEST(Utf8Test, FoundAtEveryOffsetOfALongAsciiRun) {
  for (size_t at = 0; at < 40; ++at) {
    std::string text(40, 'a');
    text[at] = '\xC0';
    EXPECT_EQ(FirstInvalidUtf8(text), at);
    text[at] = '\0';  // NUL is well-formed for FirstInvalidUtf8
    EXPECT_EQ(FirstInvalidUtf8(text), std::nullopt);
    text.replace(at, 1, "\xE2\x80\x93");  // U+2013 straddling a word boundary
    EXPECT_EQ(FirstInvalidUtf8(text), std::nullopt) << at;
    text += "a\x80";  // a stray continuation byte at the end
    EXPECT_EQ(FirstInvalidUtf8(text), text.size() - 1) << at;
  }
}

// The phrase parsers refuse such text before looking at it, with a message that is itself
// valid UTF-8 (it does not quote the bad bytes): C and Python can always show it.
TEST(Utf8Test, PhraseParsersRefuseInvalidText) {
  const std::string bad[] = {"\x80", "\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80",
                             "\xFF"};
  for (const std::string& b : bad) {
    SCOPED_TRACE(::testing::PrintToString(b));
    absl::StatusOr<Schedule> s = ParseSchedule("Januari " + b + " 2026", 2026);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(absl::IsInvalidArgument(s.status()));
    EXPECT_EQ(Msg(s.status()).rfind("target waktu bukan teks UTF-8 yang sah (byte 0x", 0), 0u)
        << s.status();
    EXPECT_EQ(FirstInvalidUtf8(Msg(s.status())), std::nullopt);

    absl::StatusOr<Schedule> r = ParseRrule("FREQ=MONTHLY;" + b, 2026);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(Msg(r.status()), internal::Cat("rrule ", internal::Utf8Problem("FREQ=MONTHLY;" + b)));

    absl::StatusOr<Target> t = ParseTarget("4 (empat) " + b);
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(Msg(t.status()).rfind("target capaian bukan teks UTF-8 yang sah (byte 0x", 0), 0u);
  }
  EXPECT_EQ(Msg(ParseSchedule("Januari\xC0\xAF", 2026).status()),
            "target waktu bukan teks UTF-8 yang sah (byte 0xC0 pada offset byte 7)");
  // Valid multi-byte text is still understood.
  EXPECT_TRUE(ParseSchedule("Desember\xC2\xA0" "2026", 2026).ok());
  EXPECT_TRUE(ParseSchedule("Januari \xE2\x80\x93 Maret 2026", 2026).ok());
}

// One JSON reading layer for every format: invalid UTF-8 in any string is a syntax error
// with its line and column, in plans as in everything else read with ParseJson.
TEST(Utf8Test, JsonLayerRefusesInvalidText) {
  const std::string bad[] = {"\x80", "\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80"};
  for (const std::string& b : bad) {
    SCOPED_TRACE(::testing::PrintToString(b));
    absl::StatusOr<internal::json::value> v =
        internal::ParseJson("{\n  \"a\": \"x" + b + "\"\n}", "t.json");
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(Msg(v.status()).rfind("t.json: baris 2, kolom 10: JSON tidak sah (bukan teks UTF-8: "
                                    "bita 0x",
                                    0),
              0u)
        << v.status();
    EXPECT_EQ(FirstInvalidUtf8(Msg(v.status())), std::nullopt);
  }
  // A lone surrogate written as an escape is refused as well (Boost.JSON's own check).
  EXPECT_FALSE(internal::ParseJson(R"({"a": "\ud800"})", "t.json").ok());
  EXPECT_FALSE(internal::ParseJson(R"({"a": "\udc00x"})", "t.json").ok());
  EXPECT_TRUE(internal::ParseJson(R"({"a": "\ud83d\ude00"})", "t.json").ok());  // a pair
}

// ---- JSON positions: LF, CRLF and lone CR all end a line ---------------------------------

TEST(JsonPositionTest, CrOnlyFilesReportTheRightLine) {
  const std::string body = "{\"a\": 1,|\"b\": 2,|\"a\": 3}";
  for (std::string eol : {"\n", "\r\n", "\r"}) {
    std::string text = body;
    for (size_t at; (at = text.find('|')) != std::string::npos;) text.replace(at, 1, eol);
    absl::StatusOr<internal::json::value> v = internal::ParseJson(text, "p.json");
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(Msg(v.status()), "p.json: baris 3, kolom 1: /a: kunci 'a' muncul dua kali")
        << ::testing::PrintToString(eol);
  }
  // A syntax error on line 3 of a CR-only file.
  absl::StatusOr<internal::json::value> v = internal::ParseJson("{\r\"a\": 1,\r  ]", "p.json");
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(Msg(v.status()).rfind("p.json: baris 3, kolom 3: JSON tidak sah", 0), 0u) << v.status();
}

// ---- files ---------------------------------------------------------------------------------

TEST(ReadFileTextTest, ADirectoryIsSaidToBeOne) {
  const std::string dir = testing::TestData("plans");
  absl::StatusOr<std::string> t = ReadFileText(dir, "plan");
  ASSERT_FALSE(t.ok());
  EXPECT_TRUE(absl::IsInvalidArgument(t.status()));
  EXPECT_EQ(Msg(t.status()), dir + ": adalah direktori, bukan berkas plan");
  absl::StatusOr<Plan> p = LoadPlanFile(dir);
  ASSERT_FALSE(p.ok());
  EXPECT_NE(Msg(p.status()).find("adalah direktori, bukan berkas"), std::string::npos)
      << p.status();
  EXPECT_EQ(Msg(p.status()).find("masukan kosong"), std::string::npos);
}

TEST(ReadFileTextTest, AMissingFileIsNotFound) {
  absl::StatusOr<std::string> t = ReadFileText(testing::TestData("no-such-file.json"), "plan");
  ASSERT_FALSE(t.ok());
  EXPECT_TRUE(absl::IsNotFound(t.status()));
}

// ---- dates at the edge of the range (0001-01-01..9999-12-31) -----------------------------

TEST(DateRangeTest, WindowsPastTheLastDayAreRefusedNamingTheYear) {
  // INTERVAL=1000 months from January 9998: the first period would end in 10081.
  absl::StatusOr<Schedule> r = ParseRrule("FREQ=MONTHLY;INTERVAL=1000", 9998);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(absl::IsInvalidArgument(r.status()));
  EXPECT_EQ(Msg(r.status()),
            "rrule \"FREQ=MONTHLY;INTERVAL=1000\": sebuah periode berakhir pada tahun 10081, melewati "
            "rentang tanggal yang didukung 0001-01-01..9999-12-31");
  // Within the range the same rule is fine.
  EXPECT_TRUE(ParseRrule("FREQ=MONTHLY;INTERVAL=12", 9998).ok());
  // A plan year outside the range names it and the range.
  EXPECT_EQ(Msg(ParseSchedule("Per Triwulan", 10000).status()), "tahun rencana 10000 di luar 1..9998");
  EXPECT_EQ(Msg(ParseRrule("FREQ=YEARLY", 0).status()), "tahun rencana 0 di luar 1..9998");
}

TEST(DateRangeTest, DueDatesStopAtTheLastDay) {
  absl::StatusOr<Calendar> cal = DefaultCalendar();
  ASSERT_TRUE(cal.ok());
  const Date last = Date::FromYmd(9999, 12, 31);  // a Friday
  DuePolicy p;
  p.offset = DueOffset::kCalendarDays;
  p.n = 30;
  EXPECT_EQ(DueDate(last, p, *cal), last);
  EXPECT_EQ(FormatIsoDate(DueDate(last, p, *cal)), "9999-12-31");
  p.offset = DueOffset::kWorkingDays;
  p.n = 5;
  EXPECT_EQ(DueDate(Date::FromYmd(9999, 12, 29), p, *cal), last);
  p.offset = DueOffset::kDayOfNextMonth;
  p.day = 10;
  EXPECT_EQ(DueDate(Date::FromYmd(9999, 12, 15), p, *cal), last);
  // Away from the edge nothing changes: 2026-03-31 + 30 days.
  p.offset = DueOffset::kCalendarDays;
  p.n = 30;
  EXPECT_EQ(FormatIsoDate(DueDate(Date::FromYmd(2026, 3, 31), p, *cal)), "2026-04-30");
}

// ---- scale: occurrences per plan ----------------------------------------------------------

// `n` weekly indicators ("Mingguan": 52 occurrences each in 2026) under one kegiatan.
Plan WeeklyPlan(int n) {
  PlanData p = testing::OneIndicatorPlan();
  std::vector<Indicator>& inds = p.components[0].aspects[0].activities[0].indicators;
  inds[0].schedule = "Mingguan";
  inds[0].target = "52 (lima puluh dua) Laporan";
  inds.resize(static_cast<size_t>(n), inds[0]);
  return Plan(std::move(p));
}

TEST(OccurrenceLimitTest, APlanOverTheLimitIsRefusedUpFront) {
  const Plan ok = WeeklyPlan(1923);   // 99,996 occurrences
  EXPECT_EQ(CountOccurrences(ok), 99996u);
  EXPECT_TRUE(CheckOccurrenceLimit(ok).ok());
  const Plan big = WeeklyPlan(1924);  // 100,048
  EXPECT_EQ(CountOccurrences(big), 100048u);
  absl::Status s = CheckOccurrenceLimit(big);
  EXPECT_TRUE(absl::IsInvalidArgument(s));
  EXPECT_EQ(Msg(s), "rencana aksi memiliki 100048 periode (1924 indikator), lebih dari 100000 yang boleh "
                    "dimiliki satu rencana aksi");
  // ExpandOccurrences itself never goes past the limit: it stops with an error diagnostic.
  const PlanOccurrences occ = ExpandOccurrences(big, testing::Id2026());
  EXPECT_EQ(occ.occurrences.size(), 99996u);
  const auto d = std::find_if(occ.diagnostics.begin(), occ.diagnostics.end(),
                              [](const Diagnostic& x) { return x.code == "occurrence_limit"; });
  ASSERT_NE(d, occ.diagnostics.end());
  EXPECT_EQ(d->severity, Severity::kError);
  EXPECT_EQ(d->where, big.indicators()[1923].indicator->id);
  EXPECT_EQ(d->message, internal::Cat("penjabaran berhenti pada indikator ", d->where,
                                      ": rencana aksi memiliki lebih dari 100000 periode"));
  EXPECT_EQ(ExpandOccurrences(ok, testing::Id2026()).occurrences.size(), 99996u);
}

// ---- LKE rubric: same_as cycles -----------------------------------------------------------

std::string RubricWith(std::string_view from, std::string_view to) {
  std::string s(*EmbeddedData(kDefaultRubricName));
  const size_t at = s.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) s.replace(at, from.size(), to);
  return s;
}

TEST(RubricSameAsTest, ACycleIsRefusedAndNamed) {
  // R.MP.i.c is same_as R.MP.i.b in the regulation; make b same_as c.
  const std::string text = RubricWith(
      R"("id": "R.MP.i.b",
                  "label": "-",
                  "text": "Jumlah Perubahan yang dibuat",
                  "type": "JUMLAH")",
      R"("id": "R.MP.i.b",
                  "label": "-",
                  "text": "Jumlah Perubahan yang dibuat",
                  "type": "JUMLAH", "same_as": "R.MP.i.c")");
  RubricReadOptions o;
  o.source_name = "rubric.json";
  absl::StatusOr<Rubric> r = ReadRubricJson(text, o);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(absl::IsInvalidArgument(r.status()));
  EXPECT_NE(Msg(r.status()).find("same_as membentuk siklus: R.MP.i.b -> R.MP.i.c -> R.MP.i.b"),
            std::string::npos)
      << r.status();
  EXPECT_EQ(Msg(r.status()).rfind("rubric.json: ", 0), 0u);
  // The regulation's own chain (c -> b) is fine.
  EXPECT_TRUE(ReadRubricJson(std::string(*EmbeddedData(kDefaultRubricName))).ok());
}

TEST(RubricSameAsTest, ALongerCycleIsRefused) {
  // a -> c -> b -> a (c is same_as b already).
  std::string text = RubricWith(R"("id": "R.MP.i.a",
                  "label": "-",
                  "text": "Jumlah Agen Perubahan",
                  "type": "JUMLAH")",
                                R"("id": "R.MP.i.a",
                  "label": "-",
                  "text": "Jumlah Agen Perubahan",
                  "type": "JUMLAH", "same_as": "R.MP.i.c")");
  const std::string b = R"("text": "Jumlah Perubahan yang dibuat",
                  "type": "JUMLAH")";
  const size_t at = text.find(b);
  ASSERT_NE(at, std::string::npos);
  text.replace(at, b.size(), R"("text": "Jumlah Perubahan yang dibuat",
                  "type": "JUMLAH", "same_as": "R.MP.i.a")");
  absl::StatusOr<Rubric> r = ReadRubricJson(text);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(Msg(r.status()).find("siklus: R.MP.i.a -> R.MP.i.c -> R.MP.i.b -> R.MP.i.a"),
            std::string::npos)
      << r.status();
}

// ---- LKE answers: messages that said the wrong thing, and bounded ones --------------------

TEST(LkeAnswerMessagesTest, AnEmptyChoiceIsNotTheNumberZero) {
  const Rubric& rubric = testing::lke::Default();
  absl::StatusOr<LkeAnswerSet> a = ReadLkeAnswersJson(
      R"({"format": "zi.lke-answers/1", "answers": {"P.MP.i.a": {"unit": ""}}})", rubric);
  ASSERT_FALSE(a.ok());
  const std::string m = Msg(a.status());
  EXPECT_NE(m.find("jawabannya string kosong (diharapkan Ya atau Tidak, atau null bila belum "
                   "dijawab)"),
            std::string::npos)
      << m;
  EXPECT_EQ(m.find("number 0"), std::string::npos) << m;
  EXPECT_EQ(m.find("angka 0"), std::string::npos) << m;
}

TEST(LkeAnswerMessagesTest, AMillionProblemsGiveAShortMessage) {
  const Rubric& rubric = testing::lke::Default();
  std::string csv = "question,unit\nP.MP.i.a,Ya\n";
  constexpr int kDuplicates = 20000;
  for (int i = 0; i < kDuplicates; ++i) csv += "P.MP.i.a,Ya\n";
  absl::StatusOr<LkeAnswerSet> a = ReadLkeAnswersCsv(csv, rubric);
  ASSERT_FALSE(a.ok());
  const std::string m = Msg(a.status());
  EXPECT_EQ(m.rfind(internal::Cat(kDuplicates, " masalah: "), 0), 0u) << m.substr(0, 200);
  EXPECT_NE(m.find(internal::Cat("; dan ", kDuplicates - 50, " lainnya")), std::string::npos);
  EXPECT_LT(m.size(), 8000u);
}

// ---- evidence: the documented cap on counts ------------------------------------------------

TEST(EvidenceMessagesTest, ACountAboveTheCapSaysSo) {
  EvidenceScope scope;
  scope.set_default_satker("KPU-72");
  scope.Add("KPU-72", "1.1.1.1", 4);
  absl::StatusOr<EvidenceImport> r = ReadEvidenceCsv(
      "indicator,occurrence,date,count\n"
      "1.1.1.1,1,2026-01-10,2147483647\n"
      "1.1.1.1,99999999999,2026-01-10,1\n"
      "1.1.1.1,1,2026-01-10,2x\n",
      scope);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->rejected.size(), 3u);
  EXPECT_NE(r->rejected[0].reason.find("jumlah 2147483647 melebihi 999999999, jumlah terbesar "
                                       "yang boleh diberikan satu baris"),
            std::string::npos)
      << r->rejected[0].reason;
  EXPECT_NE(r->rejected[1].reason.find("periode 99999999999 di luar rentang: indikator "
                                       "1.1.1.1 memiliki 4 periode"),
            std::string::npos)
      << r->rejected[1].reason;
  EXPECT_NE(r->rejected[2].reason.find("jumlah '2x' bukan bilangan bulat"), std::string::npos)
      << r->rejected[2].reason;
}

// ---- portfolio: a duplicate satker names both plans ---------------------------------------

TEST(PortfolioDuplicateTest, TheSatkerAndBothPlansAreNamedWithTheirLabels) {
  const Plan kpu72 = *DefaultPlan();  // KPU-72, "KPU Provinsi Sulawesi Tengah"
  Satker other = kpu72.satker();
  other.code = "KPU-7271";
  other.name = "KPU Kota Palu";
  const std::vector<Plan> plans = {kpu72, SyntheticPlan(kpu72, other, 1), kpu72};
  CompileOptions options;
  options.plan_labels = {"a/kpu-72.json", "b/kpu-7271.json", "c/salinan.json"};
  absl::StatusOr<CompiledPortfolio> compiled = CompiledPortfolio::Compile(plans, options);
  ASSERT_FALSE(compiled.ok());
  EXPECT_TRUE(absl::IsInvalidArgument(compiled.status()));
  EXPECT_EQ(Msg(compiled.status()),
            "satker KPU-72 (KPU Provinsi Sulawesi Tengah) ada di dua rencana aksi: rencana ke-1 "
            "(a/kpu-72.json) dan rencana ke-3 (c/salinan.json)");
}

TEST(PortfolioDuplicateTest, WithoutLabelsThePositionsAreNamed) {
  Plan p = *DefaultPlan();
  Satker other = p.satker();
  other.code = "KPU-7271";
  other.name = "";  // no name: none is printed
  const Plan palu = SyntheticPlan(p, other, 1);
  const std::vector<Plan> plans = {p, palu, palu};
  EXPECT_EQ(Msg(CompiledPortfolio::Compile(plans).status()),
            "satker KPU-7271 ada di dua rencana aksi: rencana ke-2 dan rencana ke-3");
  // Labels shorter than the plans, or empty, name only the position.
  CompileOptions options;
  options.plan_labels = {"x.json", ""};
  EXPECT_EQ(Msg(CompiledPortfolio::Compile(plans, options).status()),
            "satker KPU-7271 ada di dua rencana aksi: rencana ke-2 dan rencana ke-3");
  options.plan_labels = {"x.json", "palu.json", "palu-lagi.json", "ignored.json"};
  EXPECT_EQ(Msg(CompiledPortfolio::Compile(plans, options).status()),
            "satker KPU-7271 ada di dua rencana aksi: rencana ke-2 (palu.json) dan rencana ke-3 "
            "(palu-lagi.json)");
}

}  // namespace
}  // namespace zi
