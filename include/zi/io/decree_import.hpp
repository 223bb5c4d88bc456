// Decree import: a satker's Rencana Aksi decree annex (the 8-column table NO, KOMPONEN
// PENGUNGKIT, ASPEK PEMENUHAN, KEGIATAN/AKSI, INDIKATOR, BUKTI FISIK, TARGET WAKTU
// PELAKSANAAN, TARGET CAPAIAN) turned into a plan, with every value that was resolved or
// inferred noted, and an import report: the notes, every row that could not be placed and
// the lint findings.
//
// Three input forms: the text a PDF converter gives (preamble, then the annex as
// tab-separated rows with the header repeated on every page), and CSV/TSV/XLSX tables read
// with zi::ReadTable. The rules (header detection, continuation rows, fill-down, markup,
// numbering, LKE resolution, metadata, the report) are in docs/decree-import.md.
#ifndef ZI_IO_DECREE_IMPORT_HPP
#define ZI_IO_DECREE_IMPORT_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "zi/base/diagnostic.hpp"
#include "zi/io/table.hpp"
#include "zi/lke/rubric.hpp"
#include "zi/plan/plan.hpp"

namespace zi {
inline namespace v1 {

enum class DecreeFormat : uint8_t {
  kAuto,  // XLSX by its ZIP signature; text with the annex header in tab-separated form; else CSV
  kText,  // the PDF converter's text (preamble + tab-separated annex)
  kCsv,   // CSV/TSV, delimiter sniffed
  kXlsx,  // one sheet of an XLSX workbook
};

std::string_view ToString(DecreeFormat f);  // "auto" | "text" | "csv" | "xlsx"
std::optional<DecreeFormat> ParseDecreeFormat(std::string_view s);

struct DecreeImportOptions {
  DecreeFormat format = DecreeFormat::kAuto;
  TextEncoding encoding = TextEncoding::kAuto;  // text and CSV
  std::string sheet;                            // XLSX: the sheet; empty: the first
  std::string satker_code;  // used when the decree names no satker; overrides a named one
  int year = 0;             // used when the decree gives no year; overrides it when > 0
  // The rubric the komponen and aspek are resolved against; nullopt: DefaultRubric().
  std::optional<Rubric> rubric;
};

// One note made while importing, with the id of the node it is attached to ("" for the plan).
struct DecreeNote {
  std::string id;
  Note note;
  friend bool operator==(const DecreeNote&, const DecreeNote&) = default;
};

struct DecreeImportReport {
  std::string source;
  DecreeFormat format = DecreeFormat::kText;  // the form actually read (never kAuto)
  size_t rows_read = 0;           // data rows of the annex (header and "(1)..(8)" rows not counted)
  size_t rows_joined = 0;         // continuation rows joined to the rows above them
  std::vector<DecreeNote> notes;  // every note of the plan, in document order
  // Rows or lines that were not placed in the plan, each with its `where` (file:line or
  // Sheet!A12), a code and the reason; severity warning for table rows, info for text
  // outside the annex table (the signature block).
  std::vector<Diagnostic> unplaced;
  std::vector<Diagnostic> lint;  // LintPlan on the imported plan
};

struct DecreeImport {
  Plan plan;
  DecreeImportReport report;
};

// Imports a decree from its bytes. `source` names it in messages ("decree.txt").
// Errors: InvalidArgument for a table that cannot be read as a decree (no header row,
// missing columns, a name that matches no satker or several, no satker or year given),
// naming where and why; the table reader's errors pass through.
absl::StatusOr<DecreeImport> ImportDecree(std::string_view bytes, std::string_view source,
                                          const DecreeImportOptions& options = {});
absl::StatusOr<DecreeImport> ImportDecreeFile(const std::string& path,
                                              const DecreeImportOptions& options = {});
// A table already read (CSV/TSV/XLSX through ReadTable, or built in memory).
absl::StatusOr<DecreeImport> ImportDecreeTable(const Table& table,
                                               const DecreeImportOptions& options = {});

// The report as JSON (format "zi.decree-import-report/1", docs/decree-import.md).
std::string DecreeImportReportJson(const DecreeImport& result);
// The report for people, in Indonesian.
std::string DecreeImportReportText(const DecreeImport& result);

}  // namespace v1
}  // namespace zi

#endif  // ZI_IO_DECREE_IMPORT_HPP
