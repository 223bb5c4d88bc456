// What differs between two plans: nodes added, removed or moved, and every changed value
// (texts, bukti fisik, schedules, targets, weights, LKE mappings, the satker, year, decree
// and calendar). For year-over-year comparison and for checking an import against a plan
// known to be right. Matching and output rules: docs/plan-diff.md.
#ifndef ZI_PLAN_DIFF_HPP
#define ZI_PLAN_DIFF_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zi/plan/plan.hpp"

namespace zi {
inline namespace v1 {

enum class PlanNodeLevel : uint8_t { kPlan, kComponent, kAspect, kActivity, kIndicator };
enum class PlanChangeKind : uint8_t {
  kAdded,    // only in B
  kRemoved,  // only in A
  kMoved,    // in both, under another parent or at another place (another id)
  kChanged,  // in both, a value differs (one change per field)
};

// "plan" | "component" | "aspect" | "activity" | "indicator"
std::string_view ToString(PlanNodeLevel level);
// "added" | "removed" | "moved" | "changed"
std::string_view ToString(PlanChangeKind kind);

struct PlanChange {
  PlanChangeKind kind = PlanChangeKind::kChanged;
  PlanNodeLevel level = PlanNodeLevel::kPlan;
  std::string id_a;      // the node's id in A; empty when added (and for the plan)
  std::string id_b;      // the node's id in B; empty when removed (and for the plan)
  std::string parent_a;  // kMoved: the parent's id in A and in B ("" for a komponen)
  std::string parent_b;
  std::string text;    // the node's name or text (B's when it has one, else A's)
  std::string field;   // kChanged: "text", "evidence", "satker.code", ... (docs/plan-diff.md)
  std::string before;  // kChanged: A's value as text ("" when absent)
  std::string after;   // kChanged: B's value as text
  friend bool operator==(const PlanChange&, const PlanChange&) = default;
};

// How notes (and the decree's cells kept with damaged rows) are compared.
enum class NoteComparison : uint8_t {
  kIgnore,  // not compared
  kKinds,   // the same (field, kind) pairs on each node; the wording may differ
  kFull,    // field, kind and text
};

std::string_view ToString(NoteComparison n);  // "ignore" | "kinds" | "full"
std::optional<NoteComparison> ParseNoteComparison(std::string_view s);

struct PlanDiffOptions {
  NoteComparison notes = NoteComparison::kKinds;
  bool source_cells = false;  // also compare each node's SourceCells
};

struct PlanDiff {
  // Plan-level changes first (satker, year, decree, calendar, due policy, notes), then
  // the nodes in B's document order (added, moved, changed), then the removed nodes in
  // A's document order.
  std::vector<PlanChange> changes;
  bool empty() const { return changes.empty(); }
  size_t Count(PlanChangeKind kind) const;
};

PlanDiff DiffPlans(const Plan& a, const Plan& b, const PlanDiffOptions& options = {});

// For people, in Indonesian: a count line, then the changes grouped as Dihapus, Ditambah,
// Dipindah, Diubah; "Tidak ada perbedaan." when empty. `name_a` / `name_b` label the
// plans (file names).
std::string FormatPlanDiff(const PlanDiff& diff, std::string_view name_a, std::string_view name_b);

}  // namespace v1
}  // namespace zi

#endif  // ZI_PLAN_DIFF_HPP
