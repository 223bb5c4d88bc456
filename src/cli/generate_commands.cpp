// zi generate: deterministic synthetic satker plans and evidence, for tests, demos and
// load tests (docs/performance.md).
#include <filesystem>
#include <fstream>
#include <ostream>

#include "absl/strings/str_cat.h"
#include "common.hpp"
#include "zi/compliance/evidence.hpp"
#include "zi/compliance/synthetic.hpp"
#include "zi/defaults.hpp"
#include "zi/io/calendar_json.hpp"
#include "zi/io/plan_json.hpp"
#include "zi/plan/satker_registry.hpp"

namespace zi::cli {
namespace {

namespace fs = std::filesystem;

int RunGenerate(const Args& args, std::ostream& out, std::ostream& err) {
  const std::string dir = *args.Option("--out");
  int64_t count = 553;
  const uint64_t seed = args.Unsigned("--seed").value_or(2026);
  const std::optional<std::string> satker = args.Option("--satker");
  const bool sulteng = satker == std::optional<std::string>("sulteng");
  if (satker && !sulteng) {
    const std::optional<int64_t> n = ParseInt(*satker);
    if (!n || *n < 1 || *n > 1000000) {
      return Fail(err, absl::StrCat("--satker: '", *satker, "' bukan 1..1000000 atau 'sulteng'"));
    }
    count = *n;
  }
  absl::StatusOr<Plan> base = DefaultPlan();
  if (!base.ok()) return Fail(err, base.status());
  absl::StatusOr<Calendar> calendar = DefaultCalendar();
  if (!calendar.ok()) return Fail(err, calendar.status());
  const std::vector<Plan> plans = sulteng
                                      ? SyntheticPortfolio(*base, SultengSatker(), seed)
                                      : SyntheticPortfolio(*base, static_cast<size_t>(count), seed);
  std::error_code ec;
  fs::create_directories(fs::path(dir) / "plans", ec);
  if (ec) return Fail(err, absl::StrCat(dir, ": tidak dapat dibuat: ", ec.message()));
  std::vector<EvidenceRecord> evidence;
  for (size_t p = 0; p < plans.size(); ++p) {
    const fs::path file = fs::path(dir) / "plans" / (plans[p].satker().code + ".json");
    std::ofstream f(file, std::ios::binary);
    f << WritePlanJson(plans[p]);
    if (!f) return Fail(err, absl::StrCat(file.string(), ": tidak dapat menulis berkas"));
    for (EvidenceRecord& e :
         SyntheticEvidence(plans[p], ExpandOccurrences(plans[p], *calendar), seed + 7 + p)) {
      evidence.push_back(std::move(e));
    }
  }
  const fs::path ev = fs::path(dir) / "evidence.csv";
  std::ofstream f(ev, std::ios::binary);
  f << WriteEvidenceCsv(evidence);
  if (!f) return Fail(err, absl::StrCat(ev.string(), ": tidak dapat menulis berkas"));
  out << plans.size() << " rencana aksi di " << (fs::path(dir) / "plans").string() << ", "
      << evidence.size() << " catatan bukti di " << ev.string() << "\n";
  return kExitOk;
}

const Register kGenerate{{"generate",
                          "rencana aksi dan bukti sintetis (deterministik) untuk uji dan beban",
                          "zi generate --out DIREKTORI [--satker N|sulteng] [--seed S]",
                          ArgSpec()
                              .Text("--out")
                              .Lower("--satker")
                              .Unsigned("--seed", "--seed: '{}' bukan bilangan bulat >= 0"),
                          [](const Args& args, std::ostream& out, std::ostream& err) {
                            if (!args.Option("--out")) {
                              err << "zi: galat: --out DIREKTORI wajib diberikan\n";
                              return kExitUsage;
                            }
                            return RunGenerate(args, out, err);
                          }}};

}  // namespace
}  // namespace zi::cli
