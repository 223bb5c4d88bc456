// The LKE workbook reader (zi/io/lke_workbook.hpp) on any bytes, against the embedded rubric
// and layout. Never crashes; a workbook read without error findings is written with
// WriteLkeWorkbook and read back to the same answer set (read -> write -> read).
#include <cstdlib>

#include "fuzz_common.hpp"
#include "zi/defaults.hpp"
#include "zi/io/lke_workbook.hpp"

namespace {
struct Setup {
  zi::Rubric rubric;
  zi::LkeWorkbookLayout layout;
};
const Setup& TheSetup() {
  static const Setup setup = [] {
    auto r = zi::DefaultRubric();
    if (!r.ok()) std::abort();
    auto l = zi::DefaultLkeWorkbookLayout(*r);
    if (!l.ok()) std::abort();
    return Setup{*std::move(r), *std::move(l)};
  }();
  return setup;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > zi_fuzz::kMaxInput) return -1;
  const Setup& s = TheSetup();
  const auto bytes = zi_fuzz::Text(data, size);
  auto read = zi::ReadLkeWorkbook(bytes, s.rubric, s.layout);
  if (!read.ok() || zi::HasErrors(read->findings)) return 0;
  auto written = zi::WriteLkeWorkbook(read->answers, s.rubric, s.layout);
  if (!written.ok()) {
    // Only a text beyond a spreadsheet cell's 32767 characters may stop the writer.
    zi_fuzz::Check(absl::IsInvalidArgument(written.status()),
                   "answers read from a workbook are written");
    return 0;
  }
  auto back = zi::ReadLkeWorkbook(written->bytes, s.rubric, s.layout);
  zi_fuzz::Check(back.ok(), "a workbook written by WriteLkeWorkbook is read back");
  zi_fuzz::Check(back->answers == read->answers, "LKE workbook round trip gives the same answers");
  return 0;
}
