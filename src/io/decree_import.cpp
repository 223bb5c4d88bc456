// Decree import: the input forms, the metadata and the report (docs/decree-import.md). The
// rows are assembled into the plan tree by src/internal/decree_assemble.cpp.
#include "zi/io/decree_import.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "internal/decree_assemble.hpp"
#include "internal/json_io.hpp"
#include "internal/text.hpp"
#include "zi/defaults.hpp"
#include "zi/io/file.hpp"
#include "zi/plan/lint.hpp"
#include "zi/plan/satker_registry.hpp"

namespace zi {
inline namespace v1 {
namespace {

using internal::DecreeRawRow;
using internal::kDecreeColumns;

// Debian's Abseil has its own string_view.
absl::string_view A(std::string_view s) { return {s.data(), s.size()}; }

constexpr size_t kMaxTextBytes = 64u << 20;

const char* const kColumnTitles[kDecreeColumns] = {
    "NO",        "KOMPONEN PENGUNGKIT", "ASPEK PEMENUHAN",          "KEGIATAN/AKSI",
    "INDIKATOR", "BUKTI FISIK",         "TARGET WAKTU PELAKSANAAN", "TARGET CAPAIAN"};

std::string Compact(std::string_view s) {
  std::string out;
  for (char c : s) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) out.push_back(static_cast<char>(std::tolower(u)));
  }
  return out;
}

// Which decree column a header cell names; -1 when none.
int HeaderColumn(std::string_view cell) {
  const std::string c = Compact(internal::CleanText(cell));
  if (c == "no" || c == "nomor") return internal::kColNo;
  if (c == "komponenpengungkit" || c == "komponen") return internal::kColKomponen;
  if (c == "aspekpemenuhan" || c == "aspek") return internal::kColAspek;
  if (c == "kegiatanaksi" || c == "kegiatan" || c == "aksi" || c == "kegiatanatauaksi")
    return internal::kColKegiatan;
  if (c == "indikator") return internal::kColIndikator;
  if (c == "buktifisik" || c == "bukti") return internal::kColBuktiFisik;
  if (c == "targetwaktupelaksanaan" || c == "targetwaktu" || c == "waktupelaksanaan")
    return internal::kColTargetWaktu;
  if (c == "targetcapaian" || c == "capaian") return internal::kColTargetCapaian;
  return -1;
}

// Whether a header cell names the optional PENANGGUNG JAWAB column (also PJ, PIC or
// Pelaksana), compared like the other names.
bool IsResponsibleHeader(std::string_view cell) {
  const std::string c = Compact(internal::CleanText(cell));
  return c == "penanggungjawab" || c == "pj" || c == "pic" || c == "pelaksana";
}

// The column map of a header row: map[decree column] = index in the row, or -1. Empty when
// the row is no header (fewer than five names, or no INDIKATOR).
std::vector<int> HeaderMap(const std::vector<std::string>& cells) {
  std::vector<int> map(kDecreeColumns, -1);
  int found = 0;
  for (size_t i = 0; i < cells.size(); ++i) {
    const int col = HeaderColumn(cells[i]);
    if (col >= 0 && map[col] < 0) {
      map[col] = static_cast<int>(i);
      ++found;
    }
  }
  if (found < 5 || map[internal::kColIndikator] < 0) return {};
  return map;
}

// "(1) (2) ... (8)" under the header.
bool IsColumnNumberRow(const std::vector<std::string>& cells) {
  int numbered = 0;
  for (const std::string& raw : cells) {
    const std::string c = internal::CleanText(raw);
    if (c.empty()) continue;
    if (c.size() < 3 || c.front() != '(' || c.back() != ')' ||
        !internal::IsAsciiDigits(c.substr(1, c.size() - 2)))
      return false;
    ++numbered;
  }
  return numbered >= 3;
}

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    out.emplace_back(
        line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(start, nl - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (nl == text.size()) break;
    start = nl + 1;
  }
  return lines;
}

std::string MissingColumns(const std::vector<int>& map) {
  std::vector<std::string> missing;
  for (int c = internal::kColKomponen; c < kDecreeColumns; ++c) {
    if (map[c] < 0) missing.push_back(kColumnTitles[c]);
  }
  return absl::StrJoin(missing, ", ");
}

absl::Status NoHeader(std::string_view source) {
  return absl::InvalidArgumentError(absl::StrCat(
      A(source),
      ": baris judul kolom tabel lampiran tidak ditemukan (diharapkan NO, KOMPONEN PENGUNGKIT, "
      "ASPEK PEMENUHAN, KEGIATAN/AKSI, INDIKATOR, BUKTI FISIK, TARGET WAKTU PELAKSANAAN, "
      "TARGET CAPAIAN)"));
}

// ---- metadata ---------------------------------------------------------------------

struct Metadata {
  std::string satker_name;  // as the decree writes it
  std::string number;       // "6 Tahun 2026"
  int year = 0;
  std::string title;
  std::string place;
  std::optional<Date> date;
  std::string signer_role;  // "KETUA KOMISI PEMILIHAN UMUM PROVINSI SULAWESI TENGAH"
  std::string signer_name;  // "DARMIATI"
};

bool StartsWithWord(std::string_view line, std::string_view word) {
  if (line.size() < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (std::toupper(static_cast<unsigned char>(line[i])) != word[i]) return false;
  }
  return line.size() == word.size() || line[word.size()] == ' ';
}

int MonthNumber(std::string_view name) {
  static const char* const kMonths[] = {"januari",   "februari", "maret",    "april",
                                        "mei",       "juni",     "juli",     "agustus",
                                        "september", "oktober",  "november", "desember"};
  const std::string l = internal::AsciiLower(name);
  for (int i = 0; i < 12; ++i) {
    if (l == kMonths[i]) return i + 1;
  }
  return 0;
}

// Capitalised words, the small words of an Indonesian title in lower case ("Rencana Aksi
// Pembangunan dan Evaluasi Zona Integritas menuju Wilayah Bebas dari Korupsi").
std::string TitleCase(std::string_view s);
std::string TitleWords(std::string_view s) {
  static const char* const kSmall[] = {"dan",   "di",     "dari", "ke",    "menuju",  "yang",
                                       "untuk", "atau",   "pada", "dalam", "tentang", "atas",
                                       "oleh",  "dengan", "bagi", "serta", "terhadap"};
  std::string out = TitleCase(s);
  std::vector<std::string> words;
  for (std::string_view w : internal::SplitWords(out)) words.emplace_back(w);
  for (size_t i = 1; i < words.size(); ++i) {
    const std::string l = internal::AsciiLower(words[i]);
    for (const char* small : kSmall) {
      if (l == small) words[i] = l;
    }
  }
  return absl::StrJoin(words, " ");
}

std::string TitleCase(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (char& c : out) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalpha(u)) {
      c = static_cast<char>(start ? std::toupper(u) : std::tolower(u));
      start = false;
    } else {
      start = c == ' ' || c == '-' || c == '(' || c == '/';
    }
  }
  return out;
}

Metadata ReadMetadata(const std::vector<std::string>& lines_in) {
  Metadata m;
  std::vector<std::string> lines;
  for (const std::string& l : lines_in) lines.push_back(internal::CleanText(l));
  const size_t n = lines.size();
  for (size_t i = 0; i < n; ++i) {
    const std::string& line = lines[i];
    if (m.satker_name.empty() && StartsWithWord(line, "KEPUTUSAN") && line.size() > 10) {
      std::string name = line.substr(10);
      for (size_t j = i + 1; j < n && j < i + 4; ++j) {
        if (lines[j].empty() || StartsWithWord(lines[j], "NOMOR")) break;
        name = absl::StrCat(name, " ", lines[j]);
      }
      m.satker_name = name;
    }
    if (m.number.empty() && StartsWithWord(line, "NOMOR")) {
      const std::vector<std::string_view> w = internal::SplitWords(line);
      if (w.size() >= 4 && internal::AsciiLower(w[2]) == "tahun" && internal::IsAsciiDigits(w[3]) &&
          w[3].size() == 4) {
        m.number = absl::StrCat(A(w[1]), " Tahun ", A(w[3]));
        m.year = std::stoi(std::string(w[3]));
      }
    }
    if (m.title.empty() && StartsWithWord(line, "TENTANG")) {
      std::string title = line.size() > 8 ? line.substr(8) : "";
      size_t j = i + 1;
      while (title.empty() && j < n && lines[j].empty()) ++j;
      for (; j < n && !lines[j].empty(); ++j)
        title = absl::StrCat(title, title.empty() ? "" : " ", lines[j]);
      m.title = title;
    }
    if (m.place.empty() && StartsWithWord(line, "DITETAPKAN")) {
      const std::vector<std::string_view> w = internal::SplitWords(line);
      if (w.size() >= 3 && internal::AsciiLower(w[1]) == "di") {
        std::vector<std::string> rest;
        for (size_t k = 2; k < w.size(); ++k) rest.emplace_back(w[k]);
        m.place = absl::StrJoin(rest, " ");
      }
    }
    if (!m.date && StartsWithWord(line, "PADA")) {
      const std::vector<std::string_view> w = internal::SplitWords(line);
      if (w.size() >= 5 && internal::AsciiLower(w[1]) == "tanggal" &&
          internal::IsAsciiDigits(w[2]) && w[2].size() <= 2 && internal::IsAsciiDigits(w[4]) &&
          w[4].size() == 4) {
        const int d = std::stoi(std::string(w[2]));
        const int mo = MonthNumber(w[3]);
        const int y = std::stoi(std::string(w[4]));
        if (mo > 0 && Date::IsValidYmd(y, mo, d)) m.date = Date::FromYmd(y, mo, d);
      }
      // The signer: the role up to a line ending in ',', then the name after "ttd.".
      size_t j = i + 1;
      std::string role;
      for (; j < n && j < i + 5; ++j) {
        if (lines[j].empty()) continue;
        role = absl::StrCat(role, role.empty() ? "" : " ", lines[j]);
        if (lines[j].back() == ',') break;
      }
      if (!role.empty() && role.back() == ',') {
        role.pop_back();
        m.signer_role = role;
        for (++j; j < n && j < i + 12; ++j) {
          const std::string l = internal::AsciiLower(lines[j]);
          if (lines[j].empty() || l == "ttd." || l == "ttd" || l.rfind("salinan", 0) == 0) continue;
          m.signer_name = lines[j];
          break;
        }
      }
    }
  }
  // The title as the decree writes it in running text, else capitalised.
  if (!m.title.empty()) {
    std::string all;
    for (const std::string& l : lines) all = absl::StrCat(all, " ", l);
    all = internal::CleanText(all);
    const std::string lower_all = internal::AsciiLower(all);
    const std::string lower_title = internal::AsciiLower(m.title);
    size_t pos = 0;
    std::string found;
    while ((pos = lower_all.find(lower_title, pos)) != std::string::npos) {
      const std::string cand = all.substr(pos, m.title.size());
      if (cand != m.title) {
        found = cand;
        break;
      }
      pos += 1;
    }
    if (!found.empty()) {
      found[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(found[0])));
      m.title = found;
    } else {
      m.title = TitleWords(internal::CleanText(m.title));
    }
  }
  return m;
}

std::string SatkerList(const std::vector<const Satker*>& list) {
  std::vector<std::string> parts;
  for (size_t i = 0; i < list.size() && i < 20; ++i)
    parts.push_back(absl::StrCat(list[i]->code, " (", list[i]->name, ")"));
  std::string out = absl::StrJoin(parts, ", ");
  if (list.size() > 20) absl::StrAppend(&out, ", ... (", list.size(), " seluruhnya)");
  return out;
}

// ---- the import ---------------------------------------------------------------------

struct Rows {
  std::vector<DecreeRawRow> rows;
  std::vector<std::string> preamble;  // lines before the header
  std::vector<Diagnostic> unplaced;
  size_t rows_read = 0;
};

absl::StatusOr<Rows> RowsFromText(std::string_view text, std::string_view source) {
  Rows out;
  const std::vector<std::string_view> lines = SplitLines(text);
  bool in_table = false;
  bool after_header = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    const std::string where = absl::StrCat(A(source), ":", i + 1);
    if (line.find('\t') == std::string_view::npos) {
      if (!in_table) {
        out.preamble.emplace_back(line);
      } else if (!internal::CleanText(line).empty()) {
        out.unplaced.push_back({Severity::kInfo, "decree_text_outside_table", where, "",
                                absl::StrCat("teks di luar tabel lampiran, tidak dimasukkan: \"",
                                             internal::CleanText(line).substr(0, 80), "\"")});
      }
      continue;
    }
    std::vector<std::string> cells = SplitTabs(line);
    if (!HeaderMap(cells).empty()) {
      after_header = in_table;  // a repeated header: a page break
      in_table = true;
      continue;
    }
    if (!in_table) {
      out.preamble.emplace_back(line);
      continue;
    }
    if (IsColumnNumberRow(cells)) continue;
    bool blank = true;
    for (const std::string& c : cells) blank = blank && internal::CleanText(c).empty();
    if (blank) continue;
    DecreeRawRow row;
    row.where = where;
    row.page_first = after_header;
    after_header = false;
    for (size_t c = 0; c < cells.size(); ++c) {
      if (c < static_cast<size_t>(kDecreeColumns)) {
        row.cells[c] = std::move(cells[c]);
      } else if (!internal::CleanText(cells[c]).empty()) {
        out.unplaced.push_back({Severity::kWarning, "decree_extra_cell", where, "",
                                absl::StrCat("sel ke-", c + 1, " di luar 8 kolom lampiran: \"",
                                             internal::CleanText(cells[c]).substr(0, 80), "\"")});
      }
    }
    out.rows.push_back(std::move(row));
    ++out.rows_read;
  }
  if (!in_table) return NoHeader(source);
  return out;
}

absl::StatusOr<Rows> RowsFromTable(const Table& table) {
  Rows out;
  std::vector<int> map;
  size_t r = 0;
  auto texts = [](const TableRow& row) {
    std::vector<std::string> cells;
    for (const TableCell& c : row.cells) cells.push_back(c.text);
    return cells;
  };
  for (; r < table.rows.size(); ++r) {
    std::vector<std::string> cells = texts(table.rows[r]);
    map = HeaderMap(cells);
    if (!map.empty()) break;
    for (const std::string& c : cells) {
      if (!internal::CleanText(c).empty()) {
        for (std::string_view l : SplitLines(c)) out.preamble.emplace_back(l);
      }
    }
  }
  if (map.empty()) {
    if (table.rows.empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat(table.source, table.sheet.empty() ? "" : absl::StrCat("!", table.sheet),
                       ": tabel kosong, tidak ada baris untuk diimpor"));
    }
    return NoHeader(table.sheet.empty() ? table.source
                                        : absl::StrCat(table.source, " (", table.sheet, ")"));
  }
  const std::string missing = MissingColumns(map);
  if (!missing.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(table.Where(table.rows[r]),
                                                   ": kolom tabel lampiran tidak lengkap, tidak "
                                                   "ada kolom ",
                                                   missing));
  }
  const int header_cells = static_cast<int>(table.rows[r].cells.size());
  int responsible = -1;  // the PENANGGUNG JAWAB column, when the header has one
  for (int i = 0; i < header_cells; ++i) {
    if (std::find(map.begin(), map.end(), i) == map.end() &&
        IsResponsibleHeader(table.rows[r].cells[static_cast<size_t>(i)].text)) {
      responsible = i;
      break;
    }
  }
  for (++r; r < table.rows.size(); ++r) {
    const TableRow& tr = table.rows[r];
    std::vector<std::string> cells = texts(tr);
    if (!HeaderMap(cells).empty() || IsColumnNumberRow(cells)) continue;
    bool blank = true;
    for (const std::string& c : cells) blank = blank && internal::CleanText(c).empty();
    if (blank) continue;
    DecreeRawRow row;
    row.where = table.Where(tr);
    for (int c = 0; c < kDecreeColumns; ++c) {
      if (map[c] >= 0 && map[c] < static_cast<int>(cells.size())) row.cells[c] = cells[map[c]];
    }
    if (responsible >= 0 && responsible < static_cast<int>(cells.size())) {
      row.responsible = cells[static_cast<size_t>(responsible)];
    }
    for (int i = 0; i < static_cast<int>(cells.size()); ++i) {
      const bool mapped = i == responsible || std::find(map.begin(), map.end(), i) != map.end();
      if (!mapped && !internal::CleanText(cells[i]).empty()) {
        out.unplaced.push_back(
            {Severity::kWarning, "decree_extra_cell", table.Where(tr, i), "",
             absl::StrCat("sel di luar kolom lampiran",
                          i >= header_cells ? " (tanpa judul kolom)" : "", ", tidak dimasukkan: \"",
                          internal::CleanText(cells[i]).substr(0, 80), "\"")});
      }
    }
    out.rows.push_back(std::move(row));
    ++out.rows_read;
  }
  return out;
}

void CollectNotes(const PlanData& d, std::vector<DecreeNote>* out) {
  for (const Note& n : d.notes) out->push_back({"", n});
  for (const Component& c : d.components) {
    for (const Note& n : c.notes) out->push_back({c.id, n});
    for (const Aspect& a : c.aspects) {
      for (const Note& n : a.notes) out->push_back({a.id, n});
      for (const Activity& k : a.activities) {
        for (const Note& n : k.notes) out->push_back({k.id, n});
        for (const Indicator& i : k.indicators) {
          for (const Note& n : i.notes) out->push_back({i.id, n});
        }
      }
    }
  }
}

absl::StatusOr<DecreeImport> Finish(Rows rows, std::string_view source, DecreeFormat format,
                                    const DecreeImportOptions& options) {
  const Metadata meta = ReadMetadata(rows.preamble);
  PlanData data;
  // The satker.
  if (!options.satker_code.empty()) {
    const Satker* s = FindSatkerByCode(options.satker_code);
    if (s == nullptr) {
      return absl::InvalidArgumentError(
          absl::StrCat("satker \"", options.satker_code, "\" tidak ada dalam daftar satker KPU"));
    }
    data.satker = *s;
  } else if (!meta.satker_name.empty()) {
    const std::vector<const Satker*> found = FindSatkerByName(meta.satker_name);
    if (found.empty()) {
      return absl::InvalidArgumentError(absl::StrCat(
          A(source), ": nama satker \"", meta.satker_name,
          "\" pada keputusan tidak cocok dengan satker mana pun; berikan --satker KODE"));
    }
    if (found.size() > 1) {
      return absl::InvalidArgumentError(
          absl::StrCat(A(source), ": nama satker \"", meta.satker_name, "\" cocok dengan ",
                       found.size(), " satker: ", SatkerList(found), "; berikan --satker KODE"));
    }
    data.satker = *found.front();
  } else {
    return absl::InvalidArgumentError(
        absl::StrCat(A(source), ": keputusan tidak menyebut nama satker; berikan --satker KODE"));
  }
  data.year = options.year > 0 ? options.year : meta.year;
  if (data.year <= 0) {
    return absl::InvalidArgumentError(absl::StrCat(
        A(source), ": keputusan tidak menyebut tahun (NOMOR ... TAHUN ...); berikan --year"));
  }
  if (data.year < 2000 || data.year > 2100) {
    // The plan format's range (docs/plan-format.md).
    return absl::InvalidArgumentError(
        absl::StrCat(A(source), ": tahun ", data.year, " di luar 2000..2100"));
  }
  data.decree.number = meta.number;
  data.decree.date = meta.date;
  data.decree.title = meta.title;
  data.decree.place = meta.place;
  if (!meta.signer_name.empty()) {
    std::string role = meta.signer_role;
    const std::vector<std::string_view> w = internal::SplitWords(role);
    if (!w.empty()) {
      const std::string rest = role.substr(w[0].size());
      const std::vector<const Satker*> match = FindSatkerByName(rest);
      role = match.size() == 1 && match[0]->code == data.satker.code
                 ? absl::StrCat(TitleCase(w[0]), " ", data.satker.name)
                 : TitleCase(role);
    }
    data.decree.signed_by = role.empty() ? TitleCase(meta.signer_name)
                                         : absl::StrCat(TitleCase(meta.signer_name), ", ", role);
  }
  data.calendar = absl::StrCat("ID-", data.year);

  absl::StatusOr<Rubric> default_rubric =
      options.rubric ? absl::StatusOr<Rubric>(*options.rubric) : DefaultRubric();
  if (!default_rubric.ok()) return default_rubric.status();
  internal::DecreeAssembly assembly =
      internal::AssembleDecree(rows.rows, *default_rubric, data.year);
  data.components = std::move(assembly.components);
  data.notes = std::move(assembly.plan_notes);
  if (data.components.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat(A(source), ": tabel lampiran tidak memiliki satu pun komponen pengungkit (",
                     rows.rows_read, " baris dibaca)"));
  }
  // The decree's own wording defects the lint sees become defect notes too.
  {
    const Plan draft(data);
    for (const Diagnostic& d : LintPlan(draft)) {
      const char* text = nullptr;
      if (d.code == "text_year_mismatch") {
        text =
            "Teks menyebut tahun lain daripada tahun rencana, tersalin dari rencana "
            "sebelumnya; disimpan sesuai aslinya.";
      } else if (d.code == "target_per_occurrence_assumed") {
        text =
            "Jadwal berulang dengan target 1; disimpan sesuai aslinya, dibaca mesin "
            "sebagai 1 per periode dan dilaporkan oleh lint.";
      }
      if (text == nullptr) continue;
      for (Component& c : data.components)
        for (Aspect& a : c.aspects)
          for (Activity& k : a.activities)
            for (Indicator& i : k.indicators)
              if (i.id == d.where) i.notes.push_back({d.field, NoteKind::kDefect, text});
    }
  }
  DecreeImport result{Plan(std::move(data)), {}};
  DecreeImportReport& rep = result.report;
  rep.source = std::string(source);
  rep.format = format;
  rep.rows_read = rows.rows_read;
  rep.rows_joined = assembly.rows_joined;
  CollectNotes(result.plan.data(), &rep.notes);
  rep.unplaced = std::move(rows.unplaced);
  for (Diagnostic& d : assembly.unplaced) rep.unplaced.push_back(std::move(d));
  rep.lint = LintPlan(result.plan);
  return result;
}

bool HasPreambleAndTabHeader(std::string_view text) {
  bool preamble = false;
  for (std::string_view line : SplitLines(text)) {
    if (line.find('\t') != std::string_view::npos) {
      if (!HeaderMap(SplitTabs(line)).empty()) return preamble;
      continue;
    }
    if (!internal::CleanText(line).empty()) preamble = true;
  }
  return false;
}

}  // namespace

std::string_view ToString(DecreeFormat f) {
  switch (f) {
    case DecreeFormat::kAuto: return "auto";
    case DecreeFormat::kText: return "text";
    case DecreeFormat::kCsv: return "csv";
    case DecreeFormat::kXlsx: return "xlsx";
  }
  return "auto";
}

std::optional<DecreeFormat> ParseDecreeFormat(std::string_view s) {
  const std::string l = internal::AsciiLower(s);
  if (l == "auto") return DecreeFormat::kAuto;
  if (l == "text" || l == "txt") return DecreeFormat::kText;
  if (l == "csv" || l == "tsv") return DecreeFormat::kCsv;
  if (l == "xlsx") return DecreeFormat::kXlsx;
  return std::nullopt;
}

absl::StatusOr<DecreeImport> ImportDecreeTable(const Table& table,
                                               const DecreeImportOptions& options) {
  absl::StatusOr<Rows> rows = RowsFromTable(table);
  if (!rows.ok()) return rows.status();
  for (const Diagnostic& d : table.diagnostics) rows->unplaced.push_back(d);
  return Finish(*std::move(rows), table.source,
                table.from_xlsx ? DecreeFormat::kXlsx : DecreeFormat::kCsv, options);
}

absl::StatusOr<DecreeImport> ImportDecree(std::string_view bytes, std::string_view source,
                                          const DecreeImportOptions& options) {
  if (bytes.size() > kMaxTextBytes) {
    return absl::ResourceExhaustedError(absl::StrCat(
        A(source), ": berkas ", bytes.size(), " bait melebihi batas ", kMaxTextBytes, " bait"));
  }
  const bool zip = bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4);
  DecreeFormat format = options.format;
  if (format == DecreeFormat::kText && zip) {
    return absl::InvalidArgumentError(
        absl::StrCat(A(source), ": berkas XLSX (ZIP), bukan teks; gunakan --format xlsx"));
  }
  if (format == DecreeFormat::kXlsx || (format == DecreeFormat::kAuto && zip)) {
    TableReadOptions to;
    to.sheet = options.sheet;
    absl::StatusOr<Table> table = ReadTable(bytes, source, to);
    if (!table.ok()) return table.status();
    return ImportDecreeTable(*table, options);
  }
  TextEncoding used = TextEncoding::kUtf8;
  absl::StatusOr<std::string> text = DecodeText(bytes, source, options.encoding, &used);
  if (!text.ok()) return text.status();
  if (text->find('\0') != std::string::npos) {
    return absl::InvalidArgumentError(
        absl::StrCat(A(source), ": berkas biner (berisi bait NUL), bukan teks atau tabel"));
  }
  if (format == DecreeFormat::kAuto) {
    format = HasPreambleAndTabHeader(*text) ? DecreeFormat::kText : DecreeFormat::kCsv;
  }
  if (format == DecreeFormat::kText) {
    absl::StatusOr<Rows> rows = RowsFromText(*text, source);
    if (!rows.ok()) return rows.status();
    return Finish(*std::move(rows), source, DecreeFormat::kText, options);
  }
  TableReadOptions to;
  to.encoding = options.encoding;
  absl::StatusOr<Table> table = ReadTable(bytes, source, to);
  if (!table.ok()) return table.status();
  return ImportDecreeTable(*table, options);
}

absl::StatusOr<DecreeImport> ImportDecreeFile(const std::string& path,
                                              const DecreeImportOptions& options) {
  absl::StatusOr<std::string> bytes = ReadFileText(path, "keputusan");
  if (!bytes.ok()) return bytes.status();
  return ImportDecree(*bytes, path, options);
}

std::string DecreeImportReportJson(const DecreeImport& result) {
  namespace json = internal::json;
  const DecreeImportReport& r = result.report;
  const Plan& plan = result.plan;
  json::object o;
  o["format"] = "zi.decree-import-report/1";
  o["source"] = r.source;
  o["input"] = std::string(ToString(r.format));
  o["satker"] = plan.satker().code;
  o["year"] = plan.year();
  json::object counts;
  counts["rows_read"] = r.rows_read;
  counts["rows_joined"] = r.rows_joined;
  counts["components"] = plan.components().size();
  counts["aspects"] = plan.aspect_count();
  counts["activities"] = plan.activity_count();
  counts["indicators"] = plan.indicators().size();
  o["counts"] = std::move(counts);
  json::array notes;
  for (const DecreeNote& n : r.notes) {
    json::object x;
    x["id"] = n.id;
    x["field"] = n.note.field;
    x["kind"] = std::string(ToString(n.note.kind));
    x["text"] = n.note.text;
    notes.push_back(std::move(x));
  }
  o["notes"] = std::move(notes);
  auto diags = [](const std::vector<Diagnostic>& v) {
    json::array a;
    for (const Diagnostic& d : v) {
      json::object x;
      x["severity"] = std::string(ToString(d.severity));
      x["code"] = d.code;
      x["where"] = d.where;
      if (!d.field.empty()) x["field"] = d.field;
      x["message"] = d.message;
      a.push_back(std::move(x));
    }
    return a;
  };
  o["unplaced"] = diags(r.unplaced);
  o["lint"] = diags(r.lint);
  return internal::WriteJson(o);
}

std::string DecreeImportReportText(const DecreeImport& result) {
  const DecreeImportReport& r = result.report;
  const Plan& plan = result.plan;
  std::ostringstream out;
  out << "Impor rencana aksi dari " << r.source << " (" << ToString(r.format) << ")\n";
  out << "Satker   : " << plan.satker().name << " (" << plan.satker().code << "), tahun "
      << plan.year() << "\n";
  const Decree& d = plan.data().decree;
  if (!d.number.empty()) {
    out << "Keputusan: Nomor " << d.number;
    if (d.date) out << ", tanggal " << FormatIsoDate(*d.date);
    if (!d.place.empty()) out << ", di " << d.place;
    out << "\n";
  }
  out << "Isi      : " << plan.components().size() << " komponen, " << plan.aspect_count()
      << " aspek, " << plan.activity_count() << " kegiatan, " << plan.indicators().size()
      << " indikator (" << r.rows_read << " baris dibaca, " << r.rows_joined
      << " baris sambungan digabung)\n";
  const char* const kKind[] = {"diselesaikan", "disimpulkan", "cacat"};
  out << "\nCatatan (" << r.notes.size() << "):\n";
  for (const DecreeNote& n : r.notes) {
    out << "  " << (n.id.empty() ? "rencana" : n.id) << " " << n.note.field << " ["
        << kKind[static_cast<int>(n.note.kind)] << "]: " << n.note.text << "\n";
  }
  out << "\nBaris tidak ditempatkan (" << r.unplaced.size() << "):\n";
  for (const Diagnostic& u : r.unplaced) out << "  " << u.where << ": " << u.message << "\n";
  size_t errors = 0, warnings = 0;
  for (const Diagnostic& l : r.lint) {
    errors += l.severity == Severity::kError;
    warnings += l.severity == Severity::kWarning;
  }
  out << "\nPemeriksaan (lint): " << errors << " galat, " << warnings << " peringatan\n";
  for (const Diagnostic& l : r.lint) {
    out << "  " << l.where << " " << ToString(l.severity) << " " << l.code << ": " << l.message
        << "\n";
  }
  return out.str();
}

}  // namespace v1
}  // namespace zi
