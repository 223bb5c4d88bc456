// Plan JSON (zi.plan/1): ReadPlanJson never crashes; a plan it accepts is written by
// WritePlanJson and read back equal (parse -> write -> parse), and writing is stable.
#include "fuzz_common.hpp"
#include "zi/io/plan_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > zi_fuzz::kMaxInput) return -1;
  auto plan = zi::ReadPlanJson(zi_fuzz::Text(data, size));
  if (!plan.ok()) return 0;
  const std::string written = zi::WritePlanJson(*plan);
  auto again = zi::ReadPlanJson(written);
  zi_fuzz::Check(again.ok(), "a plan written by WritePlanJson is read back");
  zi_fuzz::Check(*again == *plan, "plan JSON round trip gives the same plan");
  zi_fuzz::Check(zi::WritePlanJson(*again) == written, "WritePlanJson is stable");
  return 0;
}
