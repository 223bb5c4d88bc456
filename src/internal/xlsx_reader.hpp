// Internal: the XLSX half of zi::ReadTable (docs/tables.md, "XLSX"). The ZIP is read
// with minizip from memory, every XML part is streamed through expat (no DOM), and every
// limit of TableReadOptions is checked while inflating and parsing.
#ifndef ZI_SRC_XLSX_READER_HPP
#define ZI_SRC_XLSX_READER_HPP

#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "zi/io/table.hpp"

namespace zi::internal {

// True when `bytes` start like a ZIP archive (local file header or empty archive).
bool LooksLikeZip(std::string_view bytes);

// The sheet options.sheet names (the first worksheet when empty), or with `all` every
// worksheet in workbook order.
absl::StatusOr<std::vector<Table>> ReadXlsx(std::string_view bytes, std::string_view source,
                                            const TableReadOptions& options, bool all);

// Shared by the text and XLSX readers: the "source" used in messages.
inline std::string SourceName(std::string_view source) {
  return source.empty() ? std::string("<input>") : std::string(source);
}

}  // namespace zi::internal

#endif  // ZI_SRC_XLSX_READER_HPP
