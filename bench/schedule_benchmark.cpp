// Deadline engine: schedule phrase parsing per family, RRULE expansion, due dates and the
// expansion of the embedded plan into occurrences (items/s = occurrences per second).
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "zi/io/calendar_json.hpp"
#include "zi/deadline/due_date.hpp"
#include "zi/defaults.hpp"
#include "zi/deadline/occurrence.hpp"
#include "zi/deadline/schedule.hpp"

namespace {

using zi::Calendar;
using zi::Date;

const Calendar& Id2026() {
  static const Calendar cal = *zi::DefaultCalendar();
  return cal;
}

void Parse(benchmark::State& state, const char* phrase) {
  for (auto _ : state) {
    absl::StatusOr<zi::Schedule> s = zi::ParseSchedule(phrase, 2026);
    benchmark::DoNotOptimize(s);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(Parse, single_month, "Januari 2026");
BENCHMARK_CAPTURE(Parse, month_range, "Januari s.d. Februari 2026");
BENCHMARK_CAPTURE(Parse, month_range_cross_year, "Oktober 2026 s.d. Januari 2027");
BENCHMARK_CAPTURE(Parse, month_list, "Maret, Juni, September dan Desember 2026");
BENCHMARK_CAPTURE(Parse, recurring_quarterly, "Per Triwulan");
BENCHMARK_CAPTURE(Parse, recurring_monthly, "Setiap Bulan");
BENCHMARK_CAPTURE(Parse, recurring_count, "Tiap 3 (tiga) bulan");
BENCHMARK_CAPTURE(Parse, recurring_weekly, "Mingguan");
BENCHMARK_CAPTURE(Parse, named_periods, "Triwulan II - IV 2026");
BENCHMARK_CAPTURE(Parse, error, "Per Windu");

void ParseRrule(benchmark::State& state, const char* rule) {
  for (auto _ : state) {
    absl::StatusOr<zi::Schedule> s = zi::ParseRrule(rule, 2026);
    benchmark::DoNotOptimize(s);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(ParseRrule, quarterly, "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;COUNT=4");
BENCHMARK_CAPTURE(ParseRrule, weekly, "FREQ=WEEKLY");

void DueDates(benchmark::State& state) {
  zi::DuePolicy policy;
  policy.offset = zi::DueOffset::kWorkingDays;
  policy.n = static_cast<int>(state.range(0));
  const Date start = Date::FromYmd(2026, 1, 1);
  int32_t day = 0;
  for (auto _ : state) {
    const Date due = zi::DueDate(start.AddDays(day), policy, Id2026());
    benchmark::DoNotOptimize(due);
    day = (day + 1) % 300;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(DueDates)->Arg(0)->Arg(5)->Arg(20);

void WorkingDaysBetween(benchmark::State& state) {
  const Date a = Date::FromYmd(2026, 1, 1);
  int32_t day = 1;
  for (auto _ : state) {
    const int n = Id2026().WorkingDaysBetween(a, a.AddDays(day), true, true);
    benchmark::DoNotOptimize(n);
    day = day % 364 + 1;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(WorkingDaysBetween);

// The embedded plan (64 indicators, 118 occurrences) with the ID-2026 calendar.
void ExpandEmbeddedPlan(benchmark::State& state) {
  const zi::Plan plan = *zi::DefaultPlan();
  size_t occurrences = 0;
  for (auto _ : state) {
    zi::PlanOccurrences occ = zi::ExpandOccurrences(plan, Id2026());
    occurrences += occ.occurrences.size();
    benchmark::DoNotOptimize(occ);
  }
  state.SetItemsProcessed(static_cast<int64_t>(occurrences));
  state.counters["occurrences_per_plan"] =
      static_cast<double>(occurrences) / static_cast<double>(state.iterations());
}
BENCHMARK(ExpandEmbeddedPlan);

// The same plan with a working-days due policy (5 working days after each window).
void ExpandEmbeddedPlanWorkingDays(benchmark::State& state) {
  zi::PlanData data = zi::DefaultPlan()->data();
  data.due_policy.offset = zi::DueOffset::kWorkingDays;
  data.due_policy.n = 5;
  const zi::Plan plan(std::move(data));
  size_t occurrences = 0;
  for (auto _ : state) {
    zi::PlanOccurrences occ = zi::ExpandOccurrences(plan, Id2026());
    occurrences += occ.occurrences.size();
    benchmark::DoNotOptimize(occ);
  }
  state.SetItemsProcessed(static_cast<int64_t>(occurrences));
}
BENCHMARK(ExpandEmbeddedPlanWorkingDays);

}  // namespace
