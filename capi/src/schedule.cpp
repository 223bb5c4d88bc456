// MODULE: schedule and MODULE: occurrences. zi_schedule is a parsed phrase or RRULE;
// zi_occurrences is an occurrence table kept as int32 columns.
#include <cstring>
#include <memory>

#include "compliance_internal.hpp"
#include "zi/io/calendar_json.hpp"

namespace zi::capi {

namespace {

zi_status GiveSchedule(zi_schedule** out, absl::StatusOr<Schedule> schedule) {
  if (!schedule.ok()) return FromStatus(schedule.status());
  auto handle = std::make_unique<ScheduleHandle>();
  handle->schedule = *std::move(schedule);
  handle->diagnostics.items = CleanDiagnostics(handle->schedule.diagnostics);
  *out = wrap(handle.release());
  return ZI_OK;
}

// A phrase or rule given with its length; a NUL inside it could not come back out.
zi_status ReadText(const char* text, size_t len, const char* what, std::string_view* out) {
  if (!text) return NullArgument(what);
  if (std::memchr(text, '\0', len) != nullptr) {
    return Fail(ZI_EINVALID, std::string(what) + " memuat karakter NUL");
  }
  *out = std::string_view(text, len);
  return ZI_OK;
}

}  // namespace

void OccurrenceTable::AddOccurrence(const Occurrence& o) {
  columns[ZI_OCCURRENCE_INDICATOR_INDEX].push_back(static_cast<int32_t>(o.indicator_index));
  columns[ZI_OCCURRENCE_INDEX].push_back(static_cast<int32_t>(o.index));
  columns[ZI_OCCURRENCE_WINDOW_START].push_back(o.window_start.days());
  columns[ZI_OCCURRENCE_WINDOW_END].push_back(o.window_end.days());
  columns[ZI_OCCURRENCE_DUE].push_back(o.due.days());
  columns[ZI_OCCURRENCE_REQUIRED].push_back(static_cast<int32_t>(o.required));
  indicator_ids.push_back(o.indicator_id);
  ++count;
}

void FillOccurrences(OccurrenceTable& table, const PlanOccurrences& occurrences) {
  const size_t n = occurrences.occurrences.size();
  for (size_t c = 0; c < OccurrenceTable::kPlanColumns; ++c) table.columns[c].reserve(n);
  table.indicator_ids.reserve(n);
  for (const Occurrence& o : occurrences.occurrences) table.AddOccurrence(o);
  table.diagnostics.items = CleanDiagnostics(occurrences.diagnostics);
}

}  // namespace zi::capi

using zi::capi::unwrap;
using zi::capi::wrap;

namespace {

// The column, or nullptr for an unknown one or a score column of an unscored table.
const std::vector<int32_t>* Column(const zi::capi::OccurrenceTable& t, int32_t column) {
  if (column < 0 || static_cast<size_t>(column) >= zi::capi::OccurrenceTable::kColumns) return nullptr;
  if (!t.scored && static_cast<size_t>(column) >= zi::capi::OccurrenceTable::kPlanColumns) return nullptr;
  return &t.columns[static_cast<size_t>(column)];
}

zi_status IndexOutOfRange(size_t index, size_t count) {
  return zi::capi::Fail(ZI_ERANGE, "indeks " + std::to_string(index) + " di luar rentang (" +
                                       std::to_string(count) + " baris)");
}

}  // namespace

extern "C" {

// ---- schedule ------------------------------------------------------------------------

ZI_API const char* zi_schedule_family_str(int32_t family) noexcept {
  return zi::capi::CName<zi::ScheduleFamily>(family);
}

ZI_API zi_status zi_schedule_parse(zi_schedule** out, const char* phrase, size_t len, int32_t year) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    std::string_view text;
    if (zi_status s = zi::capi::ReadText(phrase, len, "phrase", &text)) return s;
    return zi::capi::GiveSchedule(out, zi::ParseSchedule(text, year));
  });
}

ZI_API zi_status zi_schedule_parse_rrule(zi_schedule** out, const char* rrule, size_t len, int32_t year) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    std::string_view text;
    if (zi_status s = zi::capi::ReadText(rrule, len, "rrule", &text)) return s;
    return zi::capi::GiveSchedule(out, zi::ParseRrule(text, year));
  });
}

ZI_API zi_status zi_plan_indicator_schedule(zi_schedule** out, zi_diagnostics** diagnostics_out,
                                            const zi_plan* plan, const zi_indicator* indicator) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (diagnostics_out) *diagnostics_out = nullptr;
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!plan) return zi::capi::NullArgument("plan");
    if (!indicator) return zi::capi::NullArgument("indicator");
    const zi::capi::PlanHandle* h = unwrap(plan);
    if (!h->Find(unwrap(indicator))) {
      return zi::capi::Fail(ZI_ENOTFOUND, "indikator ini bukan milik rencana aksi ini");
    }
    zi::IndicatorSchedule resolved = zi::ResolveIndicatorSchedule(*unwrap(indicator), h->plan.year());
    std::unique_ptr<zi::capi::DiagnosticList> list;
    if (diagnostics_out) {
      list = std::make_unique<zi::capi::DiagnosticList>();
      list->items = zi::capi::CleanDiagnostics(std::move(resolved.diagnostics));
    }
    std::unique_ptr<zi::capi::ScheduleHandle> handle;
    if (resolved.schedule) {
      handle = std::make_unique<zi::capi::ScheduleHandle>();
      handle->schedule = std::move(*resolved.schedule);
      handle->diagnostics.items = zi::capi::CleanDiagnostics(handle->schedule.diagnostics);
    }
    *out = wrap(handle.release());
    if (diagnostics_out) *diagnostics_out = wrap(list.release());
    return ZI_OK;
  });
}

ZI_API void zi_schedule_free(zi_schedule* schedule) noexcept { delete unwrap(schedule); }

ZI_API int32_t zi_schedule_family(const zi_schedule* s) noexcept {
  return s ? zi::capi::ToC(unwrap(s)->schedule.family) : -1;
}
ZI_API const char* zi_schedule_text(const zi_schedule* s) noexcept {
  return s ? unwrap(s)->schedule.text.c_str() : nullptr;
}
ZI_API const char* zi_schedule_rrule(const zi_schedule* s) noexcept {
  return s ? unwrap(s)->schedule.rrule.c_str() : nullptr;
}
ZI_API size_t zi_schedule_window_count(const zi_schedule* s) noexcept {
  return s ? unwrap(s)->schedule.windows.size() : 0;
}
ZI_API zi_status zi_schedule_window(zi_date* start_out, zi_date* end_out, const zi_schedule* schedule,
                                    size_t index) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!schedule) return zi::capi::NullArgument("schedule");
    const std::vector<zi::Window>& w = unwrap(schedule)->schedule.windows;
    if (index >= w.size()) return IndexOutOfRange(index, w.size());
    if (start_out) start_out->days = w[index].start.days();
    if (end_out) end_out->days = w[index].end.days();
    return ZI_OK;
  });
}
ZI_API size_t zi_schedule_year_count(const zi_schedule* s) noexcept {
  return s ? unwrap(s)->schedule.years.size() : 0;
}
ZI_API int32_t zi_schedule_year(const zi_schedule* s, size_t index) noexcept {
  if (!s) return 0;
  const std::vector<int>& years = unwrap(s)->schedule.years;
  return index < years.size() ? static_cast<int32_t>(years[index]) : 0;
}
ZI_API const zi_diagnostics* zi_schedule_diagnostics(const zi_schedule* s) noexcept {
  return s ? wrap(&unwrap(s)->diagnostics) : nullptr;
}

// ---- occurrences ---------------------------------------------------------------------

ZI_API const char* zi_occurrence_status_str(int32_t status) noexcept {
  return zi::capi::CName<zi::OccurrenceStatus>(status);
}

ZI_API const char* zi_occurrence_status_label(int32_t status) noexcept {
  switch (status) {
    case ZI_OCCURRENCE_DONE: return "selesai";
    case ZI_OCCURRENCE_DONE_LATE: return "selesai terlambat";
    case ZI_OCCURRENCE_OPEN: return "berjalan";
    case ZI_OCCURRENCE_UPCOMING: return "belum dimulai";
    case ZI_OCCURRENCE_OVERDUE: return "terlambat";
    default: return nullptr;
  }
}

ZI_API zi_status zi_plan_expand(zi_occurrences** out, const zi_plan* plan, const zi_calendar* calendar) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!plan) return zi::capi::NullArgument("plan");
    const zi::Plan& p = unwrap(plan)->plan;
    zi::Calendar cal;
    if (zi_status s = zi::capi::ResolveCalendar(calendar, p, &cal)) return s;
    auto table = std::make_unique<zi::capi::OccurrenceTable>();
    zi::capi::FillOccurrences(*table, zi::ExpandOccurrences(p, cal));
    *out = wrap(table.release());
    return ZI_OK;
  });
}

ZI_API void zi_occurrences_free(zi_occurrences* occurrences) noexcept { delete unwrap(occurrences); }

ZI_API size_t zi_occurrences_count(const zi_occurrences* o) noexcept { return o ? unwrap(o)->count : 0; }

ZI_API bool zi_occurrences_scored(const zi_occurrences* o) noexcept { return o && unwrap(o)->scored; }

ZI_API zi_status zi_occurrences_get(size_t* indicator_index_out, int32_t* index_out, zi_date* window_start_out,
                                    zi_date* window_end_out, zi_date* due_out, int32_t* required_out,
                                    const zi_occurrences* occurrences, size_t index) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!occurrences) return zi::capi::NullArgument("occurrences");
    const zi::capi::OccurrenceTable& t = *unwrap(occurrences);
    if (index >= t.count) return IndexOutOfRange(index, t.count);
    if (indicator_index_out) {
      *indicator_index_out = static_cast<size_t>(t.columns[ZI_OCCURRENCE_INDICATOR_INDEX][index]);
    }
    if (index_out) *index_out = t.columns[ZI_OCCURRENCE_INDEX][index];
    if (window_start_out) window_start_out->days = t.columns[ZI_OCCURRENCE_WINDOW_START][index];
    if (window_end_out) window_end_out->days = t.columns[ZI_OCCURRENCE_WINDOW_END][index];
    if (due_out) due_out->days = t.columns[ZI_OCCURRENCE_DUE][index];
    if (required_out) *required_out = t.columns[ZI_OCCURRENCE_REQUIRED][index];
    return ZI_OK;
  });
}

ZI_API const char* zi_occurrences_indicator_id(const zi_occurrences* o, size_t index) noexcept {
  if (!o || index >= unwrap(o)->count) return nullptr;
  return unwrap(o)->indicator_ids[index].c_str();
}

ZI_API zi_status zi_occurrences_score(int32_t* status_out, int32_t* on_time_out, int32_t* late_out,
                                      bool* assessed_out, double* credit_out, bool* has_credit_out,
                                      const zi_occurrences* occurrences, size_t index) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!occurrences) return zi::capi::NullArgument("occurrences");
    const zi::capi::OccurrenceTable& t = *unwrap(occurrences);
    if (!t.scored) {
      return zi::capi::Fail(ZI_ENOTFOUND, "periode ini tidak dinilai (gunakan zi_report_occurrences)");
    }
    if (index >= t.count) return IndexOutOfRange(index, t.count);
    if (status_out) *status_out = t.columns[ZI_OCCURRENCE_STATUS][index];
    if (on_time_out) *on_time_out = t.columns[ZI_OCCURRENCE_ON_TIME][index];
    if (late_out) *late_out = t.columns[ZI_OCCURRENCE_LATE][index];
    if (assessed_out) *assessed_out = t.columns[ZI_OCCURRENCE_ASSESSED][index] != 0;
    if (credit_out) *credit_out = t.credit[index];
    if (has_credit_out) *has_credit_out = t.has_credit[index] != 0;
    return ZI_OK;
  });
}

ZI_API const int32_t* zi_occurrences_column(const zi_occurrences* o, int32_t column) noexcept {
  if (!o) return nullptr;
  const std::vector<int32_t>* c = Column(*unwrap(o), column);
  return c ? c->data() : nullptr;
}

ZI_API zi_status zi_occurrences_copy_column(int32_t* values_out, size_t n, const zi_occurrences* occurrences,
                                            int32_t column) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!occurrences) return zi::capi::NullArgument("occurrences");
    const zi::capi::OccurrenceTable& t = *unwrap(occurrences);
    if (column < 0 || static_cast<size_t>(column) >= zi::capi::OccurrenceTable::kColumns) {
      return zi::capi::Fail(ZI_EINVALID, "kolom periode tidak dikenal: " + std::to_string(column));
    }
    const std::vector<int32_t>* c = Column(t, column);
    if (!c) return zi::capi::Fail(ZI_ENOTFOUND, "periode ini tidak dinilai: tidak ada kolom nilai");
    if (!values_out && t.count > 0) return zi::capi::NullArgument("values_out");
    if (zi_status s = zi::capi::CheckCapacity(n, t.count, "values_out")) return s;
    if (t.count > 0) std::memcpy(values_out, c->data(), t.count * sizeof(int32_t));
    return ZI_OK;
  });
}

ZI_API zi_status zi_occurrences_copy_credits(double* credits_out, uint8_t* has_credit_out, size_t n,
                                             const zi_occurrences* occurrences) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!occurrences) return zi::capi::NullArgument("occurrences");
    const zi::capi::OccurrenceTable& t = *unwrap(occurrences);
    if (!t.scored) return zi::capi::Fail(ZI_ENOTFOUND, "periode ini tidak dinilai: tidak ada kredit");
    if (zi_status s = zi::capi::CheckCapacity(n, t.count, "credits_out")) return s;
    if (t.count > 0 && credits_out) std::memcpy(credits_out, t.credit.data(), t.count * sizeof(double));
    if (t.count > 0 && has_credit_out) std::memcpy(has_credit_out, t.has_credit.data(), t.count);
    return ZI_OK;
  });
}

ZI_API const zi_diagnostics* zi_occurrences_diagnostics(const zi_occurrences* o) noexcept {
  return o ? wrap(&unwrap(o)->diagnostics) : nullptr;
}

}  // extern "C"
