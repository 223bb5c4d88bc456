#include "zi/io/lke_json.hpp"

#include "internal/json_io.hpp"

namespace zi {
inline namespace v1 {
namespace {

namespace json = boost::json;

json::value Text(const std::string& s) {
  if (s.empty()) return nullptr;
  return json::value(json::string(s));
}

json::array Strings(const std::vector<std::string>& v) {
  json::array a;
  for (const std::string& s : v) a.push_back(json::string(s));
  return a;
}

std::string_view MeasureName(const LkeCriterionResult& r) {
  if (r.is_prior) return "prior";
  switch (r.kind) {
    case MeasureKind::kTotal: return "total";
    case MeasureKind::kPengungkit: return "pengungkit";
    case MeasureKind::kAreaPercent: return "area_percent";
    case MeasureKind::kHasilGroup: return "hasil_group";
    case MeasureKind::kHasilItem: return "hasil_item";
  }
  return "?";
}

json::object SubareaJson(const LkeSubareaScore& s, LkeHalfKind half) {
  json::object o;
  o["id"] = s.id;
  o["half"] = ToString(half);
  o["name"] = s.name;
  if (!s.parent.empty()) o["parent"] = s.parent;
  o["weight"] = s.weight;
  o["mean"] = s.mean;
  o["score"] = s.score;
  o["answered"] = s.answered;
  o["total"] = s.total;
  json::array items;
  for (const LkeItemScore& i : s.items) {
    json::object io;
    io["id"] = i.id;
    io["kind"] = i.kind == LkeItemKind::kQuestion ? "question" : "ratio";
    io["answered"] = i.answered;
    io["answer"] = Text(i.answer);
    io["value"] = i.value;
    if (i.kind == LkeItemKind::kRatio) {
      io["formula"] = ToString(i.formula);
      if (!i.alternative.empty()) io["alternative"] = i.alternative;
      io["numerator"] = i.numerator;
      io["denominator"] = i.denominator;
      io["zero_denominator"] = i.zero_denominator;
    }
    items.push_back(std::move(io));
  }
  o["items"] = std::move(items);
  return o;
}

json::object ScoreObject(const LkeScore& s) {
  json::object root;
  root["satker"] = s.satker;
  root["year"] = s.year;
  root["rubric"] = s.rubric;
  root["rubric_revision"] = s.rubric_revision;
  root["layer"] = ToString(s.layer);
  root["zero_denominator"] = ToString(s.zero_denominator);
  json::object alts;
  for (const auto& [k, v] : s.ratio_alternatives) alts[k] = v;
  root["ratio_alternatives"] = std::move(alts);
  root["prior_wbk"] = s.prior_wbk;
  root["pemenuhan"] = s.pemenuhan;
  root["reform"] = s.reform;
  root["pengungkit"] = s.pengungkit;
  root["hasil"] = s.hasil;
  root["total"] = s.total;
  root["answered"] = s.answered;
  root["scored_items"] = s.scored_items;
  json::array areas;
  for (const LkeAreaScore& a : s.areas) {
    json::object o;
    o["code"] = a.code;
    o["name"] = a.name;
    o["weight"] = a.weight;
    o["pemenuhan"] = a.pemenuhan.score;
    o["reform"] = a.reform.score;
    o["score"] = a.score;
    o["fraction"] = a.fraction;
    o["percent"] = a.fraction * 100;
    o["answered"] = a.answered;
    o["total"] = a.total;
    json::array subs;
    for (LkeHalfKind h : {LkeHalfKind::kPemenuhan, LkeHalfKind::kReform}) {
      for (const LkeSubareaScore& ss : a.half(h).subareas) subs.push_back(SubareaJson(ss, h));
    }
    o["subareas"] = std::move(subs);
    areas.push_back(std::move(o));
  }
  root["areas"] = std::move(areas);
  json::array groups;
  for (const HasilGroupScore& g : s.hasil_groups) {
    json::object o;
    o["id"] = g.id;
    o["name"] = g.name;
    o["weight"] = g.weight;
    o["score"] = g.score;
    groups.push_back(std::move(o));
  }
  root["hasil_groups"] = std::move(groups);
  json::array items;
  for (const HasilItemScore& h : s.hasil_items) {
    json::object o;
    o["id"] = h.id;
    o["name"] = h.name;
    o["group"] = h.group;
    o["weight"] = h.weight;
    o["answered"] = h.answered;
    o["answer"] = Text(h.answer);
    o["value"] = h.value;
    o["score"] = h.score;
    items.push_back(std::move(o));
  }
  root["hasil_items"] = std::move(items);
  root["unanswered"] = Strings(s.unanswered);
  json::array diags;
  for (const Diagnostic& d : s.diagnostics) {
    json::object o;
    o["severity"] = ToString(d.severity);
    o["code"] = d.code;
    o["where"] = d.where;
    o["message"] = d.message;
    diags.push_back(std::move(o));
  }
  root["diagnostics"] = std::move(diags);
  return root;
}

json::object PredicateObject(const LkePredicateResult& p) {
  json::object root;
  root["predicate"] = p.predicate;
  root["name"] = p.name;
  root["satker"] = p.satker;
  root["year"] = p.year;
  root["pass"] = p.pass;
  json::array rows;
  for (const LkeCriterionResult& r : p.criteria) {
    json::object o;
    o["id"] = r.id;
    o["criterion"] = r.criterion;
    o["label"] = r.label;
    o["measure"] = MeasureName(r);
    o["target"] = Text(r.target);
    o["unit"] = r.is_prior ? "flag" : r.is_fraction ? "fraction" : "points";
    o["value"] = r.value;
    o["threshold"] = r.threshold;
    o["margin"] = r.margin;
    o["pass"] = r.pass;
    rows.push_back(std::move(o));
  }
  root["criteria"] = std::move(rows);
  root["failing"] = Strings(p.failing);
  root["reasons"] = Strings(p.reasons);
  return root;
}

}  // namespace

std::string WriteLkeScoreJson(const LkeScore& score) {
  return internal::WriteJson(ScoreObject(score));
}

std::string WriteLkePredicateJson(const LkePredicateResult& result) {
  return internal::WriteJson(PredicateObject(result));
}

std::string WriteLkeEvaluationJson(const LkeEvaluation& evaluation) {
  json::object root;
  root["score"] = ScoreObject(evaluation.score);
  json::array preds;
  for (const LkePredicateResult& p : evaluation.predicates) preds.push_back(PredicateObject(p));
  root["predicates"] = std::move(preds);
  return internal::WriteJson(root);
}

std::string WriteLkeWhatIfJson(const LkeWhatIfResult& r) {
  json::object root;
  root["predicate"] = r.predicate;
  root["reached"] = r.reached;
  root["step_limit"] = r.step_limit;
  root["before"] = PredicateObject(r.before);
  json::array steps;
  for (const LkeWhatIfStep& s : r.steps) {
    json::object o;
    o["rank"] = s.rank;
    o["question"] = s.question;
    o["subarea"] = Text(s.subarea);
    o["text"] = Text(s.text);
    o["from"] = Text(s.from);
    o["to"] = s.to;
    o["gain"] = s.gain;
    o["points"] = s.points;
    o["helps"] = Strings(s.helps);
    steps.push_back(std::move(o));
  }
  root["steps"] = std::move(steps);
  json::array changes;
  for (const LkeWhatIfChange& c : r.changes) {
    json::object o;
    o["question"] = c.question;
    o["text"] = Text(c.text);
    o["from"] = Text(c.from);
    o["to"] = c.to;
    o["steps"] = c.steps;
    o["points"] = c.points;
    changes.push_back(std::move(o));
  }
  root["changes"] = std::move(changes);
  root["after"] = PredicateObject(r.after);
  root["unfixable"] = Strings(r.unfixable);
  root["reasons"] = Strings(r.reasons);
  root["to_fill"] = Strings(r.to_fill);
  root["locked"] = Strings(r.locked);
  return internal::WriteJson(root);
}

}  // namespace v1
}  // namespace zi
