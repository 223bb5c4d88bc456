// Compliance scoring benchmarks: one plan on the reference path, and portfolios of 14
// (Sulawesi Tengah), 553 (all KPU satker), 10,000 and 100,000 synthetic satker on the
// compiled columnar path, with 1 thread and with every hardware thread.
//
// items_per_second is occurrences scored per second. Compare figures only within one
// run: the machine is shared.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "zi/io/calendar_json.hpp"
#include "zi/defaults.hpp"
#include "zi/compliance/portfolio.hpp"
#include "zi/plan/satker_registry.hpp"
#include "zi/compliance/scoring.hpp"
#include "zi/compliance/synthetic.hpp"

namespace {

using namespace zi;

struct Workload {
  std::vector<Plan> plans;
  std::vector<EvidenceRecord> evidence;
  std::unique_ptr<CompiledPortfolio> compiled;
};

// Texts do not change a score; the stress sizes keep them short so that 100,000 plans fit
// in memory (the decree's texts would need ~100 KB per plan).
Plan Lighten(const Plan& plan) {
  PlanData d = plan.data();
  d.notes.clear();
  for (Component& c : d.components) {
    c.notes.clear();
    c.source = SourceCells{};
    for (Aspect& a : c.aspects) {
      a.notes.clear();
      a.source = SourceCells{};
      a.name = a.id;
      for (Activity& k : a.activities) {
        k.notes.clear();
        k.source = SourceCells{};
        k.text = k.id;
        for (Indicator& i : k.indicators) {
          i.notes.clear();
          i.source = SourceCells{};
          i.text = i.id;
          i.evidence.clear();
        }
      }
    }
  }
  return Plan(std::move(d));
}

// Built once per size and kept for the whole run.
const Workload& GetWorkload(int64_t n) {
  static std::mutex mu;
  static std::map<int64_t, std::unique_ptr<Workload>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto& slot = cache[n];
  if (!slot) {
    slot = std::make_unique<Workload>();
    const Plan base = *DefaultPlan();
    const Calendar cal = *DefaultCalendar();
    const bool light = n > 553;
    if (n == 14) {
      slot->plans = SyntheticPortfolio(base, SultengSatker(), 2026);
    } else {
      // One at a time, so that only the light copy of a large portfolio is ever kept.
      const auto kpu = KpuSatker();
      for (int64_t i = 0; i < n; ++i) {
        Satker s;
        if (i < static_cast<int64_t>(kpu.size())) {
          s = kpu[static_cast<size_t>(i)];
        } else {
          s = Satker{"SYN-" + std::to_string(i + 1), "Satker sintetis", SatkerLevel::kKabkota,
                     kpu[1 + static_cast<size_t>(i % 38)].code, TimeZone::kWITA};
        }
        Plan p = SyntheticPlan(base, s, 2026 + static_cast<uint64_t>(i));
        slot->plans.push_back(light ? Lighten(p) : std::move(p));
      }
    }
    for (size_t p = 0; p < slot->plans.size(); ++p) {
      const PlanOccurrences occ = ExpandOccurrences(slot->plans[p], cal);
      for (EvidenceRecord& e : SyntheticEvidence(slot->plans[p], occ, 7 + p)) {
        if (light) e.ref.clear();
        slot->evidence.push_back(std::move(e));
      }
    }
    slot->compiled = std::make_unique<CompiledPortfolio>(
        CompiledPortfolio::Compile(slot->plans)->WithEvidence(slot->evidence));
    if (light) {  // the evidence records are filed; the benchmark does not need them again
      slot->evidence.clear();
      slot->evidence.shrink_to_fit();
    }
  }
  return *slot;
}

void BM_ScorePlanReference(benchmark::State& state) {
  const Workload& w = GetWorkload(14);
  const Plan& plan = w.plans[0];
  const Calendar cal = *DefaultCalendar();
  const PlanOccurrences occ = ExpandOccurrences(plan, cal);
  std::vector<EvidenceRecord> evidence;
  for (const EvidenceRecord& e : w.evidence) {
    if (e.satker == plan.satker().code) evidence.push_back(e);
  }
  for (auto _ : state) {
    ComplianceReport r = ScorePlan(plan, occ, evidence, Date::FromYmd(2026, 7, 1));
    benchmark::DoNotOptimize(r.score);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(occ.occurrences.size()));
}
BENCHMARK(BM_ScorePlanReference);

void BM_PortfolioScore(benchmark::State& state) {
  const Workload& w = GetWorkload(state.range(0));
  PortfolioScoreOptions options;
  options.threads = static_cast<int>(state.range(1));
  const Date as_of = Date::FromYmd(2026, 7, 1);
  for (auto _ : state) {
    auto scores = w.compiled->Score(as_of, options);
    benchmark::DoNotOptimize(scores->score.data());
  }
  state.SetItemsProcessed(state.iterations() *
                          static_cast<int64_t>(w.compiled->occurrence_count()));
  state.counters["satker"] = static_cast<double>(w.compiled->plan_count());
  state.counters["threads"] = static_cast<double>(options.threads);
  // The process's peak resident memory so far: after the 100,000-satker workload is
  // built, this is what holding that portfolio (plans, evidence, compiled form) costs.
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_rss_MB"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void PortfolioArgs(benchmark::internal::Benchmark* b) {
  const int64_t hw = std::max(1u, std::thread::hardware_concurrency());
  for (int64_t n : {14, 553, 10000, 100000}) {
    b->Args({n, 1});
    if (hw > 1) b->Args({n, hw});
  }
}
BENCHMARK(BM_PortfolioScore)->Apply(PortfolioArgs)->UseRealTime()->Unit(benchmark::kMicrosecond);

// Compiling: expanding every plan's schedules on the calendar and laying out columns.
void BM_PortfolioCompile(benchmark::State& state) {
  const Workload& w = GetWorkload(state.range(0));
  CompileOptions options;
  options.threads = static_cast<int>(state.range(1));
  for (auto _ : state) {
    auto c = CompiledPortfolio::Compile(w.plans, options);
    benchmark::DoNotOptimize(c->occurrence_count());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(w.plans.size()));
}
BENCHMARK(BM_PortfolioCompile)->Args({553, 1})->Args({553, 2})->UseRealTime()->Unit(benchmark::kMillisecond);

// Filing an evidence set under the compiled plans.
void BM_PortfolioWithEvidence(benchmark::State& state) {
  const Workload& w = GetWorkload(state.range(0));
  for (auto _ : state) {
    CompiledPortfolio p = w.compiled->WithEvidence(w.evidence);
    benchmark::DoNotOptimize(p.evidence_count());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(w.evidence.size()));
}
BENCHMARK(BM_PortfolioWithEvidence)->Arg(553)->Unit(benchmark::kMillisecond);

}  // namespace

