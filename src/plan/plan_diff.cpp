#include "zi/plan/plan_diff.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <utility>

#include "internal/strings.hpp"
#include "internal/text.hpp"

namespace zi {
inline namespace v1 {
namespace {

using internal::Cat;

// One node of a plan, flattened. `parent` indexes the level above (-1 for a komponen).
struct Node {
  PlanNodeLevel level = PlanNodeLevel::kComponent;
  std::string id;
  std::string key;  // the name or text, whitespace-normalised, for matching
  const std::string* text = nullptr;
  int parent = -1;
  const void* ptr = nullptr;
};

constexpr size_t kLevels = 4;  // komponen, aspek, kegiatan, indikator
size_t LevelIndex(PlanNodeLevel l) { return static_cast<size_t>(l) - 1; }

struct Flat {
  std::array<std::vector<Node>, kLevels> nodes;
  // Every node in document order: (level index, node index).
  std::vector<std::pair<size_t, int>> order;
};

Flat Flatten(const PlanData& p) {
  Flat f;
  auto add = [&f](PlanNodeLevel level, const std::string& id, const std::string& text, int parent,
                  const void* ptr) {
    auto& v = f.nodes[LevelIndex(level)];
    v.push_back(Node{level, id, internal::CleanText(text), &text, parent, ptr});
    const int index = static_cast<int>(v.size()) - 1;
    f.order.emplace_back(LevelIndex(level), index);
    return index;
  };
  for (const Component& c : p.components) {
    const int ci = add(PlanNodeLevel::kComponent, c.id, c.name, -1, &c);
    for (const Aspect& a : c.aspects) {
      const int ai = add(PlanNodeLevel::kAspect, a.id, a.name, ci, &a);
      for (const Activity& k : a.activities) {
        const int ki = add(PlanNodeLevel::kActivity, k.id, k.text, ai, &k);
        for (const Indicator& i : k.indicators)
          add(PlanNodeLevel::kIndicator, i.id, i.text, ki, &i);
      }
    }
  }
  return f;
}

std::string_view LastSegment(std::string_view id) {
  const size_t dot = id.rfind('.');
  return dot == std::string_view::npos ? id : id.substr(dot + 1);
}

struct Matching {
  std::array<std::vector<int>, kLevels> a_to_b, b_to_a;
};

// Top-down, level by level: same id and text; then the same text (preferring the same
// parent, then document order); then the same id. docs/plan-diff.md, "Matching".
Matching Match(const Flat& fa, const Flat& fb) {
  Matching m;
  for (size_t l = 0; l < kLevels; ++l) {
    const std::vector<Node>& na = fa.nodes[l];
    const std::vector<Node>& nb = fb.nodes[l];
    std::vector<int>& ab = m.a_to_b[l];
    std::vector<int>& ba = m.b_to_a[l];
    ab.assign(na.size(), -1);
    ba.assign(nb.size(), -1);
    auto link = [&](size_t i, size_t j) {
      ab[i] = static_cast<int>(j);
      ba[j] = static_cast<int>(i);
    };
    std::map<std::string_view, size_t> b_by_id;
    for (size_t j = 0; j < nb.size(); ++j) b_by_id.emplace(nb[j].id, j);
    // 1. Same id, same text.
    for (size_t i = 0; i < na.size(); ++i) {
      const auto it = b_by_id.find(na[i].id);
      if (it != b_by_id.end() && ba[it->second] < 0 && nb[it->second].key == na[i].key) {
        link(i, it->second);
      }
    }
    // 2. Same (non-empty) text elsewhere.
    std::map<std::string_view, std::vector<size_t>> b_by_text;
    for (size_t j = 0; j < nb.size(); ++j) {
      if (ba[j] < 0 && !nb[j].key.empty()) b_by_text[nb[j].key].push_back(j);
    }
    for (size_t i = 0; i < na.size(); ++i) {
      if (ab[i] >= 0 || na[i].key.empty()) continue;
      const auto it = b_by_text.find(na[i].key);
      if (it == b_by_text.end()) continue;
      const int want_parent =
          l == 0 || na[i].parent < 0 ? -1 : m.a_to_b[l - 1][static_cast<size_t>(na[i].parent)];
      std::optional<size_t> pick;
      for (size_t j : it->second) {
        if (ba[j] >= 0) continue;
        if (!pick) pick = j;
        if (l > 0 && want_parent >= 0 && nb[j].parent == want_parent) {
          pick = j;
          break;
        }
      }
      if (pick) link(i, *pick);
    }
    // 3. Same id, another text.
    for (size_t i = 0; i < na.size(); ++i) {
      if (ab[i] >= 0) continue;
      const auto it = b_by_id.find(na[i].id);
      if (it != b_by_id.end() && ba[it->second] < 0) link(i, it->second);
    }
  }
  return m;
}

std::string Number(double x) { return Cat(x); }

std::string DuePolicyText(const DuePolicy& p) {
  std::string out(ToString(p.offset));
  if (p.offset == DueOffset::kWorkingDays || p.offset == DueOffset::kCalendarDays) {
    internal::Append(&out, " ", p.n);
  } else if (p.offset == DueOffset::kDayOfNextMonth) {
    internal::Append(&out, " ", p.day);
  }
  internal::Append(&out, ", ", ToString(p.convention));
  return out;
}

std::string NotesText(const std::vector<Note>& notes, NoteComparison how) {
  std::vector<std::string> parts;
  for (const Note& n : notes) {
    parts.push_back(how == NoteComparison::kFull
                        ? Cat(n.field, " (", ToString(n.kind), "): ", n.text)
                        : Cat(n.field, " (", ToString(n.kind), ")"));
  }
  std::sort(parts.begin(), parts.end());
  return internal::Join(parts, "; ");
}

std::string SourceText(const SourceCells& s) {
  std::vector<std::string> parts;
  auto add = [&parts](const char* name, const std::optional<std::string>& v) {
    if (v) parts.push_back(Cat(name, "=", *v));
  };
  add("no", s.no);
  add("komponen", s.komponen);
  add("aspek", s.aspek);
  add("kegiatan", s.kegiatan);
  add("indikator", s.indikator);
  add("bukti_fisik", s.bukti_fisik);
  add("target_waktu", s.target_waktu);
  add("target_capaian", s.target_capaian);
  return internal::Join(parts, " | ");
}

class Differ {
 public:
  Differ(const PlanDiffOptions& options, std::vector<PlanChange>* out)
      : options_(options), out_(out) {}

  void Field(PlanNodeLevel level, const std::string& id_a, const std::string& id_b,
             const std::string& text, std::string_view field, const std::string& before,
             const std::string& after) {
    if (before == after) return;
    PlanChange c;
    c.kind = PlanChangeKind::kChanged;
    c.level = level;
    c.id_a = id_a;
    c.id_b = id_b;
    c.text = text;
    c.field = std::string(field);
    c.before = before;
    c.after = after;
    out_->push_back(std::move(c));
  }

  template <typename T>
  void Common(PlanNodeLevel level, const T& a, const T& b, const std::string& text) {
    Field(level, a.id, b.id, text, "code", a.code, b.code);
    if (options_.notes != NoteComparison::kIgnore) {
      Field(level, a.id, b.id, text, "notes", NotesText(a.notes, options_.notes),
            NotesText(b.notes, options_.notes));
    }
    if (options_.source_cells) {
      Field(level, a.id, b.id, text, "source", SourceText(*a.source), SourceText(*b.source));
    }
  }

  void Compare(const Component& a, const Component& b) {
    const PlanNodeLevel l = PlanNodeLevel::kComponent;
    Field(l, a.id, b.id, b.name, "name", a.name, b.name);
    Field(l, a.id, b.id, b.name, "weight", Number(a.weight), Number(b.weight));
    Field(l, a.id, b.id, b.name, "lke_area", a.lke_area, b.lke_area);
    Common(l, a, b, b.name);
  }
  void Compare(const Aspect& a, const Aspect& b) {
    const PlanNodeLevel l = PlanNodeLevel::kAspect;
    Field(l, a.id, b.id, b.name, "name", a.name, b.name);
    Field(l, a.id, b.id, b.name, "weight", Number(a.weight), Number(b.weight));
    Field(l, a.id, b.id, b.name, "lke_subarea", a.lke_subarea, b.lke_subarea);
    Common(l, a, b, b.name);
  }
  void Compare(const Activity& a, const Activity& b) {
    const PlanNodeLevel l = PlanNodeLevel::kActivity;
    Field(l, a.id, b.id, b.text, "text", a.text, b.text);
    Field(l, a.id, b.id, b.text, "penanggung_jawab", a.responsible, b.responsible);
    Common(l, a, b, b.text);
  }
  void Compare(const Indicator& a, const Indicator& b) {
    const PlanNodeLevel l = PlanNodeLevel::kIndicator;
    const std::string& t = b.text;
    Field(l, a.id, b.id, t, "text", a.text, b.text);
    Field(l, a.id, b.id, t, "evidence", a.evidence, b.evidence);
    Field(l, a.id, b.id, t, "schedule", a.schedule, b.schedule);
    Field(l, a.id, b.id, t, "target", a.target, b.target);
    Field(l, a.id, b.id, t, "penanggung_jawab", a.responsible, b.responsible);
    Field(l, a.id, b.id, t, "rrule", a.rrule.value_or(""), b.rrule.value_or(""));
    Field(l, a.id, b.id, t, "weight", Number(a.weight), Number(b.weight));
    Field(l, a.id, b.id, t, "due_policy", a.due_policy ? DuePolicyText(*a.due_policy) : "",
          b.due_policy ? DuePolicyText(*b.due_policy) : "");
    Field(l, a.id, b.id, t, "lke_questions", internal::Join(a.lke_questions, ", "),
          internal::Join(b.lke_questions, ", "));
    Common(l, a, b, t);
  }

  void ComparePlan(const Plan& pa, const Plan& pb) {
    const PlanData& a = pa.data();
    const PlanData& b = pb.data();
    const PlanNodeLevel l = PlanNodeLevel::kPlan;
    const std::string none;
    Field(l, none, none, none, "satker.code", a.satker.code, b.satker.code);
    Field(l, none, none, none, "satker.name", a.satker.name, b.satker.name);
    Field(l, none, none, none, "satker.level", std::string(ToString(a.satker.level)),
          std::string(ToString(b.satker.level)));
    Field(l, none, none, none, "satker.parent", a.satker.parent, b.satker.parent);
    Field(l, none, none, none, "satker.time_zone", std::string(ToString(a.satker.time_zone)),
          std::string(ToString(b.satker.time_zone)));
    Field(l, none, none, none, "year", Cat(a.year), Cat(b.year));
    Field(l, none, none, none, "decree.number", a.decree.number, b.decree.number);
    Field(l, none, none, none, "decree.date", a.decree.date ? FormatIsoDate(*a.decree.date) : "",
          b.decree.date ? FormatIsoDate(*b.decree.date) : "");
    Field(l, none, none, none, "decree.title", a.decree.title, b.decree.title);
    Field(l, none, none, none, "decree.place", a.decree.place, b.decree.place);
    Field(l, none, none, none, "decree.signed_by", a.decree.signed_by, b.decree.signed_by);
    Field(l, none, none, none, "calendar", pa.calendar_name(), pb.calendar_name());
    Field(l, none, none, none, "due_policy", DuePolicyText(a.due_policy),
          DuePolicyText(b.due_policy));
    if (options_.notes != NoteComparison::kIgnore) {
      Field(l, none, none, none, "notes", NotesText(a.notes, options_.notes),
            NotesText(b.notes, options_.notes));
    }
  }

 private:
  const PlanDiffOptions& options_;
  std::vector<PlanChange>* out_;
};

void CompareNodes(Differ& d, const Node& a, const Node& b) {
  switch (a.level) {
    case PlanNodeLevel::kComponent:
      d.Compare(*static_cast<const Component*>(a.ptr), *static_cast<const Component*>(b.ptr));
      break;
    case PlanNodeLevel::kAspect:
      d.Compare(*static_cast<const Aspect*>(a.ptr), *static_cast<const Aspect*>(b.ptr));
      break;
    case PlanNodeLevel::kActivity:
      d.Compare(*static_cast<const Activity*>(a.ptr), *static_cast<const Activity*>(b.ptr));
      break;
    case PlanNodeLevel::kIndicator:
      d.Compare(*static_cast<const Indicator*>(a.ptr), *static_cast<const Indicator*>(b.ptr));
      break;
    case PlanNodeLevel::kPlan: break;
  }
}

}  // namespace

std::string_view ToString(PlanNodeLevel level) {
  switch (level) {
    case PlanNodeLevel::kPlan: return "plan";
    case PlanNodeLevel::kComponent: return "component";
    case PlanNodeLevel::kAspect: return "aspect";
    case PlanNodeLevel::kActivity: return "activity";
    case PlanNodeLevel::kIndicator: return "indicator";
  }
  return "plan";
}

std::string_view ToString(PlanChangeKind kind) {
  switch (kind) {
    case PlanChangeKind::kAdded: return "added";
    case PlanChangeKind::kRemoved: return "removed";
    case PlanChangeKind::kMoved: return "moved";
    case PlanChangeKind::kChanged: return "changed";
  }
  return "changed";
}

std::string_view ToString(NoteComparison n) {
  switch (n) {
    case NoteComparison::kIgnore: return "ignore";
    case NoteComparison::kKinds: return "kinds";
    case NoteComparison::kFull: return "full";
  }
  return "kinds";
}

std::optional<NoteComparison> ParseNoteComparison(std::string_view s) {
  const std::string l = internal::AsciiLower(s);
  if (l == "ignore") return NoteComparison::kIgnore;
  if (l == "kinds") return NoteComparison::kKinds;
  if (l == "full") return NoteComparison::kFull;
  return std::nullopt;
}

size_t PlanDiff::Count(PlanChangeKind kind) const {
  return static_cast<size_t>(std::count_if(changes.begin(), changes.end(),
                                           [kind](const PlanChange& c) { return c.kind == kind; }));
}

PlanDiff DiffPlans(const Plan& a, const Plan& b, const PlanDiffOptions& options) {
  PlanDiff diff;
  Differ differ(options, &diff.changes);
  differ.ComparePlan(a, b);
  const Flat fa = Flatten(a.data());
  const Flat fb = Flatten(b.data());
  const Matching m = Match(fa, fb);
  auto parent_id = [](const Flat& f, size_t l, const Node& n) -> std::string {
    if (l == 0 || n.parent < 0) return "";
    return f.nodes[l - 1][static_cast<size_t>(n.parent)].id;
  };
  for (const auto& [l, j] : fb.order) {
    const Node& nb = fb.nodes[l][static_cast<size_t>(j)];
    const int i = m.b_to_a[l][static_cast<size_t>(j)];
    if (i < 0) {
      PlanChange c;
      c.kind = PlanChangeKind::kAdded;
      c.level = nb.level;
      c.id_b = nb.id;
      c.parent_b = parent_id(fb, l, nb);
      c.text = *nb.text;
      diff.changes.push_back(std::move(c));
      continue;
    }
    const Node& na = fa.nodes[l][static_cast<size_t>(i)];
    // Moved: the parent is not the counterpart of A's parent, or the place among the
    // siblings (the id's last part) differs. A node that follows its moved parent is not
    // listed again.
    bool moved;
    if (l == 0) {
      moved = na.id != nb.id;
    } else {
      const int counterpart = na.parent < 0 ? -1 : m.a_to_b[l - 1][static_cast<size_t>(na.parent)];
      moved = counterpart != nb.parent || LastSegment(na.id) != LastSegment(nb.id);
    }
    if (moved) {
      PlanChange c;
      c.kind = PlanChangeKind::kMoved;
      c.level = nb.level;
      c.id_a = na.id;
      c.id_b = nb.id;
      c.parent_a = parent_id(fa, l, na);
      c.parent_b = parent_id(fb, l, nb);
      c.text = *nb.text;
      diff.changes.push_back(std::move(c));
    }
    CompareNodes(differ, na, nb);
  }
  for (const auto& [l, i] : fa.order) {
    if (m.a_to_b[l][static_cast<size_t>(i)] >= 0) continue;
    const Node& na = fa.nodes[l][static_cast<size_t>(i)];
    PlanChange c;
    c.kind = PlanChangeKind::kRemoved;
    c.level = na.level;
    c.id_a = na.id;
    c.parent_a = parent_id(fa, l, na);
    c.text = *na.text;
    diff.changes.push_back(std::move(c));
  }
  return diff;
}

// ---- for people -----------------------------------------------------------------------

namespace {

std::string_view LevelWord(PlanNodeLevel l) {
  switch (l) {
    case PlanNodeLevel::kPlan: return "rencana";
    case PlanNodeLevel::kComponent: return "komponen";
    case PlanNodeLevel::kAspect: return "aspek";
    case PlanNodeLevel::kActivity: return "kegiatan";
    case PlanNodeLevel::kIndicator: return "indikator";
  }
  return "rencana";
}

std::string_view ParentWord(PlanNodeLevel l) {
  switch (l) {
    case PlanNodeLevel::kAspect: return "komponen";
    case PlanNodeLevel::kActivity: return "aspek";
    case PlanNodeLevel::kIndicator: return "kegiatan";
    default: return "";
  }
}

std::string FieldWord(std::string_view field) {
  static const std::map<std::string_view, std::string_view> kWords = {
      {"name", "nama"},
      {"text", "teks"},
      {"evidence", "bukti fisik"},
      {"schedule", "target waktu"},
      {"target", "target capaian"},
      {"penanggung_jawab", "penanggung jawab"},
      {"weight", "bobot"},
      {"lke_area", "area LKE"},
      {"lke_subarea", "subarea LKE"},
      {"lke_questions", "pertanyaan LKE"},
      {"rrule", "RRULE"},
      {"due_policy", "aturan jatuh tempo"},
      {"code", "kode"},
      {"notes", "catatan"},
      {"source", "sel asli keputusan"},
      {"satker.code", "kode satker"},
      {"satker.name", "nama satker"},
      {"satker.level", "tingkat satker"},
      {"satker.parent", "induk satker"},
      {"satker.time_zone", "zona waktu satker"},
      {"year", "tahun"},
      {"decree.number", "nomor keputusan"},
      {"decree.date", "tanggal keputusan"},
      {"decree.title", "judul keputusan"},
      {"decree.place", "tempat penetapan"},
      {"decree.signed_by", "penanda tangan"},
      {"calendar", "kalender"},
  };
  const auto it = kWords.find(field);
  return std::string(it == kWords.end() ? field : it->second);
}

// A value quoted for one line: line breaks shown as "\n", "(kosong)" when empty; numbers
// of the weight field in Indonesian form (2,5).
std::string Shown(std::string_view field, const std::string& v) {
  if (v.empty()) return "(kosong)";
  if (field == "weight") {
    std::string out = v;
    std::replace(out.begin(), out.end(), '.', ',');
    return out;
  }
  std::string out = "\"";
  for (char c : v) {
    if (c == '\n') {
      out += "\\n";
    } else if (c != '\r') {
      out.push_back(c);
    }
  }
  out += "\"";
  return out;
}

std::string Subject(const PlanChange& c) {
  if (c.level == PlanNodeLevel::kPlan) return "rencana";
  const std::string& id = c.id_b.empty() ? c.id_a : c.id_b;
  return Cat(LevelWord(c.level), " ", id);
}

}  // namespace

std::string FormatPlanDiff(const PlanDiff& diff, std::string_view name_a, std::string_view name_b) {
  std::string out = Cat("Perbandingan rencana aksi: A = ", name_a, ", B = ", name_b, "\n");
  if (diff.empty()) return Cat(out, "Tidak ada perbedaan.\n");
  internal::Append(&out, diff.changes.size(), " perbedaan: ", diff.Count(PlanChangeKind::kRemoved),
                   " dihapus, ", diff.Count(PlanChangeKind::kAdded), " ditambah, ",
                   diff.Count(PlanChangeKind::kMoved), " dipindah, ",
                   diff.Count(PlanChangeKind::kChanged), " diubah\n");
  const std::pair<PlanChangeKind, const char*> kSections[] = {
      {PlanChangeKind::kRemoved, "Dihapus (hanya di A)"},
      {PlanChangeKind::kAdded, "Ditambah (hanya di B)"},
      {PlanChangeKind::kMoved, "Dipindah"},
      {PlanChangeKind::kChanged, "Diubah"},
  };
  for (const auto& [kind, title] : kSections) {
    if (diff.Count(kind) == 0) continue;
    internal::Append(&out, "\n", title, ":\n");
    for (const PlanChange& c : diff.changes) {
      if (c.kind != kind) continue;
      switch (kind) {
        case PlanChangeKind::kRemoved:
        case PlanChangeKind::kAdded: {
          const std::string& parent = kind == PlanChangeKind::kAdded ? c.parent_b : c.parent_a;
          internal::Append(&out, "  ", Subject(c), ": ", Shown("text", c.text));
          if (!parent.empty())
            internal::Append(&out, " (di ", ParentWord(c.level), " ", parent, ")");
          out += "\n";
          break;
        }
        case PlanChangeKind::kMoved:
          internal::Append(&out, "  ", LevelWord(c.level), " ", c.id_a, " -> ", c.id_b);
          if (c.parent_a != c.parent_b && c.level != PlanNodeLevel::kComponent) {
            internal::Append(&out, " (", ParentWord(c.level), " ", c.parent_a, " -> ", c.parent_b,
                             ")");
          }
          internal::Append(&out, ": ", Shown("text", c.text), "\n");
          break;
        case PlanChangeKind::kChanged:
          internal::Append(&out, "  ", Subject(c));
          if (c.level != PlanNodeLevel::kPlan && c.id_a != c.id_b) {
            internal::Append(&out, " (di A ", c.id_a, ")");
          }
          internal::Append(&out, ", ", FieldWord(c.field), ": ", Shown(c.field, c.before), " -> ",
                           Shown(c.field, c.after), "\n");
          break;
      }
    }
  }
  return out;
}

}  // namespace v1
}  // namespace zi
