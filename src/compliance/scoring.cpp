#include "zi/compliance/scoring.hpp"

#include <algorithm>
#include <numeric>

#include "internal/json_io.hpp"
#include "internal/strings.hpp"

namespace zi {
inline namespace v1 {

using internal::Cat;

absl::Status ValidateScoringPolicy(const ScoringPolicy& policy) {
  if (!(policy.late_credit >= 0.0 && policy.late_credit <= 1.0)) {
    return absl::InvalidArgumentError(
        Cat("late_credit harus antara 0 dan 1, tertulis ", policy.late_credit));
  }
  return absl::OkStatus();
}

std::string_view ToString(OccurrenceStatus s) {
  switch (s) {
    case OccurrenceStatus::kDone: return "done";
    case OccurrenceStatus::kDoneLate: return "done_late";
    case OccurrenceStatus::kOpen: return "open";
    case OccurrenceStatus::kUpcoming: return "upcoming";
    case OccurrenceStatus::kOverdue: return "overdue";
  }
  return "?";
}

std::string_view Label(OccurrenceStatus s) {
  switch (s) {
    case OccurrenceStatus::kDone: return "selesai";
    case OccurrenceStatus::kDoneLate: return "selesai terlambat";
    case OccurrenceStatus::kOpen: return "berjalan";
    case OccurrenceStatus::kUpcoming: return "belum dimulai";
    case OccurrenceStatus::kOverdue: return "terlambat";
  }
  return "?";
}

OccurrenceCounts EvaluateOccurrence(Date start, Date due, int required, Date as_of,
                                    std::span<const Date> dates, std::span<const int> counts) {
  const Date cut = std::min(due, as_of);
  int64_t c_cut = 0, c_t = 0;
  for (size_t i = 0; i < dates.size(); ++i) {
    if (dates[i] <= cut) c_cut += counts[i];
    if (dates[i] <= as_of) c_t += counts[i];
  }
  OccurrenceCounts out;
  const int64_t r = required;
  out.on_time = static_cast<int>(std::min(r, c_cut));
  out.late = as_of > due ? static_cast<int>(std::min(r - out.on_time, c_t - c_cut)) : 0;
  if (out.on_time == required) {
    out.status = OccurrenceStatus::kDone;
  } else if (as_of < start) {
    out.status = OccurrenceStatus::kUpcoming;
  } else if (as_of <= due) {
    out.status = OccurrenceStatus::kOpen;
  } else if (out.on_time + out.late == required) {
    out.status = OccurrenceStatus::kDoneLate;
  } else {
    out.status = OccurrenceStatus::kOverdue;
  }
  // An occurrence that requires nothing (an uneven target smaller than the number of
  // windows) neither helps nor hurts.
  out.assessed = required > 0 && (as_of > due || out.status == OccurrenceStatus::kDone);
  return out;
}

const IndicatorScore* ComplianceReport::FindIndicator(std::string_view id) const {
  for (const ComponentScore& c : components) {
    for (const AspectScore& a : c.aspects) {
      for (const IndicatorScore& i : a.indicators) {
        if (i.id == id) return &i;
      }
    }
  }
  return nullptr;
}

namespace {

// Σ(w·s) / Σw over the items with a score; nullopt when none has one or Σw = 0.
template <typename Items>
std::optional<double> WeightedMean(const Items& items) {
  double num = 0, den = 0;
  bool any = false;
  for (const auto& item : items) {
    if (!item.score) continue;
    any = true;
    num += item.weight * *item.score;
    den += item.weight;
  }
  if (!any || den == 0) return std::nullopt;
  return num / den;
}

bool Counts(const EvidenceRecord& e, const ScoringPolicy& policy) {
  return e.status == EvidenceStatus::kVerified ||
         (e.status == EvidenceStatus::kSubmitted && policy.count_submitted);
}

}  // namespace

ComplianceReport ScorePlan(const Plan& plan, const Calendar& calendar,
                           std::span<const EvidenceRecord> evidence, Date as_of,
                           const ScoringPolicy& policy) {
  return ScorePlan(plan, ExpandOccurrences(plan, calendar), evidence, as_of, policy);
}

ComplianceReport ScorePlan(const Plan& plan, const PlanOccurrences& expanded,
                           std::span<const EvidenceRecord> evidence, Date as_of,
                           const ScoringPolicy& policy) {
  ComplianceReport report{plan, as_of, policy, std::nullopt, {}, {}, expanded.diagnostics};
  const std::span<const IndicatorRef> refs = plan.indicators();

  // Where each indicator's occurrences start in `expanded.occurrences`.
  std::vector<size_t> first(refs.size() + 1, 0), count(refs.size(), 0);
  for (const Occurrence& o : expanded.occurrences) ++count[o.indicator_index];
  for (size_t i = 0; i < refs.size(); ++i) first[i + 1] = first[i] + count[i];

  // Attach this satker's evidence to occurrences.
  std::vector<std::vector<size_t>> attached(expanded.occurrences.size());
  size_t other_satker = 0;
  for (const EvidenceRecord& e : evidence) {
    if (!e.satker.empty() && e.satker != plan.satker().code) {
      ++other_satker;
      continue;
    }
    const size_t k = report.evidence.size();
    report.evidence.push_back(e);
    const IndicatorRef* ref = plan.FindIndicator(e.indicator);
    const size_t ii = ref ? static_cast<size_t>(ref - refs.data()) : 0;
    if (!ref || e.occurrence < 1 || static_cast<size_t>(e.occurrence) > count[ii]) {
      report.diagnostics.push_back(Diagnostic{
          Severity::kWarning, "evidence_unmatched", e.indicator, "evidence",
          Cat("bukti baris ", e.line, " (indikator ", e.indicator, ", periode ", e.occurrence,
              ") tidak cocok dengan periode mana pun dalam rencana aksi; diabaikan")});
      continue;
    }
    attached[first[ii] + static_cast<size_t>(e.occurrence - 1)].push_back(k);
  }
  if (other_satker > 0) {
    report.diagnostics.push_back(
        Diagnostic{Severity::kInfo, "evidence_other_satker", "plan", "evidence",
                   Cat(other_satker, " catatan bukti milik satker lain dilewati")});
  }

  std::vector<Date> dates;
  std::vector<int> counts;
  size_t ref_index = 0;
  for (const Component& c : plan.components()) {
    ComponentScore cs{&c, c.id, c.weight, std::nullopt, {}};
    for (const Aspect& a : c.aspects) {
      AspectScore as{&a, a.id, a.weight, std::nullopt, {}};
      for (const Activity& k : a.activities) {
        for (const Indicator& ind : k.indicators) {
          const size_t ii = ref_index++;
          IndicatorScore is{&refs[ii], ind.id, ind.weight, std::nullopt, std::nullopt, {}};
          double credit_sum = 0, achieved = 0;
          int assessed = 0;
          int64_t required_sum = 0;
          for (size_t oi = first[ii]; oi < first[ii + 1]; ++oi) {
            const Occurrence& o = expanded.occurrences[oi];
            OccurrenceScore os;
            os.occurrence = o;
            std::vector<size_t>& mine = attached[oi];
            std::stable_sort(mine.begin(), mine.end(), [&](size_t x, size_t y) {
              return report.evidence[x].date < report.evidence[y].date;
            });
            dates.clear();
            counts.clear();
            for (size_t k2 : mine) {
              const EvidenceRecord& e = report.evidence[k2];
              if (Counts(e, policy) && e.date <= as_of) {
                os.counted.push_back(k2);
                dates.push_back(e.date);
                counts.push_back(e.count);
                if (e.date < o.window_start) {
                  report.diagnostics.push_back(Diagnostic{
                      Severity::kWarning, "evidence_before_window", ind.id, "evidence",
                      Cat("bukti baris ", e.line, " bertanggal ", FormatIsoDate(e.date),
                          ", sebelum periode ", o.index, " dimulai (",
                          FormatIsoDate(o.window_start), "); tetap dihitung")});
                }
              } else {
                os.not_counted.push_back(k2);
              }
            }
            const OccurrenceCounts oc =
                EvaluateOccurrence(o.window_start, o.due, o.required, as_of, dates, counts);
            os.on_time = oc.on_time;
            os.late = oc.late;
            os.status = oc.status;
            os.assessed = oc.assessed;
            const double got = oc.on_time + policy.late_credit * oc.late;
            if (oc.assessed) {
              os.credit = got / o.required;
              credit_sum += *os.credit;
              ++assessed;
            }
            achieved += got;
            required_sum += o.required;
            is.occurrences.push_back(std::move(os));
          }
          if (assessed > 0) is.score = credit_sum / assessed;
          if (required_sum > 0) is.progress = achieved / static_cast<double>(required_sum);
          as.indicators.push_back(std::move(is));
        }
      }
      as.score = WeightedMean(as.indicators);
      cs.aspects.push_back(std::move(as));
    }
    cs.score = WeightedMean(cs.aspects);
    report.components.push_back(std::move(cs));
  }
  if (auto mean = WeightedMean(report.components)) report.score = 100.0 * *mean;
  return report;
}

namespace {

namespace json = boost::json;

json::value Num(const std::optional<double>& x) {
  return x ? json::value(*x) : json::value(nullptr);
}

// A komponen, aspek or indikator score (a fraction in the report) on the plan score's 0..100
// scale, so that every `score` key of the JSON shares one scale (docs/cli.md).
json::value Points(const std::optional<double>& fraction) {
  return fraction ? json::value(100.0 * *fraction) : json::value(nullptr);
}

std::string CodeOr(const std::string& code, const std::string& id) {
  return code.empty() ? id : code;
}

}  // namespace

std::string ComplianceReportJson(const ComplianceReport& report) {
  json::object root;
  root["as_of"] = FormatIsoDate(report.as_of);
  root["satker"] = report.plan.satker().code;
  root["satker_name"] = report.plan.satker().name;
  root["year"] = report.plan.year();
  root["score"] = Num(report.score);
  json::object policy;
  policy["late_credit"] = report.policy.late_credit;
  policy["count_submitted"] = report.policy.count_submitted;
  root["policy"] = std::move(policy);
  json::array comps;
  for (const ComponentScore& c : report.components) {
    json::object co;
    co["id"] = c.id;
    co["code"] = CodeOr(c.component->code, c.id);
    co["name"] = c.component->name;
    co["weight"] = c.weight;
    co["score"] = Points(c.score);
    json::array asps;
    for (const AspectScore& a : c.aspects) {
      json::object ao;
      ao["id"] = a.id;
      ao["code"] = CodeOr(a.aspect->code, a.id);
      ao["name"] = a.aspect->name;
      ao["weight"] = a.weight;
      ao["score"] = Points(a.score);
      json::array inds;
      for (const IndicatorScore& i : a.indicators) {
        json::object io;
        io["id"] = i.id;
        io["weight"] = i.weight;
        io["score"] = Points(i.score);
        io["progress"] = Num(i.progress);
        json::array occs;
        for (const OccurrenceScore& o : i.occurrences) {
          json::object oo;
          oo["index"] = o.occurrence.index;
          oo["window_start"] = FormatIsoDate(o.occurrence.window_start);
          oo["window_end"] = FormatIsoDate(o.occurrence.window_end);
          oo["due"] = FormatIsoDate(o.occurrence.due);
          oo["required"] = o.occurrence.required;
          oo["on_time"] = o.on_time;
          oo["late"] = o.late;
          oo["status"] = ToString(o.status);
          oo["assessed"] = o.assessed;
          oo["credit"] = Num(o.credit);
          oo["evidence_counted"] = o.counted.size();
          occs.push_back(std::move(oo));
        }
        io["occurrences"] = std::move(occs);
        inds.push_back(std::move(io));
      }
      ao["indicators"] = std::move(inds);
      asps.push_back(std::move(ao));
    }
    co["aspects"] = std::move(asps);
    comps.push_back(std::move(co));
  }
  root["components"] = std::move(comps);
  root["diagnostics"] = internal::DiagnosticsToJson(report.diagnostics);
  return internal::WriteJson(root);
}

}  // namespace v1
}  // namespace zi
