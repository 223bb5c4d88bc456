#include "zi/compliance/evidence.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <iterator>

#include "absl/container/flat_hash_map.h"
#include "internal/csv.hpp"
#include "internal/json_io.hpp"
#include "internal/parallel.hpp"
#include "internal/strings.hpp"
#include "internal/text.hpp"
#include "internal/text_table.hpp"
#include "internal/xlsx_reader.hpp"
#include "zi/io/file.hpp"

namespace zi {
inline namespace v1 {
namespace {

using internal::Cat;
using internal::IsValidUtf8;
using internal::Trim;
using internal::TrimView;

// ---- scope ----------------------------------------------------------------------

absl::string_view Absl(std::string_view s) { return absl::string_view(s.data(), s.size()); }

}  // namespace

struct EvidenceScope::Impl {
  struct Entry {
    int occurrences = 0;
    std::vector<std::pair<Date, Date>> windows;  // index - 1; empty when not recorded
  };
  absl::flat_hash_map<std::string, absl::flat_hash_map<std::string, Entry>> satker;
  std::string default_satker;
};

EvidenceScope::EvidenceScope() : impl_(std::make_unique<Impl>()) {}
EvidenceScope::~EvidenceScope() = default;
EvidenceScope::EvidenceScope(EvidenceScope&&) noexcept = default;
EvidenceScope& EvidenceScope::operator=(EvidenceScope&&) noexcept = default;

void EvidenceScope::Add(std::string_view satker, std::string_view indicator, int occurrences) {
  Impl::Entry& e = impl_->satker[std::string(satker)][std::string(indicator)];
  e.occurrences = occurrences;
  e.windows.clear();
}

void EvidenceScope::AddWindow(std::string_view satker, std::string_view indicator, int index,
                              Date start, Date end) {
  auto s = impl_->satker.find(Absl(satker));
  if (s == impl_->satker.end()) return;
  auto i = s->second.find(Absl(indicator));
  if (i == s->second.end() || index < 1 || index > i->second.occurrences) return;
  std::vector<std::pair<Date, Date>>& w = i->second.windows;
  if (w.size() < static_cast<size_t>(i->second.occurrences)) {
    w.resize(static_cast<size_t>(i->second.occurrences), {Date::FromDays(1), Date::FromDays(0)});
  }
  w[static_cast<size_t>(index - 1)] = {start, end};
}

std::optional<int> EvidenceScope::OccurrenceAt(std::string_view satker, std::string_view indicator,
                                               Date date) const {
  auto s = impl_->satker.find(Absl(satker));
  if (s == impl_->satker.end()) return std::nullopt;
  auto i = s->second.find(Absl(indicator));
  if (i == s->second.end()) return std::nullopt;
  std::optional<int> found;
  const auto& w = i->second.windows;
  for (size_t k = 0; k < w.size(); ++k) {
    if (w[k].first <= date && date <= w[k].second) {
      if (found) return std::nullopt;  // overlapping windows: not decidable
      found = static_cast<int>(k) + 1;
    }
  }
  return found;
}

void EvidenceScope::set_default_satker(std::string_view satker) {
  impl_->default_satker = std::string(satker);
}

const std::string& EvidenceScope::default_satker() const { return impl_->default_satker; }

bool EvidenceScope::HasSatker(std::string_view satker) const {
  return impl_->satker.contains(Absl(satker));
}

std::optional<int> EvidenceScope::Occurrences(std::string_view satker,
                                              std::string_view indicator) const {
  auto s = impl_->satker.find(Absl(satker));
  if (s == impl_->satker.end()) return std::nullopt;
  auto i = s->second.find(Absl(indicator));
  if (i == s->second.end()) return std::nullopt;
  return i->second.occurrences;
}

std::string_view ToString(EvidenceStatus s) {
  switch (s) {
    case EvidenceStatus::kVerified: return "verified";
    case EvidenceStatus::kSubmitted: return "submitted";
    case EvidenceStatus::kRejected: return "rejected";
  }
  return "?";
}

std::optional<EvidenceStatus> ParseEvidenceStatus(std::string_view s) {
  if (s == "verified") return EvidenceStatus::kVerified;
  if (s == "submitted") return EvidenceStatus::kSubmitted;
  if (s == "rejected") return EvidenceStatus::kRejected;
  return std::nullopt;
}

std::string_view ToString(DateOrder o) {
  switch (o) {
    case DateOrder::kAuto: return "auto";
    case DateOrder::kDayFirst: return "day-first";
    case DateOrder::kMonthFirst: return "month-first";
  }
  return "?";
}

namespace {

// Lower-case ASCII, the separators _ - . / ( ) : * replaced by spaces, runs of spaces
// collapsed, trimmed: "Kode_Satker " -> "kode satker", "Periode Ke-" -> "periode ke".
std::string NormalizeWord(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '_' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == ':' ||
        c == '*' || c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace

std::optional<DateOrder> ParseDateOrder(std::string_view s) {
  const std::string w = NormalizeWord(s);
  if (w == "auto") return DateOrder::kAuto;
  if (w == "day first" || w == "dmy") return DateOrder::kDayFirst;
  if (w == "month first" || w == "mdy") return DateOrder::kMonthFirst;
  return std::nullopt;
}

std::optional<EvidenceStatus> ParseEvidenceStatusWord(std::string_view s) {
  // The canonical words as written (what zi writes) need no normalising copy.
  if (std::optional<EvidenceStatus> exact = ParseEvidenceStatus(s)) return exact;
  const std::string w = NormalizeWord(s);
  static constexpr std::string_view kVerified[] = {
      "verified", "terverifikasi", "diverifikasi", "sudah diverifikasi",
      "valid",    "sah",           "disetujui"};
  static constexpr std::string_view kSubmitted[] = {
      "submitted",           "diajukan",          "diunggah", "uploaded", "dikirim", "menunggu",
      "menunggu verifikasi", "belum diverifikasi"};
  static constexpr std::string_view kRejected[] = {"rejected", "ditolak", "tidak valid",
                                                   "tidak disetujui"};
  for (std::string_view v : kVerified) {
    if (w == v) return EvidenceStatus::kVerified;
  }
  for (std::string_view v : kSubmitted) {
    if (w == v) return EvidenceStatus::kSubmitted;
  }
  for (std::string_view v : kRejected) {
    if (w == v) return EvidenceStatus::kRejected;
  }
  return std::nullopt;
}

namespace {

// ---- dates ------------------------------------------------------------------------

struct DayMonthYear {
  int first = 0, second = 0, year = 0;
};

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int Number(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// Drops a time of day after the date ("2026-01-20 00:00:00", "20/01/2026 0:00"),
// as LibreOffice writes date-time cells to CSV.
std::string_view DropTime(std::string_view s) {
  // A loop, not find_first_of: libstdc++'s looks each character up in the set with memchr.
  size_t cut = 0;
  while (cut < s.size() && s[cut] != ' ' && s[cut] != 'T') ++cut;
  if (cut == s.size()) cut = std::string_view::npos;
  if (cut == std::string_view::npos || cut < 8) return s;
  const std::string_view rest = s.substr(cut + 1);
  if (rest.empty() || rest.find(':') == std::string_view::npos) return s;
  for (char c : rest) {
    if (!((c >= '0' && c <= '9') || c == ':' || c == '.')) return s;
  }
  return s.substr(0, cut);
}

// "2026-01-20": four digits, '-', two digits, '-', two digits.
bool LooksLikeIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

// "20/01/2026", "20-01-2026", "20.01.2026": two numbers of 1-2 digits and a 4-digit year.
std::optional<DayMonthYear> SplitNumericDate(std::string_view s) {
  s = DropTime(s);
  size_t a = 0;
  while (a < s.size() && s[a] != '/' && s[a] != '-' && s[a] != '.') ++a;
  if (a == s.size()) return std::nullopt;
  const char sep = s[a];
  const size_t b = s.find(sep, a + 1);
  if (b == std::string_view::npos) return std::nullopt;
  const std::string_view p1 = s.substr(0, a), p2 = s.substr(a + 1, b - a - 1), p3 = s.substr(b + 1);
  if (!AllDigits(p1) || !AllDigits(p2) || !AllDigits(p3)) return std::nullopt;
  if (p1.size() > 2 || p2.size() > 2 || p3.size() != 4) return std::nullopt;
  return DayMonthYear{Number(p1), Number(p2), Number(p3)};
}

// Indonesian and English month names and their usual abbreviations.
int MonthNumber(std::string_view word) {
  const std::string w = NormalizeWord(word);
  static constexpr std::pair<std::string_view, int> kMonths[] = {
      {"januari", 1},   {"january", 1},  {"jan", 1},       {"februari", 2},  {"pebruari", 2},
      {"february", 2},  {"feb", 2},      {"peb", 2},       {"maret", 3},     {"march", 3},
      {"mar", 3},       {"april", 4},    {"apr", 4},       {"mei", 5},       {"may", 5},
      {"juni", 6},      {"june", 6},     {"jun", 6},       {"juli", 7},      {"july", 7},
      {"jul", 7},       {"agustus", 8},  {"august", 8},    {"agu", 8},       {"agt", 8},
      {"ags", 8},       {"aug", 8},      {"september", 9}, {"sep", 9},       {"sept", 9},
      {"oktober", 10},  {"october", 10}, {"okt", 10},      {"oct", 10},      {"november", 11},
      {"nopember", 11}, {"nov", 11},     {"nop", 11},      {"desember", 12}, {"december", 12},
      {"des", 12},      {"dec", 12}};
  for (const auto& [name, m] : kMonths) {
    if (w == name) return m;
  }
  return 0;
}

absl::StatusOr<Date> MakeDate(std::string_view text, int year, int month, int day) {
  char iso[32];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
  absl::StatusOr<Date> d = ParseIsoDate(iso);
  if (!d.ok()) {
    return absl::InvalidArgumentError(
        Cat("'", text, "' bukan tanggal yang sah (", d.status().message(), ")"));
  }
  return d;
}

}  // namespace

absl::StatusOr<Date> ParseEvidenceDate(std::string_view raw, DateOrder order) {
  // The ISO form alone, the common case, without the copies the other forms make.
  if (const std::string_view iso = TrimView(raw); LooksLikeIsoDate(iso)) return ParseIsoDate(iso);
  const std::string trimmed = Trim(raw);
  std::string_view s = trimmed;
  // "Rabu, 15 April 2026": a day name before a comma is dropped.
  if (const size_t comma = s.find(','); comma != std::string_view::npos) {
    bool word = comma > 0;
    for (size_t k = 0; k < comma; ++k) {
      const char c = s[k];
      word = word && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '\'');
    }
    if (word) s = std::string_view(Trim(s.substr(comma + 1))).empty() ? s : s.substr(comma + 1);
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  }
  const std::string_view plain = DropTime(s);
  if (plain.size() == 10 && plain[4] == '-' && plain[7] == '-') return ParseIsoDate(plain);
  if (std::optional<DayMonthYear> n = SplitNumericDate(s)) {
    int day = 0, month = 0;
    if (order == DateOrder::kDayFirst) {
      day = n->first, month = n->second;
    } else if (order == DateOrder::kMonthFirst) {
      day = n->second, month = n->first;
    } else if (n->first > 12 || n->first == n->second) {
      day = n->first, month = n->second;
    } else if (n->second > 12) {
      day = n->second, month = n->first;
    } else {
      return absl::InvalidArgumentError(
          Cat("'", trimmed, "' dapat dibaca hari-bulan atau bulan-hari (berikan urutan tanggal)"));
    }
    return MakeDate(trimmed, n->year, month, day);
  }
  // "15 April 2026", "15 Apr 2026", "15-Agu-2026", "15 Agt. 2026".
  {
    std::string t;
    for (char c : s) t.push_back(c == '-' || c == '.' ? ' ' : c);
    std::vector<std::string> parts;
    std::string cur;
    for (char c : t) {
      if (c == ' ') {
        if (!cur.empty()) parts.push_back(std::move(cur));
        cur.clear();
      } else {
        cur.push_back(c);
      }
    }
    if (!cur.empty()) parts.push_back(std::move(cur));
    if (parts.size() == 3 && AllDigits(parts[0]) && parts[0].size() <= 2 && AllDigits(parts[2]) &&
        parts[2].size() == 4) {
      const int month = MonthNumber(parts[1]);
      if (month == 0) {
        return absl::InvalidArgumentError(
            Cat("'", parts[1], "' dalam '", trimmed, "' bukan nama bulan"));
      }
      return MakeDate(trimmed, Number(parts[2]), month, Number(parts[0]));
    }
  }
  return absl::InvalidArgumentError(
      Cat("'", trimmed,
          "' bukan tanggal (diharapkan YYYY-MM-DD, dd/mm/yyyy, dd-mm-yyyy atau 15 April 2026)"));
}

namespace {

// ---- row validation shared by CSV and JSON --------------------------------------

enum Column { kSatker, kIndicator, kOccurrence, kDate, kStatus, kCount, kRef, kColumns };
constexpr std::array<std::string_view, kColumns> kColumnNames = {
    "satker", "indicator", "occurrence", "date", "status", "count", "ref"};

// Header names accepted beside the canonical ones (after NormalizeWord), per column.
// docs/evidence-format.md lists them; keep the two in step.
struct Alias {
  std::string_view name;
  int column;  // a Column, or kIgnored
};
constexpr int kIgnored = -1;
constexpr Alias kAliases[] = {
    {"satker", kSatker},
    {"kode satker", kSatker},
    {"satker code", kSatker},
    {"satuan kerja", kSatker},
    {"kode satuan kerja", kSatker},
    {"kode unit", kSatker},
    {"indicator", kIndicator},
    {"indikator", kIndicator},
    {"indicator id", kIndicator},
    {"id indikator", kIndicator},
    {"kode indikator", kIndicator},
    {"no indikator", kIndicator},
    {"nomor indikator", kIndicator},
    {"occurrence", kOccurrence},
    {"periode", kOccurrence},
    {"ke", kOccurrence},
    {"periode ke", kOccurrence},
    {"date", kDate},
    {"tanggal", kDate},
    {"tgl", kDate},
    {"tanggal selesai", kDate},
    {"tanggal bukti", kDate},
    {"tanggal pelaksanaan", kDate},
    {"status", kStatus},
    {"status bukti", kStatus},
    {"status verifikasi", kStatus},
    {"count", kCount},
    {"jumlah", kCount},
    {"jumlah bukti", kCount},
    {"ref", kRef},
    {"reference", kRef},
    {"referensi", kRef},
    {"keterangan", kRef},
    {"tautan", kRef},
    {"tautan bukti", kRef},
    {"link", kRef},
    {"url", kRef},
    // Columns of the evidence template (zi evidence template) and other descriptions: read
    // past, not imported.
    {"no", kIgnored},
    {"nomor", kIgnored},
    {"nama satker", kIgnored},
    {"uraian indikator", kIgnored},
    {"bukti fisik", kIgnored},
    {"awal periode", kIgnored},
    {"akhir periode", kIgnored},
    {"jatuh tempo", kIgnored},
    {"target jumlah", kIgnored},
    {"penanggung jawab", kIgnored},
    {"pj", kIgnored},
    {"pic", kIgnored},
};
// A header holding one of these is a filled-in template: rows with nothing filled in are
// listed as unfilled, not rejected.
constexpr std::string_view kTemplateMarkers[] = {"jatuh tempo", "target jumlah"};

std::optional<int> HeaderColumn(std::string_view name) {
  const std::string w = NormalizeWord(name);
  for (const Alias& a : kAliases) {
    if (w == a.name) return a.column;
  }
  return std::nullopt;
}

// One row's cells as views into the table or JSON value being read (which outlive the
// row), so that reading a row copies only what the record keeps. Never copied.
struct RawRow {
  RawRow() = default;
  RawRow(const RawRow&) = delete;
  RawRow& operator=(const RawRow&) = delete;

  std::array<std::optional<std::string_view>, kColumns> field;
  std::optional<Date> date;  // an XLSX date cell, already a date
  std::array<std::string, kColumns> owned;  // a JSON number's text, which field views
};

struct Problem {
  int column = -1;  // the Column at fault, or -1 for the row
  std::string reason;
};

struct RowContext {
  const EvidenceScope& scope;
  bool spreadsheet = false;  // CSV/XLSX: status words and date forms of people
  DateOrder date_order = DateOrder::kAuto;
  bool infer_occurrence = false;
  bool checked_utf8 = false;  // the cells are known to be UTF-8 already
};

// Parses a positive decimal integer without sign; nullopt otherwise.
std::optional<long> ParseCount(std::string_view s) {
  if (s.empty() || s.size() > 9) return std::nullopt;
  long v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

// Validates one row against the scope; on success fills `out` (and `note` when the
// occurrence was inferred), else returns the problem.
std::optional<Problem> Validate(const RawRow& row, const RowContext& ctx, EvidenceRecord& out,
                                std::string* note) {
  const EvidenceScope& scope = ctx.scope;
  for (int c = 0; c < kColumns && !ctx.checked_utf8; ++c) {
    const auto& f = row.field[static_cast<size_t>(c)];
    if (f && !IsValidUtf8(*f)) {
      return Problem{
          c, Cat(kColumnNames[static_cast<size_t>(c)], " bukan teks UTF-8 (data biner?)")};
    }
  }
  const auto value = [&](Column c) -> std::string_view {
    return row.field[c] ? TrimView(*row.field[c]) : std::string_view();
  };
  out.satker = value(kSatker);
  if (out.satker.empty()) {
    if (scope.default_satker().empty()) {
      return Problem{kSatker, "satker kosong dan ada lebih dari satu satker yang dapat dipilih"};
    }
    out.satker = scope.default_satker();
  }
  if (!scope.HasSatker(out.satker))
    return Problem{kSatker, Cat("satker '", out.satker, "' tidak dikenal")};
  out.indicator = value(kIndicator);
  if (out.indicator.empty()) return Problem{kIndicator, "indikator kosong"};
  const std::optional<int> n = scope.Occurrences(out.satker, out.indicator);
  if (!n) {
    return Problem{kIndicator,
                   Cat("indikator '", out.indicator, "' tidak dikenal untuk satker ", out.satker)};
  }

  if (row.date) {
    out.date = *row.date;
  } else {
    const std::string_view date = value(kDate);
    if (date.empty()) return Problem{kDate, "tanggal kosong"};
    absl::StatusOr<Date> d =
        ctx.spreadsheet ? ParseEvidenceDate(date, ctx.date_order) : ParseIsoDate(date);
    if (!d.ok()) return Problem{kDate, Cat("tanggal tidak terbaca: ", d.status().message())};
    out.date = *d;
  }

  const std::string_view occ = value(kOccurrence);
  if (*n == 0) {
    return Problem{kIndicator,
                   Cat("indikator ", out.indicator, " tidak memiliki periode (tidak ada target waktu)")};
  }
  if (occ.empty()) {
    if (*n != 1) {
      if (!ctx.infer_occurrence) {
        return Problem{
            kOccurrence,
            Cat("periode kosong, padahal indikator ", out.indicator, " memiliki ", *n,
                " periode (isi periodenya, atau biarkan tanggal menentukan dengan --infer-occurrence)")};
      }
      const std::optional<int> at = scope.OccurrenceAt(out.satker, out.indicator, out.date);
      if (!at) {
        return Problem{
            kOccurrence,
            Cat("periode kosong dan tidak ada satu periode pun dari indikator ", out.indicator,
                " yang memuat ", FormatIsoDate(out.date), " (isi periodenya)")};
      }
      out.occurrence = *at;
      if (note) {
        *note = Cat("periode ", *at, " dari indikator ", out.indicator, " disimpulkan dari tanggal ",
                    FormatIsoDate(out.date));
      }
    } else {
      out.occurrence = 1;
    }
  } else {
    const std::optional<long> o = ParseCount(occ);
    if (!o && !internal::IsAsciiDigits(occ)) {
      return Problem{kOccurrence, Cat("periode '", occ, "' bukan bilangan bulat")};
    }
    if (!o || *o < 1 || *o > *n) {
      return Problem{kOccurrence,
                     Cat("periode ", occ, " di luar rentang: indikator ", out.indicator, " memiliki ",
                         *n, *n == 1 ? " periode" : " periode")};
    }
    out.occurrence = static_cast<int>(*o);
  }

  const std::string_view status = value(kStatus);
  if (status.empty()) {
    out.status = EvidenceStatus::kVerified;
  } else if (auto s =
                 ctx.spreadsheet ? ParseEvidenceStatusWord(status) : ParseEvidenceStatus(status)) {
    out.status = *s;
  } else {
    return Problem{kStatus, ctx.spreadsheet
                                ? Cat("status '", status,
                                      "' tidak dikenal (diharapkan verified, submitted atau rejected; "
                                      "terverifikasi, diajukan atau ditolak)")
                                : Cat("status '", status,
                                      "' tidak dikenal (diharapkan verified, submitted atau rejected)")};
  }

  const std::string_view count = value(kCount);
  if (count.empty()) {
    out.count = 1;
  } else {
    if (count[0] == '-' && count.size() > 1 && ParseCount(count.substr(1))) {
      return Problem{kCount, Cat("jumlah ", count, " kurang dari 1")};
    }
    const std::optional<long> c = ParseCount(count);
    if (!c && internal::IsAsciiDigits(count)) {
      return Problem{kCount, Cat("jumlah ", count,
                                 " melebihi 999999999, jumlah terbesar yang boleh "
                                 "diberikan satu baris")};
    }
    if (!c) return Problem{kCount, Cat("jumlah '", count, "' bukan bilangan bulat")};
    if (*c < 1) return Problem{kCount, Cat("jumlah ", count, " kurang dari 1")};
    out.count = static_cast<int>(*c);
  }
  out.ref = row.field[kRef] ? std::string(*row.field[kRef]) : std::string();
  return std::nullopt;
}

// A cell as the row checks read it, from either form of table below.
struct CellView {
  CellKind kind = CellKind::kEmpty;
  std::string_view text;
  double number = 0;
  bool empty() const {
    return kind == CellKind::kEmpty || (kind == CellKind::kText && text.empty());
  }
};

// The rows of a Table (any reader's, or one made by hand).
class TableRows {
 public:
  using Row = TableRow;
  // A Table may be made by hand: its cells are checked to be UTF-8.
  static constexpr bool kCheckedUtf8 = false;
  explicit TableRows(const Table& t) : t_(t) {}
  size_t size() const { return t_.rows.size(); }
  const Row& row(size_t k) const { return t_.rows[k]; }
  static size_t width(const Row& r) { return r.cells.size(); }
  static CellView cell(const Row& r, size_t c) {
    const TableCell& x = r.cells[c];
    return CellView{x.kind, x.text, x.number};
  }
  bool from_xlsx() const { return t_.from_xlsx; }
  const std::string& sheet() const { return t_.sheet; }
  const std::vector<Diagnostic>& diagnostics() const { return t_.diagnostics; }
  std::string Where(const Row& r) const { return t_.Where(r); }

 private:
  const Table& t_;
};

// The rows of a text table as the text reader keeps them, before a Table is made of them:
// what ReadEvidenceTableBytes reads a CSV from (internal/text_table.hpp says why).
class TextRows {
 public:
  using Row = internal::TextTable::Row;
  // The reader checked the whole text: every cell is UTF-8 without NUL bytes.
  static constexpr bool kCheckedUtf8 = true;
  explicit TextRows(const internal::TextTable& t) : t_(t) {}
  size_t size() const { return t_.rows.size(); }
  const Row& row(size_t k) const { return t_.rows[k]; }
  static size_t width(const Row& r) { return r.count; }
  CellView cell(const Row& r, size_t c) const {
    const std::string_view text = t_.cell(r, c);
    return CellView{text.empty() ? CellKind::kEmpty : CellKind::kText, text, 0};
  }
  static bool from_xlsx() { return false; }
  static const std::string& sheet() {
    static const std::string none;
    return none;
  }
  const std::vector<Diagnostic>& diagnostics() const { return t_.diagnostics; }
  std::string Where(const Row& r) const { return t_.Where(r); }

 private:
  const internal::TextTable& t_;
};

// Where a row (and a cell of it) is: "baris 7" for text, "Sheet1!C7" for XLSX.
template <typename Rows>
std::string RowWhere(const Rows& table, const typename Rows::Row& row, int column = -1) {
  if (!table.from_xlsx()) return Cat("baris ", row.line);
  if (column < 0) return Cat(table.sheet(), "!", row.line);
  return Cat(table.sheet(), "!", ColumnName(column), row.line);
}

// The text of a cell as the row validation reads it.
std::string_view CellText(const CellView& cell) {
  return cell.kind == CellKind::kEmpty ? std::string_view() : cell.text;
}

// ReadEvidenceTable on either form of table (TableRows, TextRows).
template <typename Rows>
absl::StatusOr<EvidenceImport> ReadEvidenceRows(const Rows& table, const EvidenceScope& scope,
                                                const EvidenceReadOptions& options) {
  using Row = typename Rows::Row;
  size_t h = 0;
  const auto blank = [&](const Row& r) {
    for (size_t c = 0; c < table.width(r); ++c) {
      const CellView v = table.cell(r, c);
      if (!v.empty() && !TrimView(v.text).empty()) return false;
    }
    return true;
  };
  while (h < table.size() && blank(table.row(h))) ++h;
  if (h == table.size()) {
    return absl::InvalidArgumentError(
        Cat(table.from_xlsx() ? Cat(table.sheet(), "!1") : std::string("baris 1"),
            ": tidak ada baris judul (diharapkan kolom seperti "
            "indicator,date,occurrence,status,count,ref,satker)"));
  }
  const Row& header = table.row(h);
  std::array<int, kColumns> index;
  index.fill(-1);
  bool is_template = false;
  for (size_t i = 0; i < table.width(header); ++i) {
    const std::string name = Trim(CellText(table.cell(header, i)));
    const std::string at = RowWhere(table, header, static_cast<int>(i));
    if (!IsValidUtf8(name)) {
      return absl::InvalidArgumentError(Cat(at, ": baris judul bukan teks UTF-8 (data biner?)"));
    }
    if (name.empty()) {
      return absl::InvalidArgumentError(Cat(at, ": kolom ke-", i + 1, " pada baris judul kosong"));
    }
    const std::optional<int> col = HeaderColumn(name);
    if (!col) {
      return absl::InvalidArgumentError(
          Cat(at, ": kolom '", name,
              "' tidak dikenal (yang dikenal: satker, indicator, occurrence, date, status, count, "
              "ref, atau nama Indonesianya: kode satker, indikator, periode, tanggal, status, "
              "jumlah, keterangan, tautan; lihat docs/evidence-format.md)"));
    }
    for (std::string_view m : kTemplateMarkers) is_template |= NormalizeWord(name) == m;
    if (*col == kIgnored) continue;
    if (index[static_cast<size_t>(*col)] >= 0) {
      return absl::InvalidArgumentError(Cat(at, ": kolom '", name,
                                            "' muncul dua kali pada baris judul (sebagai ",
                                            kColumnNames[static_cast<size_t>(*col)], ")"));
    }
    index[static_cast<size_t>(*col)] = static_cast<int>(i);
  }
  for (Column required : {kIndicator, kDate}) {
    if (index[required] < 0) {
      return absl::InvalidArgumentError(Cat(RowWhere(table, header), ": baris judul tidak memiliki kolom '",
                                            kColumnNames[required], "'"));
    }
  }
  const size_t width = table.width(header);
  const auto cell = [&](const Row& r, int col) -> std::optional<CellView> {
    if (col < 0 || static_cast<size_t>(col) >= table.width(r)) return std::nullopt;
    return table.cell(r, static_cast<size_t>(col));
  };

  // The date order, for the whole file.
  DateOrder order = options.date_order;
  if (order == DateOrder::kAuto) {
    std::string day_first, month_first, ambiguous;
    for (size_t k = h + 1; k < table.size(); ++k) {
      const std::optional<CellView> c = cell(table.row(k), index[kDate]);
      if (!c || c->kind != CellKind::kText) continue;
      const std::string_view text = TrimView(c->text);
      if (LooksLikeIsoDate(text)) continue;  // the same in either order
      const std::optional<DayMonthYear> n = SplitNumericDate(text);
      if (!n) continue;
      const std::string at =
          Cat(RowWhere(table, table.row(k), index[kDate]), " '", Trim(c->text), "'");
      if (n->first > 12 && n->second <= 12) {
        if (day_first.empty()) day_first = at;
      } else if (n->second > 12 && n->first <= 12) {
        if (month_first.empty()) month_first = at;
      } else if (n->first <= 12 && n->second <= 12 && n->first != n->second && ambiguous.empty()) {
        ambiguous = at;
      }
    }
    if (!day_first.empty() && !month_first.empty()) {
      return absl::InvalidArgumentError(Cat("urutan tanggal bercampur: ", day_first,
                                            " hari-bulan, tetapi ", month_first,
                                            " bulan-hari; tulis dengan satu urutan"));
    }
    if (!day_first.empty()) {
      order = DateOrder::kDayFirst;
    } else if (!month_first.empty()) {
      order = DateOrder::kMonthFirst;
    } else if (!ambiguous.empty()) {
      return absl::InvalidArgumentError(
          Cat("urutan tanggal meragukan: ", ambiguous,
              " dapat dibaca hari-bulan atau bulan-hari dan tidak ada tanggal dalam berkas yang "
              "memastikannya; berikan urutan tanggal (--date-order day-first atau month-first)"));
    }
  }

  // Problems the table reader found, by row.
  absl::flat_hash_map<std::string, std::string> table_problem;
  for (const Diagnostic& d : table.diagnostics()) {
    for (size_t k = h + 1; k < table.size(); ++k) {
      const Row& r = table.row(k);
      if (d.where == table.Where(r)) {
        table_problem.emplace(RowWhere(table, r), d.message);
        break;
      }
    }
  }

  const RowContext ctx{scope, true, order, options.infer_occurrence, Rows::kCheckedUtf8};
  // Rows [begin, end) into `result`, in row order. Rows are independent of each other, so
  // ranges of them are read on several threads and joined in order (the other-satker
  // summaries merged by satker, first appearance first): the result is the same.
  const auto read_rows = [&](size_t begin, size_t end, EvidenceImport& result) {
    absl::flat_hash_map<std::string, size_t> other_index;
    result.accepted.reserve(end - begin);
    for (size_t k = begin; k < end; ++k) {
      const Row& r = table.row(k);
      if (blank(r)) continue;
      // The row's name ("baris 7"), written out only for a row that gets a message.
      std::optional<std::string> row_where_text;
      const auto row_where_of = [&]() -> const std::string& {
        if (!row_where_text) row_where_text = RowWhere(table, r);
        return *row_where_text;
      };
      const auto reject = [&](std::string where, std::string reason) {
        result.rejected.push_back(RejectedRow{r.line, std::move(where), std::move(reason)});
      };
      if (!table_problem.empty()) {
        if (auto p = table_problem.find(row_where_of()); p != table_problem.end()) {
          reject(row_where_of(), p->second);
          continue;
        }
      }
      if (table.width(r) > width) {
        size_t used = table.width(r);
        while (used > width && table.cell(r, used - 1).empty()) --used;
        if (used > width) {
          reject(table.from_xlsx() ? RowWhere(table, r, static_cast<int>(width)) : row_where_of(),
                 Cat("terlalu banyak kolom: ", used, ", baris judul memiliki ", width));
          continue;
        }
      }
      RawRow row;
      std::optional<Problem> bad;
      for (int c = 0; c < kColumns && !bad; ++c) {
        const std::optional<CellView> tc = cell(r, index[static_cast<size_t>(c)]);
        if (!tc) continue;
        if (tc->kind == CellKind::kError || tc->kind == CellKind::kBool) {
          bad = Problem{
              c, Cat(kColumnNames[static_cast<size_t>(c)], " berisi ",
                     tc->kind == CellKind::kError ? "galat " : "nilai benar/salah ", tc->text)};
        } else if (c == kDate && tc->kind == CellKind::kNumber) {
          if (!table.from_xlsx()) {
            row.field[kDate] = tc->text;
          } else if (std::optional<int32_t> days = ExcelSerialToUnixDays(tc->number)) {
            row.date = Date::FromDays(*days);
          } else {
            bad = Problem{c, Cat("tanggal tidak terbaca: angka ", tc->text,
                                 " bukan tanggal (nomor seri Excel 1..2958465)")};
          }
        } else {
          row.field[static_cast<size_t>(c)] = CellText(*tc);
        }
      }
      if (!bad && is_template) {
        bool filled = row.date.has_value();
        for (Column c : {kDate, kStatus, kCount, kRef}) {
          filled |= row.field[c] && !TrimView(*row.field[c]).empty();
        }
        if (!filled) {
          result.unfilled.push_back(r.line);
          continue;
        }
      }
      if (!bad && options.summarize_other_satker && row.field[kSatker]) {
        const std::string_view satker = TrimView(*row.field[kSatker]);
        if (!satker.empty() && !scope.HasSatker(satker) && IsValidUtf8(satker)) {
          auto [it, fresh] = other_index.emplace(satker, result.other_satker.size());
          if (fresh) {
            result.other_satker.push_back(
                OtherSatkerRows{std::string(satker), 0, r.line, row_where_of()});
          }
          ++result.other_satker[it->second].rows;
          continue;
        }
      }
      EvidenceRecord out;
      out.line = r.line;
      std::string note;
      if (!bad) bad = Validate(row, ctx, out, &note);
      if (bad) {
        const int col = bad->column >= 0 ? index[static_cast<size_t>(bad->column)] : -1;
        reject(table.from_xlsx() && col >= 0 ? RowWhere(table, r, col) : row_where_of(),
               std::move(bad->reason));
      } else {
        if (!note.empty()) {
          result.notes.push_back(EvidenceNote{r.line, row_where_of(), std::move(note)});
        }
        result.accepted.push_back(std::move(out));
      }
    }
  };

  EvidenceImport result;
  const size_t first = h + 1;
  constexpr size_t kRowsPerPart = 4096;
  const size_t parts = (table.size() - first + kRowsPerPart - 1) / kRowsPerPart;
  const int threads = internal::ThreadCount(options.threads);
  if (threads <= 1 || parts <= 1) {
    read_rows(first, table.size(), result);
    return result;
  }
  std::vector<EvidenceImport> part(parts);
  internal::ParallelFor(parts, threads, [&](size_t i) {
    const size_t begin = first + i * kRowsPerPart;
    read_rows(begin, std::min(table.size(), begin + kRowsPerPart), part[i]);
  });
  absl::flat_hash_map<std::string, size_t> other_index;
  for (EvidenceImport& x : part) {
    const auto append = [](auto& to, auto& from) {
      to.insert(to.end(), std::make_move_iterator(from.begin()),
                std::make_move_iterator(from.end()));
    };
    append(result.accepted, x.accepted);
    append(result.rejected, x.rejected);
    append(result.notes, x.notes);
    append(result.unfilled, x.unfilled);
    for (OtherSatkerRows& o : x.other_satker) {
      auto [it, fresh] = other_index.emplace(o.satker, result.other_satker.size());
      if (fresh) {
        result.other_satker.push_back(std::move(o));
      } else {
        result.other_satker[it->second].rows += o.rows;
      }
    }
  }
  return result;
}

// The evidence rows of `bytes`, a text table or (by its ZIP signature) an XLSX workbook,
// read as the table named `source`; `table_failed` tells an error of the table's reader
// from one of the rows. A text table is read from its cells as the text reader keeps them,
// without a Table.
absl::StatusOr<EvidenceImport> ReadEvidenceBytes(std::string_view bytes, std::string_view source,
                                                 const EvidenceScope& scope,
                                                 const EvidenceReadOptions& options,
                                                 bool& table_failed) {
  table_failed = false;
  const auto table_error = [&](const absl::Status& s) {
    table_failed = true;
    return s;
  };
  TableReadOptions read;
  read.encoding = options.encoding;
  read.delimiter = options.delimiter;
  read.sheet = options.sheet;
  if (!internal::LooksLikeZip(bytes)) {
    absl::StatusOr<internal::TextTable> text = internal::ReadTextTable(bytes, source, read);
    if (!text.ok()) return table_error(text.status());
    return ReadEvidenceRows(TextRows(*text), scope, options);
  }
  absl::StatusOr<Table> table = ReadTable(bytes, source, read);
  if (!table.ok()) return table_error(table.status());
  return ReadEvidenceRows(TableRows(*table), scope, options);
}

}  // namespace

absl::StatusOr<EvidenceImport> ReadEvidenceTable(const Table& table, const EvidenceScope& scope,
                                                 const EvidenceReadOptions& options) {
  return ReadEvidenceRows(TableRows(table), scope, options);
}

absl::StatusOr<EvidenceImport> ReadEvidenceTableBytes(std::string_view bytes,
                                                      const EvidenceScope& scope,
                                                      const EvidenceReadOptions& options) {
  bool table_failed = false;
  return ReadEvidenceBytes(bytes, "<input>", scope, options, table_failed);
}

absl::StatusOr<EvidenceImport> ReadEvidenceCsv(std::string_view text, const EvidenceScope& scope) {
  return ReadEvidenceTableBytes(text, scope, EvidenceReadOptions{});
}

absl::StatusOr<EvidenceImport> ReadEvidenceJson(std::string_view text, const EvidenceScope& scope) {
  namespace json = boost::json;
  absl::StatusOr<json::value> root = internal::ParseJson(text, "");
  if (!root.ok()) return root.status();
  const json::array* records = root->if_array();
  std::string base;
  if (!records) {
    const json::object* o = root->if_object();
    if (!o) return absl::InvalidArgumentError("/: diharapkan array catatan atau objek");
    for (const auto& kv : *o) {
      if (kv.key() == "$schema" && !kv.value().is_string()) {
        return absl::InvalidArgumentError(
            Cat("/$schema: diharapkan string, ditemukan ", internal::KindName(kv.value())));
      }
      if (kv.key() != "format" && kv.key() != "records" && kv.key() != "$schema") {
        return absl::InvalidArgumentError(
            Cat(internal::JoinPointer("", std::string_view(kv.key().data(), kv.key().size())),
                ": field tidak dikenal"));
      }
    }
    const json::value* f = o->if_contains("format");
    if (f && !(f->is_string() && f->get_string() == "zi.evidence/1")) {
      return absl::InvalidArgumentError("/format: diharapkan \"zi.evidence/1\"");
    }
    const json::value* r = o->if_contains("records");
    if (!r || !r->is_array()) return absl::InvalidArgumentError("/records: diharapkan array");
    records = &r->get_array();
    base = "/records";
  }
  EvidenceImport result;
  for (size_t i = 0; i < records->size(); ++i) {
    const std::string where = internal::JoinPointer(base, i);
    const int number = static_cast<int>(i) + 1;
    const auto reject = [&](std::string reason) {
      result.rejected.push_back(RejectedRow{number, where, std::move(reason)});
    };
    const json::object* o = (*records)[i].if_object();
    if (!o) {
      reject(Cat("diharapkan objek, ditemukan ", internal::KindName((*records)[i])));
      continue;
    }
    RawRow row;
    std::optional<std::string> problem;
    for (const auto& kv : *o) {
      const std::string_view key(kv.key().data(), kv.key().size());
      int col = -1;
      for (int c = 0; c < kColumns; ++c) {
        if (key == kColumnNames[static_cast<size_t>(c)]) col = c;
      }
      if (col < 0) {
        problem = Cat("field '", key, "' tidak dikenal");
        break;
      }
      const json::value& v = kv.value();
      if (v.is_string()) {
        row.field[static_cast<size_t>(col)] = std::string_view(v.get_string());
      } else if ((col == kOccurrence || col == kCount) && (v.is_int64() || v.is_uint64())) {
        std::string& digits = row.owned[static_cast<size_t>(col)];
        digits = v.is_int64() ? std::to_string(v.get_int64()) : std::to_string(v.get_uint64());
        row.field[static_cast<size_t>(col)] = std::string_view(digits);
      } else if (v.is_null()) {
        // null means "not given"
      } else {
        problem =
            Cat(key, ": diharapkan ", col == kOccurrence || col == kCount ? "bilangan bulat" : "string",
                ", ditemukan ", internal::KindName(v));
        break;
      }
    }
    if (problem) {
      reject(std::move(*problem));
      continue;
    }
    EvidenceRecord out;
    out.line = number;
    if (auto why = Validate(row, RowContext{scope, false, DateOrder::kAuto, false}, out, nullptr)) {
      reject(std::move(why->reason));
    } else {
      result.accepted.push_back(std::move(out));
    }
  }
  return result;
}

absl::StatusOr<EvidenceImport> LoadEvidenceFile(const std::string& path,
                                                const EvidenceScope& scope) {
  return LoadEvidenceFile(path, scope, EvidenceReadOptions{});
}

absl::StatusOr<EvidenceImport> LoadEvidenceFile(const std::string& path, const EvidenceScope& scope,
                                                const EvidenceReadOptions& options) {
  absl::StatusOr<std::string> bytes = ReadFileText(path, "bukti");
  if (!bytes.ok()) return bytes.status();
  const bool is_json = path.size() >= 5 && path.substr(path.size() - 5) == ".json";
  absl::StatusOr<EvidenceImport> r;
  if (is_json) {
    r = ReadEvidenceJson(*bytes, scope);
  } else {
    bool table_failed = false;
    r = ReadEvidenceBytes(*bytes, path, scope, options, table_failed);
    if (!r.ok() && table_failed) {
      // The table's reader names the file already, mostly.
      const std::string m(r.status().message());
      if (m.rfind(path, 0) == 0) return r.status();
      return absl::Status(r.status().code(), Cat(path, ": ", m));
    }
  }
  if (!r.ok()) return absl::Status(r.status().code(), Cat(path, ": ", r.status().message()));
  return r;
}

std::string WriteEvidenceCsv(const std::vector<EvidenceRecord>& records) {
  std::string out = "satker,indicator,occurrence,date,status,count,ref\n";
  for (const EvidenceRecord& r : records) {
    internal::AppendCsvField(out, r.satker);
    out.push_back(',');
    internal::AppendCsvField(out, r.indicator);
    internal::Append(&out, ",", r.occurrence, ",", FormatIsoDate(r.date), ",", ToString(r.status),
                     ",", r.count, ",");
    internal::AppendCsvField(out, r.ref);
    out.push_back('\n');
  }
  return out;
}

EvidenceScope MakeEvidenceScope(const Plan& plan, const PlanOccurrences& occurrences) {
  std::vector<int> count(plan.indicators().size(), 0);
  for (const Occurrence& o : occurrences.occurrences) ++count[o.indicator_index];
  EvidenceScope scope;
  for (size_t i = 0; i < count.size(); ++i) {
    scope.Add(plan.satker().code, plan.indicators()[i].indicator->id, count[i]);
  }
  for (const Occurrence& o : occurrences.occurrences) {
    scope.AddWindow(plan.satker().code, o.indicator_id, o.index, o.window_start, o.window_end);
  }
  scope.set_default_satker(plan.satker().code);
  return scope;
}

}  // namespace v1
}  // namespace zi
