// Tables as people keep them: one sheet of an XLSX workbook, or a CSV/TSV file as Excel
// or LibreOffice exports it. Read into rows of UTF-8 cells that remember where they came
// from, so that every reader built on top (decree import, evidence, the LKE workbook) can
// name a bad row by file:line or Sheet!C12, and no physical line is lost without a word.
//
// The rules (encodings, delimiter sniffing, limits) are in docs/tables.md.
#ifndef ZI_IO_TABLE_HPP
#define ZI_IO_TABLE_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "zi/base/diagnostic.hpp"

namespace zi {
inline namespace v1 {

// How the bytes of a text table are decoded. kAuto: a BOM decides (UTF-8, UTF-16 LE/BE);
// without one the text must be UTF-8, and bytes that are not are an error that suggests
// kCp1252 (Excel's "CSV (Comma delimited)" on a Windows machine).
enum class TextEncoding : uint8_t { kAuto, kUtf8, kUtf16, kCp1252 };

std::string_view ToString(TextEncoding e);  // "auto" | "utf-8" | "utf-16" | "cp1252"
// Accepts the names above, case-insensitive, and "utf8", "utf16", "windows-1252", "latin1".
std::optional<TextEncoding> ParseTextEncoding(std::string_view s);

enum class CellKind : uint8_t { kEmpty, kText, kNumber, kBool, kError };

struct TableCell {
  CellKind kind = CellKind::kEmpty;
  // UTF-8. Text as written (line breaks inside a cell kept as "\n"); a number in its
  // shortest round-trip form; a bool as "TRUE"/"FALSE"; an XLSX error as written ("#REF!").
  std::string text;
  double number = 0;         // kNumber (and kBool: 1 or 0)
  bool date_format = false;  // XLSX: the cell's number format shows a date (serial days)
  bool merged = false;       // XLSX: covered by a merged range whose top-left cell is elsewhere
  std::string formula;       // XLSX: the formula without '=', when the cell has one

  bool empty() const { return kind == CellKind::kEmpty || (kind == CellKind::kText && text.empty()); }
};

struct TableRow {
  // Text: the record's first and last physical line (1-based; they differ when a quoted
  // cell spans lines). XLSX: the row number, both the same.
  int line = 0;
  int last_line = 0;
  std::vector<TableCell> cells;  // index = column, 0-based; trailing empty cells trimmed
};

struct Table {
  std::string source;  // the file name as given, or "<input>"
  std::string sheet;   // XLSX: the sheet's name; empty for text
  bool from_xlsx = false;
  char delimiter = ',';                         // text: the delimiter used
  TextEncoding encoding = TextEncoding::kUtf8;  // text: the encoding used (never kAuto)
  std::vector<TableRow> rows;                   // blank rows kept, so that lines are accounted for
  // Problems that do not stop the read, each with its location in `where`
  // (e.g. "table_unterminated_quote" at "evidence.csv:12").
  std::vector<Diagnostic> diagnostics;

  // "evidence.csv:12" for text; "Sheet1!C12" for XLSX (column 0-based; -1 gives "Sheet1!12").
  std::string Where(const TableRow& row, int column = -1) const;
};

struct TableReadOptions {
  TextEncoding encoding = TextEncoding::kAuto;
  char delimiter = 0;  // 0: sniffed among ',' ';' '\t' from the first lines
  std::string sheet;   // XLSX: the sheet to read; empty: the first sheet
  // Limits: beyond them the read stops with ResourceExhausted naming the limit.
  size_t max_rows = 1'100'000;
  size_t max_cell_bytes = 1u << 20;            // 1 MiB of UTF-8 per cell
  uint64_t max_uncompressed_bytes = 256u << 20;  // XLSX: per ZIP entry (ZIP bombs)
  size_t max_cells = 5'000'000;  // cells kept in all rows (empty cells before a value count)
  // Text: a quoted cell that runs past this many physical lines (or to the end of the file)
  // is taken as an unterminated quote: the quote is read as a literal character and the
  // record re-read, with a "table_unterminated_quote" diagnostic (docs/tables.md).
  int max_cell_lines = 1000;
};

// "A1"-style column letters: 0 -> "A", 27 -> "AB".
std::string ColumnName(int column);

// Bytes decoded to UTF-8 as `encoding` says (a BOM is removed). `used` receives the
// encoding applied. Errors name `source` and, for invalid UTF-8, the line and byte.
absl::StatusOr<std::string> DecodeText(std::string_view bytes, std::string_view source,
                                       TextEncoding encoding, TextEncoding* used = nullptr);

// A CSV/TSV text (any encoding above) or an XLSX workbook, told apart by the ZIP signature.
absl::StatusOr<Table> ReadTable(std::string_view bytes, std::string_view source,
                                const TableReadOptions& options = {});
absl::StatusOr<Table> ReadTableFile(const std::string& path, const TableReadOptions& options = {});

// Every sheet of an XLSX workbook, in workbook order (for the LKE workbook, which is read
// by sheet and cell).
absl::StatusOr<std::vector<Table>> ReadXlsxWorkbook(std::string_view bytes, std::string_view source,
                                                    const TableReadOptions& options = {});

// Excel serial day (1900 date system, 1 = 1900-01-01, with Excel's phantom 1900-02-29)
// as days since 1970-01-01; nullopt outside 1900..9999 or for a fractional part >= 1.
std::optional<int32_t> ExcelSerialToUnixDays(double serial);
double UnixDaysToExcelSerial(int32_t days);

}  // namespace v1
}  // namespace zi

#endif  // ZI_IO_TABLE_HPP
