// A CSV/TSV text read into one buffer of cell texts with an offset per cell, the form the
// text reader of zi/io/table.hpp builds before it makes a Table of it. Readers that look at
// each cell once (the evidence import) read this form directly: a Table holds a string per
// cell and a vector per row, which for a large evidence file costs more to build and to free
// than the rest of the import.
#ifndef ZI_SRC_TEXT_TABLE_HPP
#define ZI_SRC_TEXT_TABLE_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "zi/base/diagnostic.hpp"
#include "zi/io/table.hpp"

namespace zi::internal {

struct TextTable {
  struct Cell {
    size_t offset = 0;  // into `text`
    size_t size = 0;    // 0: an empty cell
  };
  struct Row {
    int line = 0;  // first and last physical line, as TableRow
    int last_line = 0;
    size_t first = 0;  // the row's cells are cells[first, first + count)
    size_t count = 0;  // trailing empty cells trimmed, as TableRow
  };

  std::string source;
  char delimiter = ',';
  TextEncoding encoding = TextEncoding::kUtf8;
  std::string text;  // every non-empty cell's UTF-8, one after another
  std::vector<Cell> cells;
  std::vector<Row> rows;  // blank rows kept, as Table
  std::vector<Diagnostic> diagnostics;

  std::string_view cell(const Row& row, size_t column) const {
    if (column >= row.count) return {};
    const Cell& c = cells[row.first + column];
    return std::string_view(text).substr(c.offset, c.size);
  }
  // "evidence.csv:12", as Table::Where.
  std::string Where(const Row& row) const;
};

// What ReadTable does with a text table (the bytes are not a ZIP), with the same errors,
// limits and diagnostics; the cells are the same UTF-8 (the whole text is checked, so every
// cell is valid UTF-8 without NUL bytes).
absl::StatusOr<TextTable> ReadTextTable(std::string_view bytes, std::string_view source,
                                        const TableReadOptions& options = {});

}  // namespace zi::internal

#endif  // ZI_SRC_TEXT_TABLE_HPP
