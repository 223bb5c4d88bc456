// The plan model: one satker's Rencana Aksi for one year.
//
// The tree is komponen → aspek → kegiatan → indikator, as in the decree's annex. The
// node structs are plain data; a Plan is an immutable, shared snapshot of them: copying
// a Plan copies a pointer, and any number of threads may read one concurrently.
#ifndef ZI_PLAN_HPP
#define ZI_PLAN_HPP

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "zi/base/date.hpp"
#include "zi/deadline/due_policy.hpp"
#include "zi/plan/satker.hpp"

namespace zi {
inline namespace v1 {

// Why a value differs from, or is missing in, the decree (docs/default-plan.md, "How the
// damaged annex was resolved").
enum class NoteKind {
  kResolved,  // moved or joined from damaged cells
  kInferred,  // absent in the decree; chosen from the LKE structure
  kDefect,    // kept as written but known to be wrong or missing
};

struct Note {
  std::string field;
  NoteKind kind = NoteKind::kResolved;
  std::string text;
  friend bool operator==(const Note&, const Note&) = default;
};

// The decree's cells of a damaged row, exactly as the converted annex has them.
struct SourceCells {
  std::optional<std::string> no, komponen, aspek, kegiatan, indikator, bukti_fisik,
      target_waktu, target_capaian;
  bool empty() const {
    return !no && !komponen && !aspek && !kegiatan && !indikator && !bukti_fisik &&
           !target_waktu && !target_capaian;
  }
  friend bool operator==(const SourceCells&, const SourceCells&) = default;
};

// A node's SourceCells, kept behind a shared pointer: only damaged rows have any (a few
// per plan), and eight empty optional strings in every node cost ~300 bytes each, which
// adds up to gigabytes in a portfolio of 100,000 plans. It reads like a const
// SourceCells (an absent one reads as empty); the cells are immutable once stored, so
// copies share them.
class SourceBox {
 public:
  SourceBox() = default;
  // Implicit, so that `node.source = cells;` reads naturally. Empty cells store nothing.
  SourceBox(SourceCells cells)  // NOLINT(google-explicit-constructor)
      : cells_(cells.empty() ? nullptr
                             : std::make_shared<const SourceCells>(std::move(cells))) {}

  const SourceCells& operator*() const { return cells_ ? *cells_ : Empty(); }
  const SourceCells* operator->() const { return &**this; }
  operator const SourceCells&() const { return **this; }  // NOLINT
  bool empty() const { return cells_ == nullptr; }

  friend bool operator==(const SourceBox& a, const SourceBox& b) { return *a == *b; }

 private:
  static const SourceCells& Empty() {
    static const SourceCells empty;
    return empty;
  }
  std::shared_ptr<const SourceCells> cells_;
};

struct Indicator {
  std::string id;        // "C.A.K.I"
  std::string code;      // optional short code
  std::string text;      // indikator
  std::string evidence;  // bukti fisik
  std::string schedule;  // target waktu pelaksanaan, as written
  std::string target;    // target capaian, as written
  // penanggung jawab: the person or unit responsible, as written; empty means the
  // kegiatan's (IndicatorRef::responsible() applies that rule).
  std::string responsible;
  std::optional<std::string> rrule;  // explicit RFC 5545 RRULE subset
  double weight = 1.0;
  std::optional<DuePolicy> due_policy;  // overrides the plan default
  std::vector<std::string> lke_questions;
  std::vector<Note> notes;
  SourceBox source;
  friend bool operator==(const Indicator&, const Indicator&) = default;
};

struct Activity {
  std::string id;  // "C.A.K"
  std::string code;
  std::string text;  // kegiatan/aksi
  // penanggung jawab: the person or unit responsible, as written; optional
  std::string responsible;
  std::vector<Note> notes;
  SourceBox source;
  std::vector<Indicator> indicators;
  friend bool operator==(const Activity&, const Activity&) = default;
};

struct Aspect {
  std::string id;  // "C.A"
  std::string code;
  std::string name;  // aspek pemenuhan
  double weight = 1.0;
  std::string lke_subarea;  // e.g. "P.MP.ii"; empty when unmapped
  std::vector<Note> notes;
  SourceBox source;
  std::vector<Activity> activities;
  friend bool operator==(const Aspect&, const Aspect&) = default;
};

struct Component {
  std::string id;  // "C"
  std::string code;
  std::string name;  // komponen pengungkit
  double weight = 1.0;
  std::string lke_area;  // MP, TL, SDM, AK, PW, PP; empty when unmapped
  std::vector<Note> notes;
  SourceBox source;
  std::vector<Aspect> aspects;
  friend bool operator==(const Component&, const Component&) = default;
};

struct Decree {
  std::string number;  // "6 Tahun 2026"
  std::optional<Date> date;
  std::string title;
  std::string place;
  std::string signed_by;
  friend bool operator==(const Decree&, const Decree&) = default;
};

// Everything a plan holds, as plain data. Build one, then wrap it in a Plan.
struct PlanData {
  Satker satker;
  int year = 0;
  Decree decree;
  std::string calendar;  // calendar name; empty means "ID-<year>"
  DuePolicy due_policy;  // the plan's default
  std::vector<Note> notes;
  std::vector<Component> components;
  friend bool operator==(const PlanData&, const PlanData&) = default;
};

// A borrowed view of one indicator with its ancestors. Valid while any copy of the
// Plan it came from is alive.
struct IndicatorRef {
  const Component* component = nullptr;
  const Aspect* aspect = nullptr;
  const Activity* activity = nullptr;
  const Indicator* indicator = nullptr;
  // The penanggung jawab who acts on the indicator: its own when set, else its kegiatan's
  // (empty when neither has one).
  const std::string& responsible() const {
    return indicator->responsible.empty() ? activity->responsible : indicator->responsible;
  }
};

class Plan {
 public:
  // Wraps the data. Missing ids are filled in from each node's position (1-based
  // dotted paths); nothing else is changed. Semantic checks are ValidatePlan's job.
  explicit Plan(PlanData data);

  const PlanData& data() const { return *impl_->data; }
  const Satker& satker() const { return data().satker; }
  int year() const { return data().year; }
  const std::vector<Component>& components() const { return data().components; }
  // The calendar name, defaulted to "ID-<year>".
  std::string calendar_name() const;

  // Every indicator in document order.
  std::span<const IndicatorRef> indicators() const { return impl_->indicators; }
  size_t aspect_count() const { return impl_->aspect_count; }
  size_t activity_count() const { return impl_->activity_count; }
  // nullptr when no indicator has that id (the first one wins on duplicates).
  const IndicatorRef* FindIndicator(std::string_view id) const;
  // The due policy that applies to an indicator: its own, else the plan default.
  const DuePolicy& EffectiveDuePolicy(const Indicator& indicator) const;

  friend bool operator==(const Plan& a, const Plan& b) { return a.data() == b.data(); }

 private:
  struct Impl {
    std::unique_ptr<const PlanData> data;
    std::vector<IndicatorRef> indicators;
    size_t aspect_count = 0;
    size_t activity_count = 0;
  };
  std::shared_ptr<const Impl> impl_;
};

std::string_view ToString(NoteKind kind);  // "resolved" | "inferred" | "defect"
std::optional<NoteKind> ParseNoteKind(std::string_view s);

}  // namespace v1
}  // namespace zi

#endif  // ZI_PLAN_HPP
