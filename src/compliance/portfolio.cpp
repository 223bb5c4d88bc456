#include "zi/compliance/portfolio.hpp"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <limits>
#include <map>
#include <mutex>
#include <optional>

#include "absl/container/flat_hash_map.h"
#include "internal/parallel.hpp"
#include "internal/strings.hpp"
#include "zi/io/calendar_json.hpp"
#include "zi/deadline/occurrence.hpp"
#include "zi/defaults.hpp"

namespace zi {
inline namespace v1 {

using internal::Cat;

// The plans, flattened: every level is a range into the next one (CSR), and occurrences
// are three int32 columns; beside them what filing and the reports read of each plan
// (its satker, indikator and komponen ids), so that the Plans themselves need not be
// kept. Shared by every evidence set attached to the plans.
namespace {

// Many short strings in one buffer, each followed by a NUL (the C API hands them out as
// C strings): string i is text[start(i), end[i]). A plan's indikator ids cost their
// characters and a few bytes each, instead of a std::string (32 bytes, and a heap block for
// an id longer than 15 characters).
class StringColumn {
 public:
  void Add(std::string_view s) {
    text_.append(s);
    end_.push_back(text_.size());
    text_.push_back('\0');
  }
  std::string_view operator[](size_t i) const {
    const size_t start = i == 0 ? 0 : end_[i - 1] + 1;
    return std::string_view(text_.data() + start, end_[i] - start);
  }

 private:
  std::string text_;
  std::vector<size_t> end_;
};

}  // namespace

struct CompiledPortfolio::Structure {
  bool keep_plans = true;
  std::vector<Plan> plans;  // [P] with CompileOptions::keep_plans, else empty
  std::vector<Satker> satker;  // [P]
  std::vector<std::vector<Diagnostic>> diagnostics;
  // Each indicator's id and each component's id, by global index.
  StringColumn ind_id, comp_id;
  absl::flat_hash_map<std::string, uint32_t> plan_by_satker;
  std::vector<uint32_t> plan_comp;  // [P + 1]
  std::vector<double> comp_weight;
  std::vector<uint32_t> comp_aspect;  // [C + 1]
  std::vector<double> aspect_weight;
  std::vector<double> ind_weight;
  std::vector<uint32_t> ind_occ;  // [I + 1]
  // One 16-byte row per occurrence, read in order by the kernel. `ind` is the global
  // indicator index, so the kernel can add credits per indicator without a nested loop.
  struct Occ {
    int32_t start, due, required;
    uint32_t ind;
  };
  std::vector<Occ> occ;
  std::vector<uint32_t> plan_ind;  // [P + 1]: first indicator of each plan
  // Each indicator's aspect and each aspect's component (global indices), so that the
  // kernel can add up the levels in flat loops.
  std::vector<uint32_t> ind_aspect, aspect_comp;
  // The largest plan, for the kernel's per-thread scratch.
  uint32_t max_plan_occ = 0, max_plan_ind = 0, max_plan_aspect = 0, max_plan_comp = 0;
  // Ranking and roll-up without string work per call: each plan's position in satker
  // code order, and its parent's index in `parents` (sorted by code; -1: no parent).
  std::vector<uint32_t> code_rank;
  std::vector<std::string> parents;
  std::vector<int32_t> parent_of;
};

// One evidence set filed under the occurrences: per plan, a range of items in an array
// that never changes once made and is shared by every evidence set with the same evidence
// for that plan. Filing a whole set makes one array for every plan (laid out in plan
// order, as the kernel reads it); an update of one satker makes one array for that plan
// and copies the other plans' ranges and owners.
struct CompiledPortfolio::Evidence {
  // count > 0: verified; count < 0: submitted, |count| deliverables (rejected evidence
  // never counts and is not filed). `occ` is the occurrence the item is filed under
  // (global index), so the kernel can walk a plan's evidence as one flat loop.
  struct Item {
    int32_t date, count;
    uint32_t occ;
  };
  using Items = std::vector<Item>;
  // One plan's evidence: items[0 .. count), sorted by occurrence, then date, then input
  // order, and how many of the plan's records matched no indicator or occurrence.
  struct PlanEvidence {
    const Item* items = nullptr;
    uint32_t count = 0, unmatched = 0;
  };
  std::vector<PlanEvidence> plans;                  // [P]
  std::vector<std::shared_ptr<const Items>> owner;  // [P]: holds plans[p].items (or null)
  size_t unmatched_other = 0;                       // records of no plan of the portfolio
  size_t items = 0, unmatched = 0;                  // totals over the plans (and unmatched_other)
};

// Filing records under one plan's occurrences (shared by the full and the incremental
// paths, so that both file a record exactly alike).
struct CompiledPortfolio::Filing {
  struct Filed {
    uint32_t occ;
    int32_t date;
    uint32_t seq;
    int32_t count;  // signed as in Evidence::Item
  };
  // Views of the ids kept in the Structure, which outlives every Index.
  using Index = absl::flat_hash_map<std::string_view, uint32_t>;

  // Plan p's indicator ids → global indicator index.
  static Index IndicatorIndex(const Structure& s, uint32_t p) {
    Index index;
    index.reserve(s.plan_ind[p + 1] - s.plan_ind[p]);
    for (uint32_t g = s.plan_ind[p]; g < s.plan_ind[p + 1]; ++g) index.emplace(s.ind_id[g], g);
    return index;
  }

  // Files r (of plan p, not rejected) into out; false when it matches nothing.
  static bool File(const Structure& s, const Index& index, const EvidenceRecord& r, uint32_t seq,
                   std::vector<Filed>& out) {
    if (r.count < 1) return false;  // outside the record's contract; imports reject it
    auto ind = index.find(r.indicator);
    if (ind == index.end()) return false;
    const uint32_t first = s.ind_occ[ind->second], last = s.ind_occ[ind->second + 1];
    if (r.occurrence < 1 || static_cast<uint32_t>(r.occurrence) > last - first) return false;
    out.push_back(Filed{first + static_cast<uint32_t>(r.occurrence - 1), r.date.days(), seq,
                        r.status == EvidenceStatus::kSubmitted ? -r.count : r.count});
    return true;
  }

  static void Sort(std::span<Filed> filed) {
    std::sort(filed.begin(), filed.end(), [](const Filed& a, const Filed& b) {
      if (a.occ != b.occ) return a.occ < b.occ;
      if (a.date != b.date) return a.date < b.date;
      return a.seq < b.seq;
    });
  }

  // Sorted filed items as one array.
  static std::shared_ptr<const Evidence::Items> MakeItems(std::span<const Filed> filed) {
    if (filed.empty()) return nullptr;
    auto items = std::make_shared<Evidence::Items>();
    items->reserve(filed.size());
    for (const Filed& f : filed) items->push_back(Evidence::Item{f.date, f.count, f.occ});
    return items;
  }

  // e with plan p's evidence replaced by items[first, first + count), keeping the totals.
  static void Replace(Evidence& e, uint32_t p, std::shared_ptr<const Evidence::Items> items,
                      size_t first, size_t count, size_t unmatched) {
    const Evidence::PlanEvidence old = e.plans[p];
    e.items = e.items - old.count + count;
    e.unmatched = e.unmatched - old.unmatched + unmatched;
    e.plans[p] =
        Evidence::PlanEvidence{count ? items->data() + first : nullptr,
                               static_cast<uint32_t>(count), static_cast<uint32_t>(unmatched)};
    e.owner[p] = count ? std::move(items) : nullptr;
  }
};

CompiledPortfolio::CompiledPortfolio(std::shared_ptr<const Structure> s,
                                     std::shared_ptr<const Evidence> e)
    : s_(std::move(s)), e_(std::move(e)) {}

using internal::ParallelFor;
using internal::ParallelForRanges;
using internal::ThreadCount;

namespace {

// v where mask is all ones, +0.0 where it is zero: a select the compiler keeps branch-free.
inline double Masked(double v, uint64_t mask) {
  return std::bit_cast<double>(std::bit_cast<uint64_t>(v) & mask);
}

}  // namespace

absl::StatusOr<CompiledPortfolio> CompiledPortfolio::Compile(std::span<const Plan> plans,
                                                             const CompileOptions& options) {
  return CompileImpl(plans.size(), plans, nullptr, options);
}

absl::StatusOr<CompiledPortfolio> CompiledPortfolio::Compile(size_t count,
                                                             const PlanSource& source,
                                                             const CompileOptions& options) {
  if (!source && count > 0) return absl::InvalidArgumentError("sumber rencana aksi kosong");
  return CompileImpl(count, {}, &source, options);
}

absl::StatusOr<CompiledPortfolio> CompiledPortfolio::CompileImpl(size_t count,
                                                                 std::span<const Plan> given,
                                                                 const PlanSource* source,
                                                                 const CompileOptions& options) {
  auto s = std::make_shared<Structure>();
  s->keep_plans = options.keep_plans;
  if (options.keep_plans) s->plans.reserve(count);
  s->satker.reserve(count);
  s->diagnostics.reserve(count);
  // Both plans by position and, when the caller gave one, by source (a file name).
  const auto plan_ref = [&](size_t i) {
    std::string ref = Cat("rencana ke-", i + 1);
    if (i < options.plan_labels.size() && !options.plan_labels[i].empty()) {
      ref += Cat(" (", options.plan_labels[i], ")");
    }
    return ref;
  };
  // Calendars by name, resolved once, by whichever compile thread meets the name first.
  std::mutex calendars_mu;
  std::map<std::string, absl::StatusOr<Calendar>> calendars;
  const auto calendar_of = [&](const Plan& plan) -> absl::StatusOr<const Calendar*> {
    std::lock_guard<std::mutex> lock(calendars_mu);
    const std::string name = plan.calendar_name();
    auto it = calendars.find(name);
    if (it == calendars.end()) {
      it = calendars.emplace(name, options.calendar ? options.calendar(plan) : CalendarForPlan(plan))
               .first;
    }
    if (!it->second.ok()) {
      return absl::Status(it->second.status().code(),
                          Cat("satker ", plan.satker().code, ": ", it->second.status().message()));
    }
    return &*it->second;
  };
  s->plan_comp.push_back(0);
  s->comp_aspect.push_back(0);
  s->ind_occ.push_back(0);
  s->plan_ind.push_back(0);
  // Reading (from a source) and expanding are the expensive parts: done in parallel, a
  // block of plans at a time, each block laid out in order and dropped, so that a large
  // portfolio never holds the expanded occurrences, nor the plans from a source, of every
  // plan at once. A block ends at kBlock plans or once it holds the budget's occurrences:
  // the workers take plans in order and stop taking once the budget is reached, so the
  // block is the plans taken, contiguous from `first`, and 1,024 plans at the occurrence
  // cap never sit expanded together (8.6 GB, and as much again for their Plans).
  constexpr size_t kBlock = 1024;
  constexpr size_t kDefaultBudget = 2'000'000;  // occurrences, ~84 bytes each while held
  const size_t budget = options.expansion_budget > 0 ? options.expansion_budget : kDefaultBudget;
  const int threads = ThreadCount(options.threads);
  // One plan taken into the block: the plan read from the source (none for given plans),
  // its expansion, or why it has none.
  struct Taken {
    std::optional<Plan> plan;
    PlanOccurrences expanded;
    absl::Status status;
  };
  std::vector<Taken> block;
  for (size_t first = 0; first < count;) {
    const size_t limit = std::min(count, first + kBlock);
    block.assign(limit - first, Taken{});
    std::atomic<size_t> next{first};
    std::atomic<size_t> held_occ{0};
    ParallelFor(static_cast<size_t>(threads), threads, [&](size_t) {
      while (held_occ.load(std::memory_order_relaxed) < budget) {
        const size_t p = next.fetch_add(1);
        if (p >= limit) return;
        Taken& t = block[p - first];
        if (source) {
          absl::StatusOr<Plan> read = (*source)(p);
          if (!read.ok()) {
            t.status = read.status();
            continue;
          }
          t.plan = *std::move(read);
        }
        const Plan& plan = source ? *t.plan : given[p];
        absl::StatusOr<const Calendar*> calendar = calendar_of(plan);
        if (!calendar.ok()) {
          t.status = calendar.status();
          continue;
        }
        t.expanded = ExpandOccurrences(plan, **calendar);
        held_occ.fetch_add(t.expanded.occurrences.size(), std::memory_order_relaxed);
      }
    });
    // Every plan taken was read and expanded or has its error (an exception is rethrown
    // by ParallelFor before this); the first error in portfolio order is returned.
    const size_t last = std::min(next.load(), limit);
    for (size_t p = first; p < last; ++p) {
      Taken& t = block[p - first];
      if (!t.status.ok()) return t.status;
      const Plan& plan = source ? *t.plan : given[p];
      auto [it, inserted] = s->plan_by_satker.emplace(plan.satker().code, static_cast<uint32_t>(p));
      if (!inserted) {
        const Satker& satker = plan.satker();
        const std::string name = satker.name.empty() ? "" : Cat(" (", satker.name, ")");
        return absl::InvalidArgumentError(Cat("satker ", satker.code, name,
                                              " ada di dua rencana aksi: ", plan_ref(it->second),
                                              " dan ", plan_ref(p)));
      }
      PlanOccurrences& x = t.expanded;
      std::vector<uint32_t> per_indicator(plan.indicators().size(), 0);
      for (const Occurrence& o : x.occurrences) ++per_indicator[o.indicator_index];
      const size_t occ_begin = s->occ.size();
      size_t occ = 0, ind = 0;
      const size_t comp_begin = s->comp_weight.size(), aspect_begin = s->aspect_weight.size();
      for (const Component& c : plan.components()) {
        const auto comp = static_cast<uint32_t>(s->comp_weight.size());
        s->comp_weight.push_back(c.weight);
        s->comp_id.Add(c.id);
        for (const Aspect& a : c.aspects) {
          const auto aspect = static_cast<uint32_t>(s->aspect_weight.size());
          s->aspect_weight.push_back(a.weight);
          s->aspect_comp.push_back(comp);
          for (const Activity& k : a.activities) {
            for (const Indicator& i : k.indicators) {
              const auto global = static_cast<uint32_t>(s->ind_weight.size());
              s->ind_weight.push_back(i.weight);
              s->ind_aspect.push_back(aspect);
              s->ind_id.Add(i.id);
              for (uint32_t n = 0; n < per_indicator[ind]; ++n, ++occ) {
                const Occurrence& o = x.occurrences[occ];
                s->occ.push_back(
                    Structure::Occ{o.window_start.days(), o.due.days(), o.required, global});
              }
              ++ind;
              s->ind_occ.push_back(static_cast<uint32_t>(s->occ.size()));
            }
          }
        }
        s->comp_aspect.push_back(static_cast<uint32_t>(s->aspect_weight.size()));
      }
      s->plan_comp.push_back(static_cast<uint32_t>(s->comp_weight.size()));
      s->plan_ind.push_back(static_cast<uint32_t>(s->ind_weight.size()));
      s->max_plan_occ =
          std::max(s->max_plan_occ, static_cast<uint32_t>(s->occ.size() - occ_begin));
      s->max_plan_ind = std::max(s->max_plan_ind, static_cast<uint32_t>(ind));
      s->max_plan_aspect = std::max(
          s->max_plan_aspect, static_cast<uint32_t>(s->aspect_weight.size() - aspect_begin));
      s->max_plan_comp =
          std::max(s->max_plan_comp, static_cast<uint32_t>(s->comp_weight.size() - comp_begin));
      s->diagnostics.push_back(std::move(x.diagnostics));
      s->satker.push_back(plan.satker());
      if (options.keep_plans) s->plans.push_back(plan);
      t = Taken{};  // released now: the block's memory shrinks as it is laid out
    }
    first = last;
  }
  if (s->occ.size() > std::numeric_limits<uint32_t>::max() / 2) {
    return absl::ResourceExhaustedError(
        Cat("portofolio memiliki ", s->occ.size(), " periode; paling banyak 2^31 yang didukung"));
  }
  // Ranking ties break on the satker code, and roll-ups group by parent code: both are
  // resolved here once.
  std::vector<uint32_t> by_code(count);
  for (size_t p = 0; p < count; ++p) by_code[p] = static_cast<uint32_t>(p);
  std::sort(by_code.begin(), by_code.end(),
            [&](uint32_t x, uint32_t y) { return s->satker[x].code < s->satker[y].code; });
  s->code_rank.resize(count);
  for (size_t r = 0; r < by_code.size(); ++r) s->code_rank[by_code[r]] = static_cast<uint32_t>(r);
  for (const Satker& satker : s->satker) {
    if (!satker.parent.empty()) s->parents.push_back(satker.parent);
  }
  std::sort(s->parents.begin(), s->parents.end());
  s->parents.erase(std::unique(s->parents.begin(), s->parents.end()), s->parents.end());
  s->parent_of.assign(count, -1);
  for (size_t p = 0; p < count; ++p) {
    const std::string& parent = s->satker[p].parent;
    if (parent.empty()) continue;
    s->parent_of[p] = static_cast<int32_t>(
        std::lower_bound(s->parents.begin(), s->parents.end(), parent) - s->parents.begin());
  }
  auto e = std::make_shared<Evidence>();
  e->plans.assign(count, Evidence::PlanEvidence{});
  e->owner.assign(count, nullptr);
  return CompiledPortfolio(std::move(s), std::move(e));
}

CompiledPortfolio CompiledPortfolio::WithEvidence(std::span<const EvidenceRecord> evidence) const {
  using Filed = Filing::Filed;
  const size_t P = s_->satker.size();
  std::vector<Filed> filed;
  filed.reserve(evidence.size());
  std::vector<size_t> unmatched(P, 0);
  auto e = std::make_shared<Evidence>();
  // Per plan, its indicator ids → global indicator index, built on first use.
  std::vector<Filing::Index> index(P);
  std::vector<bool> indexed(P, false);
  for (size_t k = 0; k < evidence.size(); ++k) {
    const EvidenceRecord& r = evidence[k];
    if (r.status == EvidenceStatus::kRejected) continue;
    uint32_t p = 0;
    if (r.satker.empty()) {
      if (P != 1) {
        ++e->unmatched_other;
        continue;
      }
    } else {
      auto it = s_->plan_by_satker.find(r.satker);
      if (it == s_->plan_by_satker.end()) {
        ++e->unmatched_other;
        continue;
      }
      p = it->second;
    }
    if (!indexed[p]) {
      indexed[p] = true;
      index[p] = Filing::IndicatorIndex(*s_, p);
    }
    if (!Filing::File(*s_, index[p], r, static_cast<uint32_t>(k), filed)) ++unmatched[p];
  }
  Filing::Sort(filed);
  // Sorted by global occurrence, so each plan's items are one contiguous run.
  e->plans.assign(P, Evidence::PlanEvidence{});
  e->owner.assign(P, nullptr);
  e->unmatched = e->unmatched_other;
  const std::shared_ptr<const Evidence::Items> items = Filing::MakeItems(filed);
  size_t k = 0;
  for (uint32_t p = 0; p < P; ++p) {
    const uint32_t o1 = s_->ind_occ[s_->plan_ind[p + 1]];
    const size_t begin = k;
    while (k < filed.size() && filed[k].occ < o1) ++k;
    Filing::Replace(*e, p, items, begin, k - begin, unmatched[p]);
  }
  return CompiledPortfolio(s_, std::move(e));
}

absl::StatusOr<CompiledPortfolio> CompiledPortfolio::WithSatkerEvidence(
    std::string_view satker_code, std::span<const EvidenceRecord> records) const {
  auto it = s_->plan_by_satker.find(std::string(satker_code));
  if (it == s_->plan_by_satker.end()) {
    return absl::NotFoundError(Cat("satker ", satker_code, " tidak ada dalam portofolio (",
                                   s_->satker.size(), " satker): buktinya tidak dapat diganti"));
  }
  const uint32_t p = it->second;
  for (size_t k = 0; k < records.size(); ++k) {
    if (!records[k].satker.empty() && records[k].satker != satker_code) {
      return absl::InvalidArgumentError(
          Cat("bukti ke-", k + 1, " (indikator ", records[k].indicator, ") milik satker ",
              records[k].satker, ", bukan satker ", satker_code, " yang buktinya diganti"));
    }
  }
  std::vector<Filing::Filed> filed;
  filed.reserve(records.size());
  size_t unmatched = 0;
  const Filing::Index index = Filing::IndicatorIndex(*s_, p);
  for (size_t k = 0; k < records.size(); ++k) {
    if (records[k].status == EvidenceStatus::kRejected) continue;
    if (!Filing::File(*s_, index, records[k], static_cast<uint32_t>(k), filed)) ++unmatched;
  }
  Filing::Sort(filed);
  auto e = std::make_shared<Evidence>(*e_);  // the other plans' chunks are shared
  Filing::Replace(*e, p, Filing::MakeItems(filed), 0, filed.size(), unmatched);
  return CompiledPortfolio(s_, std::move(e));
}

CompiledPortfolio CompiledPortfolio::WithAddedEvidence(
    std::span<const EvidenceRecord> records) const {
  using Filed = Filing::Filed;
  const size_t P = s_->satker.size();
  auto e = std::make_shared<Evidence>(*e_);  // the untouched plans' chunks are shared
  // The touched plans, in order of first appearance, each with its new filed items.
  struct Touched {
    Filing::Index index;
    std::vector<Filed> filed;
    size_t unmatched = 0;
  };
  absl::flat_hash_map<uint32_t, size_t> slot;
  std::vector<std::pair<uint32_t, Touched>> touched;
  for (size_t k = 0; k < records.size(); ++k) {
    const EvidenceRecord& r = records[k];
    if (r.status == EvidenceStatus::kRejected) continue;
    uint32_t p = 0;
    if (r.satker.empty()) {
      if (P != 1) {
        ++e->unmatched_other;
        ++e->unmatched;
        continue;
      }
    } else {
      auto it = s_->plan_by_satker.find(r.satker);
      if (it == s_->plan_by_satker.end()) {
        ++e->unmatched_other;
        ++e->unmatched;
        continue;
      }
      p = it->second;
    }
    auto [at, inserted] = slot.emplace(p, touched.size());
    if (inserted) touched.emplace_back(p, Touched{Filing::IndicatorIndex(*s_, p), {}, 0});
    Touched& t = touched[at->second].second;
    // The new records come after the plan's filed items (seq), as in one evidence set.
    const uint32_t old = e_->plans[p].count;
    if (!Filing::File(*s_, t.index, r, old + static_cast<uint32_t>(k), t.filed)) ++t.unmatched;
  }
  for (auto& [p, t] : touched) {
    const Evidence::PlanEvidence old = e_->plans[p];
    std::vector<Filed> all;
    all.reserve(old.count + t.filed.size());
    for (uint32_t k = 0; k < old.count; ++k) {
      const Evidence::Item& item = old.items[k];
      all.push_back(Filed{item.occ, item.date, k, item.count});
    }
    all.insert(all.end(), t.filed.begin(), t.filed.end());
    Filing::Sort(all);
    Filing::Replace(*e, p, Filing::MakeItems(all), 0, all.size(), old.unmatched + t.unmatched);
  }
  return CompiledPortfolio(s_, std::move(e));
}

EvidenceScope CompiledPortfolio::Scope() const {
  EvidenceScope scope;
  for (size_t p = 0; p < s_->satker.size(); ++p) {
    for (uint32_t g = s_->plan_ind[p]; g < s_->plan_ind[p + 1]; ++g) {
      scope.Add(s_->satker[p].code, s_->ind_id[g],
                static_cast<int>(s_->ind_occ[g + 1] - s_->ind_occ[g]));
    }
  }
  if (s_->satker.size() == 1) scope.set_default_satker(s_->satker[0].code);
  return scope;
}

size_t CompiledPortfolio::plan_count() const { return s_->satker.size(); }
size_t CompiledPortfolio::occurrence_count() const { return s_->occ.size(); }
size_t CompiledPortfolio::evidence_count() const { return e_->items; }
size_t CompiledPortfolio::unmatched_evidence() const { return e_->unmatched; }
bool CompiledPortfolio::keeps_plans() const { return s_->keep_plans; }
const Plan* CompiledPortfolio::plan(size_t p) const {
  return p < s_->plans.size() ? &s_->plans[p] : nullptr;
}
const Satker& CompiledPortfolio::satker(size_t p) const { return s_->satker[p]; }
size_t CompiledPortfolio::component_count(size_t p) const {
  return s_->plan_comp[p + 1] - s_->plan_comp[p];
}
std::string_view CompiledPortfolio::component_id(size_t p, size_t c) const {
  return s_->comp_id[s_->plan_comp[p] + c];
}
const std::vector<Diagnostic>& CompiledPortfolio::diagnostics(size_t p) const {
  return s_->diagnostics[p];
}

namespace {

struct PlanResult {
  std::optional<double> score;
  StatusCounts counts{};
};

}  // namespace

absl::StatusOr<PortfolioScores> CompiledPortfolio::Score(
    Date as_of, const PortfolioScoreOptions& options) const {
  if (absl::Status st = ValidateScoringPolicy(options.policy); !st.ok()) return st;
  const Structure& s = *s_;
  const Evidence& ev = *e_;
  const int32_t as_of_days = as_of.days();
  const double late_credit = options.policy.late_credit;
  const bool count_submitted = options.policy.count_submitted;
  const size_t P = s.satker.size();

  PortfolioScores out;
  out.as_of = as_of;
  out.score.assign(P, std::nullopt);
  out.status_counts.assign(P, StatusCounts{});
  out.component_offset.assign(s.plan_comp.begin(), s.plan_comp.end());
  out.component_score.assign(s.comp_weight.size(), std::numeric_limits<double>::quiet_NaN());
  out.occurrences_scored = s.occ.size();

  // The same arithmetic as ScorePlan (scoring.cpp), with every sum taken in the same
  // order, so the numbers are equal bit for bit. The per-occurrence work has no
  // data-dependent branches: with hundreds of thousands of occurrences the branch
  // predictor cannot learn the statuses, and a mispredicted branch costs more than the
  // arithmetic of a whole occurrence.
  // Per-range working memory, sized for the largest plan.
  struct Scratch {
    explicit Scratch(const Structure& s)
        : c_cut(s.max_plan_occ), c_t(s.max_plan_occ), credit(s.max_plan_ind),
          assessed(s.max_plan_ind), asp_num(s.max_plan_aspect), asp_den(s.max_plan_aspect),
          asp_any(s.max_plan_aspect), comp_num(s.max_plan_comp), comp_den(s.max_plan_comp),
          comp_any(s.max_plan_comp) {}
    std::vector<int64_t> c_cut, c_t;  // per occurrence of the plan
    std::vector<double> credit;       // per indicator of the plan
    std::vector<int32_t> assessed;
    std::vector<double> asp_num, asp_den;    // per aspect
    std::vector<uint64_t> asp_any;           // all ones or zero
    std::vector<double> comp_num, comp_den;  // per component
    std::vector<uint64_t> comp_any;
  };
  const auto score_plan = [&](size_t p, Scratch& x) {
    const uint32_t i0 = s.plan_ind[p], i1 = s.plan_ind[p + 1];
    const uint32_t o0 = s.ind_occ[i0], o1 = s.ind_occ[i1];
    const size_t n_occ = o1 - o0, n_ind = i1 - i0;
    std::fill_n(x.c_cut.begin(), n_occ, 0);
    std::fill_n(x.c_t.begin(), n_occ, 0);
    std::fill_n(x.credit.begin(), n_ind, 0.0);
    std::fill_n(x.assessed.begin(), n_ind, 0);
    // Local copies and restrict pointers: the closure's references and the vectors'
    // data pointers would otherwise be reloaded after every store (they may alias).
    const int32_t t = as_of_days;
    const double lambda = late_credit;
    const Structure::Occ* __restrict rows = s.occ.data() + o0;
    int64_t* __restrict c_cut_of = x.c_cut.data();
    int64_t* __restrict c_t_of = x.c_t.data();
    double* __restrict credit_of = x.credit.data();
    int32_t* __restrict assessed_of = x.assessed.data();
    // Evidence counts up to the due date (c_cut) and up to the as-of date (c_t). The
    // conditions are masks rather than `if`s or `?:`, which the compiler may turn back
    // into branches.
    const int64_t submitted_mask = count_submitted ? -1 : 0;
    const Evidence::PlanEvidence pe = ev.plans[p];
    const Evidence::Item* __restrict items = pe.items;
    const size_t n_items = pe.count;
    for (size_t k = 0; k < n_items; ++k) {
      const Evidence::Item item = items[k];
      const uint32_t j = item.occ - o0;
      const int32_t due = rows[j].due;
      const int32_t cut = std::min(due, t);
      const int64_t count = item.count;
      const int64_t sign = count >> 63;  // -1 for submitted evidence
      const int64_t n = ((count ^ sign) - sign) & (~sign | submitted_mask);  // |count| or 0
      c_t_of[j] += n & -int64_t{item.date <= t};
      c_cut_of[j] += n & -int64_t{item.date <= cut};
    }
    // Status and credit of every occurrence, added to its indicator.
    int32_t n_not_done = 0, n_started = 0, n_past = 0, n_late = 0;
    // The running sums of the current indicator stay in registers (a sum carried through
    // memory would wait for its own store on every step) and are stored on every step:
    // the last store of an indicator is its total. An indicator's occurrences are
    // contiguous, so a new indicator starts from +0.0, exactly like ScorePlan.
    double credit_run = 0;
    int32_t assessed_run = 0;
    uint32_t previous = std::numeric_limits<uint32_t>::max();
    for (size_t j = 0; j < n_occ; ++j) {
      const Structure::Occ occ = rows[j];
      const int64_t r = occ.required;
      const int64_t c_cut = c_cut_of[j];
      const int64_t d = c_cut - r;
      const int64_t on_time = r + (d & (d >> 63));  // min(r, c_cut)
      const int64_t past_due = -int64_t{t > occ.due};  // mask
      const int64_t missing = r - on_time, after = c_t_of[j] - c_cut;
      const int64_t e = after - missing;
      const int64_t late = (missing + (e & (e >> 63))) & past_due;  // min(...) if past due
      // ScorePlan's order of tests: done, upcoming, open, done late, overdue. Counted
      // as nested subsets (not done ⊇ started ⊇ past due ⊇ done late), the five counts
      // are differences taken once per plan.
      const int32_t done = on_time == r;
      const int32_t past = static_cast<int32_t>(past_due & 1);
      const int32_t not_done_started = (1 - done) & static_cast<int32_t>(t >= occ.start);
      const int32_t and_past = not_done_started & past;
      n_not_done += 1 - done;
      n_started += not_done_started;
      n_past += and_past;
      n_late += and_past & static_cast<int32_t>(on_time + late == r);
      const int32_t assessed = static_cast<int32_t>(r > 0) & (past | done);
      const double got = static_cast<double>(static_cast<int>(on_time)) +
                         lambda * static_cast<int>(late);
      // Dividing by 1 is exact, so r <= 0 (never assessed) divides by 1 instead of 0.
      const double credit = got / static_cast<int>(r + ((1 - r) & -int64_t{r <= 0}));
      // credit * 1.0 is credit, and +0.0 for an occurrence not assessed leaves the sum
      // unchanged, bit for bit.
      const uint32_t il = occ.ind - i0;
      const uint64_t same = 0 - static_cast<uint64_t>(il == previous);
      previous = il;
      credit_run = Masked(credit_run, same) + credit * assessed;
      assessed_run = (assessed_run & static_cast<int32_t>(same)) + assessed;
      credit_of[il] = credit_run;
      assessed_of[il] = assessed_run;
    }
    StatusCounts& counts = out.status_counts[p];
    counts[static_cast<size_t>(OccurrenceStatus::kDone)] =
        static_cast<int32_t>(n_occ) - n_not_done;
    counts[static_cast<size_t>(OccurrenceStatus::kUpcoming)] = n_not_done - n_started;
    counts[static_cast<size_t>(OccurrenceStatus::kOpen)] = n_started - n_past;
    counts[static_cast<size_t>(OccurrenceStatus::kDoneLate)] = n_late;
    counts[static_cast<size_t>(OccurrenceStatus::kOverdue)] = n_past - n_late;
    // Indicators up to the plan: weighted means over what is assessed, level by level,
    // each a flat loop adding to its parent. A term that does not count is masked to
    // +0.0 (bitwise, so even a NaN from 0/0 becomes +0.0), and x + 0.0 == x for every
    // sum here, because a sum that starts at +0.0 can never become -0.0.
    const uint32_t a0 = s.comp_aspect[s.plan_comp[p]], a1 = s.comp_aspect[s.plan_comp[p + 1]];
    const uint32_t c0 = s.plan_comp[p], c1 = s.plan_comp[p + 1];
    std::fill_n(x.asp_num.begin(), a1 - a0, 0.0);
    std::fill_n(x.asp_den.begin(), a1 - a0, 0.0);
    std::fill_n(x.asp_any.begin(), a1 - a0, 0);
    std::fill_n(x.comp_num.begin(), c1 - c0, 0.0);
    std::fill_n(x.comp_den.begin(), c1 - c0, 0.0);
    std::fill_n(x.comp_any.begin(), c1 - c0, 0);
    for (uint32_t i = i0; i < i1; ++i) {
      const int32_t assessed = x.assessed[i - i0];
      const uint64_t keep = 0 - static_cast<uint64_t>(assessed > 0);
      const double score = x.credit[i - i0] / (assessed > 0 ? assessed : 1);
      const uint32_t al = s.ind_aspect[i] - a0;
      x.asp_num[al] += Masked(s.ind_weight[i] * score, keep);
      x.asp_den[al] += Masked(s.ind_weight[i], keep);
      x.asp_any[al] |= keep;
    }
    for (uint32_t a = a0; a < a1; ++a) {
      const double den = x.asp_den[a - a0];
      const uint64_t keep = x.asp_any[a - a0] & (0 - static_cast<uint64_t>(den != 0));
      const double score = x.asp_num[a - a0] / den;
      const uint32_t cl = s.aspect_comp[a] - c0;
      x.comp_num[cl] += Masked(s.aspect_weight[a] * score, keep);
      x.comp_den[cl] += Masked(s.aspect_weight[a], keep);
      x.comp_any[cl] |= keep;
    }
    double plan_num = 0, plan_den = 0;
    uint64_t plan_any = 0;
    for (uint32_t c = c0; c < c1; ++c) {
      const double den = x.comp_den[c - c0];
      const uint64_t keep = x.comp_any[c - c0] & (0 - static_cast<uint64_t>(den != 0));
      const double score = x.comp_num[c - c0] / den;
      out.component_score[c] = keep ? score : std::numeric_limits<double>::quiet_NaN();
      plan_num += Masked(s.comp_weight[c] * score, keep);
      plan_den += Masked(s.comp_weight[c], keep);
      plan_any |= keep;
    }
    if (plan_any && plan_den != 0) out.score[p] = 100.0 * (plan_num / plan_den);
  };

  // Ranges of plans; every plan's numbers are written to its own slot, so the result is
  // the same for any thread count.
  // At least 16 plans (~25 µs) per range: handing a range to another thread costs ~10 µs.
  ParallelForRanges(P, ThreadCount(options.threads), 16, [&](size_t begin, size_t end) {
    Scratch x(s);
    for (size_t p = begin; p < end; ++p) score_plan(p, x);
  });

  // Ranking: score descending, ties by satker code (code_rank), null scores last; the
  // order of RankScores, sorting flat keys instead of comparing strings.
  struct Key {
    double score;  // unused for null scores
    uint32_t null, code_rank, plan;
  };
  std::vector<Key> keys(P);
  for (size_t p = 0; p < P; ++p) {
    keys[p] = Key{out.score[p].value_or(-std::numeric_limits<double>::infinity()),
                  out.score[p] ? 0u : 1u, s.code_rank[p], static_cast<uint32_t>(p)};
  }
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    if (a.null != b.null) return a.null < b.null;
    if (a.score != b.score) return a.score > b.score;
    return a.code_rank < b.code_rank;
  });
  out.ranking.resize(P);
  for (size_t r = 0; r < P; ++r) out.ranking[r] = keys[r].plan;
  // Roll-up per parent, summed in portfolio order as RollUpByParent does.
  out.rollups.resize(s.parents.size());
  for (size_t k = 0; k < s.parents.size(); ++k) out.rollups[k].parent = s.parents[k];
  for (size_t p = 0; p < P; ++p) {
    if (s.parent_of[p] < 0) continue;
    RollUp& r = out.rollups[static_cast<size_t>(s.parent_of[p])];
    ++r.count;
    if (!out.score[p]) continue;
    const double v = *out.score[p];
    ++r.scored;
    r.mean = r.mean.value_or(0) + v;  // the sum until the end
    r.min = r.min ? std::min(*r.min, v) : v;
    r.max = r.max ? std::max(*r.max, v) : v;
    if (v >= options.threshold) ++r.at_or_above;
  }
  for (RollUp& r : out.rollups) {
    if (r.scored > 0) r.mean = *r.mean / r.scored;
  }
  return out;
}

std::vector<uint32_t> RankScores(std::span<const std::optional<double>> scores,
                                 std::span<const Satker* const> satker) {
  std::vector<uint32_t> order(scores.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<uint32_t>(i);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const bool na = !scores[a].has_value(), nb = !scores[b].has_value();
    if (na != nb) return nb;  // null last
    if (!na && *scores[a] != *scores[b]) return *scores[a] > *scores[b];
    return satker[a]->code < satker[b]->code;
  });
  return order;
}

std::vector<RollUp> RollUpByParent(std::span<const std::optional<double>> scores,
                                   std::span<const Satker* const> satker, double threshold) {
  std::map<std::string, RollUp> by_parent;
  for (size_t i = 0; i < scores.size(); ++i) {
    const std::string& parent = satker[i]->parent;
    if (parent.empty()) continue;
    RollUp& r = by_parent[parent];
    r.parent = parent;
    ++r.count;
    if (!scores[i]) continue;
    const double x = *scores[i];
    ++r.scored;
    r.mean = r.mean.value_or(0) + x;  // the sum until the end
    r.min = r.min ? std::min(*r.min, x) : x;
    r.max = r.max ? std::max(*r.max, x) : x;
    if (x >= threshold) ++r.at_or_above;
  }
  std::vector<RollUp> out;
  for (auto& [code, r] : by_parent) {
    if (r.scored > 0) r.mean = *r.mean / r.scored;
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace v1
}  // namespace zi
