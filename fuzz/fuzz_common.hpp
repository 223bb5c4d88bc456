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

}  // namespace zi_fuzz

#endif  // ZI_FUZZ_COMMON_HPP
