// Fuzz target: the XLSX half of zi::ReadTable / zi::ReadXlsxWorkbook (docs/tables.md): the
// ZIP from memory (minizip), every XML part streamed through expat, shared strings,
// styles, merges and the limits. Inputs that are not ZIPs are read as text tables.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "zi/io/table.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  zi::TableReadOptions o;
  o.max_uncompressed_bytes = 8u << 20;
  o.max_cells = 200000;
  absl::StatusOr<std::vector<zi::Table>> all = zi::ReadXlsxWorkbook(bytes, "fuzz.xlsx", o);
  if (all.ok()) {
    for (const zi::Table& t : *all) {
      for (size_t i = 0; i < t.rows.size(); ++i) {
        if (t.rows[i].line != static_cast<int>(i + 1)) __builtin_trap();
        (void)t.Where(t.rows[i], static_cast<int>(t.rows[i].cells.size()) - 1);
      }
    }
  }
  o.sheet = "Sheet1";
  (void)zi::ReadTable(bytes, "fuzz.xlsx", o);
  return 0;
}
