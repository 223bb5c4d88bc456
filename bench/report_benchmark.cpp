// The HTML report of the 553-satker synthetic portfolio (docs/report.md, "Size and
// speed"): writing it, against scoring the same portfolio in the same run. Target: under
// 1 s and under 5 MB. The counters give the page size in bytes.
//
// Compare figures only within one run: the machine is shared.
#include <benchmark/benchmark.h>

#include <memory>

#include "zi/compliance/portfolio.hpp"
#include "zi/compliance/synthetic.hpp"
#include "zi/defaults.hpp"
#include "zi/io/report_html.hpp"

namespace {

using namespace zi;

struct Workload {
  std::unique_ptr<CompiledPortfolio> portfolio;
  PortfolioScores scores;
};

const Workload& Portfolio553() {
  static const Workload w = [] {
    const Plan base = *DefaultPlan();
    const std::vector<Plan> plans = SyntheticPortfolio(base, 553, 2026);
    const Calendar calendar = *DefaultCalendar();
    std::vector<EvidenceRecord> evidence;
    for (size_t p = 0; p < plans.size(); ++p) {
      for (EvidenceRecord& e :
           SyntheticEvidence(plans[p], ExpandOccurrences(plans[p], calendar), 2033 + p)) {
        evidence.push_back(std::move(e));
      }
    }
    Workload out;
    out.portfolio = std::make_unique<CompiledPortfolio>(
        CompiledPortfolio::Compile(plans)->WithEvidence(evidence));
    out.scores = *out.portfolio->Score(Date::FromYmd(2026, 7, 1));
    return out;
  }();
  return w;
}

// Scoring the 553 plans as of a date, on every hardware thread (as `zi report --portfolio`).
void BM_Score553(benchmark::State& state) {
  const Workload& w = Portfolio553();
  for (auto _ : state) {
    absl::StatusOr<PortfolioScores> s = w.portfolio->Score(Date::FromYmd(2026, 7, 1));
    benchmark::DoNotOptimize(s);
  }
}
BENCHMARK(BM_Score553)->Unit(benchmark::kMillisecond);

// Writing the portfolio HTML report from those scores.
void BM_PortfolioReportHtml553(benchmark::State& state) {
  const Workload& w = Portfolio553();
  size_t bytes = 0;
  for (auto _ : state) {
    const std::string html = WritePortfolioReportHtml(*w.portfolio, w.scores);
    bytes = html.size();
    benchmark::DoNotOptimize(html.data());
  }
  state.counters["bytes"] = static_cast<double>(bytes);
  state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
}
BENCHMARK(BM_PortfolioReportHtml553)->Unit(benchmark::kMillisecond);

// Scoring and writing together: what `zi report --portfolio` does after loading.
void BM_ScoreAndReport553(benchmark::State& state) {
  const Workload& w = Portfolio553();
  for (auto _ : state) {
    const PortfolioScores s = *w.portfolio->Score(Date::FromYmd(2026, 7, 1));
    const std::string html = WritePortfolioReportHtml(*w.portfolio, s);
    benchmark::DoNotOptimize(html.data());
  }
}
BENCHMARK(BM_ScoreAndReport553)->Unit(benchmark::kMillisecond);

// The satker report of the embedded plan (118 deliverables).
void BM_SatkerReportHtml(benchmark::State& state) {
  const Plan plan = *DefaultPlan();
  const Calendar calendar = *DefaultCalendar();
  const ComplianceReport report = ScorePlan(plan, calendar, {}, Date::FromYmd(2026, 7, 1));
  size_t bytes = 0;
  for (auto _ : state) {
    const std::string html = WriteSatkerReportHtml(report, calendar);
    bytes = html.size();
    benchmark::DoNotOptimize(html.data());
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_SatkerReportHtml)->Unit(benchmark::kMillisecond);

}  // namespace
