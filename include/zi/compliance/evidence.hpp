// Evidence: records that a deliverable was produced (docs/scoring.md, "Evidence"), and
// their import from CSV and JSON. An import never drops a row silently: every row is
// either accepted or rejected with its line and the reason.
#ifndef ZI_EVIDENCE_HPP
#define ZI_EVIDENCE_HPP

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "zi/base/date.hpp"
#include "zi/deadline/occurrence.hpp"
#include "zi/io/table.hpp"
#include "zi/plan/plan.hpp"

namespace zi {
inline namespace v1 {

enum class EvidenceStatus {
  kVerified,   // checked by the Tim ZI; counts
  kSubmitted,  // uploaded, not yet checked; counts only when the scoring policy says so
  kRejected,   // checked and refused; never counts
};

struct EvidenceRecord {
  std::string satker;     // satker code; filled from the scope's default when omitted
  std::string indicator;  // dotted indicator id, e.g. "1.2.1.1"
  int occurrence = 1;     // 1-based occurrence index
  Date date;              // effective date: when the deliverable was completed
  EvidenceStatus status = EvidenceStatus::kVerified;
  int count = 1;    // how many deliverables this record stands for (>= 1)
  std::string ref;  // link, document number, hash: free text
  int line = 0;     // where it came from: CSV line, or 1-based JSON record number
  friend bool operator==(const EvidenceRecord&, const EvidenceRecord&) = default;
};

struct RejectedRow {
  int line = 0;        // CSV line (1-based, the row's first line) or JSON record number
  std::string where;   // "line 7" or "/records/3"
  std::string reason;  // why, naming the field and the value
  friend bool operator==(const RejectedRow&, const RejectedRow&) = default;
};

// A remark on an accepted row (e.g. an occurrence inferred from the date).
struct EvidenceNote {
  int line = 0;
  std::string where;
  std::string message;
  friend bool operator==(const EvidenceNote&, const EvidenceNote&) = default;
};

// Rows of one satker outside the scope, summarised instead of rejected one by one
// (EvidenceReadOptions::summarize_other_satker; diagnostic evidence_other_satker).
struct OtherSatkerRows {
  std::string satker;
  int rows = 0;
  int first_line = 0;
  std::string first_where;
  friend bool operator==(const OtherSatkerRows&, const OtherSatkerRows&) = default;
};

struct EvidenceImport {
  std::vector<EvidenceRecord> accepted;
  std::vector<RejectedRow> rejected;
  std::vector<EvidenceNote> notes;            // one per inferred occurrence, in row order
  std::vector<OtherSatkerRows> other_satker;  // in order of first appearance
  // Rows of a filled-in template (zi evidence template) left unfilled: the deliverable's
  // columns are there, the date, status, count and ref are all empty. Their lines.
  std::vector<int> unfilled;
};

// How day/month dates (20/01/2026, 01-20-2026) are read. Decided for the whole file:
// kAuto takes the order the file proves (a first number above 12 proves day-first, a
// second number above 12 month-first); a file with such dates that proves neither, or
// both, is an error that says so.
enum class DateOrder { kAuto, kDayFirst, kMonthFirst };
std::string_view ToString(DateOrder o);  // "auto" | "day-first" | "month-first"
// Accepts the names above and "dmy", "mdy" (case-insensitive).
std::optional<DateOrder> ParseDateOrder(std::string_view s);

struct EvidenceReadOptions {
  TextEncoding encoding = TextEncoding::kAuto;  // text files: see zi/io/table.hpp
  char delimiter = 0;                           // 0: sniffed (',' ';' tab)
  std::string sheet;                            // XLSX: the sheet; empty: the first
  DateOrder date_order = DateOrder::kAuto;
  // An empty occurrence on a multi-occurrence indicator is taken from the occurrence
  // window holding the row's date (a note per row); without it such rows are rejected.
  // Needs the scope's windows (EvidenceScope::AddWindow; MakeEvidenceScope adds them).
  bool infer_occurrence = false;
  // Rows naming a satker the scope does not have go to EvidenceImport::other_satker
  // (one line per satker) instead of one rejection each.
  bool summarize_other_satker = false;
  // Threads checking the rows of a table (0: every hardware thread). The table is read by
  // one; the result does not depend on the number.
  int threads = 1;
};

// What rows are checked against: which satker exist, their indicators, and how many
// occurrences each indicator has. Build it from the plans being scored.
class EvidenceScope {
 public:
  EvidenceScope();
  ~EvidenceScope();
  EvidenceScope(EvidenceScope&&) noexcept;
  EvidenceScope& operator=(EvidenceScope&&) noexcept;

  // Registers one indicator of one satker with its number of occurrences (0 when the
  // indicator has no schedule: evidence for it is rejected).
  void Add(std::string_view satker, std::string_view indicator, int occurrences);
  // Records the window [start, end] of occurrence `index` (1-based) of an indicator
  // added with Add, for EvidenceReadOptions::infer_occurrence.
  void AddWindow(std::string_view satker, std::string_view indicator, int index, Date start,
                 Date end);
  // The occurrence whose window holds `date`: nullopt when no window, or more than one,
  // holds it (or no windows were recorded).
  std::optional<int> OccurrenceAt(std::string_view satker, std::string_view indicator,
                                  Date date) const;
  // Rows without a satker belong to this one (set it when scoring a single plan).
  void set_default_satker(std::string_view satker);
  const std::string& default_satker() const;

  bool HasSatker(std::string_view satker) const;
  // nullopt when the satker or the indicator is unknown.
  std::optional<int> Occurrences(std::string_view satker, std::string_view indicator) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The evidence scope of one plan: its satker (also the default for rows without one),
// its indicators and how many occurrences each has.
EvidenceScope MakeEvidenceScope(const Plan& plan, const PlanOccurrences& occurrences);

std::string_view ToString(EvidenceStatus s);  // "verified" | "submitted" | "rejected"
std::optional<EvidenceStatus> ParseEvidenceStatus(std::string_view s);

// Every accepted spelling of the columns, statuses and dates is in docs/evidence-format.md.
//
// CSV: UTF-8 with or without BOM, RFC 4180 quoting (fields may hold commas, quotes and
// newlines), a header row naming the columns satker, indicator, occurrence, date, status,
// count, ref in any order; indicator and date are required. A file-level problem (no
// header, an unknown or repeated column, a missing required column, NUL bytes in the
// header) is an InvalidArgument error naming line 1; everything else is per row.
absl::StatusOr<EvidenceImport> ReadEvidenceCsv(std::string_view text, const EvidenceScope& scope);
// A CSV/TSV text in any encoding of zi/io/table.hpp, or an XLSX workbook (by its bytes),
// read with `options`. Headers are case- and space-insensitive, in English or Indonesian.
absl::StatusOr<EvidenceImport> ReadEvidenceTableBytes(std::string_view bytes,
                                                      const EvidenceScope& scope,
                                                      const EvidenceReadOptions& options);
// A table already read (zi::ReadTable). Rows are named "line 7" (text) or "Sheet1!C7"
// (XLSX, the cell at fault).
absl::StatusOr<EvidenceImport> ReadEvidenceTable(const Table& table, const EvidenceScope& scope,
                                                 const EvidenceReadOptions& options = {});
// JSON: an array of records, or {"format": "zi.evidence/1", "records": [...]}, with the
// same field names ("occurrence" and "count" as integers). Syntax errors are file-level.
absl::StatusOr<EvidenceImport> ReadEvidenceJson(std::string_view text, const EvidenceScope& scope);
// By extension: .json → JSON, anything else → CSV. NotFound when the file cannot be read.
absl::StatusOr<EvidenceImport> LoadEvidenceFile(const std::string& path,
                                                const EvidenceScope& scope);
// By extension: .json → JSON; .xlsx or a ZIP → workbook; anything else → CSV/TSV.
absl::StatusOr<EvidenceImport> LoadEvidenceFile(const std::string& path, const EvidenceScope& scope,
                                                const EvidenceReadOptions& options);

// The status word in any accepted spelling (English or Indonesian, any case).
std::optional<EvidenceStatus> ParseEvidenceStatusWord(std::string_view s);
// An evidence date: ISO (optionally with a time), d/m/yyyy or d-m-yyyy in `order` (kAuto:
// only when day and month cannot be swapped), "15 April 2026" / "15 Apr 2026" with
// Indonesian or English month names. The error says what was expected.
absl::StatusOr<Date> ParseEvidenceDate(std::string_view text, DateOrder order);

// The canonical CSV of accepted records (header + one row each, fields quoted as needed).
std::string WriteEvidenceCsv(const std::vector<EvidenceRecord>& records);

}  // namespace v1
}  // namespace zi

#endif  // ZI_EVIDENCE_HPP
