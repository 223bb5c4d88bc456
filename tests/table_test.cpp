// zi::ReadTable and friends (docs/tables.md): decoding, CSV/TSV as Excel and LibreOffice
// write them, XLSX from openpyxl and LibreOffice, limits and hostile input.
#include "zi/io/table.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tables/fixtures.hpp"
#include "zi/base/date.hpp"

// EXPECT that `text` contains `part`, printing `text` when it does not.
#define EXPECT_CONTAINS(text, part) \
  EXPECT_NE(std::string(text).find(part), std::string::npos) << (text)

namespace zi {
namespace {

using testing::EnsureFixtures;
using testing::Fixture;
using testing::SlurpFile;

std::vector<std::vector<std::string>> Texts(const Table& t) {
  std::vector<std::vector<std::string>> out;
  for (const TableRow& r : t.rows) {
    std::vector<std::string> row;
    for (const TableCell& c : r.cells) row.push_back(c.text);
    out.push_back(row);
  }
  return out;
}

Table MustRead(std::string_view bytes, const TableReadOptions& o = {}) {
  absl::StatusOr<Table> t = ReadTable(bytes, "t.csv", o);
  EXPECT_TRUE(t.ok()) << t.status();
  return t.ok() ? *t : Table{};
}

std::string Message(const absl::Status& s) { return std::string(s.message()); }

// ---- decoding -----------------------------------------------------------------------------

TEST(DecodeTextTest, BomsDecideAndAreRemoved) {
  TextEncoding used = TextEncoding::kAuto;
  EXPECT_EQ(*DecodeText("\xEF\xBB\xBF"
                        "a\xC3\xA9",
                        "x", TextEncoding::kAuto, &used),
            "a\xC3\xA9");
  EXPECT_EQ(used, TextEncoding::kUtf8);
  // "aé" as UTF-16 LE and BE with their BOMs
  EXPECT_EQ(*DecodeText(std::string("\xFF\xFE"
                                    "a\0\xE9\0",
                                    6),
                        "x", TextEncoding::kAuto, &used),
            "a\xC3\xA9");
  EXPECT_EQ(used, TextEncoding::kUtf16);
  EXPECT_EQ(*DecodeText(std::string("\xFE\xFF\0a\0\xE9", 6), "x", TextEncoding::kAuto),
            "a\xC3\xA9");
  // A BOM wins over the encoding asked for.
  EXPECT_EQ(*DecodeText("\xEF\xBB\xBF"
                        "\xC3\xA9",
                        "x", TextEncoding::kCp1252, &used),
            "\xC3\xA9");
  EXPECT_EQ(used, TextEncoding::kUtf8);
  // U+1F600 as a surrogate pair (LE: 3D D8 00 DE)
  EXPECT_EQ(*DecodeText(std::string("\xFF\xFE\x3D\xD8\x00\xDE", 6), "x", TextEncoding::kAuto),
            "\xF0\x9F\x98\x80");
}

// A NUL or a byte that is not UTF-8 is found at every offset of a long ASCII line, with its
// column (the check skips ASCII eight bytes at a time).
TEST(DecodeTextTest, BadByteAtEveryOffsetOfALongLine) {
  for (size_t at = 0; at < 30; ++at) {
    std::string text = "x\n" + std::string(30, 'a') + "\n";
    text[2 + at] = '\0';
    EXPECT_EQ(Message(DecodeText(text, "b.csv", TextEncoding::kAuto).status()),
              "b.csv:2: berkas memuat byte NUL (kolom " + std::to_string(at + 1) +
                  "); jika berkas disimpan sebagai UTF-16 tanpa BOM, bacalah dengan encoding "
                  "utf-16");
    text[2 + at] = '\xE9';  // é in cp1252
    EXPECT_EQ(Message(DecodeText(text, "b.csv", TextEncoding::kUtf8).status()),
              "b.csv:2: byte bukan UTF-8 (byte 0xE9 di kolom " + std::to_string(at + 1) +
                  "); jika berkas disimpan Excel sebagai 'CSV (Comma delimited)', bacalah "
                  "dengan encoding cp1252");
  }
}

TEST(DecodeTextTest, Utf16WithoutBomOnlyWhenAsked) {
  const std::string le("N\0o\0", 4), be("\0N\0o", 4);
  TextEncoding used = TextEncoding::kAuto;
  EXPECT_EQ(*DecodeText(le, "x", TextEncoding::kUtf16, &used), "No");
  EXPECT_EQ(used, TextEncoding::kUtf16);
  EXPECT_EQ(*DecodeText(be, "x", TextEncoding::kUtf16), "No");
  // Not asked: the NUL bytes are refused, with the UTF-16 hint.
  absl::StatusOr<std::string> auto_le = DecodeText(le, "bukti.csv", TextEncoding::kAuto);
  ASSERT_FALSE(auto_le.ok());
  EXPECT_EQ(Message(auto_le.status()),
            "bukti.csv:1: berkas memuat byte NUL (kolom 2); jika berkas disimpan sebagai UTF-16 "
            "tanpa BOM, bacalah dengan encoding utf-16");
  EXPECT_FALSE(DecodeText(std::string("\xFF\xFE"
                                      "a",
                                      3),
                          "x", TextEncoding::kAuto)
                   .ok());  // odd
  // A lone high surrogate, then 'a'
  absl::StatusOr<std::string> lone = DecodeText(std::string("\xFF\xFE"
                                                            "x\0\n\0\x00\xD8"
                                                            "a\0",
                                                            10),
                                                "u.txt", TextEncoding::kAuto);
  ASSERT_FALSE(lone.ok());
  EXPECT_EQ(Message(lone.status()), "u.txt:2: UTF-16 rusak: surrogate tanpa pasangan di kolom 1");
}

TEST(DecodeTextTest, InvalidUtf8NamesLineByteAndColumnWithTheCp1252Hint) {
  // "Kode,Nama\nA1,Caf\xE9" : the é of cp1252 on line 2, the 7th character
  absl::StatusOr<std::string> r =
      DecodeText("Kode,Nama\r\nA1,Caf\xE9\r\n", "bukti.csv", TextEncoding::kAuto);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(Message(r.status()),
            "bukti.csv:2: byte bukan UTF-8 (byte 0xE9 di kolom 7); jika berkas disimpan Excel "
            "sebagai 'CSV (Comma delimited)', bacalah dengan encoding cp1252");
  // The column counts characters: "é" before the bad byte is one column.
  r = DecodeText("\xC3\xA9\xFF", "x", TextEncoding::kUtf8);
  ASSERT_FALSE(r.ok());
  EXPECT_CONTAINS(Message(r.status()), "x:1: byte bukan UTF-8 (byte 0xFF di kolom 2)");
  // Overlong '/', a UTF-16 surrogate, above U+10FFFF, a truncated sequence: all refused.
  for (const char* bad :
       {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82"}) {
    EXPECT_FALSE(DecodeText(bad, "x", TextEncoding::kAuto).ok()) << bad;
  }
  EXPECT_TRUE(DecodeText("\xF4\x8F\xBF\xBF \xED\x9F\xBF", "x", TextEncoding::kAuto).ok());
  EXPECT_FALSE(DecodeText(std::string("a\0b", 3), "x", TextEncoding::kUtf8).ok());
}

TEST(DecodeTextTest, Cp1252FullHighTable) {
  // 0x80 €, 0x93 “, 0x94 ”, 0x9F Ÿ, 0x81 (undefined: U+0081), 0xE9 é, 0xA0 NBSP
  EXPECT_EQ(*DecodeText("\x80\x93\x94\x9F\x81\xE9\xA0", "x", TextEncoding::kCp1252),
            "\xE2\x82\xAC\xE2\x80\x9C\xE2\x80\x9D\xC5\xB8\xC2\x81\xC3\xA9\xC2\xA0");
  EXPECT_FALSE(DecodeText(std::string("a\0", 2), "x", TextEncoding::kCp1252).ok());
}

TEST(TableNamesTest, EncodingsAndColumns) {
  EXPECT_EQ(ParseTextEncoding("UTF8"), TextEncoding::kUtf8);
  EXPECT_EQ(ParseTextEncoding("utf-16"), TextEncoding::kUtf16);
  EXPECT_EQ(ParseTextEncoding("Windows-1252"), TextEncoding::kCp1252);
  EXPECT_EQ(ParseTextEncoding("latin1"), TextEncoding::kCp1252);
  EXPECT_EQ(ParseTextEncoding("auto"), TextEncoding::kAuto);
  EXPECT_EQ(ParseTextEncoding("ebcdic"), std::nullopt);
  EXPECT_EQ(ToString(TextEncoding::kCp1252), "cp1252");
  EXPECT_EQ(ToString(TextEncoding::kUtf8), "utf-8");
  EXPECT_EQ(ColumnName(0), "A");
  EXPECT_EQ(ColumnName(25), "Z");
  EXPECT_EQ(ColumnName(26), "AA");
  EXPECT_EQ(ColumnName(27), "AB");
  EXPECT_EQ(ColumnName(701), "ZZ");
  EXPECT_EQ(ColumnName(702), "AAA");
  EXPECT_EQ(ColumnName(16383), "XFD");
  EXPECT_EQ(ColumnName(-1), "");
}

TEST(ExcelSerialTest, The1900SystemWithItsPhantomLeapDay) {
  EXPECT_EQ(ExcelSerialToUnixDays(25569), 0);  // 1970-01-01
  EXPECT_EQ(ExcelSerialToUnixDays(1), Date::FromYmd(1900, 1, 1).days());
  EXPECT_EQ(ExcelSerialToUnixDays(59), Date::FromYmd(1900, 2, 28).days());
  EXPECT_EQ(ExcelSerialToUnixDays(60), std::nullopt);  // 1900-02-29 never was
  EXPECT_EQ(ExcelSerialToUnixDays(61), Date::FromYmd(1900, 3, 1).days());
  EXPECT_EQ(ExcelSerialToUnixDays(46112.5), Date::FromYmd(2026, 3, 31).days());  // noon
  EXPECT_EQ(ExcelSerialToUnixDays(2958465), Date::FromYmd(9999, 12, 31).days());
  EXPECT_EQ(ExcelSerialToUnixDays(2958466), std::nullopt);
  EXPECT_EQ(ExcelSerialToUnixDays(0.5), std::nullopt);
  EXPECT_EQ(ExcelSerialToUnixDays(-1), std::nullopt);
  EXPECT_EQ(ExcelSerialToUnixDays(std::nan("")), std::nullopt);
  EXPECT_EQ(UnixDaysToExcelSerial(0), 25569);
  EXPECT_EQ(UnixDaysToExcelSerial(Date::FromYmd(1900, 3, 1).days()), 61);
  EXPECT_EQ(UnixDaysToExcelSerial(Date::FromYmd(1900, 2, 28).days()), 59);
  EXPECT_EQ(UnixDaysToExcelSerial(Date::FromYmd(2026, 3, 31).days()), 46112);
  for (int y : {1900, 1901, 1999, 2026, 9999}) {
    const int32_t d = Date::FromYmd(y, 12, 31).days();
    EXPECT_EQ(ExcelSerialToUnixDays(UnixDaysToExcelSerial(d)), d) << y;
  }
}

// ---- CSV / TSV ----------------------------------------------------------------------------

TEST(ReadTableTextTest, DelimiterSniffing) {
  EXPECT_EQ(MustRead("a;b;c\n1;2;3\n").delimiter, ';');
  EXPECT_EQ(MustRead("a\tb\n1\t2\n").delimiter, '\t');
  EXPECT_EQ(MustRead("a,b\n").delimiter, ',');
  EXPECT_EQ(MustRead("a;b,c\n").delimiter, ',');   // a tie: ',' first
  EXPECT_EQ(MustRead("a;b\tc\n").delimiter, ';');  // a tie: ';' before TAB
  // Delimiters inside quotes do not count; a title line without any is skipped.
  EXPECT_EQ(MustRead("RENCANA AKSI\n\"a,b,c\";d;e\n").delimiter, ';');
  EXPECT_EQ(MustRead("satu kolom\n").delimiter, ',');
  TableReadOptions o;
  o.delimiter = '|';
  EXPECT_EQ(Texts(MustRead("a|b,c\n", o)), (std::vector<std::vector<std::string>>{{"a", "b,c"}}));
}

TEST(ReadTableTextTest, LineEndsQuotesAndLineAccounting) {
  // LF, CRLF and CR-only in one file; a quoted cell over three physical lines.
  const Table t = MustRead("h1,h2\r\n\"a\r\nb\rc\",x\nlast,\"q\"\"uote\"\r\n\n  \"sp\" ,z");
  ASSERT_EQ(t.rows.size(), 5u);
  EXPECT_EQ(Texts(t), (std::vector<std::vector<std::string>>{
                          {"h1", "h2"}, {"a\nb\nc", "x"}, {"last", "q\"uote"}, {}, {"sp ", "z"}}));
  const std::vector<std::pair<int, int>> lines = {{1, 1}, {2, 4}, {5, 5}, {6, 6}, {7, 7}};
  for (size_t i = 0; i < lines.size(); ++i) {
    EXPECT_EQ(t.rows[i].line, lines[i].first) << i;
    EXPECT_EQ(t.rows[i].last_line, lines[i].second) << i;
  }
  EXPECT_EQ(t.Where(t.rows[1]), "t.csv:2");
  EXPECT_EQ(t.Where(t.rows[2], 1), "t.csv:5");
  EXPECT_TRUE(t.diagnostics.empty());
  EXPECT_FALSE(t.from_xlsx);
  EXPECT_EQ(t.encoding, TextEncoding::kUtf8);
}

TEST(ReadTableTextTest, EmptyCellsLeadingKeptTrailingTrimmed) {
  const Table t = MustRead(",,a,,\n,,,\n\"\",b\n");
  ASSERT_EQ(t.rows.size(), 3u);
  ASSERT_EQ(t.rows[0].cells.size(), 3u);
  EXPECT_EQ(t.rows[0].cells[0].kind, CellKind::kEmpty);
  EXPECT_TRUE(t.rows[0].cells[1].empty());
  EXPECT_EQ(t.rows[0].cells[2].kind, CellKind::kText);
  EXPECT_EQ(t.rows[0].cells[2].text, "a");
  EXPECT_TRUE(t.rows[1].cells.empty());
  EXPECT_EQ(Texts(t)[2], (std::vector<std::string>{"", "b"}));
  EXPECT_TRUE(MustRead("").rows.empty());
  EXPECT_EQ(MustRead("a\n").rows.size(), 1u);  // the last line end opens no row
}

TEST(ReadTableTextTest, UnterminatedQuoteIsReportedAndNothingIsSwallowed) {
  // Line 2 opens a quote that never closes: without recovery lines 2..5 would be one cell.
  const std::string csv = "no,teks\n1,\"awal tanpa tutup\n2,dua\n3,tiga\n4,empat\n";
  const Table t = MustRead(csv);
  ASSERT_EQ(t.rows.size(), 5u);
  EXPECT_EQ(Texts(t), (std::vector<std::vector<std::string>>{{"no", "teks"},
                                                             {"1", "\"awal tanpa tutup"},
                                                             {"2", "dua"},
                                                             {"3", "tiga"},
                                                             {"4", "empat"}}));
  for (size_t i = 0; i < t.rows.size(); ++i) {
    EXPECT_EQ(t.rows[i].line, static_cast<int>(i + 1));
    EXPECT_EQ(t.rows[i].last_line, static_cast<int>(i + 1));
  }
  ASSERT_EQ(t.diagnostics.size(), 1u);
  EXPECT_EQ(t.diagnostics[0].code, "table_unterminated_quote");
  EXPECT_EQ(t.diagnostics[0].where, "t.csv:2");
  EXPECT_EQ(t.diagnostics[0].severity, Severity::kWarning);
  EXPECT_CONTAINS(t.diagnostics[0].message, "dibuka di baris 2");
}

TEST(ReadTableTextTest, QuoteRunningPastMaxCellLinesIsTakenAsLiteral) {
  // A quote on line 2 that closes only on line 6; with max_cell_lines 3 it is a stray quote.
  const std::string csv = "a,\"b\nc\nd\ne\nf\",g\nh\n";
  TableReadOptions o;
  o.max_cell_lines = 3;
  const Table t = MustRead(csv, o);
  int covered = 0;
  int expect_line = 1;
  for (const TableRow& r : t.rows) {
    EXPECT_EQ(r.line, expect_line);
    covered += r.last_line - r.line + 1;
    expect_line = r.last_line + 1;
  }
  EXPECT_EQ(covered, 6);  // every physical line in exactly one row
  ASSERT_FALSE(t.diagnostics.empty());
  EXPECT_EQ(t.diagnostics[0].where, "t.csv:1");
  // With the default limit it is one legitimate multi-line cell.
  const Table d = MustRead(csv);
  ASSERT_EQ(d.rows.size(), 2u);
  EXPECT_EQ(d.rows[0].cells[1].text, "b\nc\nd\ne\nf");
  EXPECT_EQ(d.rows[0].last_line, 5);
  EXPECT_TRUE(d.diagnostics.empty());
}

TEST(ReadTableTextTest, ManyStrayQuotesStayLinear) {
  // 200 stray quotes, each followed by 1000 lines without a quote: each quote runs past
  // max_cell_lines, is read as a literal, and the lines after it are rows again.
  std::string csv;
  for (int k = 0; k < 200; ++k) {
    csv += "q,\"buka\n";
    for (int i = 0; i < 1000; ++i) csv += "a,b\n";
  }
  const Table t = MustRead(csv);
  ASSERT_EQ(t.rows.size(), 200u * 1001u);
  for (size_t i = 0; i < t.rows.size(); ++i) {
    ASSERT_EQ(t.rows[i].line, static_cast<int>(i + 1));
    ASSERT_EQ(t.rows[i].last_line, static_cast<int>(i + 1));
  }
  EXPECT_EQ(t.rows[0].cells[1].text, "\"buka");
  EXPECT_EQ(t.rows[1001].cells[1].text, "\"buka");
  ASSERT_EQ(t.diagnostics.size(), 200u);
  EXPECT_EQ(t.diagnostics[1].where, "t.csv:1002");
  // Quotes that pair up across lines are legitimate multi-line cells, not strays.
  const Table p = MustRead("x,\"y\nx,\"y\n");
  ASSERT_EQ(p.rows.size(), 1u);
  EXPECT_EQ(p.rows[0].cells[1].text, "y\nx,y");
  EXPECT_EQ(p.rows[0].last_line, 2);
}

TEST(ReadTableTextTest, MillionRowsWithinTheLimitAndTheRowLimit) {
  std::string csv = "kode,nilai\n";
  for (int i = 0; i < 1000000; ++i) csv += "k,1\n";
  const Table t = MustRead(csv);
  EXPECT_EQ(t.rows.size(), 1000001u);
  EXPECT_EQ(t.rows.back().line, 1000001);
  TableReadOptions o;
  o.max_rows = 1000;
  absl::StatusOr<Table> small = ReadTable(csv, "besar.csv", o);
  ASSERT_FALSE(small.ok());
  EXPECT_EQ(small.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_EQ(Message(small.status()), "besar.csv: lebih dari 1000 baris (batas max_rows)");
}

TEST(ReadTableTextTest, CellAndCellCountLimits) {
  const std::string big = "a,\"" + std::string(2u << 20, 'x') + "\"\n";
  absl::StatusOr<Table> t = ReadTable(big, "sel.csv");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_EQ(Message(t.status()),
            "sel.csv:1: sel di kolom 2 lebih besar dari 1048576 byte (batas max_cell_bytes)");
  t = ReadTable("a," + std::string(2u << 20, 'y') + "\n", "sel.csv");
  ASSERT_FALSE(t.ok());
  EXPECT_CONTAINS(Message(t.status()), "max_cell_bytes");
  TableReadOptions o;
  o.max_cells = 5;
  t = ReadTable("a,b,c\nd,e,f\n", "sel.csv", o);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(Message(t.status()), "sel.csv:2: lebih dari 5 sel (batas max_cells)");
  // A line of a million delimiters keeps no cells (trailing empties are never stored).
  EXPECT_TRUE(ReadTable(std::string(1000000, ',') + "\n", "x", o).ok());
}

TEST(ReadTableTextTest, ExcelAndLibreOfficeShapesGiveTheSameCells) {
  ASSERT_TRUE(EnsureFixtures("csv"));
  const std::vector<std::vector<std::string>> expected = {
      {"No", "Kegiatan", "Keterangan"},
      {"1", "Sosialisasi \xE2\x80\x9CZI\xE2\x80\x9D", "caf\xC3\xA9"},
      {"2", "baris satu\nbaris dua", "a;b, c"},
      {"3", "kutip \"dalam\""}};
  struct Shape {
    const char* file;
    TextEncoding ask;
    TextEncoding used;
    char delim;
  };
  const Shape shapes[] = {
      {"excel_utf8_semicolon.csv", TextEncoding::kAuto, TextEncoding::kUtf8, ';'},
      {"excel_unicode.txt", TextEncoding::kAuto, TextEncoding::kUtf16, '\t'},
      {"excel_cp1252.csv", TextEncoding::kCp1252, TextEncoding::kCp1252, ';'},
      {"cr_only.csv", TextEncoding::kAuto, TextEncoding::kUtf8, ','},
      {"plain_lf.csv", TextEncoding::kAuto, TextEncoding::kUtf8, ','},
  };
  for (const Shape& s : shapes) {
    TableReadOptions o;
    o.encoding = s.ask;
    absl::StatusOr<Table> t = ReadTableFile(Fixture(s.file), o);
    ASSERT_TRUE(t.ok()) << s.file << ": " << t.status();
    EXPECT_EQ(Texts(*t), expected) << s.file;
    EXPECT_EQ(t->encoding, s.used) << s.file;
    EXPECT_EQ(t->delimiter, s.delim) << s.file;
    ASSERT_EQ(t->rows.size(), 4u);
    EXPECT_EQ(t->rows[2].line, 3) << s.file;
    EXPECT_EQ(t->rows[2].last_line, 4) << s.file;
    EXPECT_EQ(t->rows[3].line, 5) << s.file;
  }
  // The cp1252 file read as UTF-8 fails with the hint, on line 2 (the “ of “ZI”).
  absl::StatusOr<Table> wrong = ReadTableFile(Fixture("excel_cp1252.csv"));
  ASSERT_FALSE(wrong.ok());
  EXPECT_CONTAINS(Message(wrong.status()),
                  "excel_cp1252.csv:2: byte bukan UTF-8 (byte 0x93 di kolom 15)");

  if (!EnsureFixtures("libre")) GTEST_SKIP() << "LibreOffice (soffice) could not convert";
  absl::StatusOr<Table> lo = ReadTableFile(Fixture("libre.csv"));
  ASSERT_TRUE(lo.ok()) << lo.status();
  EXPECT_EQ(Texts(*lo), expected);
}

// ---- XLSX -------------------------------------------------------------------------------

TEST(ReadTableXlsxTest, OpenpyxlWorkbook) {
  ASSERT_TRUE(EnsureFixtures("xlsx"));
  absl::StatusOr<Table> t = ReadTableFile(Fixture("openpyxl.xlsx"));
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_TRUE(t->from_xlsx);
  EXPECT_EQ(t->sheet, "Rencana Aksi");
  ASSERT_EQ(t->rows.size(), 9u);
  for (size_t i = 0; i < t->rows.size(); ++i) EXPECT_EQ(t->rows[i].line, static_cast<int>(i + 1));
  const auto& r = t->rows;
  // A1:E1 merged: the value on A1 only, B1..E1 covered.
  EXPECT_EQ(r[0].cells[0].text, "RENCANA AKSI ZONA INTEGRITAS");
  EXPECT_FALSE(r[0].cells[0].merged);
  ASSERT_EQ(r[0].cells.size(), 5u);
  for (int c = 1; c < 5; ++c) {
    EXPECT_TRUE(r[0].cells[c].merged) << c;
    EXPECT_TRUE(r[0].cells[c].empty());
  }
  EXPECT_EQ(Texts(*t)[1],
            (std::vector<std::string>{"No", "Kegiatan", "Target Waktu", "Tanggal", "Nilai"}));
  // Row 3: number, multi-line text, date with a date style, decimal, bool
  EXPECT_EQ(r[2].cells[0].kind, CellKind::kNumber);
  EXPECT_EQ(r[2].cells[0].number, 1);
  EXPECT_EQ(r[2].cells[0].text, "1");
  EXPECT_EQ(r[2].cells[1].text, "Pembentukan tim\nkerja ZI");
  EXPECT_EQ(r[2].cells[3].kind, CellKind::kNumber);
  EXPECT_TRUE(r[2].cells[3].date_format);
  EXPECT_EQ(ExcelSerialToUnixDays(r[2].cells[3].number), Date::FromYmd(2026, 1, 31).days());
  EXPECT_FALSE(r[2].cells[4].date_format);
  EXPECT_EQ(r[2].cells[4].text, "12.5");
  EXPECT_EQ(r[2].cells[5].kind, CellKind::kBool);
  EXPECT_EQ(r[2].cells[5].text, "TRUE");
  EXPECT_EQ(r[3].cells[5].text, "FALSE");
  EXPECT_EQ(r[3].cells[5].number, 0);
  EXPECT_EQ(ExcelSerialToUnixDays(r[3].cells[3].number), Date::FromYmd(2026, 3, 31).days());
  EXPECT_EQ(r[3].cells[3].number, 46112.5);
  EXPECT_EQ(r[3].cells[4].text, "-3");
  // openpyxl writes a formula without a cached value
  EXPECT_EQ(r[4].cells[4].formula, "SUM(E3:E4)");
  EXPECT_EQ(r[4].cells[4].kind, CellKind::kEmpty);
  // B6:C7 merged
  EXPECT_EQ(r[5].cells[1].text, "gabung dua baris");
  EXPECT_TRUE(r[5].cells[2].merged);
  EXPECT_TRUE(r[6].cells[1].merged);
  EXPECT_TRUE(r[6].cells[2].merged);
  EXPECT_FALSE(r[6].cells[0].merged);
  EXPECT_TRUE(r[7].cells.empty());  // row 8: blank, kept
  EXPECT_EQ(r[8].cells[0].text, "0.1");
  EXPECT_EQ(r[8].cells[1].text, "123456789012");
  EXPECT_EQ(r[8].cells[2].text, "  spasi  ");
  EXPECT_EQ(t->Where(r[2], 3), "Rencana Aksi!D3");
  EXPECT_EQ(t->Where(r[8]), "Rencana Aksi!9");
}

TEST(ReadTableXlsxTest, SheetsByNameAndInOrder) {
  ASSERT_TRUE(EnsureFixtures("xlsx"));
  const std::string bytes = SlurpFile(Fixture("openpyxl.xlsx"));
  TableReadOptions o;
  o.sheet = "bukti";  // case-insensitive, as Excel
  absl::StatusOr<Table> t = ReadTable(bytes, "rencana.xlsx", o);
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(t->sheet, "Bukti");
  EXPECT_EQ(Texts(*t), (std::vector<std::vector<std::string>>{{"kedua"}, {"", "", "2"}}));
  EXPECT_EQ(t->Where(t->rows[1], 2), "Bukti!C2");
  o.sheet = "Lampiran";
  t = ReadTable(bytes, "rencana.xlsx", o);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(Message(t.status()),
            "rencana.xlsx: lembar 'Lampiran' tidak ada; lembar yang ada: "
            "'Rencana Aksi', 'Bukti', 'Kosong'");
  absl::StatusOr<std::vector<Table>> all = ReadXlsxWorkbook(bytes, "rencana.xlsx");
  ASSERT_TRUE(all.ok()) << all.status();
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[0].sheet, "Rencana Aksi");
  EXPECT_EQ((*all)[1].sheet, "Bukti");
  EXPECT_EQ((*all)[2].sheet, "Kosong");
  EXPECT_TRUE((*all)[2].rows.empty());
  EXPECT_FALSE(ReadXlsxWorkbook("a,b\n", "x.csv").ok());
}

TEST(ReadTableXlsxTest, LibreOfficeWorkbookSharedStringsAndCachedFormulas) {
  if (!EnsureFixtures("libre")) GTEST_SKIP() << "LibreOffice (soffice) could not convert";
  absl::StatusOr<Table> t = ReadTableFile(Fixture("libre.xlsx"));
  ASSERT_TRUE(t.ok()) << t.status();
  const auto& r = t->rows;
  ASSERT_EQ(r.size(), 9u);
  EXPECT_EQ(r[0].cells[0].text, "RENCANA AKSI ZONA INTEGRITAS");
  EXPECT_TRUE(r[0].cells[4].merged);
  EXPECT_EQ(r[2].cells[1].text, "Pembentukan tim\nkerja ZI");
  EXPECT_TRUE(r[2].cells[3].date_format);
  EXPECT_EQ(ExcelSerialToUnixDays(r[2].cells[3].number), Date::FromYmd(2026, 1, 31).days());
  EXPECT_TRUE(r[3].cells[3].date_format);
  EXPECT_EQ(r[4].cells[4].formula, "SUM(E3:E4)");
  EXPECT_EQ(r[4].cells[4].kind, CellKind::kNumber);
  EXPECT_EQ(r[4].cells[4].number, 9.5);  // the cached value Calc computed
  EXPECT_EQ(r[2].cells[5].kind, CellKind::kBool);
  EXPECT_TRUE(r[6].cells[2].merged);
  EXPECT_EQ(r[8].cells[2].text, "  spasi  ");
  // Calc escapes a literal "_x0041_" as "_x005F_x0041_"; it reads back literally.
  EXPECT_EQ(r[8].cells[3].text, "_x0041_ literal");
}

TEST(ReadTableXlsxTest, HostileWorkbooks) {
  ASSERT_TRUE(EnsureFixtures("xlsx"));
  const auto read = [](const std::string& name, const TableReadOptions& o = {}) {
    return ReadTable(SlurpFile(Fixture(name)), name, o);
  };
  absl::StatusOr<Table> t = ReadTable(std::string("PK\x03\x04 bukan zip", 13), "x.xlsx");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(Message(t.status()),
            "x.xlsx: bukan berkas XLSX yang utuh (arsip ZIP rusak atau terpotong)");
  t = read("truncated.xlsx");
  ASSERT_FALSE(t.ok());
  EXPECT_CONTAINS(Message(t.status()), "rusak atau terpotong");
  t = read("bomb.xlsx");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_CONTAINS(Message(t.status()), "(batas max_uncompressed_bytes)");
  t = read("bad_sst.xlsx");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(Message(t.status()),
            "bad_sst.xlsx: Sama!B2: indeks shared string 7 di luar "
            "jangkauan (ada 1 shared string)");
  t = read("missing_sheet_part.xlsx");
  ASSERT_FALSE(t.ok());
  EXPECT_CONTAINS(Message(t.status()), "lembar 'Sama' tidak ada di arsip");
  t = read("beyond_xfd.xlsx");
  ASSERT_FALSE(t.ok());
  EXPECT_CONTAINS(Message(t.status()), "di luar lembar");
  t = read("lying_size.xlsx");  // a central directory that understates the sheet's size
  ASSERT_FALSE(t.ok());
  EXPECT_CONTAINS(Message(t.status()), "rusak atau terpotong");
  t = read("doctype.xlsx");
  ASSERT_FALSE(t.ok());
  EXPECT_CONTAINS(Message(t.status()), "DTD");
  t = ReadTable("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "lama.xls");
  ASSERT_FALSE(t.ok());
  EXPECT_CONTAINS(Message(t.status()), ".xls");
  // The bomb's 1 GiB part is refused while inflating even if the limit would allow the
  // header's size: a lower limit stops the read at once.
  TableReadOptions o;
  o.max_uncompressed_bytes = 1000;  // styles.xml inflates to about 2.5 KB
  t = read("openpyxl-same.xlsx", o);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), absl::StatusCode::kResourceExhausted);
  o = {};
  o.max_rows = 3;
  t = read("openpyxl-same.xlsx", o);
  ASSERT_FALSE(t.ok());
  EXPECT_CONTAINS(Message(t.status()), "lebih dari 3 baris (batas max_rows)");
  o = {};
  o.max_cell_bytes = 8;
  t = read("openpyxl-same.xlsx", o);
  ASSERT_FALSE(t.ok());
  EXPECT_CONTAINS(Message(t.status()), "Sama!C1: sel lebih besar dari 8 byte");  // "Keterangan"
}

}  // namespace
}  // namespace zi
