// Target phrases (ParseTarget, ParseNumberWords): never crash; an accepted target has a
// count >= 0.
#include "fuzz_common.hpp"
#include "zi/plan/target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return -1;
  const auto text = zi_fuzz::Text(data, size);
  auto target = zi::ParseTarget(text);
  if (target.ok()) zi_fuzz::Check(target->count >= 0, "a target counts at least 0");
  auto words = zi::ParseNumberWords(text);
  if (words) zi_fuzz::Check(*words >= 0, "number words are at least 0");
  return 0;
}
