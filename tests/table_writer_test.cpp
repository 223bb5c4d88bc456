// zi::WriteXlsx and zi::WriteCsv (docs/tables.md, "Writing"): what openpyxl reads back
// from our XLSX, what our own reader reads back from both, and the escaping rules.
#include "zi/io/table_writer.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <cstdio>
#include <string>
#include <vector>

#include "tables/fixtures.hpp"
#include "zi/io/table.hpp"

#define EXPECT_CONTAINS(text, part) \
  EXPECT_NE(std::string(text).find(part), std::string::npos) << (text)

namespace zi {
namespace {

namespace json = boost::json;

// The tricky texts every writer must keep as text, in one cell each.
const std::vector<std::string> kTricky = {"koma, dan; titik koma",
                                          "kutip \"ganda\"",
                                          "baris\nbaru",
                                          "cr\r\nlf",
                                          "=1+1",
                                          "+62 812",
                                          "-5",
                                          "@SUM(A1)",
                                          "  spasi tepi  ",
                                          "_x0041_ bukan A",
                                          "<b>&amp;</b>",
                                          "caf\xC3\xA9 \xE2\x80\x9CZI\xE2\x80\x9D"};

TableSheet SampleSheet() {
  TableSheet s;
  s.name = "Rekap 2026";
  s.title_lines = {"REKAP BUKTI DUKUNG", "per 31 Maret 2026"};
  s.columns = {{"Kode", 10, ColumnFormat::kText, false},
               {"Uraian", 40, ColumnFormat::kText, true},
               {"Jumlah", 12, ColumnFormat::kInteger, false},
               {"Nilai", 12, ColumnFormat::kDecimal2, false},
               {"Capaian", 10, ColumnFormat::kPercent1, false},
               {"Tanggal", 12, ColumnFormat::kDate, false},
               {"Jawaban", 10, ColumnFormat::kText, false}};
  s.rows.push_back({std::string("1.1"), std::string("Pembentukan tim"), int64_t{1234}, 1234.5,
                    0.125, Date::FromYmd(2026, 3, 31), std::string("Ya")});
  s.rows.push_back({std::string("1.2"), std::monostate{}, int64_t{-7}, TableFormula{"D4*2", 2469},
                    1.0, Date::FromYmd(1900, 3, 1), true});
  s.rows.push_back({std::string("1.3"), std::string("gabung")});
  s.rows.push_back({});
  s.merges = {{2, 1, 3, 2}};  // B6:C7 with two title lines and the header above
  s.choice_lists = {{6, {"Ya", "Tidak"}}};
  s.protect = true;
  s.unlocked_columns = {6};
  return s;
}

TableSheet TrickySheet() {
  TableSheet s;
  s.name = "Teks";
  s.columns = {{"No", 6}, {"Teks", 30}};
  for (size_t i = 0; i < kTricky.size(); ++i) {
    s.rows.push_back({static_cast<int64_t>(i + 1), kTricky[i]});
  }
  return s;
}

std::string TempPath(const std::string& suffix) {
  char tmpl[] = "/tmp/zi-writer-test-XXXXXX";
  const int fd = mkstemp(tmpl);
  close(fd);
  const std::string p = std::string(tmpl) + suffix;
  std::rename(tmpl, p.c_str());
  return p;
}

// What openpyxl reads from `bytes` (make_fixtures.py dump).
json::value OpenpyxlDump(const std::string& bytes) {
  const std::string path = TempPath(".xlsx");
  {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
  }
  const std::string json_path = path + ".json";
  const std::string cmd = std::string(ZI_PYTHON_FOR_TESTS) + " '" + testing::TablesScript() +
                          "' dump '" + path + "' > '" + json_path + "'";
  const int rc = std::system(cmd.c_str());
  const std::string text = testing::SlurpFile(json_path);
  std::remove(path.c_str());
  std::remove(json_path.c_str());
  EXPECT_EQ(rc, 0) << cmd;
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  EXPECT_FALSE(ec) << text;
  return v;
}

const json::object& Cell(const json::value& sheet, const char* ref) {
  static const json::object kNone;
  const json::object& cells = sheet.at("cells").as_object();
  auto it = cells.find(ref);
  EXPECT_NE(it, cells.end()) << ref;
  return it == cells.end() ? kNone : it->value().as_object();
}

TEST(WriteXlsxTest, OpenpyxlReadsValuesFormatsMergesAndLayout) {
  absl::StatusOr<std::string> x = WriteXlsx({SampleSheet(), TrickySheet()});
  ASSERT_TRUE(x.ok()) << x.status();
  EXPECT_EQ(x->substr(0, 2), "PK");
  const json::value d = OpenpyxlDump(*x);
  const json::array& sheets = d.at("sheets").as_array();
  ASSERT_EQ(sheets.size(), 2u);
  const json::value& s = sheets[0];
  EXPECT_EQ(s.at("name").as_string(), "Rekap 2026");
  EXPECT_EQ(s.at("freeze").as_string(), "A4");  // two title lines + the header frozen
  EXPECT_EQ(Cell(s, "A1").at("value").as_string(), "REKAP BUKTI DUKUNG");
  EXPECT_TRUE(Cell(s, "A1").at("bold").as_bool());
  EXPECT_EQ(Cell(s, "B3").at("value").as_string(), "Uraian");
  EXPECT_TRUE(Cell(s, "B3").at("bold").as_bool());
  EXPECT_EQ(Cell(s, "A4").at("value").as_string(), "1.1");
  EXPECT_EQ(Cell(s, "C4").at("value").as_int64(), 1234);
  EXPECT_EQ(Cell(s, "C4").at("format").as_string(), "#,##0");
  EXPECT_EQ(Cell(s, "D4").at("value").as_double(), 1234.5);
  EXPECT_EQ(Cell(s, "D4").at("format").as_string(), "#,##0.00");
  EXPECT_EQ(Cell(s, "E4").at("value").as_double(), 0.125);
  EXPECT_EQ(Cell(s, "E4").at("format").as_string(), "0.0%");
  EXPECT_EQ(Cell(s, "F4").at("value").as_string(), "2026-03-31");
  EXPECT_EQ(Cell(s, "F4").at("format").as_string(), "dd/mm/yyyy");
  EXPECT_EQ(Cell(s, "F5").at("value").as_string(), "1900-03-01");
  EXPECT_EQ(Cell(s, "D5").at("value").as_string(), "=D4*2");  // a formula, from TableFormula only
  EXPECT_EQ(Cell(s, "G5").at("value").as_bool(), true);
  EXPECT_TRUE(Cell(s, "B4").at("wrap").as_bool());
  // Protection: the sheet is protected, the answer column unlocked.
  EXPECT_TRUE(s.at("protected").as_bool());
  EXPECT_FALSE(Cell(s, "G4").at("locked").as_bool());
  EXPECT_TRUE(Cell(s, "A4").at("locked").as_bool());
  EXPECT_EQ(s.at("merges").as_array(), (json::array{"B6:C7"}));
  ASSERT_EQ(s.at("validations").as_array().size(), 1u);
  const json::value& dv = s.at("validations").as_array()[0];
  EXPECT_EQ(dv.at("type").as_string(), "list");
  EXPECT_EQ(dv.at("formula1").as_string(), "\"Ya,Tidak\"");
  EXPECT_EQ(dv.at("sqref").as_string(), "G4:G7");
  EXPECT_NEAR(s.at("widths").at("B").to_number<double>(), 40.7, 0.8);  // Excel adds padding
  // Every tricky text is a text cell, never a formula.
  const json::value& t = sheets[1];
  for (size_t i = 0; i < kTricky.size(); ++i) {
    const std::string ref = "B" + std::to_string(i + 2);
    // libxlsxwriter writes CR as the OOXML escape _x000D_, which Excel decodes and
    // openpyxl 3.0 leaves as it is.
    const std::string want = kTricky[i] == "cr\r\nlf" ? "cr_x000D_\nlf" : kTricky[i];
    EXPECT_EQ(Cell(t, ref.c_str()).at("value").as_string(), want) << ref;
  }
}

TEST(WriteXlsxTest, OurReaderReadsTheSameValues) {
  absl::StatusOr<std::string> x = WriteXlsx({SampleSheet(), TrickySheet()});
  ASSERT_TRUE(x.ok()) << x.status();
  absl::StatusOr<std::vector<Table>> all = ReadXlsxWorkbook(*x, "rekap.xlsx");
  ASSERT_TRUE(all.ok()) << all.status();
  ASSERT_EQ(all->size(), 2u);
  const Table& t = (*all)[0];
  // Rows up to the last one holding a value: row 7 holds only the merge B6:C7.
  ASSERT_EQ(t.rows.size(), 6u);
  EXPECT_EQ(t.rows[0].cells[0].text, "REKAP BUKTI DUKUNG");
  EXPECT_EQ(t.rows[2].cells[6].text, "Jawaban");
  const auto& r4 = t.rows[3].cells;
  EXPECT_EQ(r4[0].text, "1.1");
  EXPECT_EQ(r4[2].number, 1234);
  EXPECT_EQ(r4[3].number, 1234.5);
  EXPECT_EQ(r4[4].number, 0.125);
  EXPECT_TRUE(r4[5].date_format);
  EXPECT_EQ(ExcelSerialToUnixDays(r4[5].number), Date::FromYmd(2026, 3, 31).days());
  const auto& r5 = t.rows[4].cells;
  EXPECT_TRUE(r5[1].empty());
  EXPECT_EQ(r5[2].number, -7);
  EXPECT_EQ(r5[3].formula, "D4*2");
  EXPECT_EQ(r5[3].number, 2469);
  EXPECT_EQ(r5[6].kind, CellKind::kBool);
  EXPECT_EQ(t.rows[5].cells[1].text, "gabung");
  EXPECT_TRUE(t.rows[5].cells[2].merged);
  const Table& tricky = (*all)[1];
  for (size_t i = 0; i < kTricky.size(); ++i) {
    const TableCell& c = tricky.rows[i + 1].cells[1];
    EXPECT_EQ(c.kind, CellKind::kText) << i;
    EXPECT_TRUE(c.formula.empty()) << i;
    // Cell texts keep line breaks as "\n" (docs/tables.md).
    EXPECT_EQ(c.text, kTricky[i] == "cr\r\nlf" ? "cr\nlf" : kTricky[i]) << i;
  }
}

TEST(WriteXlsxTest, RefusesBadSheetsAndValues) {
  const auto fails = [](std::vector<TableSheet> sheets, const std::string& part) {
    absl::StatusOr<std::string> x = WriteXlsx(sheets);
    ASSERT_FALSE(x.ok());
    EXPECT_EQ(x.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_CONTAINS(x.status().message(), part);
  };
  TableSheet s = TrickySheet();
  fails({}, "tanpa lembar");
  for (const char* bad : {"a/b", "a[1]", "x:y", "a*", "tanya?", "back\\slash", "'kutip'", ""}) {
    s.name = bad;
    fails({s}, "nama lembar");
  }
  s.name = std::string(32, 'a');
  fails({s}, "1 sampai 31");
  s.name = std::string(31, 'a');
  EXPECT_TRUE(WriteXlsx({s}).ok());
  TableSheet a = TrickySheet(), b = TrickySheet();
  b.name = "TEKS";
  fails({a, b}, "dipakai dua kali");
  TableSheet wide = TrickySheet();
  wide.rows.push_back({std::string("a"), std::string("b"), std::string("c")});
  fails({wide}, "3 nilai untuk 2 kolom");
  TableSheet nan = TrickySheet();
  nan.rows.push_back({std::nan(""), std::string("x")});
  fails({nan}, "Teks!A14");
  TableSheet utf = TrickySheet();
  utf.rows.push_back({int64_t{1}, std::string("caf\xE9")});
  fails({utf}, "bukan UTF-8");
  TableSheet overlap = TrickySheet();
  overlap.merges = {{0, 0, 1, 1}, {1, 1, 2, 1}};
  fails({overlap}, "bertumpang tindih");
  TableSheet comma = TrickySheet();
  comma.choice_lists = {{1, {"Ya, tentu", "Tidak"}}};
  fails({comma}, "memuat koma");
}

TEST(WriteXlsxTest, WritesAFile) {
  const std::string path = TempPath(".xlsx");
  ASSERT_TRUE(WriteXlsxFile(path, {TrickySheet()}).ok());
  absl::StatusOr<Table> t = ReadTableFile(path);
  std::remove(path.c_str());
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(t->rows[1].cells[1].text, kTricky[0]);
  EXPECT_FALSE(WriteXlsxFile("/nonexistent-dir/x.xlsx", {TrickySheet()}).ok());
}

// Found by fuzz_table_text: a first cell starting with a ZIP signature made the written CSV
// read back as a (broken) XLSX. The writer quotes it, and the reader takes only a real
// archive for one.
TEST(WriteCsvTest, AFirstCellThatLooksLikeAZipStaysText) {
  TableSheet s;
  s.name = "x";
  s.columns = {{"A"}, {"B"}};
  s.rows = {{std::string("PK\x05\x06\xC3\xA9"), std::string("af")}, {std::string("af")}};
  CsvWriteOptions o;
  o.delimiter = '\t';
  o.header = false;
  const std::string csv = WriteCsv(s, o);
  EXPECT_EQ(csv.substr(0, 3), "\"PK");
  TableReadOptions r;
  r.delimiter = '\t';
  absl::StatusOr<Table> back = ReadTable(csv, "back.csv", r);
  ASSERT_TRUE(back.ok()) << back.status();
  ASSERT_EQ(back->rows.size(), 2u);
  EXPECT_EQ(back->rows[0].cells[0].text, "PK\x05\x06\xC3\xA9");
  EXPECT_FALSE(back->from_xlsx);
  // Unquoted, such text is still text: only a whole 22-byte end record is an empty archive.
  absl::StatusOr<Table> plain = ReadTable(std::string("PK\x05\x06 teks\tlain\n"), "p.csv", r);
  ASSERT_TRUE(plain.ok()) << plain.status();
  EXPECT_FALSE(plain->from_xlsx);
}

TEST(WriteCsvTest, ExactBytesWithQuotingAndTheFormulaGuard) {
  TableSheet s;
  s.name = "x";
  s.title_lines = {"JUDUL"};
  s.columns = {{"Kode"}, {"Teks"}, {"Nilai"}};
  s.rows = {{std::string("1"), std::string("a,b"), 1.5},
            {std::string("=2+2"), std::string("kata \"kutip\""), int64_t{-3}},
            {std::string(" tepi"), std::string("baris\nbaru"), Date::FromYmd(2026, 1, 2)},
            {std::string("-5"), true, TableFormula{"A1", 7}},
            {std::monostate{}}};
  EXPECT_EQ(WriteCsv(s),
            "Kode,Teks,Nilai\r\n"
            "1,\"a,b\",1.5\r\n"
            "'=2+2,\"kata \"\"kutip\"\"\",-3\r\n"
            "\" tepi\",\"baris\nbaru\",2026-01-02\r\n"
            "'-5,TRUE,7\r\n"
            ",,\r\n");
  CsvWriteOptions o;
  o.delimiter = ';';
  o.bom = true;
  o.crlf = false;
  o.header = false;
  o.title_lines = true;
  EXPECT_EQ(WriteCsv(s, o),
            "\xEF\xBB\xBF"
            "JUDUL\n"
            "1;a,b;1.5\n"
            "'=2+2;\"kata \"\"kutip\"\"\";-3\n"
            "\" tepi\";\"baris\nbaru\";2026-01-02\n"
            "'-5;TRUE;7\n"
            ";;\n");
}

TEST(WriteCsvTest, LeadingZeroWidthNoBreakSpaceIsNotTakenForABom) {
  TableSheet s;
  s.name = "x";
  s.columns = {{"a"}};
  s.rows = {{std::string("\xEF\xBB\xBFteks")}};
  CsvWriteOptions o;
  o.header = false;
  const std::string csv = WriteCsv(s, o);
  EXPECT_EQ(csv, "\"\xEF\xBB\xBFteks\"\r\n");
  absl::StatusOr<Table> t = ReadTable(csv, "x.csv");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(t->rows[0].cells[0].text, "\xEF\xBB\xBFteks");
}

TEST(WriteCsvTest, ReadTableReadsBackEveryText) {
  for (char delim : {',', ';', '\t'}) {
    CsvWriteOptions o;
    o.delimiter = delim;
    o.bom = delim == ';';
    const std::string csv = WriteCsv(TrickySheet(), o);
    absl::StatusOr<Table> t = ReadTable(csv, "tricky.csv");
    ASSERT_TRUE(t.ok()) << t.status();
    EXPECT_EQ(t->delimiter, delim);
    ASSERT_EQ(t->rows.size(), kTricky.size() + 1);
    EXPECT_TRUE(t->diagnostics.empty());
    for (size_t i = 0; i < kTricky.size(); ++i) {
      std::string want = kTricky[i] == "cr\r\nlf" ? "cr\nlf" : kTricky[i];
      if (want[0] == '=' || want[0] == '+' || want[0] == '-' || want[0] == '@') want = "'" + want;
      ASSERT_GE(t->rows[i + 1].cells.size(), 2u);
      EXPECT_EQ(t->rows[i + 1].cells[1].text, want) << i;
      EXPECT_EQ(t->rows[i + 1].cells[0].text, std::to_string(i + 1));
    }
  }
}

}  // namespace
}  // namespace zi
