#include "zi/io/lke_rubric_json.hpp"

#include "zi/io/file.hpp"
#include "internal/json_io.hpp"
#include "internal/strings.hpp"

namespace zi {
inline namespace v1 {
namespace {

using internal::Cat;
using internal::JoinPointer;
using internal::JsonError;
using internal::ObjectReader;
namespace json = boost::json;

std::string OptionalText(ObjectReader& r, std::string_view key) {
  std::optional<std::string> s = r.MaybeString(key);
  if (s && s->empty()) throw JsonError(r.PointerTo(key), Cat("'", key, "' tidak boleh kosong"));
  return s.value_or("");
}

std::string RequiredText(ObjectReader& r, std::string_view key) {
  std::string s = r.RequiredString(key);
  if (s.empty()) throw JsonError(r.PointerTo(key), Cat("'", key, "' tidak boleh kosong"));
  return s;
}

double RequiredNumber(ObjectReader& r, std::string_view key) {
  return internal::ExpectNumber(r.RequiredValue(key), r.PointerTo(key));
}

std::vector<std::string> IdList(ObjectReader& r, std::string_view key) {
  return r.RequiredArrayOf(key, internal::ExpectString);
}

RatioFormula ReadFormula(ObjectReader& r, bool required) {
  std::optional<std::string> f = required ? r.RequiredString("formula") : r.MaybeString("formula");
  if (!f || *f == "ratio") return RatioFormula::kRatio;
  if (*f == "reduction") return RatioFormula::kReduction;
  throw JsonError(r.PointerTo("formula"),
                  Cat("diharapkan \"ratio\" atau \"reduction\", ditemukan \"", *f, "\""));
}

std::vector<AnswerOption> ReadOptions(ObjectReader& r, bool with_text) {
  return r.OptionalArrayOf("options", [&](const json::value& v, const std::string& ptr) {
    ObjectReader o(v, ptr);
    AnswerOption opt;
    opt.code = RequiredText(o, "code");
    if (with_text) {
      opt.text = RequiredText(o, "text");
      (void)o.MaybeString("note");  // a remark on the option; not kept
    }
    opt.value = RequiredNumber(o, "value");
    o.RejectUnknown();
    return opt;
  });
}

AnswerType ReadAnswerType(const std::string& name, const json::value& v, const std::string& ptr) {
  ObjectReader r(v, ptr);
  AnswerType t;
  t.name = name;
  t.label = RequiredText(r, "label");
  const std::string kind = r.RequiredString("kind");
  if (kind == "choice") {
    t.kind = AnswerKind::kChoice;
  } else if (kind == "count") {
    t.kind = AnswerKind::kCount;
  } else if (kind == "number") {
    t.kind = AnswerKind::kNumber;
  } else {
    throw JsonError(r.PointerTo("kind"),
                    Cat("diharapkan \"choice\", \"count\" atau \"number\", ditemukan \"", kind, "\""));
  }
  std::optional<bool> scored = r.MaybeBool("scored");
  if (!scored) throw JsonError(ptr, "field wajib 'scored' tidak ada");
  t.scored = *scored;
  t.options = ReadOptions(r, /*with_text=*/false);
  t.min = r.OptionalNumber("min", 0);
  t.max = r.OptionalNumber("max", 0);
  t.divisor = r.OptionalNumber("divisor", 1);
  r.RejectUnknown();
  return t;
}

ZeroDenominatorPolicy ReadPolicy(const json::value& v, const std::string& ptr) {
  const std::string s = internal::ExpectString(v, ptr);
  std::optional<ZeroDenominatorPolicy> p = ParseZeroDenominatorPolicy(s);
  if (!p) {
    throw JsonError(ptr, Cat("diharapkan \"zero_over_zero_is_one\", \"zero_over_zero_is_zero\" atau "
                             "\"zero_over_zero_is_unanswered\", ditemukan \"",
                             s, "\""));
  }
  return *p;
}

// `measured_by` (opt): "unit" (the default), "survey" or "external".
LkeMeasuredBy ReadMeasuredBy(ObjectReader& r) {
  std::optional<std::string> m = r.MaybeString("measured_by");
  if (!m) return LkeMeasuredBy::kUnit;
  std::optional<LkeMeasuredBy> parsed = ParseLkeMeasuredBy(*m);
  if (!parsed) {
    throw JsonError(r.PointerTo("measured_by"),
                    Cat("diharapkan \"unit\", \"survey\" atau \"external\", ditemukan \"", *m, "\""));
  }
  return *parsed;
}

LkeQuestion ReadQuestion(const json::value& v, const std::string& ptr) {
  ObjectReader r(v, ptr);
  LkeQuestion q;
  q.id = RequiredText(r, "id");
  q.label = OptionalText(r, "label");
  q.text = RequiredText(r, "text");
  q.type = RequiredText(r, "type");
  q.heading = OptionalText(r, "heading");
  q.same_as = OptionalText(r, "same_as");
  q.options = ReadOptions(r, /*with_text=*/true);
  q.note = OptionalText(r, "note");
  q.measured_by = ReadMeasuredBy(r);
  r.RejectUnknown();
  return q;
}

LkeRatioAlternative ReadAlternative(const json::value& v, const std::string& ptr) {
  ObjectReader a(v, ptr);
  LkeRatioAlternative alt;
  alt.id = RequiredText(a, "id");
  alt.formula = ReadFormula(a, /*required=*/false);
  alt.numerator = IdList(a, "numerator");
  alt.denominator = IdList(a, "denominator");
  alt.note = OptionalText(a, "note");
  a.RejectUnknown();
  return alt;
}

LkeRatio ReadRatio(const json::value& v, const std::string& ptr) {
  ObjectReader r(v, ptr);
  LkeRatio rt;
  rt.id = RequiredText(r, "id");
  rt.label = OptionalText(r, "label");
  rt.text = RequiredText(r, "text");
  rt.explanation = OptionalText(r, "explanation");
  rt.formula = ReadFormula(r, /*required=*/true);
  rt.numerator = IdList(r, "numerator");
  rt.denominator = IdList(r, "denominator");
  rt.cap = RequiredNumber(r, "cap");
  rt.alternatives = r.OptionalArrayOf("alternatives", ReadAlternative);
  rt.note = OptionalText(r, "note");
  r.RejectUnknown();
  return rt;
}

LkeSubarea ReadSubarea(const json::value& v, const std::string& ptr) {
  ObjectReader r(v, ptr);
  LkeSubarea s;
  s.id = RequiredText(r, "id");
  s.label = OptionalText(r, "label");
  s.name = RequiredText(r, "name");
  s.weight = RequiredNumber(r, "weight");
  s.source = OptionalText(r, "source");
  s.note = OptionalText(r, "note");
  s.parent = OptionalText(r, "parent");
  s.questions = r.RequiredArrayOf("questions", ReadQuestion);
  s.ratios = r.OptionalArrayOf("ratios", ReadRatio);
  r.RejectUnknown();
  return s;
}

// A split sub-area's parent (LkeParent) and a hasil group (HasilGroup) are written alike:
// a named weight with its source.
template <typename Node>
Node ReadNamedWeight(const json::value& v, const std::string& ptr) {
  ObjectReader r(v, ptr);
  Node n;
  n.id = RequiredText(r, "id");
  n.label = OptionalText(r, "label");
  n.name = RequiredText(r, "name");
  n.weight = RequiredNumber(r, "weight");
  n.source = OptionalText(r, "source");
  n.note = OptionalText(r, "note");
  r.RejectUnknown();
  return n;
}

LkeHalf ReadHalf(const json::value& v, const std::string& ptr) {
  ObjectReader r(v, ptr);
  LkeHalf h;
  h.weight = RequiredNumber(r, "weight");
  h.parents = r.OptionalArrayOf("parents", ReadNamedWeight<LkeParent>);
  h.subareas = r.RequiredArrayOf("subareas", ReadSubarea);
  r.RejectUnknown();
  return h;
}

LkeArea ReadArea(const json::value& v, const std::string& ptr) {
  ObjectReader r(v, ptr);
  LkeArea a;
  a.code = RequiredText(r, "code");
  a.name = RequiredText(r, "name");
  a.weight = RequiredNumber(r, "weight");
  a.source = OptionalText(r, "source");
  a.note = OptionalText(r, "note");
  a.pemenuhan = ReadHalf(r.RequiredValue("pemenuhan"), r.PointerTo("pemenuhan"));
  a.reform = ReadHalf(r.RequiredValue("reform"), r.PointerTo("reform"));
  r.RejectUnknown();
  return a;
}

HasilItem ReadHasilItem(const json::value& v, const std::string& ptr) {
  ObjectReader r(v, ptr);
  HasilItem it;
  it.id = RequiredText(r, "id");
  it.label = OptionalText(r, "label");
  it.name = RequiredText(r, "name");
  it.group = RequiredText(r, "group");
  it.weight = RequiredNumber(r, "weight");
  it.type = RequiredText(r, "type");
  it.text = OptionalText(r, "text");
  it.explanation = OptionalText(r, "explanation");
  it.options = ReadOptions(r, /*with_text=*/true);
  it.source = OptionalText(r, "source");
  it.note = OptionalText(r, "note");
  it.measured_by = ReadMeasuredBy(r);
  r.RejectUnknown();
  return it;
}

LkeCriterion ReadCriterion(const json::value& v, const std::string& ptr) {
  ObjectReader c(v, ptr);
  LkeCriterion cr;
  cr.id = RequiredText(c, "id");
  cr.label = RequiredText(c, "label");
  cr.measure = RequiredText(c, "measure");
  cr.min = RequiredNumber(c, "min");
  if (c.Has("survey_score")) cr.survey_score = c.OptionalNumber("survey_score", 0);
  cr.source = OptionalText(c, "source");
  cr.note = OptionalText(c, "note");
  c.RejectUnknown();
  return cr;
}

LkePredicate ReadPredicate(const json::value& v, const std::string& ptr) {
  ObjectReader r(v, ptr);
  LkePredicate p;
  p.id = RequiredText(r, "id");
  p.name = RequiredText(r, "name");
  const json::value& prior = r.RequiredValue("requires_prior");
  if (!prior.is_null()) p.requires_prior = internal::ExpectString(prior, r.PointerTo("requires_prior"));
  p.source = OptionalText(r, "source");
  p.note = OptionalText(r, "note");
  p.criteria = r.RequiredArrayOf("criteria", ReadCriterion);
  r.RejectUnknown();
  return p;
}

RubricData ReadRubricData(const json::value& root) {
  ObjectReader r(root, "");
  RubricData d;
  const std::string format = r.RequiredString("format");
  if (format != kLkeRubricFormat) {
    throw JsonError(r.PointerTo("format"),
                    Cat("diharapkan \"", kLkeRubricFormat, "\", ditemukan \"", format, "\""));
  }
  d.id = RequiredText(r, "id");
  d.revision = static_cast<int>(r.MaybeInt("revision", 1, 1000000).value_or(1));
  d.title = OptionalText(r, "title");
  d.source = OptionalText(r, "source");
  {
    ObjectReader g(r.RequiredValue("regulation"), r.PointerTo("regulation"));
    d.regulation.name = RequiredText(g, "name");
    d.regulation.amended_by = OptionalText(g, "amended_by");
    d.regulation.year = static_cast<int>(g.RequiredInt("year", 1900, 2200));
    g.RejectUnknown();
  }
  {
    const json::value& at = r.RequiredValue("answer_types");
    const json::object* o = at.if_object();
    if (!o) {
      throw JsonError(r.PointerTo("answer_types"),
                      Cat("diharapkan objek dengan kunci nama jenis, ditemukan ", internal::KindName(at)));
    }
    for (const auto& kv : *o) {
      const std::string name(kv.key().data(), kv.key().size());
      d.answer_types.push_back(
          ReadAnswerType(name, kv.value(), JoinPointer(r.PointerTo("answer_types"), name)));
    }
  }
  if (const json::value* sc = r.Find("scoring")) {
    // The engine implements exactly these conventions; a rubric asking for others is refused
    // rather than scored differently from what it says.
    ObjectReader s(*sc, r.PointerTo("scoring"));
    const auto expect = [&](std::string_view key, std::string_view want) {
      if (std::optional<std::string> v = s.MaybeString(key); v && *v != want) {
        throw JsonError(s.PointerTo(key),
                        Cat("konvensi \"", *v, "\" tidak didukung (mesin ini menerapkan \"", want,
                            "\")"));
      }
    };
    expect("subarea", "weight_times_mean");
    expect("unanswered", "zero");
    expect("comparison", ">=");
    expect("rounding", "none");
    s.RejectUnknown();
  }
  {
    ObjectReader z(r.RequiredValue("zero_denominator"), r.PointerTo("zero_denominator"));
    d.zero_denominator = ReadPolicy(z.RequiredValue("default"), z.PointerTo("default"));
    d.zero_denominator_allowed = z.OptionalArrayOf("allowed", ReadPolicy);
    if (std::optional<std::string> nz = z.MaybeString("nonzero_over_zero"); nz && *nz != "error") {
      throw JsonError(z.PointerTo("nonzero_over_zero"),
                      Cat("diharapkan \"error\", ditemukan \"", *nz, "\""));
    }
    z.RejectUnknown();
  }
  if (r.Has("total_weight")) d.total_weight = r.OptionalNumber("total_weight", 0);
  {
    ObjectReader p(r.RequiredValue("pengungkit"), r.PointerTo("pengungkit"));
    d.pengungkit_weight = RequiredNumber(p, "weight");
    d.areas = p.RequiredArrayOf("areas", ReadArea);
    p.RejectUnknown();
  }
  {
    ObjectReader h(r.RequiredValue("hasil"), r.PointerTo("hasil"));
    d.hasil_weight = RequiredNumber(h, "weight");
    d.hasil_groups = h.RequiredArrayOf("groups", ReadNamedWeight<HasilGroup>);
    d.hasil_items = h.RequiredArrayOf("items", ReadHasilItem);
    h.RejectUnknown();
  }
  d.predicates = r.RequiredArrayOf("predicates", ReadPredicate);
  r.RejectUnknown();
  return d;
}

}  // namespace

absl::StatusOr<Rubric> ReadRubricJson(std::string_view json_text, const RubricReadOptions& options) {
  absl::StatusOr<json::value> root = internal::ParseJson(json_text, options.source_name);
  if (!root.ok()) return root.status();
  RubricData data;
  try {
    data = ReadRubricData(*root);
  } catch (const JsonError& e) {
    return internal::ToStatus(e, options.source_name);
  }
  absl::StatusOr<Rubric> rubric = Rubric::Create(std::move(data));
  if (!rubric.ok() && !options.source_name.empty()) {
    return absl::InvalidArgumentError(Cat(options.source_name, ": ", rubric.status().message()));
  }
  return rubric;
}

absl::StatusOr<Rubric> LoadRubricFile(const std::string& path, RubricReadOptions options) {
  absl::StatusOr<std::string> text = ReadFileText(path, "rubrik");
  if (!text.ok()) return text.status();
  if (options.source_name.empty()) options.source_name = path;
  return ReadRubricJson(*text, options);
}

}  // namespace v1
}  // namespace zi
