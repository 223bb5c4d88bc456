#include "zi/lke/answers.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <fstream>
#include <set>
#include <span>
#include <sstream>

#include "internal/csv.hpp"
#include "internal/json_io.hpp"
#include "internal/lke_internal.hpp"
#include "internal/strings.hpp"

namespace zi {
inline namespace v1 {

using internal::Cat;
using internal::AppendCsvField;
using internal::CsvReader;
using internal::CsvRecord;
using internal::IsBlank;
using internal::IsValidUtf8;
using internal::Trim;
using internal::RubricIndex;
namespace json = boost::json;

// ---- the set ------------------------------------------------------------------------

const LkeAnswer* LkeAnswerSet::Find(std::string_view question, LkeLayer layer) const {
  auto it = answers.find(question);
  if (it == answers.end()) return nullptr;
  const std::optional<LkeAnswer>& a = it->second.layer(layer);
  return a ? &*a : nullptr;
}

void LkeAnswerSet::Set(std::string_view question, LkeAnswer answer, LkeLayer layer) {
  auto it = answers.find(question);
  if (it == answers.end()) it = answers.emplace(std::string(question), LkeAnswerEntry{}).first;
  it->second.layer(layer) = std::move(answer);
}

void LkeAnswerSet::Clear(std::string_view question, LkeLayer layer) {
  auto it = answers.find(question);
  if (it != answers.end()) it->second.layer(layer).reset();
}

std::string FormatProblem(const LkeAnswerProblem& p) {
  std::string out;
  if (!p.where.empty()) internal::Append(&out, p.where, ": ");
  if (!p.question.empty()) {
    out += p.question;
    if (p.layer) internal::Append(&out, " (", ToString(*p.layer), ")");
    out += ": ";
  }
  out += p.message;
  return out;
}

std::string_view ToString(LkeLayer layer) { return layer == LkeLayer::kUnit ? "unit" : "tpi"; }

std::optional<LkeLayer> ParseLkeLayer(std::string_view s) {
  if (s == "unit") return LkeLayer::kUnit;
  if (s == "tpi") return LkeLayer::kTpi;
  return std::nullopt;
}

namespace {

constexpr double kMaxCount = 1e12;  // counts of people, complaints, services: far below this

std::string NumberText(double x) {
  std::string out;
  internal::AppendNumber(out, x);
  return out;
}

std::string Quoted(std::string_view s) { return Cat("\"", s, "\""); }

std::string OptionList(const std::vector<AnswerOption>& options) {
  std::string out;
  for (size_t i = 0; i < options.size(); ++i) {
    if (i) out += i + 1 == options.size() ? " or " : ", ";
    out += options[i].code;
  }
  return out;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}


// The rubric's spelling of a choice code given in any case; the input when none matches
// (validation then reports it).
std::string CanonicalChoice(const RubricIndex::Item& item, std::string_view given) {
  const std::string trimmed = Trim(given);
  const std::string lower = AsciiLower(trimmed);
  for (const AnswerOption& o : *item.options) {
    if (AsciiLower(o.code) == lower) return o.code;
  }
  return trimmed;
}

std::string TypeWords(const AnswerType& t) {
  return t.kind == AnswerKind::kChoice ? Cat(t.label, " question")
         : t.kind == AnswerKind::kCount ? std::string("JUMLAH count")
                                        : Cat(t.label, " value");
}

// Why an answer does not fit its item; nullopt when it does.
std::optional<std::string> Misfit(const RubricIndex::Item& item, const LkeAnswer& a) {
  const AnswerType& t = *item.type;
  if (t.kind == AnswerKind::kChoice) {
    if (!a.is_choice()) {
      return Cat("expected ", OptionList(*item.options), " for this ", TypeWords(t),
                 ", found the number ", NumberText(a.number));
    }
    for (const AnswerOption& o : *item.options) {
      if (o.code == a.choice) return std::nullopt;
    }
    return Cat(Quoted(a.choice), " is not an option of this ", TypeWords(t), " (expected ",
               OptionList(*item.options), ")");
  }
  if (a.is_choice()) {
    return Cat("expected a number for this ", TypeWords(t), ", found ", Quoted(a.choice));
  }
  if (!std::isfinite(a.number)) return Cat("expected a finite number for this ", TypeWords(t));
  if (t.kind == AnswerKind::kCount) {
    if (a.number < t.min || std::floor(a.number) != a.number || a.number > kMaxCount) {
      return Cat(NumberText(a.number), " is not a count: a JUMLAH answer is a whole number from ",
                 NumberText(t.min), " to ", NumberText(kMaxCount));
    }
    return std::nullopt;
  }
  if (a.number < t.min || a.number > t.max) {
    return Cat(NumberText(a.number), " is outside ", NumberText(t.min), "..", NumberText(t.max),
               " for this ", TypeWords(t));
  }
  return std::nullopt;
}

std::string UnknownId(const Rubric& rubric) {
  return Cat("unknown question id (not in rubric ", rubric.id(), ")");
}

std::string CountList(const RubricIndex& x, const std::vector<int>& ids) {
  std::vector<std::string> names;
  for (int i : ids) names.push_back(std::string(x.items[static_cast<size_t>(i)].id));
  return internal::Join(names, ", ");
}

// Problems of ratio items in one layer with the given formula choice. A ratio with a count
// that already has a problem in this layer is skipped: that count is not missing, it is wrong.
void CheckRatios(const RubricIndex& x, const LkeAnswerSet& set, LkeLayer layer,
                 const LkeScoreOptions& options, const std::vector<LkeAnswerProblem>& known,
                 std::vector<LkeAnswerProblem>& out) {
  const std::vector<internal::Slot> slots = internal::ResolveSlots(x, set, layer, nullptr);
  const auto has_problem = [&](int item) {
    for (const LkeAnswerProblem& p : known) {
      if (p.question == x.items[static_cast<size_t>(item)].id && (!p.layer || *p.layer == layer)) {
        return true;
      }
    }
    return false;
  };
  for (const RubricIndex::Ratio& r : x.ratios) {
    const RubricIndex::Formula& f = internal::SelectedFormula(r, options);
    bool skip = false;
    for (const std::vector<int>* side : {&f.num, &f.den}) {
      for (int i : *side) {
        skip = skip || has_problem(i) ||
               (x.items[static_cast<size_t>(i)].same_as >= 0 && has_problem(x.items[static_cast<size_t>(i)].same_as));
      }
    }
    if (skip) continue;
    const internal::RatioEval e =
        internal::EvalRatio(r, f, slots, ZeroDenominatorPolicy::kZeroOverZeroIsOne);
    const std::string formula_name =
        f.alternative.empty() ? std::string() : Cat(" (alternative ", f.alternative, ")");
    if (e.partial) {
      std::vector<int> missing, ids = f.num;
      ids.insert(ids.end(), f.den.begin(), f.den.end());
      for (int i : ids) {
        if (!slots[static_cast<size_t>(i)].answered) missing.push_back(i);
      }
      out.push_back({r.ratio->id, layer, "",
                     Cat("ratio item", formula_name, " is missing the count",
                         missing.size() == 1 ? " " : "s ", CountList(x, missing),
                         " (give every count of it, or none)")});
    } else if (e.nonzero_over_zero) {
      out.push_back({r.ratio->id, layer, "",
                     Cat("ratio item", formula_name, " divides ",
                         NumberText(e.numerator), " by 0 (", CountList(x, f.den),
                         " = 0): a count must be wrong")});
    }
  }
}

}  // namespace
}  // namespace v1

namespace internal {

std::vector<LkeAnswerProblem> ValidateAnswers(const LkeAnswerSet& set, const Rubric& rubric,
                                              const LkeScoreOptions& options,
                                              std::span<const LkeLayer> layers,
                                              const std::vector<LkeAnswerProblem>& known) {
  const RubricIndex& x = internal::IndexOf(rubric);
  std::vector<LkeAnswerProblem> out;
  if (!set.rubric.empty() && set.rubric != rubric.id()) {
    out.push_back({"", std::nullopt, "",
                   Cat("the answers are for rubric ", Quoted(set.rubric), ", not ",
                       Quoted(rubric.id()))});
  }
  for (const RubricIndex::Item& item : x.items) {
    auto it = set.answers.find(item.id);
    if (it == set.answers.end()) continue;
    for (LkeLayer layer : layers) {
      const std::optional<LkeAnswer>& a = it->second.layer(layer);
      if (!a) continue;
      if (std::optional<std::string> why = Misfit(item, *a)) {
        out.push_back({std::string(item.id), layer, "", *why});
      }
    }
  }
  for (const auto& [id, entry] : set.answers) {
    if (x.FindItem(id) < 0) out.push_back({id, std::nullopt, "", UnknownId(rubric)});
  }
  std::vector<LkeAnswerProblem> all = known;
  all.insert(all.end(), out.begin(), out.end());
  for (LkeLayer layer : layers) CheckRatios(x, set, layer, options, all, out);
  return out;
}

}  // namespace internal

inline namespace v1 {

std::vector<LkeAnswerProblem> ValidateLkeAnswers(const LkeAnswerSet& set, const Rubric& rubric) {
  constexpr LkeLayer kBoth[] = {LkeLayer::kUnit, LkeLayer::kTpi};
  return internal::ValidateAnswers(set, rubric, LkeScoreOptions{}, kBoth, {});
}

namespace {

absl::Status ProblemsStatus(const std::vector<LkeAnswerProblem>& problems,
                            std::string_view source) {
  std::vector<std::string> lines;
  for (const LkeAnswerProblem& p : problems) lines.push_back(FormatProblem(p));
  return absl::InvalidArgumentError(
      Cat(source.empty() ? "" : Cat(source, ": "), problems.size(),
          problems.size() == 1 ? " problem: " : " problems: ", internal::Join(lines, "; ")));
}

// Validates a parsed set; `where` gives each question's location (CSV line).
absl::StatusOr<LkeAnswerSet> Finish(LkeAnswerSet set, std::vector<LkeAnswerProblem> problems,
                                    const Rubric& rubric, std::string_view source,
                                    const std::map<std::string, std::string, std::less<>>& where) {
  // Problems found while parsing come first; validation adds the rest without repeating
  // what a parse problem already explains.
  constexpr LkeLayer kBoth[] = {LkeLayer::kUnit, LkeLayer::kTpi};
  for (LkeAnswerProblem& p : internal::ValidateAnswers(set, rubric, LkeScoreOptions{}, kBoth, problems)) {
    auto w = where.find(p.question);
    if (w != where.end()) p.where = w->second;
    problems.push_back(std::move(p));
  }
  if (!problems.empty()) return ProblemsStatus(problems, source);
  return set;
}

// ---- JSON -----------------------------------------------------------------------------

// One layer's value: null (unanswered), a string (choice) or a number.
std::optional<LkeAnswer> JsonAnswer(const RubricIndex::Item& item, const json::value& v,
                                    LkeLayer layer, std::vector<LkeAnswerProblem>& problems) {
  if (v.is_null()) return std::nullopt;
  if (const json::string* s = v.if_string()) {
    if (item.type->kind == AnswerKind::kChoice) {
      return LkeAnswer::Choice(CanonicalChoice(item, std::string_view(s->data(), s->size())));
    }
    // Strings are never numbers in JSON: "12" is a typo worth reporting.
    problems.push_back({std::string(item.id), layer, "",
                        Cat("expected a number for this ", TypeWords(*item.type),
                            ", found the string ", Quoted(std::string_view(s->data(), s->size())))});
    return std::nullopt;
  }
  if (v.is_number()) {
    const double d = v.is_double() ? v.get_double()
                     : v.is_int64() ? static_cast<double>(v.get_int64())
                                    : static_cast<double>(v.get_uint64());
    return LkeAnswer::Number(d);  // a number for a choice question is reported by Misfit
  }
  problems.push_back({std::string(item.id), layer, "",
                      Cat("expected ",
                          item.type->kind == AnswerKind::kChoice ? "a string" : "a number",
                          " or null, found ", internal::KindName(v))});
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
                              Cat("expected \"", kLkeAnswersFormat, "\", found \"", format, "\""));
  }
  set.satker = r.OptionalString("satker");
  set.year = static_cast<int>(r.MaybeInt("year", 0, 9999).value_or(0));
  set.rubric = r.OptionalString("rubric");
  set.prior_wbk = r.MaybeBool("prior_wbk").value_or(false);
  const json::value& answers = r.RequiredValue("answers");
  const json::object* obj = answers.if_object();
  if (!obj) {
    throw internal::JsonError(r.PointerTo("answers"),
                              Cat("expected an object keyed by question id, found ",
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
                                Cat("'", key, "' must be a string, found ", internal::KindName(fv))});
          } else if (fv.is_string() && key == "note") {
            entry.note = std::string(fv.get_string());
          } else if (fv.is_string() && key == "evidence") {
            entry.evidence = std::string(fv.get_string());
          }  // text and allowed are guidance written by the template; not read back
        } else {
          problems.push_back({id, std::nullopt, "",
                              Cat("unknown field '", key, "' (expected unit, tpi, note, evidence)")});
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

// ---- CSV ------------------------------------------------------------------------------


// "12", "3.62", "3,62" (Indonesian decimal comma); nullopt for anything else.
std::optional<double> ParseCellNumber(std::string_view cell) {
  std::string s(cell);
  for (char& c : s) {
    if (c == ',') c = '.';
  }
  if (s.empty() || s.find_first_not_of("+-0123456789.eE") != std::string::npos) return std::nullopt;
  const char* b = s.data();
  if (*b == '+') ++b;
  double v = 0;
  auto [ptr, ec] = std::from_chars(b, s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

enum Column { kQuestion, kUnit, kTpi, kNote, kEvidence, kText, kAllowed, kColumns };
constexpr std::array<std::string_view, kColumns> kColumnNames = {
    "question", "unit", "tpi", "note", "evidence", "text", "allowed"};

// `# key: value` metadata; other '#' lines are comments.
void ReadMetadata(std::string_view line, int line_no, LkeAnswerSet& set,
                  std::vector<LkeAnswerProblem>& problems) {
  std::string body = Trim(line.substr(1));
  const size_t colon = body.find(':');
  if (colon == std::string::npos) return;
  const std::string key = AsciiLower(Trim(std::string_view(body).substr(0, colon)));
  const std::string value = Trim(std::string_view(body).substr(colon + 1));
  const std::string where = Cat("line ", line_no);
  if (key == "satker") {
    set.satker = value;
  } else if (key == "rubric") {
    set.rubric = value;
  } else if (key == "year" && value.empty()) {
    set.year = 0;
  } else if (key == "year") {
    std::optional<double> y = ParseCellNumber(value);
    if (!y || *y < 0 || *y > 9999 || std::floor(*y) != *y) {
      problems.push_back({"", std::nullopt, where, Cat("year ", Quoted(value), " is not a year")});
    } else {
      set.year = static_cast<int>(*y);
    }
  } else if (key == "prior_wbk") {
    const std::string v = AsciiLower(value);
    if (v == "true" || v == "ya" || v == "yes" || v == "1") {
      set.prior_wbk = true;
    } else if (v == "false" || v == "tidak" || v == "no" || v == "0" || v.empty()) {
      set.prior_wbk = false;
    } else {
      problems.push_back({"", std::nullopt, where,
                          Cat("prior_wbk ", Quoted(value), " is not true/false (or ya/tidak)")});
    }
  }
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
  return Finish(std::move(set), std::move(problems), rubric, options.source_name, {});
}

absl::StatusOr<LkeAnswerSet> ReadLkeAnswersCsv(std::string_view text, const Rubric& rubric,
                                               const LkeAnswersReadOptions& options) {
  const RubricIndex& x = internal::IndexOf(rubric);
  const std::string prefix = options.source_name.empty() ? "" : Cat(options.source_name, ": ");
  CsvReader reader(text);  // skips a BOM
  LkeAnswerSet set;
  std::vector<LkeAnswerProblem> problems;
  CsvRecord header;
  bool have_header = false;
  while (reader.Next(header)) {
    if (IsBlank(header)) continue;
    const std::string first = Trim(header.fields[0]);
    if (!first.empty() && first[0] == '#' && IsValidUtf8(first)) {
      ReadMetadata(first, header.line, set, problems);
      continue;
    }
    have_header = true;
    break;
  }
  if (!have_header) {
    return absl::InvalidArgumentError(
        Cat(prefix, "line 1: no header row (expected columns question,unit,tpi,note,evidence)"));
  }
  std::array<int, kColumns> index;
  index.fill(-1);
  for (size_t i = 0; i < header.fields.size(); ++i) {
    const std::string name = AsciiLower(Trim(header.fields[i]));
    if (!IsValidUtf8(name)) {
      return absl::InvalidArgumentError(
          Cat(prefix, "line ", header.line, ": the header is not UTF-8 text (binary data?)"));
    }
    int col = -1;
    for (int c = 0; c < kColumns; ++c) {
      if (name == kColumnNames[static_cast<size_t>(c)]) col = c;
    }
    if (col < 0) {
      return absl::InvalidArgumentError(
          Cat(prefix, "line ", header.line, ": unknown column ", Quoted(name),
              " (known: question, unit, tpi, note, evidence, text, allowed)"));
    }
    if (index[static_cast<size_t>(col)] >= 0) {
      return absl::InvalidArgumentError(
          Cat(prefix, "line ", header.line, ": column ", Quoted(name), " appears twice"));
    }
    index[static_cast<size_t>(col)] = static_cast<int>(i);
  }
  if (index[kQuestion] < 0) {
    return absl::InvalidArgumentError(
        Cat(prefix, "line ", header.line, ": the header has no 'question' column"));
  }
  if (index[kUnit] < 0 && index[kTpi] < 0) {
    return absl::InvalidArgumentError(
        Cat(prefix, "line ", header.line, ": the header needs a 'unit' or 'tpi' column"));
  }

  std::map<std::string, std::string, std::less<>> where;  // question → "line N"
  CsvRecord rec;
  while (reader.Next(rec)) {
    if (IsBlank(rec)) continue;
    const std::string line = Cat("line ", rec.line);
    const std::string first = Trim(rec.fields[0]);
    if (!first.empty() && first[0] == '#' && IsValidUtf8(first)) {
      ReadMetadata(first, rec.line, set, problems);
      continue;
    }
    if (rec.unterminated_quote) {
      problems.push_back(
          {"", std::nullopt, line, "a quoted field is not closed before the end of the file"});
      continue;
    }
    if (rec.fields.size() != header.fields.size()) {
      problems.push_back({"", std::nullopt, line,
                          Cat(rec.fields.size(), " fields, the header has ", header.fields.size())});
      continue;
    }
    bool utf8 = true;
    for (const std::string& f : rec.fields) utf8 = utf8 && IsValidUtf8(f);
    if (!utf8) {
      problems.push_back({"", std::nullopt, line, "not UTF-8 text (binary data?)"});
      continue;
    }
    const auto cell = [&](Column c) -> std::string {
      const int i = index[static_cast<size_t>(c)];
      return i < 0 ? std::string() : rec.fields[static_cast<size_t>(i)];
    };
    const std::string id = Trim(cell(kQuestion));
    if (id.empty()) {
      problems.push_back({"", std::nullopt, line, "the question cell is empty"});
      continue;
    }
    const int item_index = x.FindItem(id);
    if (item_index < 0) {
      problems.push_back({id, std::nullopt, line, UnknownId(rubric)});
      continue;
    }
    if (auto seen = where.find(id); seen != where.end()) {
      problems.push_back({id, std::nullopt, line, Cat("answered twice (also ", seen->second, ")")});
      continue;
    }
    where[id] = line;
    const RubricIndex::Item& item = x.items[static_cast<size_t>(item_index)];
    LkeAnswerEntry entry;
    for (LkeLayer layer : {LkeLayer::kUnit, LkeLayer::kTpi}) {
      const std::string value = Trim(cell(layer == LkeLayer::kUnit ? kUnit : kTpi));
      if (value.empty()) continue;
      if (item.type->kind == AnswerKind::kChoice) {
        entry.layer(layer) = LkeAnswer::Choice(CanonicalChoice(item, value));
      } else if (std::optional<double> n = ParseCellNumber(value)) {
        entry.layer(layer) = LkeAnswer::Number(*n);
      } else {
        problems.push_back({id, layer, line,
                            Cat(Quoted(value), " is not a number (this is a ",
                                TypeWords(*item.type), ")")});
      }
    }
    entry.note = cell(kNote);
    entry.evidence = Trim(cell(kEvidence));
    if (entry == LkeAnswerEntry{}) continue;
    set.answers[id] = std::move(entry);
  }
  return Finish(std::move(set), std::move(problems), rubric, options.source_name, where);
}

absl::StatusOr<LkeAnswerSet> LoadLkeAnswersFile(const std::string& path, const Rubric& rubric) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(Cat(path, ": cannot open answers file"));
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return absl::DataLossError(Cat(path, ": read error"));
  LkeAnswersReadOptions options;
  options.source_name = path;
  const bool is_csv = path.size() >= 4 && AsciiLower(path.substr(path.size() - 4)) == ".csv";
  return is_csv ? ReadLkeAnswersCsv(buf.str(), rubric, options)
                : ReadLkeAnswersJson(buf.str(), rubric, options);
}

// ---- writing ----------------------------------------------------------------------------

std::string AllowedAnswers(const Rubric& rubric, std::string_view question) {
  const RubricIndex& x = internal::IndexOf(rubric);
  const int i = x.FindItem(question);
  if (i < 0) return "";
  const RubricIndex::Item& item = x.items[static_cast<size_t>(i)];
  const AnswerType& t = *item.type;
  switch (t.kind) {
    case AnswerKind::kChoice: {
      std::vector<std::string> codes;
      for (const AnswerOption& o : *item.options) codes.push_back(o.code);
      return internal::Join(codes, ", ");
    }
    case AnswerKind::kCount: return Cat("bilangan bulat >= ", NumberText(t.min));
    case AnswerKind::kNumber:
      return Cat("angka ", NumberText(t.min), " sampai ", NumberText(t.max));
  }
  return "";
}

namespace {

json::value AnswerJson(const std::optional<LkeAnswer>& a) {
  if (!a) return nullptr;
  if (a->is_choice()) return json::value(json::string(a->choice));
  return json::value(a->number);
}

// Rubric order, then ids the rubric does not know (a programmatic set may hold them).
std::vector<std::string> WriteOrder(const LkeAnswerSet& set, const Rubric& rubric,
                                    bool include_unanswered) {
  const RubricIndex& x = internal::IndexOf(rubric);
  std::vector<std::string> ids;
  for (const RubricIndex::Item& item : x.items) {
    if (include_unanswered || set.answers.count(item.id)) ids.push_back(std::string(item.id));
  }
  for (const auto& [id, entry] : set.answers) {
    if (x.FindItem(id) < 0) ids.push_back(id);
  }
  return ids;
}

// The question as the worksheet prints it; a count listed under a heading ("Jumlah yang
// harus melaporkan") carries the heading, since its own text ("Kepala satuan kerja") does not
// say what to count.
std::string ItemText(const Rubric& rubric, std::string_view id) {
  if (const LkeQuestionRef* q = rubric.FindQuestion(id)) {
    return q->question->heading.empty() ? q->question->text
                                        : Cat(q->question->heading, ": ", q->question->text);
  }
  const RubricIndex& x = internal::IndexOf(rubric);
  const int i = x.FindItem(id);
  return i < 0 ? std::string() : std::string(x.items[static_cast<size_t>(i)].text);
}


std::string CsvAnswer(const std::optional<LkeAnswer>& a) {
  if (!a) return "";
  return internal::AnswerText(*a);
}

}  // namespace

std::string WriteLkeAnswersJson(const LkeAnswerSet& set, const Rubric& rubric,
                                const LkeAnswersWriteOptions& options) {
  json::object root;
  root["format"] = kLkeAnswersFormat;
  root["satker"] = set.satker;
  if (set.year != 0) root["year"] = set.year;
  if (!set.rubric.empty()) root["rubric"] = set.rubric;
  root["prior_wbk"] = set.prior_wbk;
  json::object answers;
  for (const std::string& id : WriteOrder(set, rubric, options.include_unanswered)) {
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
      o["text"] = ItemText(rubric, id);
      o["allowed"] = AllowedAnswers(rubric, id);
    }
    answers[id] = std::move(o);
  }
  root["answers"] = std::move(answers);
  return internal::WriteJson(root);
}

std::string WriteLkeAnswersCsv(const LkeAnswerSet& set, const Rubric& rubric,
                               const LkeAnswersWriteOptions& options) {
  std::string out;
  // The template names every metadata line so that it can be filled in.
  if (!set.satker.empty() || options.guidance) internal::Append(&out, "# satker: ", set.satker, "\n");
  if (set.year != 0) {
    internal::Append(&out, "# year: ", set.year, "\n");
  } else if (options.guidance) {
    out += "# year: \n";
  }
  if (!set.rubric.empty()) internal::Append(&out, "# rubric: ", set.rubric, "\n");
  internal::Append(&out, "# prior_wbk: ", set.prior_wbk ? "true" : "false", "\n");
  out += options.guidance ? "question,unit,tpi,note,evidence,text,allowed\n"
                          : "question,unit,tpi,note,evidence\n";
  for (const std::string& id : WriteOrder(set, rubric, options.include_unanswered)) {
    auto it = set.answers.find(id);
    const LkeAnswerEntry empty;
    const LkeAnswerEntry& e = it == set.answers.end() ? empty : it->second;
    AppendCsvField(out, id);
    out.push_back(',');
    AppendCsvField(out, CsvAnswer(e.unit));
    out.push_back(',');
    AppendCsvField(out, CsvAnswer(e.tpi));
    out.push_back(',');
    AppendCsvField(out, e.note);
    out.push_back(',');
    AppendCsvField(out, e.evidence);
    if (options.guidance) {
      out.push_back(',');
      AppendCsvField(out, ItemText(rubric, id));
      out.push_back(',');
      AppendCsvField(out, AllowedAnswers(rubric, id));
    }
    out.push_back('\n');
  }
  return out;
}

}  // namespace v1
}  // namespace zi
