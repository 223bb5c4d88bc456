#include "zi/portfolio.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <map>
#include <thread>

#include "absl/container/flat_hash_map.h"
#include "strings.hpp"
#include "zi/calendar_json.hpp"
#include "zi/occurrence.hpp"

namespace zi {
inline namespace v1 {

using internal::Cat;

// The plans, flattened: every level is a range into the next one (CSR), and occurrences
// are three int32 columns. Shared by every evidence set attached to the plans.
struct CompiledPortfolio::Structure {
  std::vector<Plan> plans;
  std::vector<std::vector<Diagnostic>> diagnostics;
  absl::flat_hash_map<std::string, uint32_t> plan_by_satker;
  std::vector<uint32_t> plan_comp;  // [P + 1]
  std::vector<double> comp_weight;
  std::vector<uint32_t> comp_aspect;  // [C + 1]
  std::vector<double> aspect_weight;
  std::vector<uint32_t> aspect_ind;  // [A + 1]
  std::vector<double> ind_weight;
  std::vector<uint32_t> ind_occ;  // [I + 1]
  // One 12-byte row per occurrence: the kernel reads them in order.
  struct Occ {
    int32_t start, due, required;
  };
  std::vector<Occ> occ;
  std::vector<uint32_t> plan_ind;  // [P + 1]: first indicator of each plan
};

// One evidence set filed under the occurrences, sorted by date within each.
struct CompiledPortfolio::Evidence {
  std::vector<uint32_t> occ_ev;  // [O + 1]
  // count > 0: verified; count < 0: submitted, |count| deliverables (rejected evidence
  // never counts and is not filed).
  struct Item {
    int32_t date, count;
  };
  std::vector<Item> items;
  size_t unmatched = 0;
};

CompiledPortfolio::CompiledPortfolio(std::shared_ptr<const Structure> s,
                                     std::shared_ptr<const Evidence> e)
    : s_(std::move(s)), e_(std::move(e)) {}

namespace {

int ThreadCount(int requested) {
  if (requested > 0) return requested;
  const unsigned hw = std::thread::hardware_concurrency();
  return hw == 0 ? 1 : static_cast<int>(hw);
}

// Runs body(i) for i in [0, n) on `threads` threads, each taking the next index.
template <typename Body>
void ParallelFor(size_t n, int threads, Body body) {
  threads = std::max(1, std::min<int>(threads, static_cast<int>(std::max<size_t>(n, 1))));
  if (threads == 1) {
    for (size_t i = 0; i < n; ++i) body(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::vector<std::thread> pool;
  pool.reserve(static_cast<size_t>(threads));
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&] {
      for (size_t i = next.fetch_add(1); i < n; i = next.fetch_add(1)) body(i);
    });
  }
  for (std::thread& th : pool) th.join();
}

}  // namespace

absl::StatusOr<CompiledPortfolio> CompiledPortfolio::Compile(std::span<const Plan> plans,
                                                             const CompileOptions& options) {
  auto s = std::make_shared<Structure>();
  s->plans.reserve(plans.size());
  for (const Plan& p : plans) s->plans.push_back(p);
  for (size_t p = 0; p < plans.size(); ++p) {
    auto [it, inserted] =
        s->plan_by_satker.emplace(plans[p].satker().code, static_cast<uint32_t>(p));
    if (!inserted) {
      return absl::InvalidArgumentError(Cat("plans ", it->second + 1, " and ", p + 1,
                                            " are both for satker ", plans[p].satker().code));
    }
  }
  // Calendars by name, resolved once.
  std::map<std::string, Calendar> calendars;
  std::vector<const Calendar*> plan_calendar(plans.size());
  for (size_t p = 0; p < plans.size(); ++p) {
    const std::string name = plans[p].calendar_name();
    auto it = calendars.find(name);
    if (it == calendars.end()) {
      absl::StatusOr<Calendar> c =
          options.calendar ? options.calendar(plans[p]) : CalendarForPlan(plans[p]);
      if (!c.ok()) {
        return absl::Status(c.status().code(), Cat("satker ", plans[p].satker().code, ": ",
                                                   c.status().message()));
      }
      it = calendars.emplace(name, *c).first;
    }
    plan_calendar[p] = &it->second;
  }
  // Expansion is the expensive part: do it in parallel, then lay the columns out in order.
  std::vector<PlanOccurrences> expanded(plans.size());
  ParallelFor(plans.size(), ThreadCount(options.threads), [&](size_t p) {
    expanded[p] = ExpandOccurrences(plans[p], *plan_calendar[p]);
  });
  s->plan_comp.push_back(0);
  s->comp_aspect.push_back(0);
  s->aspect_ind.push_back(0);
  s->ind_occ.push_back(0);
  s->plan_ind.push_back(0);
  for (size_t p = 0; p < plans.size(); ++p) {
    const Plan& plan = plans[p];
    std::vector<uint32_t> per_indicator(plan.indicators().size(), 0);
    for (const Occurrence& o : expanded[p].occurrences) ++per_indicator[o.indicator_index];
    size_t occ = 0, ind = 0;
    for (const Component& c : plan.components()) {
      s->comp_weight.push_back(c.weight);
      for (const Aspect& a : c.aspects) {
        s->aspect_weight.push_back(a.weight);
        for (const Activity& k : a.activities) {
          for (const Indicator& i : k.indicators) {
            s->ind_weight.push_back(i.weight);
            for (uint32_t n = 0; n < per_indicator[ind]; ++n, ++occ) {
              const Occurrence& o = expanded[p].occurrences[occ];
              s->occ.push_back(Structure::Occ{o.window_start.days(), o.due.days(), o.required});
            }
            ++ind;
            s->ind_occ.push_back(static_cast<uint32_t>(s->occ.size()));
          }
        }
        s->aspect_ind.push_back(static_cast<uint32_t>(s->ind_weight.size()));
      }
      s->comp_aspect.push_back(static_cast<uint32_t>(s->aspect_weight.size()));
    }
    s->plan_comp.push_back(static_cast<uint32_t>(s->comp_weight.size()));
    s->plan_ind.push_back(static_cast<uint32_t>(s->ind_weight.size()));
    s->diagnostics.push_back(std::move(expanded[p].diagnostics));
  }
  auto e = std::make_shared<Evidence>();
  e->occ_ev.assign(s->occ.size() + 1, 0);
  return CompiledPortfolio(std::move(s), std::move(e));
}

CompiledPortfolio CompiledPortfolio::WithEvidence(std::span<const EvidenceRecord> evidence) const {
  struct Filed {
    uint32_t occ;
    int32_t date;
    uint32_t seq;
    int32_t count;
    bool submitted;
  };
  std::vector<Filed> filed;
  filed.reserve(evidence.size());
  auto e = std::make_shared<Evidence>();
  // Per plan, its indicator ids → global indicator index, built on first use.
  std::vector<absl::flat_hash_map<std::string, uint32_t>> index(s_->plans.size());
  std::vector<bool> indexed(s_->plans.size(), false);
  for (size_t k = 0; k < evidence.size(); ++k) {
    const EvidenceRecord& r = evidence[k];
    if (r.status == EvidenceStatus::kRejected) continue;
    uint32_t p = 0;
    if (r.satker.empty()) {
      if (s_->plans.size() != 1) {
        ++e->unmatched;
        continue;
      }
    } else {
      auto it = s_->plan_by_satker.find(r.satker);
      if (it == s_->plan_by_satker.end()) {
        ++e->unmatched;
        continue;
      }
      p = it->second;
    }
    if (!indexed[p]) {
      indexed[p] = true;
      const auto refs = s_->plans[p].indicators();
      for (size_t i = 0; i < refs.size(); ++i) {
        index[p].emplace(refs[i].indicator->id, s_->plan_ind[p] + static_cast<uint32_t>(i));
      }
    }
    auto ind = index[p].find(r.indicator);
    if (ind == index[p].end()) {
      ++e->unmatched;
      continue;
    }
    const uint32_t first = s_->ind_occ[ind->second], last = s_->ind_occ[ind->second + 1];
    if (r.occurrence < 1 || static_cast<uint32_t>(r.occurrence) > last - first) {
      ++e->unmatched;
      continue;
    }
    filed.push_back(Filed{first + static_cast<uint32_t>(r.occurrence - 1), r.date.days(),
                          static_cast<uint32_t>(k), r.count,
                          r.status == EvidenceStatus::kSubmitted});
  }
  std::sort(filed.begin(), filed.end(), [](const Filed& a, const Filed& b) {
    if (a.occ != b.occ) return a.occ < b.occ;
    if (a.date != b.date) return a.date < b.date;
    return a.seq < b.seq;
  });
  e->occ_ev.assign(s_->occ.size() + 1, 0);
  for (const Filed& f : filed) ++e->occ_ev[f.occ + 1];
  for (size_t o = 0; o < s_->occ.size(); ++o) e->occ_ev[o + 1] += e->occ_ev[o];
  e->items.reserve(filed.size());
  for (const Filed& f : filed) {
    e->items.push_back(Evidence::Item{f.date, f.submitted ? -f.count : f.count});
  }
  return CompiledPortfolio(s_, std::move(e));
}

EvidenceScope CompiledPortfolio::Scope() const {
  EvidenceScope scope;
  for (size_t p = 0; p < s_->plans.size(); ++p) {
    const auto refs = s_->plans[p].indicators();
    for (size_t i = 0; i < refs.size(); ++i) {
      const uint32_t g = s_->plan_ind[p] + static_cast<uint32_t>(i);
      scope.Add(s_->plans[p].satker().code, refs[i].indicator->id,
                static_cast<int>(s_->ind_occ[g + 1] - s_->ind_occ[g]));
    }
  }
  if (s_->plans.size() == 1) scope.set_default_satker(s_->plans[0].satker().code);
  return scope;
}

size_t CompiledPortfolio::plan_count() const { return s_->plans.size(); }
size_t CompiledPortfolio::occurrence_count() const { return s_->occ.size(); }
size_t CompiledPortfolio::evidence_count() const { return e_->items.size(); }
size_t CompiledPortfolio::unmatched_evidence() const { return e_->unmatched; }
const Plan& CompiledPortfolio::plan(size_t p) const { return s_->plans[p]; }
const Satker& CompiledPortfolio::satker(size_t p) const { return s_->plans[p].satker(); }
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
  const int32_t t = as_of.days();
  const double lambda = options.policy.late_credit;
  const bool count_submitted = options.policy.count_submitted;
  const size_t P = s.plans.size();

  PortfolioScores out;
  out.as_of = as_of;
  out.score.assign(P, std::nullopt);
  out.status_counts.assign(P, StatusCounts{});
  out.component_offset.assign(s.plan_comp.begin(), s.plan_comp.end());
  out.component_score.assign(s.comp_weight.size(), std::numeric_limits<double>::quiet_NaN());
  out.occurrences_scored = s.occ.size();

  // The same arithmetic, in the same order, as ScorePlan (scoring.cpp).
  const auto score_plan = [&](size_t p) {
    StatusCounts counts{};
    double plan_num = 0, plan_den = 0;
    bool plan_any = false;
    for (uint32_t c = s.plan_comp[p]; c < s.plan_comp[p + 1]; ++c) {
      double comp_num = 0, comp_den = 0;
      bool comp_any = false;
      for (uint32_t a = s.comp_aspect[c]; a < s.comp_aspect[c + 1]; ++a) {
        double asp_num = 0, asp_den = 0;
        bool asp_any = false;
        for (uint32_t i = s.aspect_ind[a]; i < s.aspect_ind[a + 1]; ++i) {
          double credit_sum = 0;
          int assessed = 0;
          const uint32_t o_end = s.ind_occ[i + 1];
          for (uint32_t o = s.ind_occ[i]; o < o_end; ++o) {
            const Structure::Occ occ = s.occ[o];
            const int32_t due = occ.due;
            const int32_t cut = due < t ? due : t;
            int64_t c_cut = 0, c_t = 0;
            for (uint32_t k = ev.occ_ev[o], k_end = ev.occ_ev[o + 1]; k < k_end; ++k) {
              const Evidence::Item item = ev.items[k];
              if (item.date > t) break;  // sorted by date
              int32_t n = item.count;
              if (n < 0) {
                if (!count_submitted) continue;
                n = -n;
              }
              c_t += n;
              if (item.date <= cut) c_cut += n;
            }
            const int64_t r = occ.required;
            const int64_t on_time = std::min(r, c_cut);
            const int64_t late = t > due ? std::min(r - on_time, c_t - c_cut) : 0;
            int status;
            if (on_time == r) {
              status = static_cast<int>(OccurrenceStatus::kDone);
            } else if (t < occ.start) {
              status = static_cast<int>(OccurrenceStatus::kUpcoming);
            } else if (t <= due) {
              status = static_cast<int>(OccurrenceStatus::kOpen);
            } else if (on_time + late == r) {
              status = static_cast<int>(OccurrenceStatus::kDoneLate);
            } else {
              status = static_cast<int>(OccurrenceStatus::kOverdue);
            }
            ++counts[static_cast<size_t>(status)];
            if (r > 0 && (t > due || on_time == r)) {
              const double got = static_cast<double>(static_cast<int>(on_time)) +
                                 lambda * static_cast<int>(late);
              // x / 1 == x exactly, so skipping the division for r = 1 (most rows) keeps
              // the result bit-identical to ScorePlan.
              credit_sum += r == 1 ? got : got / static_cast<int>(r);
              ++assessed;
            }
          }
          if (assessed > 0) {
            const double score = credit_sum / assessed;
            asp_num += s.ind_weight[i] * score;
            asp_den += s.ind_weight[i];
            asp_any = true;
          }
        }
        if (asp_any && asp_den != 0) {
          const double score = asp_num / asp_den;
          comp_num += s.aspect_weight[a] * score;
          comp_den += s.aspect_weight[a];
          comp_any = true;
        }
      }
      if (comp_any && comp_den != 0) {
        const double score = comp_num / comp_den;
        out.component_score[c] = score;
        plan_num += s.comp_weight[c] * score;
        plan_den += s.comp_weight[c];
        plan_any = true;
      }
    }
    if (plan_any && plan_den != 0) out.score[p] = 100.0 * (plan_num / plan_den);
    out.status_counts[p] = counts;
  };

  // Chunks of plans; every plan's numbers are written to its own slot, so the result
  // is the same for any thread count.
  constexpr size_t kChunk = 64;
  const size_t chunks = (P + kChunk - 1) / kChunk;
  ParallelFor(chunks, ThreadCount(options.threads), [&](size_t chunk) {
    const size_t end = std::min(P, (chunk + 1) * kChunk);
    for (size_t p = chunk * kChunk; p < end; ++p) score_plan(p);
  });

  std::vector<const Satker*> satker(P);
  for (size_t p = 0; p < P; ++p) satker[p] = &s.plans[p].satker();
  out.ranking = RankScores(out.score, satker);
  out.rollups = RollUpByParent(out.score, satker, options.threshold);
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
