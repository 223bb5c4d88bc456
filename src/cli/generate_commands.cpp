// zi generate: deterministic synthetic satker plans and evidence, for tests, demos and
// load tests (docs/performance.md).
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <ostream>

#include "cli/common.hpp"
#include "internal/strings.hpp"
#include "zi/io/calendar_json.hpp"
#include "zi/defaults.hpp"
#include "zi/compliance/evidence.hpp"
#include "zi/io/plan_json.hpp"
#include "zi/plan/satker_registry.hpp"
#include "zi/compliance/synthetic.hpp"

namespace zi::cli {
namespace internal = ::zi::internal;
namespace {

namespace fs = std::filesystem;

int RunGenerate(const Args& args, std::ostream& out, std::ostream& err) {
  const std::string dir = *args.Option("--out");
  long count = 553;
  uint64_t seed = 2026;
  if (auto n = args.Option("--satker")) {
    char* end = nullptr;
    count = std::strtol(n->c_str(), &end, 10);
    if (*n != "sulteng" && (n->empty() || *end != '\0' || count < 1 || count > 1000000)) {
      return Fail(err, internal::Cat("--satker: '", *n, "' is not 1..1000000 or 'sulteng'"));
    }
  }
  if (auto s = args.Option("--seed")) {
    char* end = nullptr;
    seed = std::strtoull(s->c_str(), &end, 10);
    if (s->empty() || *end != '\0') return Fail(err, "--seed: not a whole number");
  }
  absl::StatusOr<Plan> base = DefaultPlan();
  if (!base.ok()) return Fail(err, base.status());
  absl::StatusOr<Calendar> calendar = DefaultCalendar();
  if (!calendar.ok()) return Fail(err, calendar.status());
  const bool sulteng = args.Option("--satker") == std::optional<std::string>("sulteng");
  const std::vector<Plan> plans =
      sulteng ? SyntheticPortfolio(*base, SultengSatker(), seed)
              : SyntheticPortfolio(*base, static_cast<size_t>(count), seed);
  std::error_code ec;
  fs::create_directories(fs::path(dir) / "plans", ec);
  if (ec) return Fail(err, internal::Cat(dir, ": cannot create: ", ec.message()));
  std::vector<EvidenceRecord> evidence;
  for (size_t p = 0; p < plans.size(); ++p) {
    const fs::path file = fs::path(dir) / "plans" / (plans[p].satker().code + ".json");
    std::ofstream f(file, std::ios::binary);
    f << WritePlanJson(plans[p]);
    if (!f) return Fail(err, internal::Cat(file.string(), ": cannot write"));
    for (EvidenceRecord& e :
         SyntheticEvidence(plans[p], ExpandOccurrences(plans[p], *calendar), seed + 7 + p)) {
      evidence.push_back(std::move(e));
    }
  }
  const fs::path ev = fs::path(dir) / "evidence.csv";
  std::ofstream f(ev, std::ios::binary);
  f << WriteEvidenceCsv(evidence);
  if (!f) return Fail(err, internal::Cat(ev.string(), ": cannot write"));
  out << plans.size() << " rencana aksi di " << (fs::path(dir) / "plans").string() << ", "
      << evidence.size() << " catatan bukti di " << ev.string() << "\n";
  return kExitOk;
}

const Register kGenerate{
    {"generate", "rencana aksi dan bukti sintetis (deterministik) untuk uji dan beban",
     "zi generate --out DIR [--satker N|sulteng] [--seed S]",
     ArgSpec{{}, {"--out", "--satker", "--seed"}, 0, 0},
     [](const Args& args, std::ostream& out, std::ostream& err) {
       if (!args.Option("--out")) {
         err << "zi: error: --out DIR is required\n";
         return kExitUsage;
       }
       return RunGenerate(args, out, err);
     }}};

}  // namespace
}  // namespace zi::cli
