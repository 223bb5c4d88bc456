#include "zi/deadline/occurrence.hpp"

#include "absl/container/flat_hash_map.h"
#include "internal/occurrence_internal.hpp"
#include "internal/strings.hpp"
#include "internal/text.hpp"
#include "zi/deadline/due_date.hpp"
#include "zi/plan/target.hpp"

namespace zi::internal {

namespace {

// What ParseSchedule and ParseRrule gave on this thread, by year and text: both depend on
// nothing else. Bounded: past kMaxEntries distinct texts the cache starts again (a portfolio
// has a few dozen phrases; a text with an id in it would otherwise grow it without end).
class ThreadScheduleCache {
 public:
  using Parsed = std::shared_ptr<const absl::StatusOr<Schedule>>;
  static ThreadScheduleCache& Get() {
    thread_local ThreadScheduleCache cache;
    return cache;
  }
  template <typename ParseFn>
  Parsed Find(bool rrule, int year, std::string_view text, ParseFn parse) {
    auto& by_text = entries_[Key{rrule, year}];
    // Debian's Abseil has its own string_view type.
    if (auto it = by_text.find(absl::string_view(text.data(), text.size())); it != by_text.end()) {
      return it->second;
    }
    if (++size_ > kMaxEntries) {
      entries_.clear();
      size_ = 1;
    }
    Parsed parsed = std::make_shared<const absl::StatusOr<Schedule>>(parse(text, year));
    entries_[Key{rrule, year}].emplace(std::string(text), parsed);
    return parsed;
  }

 private:
  static constexpr size_t kMaxEntries = 4096;
  struct Key {
    bool rrule;
    int year;
    friend bool operator==(const Key&, const Key&) = default;
    template <typename H>
    friend H AbslHashValue(H h, const Key& k) {
      return H::combine(std::move(h), k.rrule, k.year);
    }
  };
  absl::flat_hash_map<Key, absl::flat_hash_map<std::string, Parsed>> entries_;
  size_t size_ = 0;
};

}  // namespace

const absl::StatusOr<Schedule>& ScheduleCache::Phrase(std::string_view phrase) {
  auto it = phrases_.find(phrase);
  if (it == phrases_.end()) {
    it = phrases_.emplace(phrase, ThreadScheduleCache::Get().Find(false, year_, phrase, ParseSchedule))
             .first;
  }
  return *it->second;
}

const absl::StatusOr<Schedule>& ScheduleCache::Rrule(std::string_view rrule) {
  auto it = rrules_.find(rrule);
  if (it == rrules_.end()) {
    it = rrules_.emplace(rrule, ThreadScheduleCache::Get().Find(true, year_, rrule, ParseRrule)).first;
  }
  return *it->second;
}

std::optional<int> ScheduleCache::TargetCount(std::string_view target) {
  auto it = targets_.find(target);
  if (it == targets_.end()) {
    std::optional<int> count;
    // A percentage or a bare unit is 1 per occurrence, like a missing target: no count to
    // spread over the windows (the lint says which it was).
    if (absl::StatusOr<Target> t = ParseTarget(target); t.ok() && t->basis == TargetBasis::kCount) {
      count = t->count;
    }
    it = targets_.emplace(target, count).first;
  }
  return it->second;
}

namespace {

// Blank after markup removal; avoids building the cleaned copy in the common case.
bool IsBlank(std::string_view s) {
  if (s.find('<') != std::string_view::npos) return internal::CleanText(s).empty();
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  }
  return true;
}

void AddScheduleWarnings(const Schedule& s, const std::string& id, std::vector<Diagnostic>* out) {
  for (const Diagnostic& d : s.diagnostics) {
    out->push_back(d);
    out->back().where = id;
  }
}

}  // namespace

const Schedule* ResolveSchedule(const Indicator& ind, ScheduleCache& cache,
                                std::vector<Diagnostic>* out) {
  const bool has_phrase = !IsBlank(ind.schedule);
  if (ind.rrule) {
    const absl::StatusOr<Schedule>& rule = cache.Rrule(*ind.rrule);
    if (!rule.ok()) {
      out->push_back(Diagnostic{Severity::kError, "rrule_invalid", ind.id, "rrule",
                                std::string(rule.status().message())});
      return nullptr;
    }
    if (has_phrase) {
      const absl::StatusOr<Schedule>& phrase = cache.Phrase(ind.schedule);
      if (!phrase.ok()) {
        out->push_back(Diagnostic{
            Severity::kInfo, "schedule_uses_rrule", ind.id, "schedule",
            internal::Cat(std::string(phrase.status().message()), "; periode diambil dari rrule ",
                          rule->rrule)});
      } else if (phrase->windows != rule->windows) {
        out->push_back(Diagnostic{
            Severity::kWarning, "schedule_rrule_mismatch", ind.id, "rrule",
            internal::Cat("rrule ", rule->rrule, " menghasilkan ", rule->windows.size(),
                          " periode yang berbeda dari target waktu \"", phrase->text, "\" (",
                          phrase->windows.size(), " periode); yang dipakai rrule")});
      }
    }
    AddScheduleWarnings(*rule, ind.id, out);
    return &*rule;
  }
  if (!has_phrase) return nullptr;
  const absl::StatusOr<Schedule>& phrase = cache.Phrase(ind.schedule);
  if (!phrase.ok()) {
    out->push_back(Diagnostic{Severity::kError, "schedule_invalid", ind.id, "schedule",
                              std::string(phrase.status().message())});
    return nullptr;
  }
  AddScheduleWarnings(*phrase, ind.id, out);
  return &*phrase;
}

TargetDistribution DistributeIndicatorTarget(const Indicator& ind, const Schedule& schedule,
                                             ScheduleCache& cache, std::vector<Diagnostic>* out) {
  const int n = static_cast<int>(schedule.windows.size());
  const int count = ind.target.empty() ? 0 : cache.TargetCount(ind.target).value_or(0);
  TargetDistribution dist = DistributeTarget(count, n);
  if (dist.split == TargetSplit::kPerOccurrenceAssumed) {
    out->push_back(Diagnostic{
        Severity::kWarning, "target_per_occurrence_assumed", ind.id, "target",
        internal::Cat("target capaian \"", internal::CleanText(ind.target), "\" untuk ", n,
                      " periode (\"", schedule.text, "\"): dibaca 1 per periode, jadi ", n,
                      " dalam setahun")});
  } else if (dist.split == TargetSplit::kUneven) {
    out->push_back(Diagnostic{
        Severity::kWarning, "target_uneven", ind.id, "target",
        internal::Cat("target capaian ", count, " tidak terbagi rata atas ", n,
                      " periode (\"", schedule.text, "\"): per periode ",
                      internal::Join(dist.required, ", "))});
  }
  return dist;
}

}  // namespace zi::internal

namespace zi {
inline namespace v1 {

TargetDistribution DistributeTarget(int target_count, int occurrences) {
  TargetDistribution d;
  if (occurrences <= 0) return d;
  const int n = occurrences;
  const int total = target_count;
  if (total < 1 || total == n) {
    d.required.assign(static_cast<size_t>(n), 1);
  } else if (n == 1) {
    d.required.assign(1, total);
  } else if (total == 1) {
    d.required.assign(static_cast<size_t>(n), 1);
    d.split = TargetSplit::kPerOccurrenceAssumed;
  } else if (total % n == 0) {
    d.required.assign(static_cast<size_t>(n), total / n);
  } else {
    d.required.assign(static_cast<size_t>(n), total / n);
    for (int i = 0; i < total % n; ++i) ++d.required[static_cast<size_t>(i)];
    d.split = TargetSplit::kUneven;
  }
  return d;
}

IndicatorSchedule ResolveIndicatorSchedule(const Indicator& indicator, int year) {
  internal::ScheduleCache cache(year);
  IndicatorSchedule out;
  if (const Schedule* s = internal::ResolveSchedule(indicator, cache, &out.diagnostics)) {
    out.schedule = *s;
  }
  return out;
}

size_t CountOccurrences(const Plan& plan) {
  internal::ScheduleCache cache(plan.year());
  std::vector<Diagnostic> ignored;
  size_t n = 0;
  for (const IndicatorRef& ref : plan.indicators()) {
    if (const Schedule* s = internal::ResolveSchedule(*ref.indicator, cache, &ignored)) {
      n += s->windows.size();
    }
    ignored.clear();
  }
  return n;
}

absl::Status CheckOccurrenceLimit(const Plan& plan) {
  const size_t n = CountOccurrences(plan);
  if (n <= kMaxOccurrencesPerPlan) return absl::OkStatus();
  return absl::InvalidArgumentError(internal::Cat(
      "rencana aksi memiliki ", n, " periode (", plan.indicators().size(), " indikator), lebih dari ",
      kMaxOccurrencesPerPlan, " yang boleh dimiliki satu rencana aksi"));
}

PlanOccurrences ExpandOccurrences(const Plan& plan, const Calendar& calendar) {
  PlanOccurrences out;
  internal::ScheduleCache cache(plan.year());
  UncoveredYears uncovered;
  const std::span<const IndicatorRef> refs = plan.indicators();
  for (size_t i = 0; i < refs.size(); ++i) {
    const Indicator& ind = *refs[i].indicator;
    const Schedule* s = internal::ResolveSchedule(ind, cache, &out.diagnostics);
    if (!s) continue;
    if (out.occurrences.size() + s->windows.size() > kMaxOccurrencesPerPlan) {
      out.diagnostics.push_back(Diagnostic{
          Severity::kError, "occurrence_limit", std::string(ind.id), "schedule",
          internal::Cat("penjabaran berhenti pada indikator ", ind.id, ": rencana aksi memiliki lebih dari ",
                        kMaxOccurrencesPerPlan, " periode")});
      break;
    }
    const TargetDistribution dist =
        internal::DistributeIndicatorTarget(ind, *s, cache, &out.diagnostics);
    const DuePolicy& policy = plan.EffectiveDuePolicy(ind);
    for (size_t k = 0; k < s->windows.size(); ++k) {
      const Window& w = s->windows[k];
      out.occurrences.push_back(Occurrence{ind.id, i, static_cast<int>(k) + 1, w.start, w.end,
                                           DueDate(w.end, policy, calendar, &uncovered),
                                           dist.required[k]});
    }
  }
  for (Diagnostic& d : UncoveredYearDiagnostics(calendar, uncovered)) {
    out.diagnostics.push_back(std::move(d));
  }
  return out;
}

}  // namespace v1
}  // namespace zi
