// RRULE (ParseRrule): never crashes or hangs, for year 2026 or (first byte 0xF8..0xFF) a year
// near the edges of the supported range. Accepted rules give ordered windows.
#include "fuzz_common.hpp"
#include "zi/deadline/schedule.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return -1;
  const int year = zi_fuzz::PhraseYear(data, size);
  auto schedule = zi::ParseRrule(zi_fuzz::Text(data, size), year);
  if (!schedule.ok()) return 0;
  for (const auto& w : schedule->windows) {
    zi_fuzz::Check(!(w.end < w.start), "an RRULE window starts no later than it ends");
  }
  return 0;
}
