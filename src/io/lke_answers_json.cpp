#include "zi/io/lke_answers_json.hpp"

#include "zi/io/file.hpp"
#include "internal/csv.hpp"
#include "internal/json_io.hpp"
#include "internal/lke_answers_io.hpp"
#include "internal/lke_internal.hpp"
#include "internal/strings.hpp"
#include "internal/text.hpp"
#include "zi/io/lke_answers_csv.hpp"

namespace zi {
inline namespace v1 {
namespace {

using internal::CanonicalChoice;
using internal::Cat;
using internal::Quoted;
using internal::RubricIndex;
using internal::TypeWords;
using internal::UnknownId;
namespace json = boost::json;

// One layer's value: null (unanswered), a string (choice) or a number.
std::optional<LkeAnswer> JsonAnswer(const RubricIndex::Item& item, const json::value& v,
                                    LkeLayer layer, std::vector<LkeAnswerProblem>& problems) {
  if (v.is_null()) return std::nullopt;
  if (const json::string* s = v.if_string()) {
    if (item.type->kind == AnswerKind::kChoice) {
      std::string choice = CanonicalChoice(item, std::string_view(s->data(), s->size()));
      if (choice.empty()) {
        // An empty string is neither an option nor a number: say so, not "the number 0".
        std::string options;
        for (size_t i = 0; i < item.options->size(); ++i) {
          if (i) options += i + 1 == item.options->size() ? " atau " : ", ";
          options += (*item.options)[i].code;
        }
        problems.push_back({std::string(item.id), layer, "",
                            Cat("jawabannya string kosong (diharapkan ", options,
                                ", atau null bila belum dijawab)")});
        return std::nullopt;
      }
      return LkeAnswer::Choice(std::move(choice));
    }
    // Strings are never numbers in JSON: "12" is a typo worth reporting.
    problems.push_back({std::string(item.id), layer, "",
                        Cat("diharapkan angka untuk ", TypeWords(*item.type),
                            " ini, ditemukan string ", Quoted(std::string_view(s->data(), s->size())))});
    return std::nullopt;
  }
  if (v.is_number()) {
    const double d = v.is_double() ? v.get_double()
                     : v.is_int64() ? static_cast<double>(v.get_int64())
                                    : static_cast<double>(v.get_uint64());
    return LkeAnswer::Number(d);  // a number for a choice question is reported by Misfit
  }
  problems.push_back({std::string(item.id), layer, "",
                      Cat("diharapkan ",
                          item.type->kind == AnswerKind::kChoice ? "string" : "angka",
                          " atau null, ditemukan ", internal::KindName(v))});
  return std::nullopt;
}

LkeAnswerSet ReadJsonSet(const json::value& root, const Rubric& rubric,
                         std::vector<LkeAnswerProblem>& problems) {
  const RubricIndex& x = internal::IndexOf(rubric);
  internal::ObjectReader r(root, "");
  LkeAnswerSet set;
  const std::string format = r.RequiredString("format");
  if (format != kLkeAnswersFormat) {
    throw internal::JsonError(r.PointerTo("format"),
                              Cat("diharapkan \"", kLkeAnswersFormat, "\", ditemukan \"", format, "\""));
  }
  // Trimmed as the CSV reader trims its metadata: " KPU-72" is the satker KPU-72 in both.
  set.satker = internal::Trim(r.OptionalString("satker"));
  set.year = static_cast<int>(r.MaybeInt("year", 0, 9999).value_or(0));
  set.rubric = internal::Trim(r.OptionalString("rubric"));
  set.prior_wbk = r.MaybeBool("prior_wbk").value_or(false);
  const json::value& answers = r.RequiredValue("answers");
  const json::object* obj = answers.if_object();
  if (!obj) {
    throw internal::JsonError(r.PointerTo("answers"),
                              Cat("diharapkan objek dengan kunci id pertanyaan, ditemukan ",
                                  internal::KindName(answers)));
  }
  r.RejectUnknown();
  for (const auto& kv : *obj) {
    const std::string id(kv.key().data(), kv.key().size());
    const int index = x.FindItem(id);
    if (index < 0) {
      problems.push_back({id, std::nullopt, "", UnknownId(rubric)});
      continue;
    }
    const RubricIndex::Item& item = x.items[static_cast<size_t>(index)];
    const json::value& v = kv.value();
    LkeAnswerEntry entry;
    if (const json::object* o = v.if_object()) {
      for (const auto& f : *o) {
        const std::string_view key(f.key().data(), f.key().size());
        const json::value& fv = f.value();
        if (key == "unit" || key == "tpi") {
          const LkeLayer layer = key == "unit" ? LkeLayer::kUnit : LkeLayer::kTpi;
          entry.layer(layer) = JsonAnswer(item, fv, layer, problems);
        } else if (key == "note" || key == "evidence" || key == "text" || key == "allowed") {
          if (!fv.is_string() && !fv.is_null()) {
            problems.push_back({id, std::nullopt, "",
                                Cat("'", key, "' harus berupa string, ditemukan ", internal::KindName(fv))});
          } else if (fv.is_string() && key == "note") {
            entry.note = std::string(fv.get_string());
          } else if (fv.is_string() && key == "evidence") {
            entry.evidence = std::string(fv.get_string());
          }  // text and allowed are guidance written by the template; not read back
        } else {
          problems.push_back({id, std::nullopt, "",
                              Cat("field '", key, "' tidak dikenal (diharapkan unit, tpi, note, evidence)")});
        }
      }
    } else {
      entry.unit = JsonAnswer(item, v, LkeLayer::kUnit, problems);
    }
    if (entry == LkeAnswerEntry{}) continue;  // nothing answered, nothing noted
    set.answers[id] = std::move(entry);
  }
  return set;
}

json::value AnswerJson(const std::optional<LkeAnswer>& a) {
  if (!a) return nullptr;
  if (a->is_choice()) return json::value(json::string(a->choice));
  return json::value(a->number);
}

}  // namespace

absl::StatusOr<LkeAnswerSet> ReadLkeAnswersJson(std::string_view text, const Rubric& rubric,
                                                const LkeAnswersReadOptions& options) {
  absl::StatusOr<json::value> root = internal::ParseJson(text, options.source_name);
  if (!root.ok()) return root.status();
  std::vector<LkeAnswerProblem> problems;
  LkeAnswerSet set;
  try {
    set = ReadJsonSet(*root, rubric, problems);
  } catch (const internal::JsonError& e) {
    return internal::ToStatus(e, options.source_name);
  }
  return internal::FinishAnswers(std::move(set), std::move(problems), rubric,
                                 options.source_name, {});
}

absl::StatusOr<LkeAnswerSet> LoadLkeAnswersFile(const std::string& path, const Rubric& rubric) {
  absl::StatusOr<std::string> text = ReadFileText(path, "jawaban LKE");
  if (!text.ok()) return text.status();
  LkeAnswersReadOptions options;
  options.source_name = path;
  const bool is_csv =
      path.size() >= 4 && internal::AsciiLower(path.substr(path.size() - 4)) == ".csv";
  return is_csv ? ReadLkeAnswersCsv(*text, rubric, options)
                : ReadLkeAnswersJson(*text, rubric, options);
}

std::string WriteLkeAnswersJson(const LkeAnswerSet& set, const Rubric& rubric,
                                const LkeAnswersWriteOptions& options) {
  json::object root;
  root["format"] = kLkeAnswersFormat;
  root["satker"] = set.satker;
  if (set.year != 0) root["year"] = set.year;
  if (!set.rubric.empty()) root["rubric"] = set.rubric;
  root["prior_wbk"] = set.prior_wbk;
  json::object answers;
  for (const std::string& id : internal::WriteOrder(set, rubric, options.include_unanswered)) {
    auto it = set.answers.find(id);
    const LkeAnswerEntry empty;
    const LkeAnswerEntry& e = it == set.answers.end() ? empty : it->second;
    const bool bare = !options.guidance && !e.tpi && e.note.empty() && e.evidence.empty();
    if (bare) {
      answers[id] = AnswerJson(e.unit);
      continue;
    }
    json::object o;
    o["unit"] = AnswerJson(e.unit);
    o["tpi"] = AnswerJson(e.tpi);
    if (!e.note.empty()) o["note"] = e.note;
    if (!e.evidence.empty()) o["evidence"] = e.evidence;
    if (options.guidance) {
      o["text"] = internal::ItemText(rubric, id);
      o["allowed"] = AllowedAnswers(rubric, id);
    }
    answers[id] = std::move(o);
  }
  root["answers"] = std::move(answers);
  return internal::WriteJson(root);
}

}  // namespace v1
}  // namespace zi
