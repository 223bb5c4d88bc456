#include "zi/io/plan_table.hpp"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <variant>
#include <vector>

#include "plan_io_test_util.hpp"
#include "zi/defaults.hpp"
#include "zi/io/decree_import.hpp"
#include "zi/io/table.hpp"
#include "zi/plan/plan_diff.hpp"

namespace zi {
namespace {

using Strings = std::vector<std::string>;

// A row's cells as text ("" for an empty cell).
Strings Texts(const std::vector<TableValue>& row) {
  Strings out;
  for (const TableValue& v : row) {
    if (const auto* s = std::get_if<std::string>(&v)) {
      out.push_back(*s);
    } else {
      EXPECT_TRUE(std::holds_alternative<std::monostate>(v)) << "a non-text cell";
      out.emplace_back();
    }
  }
  return out;
}

// Merges as {first_row, first_column, last_row, last_column}.
std::vector<std::array<int, 4>> Merges(const TableSheet& s) {
  std::vector<std::array<int, 4>> out;
  for (const TableMerge& m : s.merges) {
    out.push_back({m.first_row, m.first_column, m.last_row, m.last_column});
  }
  return out;
}

TEST(PlanTableTest, ColumnsHeadingAndNumberRow) {
  const TableSheet s = PlanTableSheet(Plan(testing::SmallPlanData()));
  EXPECT_EQ(s.name, "Rencana Aksi");
  Strings titles;
  for (const TableColumn& c : s.columns) titles.push_back(c.title);
  EXPECT_EQ(titles,
            (Strings{"NO", "KOMPONEN PENGUNGKIT", "ASPEK PEMENUHAN", "KEGIATAN/AKSI", "INDIKATOR",
                     "BUKTI FISIK", "TARGET WAKTU PELAKSANAAN", "TARGET CAPAIAN"}));
  EXPECT_EQ(s.title_lines, (Strings{"Rencana Aksi Zona Integritas Tahun 2026", "LAMPIRAN",
                                    "KEPUTUSAN KPU PROVINSI SULAWESI TENGAH", "NOMOR 6 TAHUN 2026",
                                    "Ditetapkan di Palu", "pada tanggal 20 Januari 2026",
                                    "Ketua KPU Provinsi Sulawesi Tengah,", "Darmiati",
                                    "TENTANG RENCANA AKSI ZONA INTEGRITAS TAHUN 2026"}));
  ASSERT_FALSE(s.rows.empty());
  EXPECT_EQ(Texts(s.rows[0]), (Strings{"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"}));
}

TEST(PlanTableTest, OneRowPerIndicatorNumberedAndMergedAsTheDecree) {
  const TableSheet s = PlanTableSheet(Plan(testing::SmallPlanData()));
  ASSERT_EQ(s.rows.size(), 6u);  // the (1)..(8) row and 5 indicators
  // Kegiatan and indikator are numbered only where there are several; aspek always; the
  // komponen, aspek and kegiatan cells only on their first row (the rest is merged).
  EXPECT_EQ(Texts(s.rows[1]),
            (Strings{"1.", "Manajemen Perubahan", "1. Tim", "1. Menetapkan tim", "1. SK tim",
                     "SK Tim", "Januari 2026", "1 (satu) Keputusan"}));
  EXPECT_EQ(Texts(s.rows[2]), (Strings{"", "", "", "", "2. Laporan tim", "Laporan", "Per Triwulan",
                                       "4 (empat) Laporan"}));
  EXPECT_EQ(Texts(s.rows[3]),
            (Strings{"", "", "", "2. Rapat tim", "Notulen rapat", "Notulen, daftar hadir",
                     "Per Triwulan", "4 (empat) Notulen"}));
  EXPECT_EQ(Texts(s.rows[4]), (Strings{"", "", "2. Rencana", "Menyusun rencana", "Dokumen rencana",
                                       "Dokumen", "Februari 2026", "1 (satu) Dokumen"}));
  EXPECT_EQ(Texts(s.rows[5]),
            (Strings{"2.", "Penataan Tata Laksana", "1. SOP", "Menyusun SOP", "SOP ditetapkan",
                     "SK SOP", "Maret 2026", "1 (satu) Keputusan"}));
  // Merges in data rows (row 0 = the (1)..(8) row), single-row spans left out.
  EXPECT_EQ(Merges(s), (std::vector<std::array<int, 4>>{
                           {1, 3, 2, 3},  // kegiatan 1.1.1 over its two indicators
                           {1, 2, 3, 2},  // aspek 1.1 over three rows
                           {1, 0, 4, 0},  // komponen 1: NO and KOMPONEN over four rows
                           {1, 1, 4, 1},
                       }));
}

TEST(PlanTableTest, EmptyNodesKeepARow) {
  PlanData p = testing::SmallPlanData();
  p.components[0].aspects[1].activities[0].indicators.clear();  // kegiatan 1.2.1, no indikator
  Component empty;
  empty.name = "Penguatan Akuntabilitas";
  p.components.push_back(empty);  // a komponen without aspek
  const TableSheet s = PlanTableSheet(Plan(std::move(p)));
  ASSERT_EQ(s.rows.size(), 7u);
  EXPECT_EQ(Texts(s.rows[4]), (Strings{"", "", "2. Rencana", "Menyusun rencana", "", "", "", ""}));
  EXPECT_EQ(Texts(s.rows[5]).at(1), "Penataan Tata Laksana");
  // The last komponen has a row of its own with only NO and KOMPONEN.
  EXPECT_EQ(Texts(s.rows[6]), (Strings{"3.", "Penguatan Akuntabilitas", "", "", "", "", "", ""}));
}

TEST(PlanTableTest, HeadingWithoutDecreeNumberOrOmitted) {
  PlanData p = testing::SmallPlanData();
  p.decree = Decree{};
  const Plan plan(std::move(p));
  EXPECT_EQ(PlanTableSheet(plan).title_lines,
            (Strings{"LAMPIRAN", "KEPUTUSAN KPU PROVINSI SULAWESI TENGAH"}));
  PlanTableOptions options;
  options.heading = false;
  EXPECT_TRUE(PlanTableSheet(plan, options).title_lines.empty());
}

TEST(PlanTableTest, EmbeddedPlanHasItsIndicatorsInOrder) {
  const absl::StatusOr<Plan> plan = DefaultPlan();
  ASSERT_TRUE(plan.ok());
  const TableSheet s = PlanTableSheet(*plan);
  ASSERT_EQ(s.rows.size(), 1 + plan->indicators().size());
  ASSERT_EQ(s.rows.size(), 65u);
  for (size_t r = 0; r < plan->indicators().size(); ++r) {
    const Indicator& i = *plan->indicators()[r].indicator;
    const Strings cells = Texts(s.rows[r + 1]);
    ASSERT_EQ(cells.size(), 8u);
    EXPECT_NE(cells[4].find(i.text), std::string::npos) << i.id;
    EXPECT_EQ(cells[5], i.evidence) << i.id;
    EXPECT_EQ(cells[6], i.schedule) << i.id;
    EXPECT_EQ(cells[7], i.target) << i.id;
  }
  // Six komponen numbered 1. .. 6. in the NO column.
  Strings numbers;
  for (const auto& row : s.rows) {
    const Strings cells = Texts(row);
    if (!cells[0].empty() && cells[0][0] != '(') numbers.push_back(cells[0]);
  }
  EXPECT_EQ(numbers, (Strings{"1.", "2.", "3.", "4.", "5.", "6."}));
  // The writer accepts the merges (no overlap, inside the sheet).
  EXPECT_TRUE(WritePlanTableBytes(s, PlanTableFormat::kXlsx).ok());
}

TEST(PlanTableTest, CsvHasBomHeadingAndQuotedCells) {
  const absl::StatusOr<std::string> csv =
      WritePlanTableBytes(PlanTableSheet(Plan(testing::SmallPlanData())), PlanTableFormat::kCsv);
  ASSERT_TRUE(csv.ok()) << csv.status();
  const std::string expected_start =
      "\xEF\xBB\xBFRencana Aksi Zona Integritas Tahun 2026\r\n"
      "LAMPIRAN\r\n"
      "KEPUTUSAN KPU PROVINSI SULAWESI TENGAH\r\n"
      "NOMOR 6 TAHUN 2026\r\n"
      "Ditetapkan di Palu\r\n"
      "pada tanggal 20 Januari 2026\r\n"
      "\"Ketua KPU Provinsi Sulawesi Tengah,\"\r\n"
      "Darmiati\r\n"
      "TENTANG RENCANA AKSI ZONA INTEGRITAS TAHUN 2026\r\n"
      "NO,KOMPONEN PENGUNGKIT,ASPEK PEMENUHAN,KEGIATAN/AKSI,INDIKATOR,BUKTI FISIK,TARGET WAKTU "
      "PELAKSANAAN,TARGET CAPAIAN\r\n"
      "(1),(2),(3),(4),(5),(6),(7),(8)\r\n"
      "1.,Manajemen Perubahan,1. Tim,1. Menetapkan tim,1. SK tim,SK Tim,Januari 2026,1 (satu) "
      "Keputusan\r\n";
  ASSERT_GE(csv->size(), expected_start.size());
  EXPECT_EQ(csv->substr(0, expected_start.size()), expected_start);
  EXPECT_NE(csv->find(",,,2. Rapat tim,Notulen rapat,\"Notulen, daftar hadir\",Per Triwulan,"),
            std::string::npos);
}

TEST(PlanTableTest, Template) {
  const TableSheet t = PlanTemplateSheet();
  EXPECT_TRUE(t.title_lines.empty());
  ASSERT_EQ(t.columns.size(), 8u);
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(Texts(t.rows[0]), (Strings{"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"}));
  const TableSheet e = PlanTemplateSheet(/*example_row=*/true);
  ASSERT_EQ(e.rows.size(), 2u);
  EXPECT_EQ(Texts(e.rows[1]).at(0), "1.");
  EXPECT_EQ(Texts(e.rows[1]).at(6), "Januari");
  const absl::StatusOr<std::string> csv = WritePlanTableBytes(t, PlanTableFormat::kCsv);
  ASSERT_TRUE(csv.ok());
  EXPECT_EQ(*csv,
            "\xEF\xBB\xBFNO,KOMPONEN PENGUNGKIT,ASPEK PEMENUHAN,KEGIATAN/AKSI,INDIKATOR,BUKTI "
            "FISIK,TARGET WAKTU PELAKSANAAN,TARGET CAPAIAN\r\n(1),(2),(3),(4),(5),(6),(7),(8)\r\n");
}

TEST(PlanTableTest, Formats) {
  EXPECT_EQ(ParsePlanTableFormat("XLSX"), PlanTableFormat::kXlsx);
  EXPECT_EQ(ParsePlanTableFormat("csv"), PlanTableFormat::kCsv);
  EXPECT_EQ(ParsePlanTableFormat("json"), std::nullopt);
  EXPECT_EQ(PlanTableFormatForPath("out/rencana.XLSX"), PlanTableFormat::kXlsx);
  EXPECT_EQ(PlanTableFormatForPath("rencana.csv"), PlanTableFormat::kCsv);
  EXPECT_EQ(PlanTableFormatForPath("rencana.json"), std::nullopt);
  EXPECT_EQ(PlanTableFormatForPath("dir.xlsx/rencana"), std::nullopt);
  EXPECT_EQ(PlanTableFormatForPath("rencana"), std::nullopt);
  EXPECT_EQ(ToString(PlanTableFormat::kCsv), "csv");
}

TEST(PlanTableTest, FileErrorsNameThePath) {
  const absl::Status st = WritePlanTableFile(PlanTemplateSheet(), PlanTableFormat::kCsv,
                                             "/nonexistent-dir/rencana.csv");
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("/nonexistent-dir/rencana.csv"), std::string::npos);
}

// ---- export -> import (the decree importer, zi/io/decree_import.hpp) ------------------

PlanDiffOptions TreeOnly() {
  PlanDiffOptions o;
  o.notes = NoteComparison::kIgnore;
  return o;
}

std::string Describe(const PlanDiff& d) {
  std::string out;
  for (const PlanChange& c : d.changes) {
    out += std::string(ToString(c.kind)) + " " + std::string(ToString(c.level)) + " " + c.id_a +
           "/" + c.id_b + " " + c.field + ": '" + c.before + "' -> '" + c.after + "'\n";
  }
  return out;
}

TEST(PlanTableRoundTripTest, SmallPlanThroughXlsxAndCsv) {
  const Plan plan(testing::SmallPlanData());
  for (PlanTableFormat f : {PlanTableFormat::kXlsx, PlanTableFormat::kCsv}) {
    const absl::StatusOr<std::string> bytes = WritePlanTableBytes(PlanTableSheet(plan), f);
    ASSERT_TRUE(bytes.ok()) << bytes.status();
    const absl::StatusOr<DecreeImport> back = ImportDecree(*bytes, "rencana");
    ASSERT_TRUE(back.ok()) << ToString(f) << ": " << back.status();
    const PlanDiff d = DiffPlans(plan, back->plan, TreeOnly());
    // The importer resolves weights, komponen codes and LKE mappings from the rubric; the
    // table carries none of them, so only they may differ.
    for (const PlanChange& c : d.changes) {
      EXPECT_TRUE(c.kind == PlanChangeKind::kChanged &&
                  (c.field == "weight" || c.field == "code" || c.field == "lke_area" ||
                   c.field == "lke_subarea" || c.field == "lke_questions"))
          << ToString(f) << ": " << Describe(d);
    }
  }
}

TEST(PlanTableRoundTripTest, EmbeddedPlanThroughXlsxAndCsv) {
  const absl::StatusOr<Plan> plan = DefaultPlan();
  ASSERT_TRUE(plan.ok());
  for (PlanTableFormat f : {PlanTableFormat::kXlsx, PlanTableFormat::kCsv}) {
    const absl::StatusOr<std::string> bytes = WritePlanTableBytes(PlanTableSheet(*plan), f);
    ASSERT_TRUE(bytes.ok()) << bytes.status();
    const absl::StatusOr<DecreeImport> back = ImportDecree(*bytes, "rencana");
    ASSERT_TRUE(back.ok()) << ToString(f) << ": " << back.status();
    const PlanDiff d = DiffPlans(*plan, back->plan, TreeOnly());
    EXPECT_TRUE(d.empty()) << ToString(f) << ":\n" << Describe(d);
  }
}

}  // namespace
}  // namespace zi
