#include "zi/compliance/evidence.hpp"

#include <gtest/gtest.h>

namespace zi {
namespace {

// Two satker: KPU-72 with a quarterly (4), a one-off (1) and an unscheduled (0) indicator,
// and KPU-7271 with one quarterly indicator.
EvidenceScope TwoSatker() {
  EvidenceScope scope;
  scope.Add("KPU-72", "1.3.1.1", 4);
  scope.Add("KPU-72", "1.1.1.1", 1);
  scope.Add("KPU-72", "4.2.3.4", 0);
  scope.Add("KPU-7271", "1.3.1.1", 4);
  return scope;
}

EvidenceScope OneSatker() {
  EvidenceScope scope = TwoSatker();
  scope.set_default_satker("KPU-72");
  return scope;
}

TEST(EvidenceCsvTest, AcceptsEveryColumnInAnyOrder) {
  const std::string csv =
      "ref,count,status,date,occurrence,indicator,satker\n"
      "SK-1/2026,1,verified,2026-01-20,,1.1.1.1,KPU-72\n"
      "https://x/y,2,submitted,2026-04-02,1,1.3.1.1,KPU-7271\n"
      "\"Laporan, TW II\",1,rejected,2026-07-01,2,1.3.1.1,KPU-72\n";
  auto r = ReadEvidenceCsv(csv, TwoSatker());
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_TRUE(r->rejected.empty());
  ASSERT_EQ(r->accepted.size(), 3u);
  EXPECT_EQ(r->accepted[0], (EvidenceRecord{"KPU-72", "1.1.1.1", 1, Date::FromYmd(2026, 1, 20),
                                            EvidenceStatus::kVerified, 1, "SK-1/2026", 2}));
  EXPECT_EQ(r->accepted[1], (EvidenceRecord{"KPU-7271", "1.3.1.1", 1, Date::FromYmd(2026, 4, 2),
                                            EvidenceStatus::kSubmitted, 2, "https://x/y", 3}));
  EXPECT_EQ(r->accepted[2].ref, "Laporan, TW II");
  EXPECT_EQ(r->accepted[2].status, EvidenceStatus::kRejected);
}

TEST(EvidenceCsvTest, DefaultsAndMinimalColumns) {
  auto r = ReadEvidenceCsv("indicator,date\n1.1.1.1,2026-01-31\n", OneSatker());
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->accepted.size(), 1u);
  const EvidenceRecord& e = r->accepted[0];
  EXPECT_EQ(e.satker, "KPU-72");
  EXPECT_EQ(e.occurrence, 1);
  EXPECT_EQ(e.status, EvidenceStatus::kVerified);
  EXPECT_EQ(e.count, 1);
  EXPECT_EQ(e.ref, "");
}

TEST(EvidenceCsvTest, BomCrlfQuotesAndNewlinesInsideFields) {
  const std::string csv =
      "\xEF\xBB\xBFindicator,occurrence,date,ref\r\n"
      "1.3.1.1,1,2026-03-30,\"Notulen rapat\r\nbaris kedua, dengan koma\"\r\n"
      "\r\n"
      "1.3.1.1,2,2026-06-30,\"kutip \"\"ganda\"\"\"\r\n"
      "1.3.1.1,9,2026-06-30,x\r\n";
  auto r = ReadEvidenceCsv(csv, OneSatker());
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->accepted.size(), 2u);
  // A line break inside a cell is kept as "\n" whatever the file's line ends.
  EXPECT_EQ(r->accepted[0].ref, "Notulen rapat\nbaris kedua, dengan koma");
  EXPECT_EQ(r->accepted[0].line, 2);
  EXPECT_EQ(r->accepted[1].ref, "kutip \"ganda\"");
  EXPECT_EQ(r->accepted[1].line, 5);  // the quoted newline and the blank line count
  ASSERT_EQ(r->rejected.size(), 1u);
  EXPECT_EQ(r->rejected[0].line, 6);
}

TEST(EvidenceCsvTest, EveryBadRowIsRejectedWithItsLineAndReason) {
  const std::string csv =
      "satker,indicator,occurrence,date,status,count,ref\n"
      "KPU-99,1.3.1.1,1,2026-03-31,verified,1,\n"        // 2 unknown satker
      "KPU-72,9.9.9.9,1,2026-03-31,verified,1,\n"        // 3 unknown indicator
      "KPU-72,1.3.1.1,5,2026-03-31,verified,1,\n"        // 4 occurrence out of range
      "KPU-72,1.3.1.1,0,2026-03-31,verified,1,\n"        // 5 occurrence 0
      "KPU-72,1.3.1.1,,2026-03-31,verified,1,\n"         // 6 occurrence needed
      "KPU-72,1.3.1.1,1,31/13/2026,verified,1,\n"        // 7 unreadable date
      "KPU-72,1.3.1.1,1,2026-02-30,verified,1,\n"        // 8 not a calendar date
      "KPU-72,1.3.1.1,1,2026-03-31,approved,1,\n"        // 9 unknown status
      "KPU-72,1.3.1.1,1,2026-03-31,verified,0,\n"        // 10 count below 1
      "KPU-72,1.3.1.1,1,2026-03-31,verified,-3,\n"       // 11 negative count
      "KPU-72,1.3.1.1,1,2026-03-31,verified,dua,\n"      // 12 count not a number
      "KPU-72,1.3.1.1,1,2026-03-31\n"                    // 13 short: the rest empty
      "KPU-72,1.3.1.1,1,2026-03-31,verified,1,,extra\n"  // 14 too many fields
      "KPU-72,4.2.3.4,,2026-03-31,verified,1,\n"         // 15 no occurrences
      ",1.3.1.1,1,2026-03-31,verified,1,\n"              // 16 satker empty, no default
      "KPU-72,,1,2026-03-31,verified,1,\n"               // 17 indicator empty
      "KPU-72,1.3.1.1,1,,verified,1,\n"                  // 18 date empty
      "KPU-72,1.3.1.1,4,2026-12-31,,,ok\n";              // 19 accepted
  auto r = ReadEvidenceCsv(csv, TwoSatker());
  ASSERT_TRUE(r.ok()) << r.status();
  // A short row is a row whose last fields are empty (spreadsheets drop them).
  ASSERT_EQ(r->accepted.size(), 2u);
  EXPECT_EQ(r->accepted[0].line, 13);
  EXPECT_EQ(r->accepted[1].line, 19);
  const std::vector<std::pair<int, std::string>> expected = {
      {2, "satker 'KPU-99' tidak dikenal"},
      {3, "indikator '9.9.9.9' tidak dikenal untuk satker KPU-72"},
      {4, "periode 5 di luar rentang: indikator 1.3.1.1 memiliki 4 periode"},
      {5, "periode 0 di luar rentang"},
      {6, "periode kosong, padahal indikator 1.3.1.1 memiliki 4 periode"},
      {7, "tanggal tidak terbaca: '31/13/2026' bukan tanggal yang sah"},
      {8, "tanggal tidak terbaca: '2026-02-30' bukan tanggal yang sah"},
      {9, "status 'approved' tidak dikenal"},
      {10, "jumlah 0 kurang dari 1"},
      {11, "jumlah -3 kurang dari 1"},
      {12, "jumlah 'dua' bukan bilangan bulat"},
      {14, "terlalu banyak kolom: 8, baris judul memiliki 7"},
      {15, "indikator 4.2.3.4 tidak memiliki periode"},
      {16, "satker kosong"},
      {17, "indikator kosong"},
      {18, "tanggal kosong"},
  };
  ASSERT_EQ(r->rejected.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    SCOPED_TRACE(expected[i].second);
    EXPECT_EQ(r->rejected[i].line, expected[i].first);
    EXPECT_EQ(r->rejected[i].where, "baris " + std::to_string(expected[i].first));
    EXPECT_NE(r->rejected[i].reason.find(expected[i].second), std::string::npos)
        << r->rejected[i].reason;
  }
}

TEST(EvidenceCsvTest, FileLevelProblemsNameLineOne) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", "tidak ada baris judul"},
      {"\n\n", "tidak ada baris judul"},
      {"indicator,date,colour\n", "baris 1: kolom 'colour' tidak dikenal"},
      {"indicator,date,date\n", "baris 1: kolom 'date' muncul dua kali"},
      {"indicator,occurrence\n1.1.1.1,1\n", "baris 1: baris judul tidak memiliki kolom 'date'"},
      {"date,ref\n", "baris judul tidak memiliki kolom 'indicator'"},
      // Bytes that are not text are refused by the table reader, before any header.
      {std::string("\x00\x01\x02,\x7f\n", 6), "<input>:1: berkas memuat byte NUL"},
      {"\x89PNG\r\n\x1a\n", "<input>:1: byte bukan UTF-8 (byte 0x89 di kolom 1)"},
  };
  for (const auto& [csv, fragment] : cases) {
    SCOPED_TRACE(fragment);
    auto r = ReadEvidenceCsv(csv, OneSatker());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(r.status().message().find(fragment), std::string::npos) << r.status();
  }
}

TEST(EvidenceCsvTest, UnterminatedQuoteRejectsTheRow) {
  auto r = ReadEvidenceCsv("indicator,date,ref\n1.1.1.1,2026-01-02,\"never closed\n", OneSatker());
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->rejected.size(), 1u);
  EXPECT_NE(r->rejected[0].reason.find("tidak ditutup"), std::string::npos) << r->rejected[0].reason;
}

TEST(EvidenceCsvTest, WriterRoundTrips) {
  const std::vector<EvidenceRecord> records = {
      {"KPU-72", "1.3.1.1", 2, Date::FromYmd(2026, 6, 30), EvidenceStatus::kSubmitted, 3,
       "a, \"b\"\nc", 2},
      {"KPU-72", "1.1.1.1", 1, Date::FromYmd(2026, 1, 5), EvidenceStatus::kVerified, 1, "", 3}};
  auto r = ReadEvidenceCsv(WriteEvidenceCsv(records), OneSatker());
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_TRUE(r->rejected.empty());
  EXPECT_EQ(r->accepted[0].ref, records[0].ref);
  EXPECT_EQ(r->accepted[0].count, 3);
  EXPECT_EQ(r->accepted[1].date, records[1].date);
  EXPECT_EQ(r->accepted[1].line, 4);  // the first record spans lines 2-3
}

TEST(EvidenceJsonTest, ArrayAndEnvelopeForms) {
  const std::string array = R"([
    {"indicator": "1.3.1.1", "occurrence": 2, "date": "2026-06-30", "count": 2, "ref": "x"},
    {"satker": "KPU-72", "indicator": "1.1.1.1", "date": "2026-01-10", "status": "submitted"}
  ])";
  auto a = ReadEvidenceJson(array, OneSatker());
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_EQ(a->accepted.size(), 2u);
  EXPECT_EQ(a->accepted[0].occurrence, 2);
  EXPECT_EQ(a->accepted[0].count, 2);
  EXPECT_EQ(a->accepted[1].status, EvidenceStatus::kSubmitted);
  auto b = ReadEvidenceJson(
      R"({"format": "zi.evidence/1", "records": [{"indicator": "1.1.1.1", "date": "2026-01-10"}]})",
      OneSatker());
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_EQ(b->accepted.size(), 1u);
}

TEST(EvidenceJsonTest, BadRecordsAreRejectedWithPointers) {
  const std::string doc = R"({"records": [
    {"indicator": "1.1.1.1", "date": "2026-01-10", "colour": "red"},
    {"indicator": "1.3.1.1", "occurrence": "2", "date": "2026-06-30"},
    {"indicator": "1.3.1.1", "occurrence": 2.5, "date": "2026-06-30"},
    7,
    {"indicator": "1.3.1.1", "occurrence": 7, "date": "2026-06-30"},
    {"indicator": "1.1.1.1", "date": "2026-01-10", "count": 0}
  ]})";
  auto r = ReadEvidenceJson(doc, OneSatker());
  ASSERT_TRUE(r.ok()) << r.status();
  // A string "2" for occurrence is read like the CSV's text.
  ASSERT_EQ(r->accepted.size(), 1u);
  EXPECT_EQ(r->accepted[0].line, 2);
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"/records/0", "field 'colour' tidak dikenal"},
      {"/records/2", "occurrence: diharapkan bilangan bulat, ditemukan "},
      {"/records/3", "diharapkan objek, ditemukan "},
      {"/records/4", "periode 7 di luar rentang"},
      {"/records/5", "jumlah 0 kurang dari 1"}};
  ASSERT_EQ(r->rejected.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(r->rejected[i].where, expected[i].first);
    EXPECT_NE(r->rejected[i].reason.find(expected[i].second), std::string::npos)
        << r->rejected[i].reason;
  }
}

TEST(EvidenceJsonTest, FileLevelErrors) {
  EXPECT_FALSE(ReadEvidenceJson("{", OneSatker()).ok());
  EXPECT_FALSE(ReadEvidenceJson("42", OneSatker()).ok());
  EXPECT_FALSE(ReadEvidenceJson(R"({"records": {}})", OneSatker()).ok());
  EXPECT_FALSE(ReadEvidenceJson(R"({"format": "x", "records": []})", OneSatker()).ok());
  EXPECT_FALSE(ReadEvidenceJson(R"({"rows": []})", OneSatker()).ok());
}

// Unlike a bad record, which is rejected alone, a duplicate key or a karakter NUL rejects
// the file: the parser refuses it before any record is read.
TEST(EvidenceJsonTest, DuplicateKeysAndNulCharactersRejectTheFile) {
  const auto message = [](const std::string& json) {
    auto r = ReadEvidenceJson(json, OneSatker());
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
    return std::string(r.status().message());
  };
  EXPECT_EQ(message(R"({"records": [], "records": [{"indicator": "1.1.1.1", "date": "2026-01"}]})"),
            "baris 1, kolom 17: /records: kunci 'records' muncul dua kali");
  EXPECT_EQ(message("[\n  {\"indicator\": \"1.1.1.1\", \"date\": \"2026-01-10\"},\n"
                    "  {\"indicator\": \"1.1.1.1\", \"date\": \"2026-01-10\",\n"
                    "   \"date\": \"2026-01-11\"}\n]"),
            "baris 4, kolom 4: /1/date: kunci 'date' muncul dua kali");
  EXPECT_EQ(message(R"([{"indicator": "1.1.1.1\u0000", "date": "2026-01-10"}])"),
            "baris 1, kolom 16: /0/indicator: karakter NUL (\\u0000) dalam teks");
  EXPECT_EQ(message(R"([{"indicator": "1.1.1.1", "date": "2026-01-10", "re\u0000f": "x"}])"),
            "baris 1, kolom 49: /0: karakter NUL (\\u0000) dalam kunci");
}

TEST(EvidenceFileTest, MissingFileIsNotFound) {
  auto r = LoadEvidenceFile("/nonexistent/evidence.csv", OneSatker());
  EXPECT_EQ(r.status().code(), absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace zi
