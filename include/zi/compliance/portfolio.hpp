// Portfolio scoring (docs/scoring.md, "Many satker"): many satker plans with one evidence
// set, compiled once into a compact columnar form and then scored as of any date, on all
// cores.
//
// The numbers are those of ScorePlan (scoring.hpp), computed in the same order, so a
// portfolio score equals the score of the same plan scored alone, bit for bit, and the
// result does not depend on the number of threads.
#ifndef ZI_PORTFOLIO_HPP
#define ZI_PORTFOLIO_HPP

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "zi/deadline/calendar.hpp"
#include "zi/compliance/evidence.hpp"
#include "zi/plan/plan.hpp"
#include "zi/compliance/scoring.hpp"

namespace zi {
inline namespace v1 {

// Which calendar a plan uses. The default resolves Plan::calendar_name() among the
// embedded calendars (CalendarForPlan).
using CalendarResolver = std::function<absl::StatusOr<Calendar>(const Plan&)>;

struct CompileOptions {
  // Called once per calendar name, from any of the compile threads but never two calls at
  // once. Empty: the default resolver.
  CalendarResolver calendar;
  int threads = 0;            // 0: all hardware threads
  // Optional, per plan in order: where it came from (e.g. its file name), used to name
  // the plans in errors. Missing or empty entries: only the plan's position is named.
  std::vector<std::string> plan_labels;
  // Plans are expanded a block at a time; a block ends at 1,024 plans or once its expanded
  // occurrences reach this many (plus at most one plan still expanding per thread), which
  // bounds the transient memory when plans are large (docs/limits.md). 0: 2,000,000
  // (about 170 MB). The result does not depend on it.
  size_t expansion_budget = 0;
  // Whether the portfolio keeps every Plan (plan(p)). Without them it keeps only what
  // scoring, filing evidence, Scope() and the portfolio reports read: each plan's satker,
  // diagnostics, indikator ids and komponen ids, about a tenth of the memory of the plans
  // (docs/performance.md, "Memory at 100 000 satker"). The scores do not depend on it.
  bool keep_plans = true;
};

// Plan `index` (0 .. count - 1) of a portfolio compiled plan by plan. Called once per
// index, in about index order, by the compile threads, several calls at once: it must be
// safe to call concurrently. The plans of one block (as for expansion_budget) are held
// until the block is laid out. The first error in index order stops the compilation and is
// returned as it is.
using PlanSource = std::function<absl::StatusOr<Plan>(size_t index)>;

// Counts of occurrence statuses, indexed by OccurrenceStatus.
using StatusCounts = std::array<int32_t, 5>;

struct RollUp {
  std::string parent;      // the parent satker's code
  int32_t count = 0;       // satker in the portfolio under this parent
  int32_t scored = 0;      // of which with a non-null score
  std::optional<double> mean, min, max;  // over the non-null scores
  int32_t at_or_above = 0;  // scores >= the threshold (unrounded)
};

struct PortfolioScores {
  Date as_of;
  // Per plan, in portfolio order: the plan score (0..100) or null.
  std::vector<std::optional<double>> score;
  // Per plan: its component scores (0..1, NaN for null) are
  // component_score[component_offset[p] .. component_offset[p + 1]).
  std::vector<double> component_score;
  std::vector<uint32_t> component_offset;
  std::vector<StatusCounts> status_counts;
  // Plan indices by score descending, ties by satker code, null scores last.
  std::vector<uint32_t> ranking;
  // One per parent satker code, sorted by code.
  std::vector<RollUp> rollups;
  uint64_t occurrences_scored = 0;
};

struct PortfolioScoreOptions {
  ScoringPolicy policy;
  int threads = 0;            // 0: all hardware threads
  double threshold = 75.0;    // for RollUp::at_or_above
};

class CompiledPortfolio {
 public:
  // Expands every plan on its calendar into the columnar form (in parallel). Errors:
  // InvalidArgument for two plans of one satker, or a plan whose calendar cannot be
  // resolved.
  static absl::StatusOr<CompiledPortfolio> Compile(std::span<const Plan> plans,
                                                   const CompileOptions& options = {});
  // The same from plans made one at a time (read from files, generated): with
  // keep_plans = false, only the block of plans being expanded is ever held, so a
  // portfolio larger than the plans' memory can be compiled. Equal to Compile of the
  // plans source(0), ..., source(count - 1).
  static absl::StatusOr<CompiledPortfolio> Compile(size_t count, const PlanSource& source,
                                                   const CompileOptions& options = {});

  // The same plans with this evidence filed under satker, indicator and occurrence
  // (cheap: the compiled plans are shared). Rejected evidence never counts and is left
  // out; evidence that matches no plan, indicator or occurrence, or whose count is below
  // 1, is counted in unmatched_evidence() and left out — import through Scope() first to
  // get a reason per row. Evidence without a satker belongs to the only plan, if there is
  // only one.
  CompiledPortfolio WithEvidence(std::span<const EvidenceRecord> evidence) const;

  // Incremental updates for an application that keeps a portfolio in memory while evidence
  // arrives. Evidence is filed per satker, each satker's filed evidence held on its own
  // and shared between portfolios: an update files only the satker it touches and shares
  // the compiled plans and every other satker's evidence with this portfolio, which stays
  // valid and unchanged (it may be scored while the new one is built). The result scores
  // exactly as WithEvidence of the whole new evidence set would.
  //
  // The same portfolio with satker_code's evidence replaced by records (empty: that
  // satker has none); the other satker keep theirs. Records without a satker belong to
  // satker_code; rejected records are left out, and records that match no indicator or
  // occurrence, or whose count is below 1, are counted in unmatched_evidence() (the
  // satker's unmatched records of before are no longer counted). NotFound when the
  // portfolio has no plan for satker_code; InvalidArgument when a record is for another
  // satker.
  absl::StatusOr<CompiledPortfolio> WithSatkerEvidence(
      std::string_view satker_code, std::span<const EvidenceRecord> records) const;
  // The same portfolio with records added to the evidence filed so far (of any satker;
  // each is filed as WithEvidence files it): only the satker the records name are
  // re-filed. Equal to WithEvidence of the evidence so far followed by records.
  CompiledPortfolio WithAddedEvidence(std::span<const EvidenceRecord> records) const;

  // Every satker, indicator and occurrence count, for importing evidence.
  EvidenceScope Scope() const;

  size_t plan_count() const;
  size_t occurrence_count() const;
  size_t evidence_count() const;  // evidence filed under an occurrence
  size_t unmatched_evidence() const;
  // Whether the portfolio was compiled with CompileOptions::keep_plans.
  bool keeps_plans() const;
  // Plan p as it was compiled; nullptr when the portfolio does not keep its plans.
  const Plan* plan(size_t p) const;
  const Satker& satker(size_t p) const;
  // Plan p's komponen, in plan order (the component scores' order): how many, and ids (a
  // view whose data() is NUL-terminated, valid while any portfolio sharing these compiled
  // plans lives).
  size_t component_count(size_t p) const;
  std::string_view component_id(size_t p, size_t c) const;
  // Expansion findings of each plan, in portfolio order.
  const std::vector<Diagnostic>& diagnostics(size_t p) const;

  // Pure and thread-safe: any number of calls may run at once on one portfolio.
  // InvalidArgument for an invalid policy.
  absl::StatusOr<PortfolioScores> Score(Date as_of,
                                        const PortfolioScoreOptions& options = {}) const;

 private:
  struct Structure;
  struct Evidence;
  struct Filing;
  // Both Compiles: the plans of `plans`, or when source is set, count plans from it.
  static absl::StatusOr<CompiledPortfolio> CompileImpl(size_t count, std::span<const Plan> plans,
                                                       const PlanSource* source,
                                                       const CompileOptions& options);
  CompiledPortfolio(std::shared_ptr<const Structure> s, std::shared_ptr<const Evidence> e);
  std::shared_ptr<const Structure> s_;
  std::shared_ptr<const Evidence> e_;
};

// Ranking and roll-up of any score vector (used by Score; exposed for reports).
std::vector<uint32_t> RankScores(std::span<const std::optional<double>> scores,
                                 std::span<const Satker* const> satker);
std::vector<RollUp> RollUpByParent(std::span<const std::optional<double>> scores,
                                   std::span<const Satker* const> satker, double threshold);

}  // namespace v1
}  // namespace zi

#endif  // ZI_PORTFOLIO_HPP
