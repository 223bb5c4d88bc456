// Deterministic synthetic plans for tests and benchmarks: many satker, each with its own
// varied Rencana Aksi derived from a template plan. The same seed gives the same plans on
// every machine (the generator uses its own PRNG, not <random>'s distributions, whose
// results differ between standard libraries).
#ifndef ZI_SYNTHETIC_HPP
#define ZI_SYNTHETIC_HPP

#include <cstdint>
#include <span>
#include <vector>

#include "zi/compliance/evidence.hpp"
#include "zi/deadline/occurrence.hpp"
#include "zi/plan/plan.hpp"
#include "zi/plan/satker.hpp"

namespace zi {
inline namespace v1 {

// splitmix64: small, fast, and identical everywhere.
class SplitMix64 {
 public:
  explicit SplitMix64(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n) (n > 0); the tiny modulo bias is irrelevant here.
  uint32_t Below(uint32_t n) { return static_cast<uint32_t>(Next() % n); }
  // True with probability `p`.
  bool Chance(double p) { return static_cast<double>(Next() >> 11) * 0x1.0p-53 < p; }

 private:
  uint64_t state_;
};

// A plan for `satker` that varies the template: each indicator is kept with
// probability 0.85, its target waktu is replaced (probability 0.3) by another phrase of
// the decree's vocabulary with a matching target capaian, and each aspect gets 0–2 extra
// indicators. Damaged rows of the template (no target waktu) are kept as they are.
Plan SyntheticPlan(const Plan& base, const Satker& satker, uint64_t seed);

// `count` synthetic plans: the 553 KPU satker in order (KpuSatker()), then, beyond 553,
// extra kabupaten/kota-level satker with codes "SYN-000554", ... under KPU-RI's
// provinces (round robin). Plan i's seed is derived from `seed` and i.
std::vector<Plan> SyntheticPortfolio(const Plan& base, size_t count, uint64_t seed);
// Plan i of those (of any count above i) is SyntheticPlan(base, SyntheticSatker(i),
// SyntheticPlanSeed(seed, i)): one plan at a time, for a portfolio compiled from a
// PlanSource without holding them all.
Satker SyntheticSatker(size_t i);
uint64_t SyntheticPlanSeed(uint64_t seed, size_t i);
// One synthetic plan for each of the given satker (e.g. SultengSatker()).
std::vector<Plan> SyntheticPortfolio(const Plan& base, std::span<const Satker> satker,
                                     uint64_t seed);

// Evidence for a plan's occurrences, as a year of Tim ZI work might leave it: about 60%
// delivered on time (dated inside the window, on or before the due date), 15% late (1 to
// 40 days after the due date), 5% submitted but not yet verified, 3% rejected and the
// rest missing; with required counts above 1, sometimes one short. Records carry the
// plan's satker code and are in occurrence order.
std::vector<EvidenceRecord> SyntheticEvidence(const Plan& plan, const PlanOccurrences& occurrences,
                                              uint64_t seed);

}  // namespace v1
}  // namespace zi

#endif  // ZI_SYNTHETIC_HPP
