// Helpers shared by the libFuzzer targets in this folder (docs/fuzzing.md).
#ifndef ZI_FUZZ_COMMON_HPP
#define ZI_FUZZ_COMMON_HPP

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace zi_fuzz {

// The fuzzer's bytes as text.
inline std::string_view Text(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// A property that must hold: prints what broke and aborts, so libFuzzer records the input
// as a crash.
inline void Check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "zi fuzz property violated: %s\n", what);
  std::abort();
}

// Every input this large or larger is skipped: libFuzzer's -max_len keeps inputs far
// smaller, and parsing is linear, so size alone finds nothing new.
inline constexpr size_t kMaxInput = 1 << 20;

// The year a phrase target parses for: 2026, or, when the first byte is 0xF8..0xFF (never in
// UTF-8), a year at the edges of the supported range; that byte is then consumed.
inline int PhraseYear(const uint8_t*& data, size_t& size) {
  static constexpr int kYears[] = {2027, 1400, 1401, 9999, 9998, 1, 0, 10000};
  if (size < 1 || data[0] < 0xF8) return 2026;
  const int year = kYears[data[0] - 0xF8];
  ++data;
  --size;
  return year;
}

}  // namespace zi_fuzz

#endif  // ZI_FUZZ_COMMON_HPP
