// The LKE workbook (docs/lke-workbook.md): layout file, reader, writer, and a model of the
// sheet's own formulas so that every place where the workbook and libzi disagree can be
// named by cell.
#include "zi/io/lke_workbook.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "internal/json_io.hpp"
#include "internal/strings.hpp"
#include "internal/text.hpp"
#include "zi/defaults.hpp"
#include "zi/io/file.hpp"
#include "zi/io/lke_answers_json.hpp"
#include "zi/io/table.hpp"

namespace zi {
inline namespace v1 {
namespace {

using internal::Cat;
using internal::JsonError;
using internal::ObjectReader;
namespace json = boost::json;
using Kind = LkeWorkbookRowKind;

constexpr double kTolerance = 1e-9;

struct KindName {
  Kind kind;
  std::string_view name;
};
constexpr KindName kKindNames[] = {
    {Kind::kPengungkit, "pengungkit"},
    {Kind::kHalf, "half"},
    {Kind::kArea, "area"},
    {Kind::kParent, "parent"},
    {Kind::kSubarea, "subarea"},
    {Kind::kQuestion, "question"},
    {Kind::kRatio, "ratio"},
    {Kind::kCountSum, "count_sum"},
    {Kind::kCountTotal, "count_total"},
    {Kind::kPengungkitTotal, "pengungkit_total"},
    {Kind::kHasil, "hasil"},
    {Kind::kHasilGroup, "hasil_group"},
    {Kind::kHasilItem, "hasil_item"},
    {Kind::kHasilTotal, "hasil_total"},
    {Kind::kTotal, "total"},
};

// ---- cells -------------------------------------------------------------------------

// "K" -> 10; -1 for anything that is not 1–3 letters.
int ColumnIndex(std::string_view letters) {
  if (letters.empty() || letters.size() > 3) return -1;
  int c = 0;
  for (char ch : letters) {
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    if (ch < 'A' || ch > 'Z') return -1;
    c = c * 26 + (ch - 'A' + 1);
  }
  return c - 1;
}

// "K12" -> {10, 12}; nullopt when malformed.
std::optional<std::pair<int, int>> ParseCell(std::string_view ref) {
  size_t i = 0;
  while (i < ref.size() && std::isalpha(static_cast<unsigned char>(ref[i]))) ++i;
  const int col = ColumnIndex(ref.substr(0, i));
  if (col < 0 || i == ref.size() || i + 7 < ref.size()) return std::nullopt;
  int row = 0;
  for (size_t j = i; j < ref.size(); ++j) {
    if (!std::isdigit(static_cast<unsigned char>(ref[j]))) return std::nullopt;
    row = row * 10 + (ref[j] - '0');
  }
  if (row < 1) return std::nullopt;
  return std::make_pair(col, row);
}

std::string CellName(const std::string& col, int row) { return Cat(col, row); }

// A number as people in Indonesia read it: decimal comma, up to 4 decimals.
std::string Id(double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.4f", x);
  std::string s = buf;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  for (char& c : s) {
    if (c == '.') c = ',';
  }
  return s;
}

// Comparable item text: lower case, runs of white space as one space, no trailing ".:;".
std::string NormText(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isspace(u) || u == 0xA0) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(std::tolower(u)));
  }
  while (!out.empty() && (out.back() == '.' || out.back() == ':' || out.back() == ';'))
    out.pop_back();
  return out;
}

std::string Trim(std::string_view s) {
  size_t a = 0, b = s.size();
  while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
  while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
  return std::string(s.substr(a, b - a));
}

// A number written as text: "12", "3.62", "3,62"; nullopt otherwise.
std::optional<double> ParseNumberText(std::string_view text) {
  std::string s = Trim(text);
  if (s.empty() || s.size() > 40) return std::nullopt;
  int commas = 0, dots = 0;
  for (char& c : s) {
    if (c == ',') {
      ++commas;
      c = '.';
    } else if (c == '.') {
      ++dots;
    } else if (!std::isdigit(static_cast<unsigned char>(c)) && c != '-') {
      return std::nullopt;
    }
  }
  if (commas + dots > 1) return std::nullopt;
  char* end = nullptr;
  errno = 0;
  const double v = std::strtod(s.c_str(), &end);
  if (errno != 0 || end != s.c_str() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

// ---- the layout ------------------------------------------------------------------------

std::string RequiredText(ObjectReader& r, std::string_view key) {
  std::string s = r.RequiredString(key);
  if (s.empty()) throw JsonError(r.PointerTo(key), "tidak boleh kosong");
  return s;
}

std::string ColumnField(ObjectReader& r, std::string_view key, const std::string& fallback) {
  std::string s = r.OptionalString(key, fallback);
  if (ColumnIndex(s) < 0)
    throw JsonError(r.PointerTo(key), Cat("'", s, "' bukan huruf kolom"));
  return s;
}

std::string CellField(ObjectReader& r, std::string_view key) {
  std::string s = r.OptionalString(key, "");
  if (!s.empty() && !ParseCell(s))
    throw JsonError(r.PointerTo(key), Cat("'", s, "' bukan alamat sel"));
  return s;
}

LkeWorkbookRow ReadRow(const json::value& v, const std::string& ptr) {
  ObjectReader r(v, ptr);
  LkeWorkbookRow row;
  row.row = static_cast<int>(r.RequiredInt("row", 1, 1048576));
  const std::string kind = r.RequiredString("kind");
  bool found = false;
  for (const KindName& k : kKindNames) {
    if (k.name == kind) {
      row.kind = k.kind;
      found = true;
    }
  }
  if (!found) throw JsonError(r.PointerTo("kind"), Cat("jenis baris \"", kind, "\" tidak dikenal"));
  row.id = r.OptionalString("id", "");
  if (row.kind == Kind::kArea) row.id = r.RequiredString("area");
  if (row.kind == Kind::kHalf || row.kind == Kind::kArea) {
    const std::string half = r.RequiredString("half");
    if (half == "pemenuhan") {
      row.half = LkeHalfKind::kPemenuhan;
    } else if (half == "reform") {
      row.half = LkeHalfKind::kReform;
    } else {
      throw JsonError(r.PointerTo("half"), "harus \"pemenuhan\" atau \"reform\"");
    }
  }
  if (row.kind == Kind::kCountSum || row.kind == Kind::kCountTotal) {
    row.subarea = r.RequiredString("subarea");
    row.questions = r.RequiredArrayOf("questions", internal::ExpectString);
  }
  if (row.kind == Kind::kRatio) {
    row.denominator_row = static_cast<int>(r.MaybeInt("denominator_row", 1, 1048576).value_or(0));
  }
  const bool needs_id = row.kind == Kind::kParent || row.kind == Kind::kSubarea ||
                        row.kind == Kind::kQuestion || row.kind == Kind::kRatio ||
                        row.kind == Kind::kHasilGroup || row.kind == Kind::kHasilItem;
  if (needs_id && row.id.empty()) throw JsonError(r.PointerTo("id"), "wajib untuk jenis ini");
  r.RejectUnknown();
  return row;
}

LkeWorkbookLayout ReadLayoutData(const json::value& root) {
  ObjectReader r(root, "");
  const std::string format = r.RequiredString("format");
  if (format != kLkeWorkbookLayoutFormat) {
    throw JsonError(r.PointerTo("format"),
                    Cat("diharapkan \"", kLkeWorkbookLayoutFormat, "\", ditemukan \"", format, "\""));
  }
  LkeWorkbookLayout l;
  l.id = RequiredText(r, "id");
  l.rubric = RequiredText(r, "rubric");
  l.title = r.OptionalString("title", "");
  r.OptionalString("note", "");
  l.sheet = RequiredText(r, "sheet");
  l.sheets = r.OptionalArrayOf("sheets", internal::ExpectString);
  if (l.sheets.empty()) l.sheets.push_back(l.sheet);
  if (std::find(l.sheets.begin(), l.sheets.end(), l.sheet) == l.sheets.end()) {
    throw JsonError(r.PointerTo("sheets"), Cat("tidak mencantumkan lembar \"", l.sheet, "\""));
  }
  l.header_row = static_cast<int>(r.MaybeInt("header_row", 1, 1048576).value_or(2));
  if (const json::value* c = r.Find("columns")) {
    ObjectReader col(*c, r.PointerTo("columns"));
    l.col_counter = ColumnField(col, "counter", l.col_counter);
    l.col_component = ColumnField(col, "component", l.col_component);
    l.col_half = ColumnField(col, "half", l.col_half);
    l.col_area = ColumnField(col, "area", l.col_area);
    l.col_subarea = ColumnField(col, "subarea", l.col_subarea);
    l.col_item = ColumnField(col, "item", l.col_item);
    l.col_text = ColumnField(col, "text", l.col_text);
    l.col_weight = ColumnField(col, "weight", l.col_weight);
    l.col_explanation = ColumnField(col, "explanation", l.col_explanation);
    l.col_type = ColumnField(col, "type", l.col_type);
    l.col_answer = ColumnField(col, "answer", l.col_answer);
    l.col_value = ColumnField(col, "value", l.col_value);
    l.col_percent = ColumnField(col, "percent", l.col_percent);
    l.col_note = ColumnField(col, "note", l.col_note);
    l.col_evidence_description =
        ColumnField(col, "evidence_description", l.col_evidence_description);
    l.col_evidence_link = ColumnField(col, "evidence_link", l.col_evidence_link);
    col.RejectUnknown();
  }
  if (const json::value* s = r.Find("summary")) {
    ObjectReader sm(*s, r.PointerTo("summary"));
    l.summary_sheet = RequiredText(sm, "sheet");
    l.summary_satker = CellField(sm, "satker");
    l.summary_year = CellField(sm, "year");
    l.summary_prior_wbk = CellField(sm, "prior_wbk");
    sm.RejectUnknown();
  }
  l.locked_answers = r.OptionalArrayOf("locked_answers", internal::ExpectString);
  l.defects = r.OptionalArrayOf("defects", [](const json::value& v, const std::string& ptr) {
    ObjectReader d(v, ptr);
    LkeWorkbookDefect defect;
    defect.id = RequiredText(d, "id");
    defect.cell = RequiredText(d, "cell");
    if (!ParseCell(defect.cell)) throw JsonError(d.PointerTo("cell"), "bukan alamat sel");
    defect.circulated = d.RequiredString("circulated");
    defect.corrected = d.RequiredString("corrected");
    defect.message = d.OptionalString("message", "");
    d.RejectUnknown();
    return defect;
  });
  l.rows = r.RequiredArrayOf("rows", ReadRow);
  r.RejectUnknown();
  return l;
}

// Every rubric node has exactly one row; every row names a rubric node.
absl::Status CheckLayout(const LkeWorkbookLayout& l, const Rubric& rubric,
                         std::string_view source) {
  const auto fail = [&](size_t i, const std::string& what) {
    return absl::InvalidArgumentError(Cat(source, ": /rows/", i, ": ", what));
  };
  if (l.rubric != rubric.id()) {
    return absl::InvalidArgumentError(Cat(source, ": /rubric: tata letak ini untuk rubrik '", l.rubric,
                                          "', bukan '", rubric.id(), "'"));
  }
  std::set<std::pair<int, std::string>> seen;
  int last = 0;
  for (size_t i = 0; i < l.rows.size(); ++i) {
    const LkeWorkbookRow& row = l.rows[i];
    if (row.row <= l.header_row) return fail(i, Cat("baris ", row.row, " tidak di bawah baris judul"));
    if (row.row <= last) return fail(i, Cat("baris ", row.row, " tidak sesudah baris ", last));
    last = row.row;
    bool ok = true;
    switch (row.kind) {
      case Kind::kArea: ok = rubric.FindArea(row.id) != nullptr; break;
      case Kind::kSubarea: ok = rubric.FindSubarea(row.id) != nullptr; break;
      case Kind::kQuestion: ok = rubric.FindQuestion(row.id) != nullptr; break;
      case Kind::kRatio: ok = rubric.FindRatio(row.id) != nullptr; break;
      case Kind::kHasilGroup: ok = rubric.FindHasilGroup(row.id) != nullptr; break;
      case Kind::kHasilItem: ok = rubric.FindHasilItem(row.id) != nullptr; break;
      case Kind::kParent: {
        ok = false;
        for (const LkeArea& a : rubric.areas()) {
          for (const LkeHalf* h : {&a.pemenuhan, &a.reform}) {
            for (const LkeParent& p : h->parents) ok = ok || p.id == row.id;
          }
        }
        break;
      }
      case Kind::kCountSum:
      case Kind::kCountTotal:
        ok = rubric.FindSubarea(row.subarea) != nullptr && !row.questions.empty();
        for (const std::string& q : row.questions) ok = ok && rubric.FindQuestion(q) != nullptr;
        break;
      default: break;
    }
    if (!ok)
      return fail(i, Cat("'", row.id.empty() ? row.subarea : row.id, "' tidak ada di rubrik '",
                         rubric.id(), "'"));
    const int kind = static_cast<int>(row.kind);
    const std::string key =
        row.kind == Kind::kArea
            ? Cat(row.id, "/", ToString(row.half))
            : (row.kind == Kind::kHalf ? std::string(ToString(row.half)) : row.id);
    if (row.kind != Kind::kCountSum && row.kind != Kind::kCountTotal &&
        !seen.insert({kind, key}).second) {
      return fail(i, Cat("baris kedua untuk ", ToString(row.kind), " '", key, "'"));
    }
  }
  for (const LkeWorkbookRow& row : l.rows) {
    if (row.kind != Kind::kRatio || row.denominator_row == 0) continue;
    const LkeWorkbookRow* d = l.FindRow(row.denominator_row);
    if (!d || (d->kind != Kind::kCountSum && d->kind != Kind::kCountTotal)) {
      return absl::InvalidArgumentError(
          Cat(source, ": baris rasio ", row.row, ": denominator_row ", row.denominator_row,
              " bukan baris count_sum atau count_total dari tata letak"));
    }
  }
  const auto need = [&](Kind kind, const std::string& key, std::string_view what) -> absl::Status {
    if (!seen.count({static_cast<int>(kind), key})) {
      return absl::InvalidArgumentError(
          Cat(source, ": /rows: tidak ada baris untuk ", what, " '", key, "' dari rubrik '", rubric.id(), "'"));
    }
    return absl::OkStatus();
  };
  for (const LkeQuestionRef& q : rubric.questions()) {
    if (auto s = need(Kind::kQuestion, q.question->id, "pertanyaan"); !s.ok()) return s;
  }
  for (const LkeSubareaRef& s : rubric.subareas()) {
    if (auto st = need(Kind::kSubarea, s.subarea->id, "sub-area"); !st.ok()) return st;
    for (const LkeRatio& ratio : s.subarea->ratios) {
      if (auto st = need(Kind::kRatio, ratio.id, "butir rasio"); !st.ok()) return st;
    }
  }
  for (const LkeArea& a : rubric.areas()) {
    for (LkeHalfKind h : {LkeHalfKind::kPemenuhan, LkeHalfKind::kReform}) {
      if (auto s = need(Kind::kArea, Cat(a.code, "/", ToString(h)), "area"); !s.ok()) return s;
      for (const LkeParent& p : a.half(h).parents) {
        if (auto s = need(Kind::kParent, p.id, "sub-area terbagi"); !s.ok()) return s;
      }
    }
  }
  for (const HasilItem& i : rubric.hasil_items()) {
    if (auto s = need(Kind::kHasilItem, i.id, "butir hasil"); !s.ok()) return s;
  }
  for (const HasilGroup& g : rubric.hasil_groups()) {
    if (auto s = need(Kind::kHasilGroup, g.id, "kelompok hasil"); !s.ok()) return s;
  }
  for (LkeHalfKind h : {LkeHalfKind::kPemenuhan, LkeHalfKind::kReform}) {
    if (auto s = need(Kind::kHalf, std::string(ToString(h)), "half"); !s.ok()) return s;
  }
  for (Kind k : {Kind::kPengungkit, Kind::kHasil, Kind::kTotal}) {
    if (auto s = need(k, "", ToString(k)); !s.ok()) return s;
  }
  return absl::OkStatus();
}

// ---- the sheet's formulas, modelled ------------------------------------------------------

// Why the workbook's value differs from libzi's, carried up from the cells that cause it.
enum Cause : unsigned {
  kCauseBlank = 1,        // an empty answer skipped by AVERAGE (libzi counts it 0)
  kCauseDivZero = 2,      // #DIV/0! (a 0/0 ratio, or a sub-area with nothing answered)
  kCauseTypeText = 4,     // an answer-type cell the value formula does not know (J8)
  kCauseFormula = 8,      // a defective aggregate formula (L175)
  kCauseTypedTotal = 16,  // a typed count total that differs from its parts (K185)
};

std::string CauseWords(unsigned causes) {
  std::vector<std::string> w;
  if (causes & kCauseTypeText)
    w.push_back("jenis jawaban di kolom J tidak dikenali rumus nilai, butir tidak dinilai");
  if (causes & kCauseFormula) w.push_back("rumus agregat lembar kerja keliru");
  if (causes & kCauseTypedTotal) w.push_back("jumlah yang diketik berbeda dari jumlah rinciannya");
  if (causes & kCauseBlank) w.push_back("jawaban kosong dilewati AVERAGE, libzi menghitungnya 0");
  if (causes & kCauseDivZero)
    w.push_back("lembar kerja #DIV/0!, libzi memakai aturan penyebut nol");
  return internal::Join(w, "; ");
}

struct Val {
  enum State { kBlank, kNumber, kDivZero } state = kBlank;
  double v = 0;
  unsigned causes = 0;
  static Val Num(double x, unsigned c = 0) { return Val{kNumber, x, c}; }
  static Val Blank(unsigned c = 0) { return Val{kBlank, 0, c}; }
  static Val Div0(unsigned c = 0) { return Val{kDivZero, 0, c}; }
};

Val Sum(const std::vector<Val>& vs) {
  double s = 0;
  unsigned c = 0;
  for (const Val& v : vs) {
    c |= v.causes;
    if (v.state == Val::kDivZero) return Val::Div0(c);
    s += v.v;
  }
  return Val::Num(s, c);
}

Val Average(const std::vector<Val>& vs) {
  double s = 0;
  int n = 0;
  unsigned c = 0;
  for (const Val& v : vs) {
    c |= v.causes;
    if (v.state == Val::kDivZero) return Val::Div0(c);
    if (v.state == Val::kNumber) {
      s += v.v;
      ++n;
    }
  }
  if (n == 0) return Val::Div0(c | kCauseDivZero);
  return Val::Num(s / n, c);
}

Val Times(Val v, double k) {
  if (v.state == Val::kNumber) v.v *= k;
  return v;
}

// What the model needs to know about the sheet besides the answers.
struct SheetFacts {
  std::map<int, std::string> type_text;  // question row -> its J text (when not the label)
  std::map<int, std::string> l_formula;  // row -> an L formula replacing the regular one
  std::map<int, double> typed_total;     // count_total row -> the typed K
};

// The model of column L (and K of ratio rows) for the whole sheet.
class SheetModel {
 public:
  SheetModel(const Rubric& rubric, const LkeWorkbookLayout& layout, const LkeAnswerSet& answers,
             SheetFacts facts)
      : rubric_(rubric), layout_(layout), answers_(answers), facts_(std::move(facts)) {
    for (const LkeWorkbookRow& r : layout_.rows) {
      by_row_[r.row] = &r;
      if (r.kind == Kind::kQuestion || r.kind == Kind::kHasilItem) row_of_[r.id] = r.row;
    }
    for (const LkeWorkbookRow& r : layout_.rows) Value(r.row);
  }

  Val Value(int row) {
    if (auto it = memo_.find(row); it != memo_.end()) return it->second;
    memo_[row] = Val::Blank();  // cycles cannot happen in a checked layout; stop them anyway
    const Val v = Compute(row);
    memo_[row] = v;
    return v;
  }
  // K of a count or ratio row.
  Val Answer(int row) {
    const LkeWorkbookRow* r = Find(row);
    if (!r) return Val::Blank();
    if (r->kind == Kind::kRatio) return RatioK(*r);
    if (r->kind == Kind::kCountSum) return Sum(Counts(r->questions));
    if (r->kind == Kind::kCountTotal) {
      auto it = facts_.typed_total.find(row);
      Val parts = Sum(Counts(r->questions));
      if (it == facts_.typed_total.end()) return parts;
      const bool differs = std::abs(it->second - parts.v) > kTolerance;
      return Val::Num(it->second, differs ? static_cast<unsigned>(kCauseTypedTotal) : 0u);
    }
    const LkeAnswer* a = answers_.Find(r->id);
    if (!a || a->is_choice()) return Val::Blank();
    return Val::Num(a->number);
  }
  // The rows an aggregate row sums, by kind.
  std::vector<int> Children(const LkeWorkbookRow& r) const {
    std::vector<int> out;
    const auto add_if = [&](auto pred) {
      for (const LkeWorkbookRow& c : layout_.rows) {
        if (pred(c)) out.push_back(c.row);
      }
    };
    switch (r.kind) {
      case Kind::kPengungkit:
        add_if([](const LkeWorkbookRow& c) { return c.kind == Kind::kHalf; });
        break;
      case Kind::kHalf:
        add_if([&](const LkeWorkbookRow& c) { return c.kind == Kind::kArea && c.half == r.half; });
        break;
      case Kind::kArea:
        add_if([&](const LkeWorkbookRow& c) {
          if (c.kind == Kind::kParent) {
            const LkeSubareaRef* s = FirstPart(c.id);
            return s && s->area->code == r.id && s->half == r.half;
          }
          if (c.kind != Kind::kSubarea) return false;
          const LkeSubareaRef* s = rubric_.FindSubarea(c.id);
          return s->area->code == r.id && s->half == r.half && s->subarea->parent.empty();
        });
        break;
      case Kind::kParent:
        add_if([&](const LkeWorkbookRow& c) {
          return c.kind == Kind::kSubarea && rubric_.FindSubarea(c.id)->subarea->parent == r.id;
        });
        break;
      case Kind::kSubarea: {
        const LkeSubarea& s = *rubric_.FindSubarea(r.id)->subarea;
        add_if([&](const LkeWorkbookRow& c) {
          if (c.kind == Kind::kRatio) {
            for (const LkeRatio& x : s.ratios) {
              if (x.id == c.id) return true;
            }
            return false;
          }
          if (c.kind != Kind::kQuestion) return false;
          const LkeQuestionRef* q = rubric_.FindQuestion(c.id);
          return q->subarea == &s && q->type->scored;
        });
        break;
      }
      case Kind::kHasil:
        add_if([](const LkeWorkbookRow& c) { return c.kind == Kind::kHasilGroup; });
        break;
      case Kind::kHasilGroup:
        add_if([&](const LkeWorkbookRow& c) {
          return c.kind == Kind::kHasilItem && rubric_.FindHasilItem(c.id)->group == r.id;
        });
        break;
      case Kind::kPengungkitTotal:
        add_if([](const LkeWorkbookRow& c) { return c.kind == Kind::kPengungkit; });
        break;
      case Kind::kHasilTotal:
        add_if([](const LkeWorkbookRow& c) { return c.kind == Kind::kHasil; });
        break;
      case Kind::kTotal:
        add_if([](const LkeWorkbookRow& c) {
          return c.kind == Kind::kPengungkitTotal || c.kind == Kind::kHasilTotal;
        });
        break;
      default: break;
    }
    return out;
  }
  const LkeWorkbookRow* Find(int row) const {
    auto it = by_row_.find(row);
    return it == by_row_.end() ? nullptr : it->second;
  }
  int RowOf(std::string_view id) const {
    auto it = row_of_.find(std::string(id));
    return it == row_of_.end() ? 0 : it->second;
  }
  const LkeSubareaRef* FirstPart(std::string_view parent) const {
    for (const LkeSubareaRef& s : rubric_.subareas()) {
      if (s.subarea->parent == parent) return &s;
    }
    return nullptr;
  }
  double Weight(const LkeWorkbookRow& r) const {
    switch (r.kind) {
      case Kind::kSubarea: return rubric_.FindSubarea(r.id)->subarea->weight;
      case Kind::kParent: {
        for (const LkeArea& a : rubric_.areas()) {
          for (const LkeHalf* h : {&a.pemenuhan, &a.reform}) {
            for (const LkeParent& p : h->parents) {
              if (p.id == r.id) return p.weight;
            }
          }
        }
        return 0;
      }
      case Kind::kArea: return rubric_.FindArea(r.id)->half(r.half).weight;
      case Kind::kHasilItem: return rubric_.FindHasilItem(r.id)->weight;
      case Kind::kHasilGroup: return rubric_.FindHasilGroup(r.id)->weight;
      default: return 0;
    }
  }

 private:
  std::vector<Val> Counts(const std::vector<std::string>& ids) {
    std::vector<Val> vs;
    for (const std::string& id : ids) vs.push_back(Answer(RowOf(id)));
    return vs;
  }
  Val RatioK(const LkeWorkbookRow& r) {
    const LkeRatio& ratio = *rubric_.FindRatio(r.id);
    const Val n = Sum(Counts(ratio.numerator));
    const Val d = r.denominator_row ? Answer(r.denominator_row) : Sum(Counts(ratio.denominator));
    const unsigned c = n.causes | d.causes;
    if (ratio.formula == RatioFormula::kReduction) {
      // IF(D=0, IF(N=0, 1, 0), (D-N)/D)
      if (d.v == 0) return Val::Num(n.v == 0 ? 1 : 0, c);
      return Val::Num((d.v - n.v) / d.v, c);
    }
    if (d.v == 0) return Val::Div0(c | kCauseDivZero);
    return Val::Num(n.v / d.v, c);
  }
  // A formula of the shapes the layout's defects use: FUNC(L1:L2 or L1,L2,...)[*k].
  std::optional<Val> Formula(const std::string& text) {
    std::string f;
    for (char ch : text) {
      if (ch != ' ' && ch != '$')
        f.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
    }
    if (!f.empty() && f[0] == '=') f.erase(0, 1);
    const size_t open = f.find('('), close = f.find(')');
    if (open == std::string::npos || close == std::string::npos || close < open)
      return std::nullopt;
    const std::string func = f.substr(0, open);
    std::vector<Val> args;
    std::stringstream list(f.substr(open + 1, close - open - 1));
    std::string part;
    while (std::getline(list, part, ',')) {
      const size_t colon = part.find(':');
      auto a = ParseCell(part.substr(0, colon));
      auto b = colon == std::string::npos ? a : ParseCell(part.substr(colon + 1));
      if (!a || !b || a->first != ColumnIndex(layout_.col_value) || b->first != a->first)
        return std::nullopt;
      for (int row = a->second; row <= b->second && row - a->second < 10000; ++row) {
        const LkeWorkbookRow* r = Find(row);
        const bool has_l = r && r->kind != Kind::kCountSum && r->kind != Kind::kCountTotal &&
                           !(r->kind == Kind::kQuestion && !rubric_.AnswerTypeOf(r->id)->scored);
        args.push_back(has_l ? Value(row) : Val::Blank());
      }
    }
    double k = 1;
    if (close + 1 < f.size()) {
      if (f[close + 1] != '*') return std::nullopt;
      std::optional<double> kk = ParseNumberText(f.substr(close + 2));
      if (!kk) return std::nullopt;
      k = *kk;
    }
    Val v;
    if (func == "AVERAGE") {
      v = Average(args);
    } else if (func == "SUM") {
      v = Sum(args);
    } else {
      return std::nullopt;
    }
    return Times(v, k);
  }
  Val ChoiceValue(const std::string& id, const AnswerType& type, int row, bool check_type) {
    const LkeAnswer* a = answers_.Find(id);
    if (check_type) {
      if (auto it = facts_.type_text.find(row);
          it != facts_.type_text.end() && it->second != type.label) {
        return Val::Blank(kCauseTypeText);
      }
    }
    if (!a) return Val::Blank(kCauseBlank);
    for (const AnswerOption& o : type.options) {
      if (internal::AsciiLower(o.code) == internal::AsciiLower(a->choice)) return Val::Num(o.value);
    }
    return Val::Num(type.options.empty() ? 0 : type.options.back().value);
  }
  Val Compute(int row) {
    const LkeWorkbookRow* r = Find(row);
    if (!r) return Val::Blank();
    if (auto it = facts_.l_formula.find(row); it != facts_.l_formula.end()) {
      if (std::optional<Val> v = Formula(it->second)) {
        const Val regular = Regular(*r, row);
        if (v->state != regular.state || std::abs(v->v - regular.v) > kTolerance)
          v->causes |= kCauseFormula;
        return *v;
      }
    }
    return Regular(*r, row);
  }
  // The row's value under the layout's own (correct) formula.
  Val Regular(const LkeWorkbookRow& row_info, int row) {
    const LkeWorkbookRow* r = &row_info;
    switch (r->kind) {
      case Kind::kQuestion: {
        const AnswerType& t = *rubric_.AnswerTypeOf(r->id);
        if (!t.scored) return Val::Blank();
        if (t.kind == AnswerKind::kChoice) return ChoiceValue(r->id, t, row, true);
        const LkeAnswer* a = answers_.Find(r->id);
        return a ? Val::Num(a->number / t.divisor) : Val::Blank(kCauseBlank);
      }
      case Kind::kRatio: {
        Val k = RatioK(*r);
        if (k.state == Val::kNumber) k.v = std::clamp(k.v, 0.0, rubric_.FindRatio(r->id)->cap);
        return k;
      }
      case Kind::kSubarea: {
        std::vector<Val> vs;
        for (int c : Children(*r)) vs.push_back(Value(c));
        return Times(Average(vs), Weight(*r));
      }
      case Kind::kHasilItem: {
        const HasilItem& h = *rubric_.FindHasilItem(r->id);
        const AnswerType& t = *rubric_.FindAnswerType(h.type);
        if (t.kind == AnswerKind::kChoice) {
          Val v = ChoiceValue(r->id, t, row, false);
          return Val::Num(v.state == Val::kNumber ? v.v * h.weight : 0);  // IF(K="",0,...)*H
        }
        const LkeAnswer* a = answers_.Find(r->id);
        return Val::Num(a ? a->number / t.divisor * h.weight : 0);  // K/4*H: blank is 0
      }
      case Kind::kCountSum:
      case Kind::kCountTotal: return Val::Blank();
      default: {
        std::vector<Val> vs;
        for (int c : Children(*r)) vs.push_back(Value(c));
        return Sum(vs);
      }
    }
  }

  const Rubric& rubric_;
  const LkeWorkbookLayout& layout_;
  const LkeAnswerSet& answers_;
  SheetFacts facts_;
  std::map<int, const LkeWorkbookRow*> by_row_;
  std::map<std::string, int> row_of_;
  std::map<int, Val> memo_;
};

// libzi's value for an aggregate row; nullopt for rows that are not compared.
std::optional<double> LibziValue(const LkeWorkbookRow& r, const Rubric& rubric, const LkeScore& s) {
  switch (r.kind) {
    case Kind::kPengungkit:
    case Kind::kPengungkitTotal: return s.pengungkit;
    case Kind::kHalf: return r.half == LkeHalfKind::kPemenuhan ? s.pemenuhan : s.reform;
    case Kind::kArea: {
      const LkeAreaScore* a = s.FindArea(r.id);
      return a ? std::optional<double>(a->half(r.half).score) : std::nullopt;
    }
    case Kind::kParent: {
      double sum = 0;
      for (const LkeSubareaRef& sub : rubric.subareas()) {
        if (sub.subarea->parent == r.id) sum += s.FindSubarea(sub.subarea->id)->score;
      }
      return sum;
    }
    case Kind::kSubarea: {
      const LkeSubareaScore* sub = s.FindSubarea(r.id);
      return sub ? std::optional<double>(sub->score) : std::nullopt;
    }
    case Kind::kHasil:
    case Kind::kHasilTotal: return s.hasil;
    case Kind::kHasilGroup: {
      const HasilGroupScore* g = s.FindHasilGroup(r.id);
      return g ? std::optional<double>(g->score) : std::nullopt;
    }
    case Kind::kHasilItem: {
      const HasilItemScore* h = s.FindHasilItem(r.id);
      return h ? std::optional<double>(h->score) : std::nullopt;
    }
    case Kind::kTotal: return s.total;
    default: return std::nullopt;
  }
}

std::string RowLabel(const LkeWorkbookRow& r) {
  switch (r.kind) {
    case Kind::kPengungkit:
    case Kind::kPengungkitTotal: return "nilai pengungkit";
    case Kind::kHalf: return Cat("nilai ", ToString(r.half));
    case Kind::kArea: return Cat("area ", r.id, " (", ToString(r.half), ")");
    case Kind::kHasil:
    case Kind::kHasilTotal: return "nilai hasil";
    case Kind::kTotal: return "nilai total";
    default: return r.id;
  }
}

Diagnostic Finding(Severity sev, std::string code, std::string where, std::string field,
                   std::string message) {
  return Diagnostic{sev, std::move(code), std::move(where), std::move(field), std::move(message)};
}

// Compares the model's (or the file's) values with libzi's score, row by row.
std::vector<LkeWorkbookValue> CompareValues(const LkeWorkbookLayout& layout, const Rubric& rubric,
                                            const LkeScore& score, SheetModel& model,
                                            const std::map<int, Val>* file_values,
                                            std::vector<Diagnostic>& findings) {
  std::vector<LkeWorkbookValue> out;
  for (const LkeWorkbookRow& r : layout.rows) {
    std::optional<double> libzi = LibziValue(r, rubric, score);
    if (!libzi) continue;
    LkeWorkbookValue v;
    v.cell = CellName(layout.col_value, r.row);
    v.kind = r.kind;
    v.id = r.id.empty() ? std::string(ToString(r.kind)) : r.id;
    if (r.kind == Kind::kArea) v.id = Cat(r.id, ".", ToString(r.half));
    v.libzi = *libzi;
    const Val modelled = model.Value(r.row);
    Val shown = modelled;
    if (file_values) {
      auto it = file_values->find(r.row);
      shown = it == file_values->end() ? Val::Blank() : it->second;
      shown.causes = modelled.causes;
    }
    if (shown.state == Val::kNumber) {
      v.workbook = shown.v;
      v.differs = std::abs(shown.v - v.libzi) > kTolerance;
    } else if (shown.state == Val::kDivZero) {
      v.error = "#DIV/0!";
      v.differs = true;
    }
    if (v.differs) {
      const std::string why = CauseWords(shown.causes);
      findings.push_back(Finding(
          Severity::kWarning, "lke_workbook_value_differs", Cat(layout.sheet, "!", v.cell), v.id,
          Cat(RowLabel(r), ": lembar kerja ", v.workbook ? Id(*v.workbook) : v.error, ", libzi ",
              Id(v.libzi), why.empty() ? "" : Cat(" (", why, ")"))));
    }
    out.push_back(std::move(v));
  }
  return out;
}

// ---- writing -------------------------------------------------------------------------------

std::string TempPath() {
  const char* dir = std::getenv("TMPDIR");
  std::string templ = Cat(dir && *dir ? dir : "/tmp", "/zi-lke-XXXXXX");
  std::vector<char> buf(templ.begin(), templ.end());
  buf.push_back('\0');
  const int fd = mkstemp(buf.data());
  if (fd < 0) return "";
  close(fd);
  return std::string(buf.data());
}

class XlsxOut {
 public:
  explicit XlsxOut(const std::string& path) : wb_(workbook_new(path.c_str())) {}
  ~XlsxOut() {
    if (wb_) workbook_close(wb_);  // only on an early return; Close() nulls it
  }
  lxw_workbook* wb() { return wb_; }
  lxw_error Close() {
    lxw_error e = workbook_close(wb_);
    wb_ = nullptr;
    return e;
  }
  void Note(lxw_error e, const std::string& where) {
    if (e != LXW_NO_ERROR && error_.empty()) error_ = Cat(where, ": ", lxw_strerror(e));
  }
  const std::string& error() const { return error_; }

 private:
  lxw_workbook* wb_;
  std::string error_;
};

std::string StrippedFormula(const std::string& f) {
  return !f.empty() && f[0] == '=' ? f.substr(1) : f;
}

// The nested IF giving a choice's value: IF(K8="A",1,IF(K8="B",0.5,0)).
std::string ChoiceIf(const std::string& k, const AnswerType& t) {
  if (t.options.empty()) return "0";
  std::string f;
  for (size_t i = 0; i + 1 < t.options.size(); ++i) {
    internal::Append(&f, "IF(", k, "=\"", t.options[i].code, "\",", t.options[i].value, ",");
  }
  internal::Append(&f, t.options.back().value);
  for (size_t i = 0; i + 1 < t.options.size(); ++i) f += ")";
  return f;
}

// The value formula of a question row: keyed on the answer type in J, as the circulated form.
std::string QuestionFormula(const Rubric& rubric, const std::string& k, const std::string& j) {
  std::string f = Cat("IF(", k, "=\"\",\"\",");
  int open = 1;
  for (const AnswerType& t : rubric.data().answer_types) {
    if (t.kind != AnswerKind::kChoice) continue;
    internal::Append(&f, "IF(", j, "=\"", t.label, "\",", ChoiceIf(k, t), ",");
    ++open;
  }
  f += "\"\"";
  for (int i = 0; i < open; ++i) f += ")";
  return f;
}

// Where an answer set's evidence goes: description (P) and link (Q).
std::pair<std::string, std::string> SplitEvidence(const std::string& e) {
  // Split at the first line break when something precedes it; reading joins P and Q with
  // one, so the round trip gives the text back.
  if (const size_t nl = e.find('\n'); nl != std::string::npos && nl > 0)
    return {e.substr(0, nl), e.substr(nl + 1)};
  if (!e.empty() && e[0] == '\n') return {std::string(), e};
  const bool link = e.find("://") != std::string::npos && e.find(' ') == std::string::npos;
  return link ? std::make_pair(std::string(), e) : std::make_pair(e, std::string());
}

// "\r\n" and a lone "\r" as "\n".
std::string NoCarriageReturns(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\r') {
      out.push_back(s[i]);
    } else if (i + 1 >= s.size() || s[i + 1] != '\n') {
      out.push_back('\n');
    }
  }
  return out;
}

std::string Roman(std::string_view label) { return label.empty() ? "" : Cat(label, "."); }

}  // namespace

std::string_view ToString(LkeWorkbookRowKind k) {
  for (const KindName& n : kKindNames) {
    if (n.kind == k) return n.name;
  }
  return "?";
}

const LkeWorkbookRow* LkeWorkbookLayout::FindRow(int row) const {
  for (const LkeWorkbookRow& r : rows) {
    if (r.row == row) return &r;
  }
  return nullptr;
}

const LkeWorkbookRow* LkeWorkbookLayout::FindById(LkeWorkbookRowKind kind,
                                                  std::string_view key) const {
  for (const LkeWorkbookRow& r : rows) {
    if (r.kind == kind && r.id == key) return &r;
  }
  return nullptr;
}

absl::StatusOr<LkeWorkbookLayout> ReadLkeWorkbookLayoutJson(std::string_view text,
                                                            const Rubric& rubric,
                                                            std::string_view source_name) {
  absl::StatusOr<json::value> root = internal::ParseJson(text, source_name);
  if (!root.ok()) return root.status();
  LkeWorkbookLayout layout;
  try {
    layout = ReadLayoutData(*root);
  } catch (const JsonError& e) {
    return internal::ToStatus(e, source_name);
  }
  if (absl::Status s = CheckLayout(layout, rubric, source_name); !s.ok()) return s;
  return layout;
}

absl::StatusOr<LkeWorkbookLayout> LoadLkeWorkbookLayoutFile(const std::string& path,
                                                            const Rubric& rubric) {
  absl::StatusOr<std::string> text = ReadFileText(path, "tata letak buku kerja LKE");
  if (!text.ok()) return text.status();
  return ReadLkeWorkbookLayoutJson(*text, rubric, path);
}

absl::StatusOr<LkeWorkbookLayout> DefaultLkeWorkbookLayout(const Rubric& rubric) {
  std::optional<std::string_view> bytes = EmbeddedData(kDefaultLkeWorkbookLayoutName);
  if (!bytes) return absl::InternalError("tata letak buku kerja LKE bawaan tidak tertanam di pustaka");
  return ReadLkeWorkbookLayoutJson(*bytes, rubric,
                                   Cat("<embedded>/", kDefaultLkeWorkbookLayoutName));
}

// ---- WriteLkeWorkbook ----------------------------------------------------------------------

absl::StatusOr<LkeWorkbookExport> WriteLkeWorkbook(const LkeAnswerSet& answers,
                                                   const Rubric& rubric,
                                                   const LkeWorkbookLayout& layout,
                                                   const LkeWorkbookWriteOptions& options) {
  if (layout.rubric != rubric.id()) {
    return absl::InvalidArgumentError(
        Cat("tata letak buku kerja ini untuk rubrik '", layout.rubric, "', bukan '", rubric.id(), "'"));
  }
  LkeScoreOptions score_options = options.score;
  score_options.layer = LkeLayer::kUnit;
  absl::StatusOr<LkeScore> score = ScoreLke(rubric, answers, score_options);
  if (!score.ok()) return score.status();

  LkeWorkbookExport out;
  const std::string& S = layout.sheet;
  // The defects: circulated contents unless corrected.
  SheetFacts facts;
  std::map<std::string, std::string> override_cell;  // "J8" -> content
  for (const LkeWorkbookDefect& d : layout.defects) {
    if (options.correct_defects) {
      out.findings.push_back(
          Finding(Severity::kInfo, "lke_workbook_defect", Cat(S, "!", d.cell), d.id,
                  Cat("cacat lembar kerja edaran diperbaiki: ", d.cell, " ditulis ", d.corrected,
                      " (edaran: ", d.circulated, ")")));
      continue;
    }
    override_cell[d.cell] = d.circulated;
    out.findings.push_back(Finding(
        Severity::kWarning, "lke_workbook_defect", Cat(S, "!", d.cell), d.id,
        Cat("cacat lembar kerja edaran ditulis apa adanya: ", d.cell, " berisi ", d.circulated,
            " (seharusnya ", d.corrected, "); gunakan --correct-defects untuk memperbaikinya")));
    auto cell = ParseCell(d.cell);
    if (cell->first == ColumnIndex(layout.col_type)) facts.type_text[cell->second] = d.circulated;
    if (cell->first == ColumnIndex(layout.col_value) && !d.circulated.empty() &&
        d.circulated[0] == '=') {
      facts.l_formula[cell->second] = d.circulated;
    }
  }
  for (const auto& [id, entry] : answers.answers) {
    if (entry.tpi) {
      out.findings.push_back(
          Finding(Severity::kWarning, "lke_workbook_tpi_not_written", id, "tpi",
                  "formulir LKE ini tidak memiliki kolom TPI; jawaban TPI tidak ditulis"));
    }
  }
  SheetModel model(rubric, layout, answers, facts);
  out.values = CompareValues(layout, rubric, *score, model, nullptr, out.findings);

  const std::string path = TempPath();
  if (path.empty()) return absl::InternalError("tidak dapat membuat berkas sementara untuk buku kerja");
  struct Remove {
    std::string p;
    ~Remove() { std::remove(p.c_str()); }
  } remove{path};
  XlsxOut x(path);
  if (!x.wb()) return absl::InternalError("libxlsxwriter tidak dapat memulai buku kerja");
  lxw_workbook* wb = x.wb();

  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  lxw_format* head = workbook_add_format(wb);
  format_set_bold(head);
  format_set_bg_color(head, 0xD9D9D9);
  format_set_text_wrap(head);
  format_set_border(head, LXW_BORDER_THIN);
  lxw_format* wrap = workbook_add_format(wb);
  format_set_text_wrap(wrap);
  format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* group = workbook_add_format(wb);
  format_set_bold(group);
  format_set_bg_color(group, 0xEDEDED);
  lxw_format* value = workbook_add_format(wb);
  format_set_num_format(value, "0.00");
  lxw_format* value_bold = workbook_add_format(wb);
  format_set_num_format(value_bold, "0.00");
  format_set_bold(value_bold);
  format_set_bg_color(value_bold, 0xEDEDED);
  lxw_format* percent = workbook_add_format(wb);
  format_set_num_format(percent, "0.00%");
  lxw_format* input = workbook_add_format(wb);
  format_set_unlocked(input);
  format_set_bg_color(input, 0xFFF2CC);
  format_set_border(input, LXW_BORDER_THIN);
  lxw_format* input_text = workbook_add_format(wb);
  format_set_unlocked(input_text);
  format_set_text_wrap(input_text);
  format_set_align(input_text, LXW_ALIGN_VERTICAL_TOP);

  std::map<std::string, lxw_worksheet*> sheets;
  for (const std::string& name : layout.sheets) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
    if (!ws) return absl::InvalidArgumentError(Cat("lembar '", name, "' tidak dapat ditambahkan"));
    sheets[name] = ws;
  }
  lxw_worksheet* ws = sheets[S];
  const auto col = [](const std::string& letters) {
    return static_cast<lxw_col_t>(ColumnIndex(letters));
  };
  const auto text = [&](lxw_worksheet* w, int row, const std::string& c, const std::string& s,
                        lxw_format* f) {
    if (s.empty() && !f) return;
    x.Note(worksheet_write_string(w, static_cast<lxw_row_t>(row - 1), col(c), s.c_str(), f),
           Cat(c, row));
  };
  const auto number = [&](lxw_worksheet* w, int row, const std::string& c, double v,
                          lxw_format* f) {
    x.Note(worksheet_write_number(w, static_cast<lxw_row_t>(row - 1), col(c), v, f), Cat(c, row));
  };
  // A formula with the model's result cached, unless a defect overrides the cell.
  const auto formula = [&](int row, const std::string& c, std::string f, const Val& cached,
                           lxw_format* fmt) {
    const std::string ref = Cat(c, row);
    if (auto it = override_cell.find(ref); it != override_cell.end())
      f = StrippedFormula(it->second);
    const std::string full = Cat("=", f);
    const auto r = static_cast<lxw_row_t>(row - 1);
    if (cached.state == Val::kNumber) {
      x.Note(worksheet_write_formula_num(ws, r, col(c), full.c_str(), fmt, cached.v), ref);
    } else {
      x.Note(worksheet_write_formula_str(ws, r, col(c), full.c_str(), fmt,
                                         cached.state == Val::kDivZero ? "#DIV/0!" : ""),
             ref);
    }
  };
  const std::string& K = layout.col_answer;
  const std::string& L = layout.col_value;
  const std::string& H = layout.col_weight;

  // Column widths, the title and the header.
  worksheet_set_column(ws, 0, 0, 5, nullptr);
  worksheet_set_column(ws, 1, 5, 4, nullptr);
  worksheet_set_column(ws, col(layout.col_text), col(layout.col_text), 60, wrap);
  worksheet_set_column(ws, col(H), col(H), 8, nullptr);
  worksheet_set_column(ws, col(layout.col_explanation), col(layout.col_explanation), 40, wrap);
  worksheet_set_column(ws, col(layout.col_type), col(layout.col_type), 11, nullptr);
  worksheet_set_column(ws, col(K), col(K), 10, nullptr);
  worksheet_set_column(ws, col(L), col(layout.col_percent), 9, nullptr);
  worksheet_set_column(ws, col(layout.col_note), col(layout.col_evidence_link), 30, wrap);
  text(ws, 1, layout.col_counter, layout.title, bold);
  const int hr = layout.header_row;
  text(ws, hr, layout.col_counter, "No", head);
  text(ws, hr, layout.col_component, "Komponen / Sub Komponen / Pertanyaan", head);
  text(ws, hr, H, "Bobot", head);
  text(ws, hr, layout.col_explanation, "Penjelasan", head);
  text(ws, hr, layout.col_type, "Pilihan Jawaban", head);
  text(ws, hr, K, "Jawaban", head);
  text(ws, hr, L, "Nilai", head);
  text(ws, hr, layout.col_percent, "%", head);
  text(ws, hr, layout.col_note, "Catatan", head);
  text(ws, hr, layout.col_evidence_description, "Deskripsi Bukti Dukung", head);
  text(ws, hr, layout.col_evidence_link, "Link Bukti Dukung", head);
  worksheet_freeze_panes(ws, static_cast<lxw_row_t>(hr), 0);

  // Choice lists (kept alive until the workbook is closed).
  std::vector<std::vector<std::string>> list_text;
  std::vector<std::vector<char*>> list_ptrs;
  const auto choice_list = [&](int row, const AnswerType& t) {
    std::vector<std::string>& texts = list_text.emplace_back();
    for (const AnswerOption& o : t.options) texts.push_back(o.code);
    std::vector<char*>& ptrs = list_ptrs.emplace_back();
    for (std::string& s : texts) ptrs.push_back(s.data());
    ptrs.push_back(nullptr);
    lxw_data_validation dv{};
    dv.validate = LXW_VALIDATION_TYPE_LIST;
    dv.value_list = ptrs.data();
    x.Note(worksheet_data_validation_cell(ws, static_cast<lxw_row_t>(row - 1), col(K), &dv),
           Cat(K, row));
  };
  const auto list_of = [](const std::vector<int>& rows, const std::string& c) {
    std::vector<std::string> refs;
    for (int r : rows) refs.push_back(Cat(c, r));
    return internal::Join(refs, ",");
  };
  const auto write_notes = [&](int row, const std::string& id) {
    const auto it = answers.answers.find(id);
    if (it == answers.answers.end()) return;
    text(ws, row, layout.col_note, it->second.note, input_text);
    auto [desc, link] = SplitEvidence(it->second.evidence);
    text(ws, row, layout.col_evidence_description, desc, input_text);
    text(ws, row, layout.col_evidence_link, link, input_text);
  };
  const auto empty_inputs = [&](int row) {
    text(ws, row, layout.col_note, "", input_text);
    text(ws, row, layout.col_evidence_description, "", input_text);
    text(ws, row, layout.col_evidence_link, "", input_text);
  };

  int counter = 0;
  for (const LkeWorkbookRow& r : layout.rows) {
    const int row = r.row;
    number(ws, row, layout.col_counter, ++counter, nullptr);
    const Val v = model.Value(row);
    switch (r.kind) {
      case Kind::kPengungkit:
        text(ws, row, layout.col_component, "A.", group);
        text(ws, row, layout.col_half, "KOMPONEN PENGUNGKIT", group);
        number(ws, row, H, rubric.data().pengungkit_weight, group);
        formula(row, L, Cat("SUM(", list_of(model.Children(r), L), ")"), v, value_bold);
        break;
      case Kind::kHalf: {
        const bool p = r.half == LkeHalfKind::kPemenuhan;
        text(ws, row, layout.col_half, p ? "I." : "II.", group);
        text(ws, row, layout.col_area, p ? "PEMENUHAN" : "REFORM", group);
        double w = 0;
        for (const LkeArea& a : rubric.areas()) w += a.half(r.half).weight;
        number(ws, row, H, w, group);
        formula(row, L, Cat("SUM(", list_of(model.Children(r), L), ")"), v, value_bold);
        break;
      }
      case Kind::kArea: {
        const LkeArea& a = *rubric.FindArea(r.id);
        int index = 0;
        for (size_t i = 0; i < rubric.areas().size(); ++i) {
          if (&rubric.areas()[i] == &a) index = static_cast<int>(i) + 1;
        }
        text(ws, row, layout.col_area, Cat(index, "."), bold);
        text(ws, row, layout.col_subarea, a.name, bold);
        number(ws, row, H, a.half(r.half).weight, bold);
        formula(row, L, Cat("SUM(", list_of(model.Children(r), L), ")"), v, value_bold);
        formula(row, layout.col_percent, Cat(L, row, "/", H, row),
                v.state == Val::kNumber ? Val::Num(v.v / model.Weight(r)) : v, percent);
        break;
      }
      case Kind::kParent: {
        const LkeSubareaRef* first = model.FirstPart(r.id);
        if (!first) break;
        for (const LkeParent& p : first->area->half(first->half).parents) {
          if (p.id != r.id) continue;
          text(ws, row, layout.col_subarea, Roman(p.label), bold);
          text(ws, row, layout.col_item, p.name, bold);
          number(ws, row, H, p.weight, bold);
        }
        formula(row, L, Cat("SUM(", list_of(model.Children(r), L), ")"), v, value_bold);
        break;
      }
      case Kind::kSubarea: {
        const LkeSubarea& s = *rubric.FindSubarea(r.id)->subarea;
        if (s.parent.empty()) {
          text(ws, row, layout.col_subarea, Roman(s.label), bold);
          text(ws, row, layout.col_item, s.name, bold);
        } else {
          text(ws, row, layout.col_item, Roman(s.id.substr(s.id.size() - 1)), bold);
          text(ws, row, layout.col_text, s.name, bold);
        }
        number(ws, row, H, s.weight, bold);
        formula(row, L, Cat("AVERAGE(", list_of(model.Children(r), L), ")*", H, row), v,
                value_bold);
        formula(row, layout.col_percent, Cat(L, row, "/", H, row),
                v.state == Val::kNumber ? Val::Num(v.v / s.weight) : v, percent);
        break;
      }
      case Kind::kQuestion: {
        const LkeQuestionRef& q = *rubric.FindQuestion(r.id);
        text(ws, row, layout.col_item, q.question->label == "-" ? "-" : Roman(q.question->label),
             nullptr);
        text(ws, row, layout.col_text, q.question->text, wrap);
        std::vector<std::string> expl;
        for (const AnswerOption& o : q.question->options) expl.push_back(Cat(o.code, ": ", o.text));
        text(ws, row, layout.col_explanation, internal::Join(expl, "\n"), wrap);
        const std::string jref = Cat(layout.col_type, row);
        const auto over = override_cell.find(jref);
        text(ws, row, layout.col_type, over != override_cell.end() ? over->second : q.type->label,
             nullptr);
        const LkeAnswer* a = answers.Find(r.id);
        if (q.type->kind == AnswerKind::kChoice) {
          if (a) {
            text(ws, row, K, a->choice, input);
          } else {
            text(ws, row, K, "", input);
          }
          choice_list(row, *q.type);
          formula(row, L, QuestionFormula(rubric, Cat(K, row), jref), v, value);
        } else if (a) {
          number(ws, row, K, a->number, input);
        } else {
          text(ws, row, K, "", input);
        }
        write_notes(row, r.id);
        if (answers.answers.find(r.id) == answers.answers.end()) empty_inputs(row);
        break;
      }
      case Kind::kRatio: {
        const LkeRatio& ratio = *rubric.FindRatio(r.id);
        text(ws, row, layout.col_item, ratio.label == "-" ? "-" : Roman(ratio.label), nullptr);
        text(ws, row, layout.col_text, ratio.text, wrap);
        text(ws, row, layout.col_explanation, ratio.explanation, wrap);
        text(ws, row, layout.col_type, "%", nullptr);
        const auto refs = [&](const std::vector<std::string>& ids) {
          std::vector<int> rows;
          for (const std::string& id : ids) rows.push_back(model.RowOf(id));
          return rows.size() == 1 ? Cat(K, rows[0]) : Cat("SUM(", list_of(rows, K), ")");
        };
        const std::string n = refs(ratio.numerator);
        const std::string d =
            r.denominator_row ? Cat(K, r.denominator_row) : refs(ratio.denominator);
        const Val k = model.Answer(row);
        if (ratio.formula == RatioFormula::kReduction) {
          formula(row, K, Cat("IF(", d, "=0,IF(", n, "=0,1,0),(", d, "-", n, ")/", d, ")"), k,
                  percent);
        } else {
          formula(row, K, Cat(n, "/", d), k, percent);
        }
        formula(row, L, Cat("MAX(0,MIN(", ratio.cap, ",", K, row, "))"), v, value);
        break;
      }
      case Kind::kCountSum:
      case Kind::kCountTotal: {
        const LkeQuestion& first = *rubric.FindQuestion(r.questions.front())->question;
        text(ws, row, layout.col_text, first.heading, wrap);
        text(ws, row, layout.col_type, "Jumlah", nullptr);
        std::vector<int> rows;
        for (const std::string& id : r.questions) rows.push_back(model.RowOf(id));
        const Val k = model.Answer(row);
        if (r.kind == Kind::kCountSum || options.correct_defects) {
          formula(row, K, Cat("SUM(", list_of(rows, K), ")"), k, nullptr);
        } else {
          number(ws, row, K, k.v, input);  // typed, as circulated: the parts' sum
        }
        break;
      }
      case Kind::kPengungkitTotal:
        text(ws, row, layout.col_item, "Nilai Komponen Pengungkit", group);
        formula(row, L, list_of(model.Children(r), L), v, value_bold);
        break;
      case Kind::kHasil:
        text(ws, row, layout.col_component, "B.", group);
        text(ws, row, layout.col_half, "KOMPONEN HASIL", group);
        number(ws, row, H, rubric.data().hasil_weight, group);
        formula(row, L, Cat("SUM(", list_of(model.Children(r), L), ")"), v, value_bold);
        break;
      case Kind::kHasilGroup: {
        const HasilGroup& g = *rubric.FindHasilGroup(r.id);
        text(ws, row, layout.col_half, Roman(g.label), bold);
        text(ws, row, layout.col_area, g.name, bold);
        number(ws, row, H, g.weight, bold);
        formula(row, L, Cat("SUM(", list_of(model.Children(r), L), ")"), v, value_bold);
        break;
      }
      case Kind::kHasilItem: {
        const HasilItem& h = *rubric.FindHasilItem(r.id);
        const AnswerType& t = *rubric.FindAnswerType(h.type);
        text(ws, row, layout.col_item, Roman(h.label), nullptr);
        text(ws, row, layout.col_text, h.text.empty() ? h.name : h.text, wrap);
        std::vector<std::string> expl;
        for (const AnswerOption& o : h.options) expl.push_back(Cat(o.code, ": ", o.text));
        text(ws, row, layout.col_explanation,
             expl.empty() ? h.explanation : internal::Join(expl, "\n"), wrap);
        number(ws, row, H, h.weight, nullptr);
        text(ws, row, layout.col_type, t.label, nullptr);
        const LkeAnswer* a = answers.Find(r.id);
        const std::string kref = Cat(K, row);
        if (t.kind == AnswerKind::kChoice) {
          text(ws, row, K, a ? a->choice : "", input);
          choice_list(row, t);
          formula(row, L, Cat("IF(", kref, "=\"\",0,", ChoiceIf(kref, t), ")*", H, row), v, value);
        } else {
          if (a) {
            number(ws, row, K, a->number, input);
          } else {
            text(ws, row, K, "", input);
          }
          formula(row, L, Cat(kref, "/", t.divisor, "*", H, row), v, value);
        }
        write_notes(row, r.id);
        if (answers.answers.find(r.id) == answers.answers.end()) empty_inputs(row);
        break;
      }
      case Kind::kHasilTotal:
        text(ws, row, layout.col_item, "Nilai Komponen Hasil", group);
        formula(row, L, list_of(model.Children(r), L), v, value_bold);
        break;
      case Kind::kTotal:
        text(ws, row, layout.col_item, "NILAI EVALUASI (PENGUNGKIT + HASIL)", group);
        formula(row, L, Cat("SUM(", list_of(model.Children(r), L), ")"), v, value_bold);
        break;
    }
  }
  lxw_protection protection{};
  protection.format_columns = 1;
  protection.format_rows = 1;
  worksheet_protect(ws, nullptr, &protection);

  // The summary sheet: satker, year, prior WBK, and the totals.
  if (!layout.summary_sheet.empty() && sheets.count(layout.summary_sheet)) {
    lxw_worksheet* u = sheets[layout.summary_sheet];
    worksheet_set_column(u, 1, 1, 34, nullptr);
    worksheet_set_column(u, 2, 2, 18, nullptr);
    text(u, 1, "B", layout.title, bold);
    text(u, 2, "B", "Lembar Kerja Evaluasi Zona Integritas", bold);
    const auto put = [&](const std::string& ref, const std::string& label, auto write) {
      auto c = ParseCell(ref);
      if (!c || c->first < 1) return;
      x.Note(worksheet_write_string(u, static_cast<lxw_row_t>(c->second - 1),
                                    static_cast<lxw_col_t>(c->first - 1), label.c_str(), nullptr),
             ref);
      write(static_cast<lxw_row_t>(c->second - 1), static_cast<lxw_col_t>(c->first));
    };
    put(layout.summary_satker, "Kode satker", [&](lxw_row_t rr, lxw_col_t cc) {
      x.Note(worksheet_write_string(u, rr, cc, answers.satker.c_str(), nullptr), "satker");
    });
    put(layout.summary_year, "Tahun evaluasi", [&](lxw_row_t rr, lxw_col_t cc) {
      if (answers.year) x.Note(worksheet_write_number(u, rr, cc, answers.year, nullptr), "year");
    });
    put(layout.summary_prior_wbk, "Sudah berpredikat Menuju WBK", [&](lxw_row_t rr, lxw_col_t cc) {
      x.Note(worksheet_write_string(u, rr, cc, answers.prior_wbk ? "Ya" : "Tidak", nullptr),
             "prior_wbk");
    });
    int line = 8;
    for (const LkeWorkbookRow& r : layout.rows) {
      if (r.kind != Kind::kPengungkitTotal && r.kind != Kind::kHasilTotal && r.kind != Kind::kTotal)
        continue;
      const Val v = model.Value(r.row);
      text(u, line, "B",
           r.kind == Kind::kTotal         ? "Nilai total"
           : RowLabel(r) == "nilai hasil" ? "Nilai hasil"
                                          : "Nilai pengungkit",
           nullptr);
      const std::string f = Cat("='", S, "'!", L, r.row);
      if (v.state == Val::kNumber) {
        x.Note(worksheet_write_formula_num(u, static_cast<lxw_row_t>(line - 1), 2, f.c_str(), value,
                                           v.v),
               "Utama");
      } else {
        x.Note(worksheet_write_formula_str(u, static_cast<lxw_row_t>(line - 1), 2, f.c_str(), value,
                                           "#DIV/0!"),
               "Utama");
      }
      ++line;
    }
  }
  if (!x.error().empty())
    return absl::InvalidArgumentError(Cat("menulis buku kerja LKE: ", x.error()));
  if (lxw_error e = x.Close(); e != LXW_NO_ERROR) {
    return absl::InternalError(Cat("menulis buku kerja LKE: ", lxw_strerror(e)));
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  out.bytes = buf.str();
  if (out.bytes.empty()) return absl::InternalError("buku kerja LKE yang dihasilkan kosong");
  return out;
}

// ---- ReadLkeWorkbook -----------------------------------------------------------------------

absl::StatusOr<LkeWorkbookImport> ReadLkeWorkbook(std::string_view bytes, const Rubric& rubric,
                                                  const LkeWorkbookLayout& layout,
                                                  const LkeWorkbookReadOptions& options) {
  if (layout.rubric != rubric.id()) {
    return absl::InvalidArgumentError(
        Cat("tata letak buku kerja ini untuk rubrik '", layout.rubric, "', bukan '", rubric.id(), "'"));
  }
  absl::StatusOr<std::vector<Table>> book = ReadXlsxWorkbook(bytes, options.source);
  if (!book.ok()) return book.status();
  const Table* sheet = nullptr;
  const Table* summary = nullptr;
  std::vector<std::string> names;
  for (const Table& t : *book) {
    names.push_back(Cat("'", t.sheet, "'"));
    if (t.sheet == layout.sheet) sheet = &t;
    if (!layout.summary_sheet.empty() && t.sheet == layout.summary_sheet) summary = &t;
  }
  if (!sheet) {
    return absl::InvalidArgumentError(
        Cat(options.source, ": lembar '", layout.sheet,
            "' tidak ada di buku kerja (lembar yang ada: ", internal::Join(names, ", "), ")"));
  }
  const std::string& S = layout.sheet;
  std::map<int, const TableRow*> rows;
  for (const TableRow& r : sheet->rows) rows[r.line] = &r;
  static const TableCell kEmpty;
  const auto cell_in = [](const std::map<int, const TableRow*>& m, int col,
                          int row) -> const TableCell& {
    auto it = m.find(row);
    if (it == m.end() || col < 0 || static_cast<size_t>(col) >= it->second->cells.size())
      return kEmpty;
    return it->second->cells[static_cast<size_t>(col)];
  };
  const auto cell = [&](const std::string& c, int row) -> const TableCell& {
    return cell_in(rows, ColumnIndex(c), row);
  };
  const auto where = [&](const std::string& c, int row) { return Cat(S, "!", c, row); };

  LkeWorkbookImport out;
  std::vector<Diagnostic>& F = out.findings;
  LkeAnswerSet& A = out.answers;
  A.rubric = rubric.id();

  // The summary sheet.
  if (summary) {
    std::map<int, const TableRow*> srows;
    for (const TableRow& r : summary->rows) srows[r.line] = &r;
    const auto scell = [&](const std::string& ref) -> const TableCell& {
      auto c = ParseCell(ref);
      return c ? cell_in(srows, c->first, c->second) : kEmpty;
    };
    if (!layout.summary_satker.empty()) A.satker = Trim(scell(layout.summary_satker).text);
    if (!layout.summary_year.empty()) {
      const TableCell& y = scell(layout.summary_year);
      std::optional<double> v =
          y.kind == CellKind::kNumber ? std::optional<double>(y.number) : ParseNumberText(y.text);
      if (v && *v >= 1900 && *v <= 2200 && *v == std::floor(*v)) {
        A.year = static_cast<int>(*v);
      } else if (!y.empty()) {
        F.push_back(Finding(Severity::kWarning, "lke_workbook_bad_year",
                            Cat(layout.summary_sheet, "!", layout.summary_year), "year",
                            Cat("tahun '", y.text, "' bukan tahun; diabaikan")));
      }
    }
    if (!layout.summary_prior_wbk.empty()) {
      A.prior_wbk = internal::AsciiLower(Trim(scell(layout.summary_prior_wbk).text)) == "ya";
    }
  }
  if (!options.satker.empty()) A.satker = options.satker;
  if (options.year) A.year = *options.year;

  // Defects present in the file.
  SheetFacts facts;
  for (const LkeWorkbookDefect& d : layout.defects) {
    auto c = ParseCell(d.cell);
    const TableCell& x = cell_in(rows, c->first, c->second);
    const bool is_formula = !d.circulated.empty() && d.circulated[0] == '=';
    const std::string got = is_formula ? Cat("=", x.formula) : Trim(x.text);
    const auto canon = [](std::string s) {
      std::string o;
      for (char ch : s) {
        if (ch != ' ' && ch != '$')
          o.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
      }
      return o;
    };
    if (canon(got) == canon(d.circulated)) {
      F.push_back(Finding(
          Severity::kWarning, "lke_workbook_defect", Cat(S, "!", d.cell), d.id,
          Cat("cacat lembar kerja edaran: ", d.cell, " berisi ", d.circulated, " (seharusnya ",
              d.corrected, "); nilai lembar kerja ini tidak sama dengan nilai libzi")));
    }
  }

  // Text of a row, checked against the rubric; relocation when the text is found elsewhere.
  std::map<std::string, std::vector<int>> rows_by_text;
  const int text_col = ColumnIndex(layout.col_text);
  for (const auto& [line, r] : rows) {
    if (static_cast<size_t>(text_col) < r->cells.size()) {
      const std::string t = NormText(r->cells[static_cast<size_t>(text_col)].text);
      if (!t.empty()) rows_by_text[t].push_back(line);
    }
  }
  const auto locate = [&](int row, const std::string& expected, const std::string& id) -> int {
    const std::string want = NormText(expected);
    const std::string got = NormText(cell(layout.col_text, row).text);
    if (got == want || want.empty()) return row;
    auto it = rows_by_text.find(want);
    if (it != rows_by_text.end() && it->second.size() == 1) {
      F.push_back(Finding(Severity::kWarning, "lke_workbook_row_moved",
                          where(layout.col_text, it->second[0]), id,
                          Cat("butir ", id, " seharusnya di baris ", row, ", ditemukan di baris ",
                              it->second[0], "; jawabannya dibaca dari baris itu")));
      return it->second[0];
    }
    F.push_back(
        Finding(Severity::kWarning, "lke_workbook_text_mismatch", where(layout.col_text, row), id,
                got.empty() ? Cat("teks butir ", id, " kosong; diharapkan \"", expected, "\"")
                            : Cat("teks \"", cell(layout.col_text, row).text, "\" bukan butir ", id,
                                  " (\"", expected, "\"); jawaban tetap dibaca menurut posisi")));
    return row;
  };

  std::map<int, int> ratio_row;  // layout row of a ratio -> the row actually read
  const auto read_notes = [&](int row, const std::string& id) {
    // As written (line breaks as "\n"); a cell of white space only is empty.
    const auto text_of = [&](const std::string& col) {
      std::string t = NoCarriageReturns(cell(col, row).text);
      return Trim(t).empty() ? std::string() : t;
    };
    const std::string note = text_of(layout.col_note);
    const std::string desc = text_of(layout.col_evidence_description);
    const std::string link = text_of(layout.col_evidence_link);
    std::string evidence = desc.empty() ? link : (link.empty() ? desc : Cat(desc, "\n", link));
    if (note.empty() && evidence.empty()) return false;
    LkeAnswerEntry& e = A.answers[id];
    if (!note.empty()) e.note = note;
    if (!evidence.empty()) e.evidence = evidence;
    return true;
  };
  // The answer in K (or a cached formula result), by type; findings for everything odd.
  const auto read_answer = [&](int row, const std::string& id, const AnswerType& type) {
    const TableCell& k = cell(layout.col_answer, row);
    const std::string at = where(layout.col_answer, row);
    const std::string allowed = AllowedAnswers(rubric, id);
    if (!k.formula.empty()) {
      F.push_back(Finding(Severity::kWarning, "lke_workbook_formula_answer", at, id,
                          Cat("sel jawaban berisi rumus =", k.formula,
                              k.empty() ? "; tanpa nilai tersimpan, dianggap belum dijawab"
                                        : "; nilai tersimpannya dipakai")));
    }
    if (k.empty()) {
      F.push_back(Finding(Severity::kWarning, "lke_workbook_unanswered", at, id,
                          Cat("jawaban ", id, " kosong (", allowed, "); dihitung 0")));
      return;
    }
    if (k.kind == CellKind::kError) {
      F.push_back(Finding(Severity::kError, "lke_workbook_error_value", at, id,
                          Cat("sel jawaban berisi galat ", k.text, "; diharapkan ", allowed)));
      return;
    }
    if (type.kind == AnswerKind::kChoice) {
      const std::string given = Trim(k.text);
      for (const AnswerOption& o : type.options) {
        if (k.kind == CellKind::kText &&
            internal::AsciiLower(o.code) == internal::AsciiLower(given)) {
          A.Set(id, LkeAnswer::Choice(o.code));
          return;
        }
      }
      F.push_back(Finding(Severity::kError, "lke_workbook_bad_option", at, id,
                          Cat("jawaban '", given, "' bukan pilihan ", id, " (", allowed, ")")));
      return;
    }
    std::optional<double> v;
    if (k.kind == CellKind::kNumber) {
      v = k.number;
    } else if (k.kind == CellKind::kText) {
      v = ParseNumberText(k.text);
      if (v) {
        F.push_back(Finding(
            Severity::kWarning, "lke_workbook_number_as_text", at, id,
            Cat("angka '", Trim(k.text), "' tersimpan sebagai teks; dibaca sebagai ", Id(*v))));
      }
    }
    if (!v) {
      F.push_back(Finding(Severity::kError, "lke_workbook_not_a_number", at, id,
                          Cat("'", Trim(k.text), "' bukan angka; ", id, " meminta ", allowed)));
      return;
    }
    const bool whole = type.kind != AnswerKind::kCount || *v == std::floor(*v);
    const bool in_range = *v >= type.min && (type.kind == AnswerKind::kCount || *v <= type.max);
    if (!whole || !in_range) {
      F.push_back(
          Finding(Severity::kError, "lke_workbook_out_of_range", at, id,
                  Cat("nilai ", Id(*v), " di luar yang diizinkan untuk ", id, " (", allowed, ")")));
      return;
    }
    A.Set(id, LkeAnswer::Number(*v));
  };

  for (const LkeWorkbookRow& r : layout.rows) {
    switch (r.kind) {
      case Kind::kQuestion: {
        const LkeQuestionRef& q = *rubric.FindQuestion(r.id);
        const int row = locate(r.row, q.question->text, r.id);
        const std::string jt = Trim(cell(layout.col_type, row).text);
        if (!jt.empty() && jt != q.type->label) {
          facts.type_text[r.row] = jt;
          bool known_defect = false;
          for (const LkeWorkbookDefect& d : layout.defects)
            known_defect = known_defect || d.cell == Cat(layout.col_type, r.row);
          if (!known_defect) {
            F.push_back(Finding(
                Severity::kWarning, "lke_workbook_type_mismatch", where(layout.col_type, row), r.id,
                Cat("jenis jawaban '", jt, "' bukan '", q.type->label, "' untuk ", r.id)));
          }
        }
        read_answer(row, r.id, *q.type);
        read_notes(row, r.id);
        break;
      }
      case Kind::kHasilItem: {
        const HasilItem& h = *rubric.FindHasilItem(r.id);
        const int row = locate(r.row, h.text.empty() ? h.name : h.text, r.id);
        read_answer(row, r.id, *rubric.FindAnswerType(h.type));
        read_notes(row, r.id);
        break;
      }
      case Kind::kRatio:
        ratio_row[r.row] = locate(r.row, rubric.FindRatio(r.id)->text, r.id);
        break;
      default: break;
    }
  }
  // Notes on a "%" row belong to its first count, which the answer set keeps them on.
  for (const auto& [layout_row, row] : ratio_row) {
    const LkeRatio& ratio = *rubric.FindRatio(layout.FindRow(layout_row)->id);
    const std::string note = Trim(cell(layout.col_note, row).text);
    const std::string ev = Cat(Trim(cell(layout.col_evidence_description, row).text),
                               Trim(cell(layout.col_evidence_link, row).text));
    if ((note.empty() && ev.empty()) || ratio.denominator.empty()) continue;
    const std::string& first = ratio.denominator.front();
    auto it = A.answers.find(first);
    const bool free =
        it == A.answers.end() || (it->second.note.empty() && it->second.evidence.empty());
    if (free) read_notes(row, first);
    F.push_back(
        Finding(free ? Severity::kInfo : Severity::kWarning, "lke_workbook_ratio_note",
                where(layout.col_note, row), ratio.id,
                free ? Cat("catatan/bukti butir % disimpan pada ", first)
                     : Cat("catatan/bukti butir % diabaikan: ", first, " sudah memilikinya")));
  }
  // Count headings: SUM formulas and typed totals against their parts.
  for (const LkeWorkbookRow& r : layout.rows) {
    if (r.kind != Kind::kCountSum && r.kind != Kind::kCountTotal) continue;
    const TableCell& k = cell(layout.col_answer, r.row);
    double parts = 0;
    bool all = true;
    std::vector<std::string> refs;
    for (const std::string& id : r.questions) {
      const LkeAnswer* a = A.Find(id);
      all = all && a;
      if (a) parts += a->number;
    }
    const LkeWorkbookRow* first = layout.FindById(Kind::kQuestion, r.questions.front());
    const LkeWorkbookRow* last = layout.FindById(Kind::kQuestion, r.questions.back());
    const std::string range = Cat(layout.col_answer, first->row, ":", layout.col_answer, last->row);
    if (k.kind == CellKind::kNumber) {
      if (k.formula.empty()) facts.typed_total[r.row] = k.number;
      if (std::abs(k.number - parts) > kTolerance) {
        F.push_back(
            Finding(Severity::kWarning, "lke_workbook_total_differs",
                    where(layout.col_answer, r.row), r.subarea,
                    Cat(k.formula.empty() ? "jumlah yang diketik " : "jumlah ", Id(k.number),
                        " berbeda dari jumlah rinciannya ", range, " = ", Id(parts),
                        all ? "" : " (ada rincian kosong)", "; libzi memakai jumlah rinciannya")));
      }
    } else if (!k.empty() && k.formula.empty()) {
      F.push_back(Finding(Severity::kWarning, "lke_workbook_total_differs",
                          where(layout.col_answer, r.row), r.subarea,
                          Cat("'", Trim(k.text), "' bukan angka; libzi memakai jumlah ", range)));
    }
  }

  // Compare the workbook's own values (cached results) with libzi's.
  if (!HasErrors(F)) {
    LkeScoreOptions so = options.score;
    so.layer = LkeLayer::kUnit;
    absl::StatusOr<LkeScore> score = ScoreLke(rubric, A, so);
    if (!score.ok()) {
      F.push_back(Finding(Severity::kError, "lke_workbook_unscorable", S, "",
                          std::string(score.status().message())));
    } else {
      for (const LkeWorkbookDefect& d : layout.defects) {
        auto c = ParseCell(d.cell);
        if (c->first != ColumnIndex(layout.col_value)) continue;
        const TableCell& x = cell_in(rows, c->first, c->second);
        if (!x.formula.empty()) facts.l_formula[c->second] = Cat("=", x.formula);
      }
      // Only the known circulated defect formula is modelled; a corrected one is regular.
      for (auto it = facts.l_formula.begin(); it != facts.l_formula.end();) {
        bool defect = false;
        for (const LkeWorkbookDefect& d : layout.defects) {
          std::string a = it->second, b = d.circulated;
          a.erase(std::remove(a.begin(), a.end(), ' '), a.end());
          b.erase(std::remove(b.begin(), b.end(), ' '), b.end());
          defect = defect || internal::AsciiLower(a) == internal::AsciiLower(b);
        }
        it = defect ? std::next(it) : facts.l_formula.erase(it);
      }
      SheetModel model(rubric, layout, A, facts);
      std::map<int, Val> file_values;
      bool any_cached = false;
      for (const LkeWorkbookRow& r : layout.rows) {
        const TableCell& l = cell(layout.col_value, r.row);
        if (l.kind == CellKind::kNumber) {
          file_values[r.row] = Val::Num(l.number);
          any_cached = true;
        } else if (l.kind == CellKind::kError ||
                   (l.kind == CellKind::kText && l.text.rfind("#", 0) == 0)) {
          file_values[r.row] = Val::Div0();  // #DIV/0! or another error: not a number
          any_cached = true;
        }
      }
      if (any_cached) {
        out.values = CompareValues(layout, rubric, *score, model, &file_values, F);
      } else {
        F.push_back(Finding(
            Severity::kInfo, "lke_workbook_not_calculated", S, "",
            "kolom nilai tidak memiliki hasil tersimpan (berkas belum pernah dihitung ulang); "
            "nilai lembar kerja tidak dibandingkan"));
      }
    }
  }
  return out;
}

namespace {

json::object ReportJson(const std::vector<Diagnostic>& findings,
                        const std::vector<LkeWorkbookValue>& values) {
  json::object o;
  o["ok"] = !HasErrors(findings);
  o["findings"] = internal::DiagnosticsToJson(findings);
  json::array vs;
  for (const LkeWorkbookValue& v : values) {
    json::object x;
    x["cell"] = v.cell;
    x["kind"] = ToString(v.kind);
    x["id"] = v.id;
    if (v.workbook) {
      x["workbook"] = *v.workbook;
    } else {
      x["workbook"] = nullptr;
    }
    if (!v.error.empty()) x["error"] = v.error;
    x["libzi"] = v.libzi;
    x["differs"] = v.differs;
    vs.push_back(std::move(x));
  }
  o["values"] = std::move(vs);
  return o;
}

}  // namespace

std::string WriteLkeWorkbookImportJson(const LkeWorkbookImport& result, const Rubric& rubric) {
  json::object o = ReportJson(result.findings, result.values);
  o["answers"] = json::parse(WriteLkeAnswersJson(result.answers, rubric));
  return internal::WriteJson(o);
}

std::string WriteLkeWorkbookExportJson(const LkeWorkbookExport& result) {
  return internal::WriteJson(ReportJson(result.findings, result.values));
}

}  // namespace v1
}  // namespace zi
