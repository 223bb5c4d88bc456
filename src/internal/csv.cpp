#include "internal/csv.hpp"

#include "internal/utf8.hpp"

namespace zi::internal {

CsvReader::CsvReader(std::string_view text) : s_(text) {
  if (s_.substr(0, 3) == "\xEF\xBB\xBF") s_.remove_prefix(3);
}

bool CsvReader::Next(CsvRecord& rec) {
  if (pos_ >= s_.size()) return false;
  rec = CsvRecord{};
  rec.line = line_;
  std::string field;
  bool quoted = false;
  bool was_quoted = false;  // a quote opens a quoted field only once, at its start
  while (true) {
    if (pos_ >= s_.size()) {
      if (quoted) rec.unterminated_quote = true;
      rec.fields.push_back(std::move(field));
      return true;
    }
    const char c = s_[pos_];
    if (quoted) {
      if (c == '"') {
        if (pos_ + 1 < s_.size() && s_[pos_ + 1] == '"') {
          field.push_back('"');
          pos_ += 2;
        } else {
          quoted = false;
          ++pos_;
        }
      } else {
        if (c == '\n') ++line_;
        field.push_back(c);
        ++pos_;
      }
      continue;
    }
    if (c == '"' && !was_quoted && Trim(field).empty()) {
      field.clear();
      quoted = was_quoted = true;
      ++pos_;
    } else if (c == ',') {
      rec.fields.push_back(std::move(field));
      field.clear();
      was_quoted = false;
      ++pos_;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '\n') ++pos_;
      ++pos_;
      ++line_;
      rec.fields.push_back(std::move(field));
      return true;
    } else {
      field.push_back(c);
      ++pos_;
    }
  }
}

std::string_view TrimView(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return s.substr(b, e - b);
}

std::string Trim(std::string_view s) { return std::string(TrimView(s)); }

bool IsValidUtf8(std::string_view s) {
  // Strict (internal/utf8.hpp): overlong forms, surrogates and code points past U+10FFFF
  // are refused too; and no NUL.
  return s.find('\0') == std::string_view::npos && !FirstInvalidUtf8(s).has_value();
}

bool IsBlank(const CsvRecord& r) {
  for (const std::string& f : r.fields) {
    if (!TrimView(f).empty()) return false;
  }
  return true;
}

void AppendCsvField(std::string& out, std::string_view f) {
  const bool plain = f.find_first_of(",\"\n\r") == std::string_view::npos &&
                     (f.empty() || (f.front() != ' ' && f.front() != '#' && f.back() != ' '));
  if (plain) {
    out.append(f);
    return;
  }
  out.push_back('"');
  for (char c : f) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

}  // namespace zi::internal
