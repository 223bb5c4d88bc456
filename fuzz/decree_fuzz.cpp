// Fuzz target: the decree import (docs/decree-import.md) on the PDF converter's text and on
// CSV: header detection, continuation rows, fused and shifted rows, numbering, the LKE
// resolution and the metadata. The first byte picks the form and whether the satker and
// year are given. Properties: no crash; an imported plan has ids by position, every node
// mapped at most once per sub-area, and survives its own JSON format.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>

#include "fuzz_common.hpp"
#include "zi/io/decree_import.hpp"
#include "zi/io/plan_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size >= zi_fuzz::kMaxInput) return 0;
  const uint8_t mode = data[0];
  const std::string_view bytes = zi_fuzz::Text(data + 1, size - 1);
  zi::DecreeImportOptions o;
  o.format = (mode & 1) ? zi::DecreeFormat::kText : zi::DecreeFormat::kAuto;
  if (mode & 2) {
    o.satker_code = "KPU-72";
    o.year = 2026;
  }
  absl::StatusOr<zi::DecreeImport> got = zi::ImportDecree(bytes, "fuzz.txt", o);
  if (!got.ok()) return 0;
  const zi::Plan& plan = got->plan;
  std::set<std::string> subareas;
  for (size_t c = 0; c < plan.components().size(); ++c) {
    const zi::Component& comp = plan.components()[c];
    zi_fuzz::Check(comp.id == std::to_string(c + 1), "component id by position");
    for (size_t a = 0; a < comp.aspects.size(); ++a) {
      const zi::Aspect& asp = comp.aspects[a];
      zi_fuzz::Check(asp.id == comp.id + "." + std::to_string(a + 1), "aspect id by position");
      if (!asp.lke_subarea.empty()) {
        zi_fuzz::Check(subareas.insert(asp.lke_subarea).second, "a sub-area mapped twice");
      }
    }
  }
  (void)zi::DecreeImportReportJson(*got);
  (void)zi::DecreeImportReportText(*got);
  absl::StatusOr<zi::Plan> back =
      zi::ReadPlanJson(zi::WritePlanJson(plan), zi::PlanReadOptions{.validate = false});
  zi_fuzz::Check(back.ok() && *back == plan, "the plan survives its JSON format");
  return 0;
}
