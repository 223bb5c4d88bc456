// zi portfolio: many satker plans scored as of a date, ranked and rolled up per parent.
#include <algorithm>
#include <filesystem>
#include <iterator>
#include <map>
#include <ostream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "common.hpp"
#include "compliance.hpp"
#include "format.hpp"
#include "plan_set.hpp"
#include "zi/compliance/portfolio.hpp"
#include "zi/compliance/synthetic.hpp"
#include "zi/deadline/occurrence.hpp"
#include "zi/defaults.hpp"
#include "zi/io/plan_json.hpp"
#include "zi/io/report_json.hpp"

namespace zi::cli {
namespace {

namespace fs = std::filesystem;

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
  out << MoreLine(shown, scores.ranking.size());
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
  absl::StatusOr<Output> output = ReadOutputArgs(args);
  if (!output.ok()) {
    err << "zi: galat: " << output.status().message() << "\n";
    return kExitUsage;
  }
  const std::optional<Date> as_of = args.IsoDate("--as-of");
  if (!as_of) {
    err << "zi: galat: " << kAsOfRequired << "\n";
    return kExitUsage;
  }
  PortfolioScoreOptions options;
  options.threads = static_cast<int>(args.Int("--threads").value_or(options.threads));
  const size_t top = args.Limit(20);  // --limit N (--top N, its older name) or --all
  options.threshold = args.Real("--threshold").value_or(options.threshold);
  options.policy.late_credit = args.Real("--late-credit").value_or(options.policy.late_credit);
  options.policy.count_submitted = args.Flag("--count-submitted");

  absl::StatusOr<LoadedPlans> loaded = LoadPlanSet(args);
  if (!loaded.ok()) return Fail(err, loaded.status());
  // Every bad plan is reported with its file and reason; the rest are scored, and the
  // exit status is 1 unless --allow-bad-plans says the rest is what was wanted.
  bool keep_going = true;
  const int bad_plans_status = ReportBadPlans(args, *loaded, err, &keep_going);
  if (!keep_going) return bad_plans_status;
  const bool bad_plans = bad_plans_status != kExitOk;
  // The plans are not kept past compiling (nothing below reads them), and synthetic ones
  // are made a block at a time: --synthetic 100000 holds one block of plans, not all.
  CompileOptions compile;
  compile.threads = options.threads;
  compile.plan_labels = loaded->AllLabels();
  compile.keep_plans = false;
  absl::StatusOr<CompiledPortfolio> compiled = CompiledPortfolio::Compile(
      loaded->count(), [&](size_t i) -> absl::StatusOr<Plan> { return loaded->At(i); }, compile);
  if (!compiled.ok()) return Fail(err, compiled.status());
  loaded->plans = {};
  CompiledPortfolio portfolio = *compiled;
  // --evidence FILE, repeatable: every file is read against the portfolio's scope and their
  // accepted records are scored together.
  const std::vector<std::string> evidence_files = args.List("--evidence");
  if (!evidence_files.empty()) {
    absl::StatusOr<EvidenceReadOptions> read = EvidenceOptionsArg(args);
    if (!read.ok()) {
      err << "zi: galat: " << read.status().message() << "\n";
      return kExitUsage;
    }
    // Evidence of satker outside the portfolio (a national file scored for one province)
    // is one line per satker, not one rejection per row.
    read->summarize_other_satker = true;
    read->threads = options.threads;  // the rows of a file are checked on --threads threads
    const EvidenceScope scope = portfolio.Scope();
    std::vector<EvidenceRecord> accepted;
    size_t rejected = 0;
    for (const std::string& path : evidence_files) {
      absl::StatusOr<EvidenceImport> ev = LoadEvidenceFile(path, scope, *read);
      if (!ev.ok()) return Fail(err, ev.status());
      PrintEvidenceRemarks(err, path, *ev);
      if (!ev->rejected.empty()) {
        err << "zi: " << ev->rejected.size() << " baris bukti ditolak di " << path << "\n";
      }
      rejected += ev->rejected.size();
      accepted.insert(accepted.end(), std::make_move_iterator(ev->accepted.begin()),
                      std::make_move_iterator(ev->accepted.end()));
    }
    if (rejected > 0 && !args.Flag("--allow-rejects")) {
      err << "zi: galat: " << rejected << " baris bukti ditolak"
          << " (gunakan --allow-rejects untuk tetap menilai)\n";
      return kExitFailure;
    }
    portfolio = portfolio.WithEvidence(accepted);
  }
  absl::StatusOr<PortfolioScores> scores = portfolio.Score(*as_of, options);
  if (!scores.ok()) return Fail(err, scores.status());

  int status = kExitOk;
  if (output->format == ReportFormat::kJson) {
    status =
        WriteText(*output, WritePortfolioJson(portfolio, *scores, options.threshold), out, err);
  } else if (output->format != ReportFormat::kText) {
    status = WriteTables(*output, PortfolioTables(portfolio, *scores, options.threshold), out, err);
  } else {
    std::ostringstream text;
    PrintHuman(text, portfolio, *scores, options, top);
    status = WriteText(*output, text.str(), out, err);
  }
  return status == kExitOk && bad_plans ? kExitFailure : status;
}

const Register kPortfolio{
    {"portfolio", "nilai kepatuhan banyak satker per tanggal: peringkat dan rekap per satker induk",
     "zi portfolio --as-of YYYY-MM-DD [--plans DIREKTORI|BERKAS,BERKAS...] [--with-default] "
     "[--synthetic N] [--allow-bad-plans] [--evidence BERKAS]... [--allow-rejects] [--threads N] "
     "[--threshold X] [--late-credit X] [--count-submitted] [--limit N | --all] [--encoding E] "
     "[--delimiter D] [--date-order O] [--evidence-sheet NAMA] [--infer-occurrence] "
     "[--format text|json|csv|xlsx] [-o BERKAS] [--sheet NAMA] [--json]",
     WithEvidenceReadOptions(WithOutputOptions(ArgSpec()))
         .Flag("--with-default")
         .Flag("--allow-rejects")
         .Flag("--allow-bad-plans")
         .Flag("--count-submitted")
         .IsoDate("--as-of", "--as-of: {}")
         .Text("--plans")
         .Int("--synthetic", 1, 1000000, "--synthetic: '{}' bukan bilangan bulat 1..1000000")
         .List("--evidence")
         .Int("--threads", 0, 1024, "--threads: '{}' bukan bilangan bulat 0 sampai 1024")
         .Real("--threshold", "--threshold: '{}' bukan bilangan (75 atau 72,5)")
         .Real("--late-credit", "--late-credit: '{}' bukan bilangan (0,5 atau 0.5)")
         .Limit()
         .Int("--top", 0, 1000000000, "--top: '{}' bukan bilangan bulat 0 sampai 1000000000"),
     RunPortfolio}};

}  // namespace
}  // namespace zi::cli
