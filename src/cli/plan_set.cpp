#include "plan_set.hpp"

#include <algorithm>
#include <filesystem>
#include <map>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "zi/compliance/synthetic.hpp"
#include "zi/deadline/occurrence.hpp"
#include "zi/defaults.hpp"
#include "zi/io/plan_json.hpp"
#include "zi/plan/satker_registry.hpp"

namespace zi::cli {

namespace fs = std::filesystem;

absl::StatusOr<LoadedPlans> LoadPlanSet(const Args& args) {
  LoadedPlans loaded;
  std::vector<Plan>& plans = loaded.plans;
  std::map<std::string, std::string> file_of_satker;  // satker code -> the file that has it
  std::vector<std::string> files;
  if (auto one = args.Option("--plan")) files.push_back(*one);
  if (auto spec = args.Option("--plans")) {
    std::error_code ec;
    if (fs::is_directory(*spec, ec)) {
      std::vector<std::string> in_dir;
      for (const auto& e : fs::directory_iterator(*spec, ec)) {
        if (e.path().extension() == ".json") in_dir.push_back(e.path().string());
      }
      std::sort(in_dir.begin(), in_dir.end());
      if (in_dir.empty()) {
        return absl::InvalidArgumentError(*spec + ": tidak ada berkas rencana aksi *.json");
      }
      files.insert(files.end(), in_dir.begin(), in_dir.end());
    } else {
      std::vector<std::string> listed = absl::StrSplit(*spec, ',', absl::SkipEmpty());
      files.insert(files.end(), listed.begin(), listed.end());
    }
  }
  // Read and parsed in parallel (--threads, default every hardware thread); the results
  // come back in the order of `files`, so what follows does not depend on the threads.
  std::vector<absl::StatusOr<Plan>> read =
      LoadPlanFiles(files, {}, static_cast<int>(args.Int("--threads").value_or(0)));
  for (size_t i = 0; i < files.size(); ++i) {
    const std::string& f = files[i];
    absl::StatusOr<Plan>& p = read[i];
    absl::Status why = p.ok() ? CheckOccurrenceLimit(*p) : p.status();
    if (why.ok()) {
      auto [at, inserted] = file_of_satker.emplace(p->satker().code, f);
      if (!inserted) {
        why = absl::InvalidArgumentError(absl::StrCat(
            "satker ", p->satker().code, " sudah punya rencana aksi di ", at->second));
      }
    }
    if (!why.ok()) {
      const std::string m(why.message());
      loaded.bad.push_back(m.rfind(f, 0) == 0 ? m : absl::StrCat(f, ": ", m));
      continue;
    }
    plans.push_back(*std::move(p));
    loaded.labels.push_back(f);
  }
  if (auto count = args.Int("--synthetic")) {
    absl::StatusOr<Plan> base = DefaultPlan();
    if (!base.ok()) return base.status();
    loaded.synthetic = static_cast<size_t>(*count);
    loaded.synthetic_base = *std::move(base);
  }
  const bool any_source = !files.empty() || args.Int("--synthetic");
  if (args.Flag("--with-default") || !any_source) {
    absl::StatusOr<Plan> p = DefaultPlan();
    if (!p.ok()) return p.status();
    bool taken = std::any_of(plans.begin(), plans.end(), [&](const Plan& q) {
      return q.satker().code == p->satker().code;
    });
    // Beyond the KPU registry the synthetic satker are "SYN-...", never a real code.
    for (size_t i = 0; i < std::min(loaded.synthetic, KpuSatker().size()) && !taken; ++i) {
      taken = SyntheticSatker(i).code == p->satker().code;
    }
    if (!taken) {
      plans.insert(plans.begin(), *p);
      loaded.labels.insert(loaded.labels.begin(), "rencana aksi bawaan");
    }
  }
  return loaded;
}

Plan LoadedPlans::At(size_t i) const {
  if (i < plans.size()) return plans[i];
  const size_t k = i - plans.size();  // the k-th of SyntheticPortfolio(base, N, 2026)
  return SyntheticPlan(*synthetic_base, SyntheticSatker(k), SyntheticPlanSeed(2026, k));
}

std::vector<std::string> LoadedPlans::AllLabels() const {
  std::vector<std::string> all = labels;
  all.resize(count(), "--synthetic");
  return all;
}

void LoadedPlans::MakeAll() {
  plans.reserve(count());
  for (size_t k = 0; k < synthetic; ++k) {
    plans.push_back(SyntheticPlan(*synthetic_base, SyntheticSatker(k), SyntheticPlanSeed(2026, k)));
  }
  labels.resize(plans.size(), "--synthetic");
  synthetic = 0;
}

int ReportBadPlans(const Args& args, const LoadedPlans& loaded, std::ostream& err, bool* keep_going) {
  *keep_going = true;
  for (const std::string& bad : loaded.bad) err << "zi: galat: " << bad << "\n";
  if (loaded.count() == 0) {
    *keep_going = false;
    return Fail(err, absl::StrCat("tidak ada rencana aksi yang dapat dinilai (", loaded.bad.size(),
                                  " berkas rencana aksi bermasalah)"));
  }
  if (loaded.bad.empty()) return kExitOk;
  const bool fail = !args.Flag("--allow-bad-plans");
  err << "zi: " << loaded.bad.size() << " berkas rencana aksi dilewati, " << loaded.count()
      << " dinilai" << (fail ? " (gunakan --allow-bad-plans agar status keluar 0)" : "") << "\n";
  return fail ? kExitFailure : kExitOk;
}

}  // namespace zi::cli
