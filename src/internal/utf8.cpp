#include "internal/utf8.hpp"

#include <cstdio>
#include <cstring>

#include "internal/strings.hpp"

namespace zi::internal {

size_t SkipAscii(std::string_view s, size_t from, bool no_nul) {
  constexpr uint64_t kHigh = 0x8080808080808080ull, kOnes = 0x0101010101010101ull;
  size_t i = from;
  while (i + 8 <= s.size()) {
    uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    if (v & kHigh) break;
    // A zero byte, and only a zero byte, sets its high bit in (v - 1s) & ~v (v has no high
    // bits here, so no borrow crosses a byte that is not zero).
    if (no_nul && ((v - kOnes) & ~v & kHigh) != 0) break;
    i += 8;
  }
  return i;
}

std::optional<size_t> FirstInvalidUtf8(std::string_view s) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  const auto cont = [&](size_t i) { return i < s.size() && (byte(i) & 0xC0) == 0x80; };
  size_t i = 0;
  while (i < s.size()) {
    i = SkipAscii(s, i, false);
    if (i >= s.size()) break;
    const unsigned char c = byte(i);
    if (c < 0x80) {
      ++i;
      continue;
    }
    // The second byte's range depends on the first (Unicode table 3-7): that is what rules
    // out overlong forms (C0, C1, E0 80..9F, F0 80..8F), surrogates (ED A0..BF) and code
    // points past U+10FFFF (F4 90..BF, F5..FF).
    size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return i;
    }
    if (i + 1 >= s.size() || byte(i + 1) < lo || byte(i + 1) > hi) return i;
    for (size_t k = 2; k <= n; ++k) {
      if (!cont(i + k)) return i;
    }
    i += n + 1;
  }
  return std::nullopt;
}

std::string Utf8Problem(std::string_view s) {
  const std::optional<size_t> at = FirstInvalidUtf8(s);
  if (!at) return {};
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(s[*at]));
  return Cat("bukan teks UTF-8 yang sah (byte ", std::string_view(hex), " pada offset byte ", *at,
             ")");
}

}  // namespace zi::internal
