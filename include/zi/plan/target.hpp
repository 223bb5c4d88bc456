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

struct Target {
  int count = 0;
  std::string unit;      // kept as written: "Laporan", "Kegiatan", ...
  bool has_digits = false;
  bool has_words = false;
  friend bool operator==(const Target&, const Target&) = default;
};

// Parses a target phrase. Errors (InvalidArgument) name the phrase and the offending
// part: an empty phrase, a number word outside 1..100, digits that disagree with the
// words ("4 (tiga) Laporan"), a missing unit.
absl::StatusOr<Target> ParseTarget(std::string_view phrase);

// Indonesian number words 1..100: "satu", "sebelas", "dua belas", "dua puluh tiga",
// "seratus", also written "se-belas"/"se puluh". nullopt when not a number in range.
std::optional<int> ParseNumberWords(std::string_view words);

}  // namespace v1
}  // namespace zi

#endif  // ZI_TARGET_HPP
