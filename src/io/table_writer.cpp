#include "zi/io/table_writer.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "internal/strings.hpp"
#include "zi/io/table.hpp"

namespace zi {
inline namespace v1 {

using internal::Cat;

namespace {

constexpr int kMaxColumns = 16384;
constexpr int64_t kMaxRows = 1048576;
constexpr size_t kMaxStringChars = 32767;  // Excel's limit per cell

// Code points of well-formed UTF-8, or -1 for bytes that are not UTF-8 or hold a NUL.
int64_t Utf8Length(std::string_view s) {
  int64_t n = 0;
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80           ? 1
                 : (c >> 5) == 0x6  ? 2
                 : (c >> 4) == 0xE  ? 3
                 : (c >> 3) == 0x1E ? 4
                                    : 0;
    if (c == 0 || len == 0 || i + len > s.size()) return -1;
    uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return -1;
      cp = (cp << 6) | (cc & 0x3F);
    }
    static constexpr uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
    i += len;
    ++n;
  }
  return n;
}

// Excel reads "_xHHHH_" in a string as an escaped character; a literal one must have its
// underscore escaped as "_x005F_".
std::string EscapeOoxmlLiterals(std::string_view s) {
  std::string out;
  const auto is_hex = [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  };
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && is_hex(s[i + 2]) &&
        is_hex(s[i + 3]) && is_hex(s[i + 4]) && is_hex(s[i + 5]) && s[i + 6] == '_') {
      out.append("_x005F_");
      continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

absl::Status ValidateSheetName(const std::string& name, std::set<std::string>& seen) {
  const int64_t len = Utf8Length(name);
  if (len <= 0 || len > 31) {
    return absl::InvalidArgumentError(
        Cat("nama lembar '", name, "' harus 1 sampai 31 karakter UTF-8"));
  }
  if (name.find_first_of("[]:*?/\\") != std::string::npos) {
    return absl::InvalidArgumentError(
        Cat("nama lembar '", name, "' memuat karakter yang dilarang Excel ([]:*?/\\)"));
  }
  if (name.front() == '\'' || name.back() == '\'') {
    return absl::InvalidArgumentError(
        Cat("nama lembar '", name, "' tidak boleh diawali atau diakhiri tanda petik"));
  }
  std::string lower = name;
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (!seen.insert(lower).second) {
    return absl::InvalidArgumentError(Cat("nama lembar '", name, "' dipakai dua kali"));
  }
  return absl::OkStatus();
}

absl::Status CheckText(std::string_view text, std::string_view where) {
  const int64_t n = Utf8Length(text);
  if (n < 0) {
    return absl::InvalidArgumentError(Cat(where, ": teks bukan UTF-8 yang sah atau memuat NUL"));
  }
  if (static_cast<size_t>(n) > kMaxStringChars) {
    return absl::InvalidArgumentError(
        Cat(where, ": teks lebih dari ", kMaxStringChars, " karakter (batas sel Excel)"));
  }
  return absl::OkStatus();
}

const char* NumFormat(ColumnFormat f) {
  switch (f) {
    case ColumnFormat::kText: return nullptr;
    case ColumnFormat::kInteger: return "#,##0";
    case ColumnFormat::kDecimal2: return "#,##0.00";
    case ColumnFormat::kPercent1: return "0.0%";
    case ColumnFormat::kDate: return "dd/mm/yyyy";
  }
  return nullptr;
}

// Formats made once per workbook and shared by every cell that needs the same one.
class Formats {
 public:
  explicit Formats(lxw_workbook* wb) : wb_(wb) {}
  lxw_format* Get(ColumnFormat f, bool wrap, bool bold, bool unlocked) {
    auto key = std::make_tuple(f, wrap, bold, unlocked);
    auto it = cache_.find(key);
    if (it != cache_.end()) return it->second;
    lxw_format* fmt = workbook_add_format(wb_);
    if (const char* nf = NumFormat(f)) format_set_num_format(fmt, nf);
    if (wrap) format_set_text_wrap(fmt);
    if (bold) format_set_bold(fmt);
    if (unlocked) format_set_unlocked(fmt);
    format_set_align(fmt, LXW_ALIGN_VERTICAL_TOP);
    cache_.emplace(key, fmt);
    return fmt;
  }

 private:
  lxw_workbook* wb_;
  std::map<std::tuple<ColumnFormat, bool, bool, bool>, lxw_format*> cache_;
};

std::string CellName(const TableSheet& s, int64_t row, int col) {
  return Cat(s.name, "!", ColumnName(col), row + 1);
}

absl::Status CheckLxw(lxw_error e, std::string_view where) {
  if (e == LXW_NO_ERROR) return absl::OkStatus();
  return absl::InvalidArgumentError(Cat(where, ": libxlsxwriter: ", lxw_strerror(e)));
}

absl::Status WriteSheet(lxw_workbook* wb, Formats& formats, const TableSheet& s) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, s.name.c_str());
  if (ws == nullptr)
    return absl::InvalidArgumentError(Cat("lembar '", s.name, "' tidak dapat dibuat"));
  if (s.columns.empty() || s.columns.size() > kMaxColumns) {
    return absl::InvalidArgumentError(
        Cat("lembar '", s.name, "': jumlah kolom harus 1 sampai ", kMaxColumns));
  }
  const int64_t header_row = static_cast<int64_t>(s.title_lines.size());
  const int64_t first_data = header_row + 1;
  if (first_data + static_cast<int64_t>(s.rows.size()) > kMaxRows) {
    return absl::InvalidArgumentError(
        Cat("lembar '", s.name, "': lebih dari ", kMaxRows, " baris"));
  }
  std::set<int> unlocked;
  if (s.protect) {
    for (int c : s.unlocked_columns) unlocked.insert(c);
  }
  const auto col_format = [&](int c, ColumnFormat f) {
    const TableColumn& col = s.columns[static_cast<size_t>(c)];
    return formats.Get(f, col.wrap, false, unlocked.count(c) != 0);
  };
  for (size_t c = 0; c < s.columns.size(); ++c) {
    const TableColumn& col = s.columns[c];
    const int ci = static_cast<int>(c);
    if (absl::Status st = CheckText(col.title, CellName(s, header_row, ci)); !st.ok()) return st;
    const double width = std::isfinite(col.width) ? std::clamp(col.width, 0.0, 255.0) : 12.0;
    worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width,
                         col_format(ci, col.format));
  }
  lxw_format* bold = formats.Get(ColumnFormat::kText, false, true, false);
  lxw_format* header = formats.Get(ColumnFormat::kText, true, true, false);
  for (size_t i = 0; i < s.title_lines.size(); ++i) {
    const auto r = static_cast<lxw_row_t>(i);
    if (absl::Status st = CheckText(s.title_lines[i], CellName(s, r, 0)); !st.ok()) return st;
    worksheet_write_string(ws, r, 0, EscapeOoxmlLiterals(s.title_lines[i]).c_str(), bold);
  }
  for (size_t c = 0; c < s.columns.size(); ++c) {
    worksheet_write_string(ws, static_cast<lxw_row_t>(header_row), static_cast<lxw_col_t>(c),
                           EscapeOoxmlLiterals(s.columns[c].title).c_str(), header);
  }
  if (s.freeze_header) worksheet_freeze_panes(ws, static_cast<lxw_row_t>(first_data), 0);

  const auto write_value = [&](lxw_row_t r, int c, const TableValue& v) -> absl::Status {
    const TableColumn& col = s.columns[static_cast<size_t>(c)];
    const auto lc = static_cast<lxw_col_t>(c);
    lxw_format* fmt = col_format(c, col.format);
    const std::string where = CellName(s, r, c);
    if (std::holds_alternative<std::monostate>(v)) return absl::OkStatus();
    if (const auto* str = std::get_if<std::string>(&v)) {
      if (absl::Status st = CheckText(*str, where); !st.ok()) return st;
      if (str->empty()) return absl::OkStatus();
      return CheckLxw(worksheet_write_string(ws, r, lc, EscapeOoxmlLiterals(*str).c_str(), fmt),
                      where);
    }
    if (const auto* d = std::get_if<double>(&v)) {
      if (!std::isfinite(*d)) {
        return absl::InvalidArgumentError(Cat(where, ": angka tidak terhingga atau NaN"));
      }
      return CheckLxw(worksheet_write_number(ws, r, lc, *d, fmt), where);
    }
    if (const auto* i = std::get_if<int64_t>(&v)) {
      return CheckLxw(worksheet_write_number(ws, r, lc, static_cast<double>(*i), fmt), where);
    }
    if (const auto* date = std::get_if<Date>(&v)) {
      lxw_format* df = col_format(c, ColumnFormat::kDate);
      return CheckLxw(worksheet_write_number(ws, r, lc, UnixDaysToExcelSerial(date->days()), df),
                      where);
    }
    if (const auto* b = std::get_if<bool>(&v)) {
      return CheckLxw(worksheet_write_boolean(ws, r, lc, *b ? 1 : 0, fmt), where);
    }
    const auto& f = std::get<TableFormula>(v);
    if (f.text.empty() || Utf8Length(f.text) < 0 || !std::isfinite(f.cached)) {
      return absl::InvalidArgumentError(Cat(where, ": rumus kosong atau tidak sah"));
    }
    return CheckLxw(worksheet_write_formula_num(ws, r, lc, Cat("=", f.text).c_str(), fmt, f.cached),
                    where);
  };

  for (size_t i = 0; i < s.rows.size(); ++i) {
    const auto& row = s.rows[i];
    const auto r = static_cast<lxw_row_t>(first_data + static_cast<int64_t>(i));
    if (row.size() > s.columns.size()) {
      return absl::InvalidArgumentError(Cat("lembar '", s.name, "' baris data ", i + 1, ": ",
                                            row.size(), " nilai untuk ", s.columns.size(),
                                            " kolom"));
    }
    for (size_t c = 0; c < row.size(); ++c) {
      if (absl::Status st = write_value(r, static_cast<int>(c), row[c]); !st.ok()) return st;
    }
  }

  // Merges: validated, no overlap (Excel "repairs" a workbook with overlapping ranges).
  std::vector<TableMerge> merges;
  for (const TableMerge& m : s.merges) {
    if (m.first_row < 0 || m.first_column < 0 || m.last_row < m.first_row ||
        m.last_column < m.first_column || m.last_column >= static_cast<int>(s.columns.size()) ||
        first_data + m.last_row >= kMaxRows) {
      return absl::InvalidArgumentError(Cat("lembar '", s.name, "': rentang gabungan (",
                                            m.first_row, ",", m.first_column, ")-(", m.last_row,
                                            ",", m.last_column, ") tidak sah"));
    }
    if (m.first_row == m.last_row && m.first_column == m.last_column) continue;
    for (const TableMerge& o : merges) {
      if (m.first_row <= o.last_row && o.first_row <= m.last_row &&
          m.first_column <= o.last_column && o.first_column <= m.last_column) {
        return absl::InvalidArgumentError(
            Cat("lembar '", s.name, "': rentang gabungan bertumpang tindih"));
      }
    }
    merges.push_back(m);
  }
  for (const TableMerge& m : merges) {
    const auto r1 = static_cast<lxw_row_t>(first_data + m.first_row);
    const auto r2 = static_cast<lxw_row_t>(first_data + m.last_row);
    const int c1 = m.first_column;
    const TableColumn& col = s.columns[static_cast<size_t>(c1)];
    lxw_format* fmt = col_format(c1, col.format);
    if (absl::Status st =
            CheckLxw(worksheet_merge_range(ws, r1, static_cast<lxw_col_t>(c1), r2,
                                           static_cast<lxw_col_t>(m.last_column), "", fmt),
                     CellName(s, r1, c1));
        !st.ok()) {
      return st;
    }
    // merge_range writes an empty string to the top-left cell: write its real value again.
    const size_t di = static_cast<size_t>(m.first_row);
    if (di < s.rows.size() && static_cast<size_t>(c1) < s.rows[di].size()) {
      if (absl::Status st = write_value(r1, c1, s.rows[di][static_cast<size_t>(c1)]); !st.ok()) {
        return st;
      }
    }
  }

  for (const TableChoiceList& list : s.choice_lists) {
    if (list.column < 0 || list.column >= static_cast<int>(s.columns.size()) ||
        list.choices.empty()) {
      return absl::InvalidArgumentError(
          Cat("lembar '", s.name, "': daftar pilihan untuk kolom ", list.column, " tidak sah"));
    }
    size_t total = 0;
    std::vector<std::string> values;
    for (const std::string& c : list.choices) {
      if (c.empty() || c.find(',') != std::string::npos || c.find('"') != std::string::npos ||
          Utf8Length(c) < 0) {
        return absl::InvalidArgumentError(
            Cat("lembar '", s.name, "': pilihan '", c,
                "' tidak dapat dipakai (kosong, memuat koma atau tanda kutip)"));
      }
      total += c.size() + 1;
      values.push_back(c);
    }
    if (total - 1 > 255) {
      return absl::InvalidArgumentError(Cat("lembar '", s.name,
                                            "': daftar pilihan lebih dari 255 karakter (batas "
                                            "Excel)"));
    }
    if (s.rows.empty()) continue;
    std::vector<char*> ptrs;
    for (std::string& v : values) ptrs.push_back(v.data());
    ptrs.push_back(nullptr);
    lxw_data_validation dv{};
    dv.validate = LXW_VALIDATION_TYPE_LIST;
    dv.value_list = ptrs.data();
    const auto col = static_cast<lxw_col_t>(list.column);
    if (absl::Status st = CheckLxw(
            worksheet_data_validation_range(
                ws, static_cast<lxw_row_t>(first_data), col,
                static_cast<lxw_row_t>(first_data + static_cast<int64_t>(s.rows.size()) - 1), col,
                &dv),
            Cat(s.name, "!", ColumnName(list.column)));
        !st.ok()) {
      return st;
    }
  }
  if (s.protect) {
    lxw_protection prot{};
    prot.format_columns = LXW_TRUE;
    worksheet_protect(ws, nullptr, &prot);
  }
  return absl::OkStatus();
}

std::string TempDir() {
  const char* t = std::getenv("TMPDIR");
  return t != nullptr && *t != '\0' ? t : "/tmp";
}

// ---- CSV --------------------------------------------------------------------------------

void AppendCsvText(std::string& out, std::string_view text, char delim) {
  std::string guarded;
  if (!text.empty() && (text.front() == '=' || text.front() == '+' || text.front() == '-' ||
                        text.front() == '@' || text.front() == '\t' || text.front() == '\r')) {
    guarded = Cat("'", text);
    text = guarded;
  }
  const bool quote =
      text.find(delim) != std::string_view::npos ||
      text.find_first_of("\"\r\n") != std::string_view::npos ||
      (!text.empty() && (text.front() == ' ' || text.back() == ' ' || text.back() == '\t')) ||
      // U+FEFF first in the file would be taken for a BOM and dropped
      text.substr(0, 3) == "\xEF\xBB\xBF" ||
      // "PK" first in the file would be taken for a ZIP (an XLSX) by ReadTable
      text.substr(0, 2) == "PK";
  if (!quote) {
    out.append(text);
    return;
  }
  out.push_back('"');
  for (char c : text) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

void AppendCsvValue(std::string& out, const TableValue& v, char delim) {
  if (const auto* s = std::get_if<std::string>(&v)) return AppendCsvText(out, *s, delim);
  if (const auto* d = std::get_if<double>(&v)) {
    if (std::isfinite(*d)) internal::Append(&out, *d);
    return;
  }
  if (const auto* i = std::get_if<int64_t>(&v)) return internal::Append(&out, *i);
  if (const auto* date = std::get_if<Date>(&v)) {
    out.append(FormatIsoDate(*date));
    return;
  }
  if (const auto* b = std::get_if<bool>(&v)) {
    out.append(*b ? "TRUE" : "FALSE");
    return;
  }
  if (const auto* f = std::get_if<TableFormula>(&v)) {
    if (std::isfinite(f->cached)) internal::Append(&out, f->cached);
  }
}

}  // namespace

absl::StatusOr<std::string> WriteXlsx(const std::vector<TableSheet>& sheets) {
  if (sheets.empty()) return absl::InvalidArgumentError("workbook tanpa lembar");
  std::set<std::string> seen;
  for (const TableSheet& s : sheets) {
    if (absl::Status st = ValidateSheetName(s.name, seen); !st.ok()) return st;
  }
  std::string path = TempDir() + "/zi-xlsx-XXXXXX";
  const int fd = mkstemp(path.data());
  if (fd < 0) return absl::InternalError(Cat("tidak dapat membuat berkas sementara di ", TempDir()));
  close(fd);
  struct Remove {
    std::string p;
    ~Remove() { unlink(p.c_str()); }
  } remove{path};

  lxw_workbook_options opt{};
  opt.constant_memory = LXW_FALSE;
  std::string tmpdir = TempDir();
  opt.tmpdir = tmpdir.data();
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &opt);
  if (wb == nullptr) return absl::InternalError("libxlsxwriter: tidak dapat membuat buku kerja");
  Formats formats(wb);
  absl::Status status;
  for (const TableSheet& s : sheets) {
    status = WriteSheet(wb, formats, s);
    if (!status.ok()) break;
  }
  const lxw_error closed = workbook_close(wb);  // frees the workbook in every case
  if (!status.ok()) return status;
  if (closed != LXW_NO_ERROR) {
    return absl::InternalError(Cat("libxlsxwriter: ", lxw_strerror(closed)));
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  if (!in) return absl::InternalError("buku kerja yang ditulis tidak dapat dibaca kembali");
  return std::move(buf).str();
}

absl::Status WriteXlsxFile(const std::string& path, const std::vector<TableSheet>& sheets) {
  absl::StatusOr<std::string> bytes = WriteXlsx(sheets);
  if (!bytes.ok()) return bytes.status();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return absl::NotFoundError(Cat(path, ": berkas tidak dapat dibuka untuk ditulis"));
  out.write(bytes->data(), static_cast<std::streamsize>(bytes->size()));
  out.close();
  if (!out) return absl::DataLossError(Cat(path, ": galat saat menulis"));
  return absl::OkStatus();
}

std::string WriteCsv(const TableSheet& sheet, const CsvWriteOptions& options) {
  std::string out;
  if (options.bom) out.append("\xEF\xBB\xBF");
  const char* eol = options.crlf ? "\r\n" : "\n";
  const char d = options.delimiter;
  if (options.title_lines) {
    for (const std::string& t : sheet.title_lines) {
      AppendCsvText(out, t, d);
      out.append(eol);
    }
  }
  if (options.header) {
    for (size_t c = 0; c < sheet.columns.size(); ++c) {
      if (c > 0) out.push_back(d);
      AppendCsvText(out, sheet.columns[c].title, d);
    }
    out.append(eol);
  }
  for (const auto& row : sheet.rows) {
    const size_t n = std::max(row.size(), sheet.columns.size());
    for (size_t c = 0; c < n; ++c) {
      if (c > 0) out.push_back(d);
      if (c < row.size()) AppendCsvValue(out, row[c], d);
    }
    out.append(eol);
  }
  return out;
}

}  // namespace v1
}  // namespace zi
