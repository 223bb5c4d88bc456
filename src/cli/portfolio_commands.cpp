// zi portfolio: many satker plans scored as of a date, ranked and rolled up per parent.
#include <algorithm>
#include <filesystem>
#include <ostream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "common.hpp"
#include "compliance.hpp"
#include "format.hpp"
#include "zi/compliance/portfolio.hpp"
#include "zi/compliance/synthetic.hpp"
#include "zi/defaults.hpp"
#include "zi/io/plan_json.hpp"
#include "zi/io/report_json.hpp"

namespace zi::cli {
namespace {

namespace fs = std::filesystem;

// --plans DIR (every *.json in it, by name) or FILE[,FILE...]; --with-default adds the
// embedded plan; --synthetic N adds N generated plans (for demonstrations and load tests).
absl::StatusOr<std::vector<Plan>> LoadPlans(const Args& args) {
  std::vector<Plan> plans;
  if (auto spec = args.Option("--plans")) {
    std::vector<std::string> files;
    std::error_code ec;
    if (fs::is_directory(*spec, ec)) {
      for (const auto& e : fs::directory_iterator(*spec, ec)) {
        if (e.path().extension() == ".json") files.push_back(e.path().string());
      }
      std::sort(files.begin(), files.end());
      if (files.empty()) return absl::InvalidArgumentError(*spec + ": no *.json plan files");
    } else {
      files = absl::StrSplit(*spec, ',', absl::SkipEmpty());
    }
    for (const std::string& f : files) {
      absl::StatusOr<Plan> p = LoadPlanFile(f);
      if (!p.ok()) return p.status();
      plans.push_back(*std::move(p));
    }
  }
  if (auto count = args.Int("--synthetic")) {
    absl::StatusOr<Plan> base = DefaultPlan();
    if (!base.ok()) return base.status();
    for (Plan& p : SyntheticPortfolio(*base, static_cast<size_t>(*count), 2026)) {
      plans.push_back(std::move(p));
    }
  }
  if (args.Flag("--with-default") || plans.empty()) {
    absl::StatusOr<Plan> p = DefaultPlan();
    if (!p.ok()) return p.status();
    const bool taken = std::any_of(plans.begin(), plans.end(), [&](const Plan& q) {
      return q.satker().code == p->satker().code;
    });
    if (!taken) plans.insert(plans.begin(), *p);
  }
  return plans;
}

// A 0..100 score as "71,25", or "–".
std::string Score100(const std::optional<double>& x) {
  return Percent(x ? std::optional<double>(*x / 100) : std::nullopt);
}

void PrintHuman(std::ostream& out, const CompiledPortfolio& portfolio,
                const PortfolioScores& scores, const PortfolioScoreOptions& options, size_t top) {
  out << "Peringkat Kepatuhan Rencana Aksi Zona Integritas\n";
  out << "Per tanggal : " << LongDateWithDay(scores.as_of) << "\n";
  out << "Satker      : " << portfolio.plan_count() << " rencana aksi, "
      << portfolio.occurrence_count() << " keluaran, " << portfolio.evidence_count()
      << " catatan bukti\n\n";
  out << "  " << PadLeft("No.", 5) << "  " << PadRight("Kode", 10) << " " << Cell("Satker", 48)
      << " " << PadLeft("Nilai", 8) << "\n";
  const size_t shown = std::min(top, scores.ranking.size());
  for (size_t k = 0; k < shown; ++k) {
    const uint32_t p = scores.ranking[k];
    out << "  " << PadLeft(std::to_string(k + 1), 5) << "  "
        << PadRight(portfolio.satker(p).code, 10) << " " << Cell(portfolio.satker(p).name, 48)
        << " " << PadLeft(Score100(scores.score[p]), 8) << "\n";
  }
  if (shown < scores.ranking.size()) {
    out << "  … " << scores.ranking.size() - shown << " satker lainnya (--top N, --json)\n";
  }
  if (scores.rollups.empty()) return;
  out << "\nRekap per satker induk (nilai >= " << FormatNumber(options.threshold) << ")\n";
  out << "  " << PadRight("Induk", 10) << " " << PadLeft("Jumlah", 6) << " " << PadLeft("Rata2", 8)
      << " " << PadLeft("Min", 8) << " " << PadLeft("Maks", 8) << " " << PadLeft(">=", 8) << " "
      << PadLeft("", 6) << "\n";
  for (const RollUp& r : scores.rollups) {
    out << "  " << PadRight(r.parent, 10) << " " << PadLeft(std::to_string(r.count), 6) << " "
        << PadLeft(Score100(r.mean), 8) << " " << PadLeft(Score100(r.min), 8) << " "
        << PadLeft(Score100(r.max), 8) << " " << PadLeft(std::to_string(r.at_or_above), 8) << "\n";
  }
}

int RunPortfolio(const Args& args, std::ostream& out, std::ostream& err) {
  const std::optional<Date> as_of = args.IsoDate("--as-of");
  if (!as_of) {
    err << "zi: error: --as-of YYYY-MM-DD is required (the engine never reads the clock)\n";
    return kExitUsage;
  }
  PortfolioScoreOptions options;
  options.threads = static_cast<int>(args.Int("--threads").value_or(options.threads));
  const size_t top = static_cast<size_t>(args.Int("--top").value_or(20));
  options.threshold = args.Real("--threshold").value_or(options.threshold);
  options.policy.late_credit = args.Real("--late-credit").value_or(options.policy.late_credit);
  options.policy.count_submitted = args.Flag("--count-submitted");

  absl::StatusOr<std::vector<Plan>> plans = LoadPlans(args);
  if (!plans.ok()) return Fail(err, plans.status());
  CompileOptions compile;
  compile.threads = options.threads;
  absl::StatusOr<CompiledPortfolio> compiled = CompiledPortfolio::Compile(*plans, compile);
  if (!compiled.ok()) return Fail(err, compiled.status());
  CompiledPortfolio portfolio = *compiled;
  if (auto path = args.Option("--evidence")) {
    absl::StatusOr<EvidenceImport> ev = LoadEvidenceFile(*path, portfolio.Scope());
    if (!ev.ok()) return Fail(err, ev.status());
    for (const RejectedRow& r : ev->rejected) {
      err << "zi: bukti ditolak: " << *path << ": " << r.where << ": " << r.reason << "\n";
    }
    const size_t rejected = ev->rejected.size();
    if (rejected > 0 && !args.Flag("--allow-rejects")) {
      err << "zi: error: " << rejected << " baris bukti ditolak di " << *path
          << " (gunakan --allow-rejects untuk tetap menilai)\n";
      return kExitFailure;
    }
    portfolio = portfolio.WithEvidence(ev->accepted);
  }
  absl::StatusOr<PortfolioScores> scores = portfolio.Score(*as_of, options);
  if (!scores.ok()) return Fail(err, scores.status());

  if (args.Flag("--json")) {
    out << WritePortfolioJson(portfolio, *scores, options.threshold);
  } else {
    PrintHuman(out, portfolio, *scores, options, top);
  }
  return kExitOk;
}

const Register kPortfolio{
    {"portfolio", "nilai kepatuhan banyak satker per tanggal: peringkat dan rekap per satker induk",
     "zi portfolio --as-of YYYY-MM-DD [--plans DIR|FILE,FILE...] [--with-default] "
     "[--synthetic N] [--evidence FILE] [--allow-rejects] [--threads N] [--threshold X] "
     "[--late-credit X] [--count-submitted] [--top N] [--json]",
     ArgSpec()
         .Flag("--json")
         .Flag("--with-default")
         .Flag("--allow-rejects")
         .Flag("--count-submitted")
         .IsoDate("--as-of", "--as-of: {}")
         .Text("--plans")
         .Int("--synthetic", 1, 1000000, "--synthetic: '{}' is not 1..1000000")
         .Text("--evidence")
         .Int("--threads", 0, 1024, "--threads: '{}' is not a whole number from 0 to 1024")
         .Real("--threshold", "--threshold: not a number")
         .Real("--late-credit", "--late-credit: not a number")
         .Int("--top", 0, 1000000, "--top: '{}' is not a whole number from 0 to 1000000"),
     RunPortfolio}};

}  // namespace
}  // namespace zi::cli
