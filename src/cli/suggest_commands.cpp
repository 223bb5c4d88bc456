// zi lke suggest: suggested LKE answers from the plan's execution as of a date.
#include <boost/json.hpp>
#include <ostream>

#include "cli/common.hpp"
#include "cli/compliance.hpp"
#include "internal/json_io.hpp"
#include "zi/lke/rubric.hpp"
#include "zi/lke/suggest.hpp"
#include "zi/lke/plan_execution.hpp"

namespace zi::cli {
namespace internal = ::zi::internal;
namespace {

namespace json = boost::json;

int RunSuggest(const Args& args, std::ostream& out, std::ostream& err) {
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
  const auto answer_text = [](const LkeAnswer& a) {
    return a.is_choice() ? a.choice : FormatNumber(a.number, 4);
  };
  if (args.Flag("--json")) {
    json::array arr;
    for (const LkeSuggestion& s : *suggestions) {
      json::object o;
      o["question"] = s.question;
      o["answer"] = answer_text(s.answer);
      o["rule"] = s.rule;
      o["reason"] = s.reason;
      arr.push_back(std::move(o));
    }
    json::object root;
    root["as_of"] = FormatIsoDate(in->as_of);
    root["satker"] = in->plan.satker().code;
    root["suggestions"] = std::move(arr);
    out << internal::WriteJson(root);
    return kExitOk;
  }
  out << "Saran Jawaban LKE dari Pelaksanaan Rencana Aksi\n";
  out << "Satker      : " << in->plan.satker().name << " (" << in->plan.satker().code << ")\n";
  out << "Per tanggal : " << LongDateWithDay(in->as_of) << "\n";
  out << "Ini saran, bukan jawaban: Tim ZI memutuskan jawaban akhir.\n";
  if (suggestions->empty()) out << "\n(belum ada saran: belum ada keluaran yang jatuh tempo)\n";
  for (const LkeSuggestion& s : *suggestions) {
    const LkeQuestionRef* q = rubric->FindQuestion(s.question);
    out << "\n" << s.question << "  saran jawaban: " << answer_text(s.answer) << "\n";
    if (q) out << "  " << Shorten(q->question->text, 110) << "\n";
    out << "  Alasan: " << s.reason << "\n";
  }
  return kExitOk;
}

ArgSpec SuggestSpec() {
  ArgSpec s = ComplianceSpec();
  s.options.insert("--rubric");
  s.flags.insert("--count-late");
  return s;
}

const Register kSuggest{
    {"lke suggest",
     "saran jawaban LKE dari pelaksanaan rencana aksi (mis. MP iii.a dari bagian keluaran yang "
     "selesai)",
     "zi lke suggest --as-of YYYY-MM-DD [--plan FILE] [--evidence FILE] [--allow-rejects] "
     "[--rubric FILE] [--count-late] [--json]",
     SuggestSpec(), RunSuggest}};

}  // namespace
}  // namespace zi::cli
