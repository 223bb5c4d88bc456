// The plan format read straight from the parser's events into PlanData, without a JSON value
// in between: the common case of ReadPlanJson, a well-formed plan file, in one pass and
// without a lookup per field.
//
// It takes only what it is sure of. Anything the checked reader (a JSON value read with
// ObjectReader, plan_json.cpp) would refuse or treat in a way of its own (a syntax error, an
// unknown or repeated field, a value of another type, a null, a NUL character, a number out
// of range, an unknown word) makes it give up with nullopt, and the caller reads the text
// again with the checked reader, which names the error. So for every text both accept, the
// two give the same PlanData; plan_json_fuzz checks it, and errors never come from here.
#ifndef ZI_SRC_PLAN_JSON_DIRECT_HPP
#define ZI_SRC_PLAN_JSON_DIRECT_HPP

#include <optional>
#include <string_view>

#include "absl/status/statusor.h"
#include "zi/plan/plan.hpp"

namespace zi::internal {

std::optional<PlanData> ReadPlanDataDirect(std::string_view json_text);

// The checked reader alone (plan_json.cpp): what ReadPlanJson falls back to, for the tests
// and the fuzz target that compare the two. Errors are prefixed with `source_name`.
absl::StatusOr<PlanData> ReadPlanDataChecked(std::string_view json_text,
                                             std::string_view source_name = "");

}  // namespace zi::internal

#endif  // ZI_SRC_PLAN_JSON_DIRECT_HPP
