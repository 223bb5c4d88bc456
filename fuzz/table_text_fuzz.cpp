// Fuzz target: the text half of zi::ReadTable (docs/tables.md): decoding in every encoding,
// delimiter sniffing, quotes and the unterminated-quote recovery, limits. The first byte
// picks the encoding, the delimiter and small limits, so that every path is reached. What
// was read is then written with WriteCsv and read again: the same cells must come back
// (with the formula guard's apostrophe).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "zi/io/table.hpp"
#include "zi/io/table_writer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t mode = data[0];
  std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  zi::TableReadOptions o;
  static constexpr zi::TextEncoding kEnc[] = {zi::TextEncoding::kAuto, zi::TextEncoding::kUtf8,
                                              zi::TextEncoding::kUtf16, zi::TextEncoding::kCp1252};
  o.encoding = kEnc[mode & 3];
  static constexpr char kDelim[] = {0, ',', ';', '\t'};
  o.delimiter = kDelim[(mode >> 2) & 3];
  if (mode & 0x10) {
    o.max_cell_lines = 3;
    o.max_cell_bytes = 64;
  }
  if (mode & 0x20) {
    o.max_rows = 16;
    o.max_cells = 64;
  }
  absl::StatusOr<zi::Table> t = zi::ReadTable(bytes, "fuzz.csv", o);
  if (t.ok()) {
    // Every physical line in exactly one row, in order.
    int next = 1;
    for (const zi::TableRow& r : t->rows) {
      if (r.line != next || r.last_line < r.line) __builtin_trap();
      next = r.last_line + 1;
      (void)t->Where(r, 0);
    }
    zi::TableSheet sheet;
    sheet.name = "x";
    size_t width = 1;
    for (const zi::TableRow& r : t->rows) width = std::max(width, r.cells.size());
    sheet.columns.resize(width);
    for (const zi::TableRow& r : t->rows) {
      std::vector<zi::TableValue> row;
      for (const zi::TableCell& c : r.cells) row.emplace_back(c.text);
      sheet.rows.push_back(std::move(row));
    }
    zi::CsvWriteOptions w;
    w.delimiter = t->delimiter;
    w.header = false;
    w.crlf = (mode & 0x40) != 0;
    const std::string csv = zi::WriteCsv(sheet, w);
    zi::TableReadOptions back;
    back.delimiter = t->delimiter;
    back.encoding = zi::TextEncoding::kUtf8;
    absl::StatusOr<zi::Table> again = zi::ReadTable(csv, "again.csv", back);
    if (!again.ok() || again->rows.size() != t->rows.size()) __builtin_trap();
    for (size_t i = 0; i < t->rows.size(); ++i) {
      const auto& a = t->rows[i].cells;
      const auto& b = again->rows[i].cells;
      if (a.size() != b.size()) __builtin_trap();
      for (size_t k = 0; k < a.size(); ++k) {
        const std::string& x = a[k].text;
        const bool guarded = !x.empty() && (x[0] == '=' || x[0] == '+' || x[0] == '-' ||
                                            x[0] == '@' || x[0] == '\t' || x[0] == '\r');
        if (b[k].text != (guarded ? "'" + x : x)) __builtin_trap();
      }
    }
  }
  return 0;
}
