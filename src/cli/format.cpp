#include "format.hpp"

#include <cctype>
#include <cstdint>
#include <cstdio>

namespace zi::cli {
namespace {

// One UTF-8 character at text[i]: its code point and byte length; an invalid or cut
// sequence is one byte (code point 0xFFFD).
char32_t Decode(std::string_view text, size_t i, size_t* length) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c = byte(i);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > text.size()) {
    *length = 1;
    return c < 0x80 ? c : 0xFFFD;
  }
  char32_t cp = n == 1 ? c : c & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      *length = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  *length = n;
  return cp;
}

bool In(char32_t c, char32_t lo, char32_t hi) { return c >= lo && c <= hi; }

int Columns(char32_t c) {
  // Combining marks and zero-width characters.
  if (In(c, 0x0300, 0x036F) || In(c, 0x1AB0, 0x1AFF) || In(c, 0x1DC0, 0x1DFF) ||
      In(c, 0x20D0, 0x20FF) || In(c, 0xFE20, 0xFE2F) || In(c, 0x200B, 0x200F) || c == 0xFEFF) {
    return 0;
  }
  // East Asian wide and fullwidth characters, and the common emoji blocks.
  if (In(c, 0x1100, 0x115F) || In(c, 0x2E80, 0x303E) || In(c, 0x3041, 0x33FF) ||
      In(c, 0x3400, 0x4DBF) || In(c, 0x4E00, 0x9FFF) || In(c, 0xA000, 0xA4CF) ||
      In(c, 0xAC00, 0xD7A3) || In(c, 0xF900, 0xFAFF) || In(c, 0xFE30, 0xFE4F) ||
      In(c, 0xFF00, 0xFF60) || In(c, 0xFFE0, 0xFFE6) || In(c, 0x1F300, 0x1F64F) ||
      In(c, 0x1F900, 0x1F9FF) || In(c, 0x20000, 0x3FFFD)) {
    return 2;
  }
  return 1;
}

}  // namespace

size_t DisplayWidth(std::string_view text) {
  size_t width = 0;
  for (size_t i = 0, n = 0; i < text.size(); i += n) width += Columns(Decode(text, i, &n));
  return width;
}

std::string Truncate(std::string_view text, size_t width) {
  if (DisplayWidth(text) <= width) return std::string(text);
  if (width == 0) return "";
  size_t used = 0, end = 0;
  for (size_t n = 0; end < text.size(); end += n) {
    const int w = Columns(Decode(text, end, &n));
    if (used + static_cast<size_t>(w) > width - 1) break;
    used += static_cast<size_t>(w);
  }
  return std::string(text.substr(0, end)) + "…";
}

std::string PadRight(std::string_view text, size_t width) {
  const size_t w = DisplayWidth(text);
  return std::string(text) + std::string(w < width ? width - w : 0, ' ');
}

std::string PadLeft(std::string_view text, size_t width) {
  const size_t w = DisplayWidth(text);
  return std::string(w < width ? width - w : 0, ' ') + std::string(text);
}

std::string Cell(std::string_view text, size_t width) {
  return PadRight(Truncate(text, width), width);
}

std::string FixedDecimal(double x, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals < 0 ? 0 : decimals, x);
  std::string s = buf;
  // "-0,00" after rounding is zero.
  if (s[0] == '-' && s.find_first_not_of("-0.") == std::string::npos) s.erase(0, 1);
  for (char& c : s) {
    if (c == '.') c = ',';
  }
  return s;
}

std::string DecimalCommas(std::string_view text) {
  std::string out(text);
  const auto digit = [&](size_t i) { return i < out.size() && out[i] >= '0' && out[i] <= '9'; };
  size_t i = 0;
  while (i < out.size()) {
    if (!digit(i)) {
      ++i;
      continue;
    }
    // A run of digits and dots starting at a digit: "0.8438" or "1.2.1.1" or "3.".
    size_t end = i, dots = 0, dot = 0;
    while (end < out.size() && (digit(end) || (out[end] == '.' && digit(end + 1)))) {
      if (out[end] == '.') {
        ++dots;
        dot = end;
      }
      ++end;
    }
    const bool letter_before = i > 0 && (std::isalpha(static_cast<unsigned char>(out[i - 1])) ||
                                         out[i - 1] == '_' || out[i - 1] == '.');
    if (dots == 1 && !letter_before) out[dot] = ',';
    i = end;
  }
  return out;
}

std::string Decimal(double x, int decimals) {
  std::string s = FixedDecimal(x, decimals);
  if (s.find(',') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == ',') s.pop_back();
  }
  return s;
}

}  // namespace zi::cli
