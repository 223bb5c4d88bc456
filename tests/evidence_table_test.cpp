// Evidence as people keep it: Indonesian headers, status words, day-first dates decided per
// file, XLSX cells (serial dates, cell addresses), inferred occurrences, template rows.
#include <gtest/gtest.h>

#include "test_util.hpp"
#include "zi/compliance/evidence.hpp"
#include "zi/deadline/occurrence.hpp"
#include "zi/io/report_tables.hpp"
#include "zi/io/table.hpp"

namespace zi {
namespace {

// KPU-72: 1.1.1.1 quarterly with its four windows, 1.2.1.1 one-off; KPU-7271 the same
// quarterly indicator.
EvidenceScope Scope() {
  EvidenceScope scope;
  for (const char* s : {"KPU-72", "KPU-7271"}) {
    scope.Add(s, "1.1.1.1", 4);
    for (int q = 0; q < 4; ++q) {
      const Date start = Date::FromYmd(2026, 3 * q + 1, 1);
      const Date end = Date::FromYmd(2026, 3 * q + 3, q == 0 || q == 3 ? 31 : 30);
      scope.AddWindow(s, "1.1.1.1", q + 1, start, end);
    }
  }
  scope.Add("KPU-72", "1.2.1.1", 1);
  scope.set_default_satker("KPU-72");
  return scope;
}

TableCell TextCell(std::string s) {
  TableCell c;
  c.kind = CellKind::kText;
  c.text = std::move(s);
  return c;
}

TableCell NumberCell(double x, bool date = false) {
  TableCell c;
  c.kind = CellKind::kNumber;
  c.number = x;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", x);
  c.text = buf;
  c.date_format = date;
  return c;
}

TEST(EvidenceDateTest, FormsPeopleWrite) {
  const Date apr15 = Date::FromYmd(2026, 4, 15);
  for (const char* text :
       {"2026-04-15", "15/04/2026", "15-04-2026", "15.04.2026", "15 April 2026", "15 Apr 2026",
        "15-Apr-2026", "Rabu, 15 April 2026", "2026-04-15 00:00:00", "15 april 2026"}) {
    SCOPED_TRACE(text);
    absl::StatusOr<Date> d = ParseEvidenceDate(text, DateOrder::kDayFirst);
    ASSERT_TRUE(d.ok()) << d.status();
    EXPECT_EQ(*d, apr15);
  }
  EXPECT_EQ(*ParseEvidenceDate("17 Agustus 2026", DateOrder::kAuto), Date::FromYmd(2026, 8, 17));
  EXPECT_EQ(*ParseEvidenceDate("17 Agu 2026", DateOrder::kAuto), Date::FromYmd(2026, 8, 17));
  EXPECT_EQ(*ParseEvidenceDate("1 Mei 2026", DateOrder::kAuto), Date::FromYmd(2026, 5, 1));
  EXPECT_EQ(*ParseEvidenceDate("5 Okt 2026", DateOrder::kAuto), Date::FromYmd(2026, 10, 5));
  EXPECT_EQ(*ParseEvidenceDate("24 Des 2026", DateOrder::kAuto), Date::FromYmd(2026, 12, 24));
  EXPECT_EQ(*ParseEvidenceDate("04/15/2026", DateOrder::kMonthFirst), apr15);
  EXPECT_EQ(*ParseEvidenceDate("03/04/2026", DateOrder::kDayFirst), Date::FromYmd(2026, 4, 3));
  EXPECT_EQ(*ParseEvidenceDate("03/04/2026", DateOrder::kMonthFirst), Date::FromYmd(2026, 3, 4));
  // Without an order only the unambiguous forms are read.
  EXPECT_EQ(*ParseEvidenceDate("25/04/2026", DateOrder::kAuto), Date::FromYmd(2026, 4, 25));
  EXPECT_FALSE(ParseEvidenceDate("03/04/2026", DateOrder::kAuto).ok());
  const auto bad = [](const char* text, const char* fragment) {
    absl::StatusOr<Date> d = ParseEvidenceDate(text, DateOrder::kDayFirst);
    ASSERT_FALSE(d.ok()) << text;
    EXPECT_NE(d.status().message().find(fragment), std::string::npos) << d.status();
  };
  bad("31/02/2026", "bukan tanggal yang sah");
  bad("15 Foo 2026", "'Foo' dalam '15 Foo 2026' bukan nama bulan");
  bad("15/04/26", "bukan tanggal");
  bad("kemarin", "bukan tanggal");
}

TEST(EvidenceStatusTest, IndonesianAndEnglishWords) {
  EXPECT_EQ(ParseEvidenceStatusWord("Terverifikasi"), EvidenceStatus::kVerified);
  EXPECT_EQ(ParseEvidenceStatusWord(" VERIFIED "), EvidenceStatus::kVerified);
  EXPECT_EQ(ParseEvidenceStatusWord("Diajukan"), EvidenceStatus::kSubmitted);
  EXPECT_EQ(ParseEvidenceStatusWord("menunggu  verifikasi"), EvidenceStatus::kSubmitted);
  EXPECT_EQ(ParseEvidenceStatusWord("DITOLAK"), EvidenceStatus::kRejected);
  EXPECT_EQ(ParseEvidenceStatusWord("Tidak Valid"), EvidenceStatus::kRejected);
  EXPECT_EQ(ParseEvidenceStatusWord("approved"), std::nullopt);
  EXPECT_EQ(ParseDateOrder("Day-First"), DateOrder::kDayFirst);
  EXPECT_EQ(ParseDateOrder("mdy"), DateOrder::kMonthFirst);
  EXPECT_EQ(ParseDateOrder("sometimes"), std::nullopt);
}

TEST(EvidenceTableTest, IndonesianHeadersStatusWordsAndDayFirstDates) {
  const std::string csv =
      "Kode Satker;INDIKATOR;Periode Ke-;Tanggal;Status;Jumlah;Keterangan\r\n"
      "KPU-72;1.1.1.1;1;20/01/2026;Terverifikasi;2;SK 1/2026\r\n"
      "KPU-7271;1.1.1.1;2;03/04/2026;diajukan;;\r\n"
      "KPU-72;1.2.1.1;;15 Agustus 2026;DITOLAK;1;x\r\n";
  auto r = ReadEvidenceCsv(csv, Scope());
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_TRUE(r->rejected.empty()) << r->rejected[0].reason;
  ASSERT_EQ(r->accepted.size(), 3u);
  EXPECT_EQ(r->accepted[0], (EvidenceRecord{"KPU-72", "1.1.1.1", 1, Date::FromYmd(2026, 1, 20),
                                            EvidenceStatus::kVerified, 2, "SK 1/2026", 2}));
  // 20/01 proves the file day-first, so 03/04 is 3 April.
  EXPECT_EQ(r->accepted[1], (EvidenceRecord{"KPU-7271", "1.1.1.1", 2, Date::FromYmd(2026, 4, 3),
                                            EvidenceStatus::kSubmitted, 1, "", 3}));
  EXPECT_EQ(r->accepted[2].date, Date::FromYmd(2026, 8, 15));
  EXPECT_EQ(r->accepted[2].status, EvidenceStatus::kRejected);
}

TEST(EvidenceTableTest, DateOrderIsDecidedPerFile) {
  const std::string month_first =
      "indicator,occurrence,date\n1.1.1.1,1,01/20/2026\n1.1.1.1,2,04/03/2026\n";
  auto m = ReadEvidenceCsv(month_first, Scope());
  ASSERT_TRUE(m.ok()) << m.status();
  ASSERT_EQ(m->accepted.size(), 2u);
  EXPECT_EQ(m->accepted[1].date, Date::FromYmd(2026, 4, 3));

  const std::string ambiguous =
      "indicator,occurrence,date\n1.1.1.1,1,03/02/2026\n1.1.1.1,2,04/05/2026\n";
  auto a = ReadEvidenceCsv(ambiguous, Scope());
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(a.status().message().find("urutan tanggal meragukan: baris 2 '03/02/2026'"),
            std::string::npos)
      << a.status();
  EXPECT_NE(a.status().message().find("--date-order"), std::string::npos);
  EvidenceReadOptions day_first;
  day_first.date_order = DateOrder::kDayFirst;
  auto d = ReadEvidenceTableBytes(ambiguous, Scope(), day_first);
  ASSERT_TRUE(d.ok()) << d.status();
  EXPECT_EQ(d->accepted[0].date, Date::FromYmd(2026, 2, 3));

  const std::string mixed =
      "indicator,occurrence,date\n1.1.1.1,1,20/01/2026\n1.1.1.1,2,04/25/2026\n";
  auto x = ReadEvidenceCsv(mixed, Scope());
  ASSERT_FALSE(x.ok());
  EXPECT_NE(x.status().message().find("baris 2 '20/01/2026' hari-bulan, tetapi baris 3 '04/25/2026' "
                                      "bulan-hari"),
            std::string::npos)
      << x.status();
  // Same day and month (05/05) is no ambiguity.
  auto same = ReadEvidenceCsv("indicator,occurrence,date\n1.1.1.1,2,05/05/2026\n", Scope());
  ASSERT_TRUE(same.ok()) << same.status();
  EXPECT_EQ(same->accepted.size(), 1u);
}

TEST(EvidenceTableTest, InferOccurrenceFromTheDate) {
  const std::string csv = "indikator,tanggal\n1.1.1.1,2026-05-04\n1.1.1.1,2027-01-04\n";
  auto plain = ReadEvidenceCsv(csv, Scope());
  ASSERT_TRUE(plain.ok());
  ASSERT_EQ(plain->rejected.size(), 2u);
  EXPECT_EQ(plain->rejected[0].reason,
            "periode kosong, padahal indikator 1.1.1.1 memiliki 4 periode (isi periodenya, atau "
            "biarkan tanggal menentukan dengan --infer-occurrence)");
  EvidenceReadOptions infer;
  infer.infer_occurrence = true;
  auto r = ReadEvidenceTableBytes(csv, Scope(), infer);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->accepted.size(), 1u);
  EXPECT_EQ(r->accepted[0].occurrence, 2);
  ASSERT_EQ(r->notes.size(), 1u);
  EXPECT_EQ(r->notes[0], (EvidenceNote{2, "baris 2",
                                       "periode 2 dari indikator 1.1.1.1 disimpulkan dari tanggal "
                                       "2026-05-04"}));
  ASSERT_EQ(r->rejected.size(), 1u);
  EXPECT_EQ(r->rejected[0].line, 3);
  EXPECT_NE(r->rejected[0].reason.find("tidak ada satu periode pun dari indikator 1.1.1.1 yang memuat "
                                       "2027-01-04"),
            std::string::npos);
}

TEST(EvidenceTableTest, XlsxCellsNameTheirAddressAndSerialDatesAreDates) {
  Table t;
  t.source = "bukti.xlsx";
  t.sheet = "Bukti";
  t.from_xlsx = true;
  t.rows.push_back({1,
                    1,
                    {TextCell("Indikator"), TextCell("Periode"), TextCell("Tanggal"),
                     TextCell("Status"), TextCell("Jumlah")}});
  // 46042 = 2026-01-20 in Excel's 1900 date system.
  t.rows.push_back({2,
                    2,
                    {TextCell("1.1.1.1"), NumberCell(1), NumberCell(46042, true),
                     TextCell("terverifikasi"), NumberCell(2)}});
  t.rows.push_back({3, 3, {TextCell("1.1.1.1"), NumberCell(2), TextCell("bukan tanggal")}});
  t.rows.push_back({4, 4, {TextCell("1.1.1.1"), NumberCell(2.5), NumberCell(46100, true)}});
  TableCell err;
  err.kind = CellKind::kError;
  err.text = "#REF!";
  t.rows.push_back(
      {5, 5, {TextCell("1.1.1.1"), NumberCell(3), NumberCell(46100, true), TextCell(""), err}});
  t.rows.push_back({6, 6, {}});
  auto r = ReadEvidenceTable(t, Scope());
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->accepted.size(), 1u);
  EXPECT_EQ(r->accepted[0].date, Date::FromYmd(2026, 1, 20));
  EXPECT_EQ(r->accepted[0].count, 2);
  EXPECT_EQ(r->accepted[0].line, 2);
  ASSERT_EQ(r->rejected.size(), 3u);
  EXPECT_EQ(r->rejected[0].where, "Bukti!C3");
  EXPECT_NE(r->rejected[0].reason.find("'bukan tanggal' bukan tanggal"), std::string::npos);
  EXPECT_EQ(r->rejected[1].where, "Bukti!B4");
  EXPECT_EQ(r->rejected[1].reason, "periode '2.5' bukan bilangan bulat");
  EXPECT_EQ(r->rejected[2].where, "Bukti!E5");
  EXPECT_EQ(r->rejected[2].reason, "count berisi galat #REF!");
}

TEST(EvidenceTableTest, UnknownHeaderNamesTheIndonesianNames) {
  auto r = ReadEvidenceCsv("indikator;tangal\n", Scope());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("baris 1: kolom 'tangal' tidak dikenal"), std::string::npos);
  EXPECT_NE(r.status().message().find("tanggal"), std::string::npos);
  auto twice = ReadEvidenceCsv("indikator,tanggal,date\n", Scope());
  ASSERT_FALSE(twice.ok());
  EXPECT_NE(twice.status().message().find("kolom 'date' muncul dua kali pada baris judul (sebagai date)"),
            std::string::npos)
      << twice.status();
}

TEST(EvidenceTableTest, OtherSatkerRowsAreOneLinePerSatker) {
  const std::string csv =
      "satker,indicator,occurrence,date\n"
      "KPU-11,1.1.1.1,1,2026-01-20\n"
      "KPU-72,1.1.1.1,1,2026-01-20\n"
      "KPU-11,1.1.1.1,2,2026-04-20\n"
      "KPU-12,1.1.1.1,2,2026-04-20\n";
  EvidenceReadOptions o;
  o.summarize_other_satker = true;
  auto r = ReadEvidenceTableBytes(csv, Scope(), o);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->accepted.size(), 1u);
  EXPECT_TRUE(r->rejected.empty());
  ASSERT_EQ(r->other_satker.size(), 2u);
  EXPECT_EQ(r->other_satker[0], (OtherSatkerRows{"KPU-11", 2, 2, "baris 2"}));
  EXPECT_EQ(r->other_satker[1], (OtherSatkerRows{"KPU-12", 1, 5, "baris 5"}));
  // Without the option each row is rejected, as before.
  auto plain = ReadEvidenceCsv(csv, Scope());
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->rejected.size(), 3u);
}

// A table of 10,000 rows (three ranges of 4,096 rows checked on separate threads) gives the
// same import with 2 and 0 (all) threads as with 1: accepted records, rejections, notes and
// unfilled rows in row order, and the other-satker summaries merged across ranges (KPU-11
// first seen in the first range and again in the last, KPU-12 only in the second).
TEST(EvidenceTableTest, RowsCheckedOnSeveralThreadsGiveTheSameImport) {
  std::string csv = "satker,indicator,occurrence,date,status\n";
  for (int i = 0; i < 10000; ++i) {
    const int line = i + 2;
    if (line % 97 == 0) {
      csv += "KPU-72,1.1.1.1,1,2026-02-30,verified\n";  // rejected: no such date
    } else if (line == 5 || line == 9000) {
      csv += "KPU-11,1.1.1.1,1,2026-01-20,verified\n";  // another satker's row
    } else if (line == 5000) {
      csv += "KPU-12,1.1.1.1,1,2026-01-20,verified\n";
    } else if (line % 31 == 0) {
      csv += "KPU-7271,1.1.1.1,,2026-08-03,diajukan\n";  // occurrence inferred: a note
    } else {
      csv += "KPU-72,1.1.1.1," + std::to_string(1 + i % 4) + ",2026-0" + std::to_string(1 + i % 9) +
             "-1" + std::to_string(i % 10) + ",terverifikasi\n";
    }
  }
  EvidenceReadOptions o;
  o.summarize_other_satker = true;
  o.infer_occurrence = true;
  o.threads = 1;
  auto want = ReadEvidenceTableBytes(csv, Scope(), o);
  ASSERT_TRUE(want.ok()) << want.status();
  ASSERT_EQ(want->other_satker.size(), 2u);
  EXPECT_EQ(want->other_satker[0], (OtherSatkerRows{"KPU-11", 2, 5, "baris 5"}));
  EXPECT_EQ(want->other_satker[1], (OtherSatkerRows{"KPU-12", 1, 5000, "baris 5000"}));
  EXPECT_EQ(want->rejected.size(), 103u);  // the lines divisible by 97
  // Every row is accepted, rejected or one of the three other-satker rows.
  EXPECT_EQ(want->accepted.size() + want->rejected.size() + 3, 10000u);
  EXPECT_FALSE(want->notes.empty());
  for (int threads : {2, 0}) {
    SCOPED_TRACE(threads);
    o.threads = threads;
    auto got = ReadEvidenceTableBytes(csv, Scope(), o);
    ASSERT_TRUE(got.ok()) << got.status();
    EXPECT_EQ(got->accepted, want->accepted);
    EXPECT_EQ(got->rejected, want->rejected);
    EXPECT_EQ(got->notes, want->notes);
    EXPECT_EQ(got->other_satker, want->other_satker);
    EXPECT_EQ(got->unfilled, want->unfilled);
  }
}

// ReadEvidenceTableBytes reads a text table from the text reader's cells, without the Table
// that ReadTable makes: the import (or the error) is the same as ReadEvidenceTable's of that
// Table, for every shape of text the reader handles.
TEST(EvidenceTableTest, TextCellsAndTheTableGiveTheSameImport) {
  const std::vector<std::string> csvs = {
      "satker,indicator,occurrence,date,status,count,ref\n"
      "KPU-72,1.1.1.1,1,2026-01-20,verified,1,\"a, \"\"quoted\"\"\nref\"\n"
      "\n"
      " , ,\n"
      "KPU-72,1.1.1.1,5,2026-01-20,verified\n"       // occurrence out of range
      "KPU-72,1.2.1.1,,2026-01-20,submitted,2,x,,,\n"  // trailing empty cells
      "KPU-72,1.2.1.1,,2026-01-20,verified,1,x,y\n"    // too many cells
      "KPU-99,1.2.1.1,,2026-01-20\n",                  // unknown satker
      "\xEF\xBB\xBFIndikator;Tanggal;Periode;Status\r\n"
      "1.1.1.1;20/01/2026;1;terverifikasi\r\n"
      "1.1.1.1;13/04/2026;;diajukan\r\n"
      "1.2.1.1;2026-02-30;;\r\n",
      "indicator\tdate\tref\n1.2.1.1\t15 April 2026\t\"unterminated\n1.2.1.1\t2026-01-20\tok\n",
      "indicator,date\n1.1.1.1,01/02/2026\n",  // ambiguous order: a file-level error
      "indicator,date,indicator\n",             // a repeated column
      "",
      "\n\n",
      "indicator,date\n\"1.2.1.1\",\"2026-01-20\"\r\n  \"1.2.1.1\"  ,2026-01-21",
  };
  for (const std::string& csv : csvs) {
    SCOPED_TRACE(csv);
    for (bool infer : {false, true}) {
      EvidenceReadOptions o;
      o.infer_occurrence = infer;
      o.summarize_other_satker = infer;
      auto direct = ReadEvidenceTableBytes(csv, Scope(), o);
      auto table = ReadTable(csv, "<input>");
      auto via_table = table.ok() ? ReadEvidenceTable(*table, Scope(), o)
                                  : absl::StatusOr<EvidenceImport>(table.status());
      ASSERT_EQ(direct.ok(), via_table.ok()) << direct.status() << " / " << via_table.status();
      if (!direct.ok()) {
        EXPECT_EQ(direct.status(), via_table.status());
        continue;
      }
      EXPECT_EQ(direct->accepted, via_table->accepted);
      EXPECT_EQ(direct->rejected, via_table->rejected);
      EXPECT_EQ(direct->notes, via_table->notes);
      EXPECT_EQ(direct->other_satker, via_table->other_satker);
      EXPECT_EQ(direct->unfilled, via_table->unfilled);
    }
  }
  // The first file, row by row: what each line became.
  auto r = ReadEvidenceTableBytes(csvs[0], Scope(), {});
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->accepted.size(), 2u);
  EXPECT_EQ(r->accepted[0].ref, "a, \"quoted\"\nref");
  EXPECT_EQ(r->accepted[0].line, 2);
  EXPECT_EQ(r->accepted[1], (EvidenceRecord{"KPU-72", "1.2.1.1", 1, Date::FromYmd(2026, 1, 20),
                                            EvidenceStatus::kSubmitted, 2, "x", 7}));
  ASSERT_EQ(r->rejected.size(), 3u);
  EXPECT_EQ(r->rejected[0].line, 6);
  EXPECT_EQ(r->rejected[1].line, 8);
  EXPECT_NE(r->rejected[1].reason.find("terlalu banyak kolom"), std::string::npos);
  EXPECT_EQ(r->rejected[2].line, 9);
}

TEST(EvidenceTableTest, InvalidUtf8IsAFileErrorThatSuggestsCp1252) {
  const std::string csv = "indicator,date,ref\n1.2.1.1,2026-01-20,Caf\xe9\n";
  auto r = ReadEvidenceCsv(csv, Scope());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("cp1252"), std::string::npos) << r.status();
  EvidenceReadOptions o;
  o.encoding = TextEncoding::kCp1252;
  auto ok = ReadEvidenceTableBytes(csv, Scope(), o);
  ASSERT_TRUE(ok.ok()) << ok.status();
  ASSERT_EQ(ok->accepted.size(), 1u);
  EXPECT_EQ(ok->accepted[0].ref, "Caf\xc3\xa9");
}

TEST(EvidenceTemplateTest, TemplateRowsReadBackAndUnfilledRowsAreListed) {
  PlanData data = testing::OneIndicatorPlan();
  const Plan plan(std::move(data));
  const PlanOccurrences occ = ExpandOccurrences(plan, testing::Id2026());
  const ReportTables t = EvidenceTemplateTables(plan, occ);
  ASSERT_EQ(t.sheets.size(), 1u);
  const TableSheet& s = t.sheets[0];
  ASSERT_EQ(s.rows.size(), 4u);  // quarterly: four deliverables
  ASSERT_EQ(s.columns.size(), 14u);
  EXPECT_EQ(s.columns[9].title, "Tanggal");
  EXPECT_EQ(s.columns[13].title, "Penanggung jawab");  // informational, read past
  // Fill in the second row, as a person would, then read the CSV back.
  TableSheet filled = s;
  filled.rows[1].resize(14);
  filled.rows[1][9] = Date::FromYmd(2026, 6, 29);
  filled.rows[1][10] = std::string("terverifikasi");
  filled.rows[1][11] = int64_t{1};
  filled.rows[1][12] = std::string("https://contoh/laporan-tw2.pdf");
  const std::string csv = WriteCsv(filled);
  auto r = ReadEvidenceCsv(csv, MakeEvidenceScope(plan, occ));
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_TRUE(r->rejected.empty());
  ASSERT_EQ(r->accepted.size(), 1u);
  EXPECT_EQ(r->accepted[0],
            (EvidenceRecord{"KPU-72", "1.1.1.1", 2, Date::FromYmd(2026, 6, 29),
                            EvidenceStatus::kVerified, 1, "https://contoh/laporan-tw2.pdf", 3}));
  EXPECT_EQ(r->unfilled, (std::vector<int>{2, 4, 5}));
}

}  // namespace
}  // namespace zi
