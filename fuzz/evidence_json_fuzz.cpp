// Evidence JSON (ReadEvidenceJson against the default plan's scope): never crashes;
// accepted records have a count >= 1, rejected rows say where and why.
#include "evidence_scope.hpp"
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > zi_fuzz::kMaxInput) return -1;
  auto read = zi::ReadEvidenceJson(zi_fuzz::Text(data, size), zi_fuzz::DefaultScope());
  if (!read.ok()) return 0;
  for (const auto& r : read->accepted) {
    zi_fuzz::Check(r.count >= 1, "an accepted evidence record counts at least 1");
  }
  for (const auto& r : read->rejected) {
    zi_fuzz::Check(!r.where.empty() && !r.reason.empty(), "a rejected record says where and why");
  }
  return 0;
}
