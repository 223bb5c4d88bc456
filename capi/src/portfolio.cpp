// MODULE: synthetic data and MODULE: portfolio. zi_portfolio is a CompiledPortfolio (and
// the calendar it was compiled with); zi_portfolio_scores is a PortfolioScores, read in
// bulk by the *_copy_* functions.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <system_error>

#include "compliance_internal.hpp"
#include "zi/io/calendar_json.hpp"
#include "zi/io/table.hpp"
#include "zi/io/report_json.hpp"
#include "zi/defaults.hpp"
#include "zi/plan/satker_registry.hpp"
#include "zi/compliance/synthetic.hpp"

namespace zi::capi {
namespace {

// The registries; nullptr for an unknown one or when building it ran out of memory.
std::span<const Satker> Registry(int32_t registry) noexcept {
  switch (registry) {
    case ZI_REGISTRY_KPU: return KpuSatker();
    case ZI_REGISTRY_SULTENG:
      try {
        static const std::vector<Satker> sulteng = SultengSatker();
        return sulteng;
      } catch (...) {
        return {};
      }
    default: return {};
  }
}

// The bytes of a version-1 zi_portfolio_options: a caller built against 0.4 passes a
// struct that ends there, so nothing past it is read or written.
constexpr size_t kPortfolioOptionsV1Size = offsetof(zi_portfolio_options, keep_plans);

zi_status ReadCompileOptions(const zi_portfolio_options* opts, CompileOptions* out) {
  if (!opts) return ZI_OK;
  if (zi_status s = CheckVersion(opts->version, ZI_PORTFOLIO_OPTIONS_VERSION, "zi_portfolio_options")) return s;
  if (zi_status s = ReadThreads(opts->threads, "zi_portfolio_options")) return s;
  out->threads = opts->threads;  // version 1
  if (opts->version < 2) return ZI_OK;
  out->keep_plans = opts->keep_plans;  // version 2
  return ZI_OK;
}

// Where a portfolio's plans come from: a list, or a source of count plans.
struct PlanInput {
  std::span<const Plan> plans;
  size_t count = 0;
  PlanSource source;
};

// Compiles the plans into a new portfolio handle for the caller.
zi_status Compile(zi_portfolio** out, const PlanInput& input, const zi_calendar* calendar,
                  const zi_portfolio_options* opts, std::vector<std::string> labels = {},
                  std::function<Plan(size_t)> synthetic_plan = {}) {
  CompileOptions options;
  if (zi_status s = ReadCompileOptions(opts, &options)) return s;
  options.plan_labels = std::move(labels);  // named in errors (a duplicate satker)
  std::optional<Calendar> cal;
  if (calendar) {
    cal = *unwrap(calendar);
    options.calendar = [c = *cal](const Plan&) -> absl::StatusOr<Calendar> { return c; };
  }
  absl::StatusOr<CompiledPortfolio> compiled =
      input.source ? CompiledPortfolio::Compile(input.count, input.source, options)
                   : CompiledPortfolio::Compile(input.plans, options);
  if (!compiled.ok()) return FromStatus(compiled.status());
  *out = wrap(new PortfolioHandle{*std::move(compiled), std::move(cal), std::move(synthetic_plan)});
  return ZI_OK;
}

zi_status Compile(zi_portfolio** out, const std::vector<Plan>& plans, const zi_calendar* calendar,
                  const zi_portfolio_options* opts, std::vector<std::string> labels = {}) {
  return Compile(out, PlanInput{plans, 0, {}}, calendar, opts, std::move(labels));
}

// Compiles count plans from a C-style source (make(i, &plan) as zi_plan_source_fn): each
// plan it makes is taken over, and the first index in order whose call failed is reported
// with the status it returned and the message that call left on its thread.
zi_status CompileFromCSource(zi_portfolio** out, size_t count,
                             const std::function<zi_status(size_t, zi_plan**)>& make,
                             const zi_calendar* calendar, const zi_portfolio_options* opts,
                             std::vector<std::string> labels = {}) {
  struct Failure {
    std::mutex mu;
    size_t index = SIZE_MAX;
    zi_status status = ZI_OK;
    std::string message;
  } failure;
  PlanInput input;
  input.count = count;
  input.source = [&](size_t i) -> absl::StatusOr<Plan> {
    ClearError();
    zi_plan* p = nullptr;
    zi_status s = make(i, &p);
    if (s == ZI_OK && p) {
      Plan plan = unwrap(p)->plan;
      zi_plan_free(p);
      return plan;
    }
    zi_plan_free(p);
    std::string message = zi_last_error_message();
    if (s == ZI_OK) {
      s = ZI_EINVALID;
      message = "sumber rencana aksi tidak memberi rencana untuk rencana ke-" + std::to_string(i + 1);
    } else if (s > ZI_OK || s < ZI_EUSER) {
      s = ZI_EUSER;
    }
    if (message.empty()) {
      message = "sumber rencana aksi berhenti pada rencana ke-" + std::to_string(i + 1) + " (" +
                zi_status_str(s) + ")";
    }
    std::lock_guard<std::mutex> lock(failure.mu);
    if (i < failure.index) {
      failure.index = i;
      failure.status = s;
      failure.message = std::move(message);
    }
    return absl::UnknownError("");  // replaced by the failure below
  };
  const zi_status s = Compile(out, input, calendar, opts, std::move(labels));
  if (s != ZI_OK && failure.index != SIZE_MAX) return Fail(failure.status, failure.message);
  return s;
}

// A synthetic portfolio: plan i is made by plan(i) while it is compiled (only a block at
// a time is held when the plans are not kept) and again for its synthetic evidence.
zi_status CompileSynthetic(zi_portfolio** out, size_t count, std::function<Plan(size_t)> plan,
                           const zi_calendar* calendar, const zi_portfolio_options* opts) {
  PlanInput input;
  input.count = count;
  input.source = [&plan](size_t i) -> absl::StatusOr<Plan> { return plan(i); };
  return Compile(out, input, calendar, opts, {}, plan);  // a copy: the source still uses plan
}

// The template of synthetic plans: base, or the embedded default plan.
zi_status BasePlan(const zi_plan* base, Plan* out) {
  if (base) {
    *out = unwrap(base)->plan;
    return ZI_OK;
  }
  absl::StatusOr<Plan> p = DefaultPlan();
  if (!p.ok()) return FromStatus(p.status());
  *out = *std::move(p);
  return ZI_OK;
}

constexpr std::string_view kNoPlansKept =
    "portofolio ini tidak menyimpan rencana aksinya (zi_portfolio_options.keep_plans false)";

zi_status IndexOutOfRange(size_t index, size_t count) {
  return Fail(ZI_ERANGE, "indeks " + std::to_string(index) + " di luar rentang (" + std::to_string(count) + ")");
}

}  // namespace

zi_status ReadThreads(int32_t threads, std::string_view what) {
  if (threads < 0 || threads > 1024) {
    return Fail(ZI_EINVALID, std::string(what) + ".threads harus 0..1024, tertulis " + std::to_string(threads));
  }
  return ZI_OK;
}

}  // namespace zi::capi

using zi::capi::unwrap;
using zi::capi::wrap;

extern "C" {

// ---- satker registry and synthetic plans ------------------------------------------------

ZI_API size_t zi_satker_registry_count(int32_t registry) noexcept { return zi::capi::Registry(registry).size(); }

ZI_API const zi_satker* zi_satker_registry_get(int32_t registry, size_t index) noexcept {
  const std::span<const zi::Satker> r = zi::capi::Registry(registry);
  return index < r.size() ? wrap(&r[index]) : nullptr;
}

ZI_API zi_status zi_plan_synthetic(zi_plan** out, const zi_plan* base, const zi_satker* satker, uint64_t seed) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!satker) return zi::capi::NullArgument("satker");
    zi::Plan b(zi::PlanData{});
    if (zi_status s = zi::capi::BasePlan(base, &b)) return s;
    *out = wrap(new zi::capi::PlanHandle(zi::SyntheticPlan(b, *unwrap(satker), seed)));
    return ZI_OK;
  });
}

// ---- compiling -------------------------------------------------------------------------

ZI_API zi_status zi_portfolio_options_init(zi_portfolio_options* opts, uint32_t version) noexcept {
  static const zi_portfolio_options kDefaults = ZI_PORTFOLIO_OPTIONS_INIT;
  return zi::capi::InitVersionedGrown(opts, version, kDefaults, zi::capi::kPortfolioOptionsV1Size, "opts",
                                      "zi_portfolio_options");
}

ZI_API zi_status zi_portfolio_score_options_init(zi_portfolio_score_options* opts, uint32_t version) noexcept {
  static const zi_portfolio_score_options kDefaults = ZI_PORTFOLIO_SCORE_OPTIONS_INIT;
  return zi::capi::InitVersioned(opts, version, kDefaults, "opts", "zi_portfolio_score_options");
}

ZI_API zi_status zi_portfolio_compile(zi_portfolio** out, const zi_plan* const* plans, size_t count,
                                      const zi_calendar* calendar, const zi_portfolio_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!plans && count > 0) return zi::capi::NullArgument("plans (bila count > 0)");
    std::vector<zi::Plan> list;
    list.reserve(count);
    for (size_t i = 0; i < count; ++i) {
      if (!plans[i]) return zi::capi::Fail(ZI_EINVALID, "plans[" + std::to_string(i) + "] tidak boleh NULL");
      list.push_back(unwrap(plans[i])->plan);
    }
    return zi::capi::Compile(out, list, calendar, opts);
  });
}

ZI_API zi_status zi_portfolio_compile_labeled(zi_portfolio** out, const zi_plan* const* plans,
                                              const char* const* labels, size_t count,
                                              const zi_calendar* calendar,
                                              const zi_portfolio_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!plans && count > 0) return zi::capi::NullArgument("plans (bila count > 0)");
    std::vector<zi::Plan> list;
    std::vector<std::string> names(labels ? count : 0);
    list.reserve(count);
    for (size_t i = 0; i < count; ++i) {
      if (!plans[i]) return zi::capi::Fail(ZI_EINVALID, "plans[" + std::to_string(i) + "] tidak boleh NULL");
      list.push_back(unwrap(plans[i])->plan);
      if (labels && labels[i]) {
        // Labels end up in messages, which must stay valid UTF-8.
        absl::StatusOr<std::string> text =
            zi::DecodeText(labels[i], "labels[" + std::to_string(i) + "]", zi::TextEncoding::kUtf8);
        if (!text.ok()) return zi::capi::FromStatus(text.status());
        names[i] = labels[i];
      }
    }
    return zi::capi::Compile(out, list, calendar, opts, std::move(names));
  });
}

ZI_API zi_status zi_portfolio_load_dir(zi_portfolio** out, const char* dir, const zi_calendar* calendar,
                                       const zi_portfolio_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!dir) return zi::capi::NullArgument("dir");
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return zi::capi::Fail(ZI_EIO, std::string(dir) + ": bukan direktori");
    std::vector<std::string> files;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->path().extension() == ".json") files.push_back(it->path().string());
    }
    if (ec) return zi::capi::Fail(ZI_EIO, std::string(dir) + ": direktori tidak dapat dibaca: " + ec.message());
    if (files.empty()) return zi::capi::Fail(ZI_EINVALID, std::string(dir) + ": tidak ada berkas rencana aksi *.json");
    std::sort(files.begin(), files.end());
    // The files are read a block at a time on the compile threads, through the C loader, so
    // that a plan file is checked exactly as zi_plan_load_file does; the first file that
    // fails is reported with that function's status and message.
    return zi::capi::CompileFromCSource(
        out, files.size(),
        [&](size_t i, zi_plan** p) { return zi_plan_load_file(p, files[i].c_str(), nullptr); }, calendar,
        opts, files);
  });
}

ZI_API zi_status zi_portfolio_compile_source(zi_portfolio** out, size_t count, zi_plan_source_fn source,
                                             void* user, const zi_calendar* calendar,
                                             const zi_portfolio_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!source && count > 0) return zi::capi::NullArgument("source (bila count > 0)");
    return zi::capi::CompileFromCSource(
        out, count, [&](size_t i, zi_plan** p) { return source(user, i, p); }, calendar, opts);
  });
}

ZI_API zi_status zi_portfolio_synthetic(zi_portfolio** out, const zi_plan* base, size_t count, uint64_t seed,
                                        const zi_calendar* calendar, const zi_portfolio_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (count < 1 || count > 1000000) {
      return zi::capi::Fail(ZI_EINVALID, "count harus 1..1000000, tertulis " + std::to_string(count));
    }
    zi::Plan b(zi::PlanData{});
    if (zi_status s = zi::capi::BasePlan(base, &b)) return s;
    return zi::capi::CompileSynthetic(
        out, count,
        [b, seed](size_t i) { return zi::SyntheticPlan(b, zi::SyntheticSatker(i), zi::SyntheticPlanSeed(seed, i)); },
        calendar, opts);
  });
}

ZI_API zi_status zi_portfolio_synthetic_for(zi_portfolio** out, const zi_plan* base, const zi_satker* const* satker,
                                            size_t count, uint64_t seed, const zi_calendar* calendar,
                                            const zi_portfolio_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!satker && count > 0) return zi::capi::NullArgument("satker (bila count > 0)");
    std::vector<zi::Satker> list;
    list.reserve(count);
    for (size_t i = 0; i < count; ++i) {
      if (!satker[i]) return zi::capi::Fail(ZI_EINVALID, "satker[" + std::to_string(i) + "] tidak boleh NULL");
      list.push_back(*unwrap(satker[i]));
    }
    zi::Plan b(zi::PlanData{});
    if (zi_status s = zi::capi::BasePlan(base, &b)) return s;
    return zi::capi::CompileSynthetic(
        out, count,
        [b, list = std::move(list), seed](size_t i) { return zi::SyntheticPlan(b, list[i], zi::SyntheticPlanSeed(seed, i)); },
        calendar, opts);
  });
}

ZI_API void zi_portfolio_free(zi_portfolio* portfolio) noexcept { delete unwrap(portfolio); }

namespace {
// The accepted records of an evidence handle; none for NULL.
std::span<const zi::EvidenceRecord> AcceptedRecords(const zi_evidence* evidence) {
  if (!evidence) return {};
  return unwrap(evidence)->accepted;
}
}  // namespace

ZI_API zi_status zi_portfolio_with_evidence(zi_portfolio** out, const zi_portfolio* portfolio,
                                            const zi_evidence* evidence) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!portfolio) return zi::capi::NullArgument("portfolio");
    const zi::capi::PortfolioHandle& h = *unwrap(portfolio);
    const std::span<const zi::EvidenceRecord> records = AcceptedRecords(evidence);
    *out = wrap(new zi::capi::PortfolioHandle{h.portfolio.WithEvidence(records), h.calendar, h.synthetic_plan});
    return ZI_OK;
  });
}

ZI_API zi_status zi_portfolio_with_satker_evidence(zi_portfolio** out, const zi_portfolio* portfolio,
                                                   const char* satker_code, const zi_evidence* evidence) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!portfolio) return zi::capi::NullArgument("portfolio");
    if (!satker_code) return zi::capi::NullArgument("satker_code");
    const zi::capi::PortfolioHandle& h = *unwrap(portfolio);
    const std::span<const zi::EvidenceRecord> records = AcceptedRecords(evidence);
    absl::StatusOr<zi::CompiledPortfolio> updated = h.portfolio.WithSatkerEvidence(satker_code, records);
    if (!updated.ok()) return zi::capi::FromStatus(updated.status());
    *out = wrap(new zi::capi::PortfolioHandle{*std::move(updated), h.calendar, h.synthetic_plan});
    return ZI_OK;
  });
}

ZI_API zi_status zi_portfolio_with_added_evidence(zi_portfolio** out, const zi_portfolio* portfolio,
                                                  const zi_evidence* evidence) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!portfolio) return zi::capi::NullArgument("portfolio");
    const zi::capi::PortfolioHandle& h = *unwrap(portfolio);
    const std::span<const zi::EvidenceRecord> records = AcceptedRecords(evidence);
    *out = wrap(new zi::capi::PortfolioHandle{h.portfolio.WithAddedEvidence(records), h.calendar, h.synthetic_plan});
    return ZI_OK;
  });
}

ZI_API zi_status zi_portfolio_scope(zi_evidence_scope** out, const zi_portfolio* portfolio) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!portfolio) return zi::capi::NullArgument("portfolio");
    *out = wrap(new zi::EvidenceScope(unwrap(portfolio)->portfolio.Scope()));
    return ZI_OK;
  });
}

ZI_API zi_status zi_portfolio_synthetic_evidence(zi_evidence** out, const zi_portfolio* portfolio,
                                                 uint64_t seed) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!portfolio) return zi::capi::NullArgument("portfolio");
    const zi::capi::PortfolioHandle& h = *unwrap(portfolio);
    auto imp = std::make_unique<zi::EvidenceImport>();
    std::map<std::string, zi::Calendar> calendars;  // by name, as the portfolio resolved them
    if (!h.portfolio.keeps_plans() && !h.synthetic_plan) {
      return zi::capi::Fail(ZI_EINVALID, zi::capi::kNoPlansKept);
    }
    for (size_t p = 0; p < h.portfolio.plan_count(); ++p) {
      const zi::Plan plan = h.portfolio.keeps_plans() ? *h.portfolio.plan(p) : h.synthetic_plan(p);
      zi::Calendar cal;
      if (h.calendar) {
        cal = *h.calendar;
      } else {
        auto it = calendars.find(plan.calendar_name());
        if (it == calendars.end()) {
          absl::StatusOr<zi::Calendar> c = zi::CalendarForPlan(plan);
          if (!c.ok()) return zi::capi::FromStatus(c.status());
          it = calendars.emplace(plan.calendar_name(), *std::move(c)).first;
        }
        cal = it->second;
      }
      for (zi::EvidenceRecord& r : zi::SyntheticEvidence(plan, zi::ExpandOccurrences(plan, cal), seed + p)) {
        imp->accepted.push_back(std::move(r));
      }
    }
    *out = wrap(imp.release());
    return ZI_OK;
  });
}

ZI_API size_t zi_portfolio_plan_count(const zi_portfolio* p) noexcept {
  return p ? unwrap(p)->portfolio.plan_count() : 0;
}
ZI_API size_t zi_portfolio_occurrence_count(const zi_portfolio* p) noexcept {
  return p ? unwrap(p)->portfolio.occurrence_count() : 0;
}
ZI_API size_t zi_portfolio_evidence_count(const zi_portfolio* p) noexcept {
  return p ? unwrap(p)->portfolio.evidence_count() : 0;
}
ZI_API size_t zi_portfolio_unmatched_evidence(const zi_portfolio* p) noexcept {
  return p ? unwrap(p)->portfolio.unmatched_evidence() : 0;
}
ZI_API const zi_satker* zi_portfolio_satker(const zi_portfolio* p, size_t index) noexcept {
  if (!p || index >= unwrap(p)->portfolio.plan_count()) return nullptr;
  return wrap(&unwrap(p)->portfolio.satker(index));
}

ZI_API zi_status zi_portfolio_plan(zi_plan** out, const zi_portfolio* portfolio, size_t index) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!portfolio) return zi::capi::NullArgument("portfolio");
    const zi::CompiledPortfolio& p = unwrap(portfolio)->portfolio;
    if (index >= p.plan_count()) return zi::capi::IndexOutOfRange(index, p.plan_count());
    if (!p.keeps_plans()) return zi::capi::Fail(ZI_EINVALID, zi::capi::kNoPlansKept);
    *out = wrap(new zi::capi::PlanHandle(*p.plan(index)));
    return ZI_OK;
  });
}

ZI_API bool zi_portfolio_keeps_plans(const zi_portfolio* p) noexcept {
  return p && unwrap(p)->portfolio.keeps_plans();
}

ZI_API size_t zi_portfolio_component_count(const zi_portfolio* p, size_t index) noexcept {
  if (!p || index >= unwrap(p)->portfolio.plan_count()) return 0;
  return unwrap(p)->portfolio.component_count(index);
}

ZI_API const char* zi_portfolio_component_id(const zi_portfolio* p, size_t index, size_t c) noexcept {
  if (!p || index >= unwrap(p)->portfolio.plan_count()) return nullptr;
  const zi::CompiledPortfolio& portfolio = unwrap(p)->portfolio;
  if (c >= portfolio.component_count(index)) return nullptr;
  return portfolio.component_id(index, c).data();  // NUL-terminated (CompiledPortfolio)
}

ZI_API zi_status zi_portfolio_diagnostics(zi_diagnostics** out, const zi_portfolio* portfolio, size_t index) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!portfolio) return zi::capi::NullArgument("portfolio");
    const zi::CompiledPortfolio& p = unwrap(portfolio)->portfolio;
    if (index >= p.plan_count()) return zi::capi::IndexOutOfRange(index, p.plan_count());
    auto list = std::make_unique<zi::capi::DiagnosticList>();
    list->items = zi::capi::CleanDiagnostics(p.diagnostics(index));
    *out = wrap(list.release());
    return ZI_OK;
  });
}

// ---- scoring -------------------------------------------------------------------------

ZI_API zi_status zi_portfolio_score(zi_portfolio_scores** out, const zi_portfolio* portfolio, zi_date as_of,
                                    const zi_portfolio_score_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!portfolio) return zi::capi::NullArgument("portfolio");
    zi::PortfolioScoreOptions options;
    if (opts) {
      if (zi_status s = zi::capi::CheckVersion(opts->version, ZI_PORTFOLIO_SCORE_OPTIONS_VERSION,
                                               "zi_portfolio_score_options")) {
        return s;
      }
      if (zi_status s = zi::capi::ReadThreads(opts->threads, "zi_portfolio_score_options")) return s;
      options.policy.late_credit = opts->late_credit;  // version 1
      options.policy.count_submitted = opts->count_submitted;
      options.threads = opts->threads;
      options.threshold = opts->threshold;
    }
    if (!zi::capi::DateInRange(as_of.days)) return zi::capi::DateOutOfRange("as_of", as_of.days);
    absl::StatusOr<zi::PortfolioScores> scores =
        unwrap(portfolio)->portfolio.Score(zi::Date::FromDays(as_of.days), options);
    if (!scores.ok()) return zi::capi::FromStatus(scores.status());
    *out = wrap(new zi::PortfolioScores(*std::move(scores)));
    return ZI_OK;
  });
}

ZI_API void zi_portfolio_scores_free(zi_portfolio_scores* scores) noexcept { delete unwrap(scores); }

ZI_API size_t zi_portfolio_scores_count(const zi_portfolio_scores* s) noexcept {
  return s ? unwrap(s)->score.size() : 0;
}
ZI_API uint64_t zi_portfolio_scores_occurrences(const zi_portfolio_scores* s) noexcept {
  return s ? unwrap(s)->occurrences_scored : 0;
}

ZI_API zi_status zi_portfolio_scores_get(double* score_out, bool* has_score_out, const zi_portfolio_scores* scores,
                                         size_t index) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!scores) return zi::capi::NullArgument("scores");
    const std::vector<std::optional<double>>& s = unwrap(scores)->score;
    if (index >= s.size()) return zi::capi::IndexOutOfRange(index, s.size());
    if (score_out) *score_out = s[index].value_or(0.0);
    if (has_score_out) *has_score_out = s[index].has_value();
    return ZI_OK;
  });
}

ZI_API zi_status zi_portfolio_scores_copy(double* scores_out, uint8_t* has_score_out, size_t n,
                                          const zi_portfolio_scores* scores) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!scores) return zi::capi::NullArgument("scores");
    const std::vector<std::optional<double>>& s = unwrap(scores)->score;
    if (zi_status st = zi::capi::CheckCapacity(n, s.size(), "scores_out")) return st;
    const size_t count = s.size();
    if (scores_out) {
      for (size_t i = 0; i < count; ++i) scores_out[i] = s[i] ? *s[i] : 0.0;
    }
    if (has_score_out) {
      for (size_t i = 0; i < count; ++i) has_score_out[i] = s[i] ? 1 : 0;
    }
    return ZI_OK;
  });
}

ZI_API zi_status zi_portfolio_scores_copy_ranking(uint32_t* ranking_out, size_t n,
                                                  const zi_portfolio_scores* scores) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!ranking_out) return zi::capi::NullArgument("ranking_out");
    if (!scores) return zi::capi::NullArgument("scores");
    const std::vector<uint32_t>& r = unwrap(scores)->ranking;
    if (zi_status s = zi::capi::CheckCapacity(n, r.size(), "ranking_out")) return s;
    if (!r.empty()) std::memcpy(ranking_out, r.data(), r.size() * sizeof(uint32_t));
    return ZI_OK;
  });
}

ZI_API zi_status zi_portfolio_scores_copy_status_counts(int32_t* counts_out, size_t n,
                                                        const zi_portfolio_scores* scores) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!counts_out) return zi::capi::NullArgument("counts_out");
    if (!scores) return zi::capi::NullArgument("scores");
    const std::vector<zi::StatusCounts>& c = unwrap(scores)->status_counts;
    if (zi_status s = zi::capi::CheckCapacity(n, 5 * c.size(), "counts_out")) return s;
    // StatusCounts is indexed by zi::OccurrenceStatus, whose order the C enum pins.
    static_assert(sizeof(zi::StatusCounts) == 5 * sizeof(int32_t), "StatusCounts is int32_t[5]");
    static_assert(static_cast<int>(zi::OccurrenceStatus::kDone) == ZI_OCCURRENCE_DONE &&
                      static_cast<int>(zi::OccurrenceStatus::kDoneLate) == ZI_OCCURRENCE_DONE_LATE &&
                      static_cast<int>(zi::OccurrenceStatus::kOpen) == ZI_OCCURRENCE_OPEN &&
                      static_cast<int>(zi::OccurrenceStatus::kUpcoming) == ZI_OCCURRENCE_UPCOMING &&
                      static_cast<int>(zi::OccurrenceStatus::kOverdue) == ZI_OCCURRENCE_OVERDUE,
                  "zi_occurrence_status follows zi::OccurrenceStatus");
    for (size_t p = 0; p < c.size(); ++p) std::memcpy(counts_out + 5 * p, c[p].data(), 5 * sizeof(int32_t));
    return ZI_OK;
  });
}

ZI_API size_t zi_portfolio_scores_component_count(const zi_portfolio_scores* s) noexcept {
  return s ? unwrap(s)->component_score.size() : 0;
}

ZI_API zi_status zi_portfolio_scores_copy_component_offsets(uint32_t* offsets_out, size_t n,
                                                            const zi_portfolio_scores* scores) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!offsets_out) return zi::capi::NullArgument("offsets_out");
    if (!scores) return zi::capi::NullArgument("scores");
    const std::vector<uint32_t>& o = unwrap(scores)->component_offset;
    if (zi_status s = zi::capi::CheckCapacity(n, o.size(), "offsets_out")) return s;
    if (!o.empty()) std::memcpy(offsets_out, o.data(), o.size() * sizeof(uint32_t));
    return ZI_OK;
  });
}

ZI_API zi_status zi_portfolio_scores_copy_components(double* scores_out, uint8_t* has_score_out, size_t n,
                                                     const zi_portfolio_scores* scores) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!scores) return zi::capi::NullArgument("scores");
    const std::vector<double>& c = unwrap(scores)->component_score;
    if (zi_status s = zi::capi::CheckCapacity(n, c.size(), "scores_out")) return s;
    for (size_t i = 0; i < c.size(); ++i) {
      const bool has = !std::isnan(c[i]);
      if (scores_out) scores_out[i] = has ? c[i] : 0.0;
      if (has_score_out) has_score_out[i] = has ? 1 : 0;
    }
    return ZI_OK;
  });
}

ZI_API size_t zi_portfolio_scores_rollup_count(const zi_portfolio_scores* s) noexcept {
  return s ? unwrap(s)->rollups.size() : 0;
}

ZI_API const char* zi_portfolio_scores_rollup_parent(const zi_portfolio_scores* s, size_t index) noexcept {
  return s && index < unwrap(s)->rollups.size() ? unwrap(s)->rollups[index].parent.c_str() : nullptr;
}

ZI_API zi_status zi_portfolio_scores_rollup(int32_t* count_out, int32_t* scored_out, int32_t* at_or_above_out,
                                            double* mean_out, double* min_out, double* max_out, bool* has_stats_out,
                                            const zi_portfolio_scores* scores, size_t index) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!scores) return zi::capi::NullArgument("scores");
    const std::vector<zi::RollUp>& r = unwrap(scores)->rollups;
    if (index >= r.size()) return zi::capi::IndexOutOfRange(index, r.size());
    const zi::RollUp& x = r[index];
    if (count_out) *count_out = x.count;
    if (scored_out) *scored_out = x.scored;
    if (at_or_above_out) *at_or_above_out = x.at_or_above;
    if (mean_out) *mean_out = x.mean.value_or(0.0);
    if (min_out) *min_out = x.min.value_or(0.0);
    if (max_out) *max_out = x.max.value_or(0.0);
    if (has_stats_out) *has_stats_out = x.mean.has_value();
    return ZI_OK;
  });
}

ZI_API zi_status zi_portfolio_scores_to_json(char** json_out, size_t* len_out, const zi_portfolio* portfolio,
                                              const zi_portfolio_scores* scores, double threshold) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!json_out) return zi::capi::NullArgument("json_out");
    *json_out = nullptr;
    if (!portfolio) return zi::capi::NullArgument("portfolio");
    if (!scores) return zi::capi::NullArgument("scores");
    const zi::CompiledPortfolio& p = unwrap(portfolio)->portfolio;
    const zi::PortfolioScores& s = *unwrap(scores);
    // The writer indexes the scores by the portfolio's plans and components.
    bool same = s.score.size() == p.plan_count() && s.component_offset.size() == p.plan_count() + 1 &&
                s.status_counts.size() == p.plan_count();
    for (size_t i = 0; same && i < p.plan_count(); ++i) {
      same = s.component_offset[i + 1] - s.component_offset[i] == p.component_count(i);
    }
    if (!same) return zi::capi::Fail(ZI_EINVALID, "nilai ini bukan milik rencana aksi portofolio ini");
    return zi::capi::GiveString(json_out, len_out, zi::WritePortfolioJson(p, s, threshold));
  });
}

}  // extern "C"
