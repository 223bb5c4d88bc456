// MODULE: plan. Loading, exporting and reading a plan and its children.
#include <memory>
#include <optional>

#include "capi_internal.hpp"
#include "enums.hpp"
#include "zi/defaults.hpp"
#include "zi/io/plan_json.hpp"
#include "zi/io/report_json.hpp"

namespace zi::capi {
namespace {

// ---- the C API's one restriction on plan data: no NUL inside a string -------------

// Returns the JSON pointer of the first string that holds a NUL character. Borrowed
// strings are handed out NUL-terminated, so such a string would silently be cut short.
class NulFinder {
 public:
  std::optional<std::string> Find(const PlanData& p) {
    Check(p.satker.code, "/satker/code");
    Check(p.satker.name, "/satker/name");
    Check(p.satker.parent, "/satker/parent");
    Check(p.decree.number, "/decree/number");
    Check(p.decree.title, "/decree/title");
    Check(p.decree.place, "/decree/place");
    Check(p.decree.signed_by, "/decree/signed_by");
    Check(p.calendar, "/calendar");
    Notes(p.notes, "");
    for (size_t c = 0; c < p.components.size(); ++c) {
      const Component& comp = p.components[c];
      const std::string cp = "/components/" + std::to_string(c);
      Check(comp.id, cp + "/id");
      Check(comp.code, cp + "/code");
      Check(comp.name, cp + "/name");
      Check(comp.lke_area, cp + "/lke_area");
      Notes(comp.notes, cp);
      Source(comp.source, cp);
      for (size_t a = 0; a < comp.aspects.size(); ++a) {
        const Aspect& asp = comp.aspects[a];
        const std::string ap = cp + "/aspects/" + std::to_string(a);
        Check(asp.id, ap + "/id");
        Check(asp.code, ap + "/code");
        Check(asp.name, ap + "/name");
        Check(asp.lke_subarea, ap + "/lke_subarea");
        Notes(asp.notes, ap);
        Source(asp.source, ap);
        for (size_t k = 0; k < asp.activities.size(); ++k) {
          const Activity& act = asp.activities[k];
          const std::string kp = ap + "/activities/" + std::to_string(k);
          Check(act.id, kp + "/id");
          Check(act.code, kp + "/code");
          Check(act.text, kp + "/text");
          Notes(act.notes, kp);
          Source(act.source, kp);
          for (size_t i = 0; i < act.indicators.size(); ++i) {
            const Indicator& ind = act.indicators[i];
            const std::string ip = kp + "/indicators/" + std::to_string(i);
            Check(ind.id, ip + "/id");
            Check(ind.code, ip + "/code");
            Check(ind.text, ip + "/text");
            Check(ind.evidence, ip + "/evidence");
            Check(ind.schedule, ip + "/schedule");
            Check(ind.target, ip + "/target");
            if (ind.rrule) Check(*ind.rrule, ip + "/rrule");
            for (size_t q = 0; q < ind.lke_questions.size(); ++q) {
              Check(ind.lke_questions[q], ip + "/lke_questions/" + std::to_string(q));
            }
            Notes(ind.notes, ip);
            Source(ind.source, ip);
          }
        }
      }
    }
    return found_;
  }

 private:
  void Check(const std::string& s, const std::string& pointer) {
    if (!found_ && s.find('\0') != std::string::npos) found_ = pointer;
  }
  void Notes(const std::vector<Note>& notes, const std::string& parent) {
    for (size_t n = 0; n < notes.size(); ++n) {
      const std::string np = parent + "/notes/" + std::to_string(n);
      Check(notes[n].field, np + "/field");
      Check(notes[n].text, np + "/text");
    }
  }
  void Source(const SourceCells& s, const std::string& parent) {
    const std::string sp = parent + "/source/";
    const std::pair<const std::optional<std::string>*, const char*> cells[] = {
        {&s.no, "no"},
        {&s.komponen, "komponen"},
        {&s.aspek, "aspek"},
        {&s.kegiatan, "kegiatan"},
        {&s.indikator, "indikator"},
        {&s.bukti_fisik, "bukti_fisik"},
        {&s.target_waktu, "target_waktu"},
        {&s.target_capaian, "target_capaian"}};
    for (const auto& [cell, name] : cells) {
      if (*cell) Check(**cell, sp + name);
    }
  }

  std::optional<std::string> found_;
};

}  // namespace

zi_status ReadLoadOptions(const zi_plan_load_options* opts, PlanReadOptions* read) {
  if (!opts) return ZI_OK;
  if (zi_status s = CheckVersion(opts->version, ZI_PLAN_LOAD_OPTIONS_VERSION, "zi_plan_load_options")) {
    return s;
  }
  read->validate = opts->validate;  // version 1
  return ZI_OK;
}

zi_status AdoptPlan(absl::StatusOr<Plan> plan, StatusContext context, std::string_view source,
                    std::unique_ptr<PlanHandle>* handle) {
  if (!plan.ok()) return FromStatus(plan.status(), context);
  if (std::optional<std::string> where = NulFinder().Find(plan->data())) {
    std::string message(source);
    if (!message.empty()) message += ": ";
    message += *where + ": teks memuat karakter NUL (\\u0000), yang tidak dapat dinyatakan oleh API C";
    return Fail(ZI_EINVALID, message);
  }
  *handle = std::make_unique<PlanHandle>(std::move(*plan));
  return ZI_OK;
}

namespace {

// Hands a loaded plan to the caller, or reports why not.
zi_status Finish(zi_plan** out, absl::StatusOr<Plan> plan, StatusContext context,
                 std::string_view source) {
  std::unique_ptr<PlanHandle> handle;
  if (zi_status s = AdoptPlan(std::move(plan), context, source, &handle)) return s;
  *out = wrap(handle.release());
  return ZI_OK;
}

const char* OptionalCell(const std::optional<std::string>& cell) {
  return cell ? cell->c_str() : nullptr;
}

template <typename T>
const T* At(const std::vector<T>& v, size_t index) {
  return index < v.size() ? &v[index] : nullptr;
}

const SourceCells* SourceOf(const SourceCells& s) { return s.empty() ? nullptr : &s; }

}  // namespace

PlanHandle::PlanHandle(Plan p) : plan(std::move(p)), calendar(plan.calendar_name()) {
  const std::span<const IndicatorRef> refs = plan.indicators();
  positions.reserve(refs.size());
  for (size_t i = 0; i < refs.size(); ++i) positions.emplace(refs[i].indicator, i);
}

const IndicatorRef* PlanHandle::Find(const Indicator* indicator) const {
  auto it = positions.find(indicator);
  return it == positions.end() ? nullptr : &plan.indicators()[it->second];
}

}  // namespace zi::capi

using zi::capi::unwrap;
using zi::capi::wrap;

extern "C" {

// ---- enumeration names ---------------------------------------------------------------

ZI_API const char* zi_note_kind_str(int32_t kind) noexcept {
  return zi::capi::CName<zi::NoteKind>(kind);
}
ZI_API const char* zi_satker_level_str(int32_t level) noexcept {
  return zi::capi::CName<zi::SatkerLevel>(level);
}
ZI_API const char* zi_time_zone_str(int32_t time_zone) noexcept {
  return zi::capi::CName<zi::TimeZone>(time_zone);
}
ZI_API const char* zi_due_offset_str(int32_t offset) noexcept {
  return zi::capi::CName<zi::DueOffset>(offset);
}
ZI_API const char* zi_convention_str(int32_t convention) noexcept {
  return zi::capi::CName<zi::Convention>(convention);
}
ZI_API const char* zi_source_column_str(int32_t column) noexcept {
  return zi::capi::CName(zi::capi::kSourceColumnNames, column);
}

// ---- loading and exporting -----------------------------------------------------------

ZI_API zi_status zi_plan_load_options_init(zi_plan_load_options* opts, uint32_t version) noexcept {
  static const zi_plan_load_options kDefaults = ZI_PLAN_LOAD_OPTIONS_INIT;
  return zi::capi::InitVersioned(opts, version, kDefaults, "opts", "zi_plan_load_options");
}

ZI_API zi_status zi_plan_load_file(zi_plan** out, const char* path, const zi_plan_load_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!path) return zi::capi::NullArgument("path");
    zi::PlanReadOptions read;
    if (zi_status s = zi::capi::ReadLoadOptions(opts, &read)) return s;
    if (zi_status s = zi::capi::RefuseDirectory(path, "berkas rencana aksi")) return s;
    return zi::capi::Finish(out, zi::LoadPlanFile(path, read), zi::capi::StatusContext::kFile, path);
  });
}

ZI_API zi_status zi_plan_load_buffer(zi_plan** out, const char* data, size_t size,
                                     const zi_plan_load_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!data && size > 0) return zi::capi::NullArgument("data (bila size > 0)");
    zi::PlanReadOptions read;
    if (zi_status s = zi::capi::ReadLoadOptions(opts, &read)) return s;
    const std::string_view json = data ? std::string_view(data, size) : std::string_view();
    return zi::capi::Finish(out, zi::ReadPlanJson(json, read), zi::capi::StatusContext::kGeneral, "");
  });
}

ZI_API zi_status zi_plan_default(zi_plan** out) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    return zi::capi::Finish(out, zi::DefaultPlan(), zi::capi::StatusContext::kGeneral,
                            "<embedded default plan>");
  });
}

ZI_API void zi_plan_free(zi_plan* plan) noexcept { delete unwrap(plan); }

ZI_API zi_status zi_plan_to_json(char** json_out, size_t* len_out, const zi_plan* plan) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!json_out) return zi::capi::NullArgument("json_out");
    *json_out = nullptr;
    if (!plan) return zi::capi::NullArgument("plan");
    const std::string json = zi::WritePlanJson(unwrap(plan)->plan);
    return zi::capi::GiveString(json_out, len_out, json);
  });
}

// ---- plan ----------------------------------------------------------------------------

ZI_API int32_t zi_plan_year(const zi_plan* plan) noexcept {
  return plan ? static_cast<int32_t>(unwrap(plan)->plan.year()) : 0;
}

ZI_API const char* zi_plan_calendar(const zi_plan* plan) noexcept {
  return plan ? unwrap(plan)->calendar.c_str() : nullptr;
}

ZI_API const zi_satker* zi_plan_satker(const zi_plan* plan) noexcept {
  return plan ? wrap(&unwrap(plan)->plan.satker()) : nullptr;
}

ZI_API const zi_decree* zi_plan_decree(const zi_plan* plan) noexcept {
  return plan ? wrap(&unwrap(plan)->plan.data().decree) : nullptr;
}

ZI_API const zi_due_policy* zi_plan_due_policy(const zi_plan* plan) noexcept {
  return plan ? wrap(&unwrap(plan)->plan.data().due_policy) : nullptr;
}

ZI_API size_t zi_plan_note_count(const zi_plan* plan) noexcept {
  return plan ? unwrap(plan)->plan.data().notes.size() : 0;
}

ZI_API const zi_note* zi_plan_note(const zi_plan* plan, size_t index) noexcept {
  return plan ? wrap(zi::capi::At(unwrap(plan)->plan.data().notes, index)) : nullptr;
}

ZI_API size_t zi_plan_component_count(const zi_plan* plan) noexcept {
  return plan ? unwrap(plan)->plan.components().size() : 0;
}

ZI_API const zi_component* zi_plan_component(const zi_plan* plan, size_t index) noexcept {
  return plan ? wrap(zi::capi::At(unwrap(plan)->plan.components(), index)) : nullptr;
}

ZI_API size_t zi_plan_aspect_count(const zi_plan* plan) noexcept {
  return plan ? unwrap(plan)->plan.aspect_count() : 0;
}

ZI_API size_t zi_plan_activity_count(const zi_plan* plan) noexcept {
  return plan ? unwrap(plan)->plan.activity_count() : 0;
}

ZI_API size_t zi_plan_indicator_count(const zi_plan* plan) noexcept {
  return plan ? unwrap(plan)->plan.indicators().size() : 0;
}

ZI_API const zi_indicator* zi_plan_indicator(const zi_plan* plan, size_t index) noexcept {
  if (!plan) return nullptr;
  const std::span<const zi::IndicatorRef> refs = unwrap(plan)->plan.indicators();
  return index < refs.size() ? wrap(refs[index].indicator) : nullptr;
}

ZI_API const zi_indicator* zi_plan_find_indicator(const zi_plan* plan, const char* id) noexcept {
  if (!plan || !id) return nullptr;
  const zi::IndicatorRef* ref = unwrap(plan)->plan.FindIndicator(id);
  return ref ? wrap(ref->indicator) : nullptr;
}

ZI_API zi_status zi_plan_indicator_parents(const zi_component** component_out, const zi_aspect** aspect_out,
                                           const zi_activity** activity_out, const zi_plan* plan,
                                           const zi_indicator* indicator) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (component_out) *component_out = nullptr;
    if (aspect_out) *aspect_out = nullptr;
    if (activity_out) *activity_out = nullptr;
    if (!plan) return zi::capi::NullArgument("plan");
    if (!indicator) return zi::capi::NullArgument("indicator");
    const zi::IndicatorRef* ref = unwrap(plan)->Find(unwrap(indicator));
    if (!ref) return zi::capi::Fail(ZI_ENOTFOUND, "indikator ini bukan milik rencana aksi ini");
    if (component_out) *component_out = wrap(ref->component);
    if (aspect_out) *aspect_out = wrap(ref->aspect);
    if (activity_out) *activity_out = wrap(ref->activity);
    return ZI_OK;
  });
}

ZI_API const zi_due_policy* zi_plan_effective_due_policy(const zi_plan* plan,
                                                         const zi_indicator* indicator) noexcept {
  if (!plan || !indicator) return nullptr;
  const zi::capi::PlanHandle* h = unwrap(plan);
  if (!h->Find(unwrap(indicator))) return nullptr;
  return wrap(&h->plan.EffectiveDuePolicy(*unwrap(indicator)));
}

ZI_API const char* zi_plan_effective_responsible(const zi_plan* plan,
                                                 const zi_indicator* indicator) noexcept {
  if (!plan || !indicator) return nullptr;
  const zi::IndicatorRef* ref = unwrap(plan)->Find(unwrap(indicator));
  return ref ? ref->responsible().c_str() : nullptr;
}

// ---- satker, decree, due policy, note, source ----------------------------------------

ZI_API const char* zi_satker_code(const zi_satker* satker) noexcept {
  return satker ? unwrap(satker)->code.c_str() : nullptr;
}
ZI_API const char* zi_satker_name(const zi_satker* satker) noexcept {
  return satker ? unwrap(satker)->name.c_str() : nullptr;
}
ZI_API int32_t zi_satker_level(const zi_satker* satker) noexcept {
  return satker ? zi::capi::ToC(unwrap(satker)->level) : -1;
}
ZI_API const char* zi_satker_parent(const zi_satker* satker) noexcept {
  return satker ? unwrap(satker)->parent.c_str() : nullptr;
}
ZI_API int32_t zi_satker_time_zone(const zi_satker* satker) noexcept {
  return satker ? zi::capi::ToC(unwrap(satker)->time_zone) : -1;
}

ZI_API const char* zi_decree_number(const zi_decree* decree) noexcept {
  return decree ? unwrap(decree)->number.c_str() : nullptr;
}
ZI_API const char* zi_decree_title(const zi_decree* decree) noexcept {
  return decree ? unwrap(decree)->title.c_str() : nullptr;
}
ZI_API const char* zi_decree_place(const zi_decree* decree) noexcept {
  return decree ? unwrap(decree)->place.c_str() : nullptr;
}
ZI_API const char* zi_decree_signed_by(const zi_decree* decree) noexcept {
  return decree ? unwrap(decree)->signed_by.c_str() : nullptr;
}
ZI_API zi_status zi_decree_date(zi_date* out, const zi_decree* decree) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    if (!decree) return zi::capi::NullArgument("decree");
    const std::optional<zi::Date>& date = unwrap(decree)->date;
    if (!date) return zi::capi::Fail(ZI_ENOTFOUND, "rencana aksi tidak mencantumkan tanggal keputusan");
    out->days = date->days();
    return ZI_OK;
  });
}

ZI_API int32_t zi_due_policy_offset(const zi_due_policy* policy) noexcept {
  return policy ? zi::capi::ToC(unwrap(policy)->offset) : -1;
}
ZI_API int32_t zi_due_policy_n(const zi_due_policy* policy) noexcept {
  return policy ? static_cast<int32_t>(unwrap(policy)->n) : 0;
}
ZI_API int32_t zi_due_policy_day(const zi_due_policy* policy) noexcept {
  return policy ? static_cast<int32_t>(unwrap(policy)->day) : 0;
}
ZI_API int32_t zi_due_policy_convention(const zi_due_policy* policy) noexcept {
  return policy ? zi::capi::ToC(unwrap(policy)->convention) : -1;
}

ZI_API const char* zi_note_field(const zi_note* note) noexcept {
  return note ? unwrap(note)->field.c_str() : nullptr;
}
ZI_API int32_t zi_note_kind(const zi_note* note) noexcept {
  return note ? zi::capi::ToC(unwrap(note)->kind) : -1;
}
ZI_API const char* zi_note_text(const zi_note* note) noexcept {
  return note ? unwrap(note)->text.c_str() : nullptr;
}

ZI_API const char* zi_source_cell(const zi_source* source, int32_t column) noexcept {
  if (!source) return nullptr;
  const zi::SourceCells& s = *unwrap(source);
  switch (column) {
    case ZI_SOURCE_NO: return zi::capi::OptionalCell(s.no);
    case ZI_SOURCE_KOMPONEN: return zi::capi::OptionalCell(s.komponen);
    case ZI_SOURCE_ASPEK: return zi::capi::OptionalCell(s.aspek);
    case ZI_SOURCE_KEGIATAN: return zi::capi::OptionalCell(s.kegiatan);
    case ZI_SOURCE_INDIKATOR: return zi::capi::OptionalCell(s.indikator);
    case ZI_SOURCE_BUKTI_FISIK: return zi::capi::OptionalCell(s.bukti_fisik);
    case ZI_SOURCE_TARGET_WAKTU: return zi::capi::OptionalCell(s.target_waktu);
    case ZI_SOURCE_TARGET_CAPAIAN: return zi::capi::OptionalCell(s.target_capaian);
    default: return nullptr;
  }
}

// ---- component -----------------------------------------------------------------------

ZI_API const char* zi_component_id(const zi_component* c) noexcept { return c ? unwrap(c)->id.c_str() : nullptr; }
ZI_API const char* zi_component_code(const zi_component* c) noexcept { return c ? unwrap(c)->code.c_str() : nullptr; }
ZI_API const char* zi_component_name(const zi_component* c) noexcept { return c ? unwrap(c)->name.c_str() : nullptr; }
ZI_API double zi_component_weight(const zi_component* c) noexcept { return c ? unwrap(c)->weight : 0.0; }
ZI_API const char* zi_component_lke_area(const zi_component* c) noexcept {
  return c ? unwrap(c)->lke_area.c_str() : nullptr;
}
ZI_API size_t zi_component_aspect_count(const zi_component* c) noexcept { return c ? unwrap(c)->aspects.size() : 0; }
ZI_API const zi_aspect* zi_component_aspect(const zi_component* c, size_t index) noexcept {
  return c ? wrap(zi::capi::At(unwrap(c)->aspects, index)) : nullptr;
}
ZI_API size_t zi_component_note_count(const zi_component* c) noexcept { return c ? unwrap(c)->notes.size() : 0; }
ZI_API const zi_note* zi_component_note(const zi_component* c, size_t index) noexcept {
  return c ? wrap(zi::capi::At(unwrap(c)->notes, index)) : nullptr;
}
ZI_API const zi_source* zi_component_source(const zi_component* c) noexcept {
  return c ? wrap(zi::capi::SourceOf(unwrap(c)->source)) : nullptr;
}

// ---- aspect --------------------------------------------------------------------------

ZI_API const char* zi_aspect_id(const zi_aspect* a) noexcept { return a ? unwrap(a)->id.c_str() : nullptr; }
ZI_API const char* zi_aspect_code(const zi_aspect* a) noexcept { return a ? unwrap(a)->code.c_str() : nullptr; }
ZI_API const char* zi_aspect_name(const zi_aspect* a) noexcept { return a ? unwrap(a)->name.c_str() : nullptr; }
ZI_API double zi_aspect_weight(const zi_aspect* a) noexcept { return a ? unwrap(a)->weight : 0.0; }
ZI_API const char* zi_aspect_lke_subarea(const zi_aspect* a) noexcept {
  return a ? unwrap(a)->lke_subarea.c_str() : nullptr;
}
ZI_API size_t zi_aspect_activity_count(const zi_aspect* a) noexcept { return a ? unwrap(a)->activities.size() : 0; }
ZI_API const zi_activity* zi_aspect_activity(const zi_aspect* a, size_t index) noexcept {
  return a ? wrap(zi::capi::At(unwrap(a)->activities, index)) : nullptr;
}
ZI_API size_t zi_aspect_note_count(const zi_aspect* a) noexcept { return a ? unwrap(a)->notes.size() : 0; }
ZI_API const zi_note* zi_aspect_note(const zi_aspect* a, size_t index) noexcept {
  return a ? wrap(zi::capi::At(unwrap(a)->notes, index)) : nullptr;
}
ZI_API const zi_source* zi_aspect_source(const zi_aspect* a) noexcept {
  return a ? wrap(zi::capi::SourceOf(unwrap(a)->source)) : nullptr;
}

// ---- activity ------------------------------------------------------------------------

ZI_API const char* zi_activity_id(const zi_activity* k) noexcept { return k ? unwrap(k)->id.c_str() : nullptr; }
ZI_API const char* zi_activity_code(const zi_activity* k) noexcept { return k ? unwrap(k)->code.c_str() : nullptr; }
ZI_API const char* zi_activity_text(const zi_activity* k) noexcept { return k ? unwrap(k)->text.c_str() : nullptr; }
ZI_API size_t zi_activity_indicator_count(const zi_activity* k) noexcept {
  return k ? unwrap(k)->indicators.size() : 0;
}
ZI_API const zi_indicator* zi_activity_indicator(const zi_activity* k, size_t index) noexcept {
  return k ? wrap(zi::capi::At(unwrap(k)->indicators, index)) : nullptr;
}
ZI_API size_t zi_activity_note_count(const zi_activity* k) noexcept { return k ? unwrap(k)->notes.size() : 0; }
ZI_API const zi_note* zi_activity_note(const zi_activity* k, size_t index) noexcept {
  return k ? wrap(zi::capi::At(unwrap(k)->notes, index)) : nullptr;
}
ZI_API const zi_source* zi_activity_source(const zi_activity* k) noexcept {
  return k ? wrap(zi::capi::SourceOf(unwrap(k)->source)) : nullptr;
}
ZI_API const char* zi_activity_responsible(const zi_activity* k) noexcept {
  return k ? unwrap(k)->responsible.c_str() : nullptr;
}

// ---- indicator -----------------------------------------------------------------------

ZI_API const char* zi_indicator_id(const zi_indicator* i) noexcept { return i ? unwrap(i)->id.c_str() : nullptr; }
ZI_API const char* zi_indicator_code(const zi_indicator* i) noexcept { return i ? unwrap(i)->code.c_str() : nullptr; }
ZI_API const char* zi_indicator_text(const zi_indicator* i) noexcept { return i ? unwrap(i)->text.c_str() : nullptr; }
ZI_API const char* zi_indicator_evidence(const zi_indicator* i) noexcept {
  return i ? unwrap(i)->evidence.c_str() : nullptr;
}
ZI_API const char* zi_indicator_schedule(const zi_indicator* i) noexcept {
  return i ? unwrap(i)->schedule.c_str() : nullptr;
}
ZI_API const char* zi_indicator_target(const zi_indicator* i) noexcept {
  return i ? unwrap(i)->target.c_str() : nullptr;
}
ZI_API const char* zi_indicator_rrule(const zi_indicator* i) noexcept {
  return i ? zi::capi::OptionalCell(unwrap(i)->rrule) : nullptr;
}
ZI_API double zi_indicator_weight(const zi_indicator* i) noexcept { return i ? unwrap(i)->weight : 0.0; }
ZI_API const zi_due_policy* zi_indicator_due_policy(const zi_indicator* i) noexcept {
  return i && unwrap(i)->due_policy ? wrap(&*unwrap(i)->due_policy) : nullptr;
}
ZI_API size_t zi_indicator_lke_question_count(const zi_indicator* i) noexcept {
  return i ? unwrap(i)->lke_questions.size() : 0;
}
ZI_API const char* zi_indicator_lke_question(const zi_indicator* i, size_t index) noexcept {
  if (!i) return nullptr;
  const std::string* q = zi::capi::At(unwrap(i)->lke_questions, index);
  return q ? q->c_str() : nullptr;
}
ZI_API size_t zi_indicator_note_count(const zi_indicator* i) noexcept { return i ? unwrap(i)->notes.size() : 0; }
ZI_API const zi_note* zi_indicator_note(const zi_indicator* i, size_t index) noexcept {
  return i ? wrap(zi::capi::At(unwrap(i)->notes, index)) : nullptr;
}
ZI_API const zi_source* zi_indicator_source(const zi_indicator* i) noexcept {
  return i ? wrap(zi::capi::SourceOf(unwrap(i)->source)) : nullptr;
}
ZI_API const char* zi_indicator_responsible(const zi_indicator* i) noexcept {
  return i ? unwrap(i)->responsible.c_str() : nullptr;
}

ZI_API zi_status zi_plan_summary_json(char** json_out, size_t* len_out, const zi_plan* plan) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!json_out) return zi::capi::NullArgument("json_out");
    *json_out = nullptr;
    if (!plan) return zi::capi::NullArgument("plan");
    return zi::capi::GiveString(json_out, len_out, zi::WritePlanSummaryJson(unwrap(plan)->plan));
  });
}

}  // extern "C"
