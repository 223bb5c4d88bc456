// JSON reports of LKE results, as `zi lke ... --json` prints them (docs/lke.md lists the
// fields). Numbers are unrounded doubles; the C API and Python return the same text.
#ifndef ZI_LKE_JSON_HPP
#define ZI_LKE_JSON_HPP

#include <string>

#include "zi/lke/predicate.hpp"
#include "zi/lke/score.hpp"
#include "zi/lke/whatif.hpp"

namespace zi {
inline namespace v1 {

std::string WriteLkeScoreJson(const LkeScore& score);
std::string WriteLkePredicateJson(const LkePredicateResult& result);
std::string WriteLkeEvaluationJson(const LkeEvaluation& evaluation);
std::string WriteLkeWhatIfJson(const LkeWhatIfResult& result);

}  // namespace v1
}  // namespace zi

#endif  // ZI_LKE_JSON_HPP
