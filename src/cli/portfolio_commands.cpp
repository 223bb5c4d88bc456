// zi portfolio: many satker plans scored as of a date, ranked and rolled up per parent.
#include <boost/json.hpp>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <ostream>

#include "cli/common.hpp"
#include "cli/compliance.hpp"
#include "internal/json_io.hpp"
#include "internal/strings.hpp"
#include "zi/defaults.hpp"
#include "zi/io/plan_json.hpp"
#include "zi/compliance/portfolio.hpp"
#include "zi/compliance/synthetic.hpp"

namespace zi::cli {
namespace internal = ::zi::internal;
namespace {

namespace fs = std::filesystem;
namespace json = boost::json;

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
      if (files.empty()) {
        return absl::InvalidArgumentError(internal::Cat(*spec, ": no *.json plan files"));
      }
    } else {
      size_t start = 0;
      while (start <= spec->size()) {
        size_t end = spec->find(',', start);
        if (end == std::string::npos) end = spec->size();
        if (end > start) files.push_back(spec->substr(start, end - start));
        start = end + 1;
      }
    }
    for (const std::string& f : files) {
      absl::StatusOr<Plan> p = LoadPlanFile(f);
      if (!p.ok()) return p.status();
      plans.push_back(*std::move(p));
    }
  }
  if (auto n = args.Option("--synthetic")) {
    char* end = nullptr;
    const long count = std::strtol(n->c_str(), &end, 10);
    if (n->empty() || *end != '\0' || count < 1 || count > 1000000) {
      return absl::InvalidArgumentError(internal::Cat("--synthetic: '", *n, "' is not 1..1000000"));
    }
    absl::StatusOr<Plan> base = DefaultPlan();
    if (!base.ok()) return base.status();
    for (Plan& p : SyntheticPortfolio(*base, static_cast<size_t>(count), 2026)) {
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

std::optional<int> IntOption(const Args& args, const std::string& name, int min, int max,
                             std::ostream& err) {
  auto v = args.Option(name);
  if (!v) return std::nullopt;
  char* end = nullptr;
  const long x = std::strtol(v->c_str(), &end, 10);
  if (v->empty() || *end != '\0' || x < min || x > max) {
    Fail(err, internal::Cat(name, ": '", *v, "' is not a whole number from ", min, " to ", max));
    return min - 1;
  }
  return static_cast<int>(x);
}

int RunPortfolio(const Args& args, std::ostream& out, std::ostream& err) {
  const std::optional<std::string> as_of_text = args.Option("--as-of");
  if (!as_of_text) {
    err << "zi: error: --as-of YYYY-MM-DD is required (the engine never reads the clock)\n";
    return kExitUsage;
  }
  absl::StatusOr<Date> as_of = ParseIsoDate(*as_of_text);
  if (!as_of.ok()) return Fail(err, internal::Cat("--as-of: ", as_of.status().message()));
  PortfolioScoreOptions options;
  if (auto t = IntOption(args, "--threads", 0, 1024, err)) {
    if (*t < 0) return kExitFailure;
    options.threads = *t;
  }
  int top = 20;
  if (auto t = IntOption(args, "--top", 0, 1000000, err)) {
    if (*t < 0) return kExitFailure;
    top = *t;
  }
  if (auto th = args.Option("--threshold")) {
    char* end = nullptr;
    options.threshold = std::strtod(th->c_str(), &end);
    if (th->empty() || *end != '\0') return Fail(err, "--threshold: not a number");
  }
  if (auto lc = args.Option("--late-credit")) {
    char* end = nullptr;
    options.policy.late_credit = std::strtod(lc->c_str(), &end);
    if (lc->empty() || *end != '\0') return Fail(err, "--late-credit: not a number");
  }
  options.policy.count_submitted = args.Flag("--count-submitted");

  absl::StatusOr<std::vector<Plan>> plans = LoadPlans(args);
  if (!plans.ok()) return Fail(err, plans.status());
  CompileOptions compile;
  compile.threads = options.threads;
  absl::StatusOr<CompiledPortfolio> compiled = CompiledPortfolio::Compile(*plans, compile);
  if (!compiled.ok()) return Fail(err, compiled.status());
  CompiledPortfolio portfolio = *compiled;
  size_t rejected = 0;
  if (auto path = args.Option("--evidence")) {
    absl::StatusOr<EvidenceImport> ev = LoadEvidenceFile(*path, portfolio.Scope());
    if (!ev.ok()) return Fail(err, ev.status());
    for (const RejectedRow& r : ev->rejected) {
      err << "zi: bukti ditolak: " << *path << ": " << r.where << ": " << r.reason << "\n";
    }
    rejected = ev->rejected.size();
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
    json::object root;
    root["as_of"] = FormatIsoDate(*as_of);
    root["threshold"] = options.threshold;
    json::array satker;
    for (size_t p = 0; p < portfolio.plan_count(); ++p) {
      const Satker& s = portfolio.satker(p);
      json::object o;
      o["code"] = s.code;
      o["name"] = s.name;
      o["parent"] = s.parent;
      o["score"] = scores->score[p] ? json::value(*scores->score[p]) : json::value(nullptr);
      json::array comps;
      const auto& cs = portfolio.plan(p).components();
      for (size_t c = 0; c < cs.size(); ++c) {
        const double v = scores->component_score[scores->component_offset[p] + c];
        json::object co;
        co["id"] = cs[c].id;
        co["score"] = std::isnan(v) ? json::value(nullptr) : json::value(v);
        comps.push_back(std::move(co));
      }
      o["components"] = std::move(comps);
      json::object counts;
      for (int k = 0; k < 5; ++k) {
        counts[ToString(static_cast<OccurrenceStatus>(k))] =
            scores->status_counts[p][static_cast<size_t>(k)];
      }
      o["occurrences"] = std::move(counts);
      satker.push_back(std::move(o));
    }
    root["satker"] = std::move(satker);
    json::array ranking;
    for (uint32_t p : scores->ranking) ranking.push_back(json::string(portfolio.satker(p).code));
    root["ranking"] = std::move(ranking);
    json::array rollups;
    for (const RollUp& r : scores->rollups) {
      json::object o;
      o["parent"] = r.parent;
      o["count"] = r.count;
      o["scored"] = r.scored;
      o["mean"] = r.mean ? json::value(*r.mean) : json::value(nullptr);
      o["min"] = r.min ? json::value(*r.min) : json::value(nullptr);
      o["max"] = r.max ? json::value(*r.max) : json::value(nullptr);
      o["at_or_above"] = r.at_or_above;
      rollups.push_back(std::move(o));
    }
    root["rollups"] = std::move(rollups);
    out << internal::WriteJson(root);
    return kExitOk;
  }

  out << "Peringkat Kepatuhan Rencana Aksi Zona Integritas\n";
  out << "Per tanggal : " << LongDateWithDay(*as_of) << "\n";
  out << "Satker      : " << portfolio.plan_count() << " rencana aksi, "
      << portfolio.occurrence_count() << " keluaran, " << portfolio.evidence_count()
      << " catatan bukti\n\n";
  char line[256];
  std::snprintf(line, sizeof line, "  %5s  %-10s %-48s %8s\n", "No.", "Kode", "Satker", "Nilai");
  out << line;
  const size_t shown = std::min<size_t>(static_cast<size_t>(top), scores->ranking.size());
  for (size_t k = 0; k < shown; ++k) {
    const uint32_t p = scores->ranking[k];
    std::snprintf(line, sizeof line, "  %5zu  %-10s %-48s %8s\n", k + 1,
                  portfolio.satker(p).code.c_str(), Shorten(portfolio.satker(p).name, 48).c_str(),
                  Percent(scores->score[p] ? std::optional<double>(*scores->score[p] / 100)
                                           : std::nullopt)
                      .c_str());
    out << line;
  }
  if (shown < scores->ranking.size()) {
    out << "  … " << scores->ranking.size() - shown << " satker lainnya (--top N, --json)\n";
  }
  if (!scores->rollups.empty()) {
    out << "\nRekap per satker induk (nilai >= " << FormatNumber(options.threshold) << ")\n";
    std::snprintf(line, sizeof line, "  %-10s %6s %8s %8s %8s %8s %6s\n", "Induk", "Jumlah",
                  "Rata2", "Min", "Maks", ">=", "");
    out << line;
    for (const RollUp& r : scores->rollups) {
      const auto pct = [](const std::optional<double>& x) {
        return Percent(x ? std::optional<double>(*x / 100) : std::nullopt);
      };
      std::snprintf(line, sizeof line, "  %-10s %6d %8s %8s %8s %8d\n", r.parent.c_str(), r.count,
                    pct(r.mean).c_str(), pct(r.min).c_str(), pct(r.max).c_str(), r.at_or_above);
      out << line;
    }
  }
  return kExitOk;
}

const Register kPortfolio{
    {"portfolio",
     "nilai kepatuhan banyak satker per tanggal: peringkat dan rekap per satker induk",
     "zi portfolio --as-of YYYY-MM-DD [--plans DIR|FILE,FILE...] [--with-default] "
     "[--synthetic N] [--evidence FILE] [--allow-rejects] [--threads N] [--threshold X] "
     "[--late-credit X] [--count-submitted] [--top N] [--json]",
     ArgSpec{{"--json", "--with-default", "--allow-rejects", "--count-submitted"},
             {"--as-of", "--plans", "--synthetic", "--evidence", "--threads", "--threshold",
              "--late-credit", "--top"},
             0,
             0},
     RunPortfolio}};

}  // namespace
}  // namespace zi::cli
