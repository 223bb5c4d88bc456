#include "zi/io/plan_json.hpp"

#include "zi/io/file.hpp"
#include "internal/json_io.hpp"
#include "internal/parallel.hpp"
#include "internal/plan_json_direct.hpp"
#include "internal/strings.hpp"
#include "zi/plan/lint.hpp"

namespace zi {
inline namespace v1 {
namespace {

using internal::JsonError;
using internal::JsonPath;
using internal::ObjectReader;
namespace json = boost::json;

// ---- reading --------------------------------------------------------------------

Note ReadNote(const json::value& v, const JsonPath& path) {
  ObjectReader n(v, path);
  Note note;
  note.field = n.RequiredString("field");
  const std::string kind = n.RequiredString("kind");
  auto k = ParseNoteKind(kind);
  if (!k) {
    throw JsonError(n.PointerTo("kind"),
                    internal::Cat("diharapkan \"resolved\", \"inferred\" atau \"defect\", ditemukan \"",
                                  kind, "\""));
  }
  note.kind = *k;
  note.text = n.RequiredString("text");
  n.RejectUnknown();
  return note;
}

std::vector<Note> ReadNotes(ObjectReader& r) { return r.OptionalArrayOf("notes", ReadNote); }

SourceCells ReadSource(ObjectReader& r) {
  SourceCells s;
  const json::value* v = r.Find("source");
  if (!v) return s;
  ObjectReader src(*v, r.PathTo("source"));
  s.no = src.MaybeString("no");
  s.komponen = src.MaybeString("komponen");
  s.aspek = src.MaybeString("aspek");
  s.kegiatan = src.MaybeString("kegiatan");
  s.indikator = src.MaybeString("indikator");
  s.bukti_fisik = src.MaybeString("bukti_fisik");
  s.target_waktu = src.MaybeString("target_waktu");
  s.target_capaian = src.MaybeString("target_capaian");
  src.RejectUnknown();
  return s;
}

DuePolicy ReadDuePolicy(const json::value& v, const JsonPath& path) {
  ObjectReader r(v, path);
  DuePolicy p;
  const std::string offset = r.RequiredString("offset");
  auto o = ParseDueOffset(offset);
  if (!o) {
    throw JsonError(r.PointerTo("offset"),
                    internal::Cat("diharapkan \"none\", \"working_days\", \"calendar_days\" atau "
                                 "\"day_of_next_month\", ditemukan \"",
                                 offset, "\""));
  }
  p.offset = *o;
  if (p.offset == DueOffset::kWorkingDays || p.offset == DueOffset::kCalendarDays) {
    p.n = static_cast<int>(r.RequiredInt("n", 0, 366));
  } else if (p.offset == DueOffset::kDayOfNextMonth) {
    p.day = static_cast<int>(r.RequiredInt("day", 1, 31));
  }
  if (auto c = r.MaybeString("convention")) {
    auto conv = ParseConvention(*c);
    if (!conv) {
      throw JsonError(r.PointerTo("convention"),
                      internal::Cat("diharapkan \"following\", \"modified_following\", "
                                   "\"preceding\" atau \"unadjusted\", ditemukan \"",
                                   *c, "\""));
    }
    p.convention = *conv;
  }
  r.RejectUnknown();
  return p;
}

Indicator ReadIndicator(const json::value& v, const JsonPath& path) {
  ObjectReader r(v, path);
  Indicator ind;
  ind.id = r.OptionalString("id");
  ind.code = r.OptionalString("code");
  ind.text = r.RequiredString("text");
  ind.evidence = r.OptionalString("evidence");
  ind.schedule = r.OptionalString("schedule");
  ind.target = r.OptionalString("target");
  ind.responsible = r.OptionalString("penanggung_jawab");
  ind.rrule = r.MaybeString("rrule");
  ind.weight = r.OptionalNumber("weight", 1.0);
  if (const json::value* dp = r.Find("due_policy")) {
    ind.due_policy = ReadDuePolicy(*dp, r.PathTo("due_policy"));
  }
  ind.lke_questions = r.OptionalArrayOf("lke_questions", internal::ExpectStringAt);
  ind.notes = ReadNotes(r);
  ind.source = ReadSource(r);
  r.RejectUnknown();
  return ind;
}

Activity ReadActivity(const json::value& v, const JsonPath& path) {
  ObjectReader r(v, path);
  Activity act;
  act.id = r.OptionalString("id");
  act.code = r.OptionalString("code");
  act.text = r.RequiredString("text");
  act.responsible = r.OptionalString("penanggung_jawab");
  act.notes = ReadNotes(r);
  act.source = ReadSource(r);
  act.indicators = r.RequiredArrayOf("indicators", ReadIndicator);
  r.RejectUnknown();
  return act;
}

Aspect ReadAspect(const json::value& v, const JsonPath& path) {
  ObjectReader r(v, path);
  Aspect asp;
  asp.id = r.OptionalString("id");
  asp.code = r.OptionalString("code");
  asp.name = r.RequiredString("name");
  asp.weight = r.OptionalNumber("weight", 1.0);
  asp.lke_subarea = r.OptionalString("lke_subarea");
  asp.notes = ReadNotes(r);
  asp.source = ReadSource(r);
  asp.activities = r.RequiredArrayOf("activities", ReadActivity);
  r.RejectUnknown();
  return asp;
}

Component ReadComponent(const json::value& v, const JsonPath& path) {
  ObjectReader r(v, path);
  Component comp;
  comp.id = r.OptionalString("id");
  comp.code = r.OptionalString("code");
  comp.name = r.RequiredString("name");
  comp.weight = r.OptionalNumber("weight", 1.0);
  comp.lke_area = r.OptionalString("lke_area");
  comp.notes = ReadNotes(r);
  comp.source = ReadSource(r);
  comp.aspects = r.RequiredArrayOf("aspects", ReadAspect);
  r.RejectUnknown();
  return comp;
}

Satker ReadSatker(const json::value& v, const JsonPath& path) {
  ObjectReader r(v, path);
  Satker s;
  s.code = r.RequiredString("code");
  s.name = r.RequiredString("name");
  const std::string level = r.RequiredString("level");
  auto l = ParseSatkerLevel(level);
  if (!l) {
    throw JsonError(r.PointerTo("level"),
                    internal::Cat("diharapkan \"pusat\", \"provinsi\" atau \"kabkota\", ditemukan \"",
                                 level, "\""));
  }
  s.level = *l;
  s.parent = r.OptionalString("parent");
  const std::string tz = r.RequiredString("time_zone");
  auto t = ParseTimeZone(tz);
  if (!t) {
    throw JsonError(r.PointerTo("time_zone"),
                    internal::Cat("diharapkan \"WIB\", \"WITA\" atau \"WIT\", ditemukan \"", tz, "\""));
  }
  s.time_zone = *t;
  r.RejectUnknown();
  return s;
}

Decree ReadDecree(const json::value& v, const JsonPath& path) {
  ObjectReader r(v, path);
  Decree d;
  d.number = r.OptionalString("number");
  if (auto date = r.MaybeString("date")) {
    auto parsed = ParseIsoDate(*date);
    if (!parsed.ok()) throw JsonError(r.PointerTo("date"), std::string(parsed.status().message()));
    d.date = *parsed;
  }
  d.title = r.OptionalString("title");
  d.place = r.OptionalString("place");
  d.signed_by = r.OptionalString("signed_by");
  r.RejectUnknown();
  return d;
}

PlanData ReadPlanData(const json::value& root) {
  ObjectReader r(root, JsonPath());
  PlanData p;
  const std::string format = r.RequiredString("format");
  if (format != kPlanFormat) {
    throw JsonError(r.PointerTo("format"),
                    internal::Cat("diharapkan \"", kPlanFormat, "\", ditemukan \"", format, "\""));
  }
  p.satker = ReadSatker(r.RequiredValue("satker"), r.PathTo("satker"));
  p.year = static_cast<int>(r.RequiredInt("year", 2000, 2100));
  if (const json::value* d = r.Find("decree")) p.decree = ReadDecree(*d, r.PathTo("decree"));
  p.calendar = r.OptionalString("calendar");
  if (const json::value* dp = r.Find("due_policy")) {
    p.due_policy = ReadDuePolicy(*dp, r.PathTo("due_policy"));
  }
  p.notes = ReadNotes(r);
  p.components = r.RequiredArrayOf("components", ReadComponent);
  r.RejectUnknown();
  return p;
}

// ---- writing --------------------------------------------------------------------

void PutIfNotEmpty(json::object& o, std::string_view key, const std::string& value) {
  if (!value.empty()) o[key] = value;
}

void PutNotesAndSource(json::object& o, const std::vector<Note>& notes, const SourceCells& s) {
  if (!notes.empty()) {
    json::array arr;
    for (const Note& n : notes) {
      json::object no;
      no["field"] = n.field;
      no["kind"] = ToString(n.kind);
      no["text"] = n.text;
      arr.push_back(std::move(no));
    }
    o["notes"] = std::move(arr);
  }
  if (!s.empty()) {
    json::object so;
    const auto put = [&](std::string_view key, const std::optional<std::string>& v) {
      if (v) so[key] = *v;
    };
    put("no", s.no);
    put("komponen", s.komponen);
    put("aspek", s.aspek);
    put("kegiatan", s.kegiatan);
    put("indikator", s.indikator);
    put("bukti_fisik", s.bukti_fisik);
    put("target_waktu", s.target_waktu);
    put("target_capaian", s.target_capaian);
    o["source"] = std::move(so);
  }
}

json::object DuePolicyJson(const DuePolicy& p) {
  json::object o;
  o["offset"] = ToString(p.offset);
  if (p.offset == DueOffset::kWorkingDays || p.offset == DueOffset::kCalendarDays) o["n"] = p.n;
  if (p.offset == DueOffset::kDayOfNextMonth) o["day"] = p.day;
  o["convention"] = ToString(p.convention);
  return o;
}

json::object IndicatorJson(const Indicator& ind) {
  json::object o;
  o["id"] = ind.id;
  PutIfNotEmpty(o, "code", ind.code);
  o["text"] = ind.text;
  o["evidence"] = ind.evidence;
  o["schedule"] = ind.schedule;
  o["target"] = ind.target;
  PutIfNotEmpty(o, "penanggung_jawab", ind.responsible);
  if (ind.rrule) o["rrule"] = *ind.rrule;
  if (ind.weight != 1.0) o["weight"] = ind.weight;  // the default is left out
  if (ind.due_policy) o["due_policy"] = DuePolicyJson(*ind.due_policy);
  if (!ind.lke_questions.empty()) {
    json::array q;
    for (const std::string& s : ind.lke_questions) q.push_back(json::string(s));
    o["lke_questions"] = std::move(q);
  }
  PutNotesAndSource(o, ind.notes, ind.source);
  return o;
}

}  // namespace

absl::StatusOr<Plan> ReadPlanJson(std::string_view json_text, const PlanReadOptions& options) {
  PlanData data;
  // A well-formed plan is read in one pass from the parser's events; anything else is read
  // again as a JSON value by the checked reader, which names what is wrong
  // (internal/plan_json_direct.hpp).
  if (std::optional<PlanData> direct = internal::ReadPlanDataDirect(json_text)) {
    data = *std::move(direct);
  } else {
    absl::StatusOr<PlanData> checked = internal::ReadPlanDataChecked(json_text, options.source_name);
    if (!checked.ok()) return checked.status();
    data = *std::move(checked);
  }
  Plan plan(std::move(data));
  if (options.validate) {
    for (const Diagnostic& d : ValidatePlan(plan)) {
      if (d.severity != Severity::kError) continue;
      std::string prefix = options.source_name.empty() ? "" : internal::Cat(options.source_name, ": ");
      return absl::InvalidArgumentError(internal::Cat(prefix, d.where,
                                                     d.field.empty() ? "" : internal::Cat(" ", d.field),
                                                     ": ", d.message, " [", d.code, "]"));
    }
  }
  return plan;
}

absl::StatusOr<Plan> LoadPlanFile(const std::string& path, PlanReadOptions options) {
  absl::StatusOr<std::string> text = ReadFileText(path, "rencana aksi");
  if (!text.ok()) return text.status();
  if (options.source_name.empty()) options.source_name = path;
  return ReadPlanJson(*text, options);
}

std::vector<absl::StatusOr<Plan>> ReadPlanJsons(std::span<const PlanText> texts,
                                                const PlanReadOptions& options, int threads) {
  // Each slot is written by the one thread that parsed its text, so the order is the input's.
  std::vector<absl::StatusOr<Plan>> out(texts.size(), absl::UnknownError("tidak dibaca"));
  internal::ParallelFor(texts.size(), internal::ThreadCount(threads), [&](size_t i) {
    PlanReadOptions one = options;
    one.source_name = texts[i].source_name;
    out[i] = ReadPlanJson(texts[i].json, one);
  });
  return out;
}

std::vector<absl::StatusOr<Plan>> LoadPlanFiles(std::span<const std::string> paths,
                                                const PlanReadOptions& options, int threads) {
  std::vector<absl::StatusOr<Plan>> out(paths.size(), absl::UnknownError("tidak dibaca"));
  internal::ParallelFor(paths.size(), internal::ThreadCount(threads),
                        [&](size_t i) { out[i] = LoadPlanFile(paths[i], options); });
  return out;
}

std::string WritePlanJson(const Plan& plan) {
  const PlanData& p = plan.data();
  json::object root;
  root["format"] = kPlanFormat;
  json::object satker;
  satker["code"] = p.satker.code;
  satker["name"] = p.satker.name;
  satker["level"] = ToString(p.satker.level);
  satker["parent"] = p.satker.parent;
  satker["time_zone"] = ToString(p.satker.time_zone);
  root["satker"] = std::move(satker);
  root["year"] = p.year;
  const Decree& d = p.decree;
  if (!(d == Decree{})) {
    json::object decree;
    PutIfNotEmpty(decree, "number", d.number);
    if (d.date) decree["date"] = FormatIsoDate(*d.date);
    PutIfNotEmpty(decree, "title", d.title);
    PutIfNotEmpty(decree, "place", d.place);
    PutIfNotEmpty(decree, "signed_by", d.signed_by);
    root["decree"] = std::move(decree);
  }
  PutIfNotEmpty(root, "calendar", p.calendar);
  root["due_policy"] = DuePolicyJson(p.due_policy);
  PutNotesAndSource(root, p.notes, SourceCells{});
  json::array comps;
  for (const Component& c : p.components) {
    json::object co;
    co["id"] = c.id;
    PutIfNotEmpty(co, "code", c.code);
    co["name"] = c.name;
    co["weight"] = c.weight;
    PutIfNotEmpty(co, "lke_area", c.lke_area);
    PutNotesAndSource(co, c.notes, c.source);
    json::array asps;
    for (const Aspect& a : c.aspects) {
      json::object ao;
      ao["id"] = a.id;
      PutIfNotEmpty(ao, "code", a.code);
      ao["name"] = a.name;
      ao["weight"] = a.weight;
      PutIfNotEmpty(ao, "lke_subarea", a.lke_subarea);
      PutNotesAndSource(ao, a.notes, a.source);
      json::array acts;
      for (const Activity& k : a.activities) {
        json::object ko;
        ko["id"] = k.id;
        PutIfNotEmpty(ko, "code", k.code);
        ko["text"] = k.text;
        PutIfNotEmpty(ko, "penanggung_jawab", k.responsible);
        PutNotesAndSource(ko, k.notes, k.source);
        json::array inds;
        for (const Indicator& i : k.indicators) inds.push_back(IndicatorJson(i));
        ko["indicators"] = std::move(inds);
        acts.push_back(std::move(ko));
      }
      ao["activities"] = std::move(acts);
      asps.push_back(std::move(ao));
    }
    co["aspects"] = std::move(asps);
    comps.push_back(std::move(co));
  }
  root["components"] = std::move(comps);
  return internal::WriteJson(root);
}

}  // namespace v1

absl::StatusOr<PlanData> internal::ReadPlanDataChecked(std::string_view json_text,
                                                       std::string_view source_name) {
  absl::StatusOr<json::value> root = internal::ParseJson(json_text, source_name);
  if (!root.ok()) return root.status();
  try {
    return ReadPlanData(*root);
  } catch (const JsonError& e) {
    return internal::ToStatus(e, source_name);
  }
}

}  // namespace zi
