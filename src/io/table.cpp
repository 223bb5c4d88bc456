#include "zi/io/table.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "internal/strings.hpp"
#include "internal/text_table.hpp"
#include "internal/utf8.hpp"
#include "internal/xlsx_reader.hpp"
#include "zi/io/file.hpp"

namespace zi {
inline namespace v1 {

using internal::Cat;
using internal::SourceName;

namespace {

// ---- decoding ------------------------------------------------------------------------

void AppendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Windows-1252 0x80..0x9F; the five bytes Windows leaves undefined map to the C1 control
// of the same value, as the WHATWG Encoding Standard does.
constexpr std::array<uint16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Length of the well-formed UTF-8 sequence at s[i] (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), or 0.
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char c = b(0);
  if (c < 0x80) return 1;
  const size_t left = s.size() - i;
  const auto cont = [&](size_t k) { return k < left && (b(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && b(1) < 0xA0) return 0;   // overlong
    if (c == 0xED && b(1) >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && b(1) < 0x90) return 0;   // overlong
    if (c == 0xF4 && b(1) >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

// Line (1-based, LF, CRLF or CR ends a line) and column (1-based, in characters) of
// byte `offset` of UTF-8-ish text.
std::pair<int, int> LineColumn(std::string_view s, size_t offset) {
  int line = 1, col = 1;
  for (size_t i = 0; i < offset && i < s.size();) {
    const char c = s[i];
    if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < offset && s[i + 1] == '\n') ++i;
      ++i;
      ++line;
      col = 1;
      continue;
    }
    const size_t n = Utf8SequenceLength(s, i);
    i += n == 0 ? 1 : n;
    ++col;
  }
  return {line, col};
}

absl::Status CheckUtf8(std::string_view s, const std::string& src) {
  for (size_t i = 0; i < s.size();) {
    i = internal::SkipAscii(s, i, /*no_nul=*/true);
    if (i >= s.size()) break;
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c == 0) {
        auto [line, col] = LineColumn(s, i);
        return absl::InvalidArgumentError(Cat(
            src, ":", line, ": berkas memuat byte NUL (kolom ", col,
            "); jika berkas disimpan sebagai UTF-16 tanpa BOM, bacalah dengan encoding utf-16"));
      }
      ++i;
      continue;
    }
    const size_t n = Utf8SequenceLength(s, i);
    if (n == 0) {
      auto [line, col] = LineColumn(s, i);
      static constexpr char kHex[] = "0123456789ABCDEF";
      const std::string hex = {kHex[c >> 4], kHex[c & 0xF]};
      return absl::InvalidArgumentError(
          Cat(src, ":", line, ": byte bukan UTF-8 (byte 0x", hex, " di kolom ", col,
              "); jika berkas disimpan Excel sebagai 'CSV (Comma delimited)', bacalah dengan "
              "encoding cp1252"));
    }
    i += n;
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> DecodeUtf16(std::string_view s, bool big_endian,
                                        const std::string& src) {
  if (s.size() % 2 != 0) {
    return absl::InvalidArgumentError(
        Cat(src, ": berkas UTF-16 berukuran ganjil (", s.size(), " byte): terpotong?"));
  }
  std::string out;
  out.reserve(s.size());
  int line = 1, col = 1;
  bool after_cr = false;
  const auto unit = [&](size_t i) -> uint32_t {
    const auto lo = static_cast<unsigned char>(s[i + (big_endian ? 1 : 0)]);
    const auto hi = static_cast<unsigned char>(s[i + (big_endian ? 0 : 1)]);
    return static_cast<uint32_t>(hi) << 8 | lo;
  };
  for (size_t i = 0; i < s.size(); i += 2) {
    uint32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 2 < s.size() && unit(i + 2) >= 0xDC00 &&
        unit(i + 2) <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (unit(i + 2) - 0xDC00);
      i += 2;
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      return absl::InvalidArgumentError(
          Cat(src, ":", line, ": UTF-16 rusak: surrogate tanpa pasangan di kolom ", col));
    } else if (cp == 0) {
      return absl::InvalidArgumentError(
          Cat(src, ":", line, ": berkas memuat karakter NUL (kolom ", col, ")"));
    }
    if (cp == '\n' && after_cr) {
      // CRLF: the line was counted at the CR
    } else if (cp == '\n' || cp == '\r') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
    after_cr = cp == '\r';
    AppendUtf8(out, cp);
  }
  return out;
}

absl::StatusOr<std::string> DecodeCp1252(std::string_view s, const std::string& src) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0) {
      auto [line, col] = LineColumn(s, i);
      return absl::InvalidArgumentError(
          Cat(src, ":", line, ": berkas memuat byte NUL (kolom ", col, ")"));
    }
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0xA0) {
      AppendUtf8(out, kCp1252High[c - 0x80]);
    } else {
      AppendUtf8(out, c);
    }
  }
  return out;
}

// UTF-16 without a BOM: big-endian when NUL bytes fall on even offsets more often.
bool LooksBigEndian(std::string_view s) {
  size_t even = 0, odd = 0;
  const size_t n = std::min<size_t>(s.size(), 4096);
  for (size_t i = 0; i < n; ++i) {
    if (s[i] == 0) (i % 2 == 0 ? even : odd)++;
  }
  return even > odd;
}

// ---- CSV / TSV ---------------------------------------------------------------------------

// Among ',' ';' and TAB, the most frequent outside quotes in the first record (of the
// first 20 lines, within 64 KiB) that holds any; ties go to ',' then ';' then TAB; ','
// when none holds any.
char SniffDelimiter(std::string_view t) {
  const size_t limit = std::min<size_t>(t.size(), 64 * 1024);
  std::array<size_t, 3> counts = {0, 0, 0};
  bool quoted = false;
  int lines = 0;
  for (size_t i = 0; i < limit && lines < 20; ++i) {
    const char c = t[i];
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && (c == '\n' || c == '\r')) {
      if (counts[0] + counts[1] + counts[2] > 0) break;
      if (c == '\r' && i + 1 < limit && t[i + 1] == '\n') ++i;
      ++lines;
    } else if (!quoted) {
      if (c == ',') ++counts[0];
      if (c == ';') ++counts[1];
      if (c == '\t') ++counts[2];
    }
  }
  if (counts[0] >= counts[1] && counts[0] >= counts[2]) return ',';
  if (counts[1] >= counts[2]) return ';';
  return '\t';
}

// Reads records into a TextTable: each cell's text is appended to the table's one buffer
// (reserved to the input's size, which the cells never exceed: quotes are dropped, CRLF
// becomes LF), so a record costs no allocation of its own.
class TextTableReader {
 public:
  TextTableReader(std::string_view text, const TableReadOptions& o, internal::TextTable& table)
      : t_(text), o_(o), table_(table), delim_(table.delimiter) {
    table_.text.reserve(t_.size());
  }

  absl::Status Read() {
    size_t pos = 0;
    int line = 1;
    while (pos < t_.size()) {
      internal::TextTable::Row row;
      size_t end = 0;
      int end_line = 0;
      while (true) {
        Outcome r = ParseRecord(pos, line, row, end, end_line);
        if (r == Outcome::kOk) break;
        if (r == Outcome::kError) return error_;
        // Unterminated quote: read it as a literal character and parse the record again.
        literal_quotes_.insert(
            std::upper_bound(literal_quotes_.begin(), literal_quotes_.end(), quote_pos_),
            quote_pos_);
        table_.diagnostics.push_back(Diagnostic{
            Severity::kWarning, "table_unterminated_quote", Cat(table_.source, ":", quote_line_),
            "",
            Cat("tanda kutip yang dibuka di baris ", quote_line_, " tidak ditutup dalam ",
                o_.max_cell_lines,
                " baris atau sampai akhir berkas; tanda kutip itu dibaca sebagai huruf biasa")});
      }
      if (table_.rows.size() >= o_.max_rows) {
        return absl::ResourceExhaustedError(
            Cat(table_.source, ": lebih dari ", o_.max_rows, " baris (batas max_rows)"));
      }
      table_.rows.push_back(row);
      cells_kept_ = table_.cells.size();
      text_kept_ = table_.text.size();
      pos = end;
      line = end_line + 1;
    }
    return absl::OkStatus();
  }

 private:
  enum class Outcome { kOk, kUnterminated, kError };

  bool IsLiteralQuote(size_t pos) const {
    return std::binary_search(literal_quotes_.begin(), literal_quotes_.end(), pos);
  }

  Outcome Fail(absl::Status s) {
    error_ = std::move(s);
    return Outcome::kError;
  }

  // The record starting at `start` (physical line `line`) into `row`, its cells appended to
  // the table (a record parsed again first drops what its last attempt appended); `end`
  // receives the offset after its line end and `end_line` its last physical line.
  Outcome ParseRecord(size_t start, int line, internal::TextTable::Row& row, size_t& end,
                      int& end_line) {
    std::string& text = table_.text;
    std::vector<internal::TextTable::Cell>& cells = table_.cells;
    const size_t first_cell = cells_kept_;
    cells.resize(cells_kept_);
    text.resize(text_kept_);
    row = internal::TextTable::Row{};
    row.line = line;
    row.first = first_cell;
    size_t pos = start;
    size_t pending_empty = 0;  // empty fields not yet known to be followed by a value
    // The field being read is text[field, text.size()).
    size_t field = text.size();
    const auto field_size = [&] { return text.size() - field; };
    const auto row_cells = [&] { return cells.size() - first_cell; };
    bool quoted = false, was_quoted = false;
    size_t open_pos = 0;
    int open_line = 0;
    const auto end_field = [&]() -> bool {
      if (field_size() == 0) {
        ++pending_empty;
      } else {
        const size_t add = pending_empty + 1;
        if (cells.size() + add > o_.max_cells) {
          error_ = absl::ResourceExhaustedError(Cat(table_.source, ":", row.line, ": lebih dari ",
                                                    o_.max_cells, " sel (batas max_cells)"));
          return false;
        }
        // An empty cell views the end of the text so far: offsets stay in order.
        cells.resize(cells.size() + pending_empty, internal::TextTable::Cell{field, 0});
        pending_empty = 0;
        cells.push_back(internal::TextTable::Cell{field, field_size()});
        field = text.size();
      }
      quoted = was_quoted = false;
      return true;
    };
    const auto finish = [&] {
      row.count = row_cells();
      row.last_line = line;
    };
    const auto too_big = [&]() {
      return Fail(absl::ResourceExhaustedError(
          Cat(table_.source, ":", row.line, ": sel di kolom ", row_cells() + pending_empty + 1,
              " lebih besar dari ", o_.max_cell_bytes, " byte (batas max_cell_bytes)")));
    };
    while (true) {
      if (pos >= t_.size()) {
        if (quoted) return Unterminated(open_pos, open_line);
        if (!end_field()) return Outcome::kError;
        end = pos;
        end_line = line;
        finish();
        return Outcome::kOk;
      }
      const char c = t_[pos];
      if (quoted) {
        if (c == '"') {
          if (pos + 1 < t_.size() && t_[pos + 1] == '"') {
            text.push_back('"');
            pos += 2;
          } else {
            quoted = false;
            ++pos;
          }
        } else if (c == '\n' || c == '\r') {
          pos += (c == '\r' && pos + 1 < t_.size() && t_[pos + 1] == '\n') ? 2 : 1;
          ++line;
          if (line - open_line > o_.max_cell_lines) return Unterminated(open_pos, open_line);
          text.push_back('\n');
        } else {
          // Copy the run up to the next quote or line end at once.
          size_t stop = t_.find_first_of("\"\r\n", pos);
          if (stop == std::string_view::npos) stop = t_.size();
          text.append(t_.substr(pos, stop - pos));
          pos = stop;
        }
        if (field_size() > o_.max_cell_bytes) return too_big();
        continue;
      }
      if (c == delim_) {
        if (!end_field()) return Outcome::kError;
        ++pos;
      } else if (c == '\n' || c == '\r') {
        if (!end_field()) return Outcome::kError;
        pos += (c == '\r' && pos + 1 < t_.size() && t_[pos + 1] == '\n') ? 2 : 1;
        end = pos;
        end_line = line;
        finish();
        return Outcome::kOk;
      } else if (c == '"' && !was_quoted &&
                 std::string_view(text).substr(field).find_first_not_of(' ') ==
                     std::string_view::npos &&
                 !IsLiteralQuote(pos)) {
        text.resize(field);
        quoted = was_quoted = true;
        open_pos = pos;
        open_line = line;
        ++pos;
      } else {
        // Copy the run up to the next delimiter, quote or line end at once (a quote inside
        // an unquoted field is text, and is looked at on its own by the branch above), but
        // no further than one byte past the cell limit.
        size_t stop = pos + 1;
        const size_t room =
            o_.max_cell_bytes >= field_size() ? o_.max_cell_bytes - field_size() : 0;
        const size_t limit = std::min(t_.size(), pos + room + 1);
        while (stop < limit) {
          const char d = t_[stop];
          if (d == delim_ || d == '\n' || d == '\r' || d == '"') break;
          ++stop;
        }
        text.append(t_.substr(pos, stop - pos));
        pos = stop;
        if (field_size() > o_.max_cell_bytes) return too_big();
      }
    }
  }

  Outcome Unterminated(size_t pos, int line) {
    quote_pos_ = pos;
    quote_line_ = line;
    return Outcome::kUnterminated;
  }

  std::string_view t_;
  const TableReadOptions& o_;
  internal::TextTable& table_;
  char delim_;
  size_t cells_kept_ = 0, text_kept_ = 0;  // of the records read so far
  std::vector<size_t> literal_quotes_;  // sorted offsets of quotes read as literal text
  size_t quote_pos_ = 0;
  int quote_line_ = 0;
  absl::Status error_;
};

// DecodeText without copying UTF-8 input: a view of `bytes` (its BOM dropped) when it is
// UTF-8 already, else of `storage`, which holds the decoded text.
absl::StatusOr<std::string_view> DecodeTextView(std::string_view bytes, const std::string& src,
                                                TextEncoding encoding, TextEncoding* used,
                                                std::string& storage) {
  TextEncoding dummy;
  if (used == nullptr) used = &dummy;
  const auto decoded = [&](absl::StatusOr<std::string> text) -> absl::StatusOr<std::string_view> {
    if (!text.ok()) return text.status();
    storage = *std::move(text);
    return std::string_view(storage);
  };
  // A BOM is definitive, whatever was asked.
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    *used = TextEncoding::kUtf8;
    bytes.remove_prefix(3);
    if (absl::Status s = CheckUtf8(bytes, src); !s.ok()) return s;
    return bytes;
  }
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
    *used = TextEncoding::kUtf16;
    const bool be = bytes[0] == '\xFE';
    return decoded(DecodeUtf16(bytes.substr(2), be, src));
  }
  switch (encoding) {
    case TextEncoding::kUtf16:
      *used = TextEncoding::kUtf16;
      return decoded(DecodeUtf16(bytes, LooksBigEndian(bytes), src));
    case TextEncoding::kCp1252:
      *used = TextEncoding::kCp1252;
      return decoded(DecodeCp1252(bytes, src));
    case TextEncoding::kAuto:
    case TextEncoding::kUtf8: break;
  }
  *used = TextEncoding::kUtf8;
  if (absl::Status s = CheckUtf8(bytes, src); !s.ok()) return s;
  return bytes;
}

absl::StatusOr<internal::TextTable> ReadTextCells(std::string_view bytes, const std::string& src,
                                                  const TableReadOptions& options) {
  if (bytes.substr(0, 4) == "\xD0\xCF\x11\xE0") {
    return absl::InvalidArgumentError(
        Cat(src, ": berkas Excel 97-2003 (.xls) tidak didukung; simpan sebagai .xlsx atau CSV"));
  }
  internal::TextTable table;
  table.source = src;
  TextEncoding used = TextEncoding::kUtf8;
  std::string decoded;
  absl::StatusOr<std::string_view> text =
      DecodeTextView(bytes, src, options.encoding, &used, decoded);
  if (!text.ok()) return text.status();
  table.encoding = used;
  if (options.delimiter != 0) {
    table.delimiter = options.delimiter;
  } else {
    table.delimiter = SniffDelimiter(*text);
  }
  if (table.delimiter == '"' || table.delimiter == '\n' || table.delimiter == '\r') {
    return absl::InvalidArgumentError(Cat(src, ": pemisah kolom tidak sah"));
  }
  TextTableReader reader(*text, options, table);
  if (absl::Status s = reader.Read(); !s.ok()) return s;
  return table;
}

absl::StatusOr<Table> ReadText(std::string_view bytes, const std::string& src,
                               const TableReadOptions& options) {
  absl::StatusOr<internal::TextTable> cells = ReadTextCells(bytes, src, options);
  if (!cells.ok()) return cells.status();
  Table table;
  table.source = std::move(cells->source);
  table.delimiter = cells->delimiter;
  table.encoding = cells->encoding;
  table.diagnostics = std::move(cells->diagnostics);
  table.rows.reserve(cells->rows.size());
  for (const internal::TextTable::Row& r : cells->rows) {
    TableRow& row = table.rows.emplace_back();
    row.line = r.line;
    row.last_line = r.last_line;
    row.cells.resize(r.count);
    for (size_t c = 0; c < r.count; ++c) {
      const std::string_view text = cells->cell(r, c);
      if (text.empty()) continue;
      row.cells[c].kind = CellKind::kText;
      row.cells[c].text = text;
    }
  }
  return table;
}

}  // namespace

std::string_view ToString(TextEncoding e) {
  switch (e) {
    case TextEncoding::kAuto: return "auto";
    case TextEncoding::kUtf8: return "utf-8";
    case TextEncoding::kUtf16: return "utf-16";
    case TextEncoding::kCp1252: return "cp1252";
  }
  return "auto";
}

std::optional<TextEncoding> ParseTextEncoding(std::string_view s) {
  std::string l;
  for (char c : s) l.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  if (l == "auto") return TextEncoding::kAuto;
  if (l == "utf-8" || l == "utf8") return TextEncoding::kUtf8;
  if (l == "utf-16" || l == "utf16") return TextEncoding::kUtf16;
  if (l == "cp1252" || l == "windows-1252" || l == "latin1") return TextEncoding::kCp1252;
  return std::nullopt;
}

std::string ColumnName(int column) {
  std::string out;
  if (column < 0) return out;
  int64_t c = column;
  while (true) {
    out.insert(out.begin(), static_cast<char>('A' + c % 26));
    if (c < 26) break;
    c = c / 26 - 1;
  }
  return out;
}

std::string Table::Where(const TableRow& row, int column) const {
  if (!from_xlsx) return Cat(source, ":", row.line);
  return Cat(sheet, "!", ColumnName(column), row.line);
}

absl::StatusOr<std::string> DecodeText(std::string_view bytes, std::string_view source,
                                       TextEncoding encoding, TextEncoding* used) {
  std::string storage;
  absl::StatusOr<std::string_view> text =
      DecodeTextView(bytes, SourceName(source), encoding, used, storage);
  if (!text.ok()) return text.status();
  if (text->data() == storage.data()) return storage;
  return std::string(*text);
}

absl::StatusOr<Table> ReadTable(std::string_view bytes, std::string_view source,
                                const TableReadOptions& options) {
  const std::string src = SourceName(source);
  if (internal::LooksLikeZip(bytes)) {
    absl::StatusOr<std::vector<Table>> sheets = internal::ReadXlsx(bytes, src, options, false);
    if (!sheets.ok()) return sheets.status();
    return std::move(sheets->front());
  }
  return ReadText(bytes, src, options);
}

absl::StatusOr<Table> ReadTableFile(const std::string& path, const TableReadOptions& options) {
  absl::StatusOr<std::string> bytes = ReadFileText(path, "tabel");
  if (!bytes.ok()) return bytes.status();
  return ReadTable(*bytes, path, options);
}

absl::StatusOr<std::vector<Table>> ReadXlsxWorkbook(std::string_view bytes, std::string_view source,
                                                    const TableReadOptions& options) {
  const std::string src = SourceName(source);
  if (!internal::LooksLikeZip(bytes)) {
    return absl::InvalidArgumentError(Cat(src, ": bukan berkas XLSX (bukan arsip ZIP)"));
  }
  return internal::ReadXlsx(bytes, src, options, true);
}

// Excel's 1900 system: serial 1 is 1900-01-01 and serial 60 the 29 February 1900 that
// never was; from serial 61 (1900-03-01) on, serial - 25569 is the day since 1970-01-01.
std::optional<int32_t> ExcelSerialToUnixDays(double serial) {
  if (!std::isfinite(serial)) return std::nullopt;
  const double day = std::floor(serial);
  if (serial - day >= 1) return std::nullopt;
  if (day < 1 || day > 2958465 || day == 60) return std::nullopt;  // 2958465: 9999-12-31
  const auto d = static_cast<int32_t>(day);
  return d < 60 ? d - 25568 : d - 25569;
}

double UnixDaysToExcelSerial(int32_t days) {
  const int64_t serial = static_cast<int64_t>(days) + 25569;
  return static_cast<double>(serial >= 61 ? serial : serial - 1);
}

}  // namespace v1
}  // namespace zi

namespace zi::internal {

std::string TextTable::Where(const Row& row) const { return Cat(source, ":", row.line); }

absl::StatusOr<TextTable> ReadTextTable(std::string_view bytes, std::string_view source,
                                        const TableReadOptions& options) {
  return zi::ReadTextCells(bytes, SourceName(source), options);
}

}  // namespace zi::internal
