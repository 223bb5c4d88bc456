// The LKE workbook (docs/lke-workbook.md): the layout of sheet `LKE ZI`, the writer's
// formulas and cached values against ScoreLke, the round trip, the defects, and bad
// workbooks (built with zi::WriteXlsx, a second writer) reported by cell. The workbook made
// by openpyxl and recalculated by LibreOffice is tested from Python
// (bindings/python/tests/test_lke_workbook.py).
#include "zi/io/lke_workbook.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "test_util.hpp"
#include "zi/io/table.hpp"
#include "zi/io/table_writer.hpp"
#include "zi/lke/score.hpp"

namespace zi {
namespace {

using testing::lke::Default;
using testing::lke::WorkedExample;
using Kind = LkeWorkbookRowKind;

LkeWorkbookLayout Layout() {
  absl::StatusOr<LkeWorkbookLayout> l = DefaultLkeWorkbookLayout(Default());
  EXPECT_TRUE(l.ok()) << l.status();
  return *l;
}

int RowOf(const LkeWorkbookLayout& l, Kind kind, std::string_view id) {
  const LkeWorkbookRow* r = l.FindById(kind, id);
  return r ? r->row : -1;
}

const LkeWorkbookValue* Value(const std::vector<LkeWorkbookValue>& vs, std::string_view cell) {
  for (const LkeWorkbookValue& v : vs) {
    if (v.cell == cell) return &v;
  }
  return nullptr;
}

const Diagnostic* FindingAt(const std::vector<Diagnostic>& fs, std::string_view code,
                            std::string_view where) {
  for (const Diagnostic& d : fs) {
    if (d.code == code && d.where == where) return &d;
  }
  return nullptr;
}

// The cells interchange notes name (the circulated workbook's rows).
TEST(LkeWorkbookLayoutTest, RowsOfTheCirculatedWorkbook) {
  const LkeWorkbookLayout l = Layout();
  EXPECT_EQ(l.sheet, "LKE ZI");
  EXPECT_EQ(l.sheets, (std::vector<std::string>{"Utama", "Ctt Eval", "LKE ZI"}));
  EXPECT_EQ(l.header_row, 2);
  EXPECT_EQ(RowOf(l, Kind::kPengungkit, ""), 4);
  EXPECT_EQ(RowOf(l, Kind::kSubarea, "P.MP.i"), 7);
  EXPECT_EQ(RowOf(l, Kind::kQuestion, "P.MP.i.a"), 8);  // J8, the first defect
  // Ratio items: counts under their "%" row.
  EXPECT_EQ(RowOf(l, Kind::kRatio, "R.MP.i.r1"), 128);
  EXPECT_EQ(RowOf(l, Kind::kQuestion, "R.MP.i.a"), 129);
  EXPECT_EQ(RowOf(l, Kind::kQuestion, "R.MP.i.b"), 130);
  EXPECT_EQ(RowOf(l, Kind::kQuestion, "R.MP.i.c"), 132);
  EXPECT_EQ(RowOf(l, Kind::kQuestion, "R.MP.i.d"), 133);
  EXPECT_EQ(RowOf(l, Kind::kQuestion, "R.SDM.iii.a"), 155);
  EXPECT_EQ(RowOf(l, Kind::kQuestion, "R.SDM.iii.b"), 156);
  EXPECT_EQ(RowOf(l, Kind::kQuestion, "R.SDM.iii.c"), 157);
  EXPECT_EQ(RowOf(l, Kind::kQuestion, "R.AK.i.a"), 161);
  EXPECT_EQ(RowOf(l, Kind::kQuestion, "R.AK.i.b"), 162);
  EXPECT_EQ(RowOf(l, Kind::kQuestion, "R.PW.i.a"), 169);  // locked in the circulated form
  EXPECT_EQ(RowOf(l, Kind::kQuestion, "R.PW.ii.a"), 172);
  EXPECT_EQ(RowOf(l, Kind::kQuestion, "R.PW.ii.b"), 173);
  EXPECT_EQ(RowOf(l, Kind::kQuestion, "R.PW.ii.c"), 174);
  EXPECT_EQ(RowOf(l, Kind::kParent, "R.PW.iii"), 175);  // L175, the second defect
  EXPECT_EQ(RowOf(l, Kind::kSubarea, "R.PW.iii.a"), 176);
  EXPECT_EQ(RowOf(l, Kind::kQuestion, "R.PW.iii.a.a"), 179);
  EXPECT_EQ(RowOf(l, Kind::kQuestion, "R.PW.iii.a.c"), 181);
  EXPECT_EQ(RowOf(l, Kind::kQuestion, "R.PW.iii.a.d"), 182);
  EXPECT_EQ(RowOf(l, Kind::kSubarea, "R.PW.iii.b"), 183);
  EXPECT_EQ(RowOf(l, Kind::kQuestion, "R.PW.iii.b.a"), 186);
  EXPECT_EQ(RowOf(l, Kind::kQuestion, "R.PW.iii.b.d"), 189);
  EXPECT_EQ(RowOf(l, Kind::kQuestion, "R.PP.i.b"), 194);
  EXPECT_EQ(RowOf(l, Kind::kQuestion, "R.PP.i.c"), 195);
  EXPECT_EQ(RowOf(l, Kind::kPengungkitTotal, ""), 198);
  EXPECT_EQ(RowOf(l, Kind::kHasil, ""), 200);
  EXPECT_EQ(RowOf(l, Kind::kHasilItem, "H.IPAK"), 202);
  EXPECT_EQ(RowOf(l, Kind::kHasilItem, "H.CAPAIAN"), 203);
  EXPECT_EQ(RowOf(l, Kind::kHasilItem, "H.IPKP"), 205);
  EXPECT_EQ(RowOf(l, Kind::kHasilTotal, ""), 206);
  EXPECT_EQ(RowOf(l, Kind::kTotal, ""), 208);
  ASSERT_NE(l.FindRow(178), nullptr);
  EXPECT_EQ(l.FindRow(178)->kind, Kind::kCountSum);  // K178 sums the LHKPN parts
  ASSERT_NE(l.FindRow(185), nullptr);
  EXPECT_EQ(l.FindRow(185)->kind, Kind::kCountTotal);  // K185 is typed
  EXPECT_EQ(l.FindRow(124), nullptr);
  ASSERT_EQ(l.defects.size(), 2u);
  EXPECT_EQ(l.defects[0].cell, "J8");
  EXPECT_EQ(l.defects[0].circulated, "Ya");
  EXPECT_EQ(l.defects[1].cell, "L175");
  EXPECT_EQ(l.defects[1].circulated, "=AVERAGE(L176:L179)*2");
  EXPECT_EQ(l.locked_answers, (std::vector<std::string>{"K169", "K185"}));
}

TEST(LkeWorkbookLayoutTest, RefusesALayoutThatMissesARubricNode) {
  const Rubric rubric = Default();
  std::string text =
      testing::ReadFile(std::string(ZI_SOURCE_DIR) + "/data/lke/workbook-90-2021.json");
  const std::string row = "{\"row\": 9, \"kind\": \"question\", \"id\": \"P.MP.i.b\"},";
  const size_t at = text.find(row);
  ASSERT_NE(at, std::string::npos);
  absl::StatusOr<LkeWorkbookLayout> l =
      ReadLkeWorkbookLayoutJson(std::string(text).erase(at, row.size()), rubric, "layout.json");
  ASSERT_FALSE(l.ok());
  EXPECT_NE(l.status().message().find("tidak ada baris untuk pertanyaan 'P.MP.i.b'"), std::string::npos)
      << l.status();

  std::string other = text;
  other.replace(other.find("\"rubric\": \"permenpanrb-90-2021\""), 31, "\"rubric\": \"lain\"");
  l = ReadLkeWorkbookLayoutJson(other, rubric, "layout.json");
  ASSERT_FALSE(l.ok());
  EXPECT_NE(l.status().message().find("untuk rubrik 'lain'"), std::string::npos) << l.status();

  std::string twice = text;
  twice.replace(twice.find(row), row.size(),
                "{\"row\": 9, \"kind\": \"question\", \"id\": \"P.MP.i.a\"},");
  l = ReadLkeWorkbookLayoutJson(twice, rubric, "layout.json");
  ASSERT_FALSE(l.ok());
  EXPECT_NE(l.status().message().find("baris kedua untuk question 'P.MP.i.a'"), std::string::npos)
      << l.status();
}

// With the defects corrected, every sub-area and total the workbook computes is ScoreLke's.
TEST(LkeWorkbookWriteTest, CorrectedWorkbookComputesLibzisScores) {
  const Rubric rubric = Default();
  const LkeWorkbookLayout l = Layout();
  LkeWorkbookWriteOptions o;
  o.correct_defects = true;
  absl::StatusOr<LkeWorkbookExport> x = WriteLkeWorkbook(WorkedExample(), rubric, l, o);
  ASSERT_TRUE(x.ok()) << x.status();
  EXPECT_EQ(x->bytes.substr(0, 2), "PK");
  // 25 pemenuhan + 18 reform sub-areas (R.PW.iii's parts included), R.PW.iii, 12 area
  // rows, 2 halves, pengungkit twice, hasil twice, 2 groups, 3 items, the total.
  EXPECT_EQ(x->values.size(), 25u + 18u + 1u + 12u + 2u + 2u + 2u + 2u + 3u + 1u);
  for (const LkeWorkbookValue& v : x->values) {
    EXPECT_FALSE(v.differs) << v.cell << " " << v.id;
    ASSERT_TRUE(v.workbook.has_value()) << v.cell;
  }
  EXPECT_NEAR(Value(x->values, "L208")->libzi, 79.115, 1e-9);     // docs/lke.md, worked example
  EXPECT_NEAR(*Value(x->values, "L6")->workbook, 3.06375, 1e-9);  // MP pemenuhan
  EXPECT_NEAR(*Value(x->values, "L7")->workbook, 0.375, 1e-12);   // P.MP.i: (1 + 0.5) / 2 × 0.5
  EXPECT_NEAR(*Value(x->values, "L4")->workbook, 44.43375, 1e-9);
  EXPECT_EQ(FindingAt(x->findings, "lke_workbook_defect", "LKE ZI!J8")->severity, Severity::kInfo);
  for (const Diagnostic& d : x->findings) EXPECT_NE(d.severity, Severity::kWarning) << d.message;
}

// As circulated: J8 `Ya` leaves P.MP.i.a unscored; L175 doubles LHKPN and drops LHKASN.
TEST(LkeWorkbookWriteTest, CirculatedDefectsAreWrittenAndTheirEffectReported) {
  const Rubric rubric = Default();
  LkeAnswerSet a = WorkedExample();
  a.Set("R.PW.iii.b.d", LkeAnswer::Number(4));  // LHKASN 4 of 8 reported: 0.5
  absl::StatusOr<LkeWorkbookExport> x = WriteLkeWorkbook(a, rubric, Layout());
  ASSERT_TRUE(x.ok()) << x.status();
  const Diagnostic* j8 = FindingAt(x->findings, "lke_workbook_defect", "LKE ZI!J8");
  ASSERT_NE(j8, nullptr);
  EXPECT_EQ(j8->severity, Severity::kWarning);
  EXPECT_NE(j8->message.find("--correct-defects"), std::string::npos);
  // P.MP.i: only b (B = 0.5) is averaged: 0.5 × 0.5 = 0.25 instead of 0.375.
  EXPECT_NEAR(*Value(x->values, "L7")->workbook, 0.25, 1e-12);
  EXPECT_NEAR(Value(x->values, "L7")->libzi, 0.375, 1e-12);
  const Diagnostic* l7 = FindingAt(x->findings, "lke_workbook_value_differs", "LKE ZI!L7");
  ASSERT_NE(l7, nullptr);
  EXPECT_NE(l7->message.find("lembar kerja 0,25, libzi 0,375"), std::string::npos) << l7->message;
  EXPECT_NE(l7->message.find("kolom J"), std::string::npos) << l7->message;
  // R.PW.iii: AVERAGE(L176:L179)*2 = 2 × LHKPN (1) = 2; libzi 1 + 0.5 = 1.5.
  EXPECT_NEAR(*Value(x->values, "L175")->workbook, 2.0, 1e-12);
  EXPECT_NEAR(Value(x->values, "L175")->libzi, 1.5, 1e-12);
  EXPECT_NE(FindingAt(x->findings, "lke_workbook_value_differs", "LKE ZI!L175"), nullptr);
  // The sub-areas other than P.MP.i agree; the totals carry both differences.
  EXPECT_FALSE(Value(x->values, "L10")->differs);
  EXPECT_NEAR(*Value(x->values, "L208")->workbook - Value(x->values, "L208")->libzi, -0.125 + 0.5,
              1e-9);
}

// Blank answers are skipped by AVERAGE; 0/0 gives #DIV/0!: libzi's rules stand, reported.
TEST(LkeWorkbookWriteTest, BlankAnswersAndZeroDenominatorsAreReported) {
  const Rubric rubric = Default();
  LkeAnswerSet a = WorkedExample();
  a.Clear("P.MP.ii.c");
  a.Set("R.AK.i.a", LkeAnswer::Number(0));
  a.Set("R.AK.i.b", LkeAnswer::Number(0));
  a.Set("R.SDM.iii.a", LkeAnswer::Number(0));  // discipline 0 → 0: 1 in both
  a.Set("R.SDM.iii.b", LkeAnswer::Number(0));
  LkeWorkbookWriteOptions o;
  o.correct_defects = true;
  absl::StatusOr<LkeWorkbookExport> x = WriteLkeWorkbook(a, rubric, Layout(), o);
  ASSERT_TRUE(x.ok()) << x.status();
  // P.MP.ii: AVERAGE(Ya, A) = 1 against libzi's (1 + 1 + 0) / 3.
  const LkeWorkbookValue* mp_ii = Value(x->values, "L10");
  EXPECT_NEAR(*mp_ii->workbook, 1.0, 1e-12);
  EXPECT_NEAR(mp_ii->libzi, 2.0 / 3.0, 1e-12);
  const Diagnostic* d = FindingAt(x->findings, "lke_workbook_value_differs", "LKE ZI!L10");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->message.find("kosong"), std::string::npos) << d->message;
  // R.AK.i: 0/0 is #DIV/0! in the sheet, 1 × 2 = 2 for libzi (zero_over_zero_is_one).
  const LkeWorkbookValue* ak = Value(x->values, "L159");
  EXPECT_FALSE(ak->workbook.has_value());
  EXPECT_EQ(ak->error, "#DIV/0!");
  EXPECT_NEAR(ak->libzi, 2.0, 1e-12);
  EXPECT_TRUE(ak->differs);
  d = FindingAt(x->findings, "lke_workbook_value_differs", "LKE ZI!L159");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->message.find("#DIV/0!"), std::string::npos) << d->message;
  EXPECT_EQ(Value(x->values, "L208")->error, "#DIV/0!");  // it spreads to the total
  EXPECT_FALSE(Value(x->values, "L153")->differs);        // R.SDM.iii: 0 → 0 is 1 in both
}

// libzi's export read back by libzi gives the same answer set.
TEST(LkeWorkbookReadTest, RoundTrip) {
  const Rubric rubric = Default();
  const LkeWorkbookLayout l = Layout();
  LkeAnswerSet a = WorkedExample();
  a.prior_wbk = true;
  a.answers["P.MP.i.a"].note = "SK Tim ZI Nomor 12/2026";
  a.answers["P.MP.i.a"].evidence = "SK Tim ZI\nhttps://drive.example/sk-tim";
  a.answers["P.MP.i.b"].evidence = "https://drive.example/seleksi";
  a.answers["R.MP.i.a"].note = "daftar agen \"perubahan\"; =SUM(A1)";  // never a formula
  a.answers["H.IPAK"].evidence = "Laporan survei IPAK 2026";
  a.answers["P.MP.ii.a"].evidence = "Rencana kerja\n\nhalaman 3";  // P "Rencana kerja", Q "\nhalaman 3"
  a.answers["P.MP.ii.b"].evidence = "\nhanya tautan";                 // all in Q
  a.answers["P.MP.ii.c"].note = "  dua spasi di depan";              // kept as written
  for (bool corrected : {false, true}) {
    LkeWorkbookWriteOptions o;
    o.correct_defects = corrected;
    absl::StatusOr<LkeWorkbookExport> x = WriteLkeWorkbook(a, rubric, l, o);
    ASSERT_TRUE(x.ok()) << x.status();
    absl::StatusOr<LkeWorkbookImport> back =
        ReadLkeWorkbook(x->bytes, rubric, l, {"lke.xlsx", "", {}, {}});
    ASSERT_TRUE(back.ok()) << back.status();
    EXPECT_FALSE(HasErrors(back->findings));
    EXPECT_EQ(back->answers, a) << "corrected=" << corrected;
    // The cached values read back are the ones the writer computed.
    ASSERT_EQ(back->values.size(), x->values.size());
    for (size_t i = 0; i < x->values.size(); ++i) {
      EXPECT_EQ(back->values[i].cell, x->values[i].cell);
      EXPECT_EQ(back->values[i].differs, x->values[i].differs) << x->values[i].cell;
    }
    EXPECT_EQ(FindingAt(back->findings, "lke_workbook_defect", "LKE ZI!J8") != nullptr, !corrected);
    EXPECT_EQ(FindingAt(back->findings, "lke_workbook_defect", "LKE ZI!L175") != nullptr,
              !corrected);
  }
}

// ---- bad workbooks, written with zi::WriteXlsx -------------------------------------------

// A sheet whose row r (1-based) is rows[r - 2] (row 1 holds WriteXlsx's header).
struct SheetBuilder {
  std::vector<std::vector<TableValue>> rows = std::vector<std::vector<TableValue>>(207);
  void Set(const std::string& col, int row, TableValue v) {
    auto& r = rows[static_cast<size_t>(row - 2)];
    const int c = col[0] - 'A';
    if (r.size() <= static_cast<size_t>(c)) r.resize(static_cast<size_t>(c) + 1);
    r[static_cast<size_t>(c)] = std::move(v);
  }
  std::string Xlsx(const std::string& name) const {
    TableSheet s;
    s.name = name;
    for (char c = 'A'; c <= 'Q'; ++c)
      s.columns.push_back({std::string(1, c), 10, ColumnFormat::kText, false});
    s.rows = rows;
    absl::StatusOr<std::string> b = WriteXlsx({s});
    EXPECT_TRUE(b.ok()) << b.status();
    return b.ok() ? *b : "";
  }
};

TEST(LkeWorkbookReadTest, BadCellsAreReportedByCell) {
  const Rubric rubric = Default();
  const LkeWorkbookLayout l = Layout();
  const auto text = [&](std::string_view id) { return rubric.FindQuestion(id)->question->text; };
  SheetBuilder b;
  b.Set("G", 8, text("P.MP.i.a"));
  b.Set("J", 8, std::string("Ya/Tidak"));
  b.Set("K", 8, std::string("F"));  // not an option
  b.Set("G", 9, text("P.MP.i.b"));
  b.Set("K", 9, std::string(" b "));  // accepted: case and spaces do not matter
  b.Set("G", 129, text("R.MP.i.a"));
  b.Set("K", 129, std::string("dua belas"));  // text in a number cell
  b.Set("K", 130, TableFormula{"4+4", 8});    // a formula in an answer cell: its cached value
  b.Set("K", 132, std::string("8"));          // a number as text
  b.Set("K", 202, 5.5);                       // IPAK above 4
  b.Set("G", 11, std::string("Teks lain"));   // not P.MP.ii.a's text
  b.Set("K", 186, 2.0);
  b.Set("K", 187, 3.0);
  b.Set("K", 188, 3.0);
  b.Set("K", 185, 9.0);  // typed total ≠ 8
  absl::StatusOr<LkeWorkbookImport> r =
      ReadLkeWorkbook(b.Xlsx("LKE ZI"), rubric, l, {"bad.xlsx", "", {}, {}});
  ASSERT_TRUE(r.ok()) << r.status();
  const auto severity = [&](std::string_view code, std::string_view where) {
    const Diagnostic* d = FindingAt(r->findings, code, where);
    EXPECT_NE(d, nullptr) << code << " at " << where;
    return d ? d->severity : Severity::kInfo;
  };
  EXPECT_EQ(severity("lke_workbook_bad_option", "LKE ZI!K8"), Severity::kError);
  EXPECT_NE(FindingAt(r->findings, "lke_workbook_bad_option", "LKE ZI!K8")
                ->message.find("'F' bukan pilihan P.MP.i.a (Ya, Tidak)"),
            std::string::npos)
      << FindingAt(r->findings, "lke_workbook_bad_option", "LKE ZI!K8")->message;
  EXPECT_EQ(severity("lke_workbook_not_a_number", "LKE ZI!K129"), Severity::kError);
  EXPECT_EQ(severity("lke_workbook_out_of_range", "LKE ZI!K202"), Severity::kError);
  EXPECT_EQ(severity("lke_workbook_formula_answer", "LKE ZI!K130"), Severity::kWarning);
  EXPECT_EQ(severity("lke_workbook_number_as_text", "LKE ZI!K132"), Severity::kWarning);
  EXPECT_EQ(severity("lke_workbook_unanswered", "LKE ZI!K12"), Severity::kWarning);  // P.MP.ii.b
  EXPECT_EQ(severity("lke_workbook_text_mismatch", "LKE ZI!G11"), Severity::kWarning);
  EXPECT_EQ(severity("lke_workbook_total_differs", "LKE ZI!K185"), Severity::kWarning);
  EXPECT_TRUE(HasErrors(r->findings));
  EXPECT_EQ(*r->answers.Find("P.MP.i.b"), LkeAnswer::Choice("B"));
  EXPECT_EQ(*r->answers.Find("R.MP.i.b"), LkeAnswer::Number(8));
  EXPECT_EQ(*r->answers.Find("R.MP.i.c"), LkeAnswer::Number(8));
  EXPECT_EQ(r->answers.Find("P.MP.i.a"), nullptr);
  EXPECT_EQ(r->answers.Find("R.MP.i.a"), nullptr);
  EXPECT_EQ(r->answers.Find("H.IPAK"), nullptr);
  EXPECT_TRUE(r->values.empty());  // not compared while a cell is wrong
}

TEST(LkeWorkbookReadTest, NotAWorkbookOrNoSheet) {
  const Rubric rubric = Default();
  const LkeWorkbookLayout l = Layout();
  absl::StatusOr<LkeWorkbookImport> r =
      ReadLkeWorkbook("bukan xlsx", rubric, l, {"x.xlsx", "", {}, {}});
  EXPECT_FALSE(r.ok());
  SheetBuilder b;
  r = ReadLkeWorkbook(b.Xlsx("Sheet1"), rubric, l, {"x.xlsx", "", {}, {}});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("lembar 'LKE ZI' tidak ada"), std::string::npos)
      << r.status();
  EXPECT_NE(r.status().message().find("'Sheet1'"), std::string::npos) << r.status();
}

}  // namespace
}  // namespace zi
