// The report tables (zi/io/report_tables.hpp): sheets, columns and the numbers in them, for a
// hand-worked plan.
#include "zi/io/report_tables.hpp"

#include <gtest/gtest.h>

#include "test_util.hpp"

namespace zi {
namespace {

// One quarterly indicator (4 laporan); Q1 delivered on time, nothing for Q2. As of
// 2026-07-01: Q1 done (credit 1), Q2 overdue (credit 0, due 2026-06-30), Q3 and Q4 not yet
// assessed. Indicator score = mean over assessed = 0.5; plan score 50; progress 1/4.
struct Fixture {
  Plan plan{testing::OneIndicatorPlan()};
  PlanOccurrences occ = ExpandOccurrences(plan, testing::Id2026());
  std::vector<EvidenceRecord> evidence = {{"KPU-72", "1.1.1.1", 1, Date::FromYmd(2026, 3, 20),
                                           EvidenceStatus::kVerified, 1, "TW I", 2}};
  ComplianceReport report = ScorePlan(plan, occ, evidence, Date::FromYmd(2026, 7, 1));
  Agenda agenda = BuildAgenda(report, testing::Id2026());
};

const TableValue& Cell(const TableSheet& s, size_t row, std::string_view title) {
  for (size_t c = 0; c < s.columns.size(); ++c) {
    if (s.columns[c].title == title) return s.rows.at(row).at(c);
  }
  ADD_FAILURE() << "no column " << title << " in " << s.name;
  static const TableValue kNone;
  return kNone;
}

TEST(ReportTablesTest, ScoreSheetsHoldTheReportNumbers) {
  Fixture f;
  const ReportTables t = ScoreReportTables(f.report, f.agenda);
  ASSERT_EQ(t.sheets.size(), 4u);
  EXPECT_EQ(t.sheets[t.primary].name, "Indikator");
  const TableSheet& comp = *t.Find("komponen");
  ASSERT_EQ(comp.rows.size(), 2u);  // the komponen and its aspek
  EXPECT_EQ(std::get<std::string>(Cell(comp, 0, "Tingkat")), "komponen");
  EXPECT_DOUBLE_EQ(std::get<double>(Cell(comp, 0, "Nilai")), 0.5);
  EXPECT_EQ(comp.columns[4].format, ColumnFormat::kPercent1);
  const TableSheet& ind = *t.Find("Indikator");
  ASSERT_EQ(ind.rows.size(), 1u);
  EXPECT_EQ(std::get<std::string>(Cell(ind, 0, "Indikator")), "1.1.1.1");
  EXPECT_DOUBLE_EQ(std::get<double>(Cell(ind, 0, "Nilai")), 0.5);
  EXPECT_DOUBLE_EQ(std::get<double>(Cell(ind, 0, "Kemajuan")), 0.25);
  EXPECT_EQ(std::get<int64_t>(Cell(ind, 0, "Periode")), 4);
  const TableSheet& out = *t.Find("Keluaran");
  ASSERT_EQ(out.rows.size(), 4u);
  EXPECT_EQ(std::get<Date>(Cell(out, 1, "Jatuh tempo")), Date::FromYmd(2026, 6, 30));
  EXPECT_EQ(std::get<std::string>(Cell(out, 1, "Kode status")), "overdue");
  EXPECT_DOUBLE_EQ(std::get<double>(Cell(out, 1, "Kredit")), 0.0);
  EXPECT_TRUE(std::holds_alternative<std::monostate>(Cell(out, 2, "Kredit")));  // not assessed
  const TableSheet& sum = *t.Find("Ringkasan");
  bool found = false;
  for (const auto& row : sum.rows) {
    if (std::get<std::string>(row[0]) == "Nilai rencana aksi (0-100)") {
      EXPECT_DOUBLE_EQ(std::get<double>(row[1]), 50.0);
      found = true;
    }
  }
  EXPECT_TRUE(found);

  absl::StatusOr<std::string> csv = ReportTablesCsv(t);
  ASSERT_TRUE(csv.ok()) << csv.status();
  EXPECT_EQ(
      csv->substr(0, csv->find("\r\n")),
      "Komponen,Aspek,Indikator,Uraian indikator,Bukti fisik,Target waktu,Bobot,Nilai,Kemajuan,"
      "Periode");
  EXPECT_NE(csv->find("\r\n1,1.1,1.1.1.1,Laporan triwulan,Laporan,Per Triwulan,1,0.5,0.25,4\r\n"),
            std::string::npos)
      << *csv;
  absl::StatusOr<std::string> missing = ReportTablesCsv(t, "Tidak Ada");
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("Ringkasan, Komponen, Indikator, Keluaran"),
            std::string::npos);
  absl::StatusOr<std::string> xlsx = ReportTablesXlsx(t);
  ASSERT_TRUE(xlsx.ok()) << xlsx.status();
  EXPECT_EQ(xlsx->substr(0, 2), "PK");
}

TEST(ReportTablesTest, AgendaAndTrace) {
  Fixture f;
  const ReportTables a = AgendaTables(f.report, f.agenda);
  const TableSheet& items = a.sheets[a.primary];
  EXPECT_EQ(items.name, "Agenda");
  ASSERT_FALSE(items.rows.empty());
  EXPECT_EQ(std::get<std::string>(Cell(items, 0, "Kelompok")), "terlambat");
  EXPECT_EQ(std::get<int64_t>(Cell(items, 0, "Periode")), 2);
  EXPECT_EQ(std::get<int64_t>(Cell(items, 0, "Hari kerja lagi")), -1);  // due 30 June

  absl::StatusOr<Trace> trace = Explain(f.report, "1.1.1.1");
  ASSERT_TRUE(trace.ok());
  const ReportTables t = TraceTables(f.report, *trace);
  EXPECT_EQ(t.sheets[t.primary].name, "Keluaran");
  const TableSheet& ev = *t.Find("Bukti");
  ASSERT_EQ(ev.rows.size(), 1u);
  EXPECT_EQ(std::get<std::string>(Cell(ev, 0, "Kode penggunaan")), "on_time");
  EXPECT_EQ(std::get<std::string>(Cell(ev, 0, "Tautan")), "TW I");
}

TEST(ReportTablesTest, FormatsByNameAndExtension) {
  EXPECT_EQ(ParseReportFormat("XLSX"), ReportFormat::kXlsx);
  EXPECT_EQ(ParseReportFormat("ods"), std::nullopt);
  EXPECT_EQ(ReportFormatForPath("out/nilai.CSV"), ReportFormat::kCsv);
  EXPECT_EQ(ReportFormatForPath("laporan.txt"), ReportFormat::kText);
  EXPECT_EQ(ReportFormatForPath("dir.xlsx/file"), std::nullopt);
  EXPECT_EQ(ReportFormatForPath("noext"), std::nullopt);
}

}  // namespace
}  // namespace zi
