// Every report as tables: the sheets `zi ... --format csv|xlsx` writes, built here so that
// the CLI, the C API and Python write the same workbook. Each sheet has Indonesian column
// titles, column widths and number formats; the numbers are those of the report's JSON
// (scores of components, aspects and indicators as 0..1 fractions shown as percentages,
// the plan score on its 0..100 scale). The sheets of each report: docs/report-tables.md.
#ifndef ZI_IO_REPORT_TABLES_HPP
#define ZI_IO_REPORT_TABLES_HPP

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "zi/compliance/agenda.hpp"
#include "zi/compliance/evidence.hpp"
#include "zi/compliance/portfolio.hpp"
#include "zi/compliance/scoring.hpp"
#include "zi/compliance/trace.hpp"
#include "zi/deadline/occurrence.hpp"
#include "zi/io/table_writer.hpp"
#include "zi/lke/predicate.hpp"
#include "zi/lke/rubric.hpp"
#include "zi/lke/score.hpp"
#include "zi/lke/suggest.hpp"
#include "zi/lke/whatif.hpp"
#include "zi/plan/plan.hpp"

namespace zi {
inline namespace v1 {

// The sheets of one report. `primary` is the sheet a CSV holds when no sheet is named.
struct ReportTables {
  std::vector<TableSheet> sheets;
  size_t primary = 0;

  const TableSheet* Find(std::string_view name) const;  // by name, case-insensitive
};

enum class ReportFormat { kText, kJson, kCsv, kXlsx };
std::string_view ToString(ReportFormat f);  // "text" | "json" | "csv" | "xlsx"
std::optional<ReportFormat> ParseReportFormat(std::string_view s);  // the names above, any case
// By a file name's extension: .txt, .json, .csv, .xlsx (any case); nullopt otherwise.
std::optional<ReportFormat> ReportFormatForPath(std::string_view path);

// zi score: Ringkasan, Komponen (components and their aspects), Indikator, Keluaran
// (one row per occurrence). Primary: Indikator.
ReportTables ScoreReportTables(const ComplianceReport& report, const Agenda& agenda);
// zi agenda: Ringkasan, Agenda (overdue, due soon, upcoming). Primary: Agenda.
ReportTables AgendaTables(const ComplianceReport& report, const Agenda& agenda);
// zi explain: Ringkasan, Rincian (the weighted terms), Keluaran and Bukti (an indicator's
// occurrences and the evidence of each). Primary: Rincian, or Keluaran for an indicator.
ReportTables TraceTables(const ComplianceReport& report, const Trace& trace);
// zi portfolio: Peringkat (every satker by rank), Rekap per induk. Primary: Peringkat.
ReportTables PortfolioTables(const CompiledPortfolio& portfolio, const PortfolioScores& scores,
                             double threshold);
// zi lke suggest: Saran. `rubric` (may be null) gives the question texts.
ReportTables LkeSuggestionTables(std::span<const LkeSuggestion> suggestions, const Rubric* rubric,
                                 Date as_of, std::string_view satker);
// zi lke score: Ringkasan, Area, Subarea, Hasil. Primary: Area.
ReportTables LkeScoreTables(const LkeScore& score);
// zi lke check: Kriteria (and the conclusion in Ringkasan). Primary: Kriteria.
ReportTables LkePredicateTables(const LkePredicateResult& result);
// zi lke whatif: Ringkasan, Langkah, Perubahan. Primary: Langkah.
ReportTables LkeWhatIfTables(const LkeWhatIfResult& result);
// zi evidence check: Ringkasan, Diterima, Ditolak, Catatan (inferred occurrences and
// satker outside the scope). Primary: Ditolak.
ReportTables EvidenceImportTables(const EvidenceImport& evidence, std::string_view source);

// The evidence template (zi evidence template): one row per deliverable of the plan
// (satker, indicator id and text, bukti fisik, period, window, due date, required count)
// with the columns Tanggal, Status, Jumlah and Tautan left empty to fill in. A filled-in
// copy reads back with LoadEvidenceFile as it is; rows left unfilled are listed in
// EvidenceImport::unfilled. Sheet "Bukti"; the Status column offers a choice list.
ReportTables EvidenceTemplateTables(const Plan& plan, const PlanOccurrences& occurrences);

// One sheet as CSV (UTF-8, ','; CRLF). `sheet` names it (case-insensitive); empty: the
// primary. NotFound for an unknown sheet name, with the names there are.
absl::StatusOr<std::string> ReportTablesCsv(const ReportTables& tables, std::string_view sheet = {},
                                            const CsvWriteOptions& options = {});
// Every sheet as one XLSX workbook.
absl::StatusOr<std::string> ReportTablesXlsx(const ReportTables& tables);

}  // namespace v1
}  // namespace zi

#endif  // ZI_IO_REPORT_TABLES_HPP
