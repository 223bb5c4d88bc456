#include "internal/plan_json_direct.hpp"

#include <boost/json.hpp>
#include <boost/json/basic_parser_impl.hpp>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "zi/io/plan_json.hpp"

namespace zi::internal {
namespace {

namespace json = boost::json;
using boost::system::error_code;

// The objects and arrays of the format (docs/plan-format.md), by what they hold.
enum class Obj : uint8_t {
  kRoot, kSatker, kDecree, kDuePolicy, kNote, kSource, kComponent, kAspect, kActivity, kIndicator
};
enum class Arr : uint8_t { kNotes, kComponents, kAspects, kActivities, kIndicators, kQuestions };

// Each object's fields, numbered by their bit in Frame::seen.
namespace root { enum { kSchema, kFormat, kSatker, kYear, kDecree, kCalendar, kDuePolicy, kNotes, kComponents }; }
namespace satker { enum { kCode, kName, kLevel, kParent, kTimeZone }; }
namespace decree { enum { kNumber, kDate, kTitle, kPlace, kSignedBy }; }
namespace due { enum { kOffset, kN, kDay, kConvention }; }
namespace note { enum { kField, kKind, kText }; }
namespace comp { enum { kId, kCode, kName, kWeight, kLkeArea, kNotes, kSource, kAspects }; }
namespace asp { enum { kId, kCode, kName, kWeight, kLkeSubarea, kNotes, kSource, kActivities }; }
namespace act { enum { kId, kCode, kText, kResponsible, kNotes, kSource, kIndicators }; }
namespace ind {
enum {
  kId, kCode, kText, kEvidence, kSchedule, kTarget, kResponsible, kRrule, kWeight, kDuePolicy,
  kQuestions, kNotes, kSource
};
}

template <size_t N>
int Find(const std::string_view (&names)[N], std::string_view key) {
  for (size_t i = 0; i < N; ++i) {
    if (names[i] == key) return static_cast<int>(i);
  }
  return -1;
}

// The field `key` names in an object of kind `o`, or -1 (the checked reader's field names).
int FieldOf(Obj o, std::string_view key) {
  static constexpr std::string_view kRoot[] = {"$schema", "format", "satker", "year", "decree",
                                               "calendar", "due_policy", "notes", "components"};
  static constexpr std::string_view kSatker[] = {"code", "name", "level", "parent", "time_zone"};
  static constexpr std::string_view kDecree[] = {"number", "date", "title", "place", "signed_by"};
  static constexpr std::string_view kDue[] = {"offset", "n", "day", "convention"};
  static constexpr std::string_view kNote[] = {"field", "kind", "text"};
  static constexpr std::string_view kSource[] = {"no", "komponen", "aspek", "kegiatan", "indikator",
                                                 "bukti_fisik", "target_waktu", "target_capaian"};
  static constexpr std::string_view kComp[] = {"id", "code", "name", "weight", "lke_area",
                                               "notes", "source", "aspects"};
  static constexpr std::string_view kAsp[] = {"id", "code", "name", "weight", "lke_subarea",
                                              "notes", "source", "activities"};
  static constexpr std::string_view kAct[] = {"id", "code", "text", "penanggung_jawab",
                                              "notes", "source", "indicators"};
  static constexpr std::string_view kInd[] = {
      "id",     "code",   "text",       "evidence",      "schedule", "target", "penanggung_jawab",
      "rrule",  "weight", "due_policy", "lke_questions", "notes",    "source"};
  switch (o) {
    case Obj::kRoot: return Find(kRoot, key);
    case Obj::kSatker: return Find(kSatker, key);
    case Obj::kDecree: return Find(kDecree, key);
    case Obj::kDuePolicy: return Find(kDue, key);
    case Obj::kNote: return Find(kNote, key);
    case Obj::kSource: return Find(kSource, key);
    case Obj::kComponent: return Find(kComp, key);
    case Obj::kAspect: return Find(kAsp, key);
    case Obj::kActivity: return Find(kAct, key);
    case Obj::kIndicator: return Find(kInd, key);
  }
  return -1;
}

// The fields an object must have (the checked reader's Required* fields).
uint32_t RequiredOf(Obj o) {
  const auto bits = [](std::initializer_list<int> f) {
    uint32_t b = 0;
    for (int i : f) b |= 1u << i;
    return b;
  };
  switch (o) {
    case Obj::kRoot: return bits({root::kFormat, root::kSatker, root::kYear, root::kComponents});
    case Obj::kSatker: return bits({satker::kCode, satker::kName, satker::kLevel, satker::kTimeZone});
    case Obj::kDuePolicy: return bits({due::kOffset});
    case Obj::kNote: return bits({note::kField, note::kKind, note::kText});
    case Obj::kComponent: return bits({comp::kName, comp::kAspects});
    case Obj::kAspect: return bits({asp::kName, asp::kActivities});
    case Obj::kActivity: return bits({act::kText, act::kIndicators});
    case Obj::kIndicator: return bits({ind::kText});
    case Obj::kDecree:
    case Obj::kSource: return 0;
  }
  return 0;
}

struct Frame {
  bool array = false;
  Obj obj = Obj::kRoot;
  Arr arr = Arr::kNotes;
  uint32_t seen = 0;
  int field = -1;        // an object's field whose value comes next
  void* node = nullptr;  // what is being filled: the struct of `obj`, or the vector of `arr`
  int64_t n = -1, day = -1;  // a due policy's numbers, checked against its offset at its end
};

// Builds PlanData from the parser's events; any event it does not expect gives up (returns
// false with gave_up set), which stops the parser.
class DirectHandler {
 public:
  static constexpr size_t max_object_size = json::object::max_size();
  static constexpr size_t max_array_size = json::array::max_size();
  static constexpr size_t max_key_size = json::string::max_size();
  static constexpr size_t max_string_size = json::string::max_size();

  PlanData& data() { return data_; }
  bool done() const { return done_; }

  bool on_document_begin(error_code&) { return true; }
  bool on_document_end(error_code&) { return true; }

  bool on_object_begin(error_code&) {
    if (stack_.empty()) {
      if (done_) return false;
      return Push(Frame{false, Obj::kRoot, Arr::kNotes, 0, -1, &data_});
    }
    Frame& top = stack_.back();
    if (top.array) {
      switch (top.arr) {
        case Arr::kNotes: return PushNode(Obj::kNote, &Vec<Note>(top).emplace_back());
        case Arr::kComponents: return PushNode(Obj::kComponent, &Vec<Component>(top).emplace_back());
        case Arr::kAspects: return PushNode(Obj::kAspect, &Vec<Aspect>(top).emplace_back());
        case Arr::kActivities: return PushNode(Obj::kActivity, &Vec<Activity>(top).emplace_back());
        case Arr::kIndicators: return PushNode(Obj::kIndicator, &Vec<Indicator>(top).emplace_back());
        case Arr::kQuestions: return false;
      }
      return false;
    }
    const int f = top.field;
    switch (top.obj) {
      case Obj::kRoot:
        if (f == root::kSatker) return PushNode(Obj::kSatker, &data_.satker);
        if (f == root::kDecree) return PushNode(Obj::kDecree, &data_.decree);
        if (f == root::kDuePolicy) return PushNode(Obj::kDuePolicy, &data_.due_policy);
        return false;
      case Obj::kComponent:
        return f == comp::kSource && PushSource(&Node<Component>(top).source);
      case Obj::kAspect: return f == asp::kSource && PushSource(&Node<Aspect>(top).source);
      case Obj::kActivity: return f == act::kSource && PushSource(&Node<Activity>(top).source);
      case Obj::kIndicator: {
        Indicator& i = Node<Indicator>(top);
        if (f == ind::kSource) return PushSource(&i.source);
        if (f == ind::kDuePolicy) return PushNode(Obj::kDuePolicy, &i.due_policy.emplace());
        return false;
      }
      default: return false;
    }
  }

  bool on_object_end(size_t, error_code&) {
    Frame& top = stack_.back();
    const uint32_t required = RequiredOf(top.obj);
    if ((top.seen & required) != required) return false;
    if (top.obj == Obj::kDuePolicy && !EndDuePolicy(top)) return false;
    if (top.obj == Obj::kSource) *static_cast<SourceBox*>(top.node) = std::move(cells_);
    stack_.pop_back();
    if (stack_.empty()) {
      done_ = true;
    } else {
      stack_.back().field = -1;
    }
    return true;
  }

  bool on_array_begin(error_code&) {
    if (stack_.empty() || stack_.back().array) return false;
    Frame& top = stack_.back();
    const int f = top.field;
    switch (top.obj) {
      case Obj::kRoot:
        if (f == root::kNotes) return PushArray(Arr::kNotes, &data_.notes);
        if (f == root::kComponents) return PushArray(Arr::kComponents, &data_.components);
        return false;
      case Obj::kComponent: {
        Component& c = Node<Component>(top);
        if (f == comp::kNotes) return PushArray(Arr::kNotes, &c.notes);
        if (f == comp::kAspects) return PushArray(Arr::kAspects, &c.aspects);
        return false;
      }
      case Obj::kAspect: {
        Aspect& a = Node<Aspect>(top);
        if (f == asp::kNotes) return PushArray(Arr::kNotes, &a.notes);
        if (f == asp::kActivities) return PushArray(Arr::kActivities, &a.activities);
        return false;
      }
      case Obj::kActivity: {
        Activity& a = Node<Activity>(top);
        if (f == act::kNotes) return PushArray(Arr::kNotes, &a.notes);
        if (f == act::kIndicators) return PushArray(Arr::kIndicators, &a.indicators);
        return false;
      }
      case Obj::kIndicator: {
        Indicator& i = Node<Indicator>(top);
        if (f == ind::kNotes) return PushArray(Arr::kNotes, &i.notes);
        if (f == ind::kQuestions) return PushArray(Arr::kQuestions, &i.lke_questions);
        return false;
      }
      default: return false;
    }
  }

  bool on_array_end(size_t, error_code&) {
    stack_.pop_back();
    stack_.back().field = -1;
    return true;
  }

  bool on_key_part(json::string_view s, size_t, error_code&) {
    part_.append(s.data(), s.size());
    return true;
  }
  bool on_key(json::string_view s, size_t, error_code&) {
    const std::string_view key = Whole(s);
    Frame& top = stack_.back();
    const int f = FieldOf(top.obj, key);
    part_.clear();
    if (f < 0 || (top.seen & (1u << f)) != 0) return false;
    top.seen |= 1u << f;
    top.field = f;
    return true;
  }

  bool on_string_part(json::string_view s, size_t, error_code&) {
    part_.append(s.data(), s.size());
    return true;
  }
  bool on_string(json::string_view s, size_t, error_code&) {
    const std::string_view text = Whole(s);
    const bool ok = text.find('\0') == std::string_view::npos && String(text);
    part_.clear();
    return ok && Consumed();
  }

  bool on_number_part(json::string_view, error_code&) { return true; }
  bool on_int64(int64_t v, json::string_view, error_code&) {
    return Number(static_cast<double>(v), v) && Consumed();
  }
  bool on_uint64(uint64_t v, json::string_view, error_code&) {
    // Beyond int64: only a weight takes it (as a double), as the checked reader does.
    return Number(static_cast<double>(v), -1, /*integer=*/false) && Consumed();
  }
  bool on_double(double v, json::string_view, error_code&) {
    return std::isfinite(v) && Number(v, -1, /*integer=*/false) && Consumed();
  }
  bool on_bool(bool, error_code&) { return false; }
  bool on_null(error_code&) { return false; }
  bool on_comment_part(json::string_view, error_code&) { return false; }
  bool on_comment(json::string_view, error_code&) { return false; }

 private:
  template <typename T>
  static T& Node(const Frame& f) {
    return *static_cast<T*>(f.node);
  }
  template <typename T>
  static std::vector<T>& Vec(const Frame& f) {
    return *static_cast<std::vector<T>*>(f.node);
  }

  bool Push(Frame f) {
    stack_.push_back(f);
    return true;
  }
  bool PushNode(Obj o, void* node) { return Push(Frame{false, o, Arr::kNotes, 0, -1, node}); }
  bool PushArray(Arr a, void* vec) { return Push(Frame{true, Obj::kRoot, a, 0, -1, vec}); }
  bool PushSource(SourceBox* box) {
    cells_ = SourceCells{};
    return PushNode(Obj::kSource, box);
  }

  std::string_view Whole(json::string_view s) {
    if (part_.empty()) return std::string_view(s.data(), s.size());
    part_.append(s.data(), s.size());
    return part_;
  }

  // A scalar value ends its object field (an array element keeps the array's frame).
  bool Consumed() {
    if (!stack_.empty() && !stack_.back().array) stack_.back().field = -1;
    return true;
  }

  bool String(std::string_view s) {
    if (stack_.empty()) return false;
    Frame& top = stack_.back();
    if (top.array) {
      if (top.arr != Arr::kQuestions) return false;
      Vec<std::string>(top).emplace_back(s);
      return true;
    }
    const int f = top.field;
    switch (top.obj) {
      case Obj::kRoot:
        if (f == root::kSchema) return true;
        if (f == root::kFormat) return s == kPlanFormat;
        if (f == root::kCalendar) return Set(data_.calendar, s);
        return false;
      case Obj::kSatker: {
        Satker& x = Node<Satker>(top);
        switch (f) {
          case satker::kCode: return Set(x.code, s);
          case satker::kName: return Set(x.name, s);
          case satker::kParent: return Set(x.parent, s);
          case satker::kLevel: return Parsed(x.level, ParseSatkerLevel(s));
          case satker::kTimeZone: return Parsed(x.time_zone, ParseTimeZone(s));
        }
        return false;
      }
      case Obj::kDecree: {
        Decree& x = Node<Decree>(top);
        switch (f) {
          case decree::kNumber: return Set(x.number, s);
          case decree::kTitle: return Set(x.title, s);
          case decree::kPlace: return Set(x.place, s);
          case decree::kSignedBy: return Set(x.signed_by, s);
          case decree::kDate: {
            absl::StatusOr<Date> d = ParseIsoDate(s);
            if (!d.ok()) return false;
            x.date = *d;
            return true;
          }
        }
        return false;
      }
      case Obj::kDuePolicy: {
        DuePolicy& x = Node<DuePolicy>(top);
        if (f == due::kOffset) return Parsed(x.offset, ParseDueOffset(s));
        if (f == due::kConvention) return Parsed(x.convention, ParseConvention(s));
        return false;
      }
      case Obj::kNote: {
        Note& x = Node<Note>(top);
        if (f == note::kField) return Set(x.field, s);
        if (f == note::kKind) return Parsed(x.kind, ParseNoteKind(s));
        if (f == note::kText) return Set(x.text, s);
        return false;
      }
      case Obj::kSource: {
        std::optional<std::string>* cells[] = {
            &cells_.no,        &cells_.komponen,    &cells_.aspek,        &cells_.kegiatan,
            &cells_.indikator, &cells_.bukti_fisik, &cells_.target_waktu, &cells_.target_capaian};
        if (f < 0 || f >= 8) return false;
        cells[f]->emplace(s);
        return true;
      }
      case Obj::kComponent: {
        Component& x = Node<Component>(top);
        switch (f) {
          case comp::kId: return Set(x.id, s);
          case comp::kCode: return Set(x.code, s);
          case comp::kName: return Set(x.name, s);
          case comp::kLkeArea: return Set(x.lke_area, s);
        }
        return false;
      }
      case Obj::kAspect: {
        Aspect& x = Node<Aspect>(top);
        switch (f) {
          case asp::kId: return Set(x.id, s);
          case asp::kCode: return Set(x.code, s);
          case asp::kName: return Set(x.name, s);
          case asp::kLkeSubarea: return Set(x.lke_subarea, s);
        }
        return false;
      }
      case Obj::kActivity: {
        Activity& x = Node<Activity>(top);
        switch (f) {
          case act::kId: return Set(x.id, s);
          case act::kCode: return Set(x.code, s);
          case act::kText: return Set(x.text, s);
          case act::kResponsible: return Set(x.responsible, s);
        }
        return false;
      }
      case Obj::kIndicator: {
        Indicator& x = Node<Indicator>(top);
        switch (f) {
          case ind::kId: return Set(x.id, s);
          case ind::kCode: return Set(x.code, s);
          case ind::kText: return Set(x.text, s);
          case ind::kEvidence: return Set(x.evidence, s);
          case ind::kSchedule: return Set(x.schedule, s);
          case ind::kTarget: return Set(x.target, s);
          case ind::kResponsible: return Set(x.responsible, s);
          case ind::kRrule: x.rrule.emplace(s); return true;
        }
        return false;
      }
    }
    return false;
  }

  // `integer`: v is the value of a JSON integer that fits int64 (as `i`).
  bool Number(double v, int64_t i, bool integer = true) {
    if (stack_.empty() || stack_.back().array) return false;
    Frame& top = stack_.back();
    const int f = top.field;
    switch (top.obj) {
      case Obj::kRoot:
        if (f != root::kYear || !integer || i < 2000 || i > 2100) return false;
        data_.year = static_cast<int>(i);
        return true;
      case Obj::kDuePolicy:
        if (!integer) return false;
        if (f == due::kN) return (top.n = i) >= 0 && i <= 366;
        if (f == due::kDay) return (top.day = i) >= 1 && i <= 31;
        return false;
      case Obj::kComponent:
        return f == comp::kWeight && Set(Node<Component>(top).weight, v);
      case Obj::kAspect: return f == asp::kWeight && Set(Node<Aspect>(top).weight, v);
      case Obj::kIndicator: return f == ind::kWeight && Set(Node<Indicator>(top).weight, v);
      default: return false;
    }
  }

  // The checked reader reads n for working or calendar days and day for day_of_next_month,
  // and refuses the one it did not read.
  static bool EndDuePolicy(const Frame& f) {
    DuePolicy& p = Node<DuePolicy>(f);
    const bool has_n = (f.seen & (1u << due::kN)) != 0;
    const bool has_day = (f.seen & (1u << due::kDay)) != 0;
    const bool wants_n = p.offset == DueOffset::kWorkingDays || p.offset == DueOffset::kCalendarDays;
    const bool wants_day = p.offset == DueOffset::kDayOfNextMonth;
    if (has_n != wants_n || has_day != wants_day) return false;
    if (wants_n) p.n = static_cast<int>(f.n);
    if (wants_day) p.day = static_cast<int>(f.day);
    return true;
  }

  static bool Set(std::string& to, std::string_view s) {
    to.assign(s);
    return true;
  }
  static bool Set(double& to, double v) {
    to = v;
    return true;
  }
  template <typename T>
  static bool Parsed(T& to, std::optional<T> v) {
    if (!v) return false;
    to = *v;
    return true;
  }

  PlanData data_;
  std::vector<Frame> stack_;
  std::string part_;   // a key or string given in parts
  SourceCells cells_;  // the source object being read (they do not nest)
  bool done_ = false;
};

}  // namespace

std::optional<PlanData> ReadPlanDataDirect(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // as ParseJson
  if (text.empty()) return std::nullopt;
  json::parse_options opts;
  opts.max_depth = 64;
  json::basic_parser<DirectHandler> parser(opts);
  error_code ec;
  const size_t consumed = parser.write_some(false, text.data(), text.size(), ec);
  if (ec || consumed != text.size() || !parser.handler().done()) return std::nullopt;
  return std::move(parser.handler().data());
}

}  // namespace zi::internal
