// The LKE rubric: one version of the Zona Integritas evaluation worksheet (Lembar Kerja
// Evaluasi, PermenPANRB 90/2021 Lampiran III) as data — areas, their pemenuhan and reform
// halves, sub-areas, questions with answer options, ratio items, hasil items and the
// WBK/WBBM predicates. The file format is `zi.lke-rubric/1` (docs/lke-rubric-format.md),
// read by zi/io/lke_rubric_json.hpp.
//
// The node structs are plain data. A Rubric is an immutable, validated, shared snapshot of
// them: copying one copies a pointer, and any number of threads may read it at once. A
// later regulation ships as another file with another id; nothing here is hard-coded to
// PermenPANRB 90/2021 except the embedded default (zi/defaults.hpp).
#ifndef ZI_LKE_RUBRIC_HPP
#define ZI_LKE_RUBRIC_HPP

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace zi {
inline namespace v1 {

// ---- answer types -------------------------------------------------------------------

enum class AnswerKind {
  kChoice,  // one option code: Ya/Tidak, A/B/C, A–D, A–E
  kCount,   // JUMLAH: a whole number >= min; not scored itself, it feeds ratio items
  kNumber,  // a number in [min, max], scored number / divisor (survey indexes 0..4)
};

struct AnswerOption {
  std::string code;  // "A", "Ya"
  std::string text;  // the regulation's explanation; empty in the answer-type table
  double value = 0;  // 0..1
  friend bool operator==(const AnswerOption&, const AnswerOption&) = default;
};

struct AnswerType {
  std::string name;   // "ABCD", "JUMLAH", "SURVEY_0_4"
  std::string label;  // "A/B/C/D"
  AnswerKind kind = AnswerKind::kChoice;
  bool scored = true;                  // false exactly for kCount
  std::vector<AnswerOption> options;   // kChoice only, in printed order (best first)
  double min = 0;                      // kCount and kNumber
  double max = 0;                      // kNumber
  double divisor = 1;                  // kNumber: value = number / divisor
  friend bool operator==(const AnswerType&, const AnswerType&) = default;
};

// Who decides the answer of a question or hasil item (zi.lke-rubric/1 `measured_by`): the
// unit itself (the default), an external survey (IPAK, IPKP), or a result measured by
// others (capaian kinerja). What-if proposes no step on the last two unless asked to.
enum class LkeMeasuredBy {
  kUnit,      // "unit": the unit's own work decides it
  kSurvey,    // "survey": an index from a survey of the unit's users or the public
  kExternal,  // "external": a result measured or decided outside the unit
};

// ---- pengungkit ---------------------------------------------------------------------

struct LkeQuestion {
  std::string id;     // "P.MP.i.a"
  std::string label;  // the printed letter ("a", "-")
  std::string text;
  std::string type;   // an AnswerType name
  std::string heading;  // the line a count is listed under; may be empty
  std::string same_as;  // a count the LKE asks for twice: the id of the first asking
  std::vector<AnswerOption> options;  // choice questions: the type's options with texts
  std::string note;
  LkeMeasuredBy measured_by = LkeMeasuredBy::kUnit;
  friend bool operator==(const LkeQuestion&, const LkeQuestion&) = default;
};

enum class RatioFormula {
  kRatio,      // N / D
  kReduction,  // (D − N) / D: D the earlier count, N the current one
};

// Another reading of a ratio item that a caller may select instead of the default.
struct LkeRatioAlternative {
  std::string id;  // "in_process_plus_completed"
  RatioFormula formula = RatioFormula::kRatio;
  std::vector<std::string> numerator;    // JUMLAH question ids, summed
  std::vector<std::string> denominator;  // JUMLAH question ids, summed
  std::string note;
  friend bool operator==(const LkeRatioAlternative&, const LkeRatioAlternative&) = default;
};

// A scored "%" item computed from counts of its sub-area, clamped to [0, cap].
struct LkeRatio {
  std::string id;  // "R.MP.i.r1"
  std::string label;
  std::string text;
  std::string explanation;
  RatioFormula formula = RatioFormula::kRatio;
  std::vector<std::string> numerator;
  std::vector<std::string> denominator;
  double cap = 1;
  std::vector<LkeRatioAlternative> alternatives;
  std::string note;
  friend bool operator==(const LkeRatio&, const LkeRatio&) = default;
};

// A split sub-area's label (R.PW.iii): only names its parts and bounds their weights.
struct LkeParent {
  std::string id, label, name;
  double weight = 0;
  std::string source, note;
  friend bool operator==(const LkeParent&, const LkeParent&) = default;
};

struct LkeSubarea {
  std::string id;  // "P.MP.i", "R.PW.iii.a"
  std::string label;
  std::string name;
  double weight = 0;
  std::string source;
  std::string note;
  std::string parent;  // "R.PW.iii" for a part of a split sub-area; else empty
  std::vector<LkeQuestion> questions;
  std::vector<LkeRatio> ratios;
  friend bool operator==(const LkeSubarea&, const LkeSubarea&) = default;
};

enum class LkeHalfKind { kPemenuhan, kReform };

struct LkeHalf {
  double weight = 0;
  std::vector<LkeSubarea> subareas;
  std::vector<LkeParent> parents;
  friend bool operator==(const LkeHalf&, const LkeHalf&) = default;
};

struct LkeArea {
  std::string code;  // "MP", "TL", "SDM", "AK", "PW", "PP"
  std::string name;
  double weight = 0;
  std::string source, note;
  LkeHalf pemenuhan;
  LkeHalf reform;
  const LkeHalf& half(LkeHalfKind k) const { return k == LkeHalfKind::kPemenuhan ? pemenuhan : reform; }
  friend bool operator==(const LkeArea&, const LkeArea&) = default;
};

// ---- hasil --------------------------------------------------------------------------

struct HasilGroup {
  std::string id;  // "birokrasi_bersih", "pelayanan_prima"
  std::string label, name;
  double weight = 0;  // the sum of its items' weights
  std::string source, note;
  friend bool operator==(const HasilGroup&, const HasilGroup&) = default;
};

// A hasil item is answered like a question (its id is the answer key): points = weight ×
// value, where value is the choice value or number / divisor.
struct HasilItem {
  std::string id;  // "H.IPAK", "H.CAPAIAN", "H.IPKP"
  std::string label, name;
  std::string group;
  double weight = 0;
  std::string type;  // a choice or number AnswerType
  std::string text, explanation;
  std::vector<AnswerOption> options;
  std::string source, note;
  LkeMeasuredBy measured_by = LkeMeasuredBy::kUnit;
  friend bool operator==(const HasilItem&, const HasilItem&) = default;
};

// ---- predicates ---------------------------------------------------------------------

enum class MeasureKind {
  kTotal,        // pengungkit + hasil, points
  kPengungkit,   // points
  kAreaPercent,  // (pemenuhan + reform) / area weight for EVERY area; min is a fraction
  kHasilGroup,   // a hasil group's points
  kHasilItem,    // a hasil item's points
};

struct LkeCriterion {
  std::string id;       // "wbk.total"
  std::string label;    // Indonesian, as the regulation words it
  std::string measure;  // as written: "total", "hasil_item:H.IPAK", ...
  MeasureKind kind = MeasureKind::kTotal;
  std::string target;   // the group or item id of kHasilGroup / kHasilItem
  double min = 0;       // pass iff value >= min
  std::optional<double> survey_score;  // a survey item's equivalent index (3.60)
  std::string source, note;
  friend bool operator==(const LkeCriterion&, const LkeCriterion&) = default;
};

struct LkePredicate {
  std::string id;    // "wbk", "wbbm"
  std::string name;  // "Wilayah Bebas dari Korupsi"
  std::string requires_prior;  // "wbk" for wbbm: the unit must already hold it; else empty
  std::string source, note;
  std::vector<LkeCriterion> criteria;
  friend bool operator==(const LkePredicate&, const LkePredicate&) = default;
};

// How a ratio item with denominator D = 0 is scored. N > 0 over D = 0 is an input error
// under every policy.
enum class ZeroDenominatorPolicy {
  kZeroOverZeroIsOne,         // "nothing to do and nothing left undone" = 100% (default)
  kZeroOverZeroIsZero,        // 0
  kZeroOverZeroIsUnanswered,  // counts 0 and is reported as unanswered
};

// ---- the whole rubric -----------------------------------------------------------------

struct Regulation {
  std::string name;        // "PermenPANRB Nomor 90 Tahun 2021"
  std::string amended_by;  // may be empty
  int year = 0;
  friend bool operator==(const Regulation&, const Regulation&) = default;
};

// Everything a rubric holds, as plain data. Build one (or read one), then Rubric::Create.
struct RubricData {
  std::string id;  // "permenpanrb-90-2021"
  int revision = 1;
  std::string title, source;
  Regulation regulation;
  std::vector<AnswerType> answer_types;
  ZeroDenominatorPolicy zero_denominator = ZeroDenominatorPolicy::kZeroOverZeroIsOne;
  std::vector<ZeroDenominatorPolicy> zero_denominator_allowed;  // empty = all
  std::optional<double> total_weight;  // when given, must equal pengungkit + hasil
  double pengungkit_weight = 0;
  std::vector<LkeArea> areas;
  double hasil_weight = 0;
  std::vector<HasilGroup> hasil_groups;
  std::vector<HasilItem> hasil_items;
  std::vector<LkePredicate> predicates;
  friend bool operator==(const RubricData&, const RubricData&) = default;
};

// Borrowed views into a Rubric, valid while any copy of it is alive.
struct LkeSubareaRef {
  const LkeArea* area = nullptr;
  LkeHalfKind half = LkeHalfKind::kPemenuhan;
  const LkeSubarea* subarea = nullptr;
};
struct LkeQuestionRef {
  const LkeArea* area = nullptr;
  LkeHalfKind half = LkeHalfKind::kPemenuhan;
  const LkeSubarea* subarea = nullptr;
  const LkeQuestion* question = nullptr;
  const AnswerType* type = nullptr;
};

class Rubric {
 public:
  // Validates the data (unique ids, every reference resolves, weights finite and >= 0,
  // sub-area/half/area/group sums consistent, options matching their types, criteria
  // measures resolvable) and wraps it. Errors are InvalidArgument naming the JSON pointer
  // of the offending node in the zi.lke-rubric/1 form and its id.
  static absl::StatusOr<Rubric> Create(RubricData data);

  const RubricData& data() const;
  const std::string& id() const { return data().id; }
  int revision() const { return data().revision; }
  const Regulation& regulation() const { return data().regulation; }
  const std::vector<LkeArea>& areas() const { return data().areas; }
  const std::vector<HasilGroup>& hasil_groups() const { return data().hasil_groups; }
  const std::vector<HasilItem>& hasil_items() const { return data().hasil_items; }
  const std::vector<LkePredicate>& predicates() const { return data().predicates; }

  // Worksheet order: the pemenuhan sub-areas of every area, then the reform ones.
  std::span<const LkeSubareaRef> subareas() const;
  // Every pengungkit question (JUMLAH counts included) in worksheet order.
  std::span<const LkeQuestionRef> questions() const;

  // nullptr when absent.
  const LkeArea* FindArea(std::string_view code) const;
  const LkeSubareaRef* FindSubarea(std::string_view id) const;
  const LkeQuestionRef* FindQuestion(std::string_view id) const;
  const LkeRatio* FindRatio(std::string_view id) const;
  const HasilGroup* FindHasilGroup(std::string_view id) const;
  const HasilItem* FindHasilItem(std::string_view id) const;
  const LkePredicate* FindPredicate(std::string_view id) const;
  const AnswerType* FindAnswerType(std::string_view name) const;
  // The type of anything an answer set may answer (a question or a hasil item).
  const AnswerType* AnswerTypeOf(std::string_view id) const;
  // Who decides the answer of a question or hasil item; nullopt for an unknown id.
  std::optional<LkeMeasuredBy> MeasuredBy(std::string_view id) const;

  friend bool operator==(const Rubric& a, const Rubric& b) { return a.data() == b.data(); }

 private:
  struct Impl;  // src/lke/rubric.cpp
  // The library's door to what it builds beside the data (src/internal/lke_internal.hpp).
  friend struct RubricInternals;
  explicit Rubric(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

std::string_view ToString(AnswerKind k);             // "choice" | "count" | "number"
std::string_view ToString(RatioFormula f);           // "ratio" | "reduction"
std::string_view ToString(LkeHalfKind h);            // "pemenuhan" | "reform"
std::string_view ToString(ZeroDenominatorPolicy p);  // "zero_over_zero_is_one" | ...
std::optional<ZeroDenominatorPolicy> ParseZeroDenominatorPolicy(std::string_view s);
std::string_view ToString(LkeMeasuredBy m);          // "unit" | "survey" | "external"
std::optional<LkeMeasuredBy> ParseLkeMeasuredBy(std::string_view s);

}  // namespace v1
}  // namespace zi

#endif  // ZI_LKE_RUBRIC_HPP
