// The LKE workbook layout (zi.lke-workbook-layout/1, ReadLkeWorkbookLayoutJson, read from
// `zi lke workbook --layout FILE` and the C API) against the embedded rubric. Never
// crashes; an accepted layout has its rows in strictly increasing sheet-row order, each
// found again by FindRow, and its sheet among its sheets.
#include <cstdlib>

#include "fuzz_common.hpp"
#include "zi/defaults.hpp"
#include "zi/io/lke_workbook.hpp"

namespace {
const zi::Rubric& TheRubric() {
  static const zi::Rubric rubric = [] {
    auto r = zi::DefaultRubric();
    if (!r.ok()) std::abort();
    return *std::move(r);
  }();
  return rubric;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > zi_fuzz::kMaxInput) return -1;
  auto layout = zi::ReadLkeWorkbookLayoutJson(zi_fuzz::Text(data, size), TheRubric(), "fuzz.json");
  if (!layout.ok()) {
    zi_fuzz::Check(!layout.status().message().empty(), "a refused layout says why");
    return 0;
  }
  bool sheet_listed = false;
  for (const std::string& s : layout->sheets) sheet_listed = sheet_listed || s == layout->sheet;
  zi_fuzz::Check(sheet_listed, "the layout's sheet is one of its sheets");
  for (size_t i = 0; i < layout->rows.size(); ++i) {
    const zi::LkeWorkbookRow& r = layout->rows[i];
    zi_fuzz::Check(i == 0 || layout->rows[i - 1].row < r.row, "layout rows are in row order");
    zi_fuzz::Check(layout->FindRow(r.row) == &r, "FindRow finds each layout row");
  }
  return 0;
}
