// Escaping layers for generated text formats (issue #14: anything that reaches a generated
// file is escaped for that format). Header-only, internal.
//
//   SanitizeUtf8   invalid or overlong UTF-8 -> U+FFFD; C0 controls except TAB/LF, DEL and
//                  C1 controls dropped (CR LF and a lone CR become LF).
//   HtmlText       for element content: & < > escaped (after SanitizeUtf8).
//   HtmlAttr       for a double-quoted attribute value: & < > " ' escaped, LF/TAB as
//                  character references.
// SVG text is built with the same functions (SVG is XML: the same five entities suffice).
#ifndef ZI_INTERNAL_HTML_ESCAPE_HPP
#define ZI_INTERNAL_HTML_ESCAPE_HPP

#include <cstdint>
#include <string>
#include <string_view>

namespace zi::internal {

// Length of the valid UTF-8 sequence starting at s[i] (1..4), or 0 when it is invalid
// (bad lead byte, truncated, overlong, surrogate or above U+10FFFF).
inline size_t Utf8SequenceLength(std::string_view s, size_t i, uint32_t* cp_out = nullptr) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  size_t n = 0;
  uint32_t cp = 0;
  if (c < 0x80) {
    if (cp_out) *cp_out = c;
    return 1;
  } else if (c >= 0xC2 && c <= 0xDF) {
    n = 2, cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3, cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4, cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF)) {
    return 0;
  }
  if (cp_out) *cp_out = cp;
  return n;
}

// Valid UTF-8 without control characters other than TAB and LF (see above).
inline std::string SanitizeUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = 0;
    const size_t n = Utf8SequenceLength(s, i, &cp);
    if (n == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
      continue;
    }
    if (cp == '\r') {
      out.push_back('\n');
      i += (i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    const bool control = (cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0x7F ||
                         (cp >= 0x80 && cp <= 0x9F);
    if (!control) out.append(s.substr(i, n));
    i += n;
  }
  return out;
}

inline void AppendHtmlText(std::string& out, std::string_view s) {
  for (char c : SanitizeUtf8(s)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      default: out.push_back(c);
    }
  }
}

inline void AppendHtmlAttr(std::string& out, std::string_view s) {
  for (char c : SanitizeUtf8(s)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\n': out += "&#10;"; break;
      case '\t': out += "&#9;"; break;
      default: out.push_back(c);
    }
  }
}

inline std::string HtmlText(std::string_view s) {
  std::string out;
  AppendHtmlText(out, s);
  return out;
}

inline std::string HtmlAttr(std::string_view s) {
  std::string out;
  AppendHtmlAttr(out, s);
  return out;
}

}  // namespace zi::internal

#endif  // ZI_INTERNAL_HTML_ESCAPE_HPP
