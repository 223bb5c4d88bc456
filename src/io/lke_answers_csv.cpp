#include "zi/io/lke_answers_csv.hpp"

#include <array>
#include <charconv>
#include <cmath>

#include "internal/csv.hpp"
#include "internal/lke_answers_io.hpp"
#include "internal/lke_internal.hpp"
#include "internal/strings.hpp"
#include "internal/text.hpp"

namespace zi {
inline namespace v1 {
namespace {

using internal::AppendCsvField;
using internal::AsciiLower;
using internal::CanonicalChoice;
using internal::Cat;
using internal::CsvReader;
using internal::CsvRecord;
using internal::IsBlank;
using internal::IsValidUtf8;
using internal::Quoted;
using internal::RubricIndex;
using internal::Trim;
using internal::TypeWords;
using internal::UnknownId;

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
  const std::string where = Cat("baris ", line_no);
  if (key == "satker") {
    set.satker = value;
  } else if (key == "rubric") {
    set.rubric = value;
  } else if (key == "year" && value.empty()) {
    set.year = 0;
  } else if (key == "year") {
    std::optional<double> y = ParseCellNumber(value);
    if (!y || *y < 0 || *y > 9999 || std::floor(*y) != *y) {
      problems.push_back({"", std::nullopt, where, Cat("year ", Quoted(value), " bukan tahun")});
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
                          Cat("prior_wbk ", Quoted(value), " bukan true/false (atau ya/tidak)")});
    }
  }
}

std::string CsvAnswer(const std::optional<LkeAnswer>& a) {
  if (!a) return "";
  return internal::AnswerText(*a);
}

}  // namespace

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
        Cat(prefix, "baris 1: tidak ada baris judul (diharapkan kolom question,unit,tpi,note,evidence)"));
  }
  std::array<int, kColumns> index;
  index.fill(-1);
  for (size_t i = 0; i < header.fields.size(); ++i) {
    const std::string name = AsciiLower(Trim(header.fields[i]));
    if (!IsValidUtf8(name)) {
      return absl::InvalidArgumentError(
          Cat(prefix, "baris ", header.line, ": baris judul bukan teks UTF-8 (data biner?)"));
    }
    int col = -1;
    for (int c = 0; c < kColumns; ++c) {
      if (name == kColumnNames[static_cast<size_t>(c)]) col = c;
    }
    if (col < 0) {
      return absl::InvalidArgumentError(
          Cat(prefix, "baris ", header.line, ": kolom ", Quoted(name),
              " tidak dikenal (yang dikenal: question, unit, tpi, note, evidence, text, allowed)"));
    }
    if (index[static_cast<size_t>(col)] >= 0) {
      return absl::InvalidArgumentError(
          Cat(prefix, "baris ", header.line, ": kolom ", Quoted(name), " muncul dua kali"));
    }
    index[static_cast<size_t>(col)] = static_cast<int>(i);
  }
  if (index[kQuestion] < 0) {
    return absl::InvalidArgumentError(
        Cat(prefix, "baris ", header.line, ": baris judul tidak memiliki kolom 'question'"));
  }
  if (index[kUnit] < 0 && index[kTpi] < 0) {
    return absl::InvalidArgumentError(
        Cat(prefix, "baris ", header.line, ": baris judul memerlukan kolom 'unit' atau 'tpi'"));
  }

  internal::AnswerLocations where;  // question → "baris N"
  CsvRecord rec;
  while (reader.Next(rec)) {
    if (IsBlank(rec)) continue;
    const std::string line = Cat("baris ", rec.line);
    const std::string first = Trim(rec.fields[0]);
    if (!first.empty() && first[0] == '#' && IsValidUtf8(first)) {
      ReadMetadata(first, rec.line, set, problems);
      continue;
    }
    if (rec.unterminated_quote) {
      problems.push_back(
          {"", std::nullopt, line, "tanda kutip tidak ditutup sampai akhir berkas"});
      continue;
    }
    if (rec.fields.size() != header.fields.size()) {
      problems.push_back({"", std::nullopt, line,
                          Cat(rec.fields.size(), " kolom, baris judul memiliki ", header.fields.size())});
      continue;
    }
    bool utf8 = true;
    for (const std::string& f : rec.fields) utf8 = utf8 && IsValidUtf8(f);
    if (!utf8) {
      problems.push_back({"", std::nullopt, line, "bukan teks UTF-8 (data biner?)"});
      continue;
    }
    const auto cell = [&](Column c) -> std::string {
      const int i = index[static_cast<size_t>(c)];
      return i < 0 ? std::string() : rec.fields[static_cast<size_t>(i)];
    };
    const std::string id = Trim(cell(kQuestion));
    if (id.empty()) {
      problems.push_back({"", std::nullopt, line, "sel question kosong"});
      continue;
    }
    const int item_index = x.FindItem(id);
    if (item_index < 0) {
      problems.push_back({id, std::nullopt, line, UnknownId(rubric)});
      continue;
    }
    if (auto seen = where.find(id); seen != where.end()) {
      problems.push_back({id, std::nullopt, line, Cat("dijawab dua kali (juga di ", seen->second, ")")});
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
                            Cat(Quoted(value), " bukan angka (butir ini adalah ",
                                TypeWords(*item.type), ")")});
      }
    }
    entry.note = cell(kNote);
    entry.evidence = Trim(cell(kEvidence));
    if (entry == LkeAnswerEntry{}) continue;
    set.answers[id] = std::move(entry);
  }
  return internal::FinishAnswers(std::move(set), std::move(problems), rubric,
                                 options.source_name, where);
}

std::string WriteLkeAnswersCsv(const LkeAnswerSet& set, const Rubric& rubric,
                               const LkeAnswersWriteOptions& options) {
  std::string out;
  // The template names every metadata line so that it can be filled in.
  // A metadata line is one CSV field, quoted when its value holds a delimiter, a quote or a
  // line break, so that the reader sees the whole value again.
  const auto metadata = [&out](std::string_view key, std::string_view value) {
    const std::string line = Cat("# ", key, ": ", value);
    if (line.find_first_of(",\"\r\n") == std::string::npos) {
      out += line;
    } else {
      AppendCsvField(out, line);
    }
    out.push_back('\n');
  };
  if (!set.satker.empty() || options.guidance) metadata("satker", set.satker);
  if (set.year != 0) {
    internal::Append(&out, "# year: ", set.year, "\n");
  } else if (options.guidance) {
    out += "# year: \n";
  }
  if (!set.rubric.empty()) metadata("rubric", set.rubric);
  internal::Append(&out, "# prior_wbk: ", set.prior_wbk ? "true" : "false", "\n");
  out += options.guidance ? "question,unit,tpi,note,evidence,text,allowed\n"
                          : "question,unit,tpi,note,evidence\n";
  for (const std::string& id : internal::WriteOrder(set, rubric, options.include_unanswered)) {
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
      AppendCsvField(out, internal::ItemText(rubric, id));
      out.push_back(',');
      AppendCsvField(out, AllowedAnswers(rubric, id));
    }
    out.push_back('\n');
  }
  return out;
}

}  // namespace v1
}  // namespace zi
