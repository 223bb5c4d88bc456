// Writing tables for people: an XLSX workbook of one or more sheets (frozen header,
// column widths and number formats a person would set) or one CSV sheet. Every text is
// written as text: nothing from the input can become a formula, a new row or a new cell
// (docs/tables.md, "Writing").
#ifndef ZI_IO_TABLE_WRITER_HPP
#define ZI_IO_TABLE_WRITER_HPP

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "absl/status/statusor.h"
#include "zi/base/date.hpp"

namespace zi {
inline namespace v1 {

// A formula cell (XLSX only; CSV writes `cached`). `text` without the leading '='.
struct TableFormula {
  std::string text;
  double cached = 0;

  friend bool operator==(const TableFormula&, const TableFormula&) = default;
};

using TableValue = std::variant<std::monostate, std::string, double, int64_t, Date, bool, TableFormula>;

enum class ColumnFormat : uint8_t {
  kText,
  kInteger,   // 1.234
  kDecimal2,  // 1.234,56 in Indonesian display (XLSX stores the number; the reader's locale shows it)
  kPercent1,  // a 0..1 value shown as 12,3%
  kDate,      // dd/mm/yyyy
};

struct TableColumn {
  std::string title;   // Indonesian column title
  double width = 12;   // in characters
  ColumnFormat format = ColumnFormat::kText;
  bool wrap = false;   // long texts wrap in their cell

  friend bool operator==(const TableColumn&, const TableColumn&) = default;
};

// A merged range, 0-based and inclusive, counted in data rows (row 0 = the first row after
// the header).
struct TableMerge {
  int first_row = 0, first_column = 0, last_row = 0, last_column = 0;

  friend bool operator==(const TableMerge&, const TableMerge&) = default;
};

// A list the cell must be chosen from (XLSX data validation), for answer columns.
struct TableChoiceList {
  int column = 0;
  std::vector<std::string> choices;

  friend bool operator==(const TableChoiceList&, const TableChoiceList&) = default;
};

struct TableSheet {
  std::string name;  // sheet name (XLSX: at most 31 characters, none of []:*?/\)
  std::vector<std::string> title_lines;  // optional lines above the header (report title, as-of date)
  std::vector<TableColumn> columns;
  std::vector<std::vector<TableValue>> rows;
  std::vector<TableMerge> merges;
  std::vector<TableChoiceList> choice_lists;
  bool freeze_header = true;
  bool protect = false;  // XLSX: protect the sheet (no password), leaving unlocked_columns editable
  std::vector<int> unlocked_columns;

  friend bool operator==(const TableSheet&, const TableSheet&) = default;
};

struct CsvWriteOptions {
  char delimiter = ',';
  bool bom = false;        // a UTF-8 BOM, for Excel
  bool crlf = true;        // RFC 4180 line ends
  bool header = true;
  bool title_lines = false;  // also write TableSheet::title_lines (as one-cell rows)
};

// The workbook's bytes. InvalidArgument for a bad sheet name or a row wider than its columns.
absl::StatusOr<std::string> WriteXlsx(const std::vector<TableSheet>& sheets);
// The workbook written to `path` (the same bytes as WriteXlsx).
absl::Status WriteXlsxFile(const std::string& path, const std::vector<TableSheet>& sheets);

// One sheet as CSV: fields quoted when they hold the delimiter, a quote, CR or LF or edge
// spaces; a text that a spreadsheet would run as a formula (starting with = + - @, tab or
// CR) is prefixed with an apostrophe. Dates as yyyy-mm-dd, numbers with '.' decimals.
std::string WriteCsv(const TableSheet& sheet, const CsvWriteOptions& options = {});

}  // namespace v1
}  // namespace zi

#endif  // ZI_IO_TABLE_WRITER_HPP
