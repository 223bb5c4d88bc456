// Plan JSON (zi.plan/1): ReadPlanJson never crashes; a plan it accepts is written by
// WritePlanJson and read back equal (parse -> write -> parse), and writing is stable. The
// one-pass reader (internal/plan_json_direct.hpp) accepts only what the checked reader
// accepts, and reads it as the same PlanData.
#include "fuzz_common.hpp"
#include "internal/plan_json_direct.hpp"
#include "zi/io/plan_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > zi_fuzz::kMaxInput) return -1;
  const std::string_view text = zi_fuzz::Text(data, size);
  if (auto direct = zi::internal::ReadPlanDataDirect(text)) {
    auto checked = zi::internal::ReadPlanDataChecked(text);
    zi_fuzz::Check(checked.ok(), "the one-pass plan reader accepts only what the checked one does");
    zi_fuzz::Check(*checked == *direct, "the one-pass plan reader reads the same PlanData");
  }
  auto plan = zi::ReadPlanJson(text);
  if (!plan.ok()) return 0;
  const std::string written = zi::WritePlanJson(*plan);
  auto again = zi::ReadPlanJson(written);
  zi_fuzz::Check(again.ok(), "a plan written by WritePlanJson is read back");
  zi_fuzz::Check(*again == *plan, "plan JSON round trip gives the same plan");
  zi_fuzz::Check(zi::WritePlanJson(*again) == written, "WritePlanJson is stable");
  return 0;
}
