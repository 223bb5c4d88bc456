// Reading LKE rubrics in the `zi.lke-rubric/1` JSON format (docs/lke-rubric-format.md).
// The embedded default rubric is DefaultRubric() in zi/defaults.hpp.
#ifndef ZI_LKE_RUBRIC_JSON_HPP
#define ZI_LKE_RUBRIC_JSON_HPP

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "zi/lke/rubric.hpp"

namespace zi {
inline namespace v1 {

inline constexpr std::string_view kLkeRubricFormat = "zi.lke-rubric/1";

struct RubricReadOptions {
  std::string source_name;  // used in error messages ("rubric.json: ...")
};

// Parses a zi.lke-rubric/1 file and validates it (Rubric::Create). Errors are
// InvalidArgument with "line L, column C" for syntax and a JSON pointer for everything
// else. Unknown fields are errors.
absl::StatusOr<Rubric> ReadRubricJson(std::string_view json,
                                      const RubricReadOptions& options = {});
// Reads a file (NotFound when it cannot be opened) and parses it.
absl::StatusOr<Rubric> LoadRubricFile(const std::string& path, RubricReadOptions options = {});

}  // namespace v1
}  // namespace zi

#endif  // ZI_LKE_RUBRIC_JSON_HPP
