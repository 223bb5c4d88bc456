// LKE rubric JSON (zi.lke-rubric/1): ReadRubricJson never crashes or hangs (same_as
// references, parents and predicates included).
#include "fuzz_common.hpp"
#include "zi/io/lke_rubric_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > zi_fuzz::kMaxInput) return -1;
  auto rubric = zi::ReadRubricJson(zi_fuzz::Text(data, size));
  (void)rubric;
  return 0;
}
