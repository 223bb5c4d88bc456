// The decree annex's rows assembled into the plan tree (docs/decree-import.md).
//
// Three passes: (1) each physical row is cleaned and put back into its columns (fused <p>
// rows split, rows shifted by one column read back, an aspect printed under KOMPONEN
// moved); (2) continuation rows after a page break are joined to the cells above them;
// (3) the logical rows become komponen → aspek → kegiatan → indikator, resolved against
// the LKE pemenuhan sub-areas by name and order.
#include "internal/decree_assemble.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "internal/text.hpp"
#include "zi/deadline/schedule.hpp"
#include "zi/plan/target.hpp"

namespace zi::internal {
namespace {

using Cells = std::array<std::string, kDecreeColumns>;

// ---- text helpers -------------------------------------------------------------------

// Debian's Abseil has its own string_view.
absl::string_view A(std::string_view s) { return {s.data(), s.size()}; }

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string Lower(std::string_view s) { return AsciiLower(s); }

// The <p>...</p> groups of a raw cell (a fused row); one group when there are fewer than two.
std::vector<std::string> ParagraphGroups(std::string_view raw) {
  std::vector<std::string> groups;
  size_t pos = 0;
  while (true) {
    const size_t open = raw.find("<p>", pos);
    if (open == std::string_view::npos) break;
    const size_t close = raw.find("</p>", open + 3);
    const size_t end = close == std::string_view::npos ? raw.size() : close;
    groups.emplace_back(raw.substr(open + 3, end - open - 3));
    if (close == std::string_view::npos) break;
    pos = close + 4;
  }
  if (groups.size() < 2) return {std::string(raw)};
  return groups;
}

bool IsRomanNumeral(std::string_view s) {
  if (s.empty() || s.size() > 6) return false;
  for (char c : s) {
    const char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (l != 'i' && l != 'v' && l != 'x') return false;
  }
  // All one case.
  const bool upper = std::isupper(static_cast<unsigned char>(s[0])) != 0;
  for (char c : s) {
    if ((std::isupper(static_cast<unsigned char>(c)) != 0) != upper) return false;
  }
  return true;
}

int RomanValue(std::string_view s) {
  auto v = [](char c) {
    switch (std::tolower(static_cast<unsigned char>(c))) {
      case 'i': return 1;
      case 'v': return 5;
      case 'x': return 10;
      default: return 0;
    }
  };
  int total = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const int cur = v(s[i]);
    const int next = i + 1 < s.size() ? v(s[i + 1]) : 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

struct Numbered {
  int number = 0;  // 0: no leading number
  std::string rest;
};

// "1. Text", "2) Text", "iv. Text" → the number and the text after it.
Numbered SplitNumber(std::string_view s) {
  Numbered out;
  out.rest = std::string(s);
  size_t i = 0;
  while (i < s.size() && s[i] != '.' && s[i] != ')' && !IsSpace(s[i])) ++i;
  if (i == 0 || i >= s.size() || (s[i] != '.' && s[i] != ')')) return out;
  const std::string_view token = s.substr(0, i);
  int n = 0;
  if (IsAsciiDigits(token) && token.size() <= 3) {
    for (char c : token) n = n * 10 + (c - '0');
  } else if (IsRomanNumeral(token)) {
    n = RomanValue(token);
  } else {
    return out;
  }
  if (n <= 0) return out;
  size_t j = i + 1;
  if (j < s.size() && !IsSpace(s[j])) return out;  // "1.5" or "e.g."
  while (j < s.size() && IsSpace(s[j])) ++j;
  if (j >= s.size()) return out;
  out.number = n;
  out.rest = std::string(s.substr(j));
  return out;
}

bool IsNumbered(std::string_view s) { return SplitNumber(s).number > 0; }

// The text of a numbered cell without its number, unless the cell lists several numbered
// items ("1. ... 2. ..."), which is kept whole. `multi` says which.
std::string StripNumber(std::string_view s, bool* multi = nullptr) {
  const Numbered n = SplitNumber(s);
  if (multi) *multi = false;
  if (n.number == 0) return std::string(s);
  const std::string next = absl::StrCat(" ", n.number + 1, ". ");
  if (n.rest.find(next) != std::string::npos) {
    if (multi) *multi = true;
    return std::string(s);
  }
  return n.rest;
}

const std::set<std::string, std::less<>>& StopWords() {
  static const auto* words = new std::set<std::string, std::less<>>{
      "dan",   "di",       "ke",    "yang",  "dari",    "dalam",   "untuk",
      "atas",  "terhadap", "oleh",  "pada",  "dengan",  "sesuai",  "secara",
      "serta", "atau",     "telah", "sudah", "tentang", "melalui", "kepada",
      "bagi",  "per",      "tahun", "the",   "masing",  "setiap",  "seluruh"};
  return *words;
}

// Content words: lower-case runs of letters and digits (split on everything else),
// three bytes or more, stop words left out.
std::vector<std::string> ContentWords(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (cur.size() >= 3 && !StopWords().contains(cur)) out.push_back(cur);
    cur.clear();
  };
  for (char c : s) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      cur.push_back(static_cast<char>(std::tolower(u)));
    } else {
      flush();
    }
  }
  flush();
  return out;
}

std::string Compact(std::string_view s) {
  std::string out;
  for (char c : s) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) out.push_back(static_cast<char>(std::tolower(u)));
  }
  return out;
}

// Shares of the words of `a` and of `b` that the other has.
struct Overlap {
  double of_a = 0, of_b = 0;
  size_t common = 0;
};
Overlap WordOverlap(std::string_view a, std::string_view b) {
  std::vector<std::string> wa = ContentWords(a), wb = ContentWords(b);
  std::sort(wa.begin(), wa.end());
  wa.erase(std::unique(wa.begin(), wa.end()), wa.end());
  std::sort(wb.begin(), wb.end());
  wb.erase(std::unique(wb.begin(), wb.end()), wb.end());
  std::vector<std::string> common;
  std::set_intersection(wa.begin(), wa.end(), wb.begin(), wb.end(), std::back_inserter(common));
  Overlap o;
  o.common = common.size();
  if (!wa.empty()) o.of_a = static_cast<double>(common.size()) / static_cast<double>(wa.size());
  if (!wb.empty()) o.of_b = static_cast<double>(common.size()) / static_cast<double>(wb.size());
  return o;
}

// How well a decree name matches an LKE name: 1 when one holds the other once spaces and
// punctuation are removed ("Tata Laksana" / "Tatalaksana"), else the share of the LKE
// name's words the decree name has.
double NameSimilarity(std::string_view decree, std::string_view lke) {
  const std::string a = Compact(decree), b = Compact(lke);
  if (a.empty() || b.empty()) return 0;
  if (a.find(b) != std::string::npos || b.find(a) != std::string::npos) return 1;
  return WordOverlap(decree, lke).of_b;
}

// Joins a page fragment to the text above: one space, none after a hyphen ("e-" +
// "performance"), and a word repeated across the break written once.
std::string JoinFragment(std::string_view above, std::string_view fragment, bool* overlap) {
  if (above.empty()) return std::string(fragment);
  if (fragment.empty()) return std::string(above);
  if (above.back() == '-') return absl::StrCat(A(above), A(fragment));
  const size_t last_space = above.rfind(' ');
  const std::string_view last =
      last_space == std::string_view::npos ? above : above.substr(last_space + 1);
  const size_t first_end = fragment.find(' ');
  const std::string_view first =
      first_end == std::string_view::npos ? fragment : fragment.substr(0, first_end);
  if (!last.empty() && Lower(last) == Lower(first) && ContentWords(last).size() == 1) {
    if (overlap) *overlap = true;
    return absl::StrCat(A(above), A(fragment.substr(first.size())));
  }
  return absl::StrCat(A(above), " ", A(fragment));
}

// A comma list still open at the end of a cell: "informasi, layanan".
bool EndsInOpenList(std::string_view s) {
  const size_t comma = s.rfind(',');
  if (comma == std::string_view::npos || comma + 1 >= s.size()) return false;
  const std::string_view tail = s.substr(comma + 1);
  if (tail.find(" dan ") != std::string_view::npos || tail.find(" atau ") != std::string_view::npos)
    return false;
  return SplitWords(CleanText(tail)).size() <= 2;
}

bool ClosesList(std::string_view s) {
  return s.find(", dan") != std::string_view::npos || s.find(", atau") != std::string_view::npos;
}

// ---- row normalisation --------------------------------------------------------------

enum class Shift { kNone, kRight, kLeft };

struct LogicalRow {
  std::string where;
  Cells cells;              // cleaned, in their columns
  std::string responsible;  // the PENANGGUNG JAWAB cell, cleaned (tables only)
  Shift shift = Shift::kNone;
  bool komponen_moved = false;                    // an aspect printed under KOMPONEN
  bool fused = false;                             // split from a fused <p> row
  std::array<bool, kDecreeColumns> overlap{};     // a repeated word dropped at a join
  std::array<bool, kDecreeColumns> moved_list{};  // a list fragment from the column left
  std::array<std::string, kDecreeColumns> list_fragment;
};

class Normaliser {
 public:
  explicit Normaliser(int year) : year_(year) {}

  bool LooksLikeSchedule(const std::string& s) const {
    if (s.empty()) return false;
    return ParseSchedule(s, year_).ok();
  }
  static bool LooksLikeCountedTarget(const std::string& s) {
    if (s.empty()) return false;
    absl::StatusOr<Target> t = ParseTarget(s);
    return t.ok() && t->basis == TargetBasis::kCount;
  }

  // Cleans the cells, takes the first <p> group of fused cells apart, and reads shifted
  // rows back into their columns.
  void Normalise(const DecreeRawRow& raw, LogicalRow* row, Cells* carry) const {
    row->where = raw.where;
    row->responsible = CleanText(raw.responsible);
    for (int c = 0; c < kDecreeColumns; ++c) {
      std::vector<std::string> groups = ParagraphGroups(raw.cells[c]);
      if (groups.size() >= 2) {
        row->fused = true;
        (*carry)[c] = CleanText(groups.front());
        std::string rest;
        for (size_t g = 1; g < groups.size(); ++g) rest = absl::StrCat(rest, " ", groups[g]);
        row->cells[c] = CleanText(rest);
      } else {
        row->cells[c] = CleanText(raw.cells[c]);
      }
    }
    Cells& x = row->cells;
    int first = -1;
    for (int c = 1; c < kDecreeColumns; ++c) {
      if (!x[c].empty()) {
        first = c;
        break;
      }
    }
    if (first >= 2 && x[first - 1].empty() && LooksLikeSchedule(x[kColTargetCapaian]) &&
        !x[kColTargetWaktu].empty() && !LooksLikeSchedule(x[kColTargetWaktu]) &&
        x[kColNo].empty()) {
      // Shifted one column right: the target capaian cell was lost.
      for (int c = first - 1; c < kDecreeColumns - 1; ++c) {
        x[c] = std::move(x[c + 1]);
        (*carry)[c] = std::move((*carry)[c + 1]);
      }
      x[kColTargetCapaian].clear();
      (*carry)[kColTargetCapaian].clear();
      row->shift = Shift::kRight;
    } else if (first >= 1 && x[kColTargetCapaian].empty() &&
               LooksLikeCountedTarget(x[kColTargetWaktu]) && LooksLikeSchedule(x[kColBuktiFisik]) &&
               x[kColNo].empty()) {
      // Shifted one column left.
      for (int c = kDecreeColumns - 1; c > first; --c) {
        x[c] = std::move(x[c - 1]);
        (*carry)[c] = std::move((*carry)[c - 1]);
      }
      x[first].clear();
      (*carry)[first].clear();
      row->shift = Shift::kLeft;
    } else if (x[kColNo].empty() && IsNumbered(x[kColKomponen]) && x[kColAspek].empty()) {
      x[kColAspek] = std::move(x[kColKomponen]);
      x[kColKomponen].clear();
      row->komponen_moved = true;
    }
  }

 private:
  int year_;
};

// Passes 1 and 2: physical rows → logical rows, continuation rows joined.
std::vector<LogicalRow> BuildLogicalRows(const std::vector<DecreeRawRow>& raws, int year,
                                         DecreeAssembly* out) {
  Normaliser norm(year);
  std::vector<LogicalRow> rows;
  auto last_with = [&](int c) -> LogicalRow* {
    // The nearest of the previous 64 rows (a bound, so that a table of continuation
    // rows stays linear).
    size_t looked = 0;
    for (auto it = rows.rbegin(); it != rows.rend() && looked < 64; ++it, ++looked) {
      if (!it->cells[c].empty()) return &*it;
    }
    return nullptr;
  };
  // Applies the fragments of one continuation (by column) to the rows above.
  auto apply = [&](const Cells& frags, const std::string& where) {
    bool any = false;
    for (int c = 0; c < kDecreeColumns; ++c) {
      if (frags[c].empty()) continue;
      any = true;
      int col = c;
      if (c + 1 < kDecreeColumns && frags[c + 1].empty() && !rows.empty() && ClosesList(frags[c]) &&
          EndsInOpenList(rows.back().cells[c + 1]) && !EndsInOpenList(rows.back().cells[c])) {
        col = c + 1;  // the end of a list printed one column left
      }
      LogicalRow* target = col == c ? last_with(col) : &rows.back();
      if (target == nullptr) {
        out->unplaced.push_back({Severity::kWarning, "decree_fragment_unplaced", where, "",
                                 absl::StrCat("potongan teks \"", frags[c],
                                              "\" tidak memiliki sel di atasnya untuk disambung")});
        continue;
      }
      bool overlap = false;
      target->cells[col] = JoinFragment(target->cells[col], frags[c], &overlap);
      target->overlap[col] = target->overlap[col] || overlap;
      if (col != c) {
        target->moved_list[col] = true;
        target->list_fragment[col] = frags[c];
      }
    }
    return any;
  };

  for (const DecreeRawRow& raw : raws) {
    LogicalRow row;
    Cells carry;
    norm.Normalise(raw, &row, &carry);
    bool empty = true;
    for (const std::string& c : row.cells) empty = empty && c.empty();
    bool carry_empty = true;
    for (const std::string& c : carry) carry_empty = carry_empty && c.empty();
    if (empty && carry_empty) continue;
    if (!carry_empty) {
      if (apply(carry, row.where)) ++out->rows_joined;
    }
    const bool continuation = raw.page_first && row.cells[kColTargetWaktu].empty() &&
                              row.cells[kColTargetCapaian].empty() && row.shift == Shift::kNone;
    if (continuation) {
      // Unnumbered cells continue the cells above; numbered ones start a new row.
      Cells frags;
      LogicalRow fresh;
      fresh.where = row.where;
      fresh.komponen_moved = row.komponen_moved;
      bool has_fresh = false;
      for (int c = 0; c < kDecreeColumns; ++c) {
        if (row.cells[c].empty()) continue;
        if (IsNumbered(row.cells[c]) && c >= kColKomponen) {
          fresh.cells[c] = row.cells[c];
          has_fresh = true;
        } else {
          frags[c] = row.cells[c];
        }
      }
      if (apply(frags, row.where)) ++out->rows_joined;
      if (has_fresh) {
        fresh.responsible = std::move(row.responsible);
        rows.push_back(std::move(fresh));
      } else if (!row.responsible.empty() && !rows.empty()) {
        bool overlap = false;
        rows.back().responsible = JoinFragment(rows.back().responsible, row.responsible, &overlap);
      }
      continue;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

// ---- pass 3: the tree ---------------------------------------------------------------

class TreeBuilder {
 public:
  TreeBuilder(const Rubric& rubric, DecreeAssembly* out) : rubric_(rubric), out_(out) {}

  void Add(const LogicalRow& r) {
    const Cells& x = r.cells;
    const std::string& komponen = x[kColKomponen];
    if (!komponen.empty() && !SameAsCurrentComponent(komponen)) StartComponent(r);

    if (!x[kColAspek].empty() && !SameAsCurrentAspect(x[kColAspek])) {
      if (!EnsureComponent(r)) return;
      StartAspect(r, x[kColAspek], nullptr, AspectOrigin::kAspekCell);
    }

    const std::string& kegiatan = x[kColKegiatan];
    if (!kegiatan.empty() && !SameAsCurrentActivity(kegiatan)) {
      if (!EnsureComponent(r)) return;
      const Numbered kn = SplitNumber(kegiatan);
      const LkeSubareaRef* as_aspect =
          x[kColAspek].empty() ? KegiatanNamesLaterSubarea(kn.rest) : nullptr;
      if (as_aspect != nullptr) {
        StartAspect(r, kegiatan, as_aspect, AspectOrigin::kKegiatanCell);
        Activity& act = StartActivity(r, "");
        act.text = CurrentAspect().name;
        act.notes.push_back(
            {"text", NoteKind::kInferred,
             "Keputusan tidak memuat kegiatan tersendiri untuk aspek ini (aspeknya sendiri "
             "tercetak sebagai kegiatan); kegiatan mengulang nama aspek."});
      } else {
        if (!EnsureAspect(r)) return;
        if (kn.number == 1 && x[kColAspek].empty() && !CurrentAspect().activities.empty()) {
          // Numbering restarts: a new, unnamed aspect when a later LKE sub-area fits better.
          if (const LkeSubareaRef* later = BetterLaterSubarea(r)) {
            StartAspect(r, "", later, AspectOrigin::kInferred);
          }
        }
        StartActivity(r, kegiatan);
      }
    }

    const bool has_indicator_cells = !x[kColIndikator].empty() || !x[kColBuktiFisik].empty() ||
                                     !x[kColTargetWaktu].empty() || !x[kColTargetCapaian].empty();
    if (!has_indicator_cells) return;
    if (!EnsureComponent(r) || !EnsureAspect(r)) return;
    const Numbered in = SplitNumber(x[kColIndikator]);
    if (kegiatan.empty() && in.number == 1 && current_activity_ >= 0 &&
        !CurrentActivity().indicators.empty()) {
      // Indicator numbering restarts without a kegiatan: an unnamed kegiatan, and an unnamed
      // aspect when a later LKE sub-area fits the row better.
      if (const LkeSubareaRef* later = BetterLaterSubarea(r)) {
        StartAspect(r, "", later, AspectOrigin::kInferred);
        Activity& act = StartActivity(r, "");
        act.text = later->subarea->name;
        act.notes.push_back(
            {"text", NoteKind::kInferred,
             "Sel kegiatan kosong dalam keputusan; dipakai nama sub-area LKE."});
      } else {
        Activity& act = StartActivity(r, "");
        act.notes.push_back({"text", NoteKind::kDefect,
                             "Sel kegiatan kosong dalam keputusan dan penomoran indikator "
                             "mulai lagi dari 1; tidak disimpulkan."});
      }
    }
    if (current_activity_ < 0) {
      Activity& act = StartActivity(r, "");
      act.text = CurrentAspect().name;
      act.notes.push_back({"text", NoteKind::kInferred,
                           "Sel kegiatan kosong dalam keputusan; dipakai nama aspek."});
    }
    AddIndicator(r);
  }

  void Finish() {
    for (Component& c : out_->components) {
      for (Aspect& a : c.aspects) AssignLkeQuestions(a);
    }
    // Sub-areas no aspect maps to.
    std::vector<std::string> missing;
    for (const LkeArea& area : rubric_.areas()) {
      for (const LkeSubarea& s : area.pemenuhan.subareas) {
        if (!used_.contains(s.id)) {
          if (!mapped_areas_.contains(area.code)) continue;
          std::string id = s.id;
          if (id.rfind("P.", 0) == 0) id = id.substr(2);
          std::replace(id.begin(), id.end(), '.', '-');
          missing.push_back(id);
        }
      }
    }
    size_t aspects = 0, indicators = 0;
    for (const Component& c : out_->components) {
      aspects += c.aspects.size();
      for (const Aspect& a : c.aspects)
        for (const Activity& k : a.activities) indicators += k.indicators.size();
    }
    std::string text = absl::StrCat(
        "Diimpor dari lampiran keputusan dan dicocokkan dengan sub-area pemenuhan LKE "
        "(docs/decree-import.md): ",
        out_->components.size(), " komponen, ", aspects, " aspek, ", indicators, " indikator.");
    if (!missing.empty()) {
      text += " ";
      for (size_t i = 0; i < missing.size(); ++i) {
        if (i > 0) text += i + 1 == missing.size() ? " dan " : ", ";
        text += missing[i];
      }
      text += " tidak memiliki aspek dalam keputusan.";
    }
    out_->plan_notes.push_back({"components", NoteKind::kResolved, text});
  }

 private:
  enum class AspectOrigin { kAspekCell, kKegiatanCell, kInferred };

  Component& CurrentComponent() { return out_->components.back(); }
  Aspect& CurrentAspect() { return CurrentComponent().aspects.back(); }
  Activity& CurrentActivity() { return CurrentAspect().activities.back(); }

  bool SameAsCurrentComponent(const std::string& cell) {
    return !out_->components.empty() && StripNumber(cell) == CurrentComponent().name;
  }
  bool SameAsCurrentAspect(const std::string& cell) {
    return !out_->components.empty() && !CurrentComponent().aspects.empty() &&
           StripNumber(cell) == CurrentAspect().name;
  }
  bool SameAsCurrentActivity(const std::string& cell) {
    return current_activity_ >= 0 && StripNumber(cell) == CurrentActivity().text;
  }

  void StartComponent(const LogicalRow& r) {
    Component c;
    c.id = std::to_string(out_->components.size() + 1);
    c.name = StripNumber(r.cells[kColKomponen]);
    const LkeArea* best = nullptr;
    double best_sim = 0;
    for (const LkeArea& a : rubric_.areas()) {
      if (mapped_areas_.contains(a.code)) continue;
      const double sim = NameSimilarity(c.name, a.name);
      if (sim > best_sim) {
        best_sim = sim;
        best = &a;
      }
    }
    if (best_sim < 0.5) {
      best = nullptr;
      // By order: the next area not yet used.
      for (const LkeArea& a : rubric_.areas()) {
        if (!mapped_areas_.contains(a.code)) {
          best = &a;
          break;
        }
      }
      if (best != nullptr) {
        c.notes.push_back({"lke_area", NoteKind::kInferred,
                           absl::StrCat("Nama komponen \"", c.name,
                                        "\" tidak cocok dengan area LKE mana pun; dipetakan "
                                        "menurut urutan ke ",
                                        best->code, " (", best->name, ").")});
      }
    }
    if (best != nullptr) {
      c.code = best->code;
      c.lke_area = best->code;
      c.weight = best->weight;
      mapped_areas_.insert(best->code);
    } else {
      c.weight = 1;
      c.notes.push_back({"lke_area", NoteKind::kDefect,
                         "Komponen lebih banyak daripada area LKE; tidak dipetakan, bobot 1."});
    }
    area_ = best;
    next_subarea_ = 0;
    out_->components.push_back(std::move(c));
    current_activity_ = -1;
  }

  bool EnsureComponent(const LogicalRow& r) {
    if (!out_->components.empty()) return true;
    out_->unplaced.push_back({Severity::kWarning, "decree_row_without_komponen", r.where, "",
                              "baris sebelum komponen pertama tidak dapat ditempatkan"});
    return false;
  }

  bool EnsureAspect(const LogicalRow& r) {
    if (!CurrentComponent().aspects.empty()) return true;
    StartAspect(r, "", nullptr, AspectOrigin::kInferred);
    return true;
  }

  std::span<const LkeSubarea> Subareas() const {
    if (area_ == nullptr) return {};
    return area_->pemenuhan.subareas;
  }

  const LkeSubareaRef* RefOf(const LkeSubarea& s) const { return rubric_.FindSubarea(s.id); }

  // A kegiatan whose text is the name of a later, unused LKE sub-area of the komponen.
  const LkeSubareaRef* KegiatanNamesLaterSubarea(const std::string& text) const {
    const auto subs = Subareas();
    for (size_t i = next_subarea_; i < subs.size(); ++i) {
      if (used_.contains(subs[i].id)) continue;
      const Overlap o = WordOverlap(text, subs[i].name);
      if (o.common >= 2 && o.of_b >= 0.6 && o.of_a >= 0.5) return RefOf(subs[i]);
    }
    return nullptr;
  }

  static size_t Score(const std::vector<std::string>& words, const LkeSubarea& s) {
    std::string bag = s.name;
    for (const LkeQuestion& q : s.questions) bag = absl::StrCat(bag, " ", q.text);
    std::vector<std::string> b = ContentWords(bag);
    std::set<std::string> bs(b.begin(), b.end());
    size_t n = 0;
    for (const std::string& w : words) n += bs.contains(w);
    return n;
  }

  // A later, unused sub-area that fits the row's texts better than the current aspect's.
  const LkeSubareaRef* BetterLaterSubarea(const LogicalRow& r) const {
    std::vector<std::string> words;
    for (int c : {kColKegiatan, kColIndikator, kColBuktiFisik}) {
      for (std::string& w : ContentWords(r.cells[c])) words.push_back(std::move(w));
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    const auto subs = Subareas();
    size_t current = 0;
    const std::string& cur_id = CurrentAspectSubarea();
    for (const LkeSubarea& s : subs) {
      if (s.id == cur_id) current = Score(words, s);
    }
    const LkeSubarea* best = nullptr;
    size_t best_score = 0;
    for (size_t i = next_subarea_; i < subs.size(); ++i) {
      if (used_.contains(subs[i].id)) continue;
      const size_t sc = Score(words, subs[i]);
      if (sc > best_score) {
        best_score = sc;
        best = &subs[i];
      }
    }
    if (best == nullptr || best_score < 2 || best_score <= current) return nullptr;
    return RefOf(*best);
  }

  const std::string& CurrentAspectSubarea() const {
    static const std::string empty;
    if (out_->components.empty() || out_->components.back().aspects.empty()) return empty;
    return out_->components.back().aspects.back().lke_subarea;
  }

  void StartAspect(const LogicalRow& r, const std::string& cell, const LkeSubareaRef* forced,
                   AspectOrigin origin) {
    Component& comp = CurrentComponent();
    Aspect a;
    a.id = absl::StrCat(comp.id, ".", comp.aspects.size() + 1);
    const Numbered n = SplitNumber(cell);
    a.name = n.rest;
    const LkeSubarea* sub = forced != nullptr ? forced->subarea : nullptr;
    const auto subs = Subareas();
    if (sub == nullptr && !a.name.empty()) {
      // By name and order: the next sub-area when its name fits, else the best-fitting one.
      double best = 0;
      for (size_t i = next_subarea_; i < subs.size(); ++i) {
        if (used_.contains(subs[i].id)) continue;
        if (NameSimilarity(a.name, subs[i].name) >= 0.5) {
          sub = &subs[i];
          best = 1;
        }
        break;
      }
      if (sub == nullptr) {
        const LkeSubarea* candidate = nullptr;
        for (size_t i = next_subarea_; i < subs.size(); ++i) {
          if (used_.contains(subs[i].id)) continue;
          const double sim = NameSimilarity(a.name, subs[i].name);
          if (sim > best + 1e-9) {
            best = sim;
            candidate = &subs[i];
          }
        }
        if (best >= 0.5) sub = candidate;
      }
    }
    if (sub == nullptr) {
      for (size_t i = next_subarea_; i < subs.size(); ++i) {
        if (!used_.contains(subs[i].id)) {
          sub = &subs[i];
          break;
        }
      }
      if (sub != nullptr && !a.name.empty()) {
        a.notes.push_back(
            {"lke_subarea", NoteKind::kInferred,
             absl::StrCat("Nama aspek tidak cocok dengan nama sub-area LKE mana pun; "
                          "dipetakan menurut urutan ke sub-area berikutnya, ",
                          sub->id, " (", sub->name, ").")});
      }
    }
    if (a.name.empty() && sub != nullptr) {
      a.name = sub->name;
      a.notes.push_back(
          {"name", NoteKind::kInferred,
           absl::StrCat("Sel aspek kosong dalam keputusan; dinamai menurut sub-area LKE ", sub->id,
                        " (teks baris-barisnya lebih cocok dengannya daripada dengan aspek di "
                        "atasnya).")});
    } else if (a.name.empty()) {
      a.notes.push_back({"name", NoteKind::kDefect, "Sel aspek kosong dalam keputusan."});
    }
    if (sub != nullptr) {
      a.lke_subarea = sub->id;
      a.weight = sub->weight;
      used_.insert(sub->id);
      for (size_t i = 0; i < subs.size(); ++i) {
        if (&subs[i] == sub) next_subarea_ = i + 1;
      }
    } else {
      a.weight = 1;
      a.notes.push_back({"lke_subarea", NoteKind::kDefect,
                         "Tidak ada lagi sub-area pemenuhan LKE untuk aspek ini; tidak "
                         "dipetakan, bobot 1."});
    }
    if (origin == AspectOrigin::kKegiatanCell) {
      a.notes.push_back({"name", NoteKind::kResolved,
                         absl::StrCat("Tercetak sebagai kegiatan \"", cell,
                                      "\"; ini sub-area LKE ", a.lke_subarea,
                                      ", jadi sebuah aspek.")});
    } else if (origin == AspectOrigin::kAspekCell) {
      if (r.shift == Shift::kRight) {
        a.notes.push_back({"name", NoteKind::kResolved,
                           "Baris bergeser satu kolom ke kanan: aspek berada di bawah KEGIATAN "
                           "dalam keputusan."});
      } else if (r.shift == Shift::kLeft || r.komponen_moved) {
        a.notes.push_back({"name", NoteKind::kResolved,
                           r.shift == Shift::kLeft
                               ? "Baris bergeser satu kolom ke kiri: aspek berada di bawah "
                                 "KOMPONEN, sel lainnya juga satu kolom ke kiri; dibaca "
                                 "kembali ke kolomnya."
                               : "Sel aspek berada satu kolom ke kiri, di bawah KOMPONEN, "
                                 "dalam keputusan."});
      }
      const size_t position = comp.aspects.size() + 1;
      if (n.number > 0 && static_cast<size_t>(n.number) != position) {
        a.notes.push_back({"id", NoteKind::kResolved,
                           absl::StrCat("Keputusan menomori aspek ini \"", n.number,
                                        ".\"; ini aspek ke-", position, " dari komponennya.")});
      }
    }
    comp.aspects.push_back(std::move(a));
    current_activity_ = -1;
  }

  Activity& StartActivity(const LogicalRow& r, const std::string& cell) {
    Aspect& asp = CurrentAspect();
    Activity k;
    k.id = absl::StrCat(asp.id, ".", asp.activities.size() + 1);
    // The PENANGGUNG JAWAB cell of the row that starts a kegiatan is the kegiatan's.
    k.responsible = r.responsible;
    if (!cell.empty()) {
      const Numbered n = SplitNumber(cell);
      k.text = n.rest;
      const size_t position = asp.activities.size() + 1;
      if (n.number > 0 && static_cast<size_t>(n.number) != position) {
        k.notes.push_back({"id", NoteKind::kResolved,
                           absl::StrCat("Keputusan menomori kegiatan ini \"", n.number,
                                        ".\"; ini kegiatan ke-", position, " dari aspeknya.")});
      }
      if (r.shift == Shift::kRight) {
        k.notes.push_back({"text", NoteKind::kResolved,
                           "Baris bergeser satu kolom ke kanan: kegiatan berada di bawah "
                           "INDIKATOR dalam keputusan."});
      } else if (r.shift == Shift::kLeft && r.cells[kColAspek].empty()) {
        k.notes.push_back({"text", NoteKind::kResolved,
                           "Baris bergeser satu kolom ke kiri: kegiatan berada di bawah ASPEK "
                           "dalam keputusan; sel dibaca kembali ke kolomnya."});
      }
      if (r.overlap[kColKegiatan]) {
        k.notes.push_back({"text", NoteKind::kResolved,
                           "Kata yang berulang di pergantian halaman ditulis sekali."});
      }
    }
    asp.activities.push_back(std::move(k));
    current_activity_ = static_cast<int>(asp.activities.size()) - 1;
    return asp.activities.back();
  }

  void AddIndicator(const LogicalRow& r) {
    const Cells& x = r.cells;
    Activity& act = CurrentActivity();
    Indicator in;
    in.id = absl::StrCat(act.id, ".", act.indicators.size() + 1);
    bool multi = false;
    in.text = StripNumber(x[kColIndikator], &multi);
    in.evidence = x[kColBuktiFisik];
    in.schedule = x[kColTargetWaktu];
    in.target = x[kColTargetCapaian];
    // On later rows, a PENANGGUNG JAWAB other than the kegiatan's is the indikator's own; an
    // empty cell (a merged cell in Excel) or the same name inherits the kegiatan's.
    if (r.responsible != act.responsible) in.responsible = r.responsible;
    if (multi) {
      in.notes.push_back({"text", NoteKind::kResolved,
                          "Keputusan memuat beberapa butir bernomor dalam satu baris dengan satu "
                          "sel bukti fisik, target waktu dan target capaian; disimpan sebagai "
                          "satu indikator."});
    }
    if (r.shift == Shift::kRight) {
      in.notes.push_back({"text", NoteKind::kResolved,
                          "Baris bergeser satu kolom ke kanan: indikator berada di bawah BUKTI "
                          "FISIK dalam keputusan."});
      in.notes.push_back({"evidence", NoteKind::kResolved,
                          absl::StrCat("Baris bergeser satu kolom ke kanan: \"", in.evidence,
                                       "\" berada di bawah TARGET WAKTU.")});
      in.notes.push_back({"schedule", NoteKind::kResolved,
                          absl::StrCat("Baris bergeser satu kolom ke kanan: \"", in.schedule,
                                       "\" berada di bawah TARGET CAPAIAN.")});
      // The decree's cells as they are (page fragments joined, markup removed).
      SourceCells src;
      auto set = [](std::optional<std::string>& f, const std::string& v) {
        if (!v.empty()) f = v;
      };
      set(src.aspek, x[kColKomponen]);
      set(src.kegiatan, x[kColAspek]);
      set(src.indikator, x[kColKegiatan]);
      set(src.bukti_fisik, x[kColIndikator]);
      set(src.target_waktu, x[kColBuktiFisik]);
      set(src.target_capaian, x[kColTargetWaktu]);
      in.source = std::move(src);
    }
    if (r.moved_list[kColBuktiFisik]) {
      in.notes.push_back({"evidence", NoteKind::kResolved,
                          absl::StrCat("Potongan \"", r.list_fragment[kColBuktiFisik],
                                       "\" berada di kolom INDIKATOR setelah pergantian halaman, "
                                       "tetapi menutup daftar sel bukti fisik ini.")});
    }
    if (in.text.empty()) {
      in.notes.push_back({"text", NoteKind::kDefect, "Sel indikator kosong dalam keputusan."});
    }
    const bool lost = r.shift == Shift::kRight;
    if (in.evidence.empty()) {
      in.notes.push_back({"evidence", NoteKind::kDefect,
                          "Sel bukti fisik kosong dalam keputusan; tidak disimpulkan."});
    }
    if (in.schedule.empty()) {
      in.notes.push_back({"schedule", NoteKind::kDefect,
                          "Sel target waktu kosong dalam keputusan; tidak disimpulkan."});
    }
    if (in.target.empty()) {
      in.notes.push_back({"target", NoteKind::kDefect,
                          lost ? "Target capaian tidak ada dalam keputusan (hilang karena "
                                 "pergeseran kolom); tidak disimpulkan."
                               : "Sel target capaian kosong dalam keputusan; tidak "
                                 "disimpulkan."});
    }
    act.indicators.push_back(std::move(in));
  }

  // The LKE items plan execution decides (zi/lke/suggest.hpp) name the indicators that
  // carry them out: every indicator of P.MP.iii ("seluruh kegiatan ... sesuai dengan
  // rencana") and of P.SDM.iv (individual performance measured periodically), and the
  // indicators of P.PP.iv that carry out the survey itself (not its results).
  void AssignLkeQuestions(Aspect& a) const {
    const std::string& s = a.lke_subarea;
    std::string question;
    bool survey_only = false;
    if (s == "P.MP.iii") {
      question = "P.MP.iii.a";
    } else if (s == "P.SDM.iv") {
      question = "P.SDM.iv.c";
    } else if (s == "P.PP.iv") {
      question = "P.PP.iv.a";
      survey_only = true;
    } else {
      return;
    }
    if (rubric_.FindQuestion(question) == nullptr) return;
    for (Activity& k : a.activities) {
      for (Indicator& i : k.indicators) {
        if (survey_only) {
          const std::string t = Lower(absl::StrCat(k.text, " ", i.text));
          const bool survey =
              t.find("survei") != std::string::npos || t.find("survey") != std::string::npos;
          const bool results = t.find("hasil survei") != std::string::npos ||
                               t.find("hasil survey") != std::string::npos;
          if (!survey || results) continue;
        }
        i.lke_questions.push_back(question);
      }
    }
  }

  const Rubric& rubric_;
  DecreeAssembly* out_;
  const LkeArea* area_ = nullptr;
  size_t next_subarea_ = 0;
  int current_activity_ = -1;
  std::set<std::string, std::less<>> used_;
  std::set<std::string, std::less<>> mapped_areas_;
};

}  // namespace

DecreeAssembly AssembleDecree(const std::vector<DecreeRawRow>& rows, const Rubric& rubric,
                              int year) {
  DecreeAssembly out;
  const std::vector<LogicalRow> logical = BuildLogicalRows(rows, year > 0 ? year : 2000, &out);
  TreeBuilder builder(rubric, &out);
  for (const LogicalRow& r : logical) builder.Add(r);
  builder.Finish();
  return out;
}

}  // namespace zi::internal
