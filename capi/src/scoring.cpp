// MODULE: scoring. zi_report is a ComplianceReport with the calendar it was scored on,
// its scored occurrence table and an index of its nodes.
#include <cstring>
#include <memory>

#include "compliance_internal.hpp"
#include "zi/compliance/agenda.hpp"
#include "zi/compliance/trace.hpp"

namespace zi::capi {

ReportHandle::ReportHandle(ComplianceReport r, Calendar c) : report(std::move(r)), calendar(std::move(c)) {
  OccurrenceTable& t = occurrences;
  t.scored = true;
  by_id.emplace("plan", std::make_pair(int32_t{ZI_LEVEL_PLAN}, size_t{0}));
  by_id.emplace("", std::make_pair(int32_t{ZI_LEVEL_PLAN}, size_t{0}));
  for (size_t ci = 0; ci < report.components.size(); ++ci) {
    const ComponentScore& comp = report.components[ci];
    by_id.emplace(comp.id, std::make_pair(int32_t{ZI_LEVEL_COMPONENT}, ci));
    for (const AspectScore& a : comp.aspects) {
      by_id.emplace(a.id, std::make_pair(int32_t{ZI_LEVEL_ASPECT}, aspects.size()));
      aspects.push_back(&a);
      for (const IndicatorScore& i : a.indicators) {
        by_id.emplace(i.id, std::make_pair(int32_t{ZI_LEVEL_INDICATOR}, indicators.size()));
        indicators.push_back(&i);
        for (const OccurrenceScore& o : i.occurrences) {
          t.AddOccurrence(o.occurrence);
          t.columns[ZI_OCCURRENCE_STATUS].push_back(ToC(o.status));
          t.columns[ZI_OCCURRENCE_ON_TIME].push_back(static_cast<int32_t>(o.on_time));
          t.columns[ZI_OCCURRENCE_LATE].push_back(static_cast<int32_t>(o.late));
          t.columns[ZI_OCCURRENCE_ASSESSED].push_back(o.assessed ? 1 : 0);
          t.credit.push_back(o.credit.value_or(0.0));
          t.has_credit.push_back(o.credit ? 1 : 0);
        }
      }
    }
  }
  t.diagnostics.items = CleanDiagnostics(report.diagnostics);
}

namespace {

ScoringPolicy ToPolicy(const zi_scoring_policy& p) {
  ScoringPolicy out;
  out.late_credit = p.late_credit;  // version 1
  out.count_submitted = p.count_submitted;
  return out;
}

// Score and weight of node (level, index), or false when there is no such node.
bool Node(const ReportHandle& h, int32_t level, size_t index, std::optional<double>* score,
          double* weight) {
  switch (level) {
    case ZI_LEVEL_PLAN:
      if (index != 0) return false;
      *score = h.report.score;
      *weight = 1.0;
      return true;
    case ZI_LEVEL_COMPONENT:
      if (index >= h.report.components.size()) return false;
      *score = h.report.components[index].score;
      *weight = h.report.components[index].weight;
      return true;
    case ZI_LEVEL_ASPECT:
      if (index >= h.aspects.size()) return false;
      *score = h.aspects[index]->score;
      *weight = h.aspects[index]->weight;
      return true;
    case ZI_LEVEL_INDICATOR:
      if (index >= h.indicators.size()) return false;
      *score = h.indicators[index]->score;
      *weight = h.indicators[index]->weight;
      return true;
    default:
      return false;
  }
}

size_t NodeCount(const ReportHandle& h, int32_t level) {
  switch (level) {
    case ZI_LEVEL_PLAN: return 1;
    case ZI_LEVEL_COMPONENT: return h.report.components.size();
    case ZI_LEVEL_ASPECT: return h.aspects.size();
    case ZI_LEVEL_INDICATOR: return h.indicators.size();
    default: return 0;
  }
}

bool KnownLevel(int32_t level) { return level >= ZI_LEVEL_PLAN && level <= ZI_LEVEL_INDICATOR; }

zi_status UnknownLevel(int32_t level) { return Fail(ZI_EINVALID, "level tidak dikenal: " + std::to_string(level)); }

}  // namespace
}  // namespace zi::capi

using zi::capi::unwrap;
using zi::capi::wrap;

extern "C" {

ZI_API const char* zi_report_level_str(int32_t level) noexcept {
  return zi::capi::CName(zi::capi::kReportLevelNames, level);
}

ZI_API zi_status zi_scoring_policy_init(zi_scoring_policy* policy, uint32_t version) noexcept {
  static const zi_scoring_policy kDefaults = ZI_SCORING_POLICY_INIT;
  return zi::capi::InitVersioned(policy, version, kDefaults, "policy", "zi_scoring_policy");
}

ZI_API zi_status zi_score_plan(zi_report** out, const zi_plan* plan, const zi_calendar* calendar,
                               const zi_evidence* evidence, zi_date as_of, const zi_scoring_policy* policy) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!plan) return zi::capi::NullArgument("plan");
    zi::ScoringPolicy p;
    if (policy) {
      if (zi_status s = zi::capi::CheckVersion(policy->version, ZI_SCORING_POLICY_VERSION, "zi_scoring_policy")) {
        return s;
      }
      p = zi::capi::ToPolicy(*policy);
    }
    if (zi_status s = zi::capi::FromStatus(zi::ValidateScoringPolicy(p))) return s;
    if (!zi::capi::DateInRange(as_of.days)) return zi::capi::DateOutOfRange("as_of", as_of.days);
    const zi::Plan& pl = unwrap(plan)->plan;
    zi::Calendar cal;
    if (zi_status s = zi::capi::ResolveCalendar(calendar, pl, &cal)) return s;
    const std::span<const zi::EvidenceRecord> records =
        evidence ? std::span<const zi::EvidenceRecord>(unwrap(evidence)->accepted)
                 : std::span<const zi::EvidenceRecord>();
    zi::ComplianceReport report = zi::ScorePlan(pl, cal, records, zi::Date::FromDays(as_of.days), p);
    *out = wrap(new zi::capi::ReportHandle(std::move(report), std::move(cal)));
    return ZI_OK;
  });
}

ZI_API void zi_report_free(zi_report* report) noexcept { delete unwrap(report); }

ZI_API zi_status zi_report_to_json(char** json_out, size_t* len_out, const zi_report* report) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!json_out) return zi::capi::NullArgument("json_out");
    *json_out = nullptr;
    if (!report) return zi::capi::NullArgument("report");
    return zi::capi::GiveString(json_out, len_out, zi::ComplianceReportJson(unwrap(report)->report));
  });
}

ZI_API zi_status zi_report_inputs(zi_date* as_of_out, zi_scoring_policy* policy_out, const zi_report* report) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!report) return zi::capi::NullArgument("report");
    const zi::ComplianceReport& r = unwrap(report)->report;
    if (as_of_out) as_of_out->days = r.as_of.days();
    if (policy_out) {
      policy_out->version = ZI_SCORING_POLICY_VERSION;
      policy_out->late_credit = r.policy.late_credit;
      policy_out->count_submitted = r.policy.count_submitted;
    }
    return ZI_OK;
  });
}

ZI_API zi_status zi_report_score(double* score_out, bool* has_score_out, const zi_report* report) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!report) return zi::capi::NullArgument("report");
    const std::optional<double>& s = unwrap(report)->report.score;
    if (score_out) *score_out = s.value_or(0.0);
    if (has_score_out) *has_score_out = s.has_value();
    return ZI_OK;
  });
}

ZI_API size_t zi_report_node_count(const zi_report* report, int32_t level) noexcept {
  return report ? zi::capi::NodeCount(*unwrap(report), level) : 0;
}

ZI_API const char* zi_report_node_id(const zi_report* report, int32_t level, size_t index) noexcept {
  if (!report) return nullptr;
  const zi::capi::ReportHandle& h = *unwrap(report);
  switch (level) {
    case ZI_LEVEL_PLAN: return index == 0 ? h.plan_id.c_str() : nullptr;
    case ZI_LEVEL_COMPONENT:
      return index < h.report.components.size() ? h.report.components[index].id.c_str() : nullptr;
    case ZI_LEVEL_ASPECT: return index < h.aspects.size() ? h.aspects[index]->id.c_str() : nullptr;
    case ZI_LEVEL_INDICATOR: return index < h.indicators.size() ? h.indicators[index]->id.c_str() : nullptr;
    default: return nullptr;
  }
}

ZI_API zi_status zi_report_node(double* score_out, bool* has_score_out, double* weight_out, const zi_report* report,
                                int32_t level, size_t index) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!report) return zi::capi::NullArgument("report");
    if (!zi::capi::KnownLevel(level)) return zi::capi::UnknownLevel(level);
    std::optional<double> score;
    double weight = 0;
    if (!zi::capi::Node(*unwrap(report), level, index, &score, &weight)) {
      return zi::capi::Fail(ZI_ERANGE, std::string("tidak ada ") + zi_report_level_str(level) + " dengan indeks " +
                                           std::to_string(index));
    }
    if (score_out) *score_out = score.value_or(0.0);
    if (has_score_out) *has_score_out = score.has_value();
    if (weight_out) *weight_out = weight;
    return ZI_OK;
  });
}

ZI_API zi_status zi_report_find(int32_t* level_out, size_t* index_out, const zi_report* report,
                                const char* id) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!report) return zi::capi::NullArgument("report");
    if (!id) return zi::capi::NullArgument("id");
    const auto& by_id = unwrap(report)->by_id;
    auto it = by_id.find(id);
    if (it == by_id.end()) {
      return zi::capi::Fail(ZI_ENOTFOUND, "'" + std::string(id) +
                                              "' bukan 'plan' dan bukan id komponen, aspek atau indikator dari rencana aksi");
    }
    if (level_out) *level_out = it->second.first;
    if (index_out) *index_out = it->second.second;
    return ZI_OK;
  });
}

ZI_API zi_status zi_report_indicator_progress(double* progress_out, bool* has_progress_out, const zi_report* report,
                                              size_t index) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!report) return zi::capi::NullArgument("report");
    const zi::capi::ReportHandle& h = *unwrap(report);
    if (index >= h.indicators.size()) {
      return zi::capi::Fail(ZI_ERANGE, "tidak ada indikator dengan indeks " + std::to_string(index));
    }
    const std::optional<double>& p = h.indicators[index]->progress;
    if (progress_out) *progress_out = p.value_or(0.0);
    if (has_progress_out) *has_progress_out = p.has_value();
    return ZI_OK;
  });
}

ZI_API zi_status zi_report_copy_scores(double* scores_out, uint8_t* has_score_out, size_t n, const zi_report* report,
                                       int32_t level) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!report) return zi::capi::NullArgument("report");
    if (!zi::capi::KnownLevel(level)) return zi::capi::UnknownLevel(level);
    const zi::capi::ReportHandle& h = *unwrap(report);
    const size_t count = zi::capi::NodeCount(h, level);
    if (zi_status s = zi::capi::CheckCapacity(n, count, "scores_out")) return s;
    for (size_t i = 0; i < count; ++i) {
      std::optional<double> score;
      double weight = 0;
      zi::capi::Node(h, level, i, &score, &weight);
      if (scores_out) scores_out[i] = score.value_or(0.0);
      if (has_score_out) has_score_out[i] = score ? 1 : 0;
    }
    return ZI_OK;
  });
}

ZI_API const zi_occurrences* zi_report_occurrences(const zi_report* report) noexcept {
  return report ? wrap(&unwrap(report)->occurrences) : nullptr;
}

ZI_API const zi_diagnostics* zi_report_diagnostics(const zi_report* report) noexcept {
  return report ? wrap(&unwrap(report)->occurrences.diagnostics) : nullptr;
}

ZI_API zi_status zi_report_explain_json(char** json_out, size_t* len_out, const zi_report* report,
                                        const char* id) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!json_out) return zi::capi::NullArgument("json_out");
    *json_out = nullptr;
    if (!report) return zi::capi::NullArgument("report");
    if (!id) return zi::capi::NullArgument("id");
    absl::StatusOr<zi::Trace> trace = zi::Explain(unwrap(report)->report, id);
    if (!trace.ok()) return zi::capi::FromStatus(trace.status());
    return zi::capi::GiveString(json_out, len_out, zi::TraceJson(*trace));
  });
}

ZI_API zi_status zi_agenda_options_init(zi_agenda_options* opts, uint32_t version) noexcept {
  static const zi_agenda_options kDefaults = ZI_AGENDA_OPTIONS_INIT;
  return zi::capi::InitVersioned(opts, version, kDefaults, "opts", "zi_agenda_options");
}

ZI_API zi_status zi_report_agenda_json(char** json_out, size_t* len_out, const zi_report* report,
                                       const zi_calendar* calendar, const zi_agenda_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!json_out) return zi::capi::NullArgument("json_out");
    *json_out = nullptr;
    if (!report) return zi::capi::NullArgument("report");
    zi::AgendaOptions options;
    if (opts) {
      if (zi_status s = zi::capi::CheckVersion(opts->version, ZI_AGENDA_OPTIONS_VERSION, "zi_agenda_options")) {
        return s;
      }
      if (opts->within_working_days < 0 || opts->within_working_days > 100000) {
        return zi::capi::Fail(ZI_EINVALID, "within_working_days harus 0..100000, tertulis " +
                                               std::to_string(opts->within_working_days));
      }
      if (opts->upcoming_limit < 0) {
        return zi::capi::Fail(ZI_EINVALID,
                              "upcoming_limit tidak boleh negatif, tertulis " + std::to_string(opts->upcoming_limit));
      }
      options.within_working_days = opts->within_working_days;  // version 1
      options.upcoming_limit = opts->upcoming_limit;
    }
    const zi::capi::ReportHandle& h = *unwrap(report);
    const zi::Agenda agenda = zi::BuildAgenda(h.report, calendar ? *unwrap(calendar) : h.calendar, options);
    return zi::capi::GiveString(json_out, len_out, zi::AgendaJson(agenda));
  });
}

}  // extern "C"
