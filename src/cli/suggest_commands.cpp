// zi lke suggest: suggested LKE answers from the plan's execution as of a date.
#include <ostream>
#include <sstream>

#include "common.hpp"
#include "compliance.hpp"
#include "format.hpp"
#include "zi/defaults.hpp"
#include "zi/io/lke_rubric_json.hpp"
#include "zi/io/report_json.hpp"
#include "zi/lke/plan_execution.hpp"
#include "zi/lke/rubric.hpp"
#include "zi/lke/suggest.hpp"

namespace zi::cli {
namespace {

int RunSuggest(const Args& args, std::ostream& sink, std::ostream& err) {
  absl::StatusOr<Output> output = ReadOutputArgs(args);
  if (!output.ok()) {
    err << "zi: error: " << output.status().message() << "\n";
    return kExitUsage;
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
  out << "Saran Jawaban LKE dari Pelaksanaan Rencana Aksi\n";
  out << "Satker      : " << in->plan.satker().name << " (" << in->plan.satker().code << ")\n";
  out << "Per tanggal : " << LongDateWithDay(in->as_of) << "\n";
  out << "Ini saran, bukan jawaban: Tim ZI memutuskan jawaban akhir.\n";
  if (suggestions->empty()) out << "\n(belum ada saran: belum ada keluaran yang jatuh tempo)\n";
  for (const LkeSuggestion& s : *suggestions) {
    const LkeQuestionRef* q = rubric->FindQuestion(s.question);
    out << "\n" << s.question << "  saran jawaban: " << LkeAnswerText(s.answer) << "\n";
    if (q) out << "  " << Truncate(q->question->text, 110) << "\n";
    out << "  Alasan: " << s.reason << "\n";
  }
  return WriteText(*output, out.str(), sink, err);
}

const Register kSuggest{
    {"lke suggest",
     "saran jawaban LKE dari pelaksanaan rencana aksi (mis. MP iii.a dari bagian keluaran yang "
     "selesai)",
     "zi lke suggest --as-of YYYY-MM-DD [--plan FILE] [--evidence FILE] [--allow-rejects] "
     "[--rubric FILE] [--count-late] [--format text|json|csv|xlsx] [-o FILE] [--sheet NAME] "
     "[--json]",
     WithOutputOptions(ComplianceSpec()).Text("--rubric").Flag("--count-late"), RunSuggest}};

}  // namespace
}  // namespace zi::cli
