// The plans a many-satker command works on (zi portfolio, zi report --portfolio, zi remind):
// --plan FILE, --plans DIR|FILE[,FILE...], --synthetic N, --with-default, or the embedded plan.
// A bad plan file is reported with its name and reason and left out; the others are kept.
#ifndef ZI_CLI_PLAN_SET_HPP
#define ZI_CLI_PLAN_SET_HPP

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "common.hpp"
#include "zi/plan/plan.hpp"

namespace zi::cli {

struct LoadedPlans {
  // The plans read from files (and the embedded plan), in order.
  std::vector<Plan> plans;
  // Per plan of `plans`: its file name or "rencana aksi bawaan".
  std::vector<std::string> labels;
  // --synthetic N: N synthetic plans after `plans`, made when asked for (At), so that a
  // portfolio compiled from them holds one block at a time, not all N.
  size_t synthetic = 0;
  std::optional<Plan> synthetic_base;
  // "<file>: <reason>" for a plan that does not load, is over the occurrence limit, or is
  // for a satker an earlier file already has.
  std::vector<std::string> bad;

  size_t count() const { return plans.size() + synthetic; }
  // Plan i of all count() (a synthetic one is made anew on every call).
  Plan At(size_t i) const;
  // Every plan's label (CompileOptions::plan_labels): the synthetic ones "--synthetic".
  std::vector<std::string> AllLabels() const;
  // Makes the synthetic plans and appends them to `plans` and `labels`, for the commands
  // that need every plan itself.
  void MakeAll();
};

absl::StatusOr<LoadedPlans> LoadPlanSet(const Args& args);

// Prints every bad plan and a summary to `err`. Returns the exit status to give up with
// when nothing is left to score, or when bad plans were found without --allow-bad-plans
// (kExitFailure); kExitOk when the command may go on. `*keep_going` is false only when no
// plan is left.
int ReportBadPlans(const Args& args, const LoadedPlans& loaded, std::ostream& err, bool* keep_going);

}  // namespace zi::cli

#endif  // ZI_CLI_PLAN_SET_HPP
