// zi lke suggest: suggested LKE answers from the plan's execution as of a date, and
// (--apply ANSWERS -o OUT) those suggestions written into an answer set.
#include <fstream>
#include <ostream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "common.hpp"
#include "compliance.hpp"
#include "format.hpp"
#include "zi/defaults.hpp"
#include "zi/io/lke_answers_csv.hpp"
#include "zi/io/lke_answers_json.hpp"
#include "zi/io/lke_rubric_json.hpp"
#include "zi/io/report_json.hpp"
#include "zi/lke/plan_execution.hpp"
#include "zi/lke/rubric.hpp"
#include "zi/lke/suggest.hpp"

namespace zi::cli {
namespace {

using absl::StrCat;

const std::string kUsage =
    "zi lke suggest --as-of YYYY-MM-DD [--plan BERKAS] [--evidence BERKAS] [--allow-rejects] "
    "[--rubric BERKAS] [--count-late] [--format text|json|csv|xlsx] [-o BERKAS] [--sheet NAMA] "
    "[--json] | zi lke suggest --as-of YYYY-MM-DD ... --apply JAWABAN -o OUT.json|OUT.csv "
    "[--layer unit|tpi]";

// The reason without its "Saran: " lead (the text output already says it is a
// suggestion), starting with a capital letter.
std::string Body(std::string_view reason) {
  constexpr std::string_view kLead = "Saran: ";
  if (reason.substr(0, kLead.size()) == kLead) reason.remove_prefix(kLead.size());
  std::string out(reason);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

// "B: <the option's text>" when the rubric words the option, else just the code.
std::string OptionWords(const LkeQuestionRef* q, const LkeAnswer& answer) {
  std::string code = LkeAnswerText(answer);
  if (!q) return code;
  for (const AnswerOption& o : q->question->options) {
    if (o.code == answer.choice && !o.text.empty()) return StrCat(code, " (", o.text, ")");
  }
  return code;
}

void PrintSuggestions(std::ostream& out, const Rubric& rubric, const ComplianceInputs& in,
                      const std::vector<LkeSuggestion>& suggestions) {
  out << "Saran Jawaban LKE dari Pelaksanaan Rencana Aksi\n";
  out << "Satker      : " << in.plan.satker().name << " (" << in.plan.satker().code << ")\n";
  out << "Per tanggal : " << LongDateWithDay(in.as_of) << "\n";
  out << "Saran ini dihitung dari pelaksanaan rencana aksi; Tim ZI tetap memutuskan jawaban "
         "akhir.\n";
  if (suggestions.empty()) {
    out << "\nBelum ada saran: belum ada keluaran rencana aksi yang jatuh tempo dan rencana aksi "
           "tidak menjadwalkan kegiatan yang menentukan jawaban LKE.\n";
  }
  for (const LkeSuggestion& s : suggestions) {
    const LkeQuestionRef* q = rubric.FindQuestion(s.question);
    out << "\n" << s.question << "  saran jawaban: " << LkeAnswerText(s.answer) << "\n";
    if (q) out << "  Pertanyaan : " << Truncate(q->question->text, 100) << "\n";
    out << "  Jawaban    : " << Truncate(OptionWords(q, s.answer), 100) << "\n";
    out << "  Dasarnya   : " << Body(s.reason) << "\n";
  }
}

// --apply ANSWERS -o OUT: the suggestions written into the answer set, OUT in the LKE
// answers format of its extension (.json or .csv).
int Apply(const Args& args, const Rubric& rubric, const std::vector<LkeSuggestion>& suggestions,
          std::ostream& out, std::ostream& err) {
  const std::string answers_path = *args.Option("--apply");
  const std::optional<std::string> target = args.Option("-o");
  if (!target) {
    return UsageError(err, "--apply JAWABAN perlu -o OUT.json atau -o OUT.csv", kUsage);
  }
  for (const char* option : {"--format", "--sheet"}) {
    if (args.Option(option)) {
      return UsageError(err,
                        StrCat(option, " tidak berlaku dengan --apply: format OUT diambil dari "
                                       "ekstensinya (.json atau .csv)"),
                        kUsage);
    }
  }
  if (args.Flag("--json")) {
    return UsageError(err, "--json tidak berlaku dengan --apply: format OUT diambil dari "
                           "ekstensinya (.json atau .csv)",
                      kUsage);
  }
  const std::optional<std::string> format = FormatOfPath(*target);
  if (!format || (*format != kFormatJson && *format != kFormatCsv)) {
    return UsageError(err, StrCat("-o '", *target, "': set jawaban ditulis sebagai .json atau .csv"),
                      kUsage);
  }
  const LkeLayer layer =
      args.Option("--layer").value_or("unit") == "tpi" ? LkeLayer::kTpi : LkeLayer::kUnit;
  absl::StatusOr<LkeAnswerSet> answers = LoadLkeAnswersFile(answers_path, rubric);
  if (!answers.ok()) return Fail(err, answers.status());
  absl::StatusOr<LkeAppliedSuggestions> applied =
      ApplyLkeSuggestions(rubric, *answers, suggestions, layer);
  if (!applied.ok()) return Fail(err, StrCat(answers_path, ": ", applied.status().message()));
  const std::string text = *format == kFormatCsv ? WriteLkeAnswersCsv(applied->answers, rubric)
                                                 : WriteLkeAnswersJson(applied->answers, rubric);
  {
    std::ofstream f(*target, std::ios::binary);
    if (!(f << text) || !f.flush()) return Fail(err, StrCat(*target, ": tidak dapat ditulis"));
  }
  int changed = 0;
  for (const LkeSuggestionChange& c : applied->changes) changed += c.changed ? 1 : 0;
  out << "Saran diterapkan pada jawaban " << ToString(layer) << " dari " << answers_path
      << "; set jawaban ditulis ke " << *target << ".\n";
  if (applied->changes.empty()) {
    out << "Tidak ada saran, jadi tidak ada jawaban yang berubah.\n";
    return kExitOk;
  }
  out << "\n" << Cell("Pertanyaan", 14) << Cell("Sebelum", 10) << Cell("Sesudah", 10)
      << "Keterangan\n";
  for (const LkeSuggestionChange& c : applied->changes) {
    const std::string from = c.from ? LkeAnswerText(*c.from) : "(kosong)";
    out << Cell(c.question, 14) << Cell(from, 10) << Cell(LkeAnswerText(c.to), 10)
        << (!c.changed ? "sudah sama, tidak berubah" : c.from ? "diubah" : "diisi") << "\n";
  }
  out << "\n" << changed << " dari " << applied->changes.size()
      << " jawaban yang disarankan berubah; jawaban lain, catatan dan bukti tidak diubah.\n";
  return kExitOk;
}

int RunSuggest(const Args& args, std::ostream& sink, std::ostream& err) {
  const bool apply = args.Option("--apply").has_value();
  absl::StatusOr<Output> output = apply ? absl::StatusOr<Output>(Output{}) : ReadOutputArgs(args);
  if (!output.ok()) return UsageError(err, std::string(output.status().message()), kUsage);
  if (!apply && args.Option("--layer")) {
    return UsageError(err, "--layer hanya berlaku dengan --apply", kUsage);
  }
  int code = 0;
  std::optional<ComplianceInputs> in = ReadComplianceInputs(args, err, &code);
  if (!in) return code;
  absl::StatusOr<Rubric> rubric =
      args.Option("--rubric") ? LoadRubricFile(*args.Option("--rubric")) : DefaultRubric();
  if (!rubric.ok()) return Fail(err, rubric.status());
  const ComplianceReport report =
      ScorePlan(in->plan, in->occurrences, in->evidence.accepted, in->as_of, in->policy);
  LkeSuggestOptions options;
  options.count_late_as_done = args.Flag("--count-late");
  absl::StatusOr<std::vector<LkeSuggestion>> suggestions =
      SuggestLkeAnswers(*rubric, SummarizePlanExecution(report), options);
  if (!suggestions.ok()) return Fail(err, suggestions.status());
  if (apply) return Apply(args, *rubric, *suggestions, sink, err);
  if (output->format == ReportFormat::kJson) {
    return WriteText(*output,
                     WriteLkeSuggestionsJson(*suggestions, in->as_of, in->plan.satker().code), sink,
                     err);
  }
  if (output->format != ReportFormat::kText) {
    return WriteTables(
        *output, LkeSuggestionTables(*suggestions, &*rubric, in->as_of, in->plan.satker().code),
        sink, err);
  }
  std::ostringstream out;
  PrintSuggestions(out, *rubric, *in, *suggestions);
  return WriteText(*output, out.str(), sink, err);
}

const Register kSuggest{
    {"lke suggest",
     "saran jawaban LKE dari pelaksanaan rencana aksi (mis. MP iii.a dari bagian keluaran yang "
     "selesai); --apply JAWABAN -o OUT menuliskannya ke set jawaban",
     kUsage,
     WithOutputOptions(ComplianceSpec())
         .Text("--rubric")
         .Flag("--count-late")
         .Text("--apply")
         .Enum("--layer", {"unit", "tpi"}),
     RunSuggest}};

}  // namespace
}  // namespace zi::cli
