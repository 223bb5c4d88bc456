// The LKE workbook as it circulates with PermenPANRB 90/2021 Lampiran III: sheet `LKE ZI`
// holding every question of the worksheet in fixed rows, the unit's answers in column K and
// the workbook's own scores as formulas in column L (docs/lke-workbook.md).
//
// The row layout is data (`data/lke/workbook-90-2021.json`, format
// `zi.lke-workbook-layout/1`): which row holds each question, ratio item, count, sub-area,
// area and total, and the circulated workbook's known formula defects. ReadLkeWorkbook reads
// an answer set out of such a workbook, by position and checked against the item texts;
// WriteLkeWorkbook writes one into the same layout with formulas that compute the scores.
// Problems in cells are findings (zi::Diagnostic) naming the cell ("LKE ZI!K12"); only a
// file that is not such a workbook at all is an error status.
#ifndef ZI_IO_LKE_WORKBOOK_HPP
#define ZI_IO_LKE_WORKBOOK_HPP

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "zi/base/diagnostic.hpp"
#include "zi/lke/answers.hpp"
#include "zi/lke/rubric.hpp"
#include "zi/lke/score.hpp"

namespace zi {
inline namespace v1 {

inline constexpr std::string_view kLkeWorkbookLayoutFormat = "zi.lke-workbook-layout/1";
// Name of the embedded default layout, for EmbeddedData() (zi/defaults.hpp).
inline constexpr std::string_view kDefaultLkeWorkbookLayoutName = "lke/workbook-90-2021.json";

// What one row of the sheet holds.
enum class LkeWorkbookRowKind {
  kPengungkit,       // "A. KOMPONEN PENGUNGKIT": L = pemenuhan + reform
  kHalf,             // "I. PEMENUHAN" / "II. REFORM": L = Σ its areas
  kArea,             // "1. MANAJEMEN PERUBAHAN" within a half: L = Σ its sub-areas
  kParent,           // a split sub-area (R.PW.iii): L = Σ its parts
  kSubarea,          // L = AVERAGE(its items' L) × H
  kQuestion,         // a question or JUMLAH count: K the answer
  kRatio,            // a "%" item: K = N / D from the count rows, L = K clamped to [0, 1]
  kCountSum,         // a count heading whose K is the SUM of the counts below it
  kCountTotal,       // a count heading whose K is a typed number (should equal the sum)
  kPengungkitTotal,  // L = the pengungkit row
  kHasil,            // "B. KOMPONEN HASIL": L = Σ its groups
  kHasilGroup,       // L = Σ its items
  kHasilItem,        // K the answer (survey index or letter), L = value × H
  kHasilTotal,       // L = the hasil row
  kTotal,            // L = pengungkit total + hasil total
};

std::string_view ToString(LkeWorkbookRowKind k);  // "pengungkit", "half", ... (layout names)

struct LkeWorkbookRow {
  int row = 0;  // 1-based sheet row
  LkeWorkbookRowKind kind = LkeWorkbookRowKind::kQuestion;
  std::string id;  // question, ratio, sub-area, parent, hasil item or group id; area code
  LkeHalfKind half = LkeHalfKind::kPemenuhan;  // kHalf and kArea
  std::string subarea;                         // kCountSum / kCountTotal: the sub-area
  std::vector<std::string> questions;          // kCountSum / kCountTotal: the counts summed
  int denominator_row = 0;  // kRatio: the row whose K is the denominator (0: sum the counts)
};

// A cell the circulated workbook gets wrong.
struct LkeWorkbookDefect {
  std::string id;          // "answer_type_j8"
  std::string cell;        // "J8"
  std::string circulated;  // the content as circulated: text, or a formula starting with '='
  std::string corrected;   // the content that scores as the regulation says
  std::string message;     // English, for docs and findings
};

struct LkeWorkbookLayout {
  std::string id;                   // "permenpanrb-90-2021-lampiran-iii"
  std::string rubric;               // the rubric id it is laid out for
  std::string title;                // A1
  std::string sheet;                // "LKE ZI"
  std::vector<std::string> sheets;  // every sheet of the workbook, in order (sheet among them)
  int header_row = 2;
  // Column letters.
  std::string col_counter = "A", col_component = "B", col_half = "C", col_area = "D",
              col_subarea = "E", col_item = "F", col_text = "G", col_weight = "H",
              col_explanation = "I", col_type = "J", col_answer = "K", col_value = "L",
              col_percent = "M", col_note = "O", col_evidence_description = "P",
              col_evidence_link = "Q";
  // Where sheet `summary_sheet` keeps the satker code, the year and the prior-WBK flag.
  std::string summary_sheet, summary_satker, summary_year, summary_prior_wbk;
  std::vector<std::string> locked_answers;  // answer cells the circulated sheet leaves locked
  std::vector<LkeWorkbookDefect> defects;
  std::vector<LkeWorkbookRow> rows;  // in row order

  const LkeWorkbookRow* FindRow(int row) const;
  const LkeWorkbookRow* FindById(LkeWorkbookRowKind kind, std::string_view key) const;
};

// Reads a zi.lke-workbook-layout/1 file and checks it against `rubric`: every question,
// ratio, sub-area, parent, area, hasil item and group of the rubric has exactly one row,
// and every id the layout names exists. Errors are InvalidArgument naming the JSON pointer.
absl::StatusOr<LkeWorkbookLayout> ReadLkeWorkbookLayoutJson(
    std::string_view text, const Rubric& rubric, std::string_view source_name = "<input>");
absl::StatusOr<LkeWorkbookLayout> LoadLkeWorkbookLayoutFile(const std::string& path,
                                                            const Rubric& rubric);
// The embedded layout of the PermenPANRB 90/2021 workbook, checked against `rubric`.
absl::StatusOr<LkeWorkbookLayout> DefaultLkeWorkbookLayout(const Rubric& rubric);

// One total or sub-area as the workbook computes it and as libzi scores it.
struct LkeWorkbookValue {
  std::string cell;  // "L7"
  LkeWorkbookRowKind kind = LkeWorkbookRowKind::kSubarea;
  std::string id;  // sub-area/parent/group/item id, area code, or the kind's name
  // The workbook's value: nullopt when the cell is blank, holds no cached value (a file
  // never recalculated), or an error (then `error` is set, e.g. "#DIV/0!").
  std::optional<double> workbook;
  std::string error;
  double libzi = 0;
  bool differs = false;  // |workbook − libzi| > 1e-9, or an error where libzi has a number
};

struct LkeWorkbookReadOptions {
  std::string source = "<input>";  // the file name, for messages
  std::string satker;              // overrides the summary sheet's satker code
  std::optional<int> year;         // overrides the summary sheet's year
  LkeScoreOptions score;           // how libzi scores the answers it compares with column L
};

struct LkeWorkbookImport {
  LkeAnswerSet answers;
  // Every finding, each at "LKE ZI!K12"-style cells: errors (wrong option, text in a number
  // cell, a number out of range, an error value) leave that answer out; warnings (empty
  // answer cell, formula in an answer cell, text that does not match the rubric, the
  // defects, typed totals that disagree with their parts, values that differ from libzi's).
  std::vector<Diagnostic> findings;
  // The workbook's sub-area and total values beside libzi's (empty when scoring failed).
  std::vector<LkeWorkbookValue> values;
};

// Not an XLSX workbook, or no sheet named layout.sheet: error status. Everything else is a
// finding. The sheet's protection is ignored (reading needs no password).
absl::StatusOr<LkeWorkbookImport> ReadLkeWorkbook(std::string_view bytes, const Rubric& rubric,
                                                  const LkeWorkbookLayout& layout,
                                                  const LkeWorkbookReadOptions& options = {});

struct LkeWorkbookWriteOptions {
  // Write the defects' corrected contents (docs/lke-workbook.md, "Known defects"); without
  // it the circulated contents are written and each defect is a warning.
  bool correct_defects = false;
  LkeScoreOptions score;  // the unit layer is written; libzi's scores use these options
};

struct LkeWorkbookExport {
  std::string bytes;  // the XLSX workbook
  // lke_workbook_defect (warning, or info when corrected), lke_workbook_value_differs
  // (warning: where the workbook's formulas will not show libzi's value, and why),
  // lke_workbook_tpi_not_written (warning: the form has no TPI column).
  std::vector<Diagnostic> findings;
  // The values the workbook's formulas compute (also written as the formulas' cached
  // results) beside libzi's.
  std::vector<LkeWorkbookValue> values;
};

// InvalidArgument when the answers do not fit the rubric (as ScoreLke) or the layout is
// for another rubric.
absl::StatusOr<LkeWorkbookExport> WriteLkeWorkbook(const LkeAnswerSet& answers,
                                                   const Rubric& rubric,
                                                   const LkeWorkbookLayout& layout,
                                                   const LkeWorkbookWriteOptions& options = {});

// JSON reports (docs/lke-workbook.md, "JSON"): `{ok, findings[{severity, code, where,
// field, message}], values[{cell, kind, id, workbook, error?, libzi, differs}], answers}`
// for an import (answers: the zi.lke-answers/1 document) and `{ok, findings, values}` for
// an export. `ok` is false when a finding is an error.
std::string WriteLkeWorkbookImportJson(const LkeWorkbookImport& result, const Rubric& rubric);
std::string WriteLkeWorkbookExportJson(const LkeWorkbookExport& result);

}  // namespace v1
}  // namespace zi

#endif  // ZI_IO_LKE_WORKBOOK_HPP
