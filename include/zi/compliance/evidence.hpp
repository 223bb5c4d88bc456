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
  int count = 1;          // how many deliverables this record stands for (>= 1)
  std::string ref;        // link, document number, hash: free text
  int line = 0;           // where it came from: CSV line, or 1-based JSON record number
  friend bool operator==(const EvidenceRecord&, const EvidenceRecord&) = default;
};

struct RejectedRow {
  int line = 0;         // CSV line (1-based, the row's first line) or JSON record number
  std::string where;    // "line 7" or "/records/3"
  std::string reason;   // why, naming the field and the value
  friend bool operator==(const RejectedRow&, const RejectedRow&) = default;
};

struct EvidenceImport {
  std::vector<EvidenceRecord> accepted;
  std::vector<RejectedRow> rejected;
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

// CSV: UTF-8 with or without BOM, RFC 4180 quoting (fields may hold commas, quotes and
// newlines), a header row naming the columns satker, indicator, occurrence, date, status,
// count, ref in any order; indicator and date are required. A file-level problem (no
// header, an unknown or repeated column, a missing required column, NUL bytes in the
// header) is an InvalidArgument error naming line 1; everything else is per row.
absl::StatusOr<EvidenceImport> ReadEvidenceCsv(std::string_view text, const EvidenceScope& scope);
// JSON: an array of records, or {"format": "zi.evidence/1", "records": [...]}, with the
// same field names ("occurrence" and "count" as integers). Syntax errors are file-level.
absl::StatusOr<EvidenceImport> ReadEvidenceJson(std::string_view text, const EvidenceScope& scope);
// By extension: .json → JSON, anything else → CSV. NotFound when the file cannot be read.
absl::StatusOr<EvidenceImport> LoadEvidenceFile(const std::string& path,
                                                const EvidenceScope& scope);

// The canonical CSV of accepted records (header + one row each, fields quoted as needed).
std::string WriteEvidenceCsv(const std::vector<EvidenceRecord>& records);

}  // namespace v1
}  // namespace zi

#endif  // ZI_EVIDENCE_HPP
