// Target phrases (target capaian; docs/schedules.md, "Target phrases"): "4 (empat) Laporan",
// "2 Kegiatan", "satu Dokumen" → a count and a unit, with the digits cross-checked against
// the words.
#ifndef ZI_TARGET_HPP
#define ZI_TARGET_HPP

#include <optional>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace zi {
inline namespace v1 {

// How the count of a target was obtained. A percentage ("100%", "100 persen") is not a
// count of deliverables and a bare unit ("Dokumen") has none: both are read as 1 per
// occurrence, and the lint says so (target_percentage, target_count_missing).
enum class TargetBasis { kCount, kPercentage, kCountMissing };

struct Target {
  int count = 0;
  std::string unit;      // kept as written: "Laporan", "Kegiatan", "%", "persen", ...
  bool has_digits = false;
  bool has_words = false;
  TargetBasis basis = TargetBasis::kCount;
  friend bool operator==(const Target&, const Target&) = default;
};

// Parses a target phrase. Errors (InvalidArgument) name the phrase and the offending
// part: an empty phrase, a number word outside 1..100, digits that disagree with the
// words ("4 (tiga) Laporan"), a missing unit. A percentage or a bare unit parses, with
// count 1 and its `basis` saying why (docs/schedules.md, "Target phrases").
absl::StatusOr<Target> ParseTarget(std::string_view phrase);

// Indonesian number words 1..100: "satu", "sebelas", "dua belas", "dua puluh tiga",
// "seratus", also written "se-belas"/"se puluh". nullopt when not a number in range.
std::optional<int> ParseNumberWords(std::string_view words);

}  // namespace v1
}  // namespace zi

#endif  // ZI_TARGET_HPP
