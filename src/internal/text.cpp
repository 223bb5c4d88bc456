#include "internal/text.hpp"

namespace zi::internal {

namespace {

// True when CleanText would return `s` as it is: no markup, no whitespace but single spaces
// between words. Most texts of a plan are like that, and are then copied in one go.
bool IsClean(std::string_view s) {
  if (!s.empty() && (s.front() == ' ' || s.back() == ' ')) return false;
  char prev = 0;
  for (const char c : s) {
    if (c == '<' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return false;
    if (c == ' ' && prev == ' ') return false;
    prev = c;
  }
  return true;
}

// Where the tag starting at s[i] == '<' ends ('>'), or npos when CleanText would keep the
// '<' as text: a tag is '<' followed by '/' or a letter, and anything up to '>'.
size_t TagEnd(std::string_view s, size_t i) {
  const size_t close = s.find('>', i);
  const bool looks_like_tag = close != std::string_view::npos && i + 1 < s.size() &&
                              (s[i + 1] == '/' || (s[i + 1] >= 'a' && s[i + 1] <= 'z') ||
                               (s[i + 1] >= 'A' && s[i + 1] <= 'Z'));
  return looks_like_tag ? close : std::string_view::npos;
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

bool IsBlankText(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (IsSpace(s[i])) continue;
    if (s[i] != '<') return false;
    const size_t close = TagEnd(s, i);
    if (close == std::string_view::npos) return false;
    i = close;
  }
  return true;
}

std::string CleanText(std::string_view s) {
  if (IsClean(s)) return std::string(s);
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '<') {
      const size_t close = TagEnd(s, i);
      if (close != std::string_view::npos) {
        // Block tags separate words; inline tags (<i>) do not, but a space is harmless
        // only where one already was, so keep words joined unless it is a <p>/<br>.
        const std::string_view tag = s.substr(i + 1, close - i - 1);
        if (tag == "p" || tag == "/p" || tag == "br" || tag == "br/" || tag == "br /") {
          pending_space = !out.empty();
        }
        i = close;
        continue;
      }
    }
    if (IsSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out.push_back(' ');
      pending_space = false;
    }
    out.push_back(c);
  }
  return out;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start < s.size()) {
    size_t end = s.find(' ', start);
    if (end == std::string_view::npos) end = s.size();
    if (end > start) words.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

bool IsAsciiDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace zi::internal
