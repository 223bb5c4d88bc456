// Scale (docs/limits.md): loading and scoring plans of 10^3, 10^4 and 10^5 indicators grows
// linearly. Each benchmark reads the plan's JSON, expands it and scores it with no evidence;
// items/s is indicators per second, so a flat items/s across sizes is linear growth.
// The single-plan path's memory per occurrence: bytes_per_occurrence counter (the heap growth
// of one ScorePlan report divided by its occurrences, measured with mallinfo2).
#include <benchmark/benchmark.h>
#include <malloc.h>

#include <string>

#include "zi/compliance/scoring.hpp"
#include "zi/deadline/occurrence.hpp"
#include "zi/defaults.hpp"
#include "zi/io/plan_json.hpp"

namespace {

// A plan of `n` indicators: 6 komponen, 4 aspek each, kegiatan of 10 indikator, every
// indicator on `schedule` with target "4 (empat) Laporan".
std::string ScalePlanJson(int n, const char* schedule) {
  zi::PlanData p;
  p.satker = zi::Satker{"KPU-72", "KPU Provinsi Sulawesi Tengah", zi::SatkerLevel::kProvinsi,
                        "KPU-RI", zi::TimeZone::kWITA};
  p.year = 2026;
  int made = 0;
  for (int c = 0; c < 6 && made < n; ++c) {
    zi::Component comp;
    comp.name = "Komponen " + std::to_string(c + 1);
    for (int a = 0; a < 4 && made < n; ++a) {
      zi::Aspect asp;
      asp.name = "Aspek " + std::to_string(a + 1);
      const int per_aspect = (n + 23) / 24;
      for (int k = 0; k * 10 < per_aspect && made < n; ++k) {
        zi::Activity act;
        act.text = "Kegiatan " + std::to_string(k + 1);
        for (int i = 0; i < 10 && made < n; ++i, ++made) {
          zi::Indicator ind;
          ind.text = "Indikator " + std::to_string(made + 1);
          ind.evidence = "Laporan";
          ind.schedule = schedule;
          ind.target = "4 (empat) Laporan";
          act.indicators.push_back(std::move(ind));
        }
        asp.activities.push_back(std::move(act));
      }
      comp.aspects.push_back(std::move(asp));
    }
    p.components.push_back(std::move(comp));
  }
  return zi::WritePlanJson(zi::Plan(std::move(p)));
}

const zi::Calendar& Id2026() {
  static const zi::Calendar cal = *zi::DefaultCalendar();
  return cal;
}

void LoadAndScore(benchmark::State& state, const char* schedule) {
  const int n = static_cast<int>(state.range(0));
  const std::string json = ScalePlanJson(n, schedule);
  const zi::Date as_of = zi::Date::FromYmd(2026, 7, 1);
  size_t occurrences = 0;
  for (auto _ : state) {
    absl::StatusOr<zi::Plan> plan = zi::ReadPlanJson(json);
    if (!plan.ok()) {
      state.SkipWithError(std::string(plan.status().message()).c_str());
      return;
    }
    const zi::PlanOccurrences occ = zi::ExpandOccurrences(*plan, Id2026());
    occurrences = occ.occurrences.size();
    zi::ComplianceReport report = zi::ScorePlan(*plan, occ, {}, as_of);
    benchmark::DoNotOptimize(report);
  }
  state.SetItemsProcessed(state.iterations() * n);
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(json.size()));
  state.counters["occurrences"] = static_cast<double>(occurrences);

  // Memory of the single-plan path, once, outside the timed loop.
  absl::StatusOr<zi::Plan> plan = zi::ReadPlanJson(json);
  const size_t before = mallinfo2().uordblks;
  {
    const zi::PlanOccurrences occ = zi::ExpandOccurrences(*plan, Id2026());
    zi::ComplianceReport report = zi::ScorePlan(*plan, occ, {}, as_of);
    const size_t after = mallinfo2().uordblks;
    state.counters["bytes_per_occurrence"] =
        occ.occurrences.empty() ? 0.0
                                : static_cast<double>(after - before) /
                                      static_cast<double>(occ.occurrences.size());
    benchmark::DoNotOptimize(report);
  }
}

// Quarterly: 4 occurrences per indicator, so 25,000 indicators reach the 100,000-occurrence
// limit (docs/limits.md).
BENCHMARK_CAPTURE(LoadAndScore, quarterly, "Per Triwulan")
    ->Arg(1000)->Arg(10000)->Arg(25000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(LoadAndScore, one_off, "Desember 2026")
    ->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

// The refusal of an over-limit plan is quick: 10^5 weekly indicators (5.2 million
// occurrences) are counted, not expanded.
void RefuseOverLimit(benchmark::State& state) {
  const std::string json = ScalePlanJson(100000, "Mingguan");
  absl::StatusOr<zi::Plan> plan = zi::ReadPlanJson(json);
  for (auto _ : state) {
    absl::Status s = zi::CheckOccurrenceLimit(*plan);
    benchmark::DoNotOptimize(s);
  }
}
BENCHMARK(RefuseOverLimit)->Unit(benchmark::kMillisecond);

}  // namespace
