// Compliance scoring benchmarks: one plan on the reference path, and portfolios of 14
// (Sulawesi Tengah), 553 (all KPU satker), 10,000 and 100,000 synthetic satker on the
// compiled columnar path, with 1 thread and with every hardware thread.
//
// items_per_second is occurrences scored per second. Compare figures only within one
// run: the machine is shared. BM_PortfolioMemory* report the heap the compiled form holds
// per plan, per occurrence and per evidence record (docs/limits.md).
#include <benchmark/benchmark.h>
#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <span>
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
  std::vector<EvidenceRecord> evidence;  // kept up to 553 satker (EvidenceOf makes the rest)
  std::unique_ptr<CompiledPortfolio> compiled;
  // Resident memory (ResidentBytes) each part added as the workload was built: the
  // plans, the compiled form without evidence, and the filed evidence.
  size_t plan_bytes = 0, compiled_bytes = 0, evidence_bytes = 0;
};

// The process's resident memory now. Not the heap in use: the columns grow by doubling
// and the unused end of a large block is never touched, so it is allocated but not
// resident; resident memory is what the 2 GB goal of docs/performance.md counts.
size_t ResidentBytes() {
  std::ifstream statm("/proc/self/statm");
  size_t pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * static_cast<size_t>(sysconf(_SC_PAGESIZE));
}
size_t Rise(size_t from, size_t to) { return to > from ? to - from : 0; }

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

// The synthetic evidence of plan p, appended to out; light drops the refs, as the stress
// sizes keep no texts.
void AppendEvidence(const Plan& plan, size_t p, const Calendar& cal, bool light,
                    std::vector<EvidenceRecord>& out) {
  const PlanOccurrences occ = ExpandOccurrences(plan, cal);
  for (EvidenceRecord& e : SyntheticEvidence(plan, occ, 7 + p)) {
    if (light) e.ref.clear();
    out.push_back(std::move(e));
  }
}
void AppendEvidence(std::span<const Plan> plans, const Calendar& cal, bool light,
                    std::vector<EvidenceRecord>& out) {
  for (size_t p = 0; p < plans.size(); ++p) AppendEvidence(plans[p], p, cal, light, out);
}

// Plan i of the workloads beyond 14 satker: the KPU satker, then extra kabupaten/kota.
Plan WorkloadPlan(const Plan& base, size_t i, bool light) {
  const auto kpu = KpuSatker();
  Satker s;
  if (i < kpu.size()) {
    s = kpu[i];
  } else {
    s = Satker{"SYN-" + std::to_string(i + 1), "Satker sintetis", SatkerLevel::kKabkota,
               kpu[1 + i % 38].code, TimeZone::kWITA};
  }
  Plan p = SyntheticPlan(base, s, 2026 + static_cast<uint64_t>(i));
  return light ? Lighten(p) : p;
}

// From this size on, the portfolio is compiled from a PlanSource without keeping its
// plans (CompileOptions::keep_plans), as an application scoring every satker would: the
// workload holds no Plan, and the evidence is made from each plan made again.
constexpr int64_t kCompactFrom = 100000;

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
    const size_t before = ResidentBytes();
    const bool compact = n >= kCompactFrom;
    const size_t count = static_cast<size_t>(n);
    if (n == 14) {
      slot->plans = SyntheticPortfolio(base, SultengSatker(), 2026);
    } else if (!compact) {
      // One at a time, so that only the light copy of a large portfolio is ever kept.
      for (size_t i = 0; i < count; ++i) slot->plans.push_back(WorkloadPlan(base, i, light));
    }
    const size_t after_plans = ResidentBytes();
    slot->plan_bytes = Rise(before, after_plans);
    CompileOptions options;
    options.keep_plans = !compact;
    CompiledPortfolio compiled =
        compact ? *CompiledPortfolio::Compile(
                      count, [&](size_t i) { return WorkloadPlan(base, i, true); }, options)
                : *CompiledPortfolio::Compile(slot->plans, options);
    const size_t after_compile = ResidentBytes();
    slot->compiled_bytes = Rise(after_plans, after_compile);
    if (!light) {
      AppendEvidence(slot->plans, cal, false, slot->evidence);
      compiled = compiled.WithEvidence(slot->evidence);
    } else {
      // The records of a block of plans at a time, each block filed as it is made
      // (WithAddedEvidence re-files only the satker the block names): the 17 million
      // records of 100,000 satker are never held at once. Scores equal WithEvidence of
      // them all (PortfolioTest.AddedEvidenceEqualsFilingEverythingAtOnce).
      constexpr size_t kBlock = 1024;
      std::vector<EvidenceRecord> block;
      for (size_t first = 0; first < count; first += kBlock) {
        block.clear();
        const size_t last = std::min(count, first + kBlock);
        for (size_t p = first; p < last; ++p) {
          AppendEvidence(compact ? WorkloadPlan(base, p, true) : slot->plans[p], p, cal, true,
                         block);
        }
        compiled = compiled.WithAddedEvidence(block);
      }
      block = {};
    }
    slot->compiled = std::make_unique<CompiledPortfolio>(std::move(compiled));
    const size_t after_evidence = ResidentBytes();
    slot->evidence_bytes = Rise(after_compile, after_evidence);
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
  // built, this is what building and holding that portfolio (compiled form without the
  // plans, filed evidence) costs.
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_rss_MB"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
  // What that is made of: the resident memory the plans (none kept from kCompactFrom
  // satker on), the compiled form and the filed evidence added (the evidence records
  // themselves are not kept past 553 satker).
  state.counters["plans_MB"] = static_cast<double>(w.plan_bytes) / 1048576.0;
  state.counters["compiled_MB"] = static_cast<double>(w.compiled_bytes) / 1048576.0;
  state.counters["evidence_MB"] = static_cast<double>(w.evidence_bytes) / 1048576.0;
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

// The workload's evidence records: kept by GetWorkload up to 553 satker, made again
// (the same records) for the larger sizes, once per size.
const std::vector<EvidenceRecord>& EvidenceOf(int64_t n) {
  const Workload& w = GetWorkload(n);
  if (!w.evidence.empty()) return w.evidence;
  static std::mutex mu;
  static std::map<int64_t, std::vector<EvidenceRecord>> cache;
  std::lock_guard<std::mutex> lock(mu);
  std::vector<EvidenceRecord>& out = cache[n];
  if (out.empty()) {
    AppendEvidence(w.plans, *DefaultCalendar(), true, out);
  }
  return out;
}

// Filing an evidence set under the compiled plans.
void BM_PortfolioWithEvidence(benchmark::State& state) {
  const Workload& w = GetWorkload(state.range(0));
  const std::vector<EvidenceRecord>& evidence = EvidenceOf(state.range(0));
  for (auto _ : state) {
    CompiledPortfolio p = w.compiled->WithEvidence(evidence);
    benchmark::DoNotOptimize(p.evidence_count());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(evidence.size()));
}
BENCHMARK(BM_PortfolioWithEvidence)->Arg(553)->Arg(10000)->Unit(benchmark::kMillisecond);

// Incremental evidence (CompiledPortfolio::WithSatkerEvidence): one satker's evidence
// replaced (by its own records again, so every iteration does the same work), the other
// satker's shared; 64 satker spread over the portfolio, in turn. Compare with
// BM_PortfolioWithEvidence of the same size, which files everything again.
void BM_PortfolioSatkerUpdate(benchmark::State& state) {
  const Workload& w = GetWorkload(state.range(0));
  const std::vector<EvidenceRecord>& evidence = EvidenceOf(state.range(0));
  const size_t P = w.plans.size(), kSatker = std::min<size_t>(64, P);
  std::vector<std::string> codes;
  std::vector<std::vector<EvidenceRecord>> records(kSatker);
  std::map<std::string, size_t> slot;
  for (size_t k = 0; k < kSatker; ++k) {
    codes.push_back(w.plans[k * P / kSatker].satker().code);
    slot[codes.back()] = k;
  }
  for (const EvidenceRecord& r : evidence) {
    auto it = slot.find(r.satker);
    if (it != slot.end()) records[it->second].push_back(r);
  }
  size_t k = 0, filed = 0;
  for (auto _ : state) {
    auto p = w.compiled->WithSatkerEvidence(codes[k], records[k]);
    benchmark::DoNotOptimize(p->evidence_count());
    filed += records[k].size();
    k = (k + 1) % kSatker;
  }
  state.SetItemsProcessed(static_cast<int64_t>(filed));
  state.counters["satker"] = static_cast<double>(P);
}
BENCHMARK(BM_PortfolioSatkerUpdate)->Arg(553)->Arg(10000)->Unit(benchmark::kMicrosecond);

// Incremental evidence (CompiledPortfolio::WithAddedEvidence): one new record of one
// satker added to the filed evidence.
void BM_PortfolioAddRecord(benchmark::State& state) {
  const Workload& w = GetWorkload(state.range(0));
  const std::vector<EvidenceRecord>& evidence = EvidenceOf(state.range(0));
  const size_t step = std::max<size_t>(1, evidence.size() / 64);
  size_t k = 0;
  for (auto _ : state) {
    auto p = w.compiled->WithAddedEvidence(std::span<const EvidenceRecord>(&evidence[k], 1));
    benchmark::DoNotOptimize(p.evidence_count());
    k = (k + step) % evidence.size();
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_PortfolioAddRecord)->Arg(553)->Arg(10000)->Unit(benchmark::kMicrosecond);

// ---- memory of the compiled path (docs/limits.md) -------------------------------------------
//
// The heap the compiled portfolio holds, measured with mallinfo2() (bytes in use) around
// Compile and WithEvidence, once per size outside the timed loop; the plans themselves are
// shared with the caller and counted apart (plan_bytes_per_plan). Two shapes:
//   Plans/N        N light synthetic satker (the portfolio benchmark's plans, ~118
//                  occurrences each) with their synthetic evidence: the cost per plan.
//   Occurrences/K  one plan of K quarterly indicators (4 occurrences each; K = 25,000 is
//                  the 100,000-occurrence cap) with one verified record per occurrence: the
//                  cost per occurrence and per evidence record of a big plan.
// The timed loop is one Compile + WithEvidence.
// Bytes in use: the arena's chunks plus the large blocks malloc maps on their own (the
// columns of a big portfolio are such blocks; uordblks alone leaves them out).
size_t HeapInUse() {
  const struct mallinfo2 m = mallinfo2();
  return m.uordblks + m.hblkhd;
}

Plan QuarterlyPlan(int k) {
  PlanData d;
  d.satker = Satker{"KPU-72", "KPU Provinsi Sulawesi Tengah", SatkerLevel::kProvinsi, "KPU-RI",
                    TimeZone::kWITA};
  d.year = 2026;
  int made = 0;
  for (int c = 0; c < 6 && made < k; ++c) {
    Component comp;
    for (int a = 0; a < 4 && made < k; ++a) {
      Aspect asp;
      const int per_aspect = (k + 23) / 24;
      for (int i = 0; i * 10 < per_aspect && made < k; ++i) {
        Activity act;
        for (int j = 0; j < 10 && made < k; ++j, ++made) {
          Indicator ind;
          ind.schedule = "Per Triwulan";
          ind.target = "4 (empat) Laporan";
          act.indicators.push_back(std::move(ind));
        }
        asp.activities.push_back(std::move(act));
      }
      comp.aspects.push_back(std::move(asp));
    }
    d.components.push_back(std::move(comp));
  }
  return Plan(std::move(d));
}

void MemoryOf(benchmark::State& state, const std::vector<Plan>& plans,
              const std::vector<EvidenceRecord>& evidence, size_t plan_bytes) {
  for (auto _ : state) {
    auto c = CompiledPortfolio::Compile(plans);
    CompiledPortfolio p = c->WithEvidence(evidence);
    benchmark::DoNotOptimize(p.evidence_count());
  }
  const size_t before = HeapInUse();
  auto compiled = CompiledPortfolio::Compile(plans);
  if (!compiled.ok()) {
    state.SkipWithError(std::string(compiled.status().message()).c_str());
    return;
  }
  const size_t compiled_bytes = HeapInUse() - before;
  const CompiledPortfolio with = compiled->WithEvidence(evidence);
  const size_t evidence_bytes = HeapInUse() - before - compiled_bytes;
  const double occ = static_cast<double>(compiled->occurrence_count());
  const double n = static_cast<double>(plans.size());
  const double ev = static_cast<double>(with.evidence_count());
  state.counters["plans"] = n;
  state.counters["occurrences"] = occ;
  state.counters["evidence"] = ev;
  state.counters["compiled_MB"] = static_cast<double>(compiled_bytes) / 1048576.0;
  state.counters["bytes_per_plan"] = static_cast<double>(compiled_bytes) / n;
  state.counters["bytes_per_occurrence"] = static_cast<double>(compiled_bytes) / occ;
  state.counters["bytes_per_evidence"] = ev > 0 ? static_cast<double>(evidence_bytes) / ev : 0.0;
  state.counters["plan_bytes_per_plan"] = static_cast<double>(plan_bytes) / n;
}

void BM_PortfolioMemoryPlans(benchmark::State& state) {
  const int64_t n = state.range(0);
  const Plan base = *DefaultPlan();
  const Calendar cal = *DefaultCalendar();
  std::vector<Plan> plans;
  plans.reserve(static_cast<size_t>(n));
  std::vector<EvidenceRecord> evidence;
  const size_t before = HeapInUse();
  for (size_t i = 0; i < static_cast<size_t>(n); ++i) plans.push_back(WorkloadPlan(base, i, true));
  const size_t plan_bytes = HeapInUse() - before;
  AppendEvidence(plans, cal, true, evidence);
  MemoryOf(state, plans, evidence, plan_bytes);
}
BENCHMARK(BM_PortfolioMemoryPlans)
    ->Arg(553)
    ->Arg(10000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

void BM_PortfolioMemoryOccurrences(benchmark::State& state) {
  const int k = static_cast<int>(state.range(0));
  const size_t before = HeapInUse();
  const std::vector<Plan> plans = {QuarterlyPlan(k)};
  const size_t plan_bytes = HeapInUse() - before;
  const Calendar cal = *DefaultCalendar();
  const size_t before_expansion = HeapInUse();
  const PlanOccurrences occ = ExpandOccurrences(plans[0], cal);
  // What Compile holds for a moment per plan being expanded (a block of plans at a time).
  state.counters["expansion_bytes_per_occurrence"] =
      static_cast<double>(HeapInUse() - before_expansion) /
      static_cast<double>(std::max<size_t>(1, occ.occurrences.size()));
  std::vector<EvidenceRecord> evidence;
  evidence.reserve(occ.occurrences.size());
  for (const Occurrence& o : occ.occurrences) {
    EvidenceRecord e;
    e.satker = "KPU-72";
    e.indicator = o.indicator_id;
    e.occurrence = o.index;
    e.date = o.due;
    evidence.push_back(std::move(e));
  }
  MemoryOf(state, plans, evidence, plan_bytes);
}
BENCHMARK(BM_PortfolioMemoryOccurrences)
    ->Arg(1000)
    ->Arg(25000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

// The transient memory of compiling plans at the occurrence cap (docs/limits.md): N plans of
// 25,000 quarterly indicators (100,000 occurrences each), with the default expansion budget
// (second argument 0) and with none (1: one block holds every plan, as before 0.4).
// peak_rise_MB is how much the process's peak resident memory rose during Compile, over
// the plans already held; run each case in a process of its own so that one case's peak
// does not hide the other's (docs/limits.md gives the command).
void BM_PortfolioCompileCapPlans(benchmark::State& state) {
  const int64_t n = state.range(0);
  const Plan one = QuarterlyPlan(25000);
  std::vector<Plan> plans;
  plans.reserve(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) {
    PlanData d = one.data();
    d.satker.code = "SYN-" + std::to_string(i + 1);
    plans.emplace_back(std::move(d));
  }
  CompileOptions options;
  options.expansion_budget = state.range(1) == 0 ? 0 : std::numeric_limits<size_t>::max();
  rusage before{};
  getrusage(RUSAGE_SELF, &before);
  size_t occurrences = 0;
  for (auto _ : state) {
    auto compiled = CompiledPortfolio::Compile(plans, options);
    if (!compiled.ok()) {
      state.SkipWithError(std::string(compiled.status().message()).c_str());
      return;
    }
    occurrences = compiled->occurrence_count();
  }
  rusage after{};
  getrusage(RUSAGE_SELF, &after);
  state.counters["occurrences"] = static_cast<double>(occurrences);
  state.counters["peak_rss_MB"] = static_cast<double>(after.ru_maxrss) / 1024.0;
  state.counters["peak_rise_MB"] = static_cast<double>(after.ru_maxrss - before.ru_maxrss) / 1024.0;
}
BENCHMARK(BM_PortfolioCompileCapPlans)
    ->Args({64, 0})
    ->Args({64, 1})
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

}  // namespace
