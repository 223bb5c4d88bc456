// zi report (one HTML file for a satker or a portfolio) and zi remind (what needs a
// reminder on a date: H-n, H, H+n).
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <ostream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "common.hpp"
#include "compliance.hpp"
#include "deadline_args.hpp"
#include "format.hpp"
#include "plan_set.hpp"
#include "zi/compliance/portfolio.hpp"
#include "zi/compliance/reminder.hpp"
#include "zi/compliance/synthetic.hpp"
#include "zi/defaults.hpp"
#include "zi/io/lke_answers_json.hpp"
#include "zi/io/lke_rubric_json.hpp"
#include "zi/io/plan_json.hpp"
#include "zi/io/report_html.hpp"
#include "zi/io/report_tables.hpp"

namespace zi::cli {
namespace {

namespace fs = std::filesystem;

// A comma-separated list of working-day counts ("10,5,1").
std::optional<std::vector<int>> ParseDays(const std::string& text) {
  std::vector<int> out;
  for (absl::string_view part : absl::StrSplit(text, ',', absl::SkipEmpty())) {
    const std::optional<int64_t> n = ParseInt(std::string(part));
    if (!n || *n < 1 || *n > 250) return std::nullopt;
    out.push_back(static_cast<int>(*n));
  }
  if (out.empty()) return std::nullopt;
  return out;
}

// "2026-03-10T18:30Z", "2026-03-10T18:30:00+07:00": Unix seconds.
std::optional<int64_t> ParseInstant(const std::string& s) {
  if (s.size() < 17 || s[10] != 'T') return std::nullopt;
  absl::StatusOr<Date> d = ParseIsoDate(s.substr(0, 10));
  if (!d.ok()) return std::nullopt;
  const auto two = [&](size_t at) -> int {
    if (at + 2 > s.size() || !isdigit(static_cast<unsigned char>(s[at])) ||
        !isdigit(static_cast<unsigned char>(s[at + 1]))) {
      return -1;
    }
    return (s[at] - '0') * 10 + (s[at + 1] - '0');
  };
  const int hh = two(11), mm = s.size() > 13 && s[13] == ':' ? two(14) : -1;
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59) return std::nullopt;
  size_t at = 16;
  int ss = 0;
  if (at < s.size() && s[at] == ':') {
    ss = two(at + 1);
    if (ss < 0 || ss > 59) return std::nullopt;
    at += 3;
  }
  int offset = 0;
  if (at < s.size() && s[at] == 'Z' && at + 1 == s.size()) {
    offset = 0;
  } else if (at + 6 == s.size() && (s[at] == '+' || s[at] == '-') && s[at + 3] == ':') {
    const int oh = two(at + 1), om = two(at + 4);
    if (oh < 0 || oh > 14 || om < 0 || om > 59) return std::nullopt;
    offset = (oh * 60 + om) * 60 * (s[at] == '-' ? -1 : 1);
  } else {
    return std::nullopt;
  }
  return int64_t{d->days()} * 86400 + hh * 3600 + mm * 60 + ss - offset;
}

std::optional<EvidenceImport> LoadEvidenceFor(const Args& args, EvidenceScope scope,
                                              std::ostream& err, int* code) {
  *code = kExitFailure;
  EvidenceImport none;
  const std::optional<std::string> path = args.Option("--evidence");
  if (!path) {
    *code = kExitOk;
    return none;
  }
  absl::StatusOr<EvidenceReadOptions> options = EvidenceOptionsArg(args);
  if (!options.ok()) {
    err << "zi: galat: " << options.status().message() << "\n";
    *code = kExitUsage;
    return std::nullopt;
  }
  absl::StatusOr<EvidenceImport> ev = LoadEvidenceFile(*path, scope, *options);
  if (!ev.ok()) {
    Fail(err, ev.status());
    return std::nullopt;
  }
  PrintEvidenceRemarks(err, *path, *ev);
  if (!ev->rejected.empty() && !args.Flag("--allow-rejects")) {
    err << "zi: galat: " << ev->rejected.size() << " baris bukti ditolak di " << *path
        << " (gunakan --allow-rejects untuk tetap memakai " << ev->accepted.size()
        << " baris yang diterima)\n";
    return std::nullopt;
  }
  *code = kExitOk;
  return *std::move(ev);
}

CalendarResolver ResolverFor(const Args& args) {
  const bool cb_working = args.Flag("--cuti-bersama-working");
  if (args.Option("--calendar")) {
    absl::StatusOr<Calendar> fixed = LoadCalendarArg(args);
    return [fixed](const Plan&) { return fixed; };
  }
  return [cb_working](const Plan& p) { return CalendarForPlan(p, CalendarOptions{cb_working}); };
}

// ---- zi report ---------------------------------------------------------------------

int RunReport(const Args& args, std::ostream& out, std::ostream& err) {
  absl::StatusOr<Output> output = ReadOutputArgs(args);
  if (!output.ok()) {
    err << "zi: galat: " << output.status().message() << "\n";
    return kExitUsage;
  }
  ReportHtmlOptions options;
  options.threshold = args.Real("--threshold").value_or(options.threshold);
  if (!(options.threshold >= 0 && options.threshold <= 100)) {
    err << "zi: galat: --threshold harus 0..100\n";
    return kExitUsage;
  }
  if (auto w = args.Int("--within")) options.due_soon_working_days = static_cast<int>(*w);
  if (args.Flag("--portfolio")) {
    if (args.Option("--lke")) {
      err << "zi: galat: --lke untuk laporan satu satker, bukan --portfolio\n";
      return kExitUsage;
    }
    const std::optional<Date> as_of = args.IsoDate("--as-of");
    if (!as_of) {
      err << "zi: galat: " << kAsOfRequired << "\n";
      return kExitUsage;
    }
    absl::StatusOr<LoadedPlans> loaded = LoadPlanSet(args);
    if (!loaded.ok()) return Fail(err, loaded.status());
    bool keep_going = true;
    const int bad_plans_status = ReportBadPlans(args, *loaded, err, &keep_going);
    if (!keep_going || bad_plans_status != kExitOk) return bad_plans_status;
    loaded->MakeAll();
    const std::vector<Plan>* plans = &loaded->plans;
    CompileOptions compile;
    compile.calendar = ResolverFor(args);
    compile.plan_labels = loaded->labels;
    absl::StatusOr<CompiledPortfolio> compiled = CompiledPortfolio::Compile(*plans, compile);
    if (!compiled.ok()) return Fail(err, compiled.status());
    CompiledPortfolio portfolio = *compiled;
    int code = 0;
    std::optional<EvidenceImport> ev = LoadEvidenceFor(args, portfolio.Scope(), err, &code);
    if (!ev) return code;
    portfolio = portfolio.WithEvidence(ev->accepted);
    PortfolioScoreOptions so;
    so.threshold = options.threshold;
    so.policy.late_credit = args.Real("--late-credit").value_or(so.policy.late_credit);
    so.policy.count_submitted = args.Flag("--count-submitted");
    absl::StatusOr<PortfolioScores> scores = portfolio.Score(*as_of, so);
    if (!scores.ok()) return Fail(err, scores.status());
    return WriteText(*output, WritePortfolioReportHtml(portfolio, *scores, options), out, err);
  }
  if (args.Option("--plans") || args.Option("--synthetic")) {
    err << "zi: galat: --plans dan --synthetic memerlukan --portfolio\n";
    return kExitUsage;
  }
  int code = 0;
  std::optional<ComplianceInputs> in = ReadComplianceInputs(args, err, &code);
  if (!in) return code;
  const ComplianceReport report =
      ScorePlan(in->plan, in->occurrences, in->evidence.accepted, in->as_of, in->policy);
  std::optional<LkeEvaluation> lke;
  if (auto path = args.Option("--lke")) {
    absl::StatusOr<Rubric> rubric =
        args.Option("--rubric") ? LoadRubricFile(*args.Option("--rubric")) : DefaultRubric();
    if (!rubric.ok()) return Fail(err, rubric.status());
    absl::StatusOr<LkeAnswerSet> answers = LoadLkeAnswersFile(*path, *rubric);
    if (!answers.ok()) return Fail(err, answers.status());
    absl::StatusOr<LkeEvaluation> e = EvaluateLke(*rubric, *answers);
    if (!e.ok()) return Fail(err, absl::StrCat(*path, ": ", e.status().message()));
    lke = *std::move(e);
  }
  return WriteText(*output,
                   WriteSatkerReportHtml(report, in->calendar, lke ? &*lke : nullptr, options), out,
                   err);
}

const Register kReport{
    {"report", "laporan HTML mandiri (satu berkas, siap cetak A4): satu satker, atau --portfolio",
     "zi report --as-of YYYY-MM-DD [--plan BERKAS] [--evidence BERKAS] [--lke JAWABAN "
     "[--rubric BERKAS]] [--threshold X] [--within N] [-o laporan.html]\n"
     "       zi report --portfolio --as-of YYYY-MM-DD [--plans DIREKTORI|BERKAS,...] "
     "[--synthetic N] [--with-default] [--allow-bad-plans] [--evidence BERKAS] [--threshold X] "
     "[-o laporan.html]",
     WithOutputOptions(ComplianceSpec(), {kFormatHtml})
         .Flag("--portfolio")
         .Flag("--with-default")
         .Flag("--allow-bad-plans")
         .Text("--plans")
         .Int("--synthetic", 1, 100000, "--synthetic: '{}' bukan bilangan bulat 1..100000")
         .Text("--lke")
         .Text("--rubric")
         .Real("--threshold", "--threshold: '{}' bukan bilangan (75 atau 72,5)")
         .Int("--within", 0, 366, "--within: '{}' bukan jumlah hari kerja (0..366)"),
     RunReport}};

// ---- zi remind ---------------------------------------------------------------------

ReportTables ReminderTables(const ReminderList& list, const std::vector<Plan>& plans) {
  TableSheet sheet;
  sheet.name = "Pengingat";
  sheet.columns = {{"Satker", 12},
                   {"Nama satker", 30, ColumnFormat::kText, true},
                   {"Hari ini", 12, ColumnFormat::kDate},
                   {"Pengingat", 10},
                   {"Indikator", 12},
                   {"Periode", 8, ColumnFormat::kInteger},
                   {"Tenggat", 12, ColumnFormat::kDate},
                   {"Status", 16},
                   {"Capaian", 9, ColumnFormat::kInteger},
                   {"Target", 9, ColumnFormat::kInteger},
                   {"Indikator (uraian)", 50, ColumnFormat::kText, true},
                   {"Bukti fisik", 40, ColumnFormat::kText, true},
                   {"Penanggung jawab", 24, ColumnFormat::kText, true}};
  for (const Reminder& r : list.reminders) {
    sheet.rows.push_back({r.satker, plans[r.plan].satker().name, r.today, ReminderLabel(r),
                          r.indicator, int64_t{r.occurrence}, r.due, std::string(Label(r.status)),
                          int64_t{r.achieved}, int64_t{r.required}, r.text, r.evidence,
                          r.responsible});
  }
  ReportTables t;
  t.sheets.push_back(std::move(sheet));
  return t;
}

void PrintReminders(std::ostream& out, const ReminderList& list, const std::vector<Plan>& plans,
                    size_t limit) {
  out << "Pengingat Rencana Aksi Zona Integritas\n";
  if (plans.size() == 1) {
    out << "Satker      : " << plans[0].satker().name << " (" << plans[0].satker().code << ")\n";
    out << "Hari ini    : " << LongDateWithDay(list.today[0]) << "\n";
  } else {
    out << "Satker      : " << plans.size() << " rencana aksi\n";
  }
  out << "Pengingat   : " << list.reminders.size() << " (" << list.lead << " sebelum tenggat, "
      << list.due << " hari tenggat, " << list.escalation << " eskalasi)\n";
  if (list.reminders.empty()) {
    out << "\n  (tidak ada pengingat hari ini)\n";
    return;
  }
  size_t current = SIZE_MAX;
  for (size_t k = 0; k < list.reminders.size() && k < limit; ++k) {
    const Reminder& r = list.reminders[k];
    if (plans.size() > 1 && r.plan != current) {
      current = r.plan;
      out << "\n"
          << plans[r.plan].satker().code << " " << plans[r.plan].satker().name << " ("
          << LongDate(r.today) << ")\n";
    } else if (current == SIZE_MAX) {
      current = r.plan;
      out << "\n";
    }
    out << "  " << PadRight(ReminderLabel(r), 5) << " " << r.indicator << " periode "
        << r.occurrence << ", tenggat " << LongDate(r.due) << ", " << Label(r.status)
        << ", capaian " << r.achieved << " dari " << r.required << "\n";
    out << "        " << Truncate(r.text, 100) << "\n";
    if (!r.evidence.empty()) out << "        Bukti fisik: " << Truncate(r.evidence, 88) << "\n";
    if (!r.responsible.empty()) {
      out << "        Penanggung jawab: " << Truncate(r.responsible, 82) << "\n";
    }
  }
}

int RunRemind(const Args& args, std::ostream& out, std::ostream& err) {
  absl::StatusOr<Output> output = ReadOutputArgs(args);
  if (!output.ok()) {
    err << "zi: galat: " << output.status().message() << "\n";
    return kExitUsage;
  }
  ReminderDay day;
  const std::optional<Date> as_of = args.IsoDate("--as-of");
  const std::optional<std::string> at = args.Option("--at");
  if (as_of.has_value() == at.has_value()) {
    err << "zi: galat: berikan --as-of YYYY-MM-DD atau --at YYYY-MM-DDTHH:MMZ (salah satu; "
           "mesin penilai tidak pernah membaca jam)\n";
    return kExitUsage;
  }
  if (as_of) day.date = *as_of;
  if (at) {
    day.instant = ParseInstant(*at);
    if (!day.instant) {
      err << "zi: galat: --at: '" << *at
          << "' bukan waktu seperti 2026-03-10T18:30Z atau 2026-03-11T01:30+07:00\n";
      return kExitUsage;
    }
  }
  ReminderOptions options;
  if (auto lead = args.Option("--lead")) {
    std::optional<std::vector<int>> days = ParseDays(*lead);
    if (!days) {
      err << "zi: galat: --lead: '" << *lead << "' bukan daftar hari kerja 1..250 (10,5,1)\n";
      return kExitUsage;
    }
    options.lead_working_days = *days;
  }
  if (auto esc = args.Option("--escalate")) {
    std::optional<std::vector<int>> days = ParseDays(*esc);
    if (!days) {
      err << "zi: galat: --escalate: '" << *esc << "' bukan daftar hari kerja 1..250 (3,7)\n";
      return kExitUsage;
    }
    options.escalation_working_days = *days;
  }
  options.policy.late_credit = args.Real("--late-credit").value_or(options.policy.late_credit);
  options.policy.count_submitted = args.Flag("--count-submitted");
  absl::StatusOr<LoadedPlans> loaded = LoadPlanSet(args);
  if (!loaded.ok()) return Fail(err, loaded.status());
  bool keep_going = true;
  const int bad_plans_status = ReportBadPlans(args, *loaded, err, &keep_going);
  if (!keep_going || bad_plans_status != kExitOk) return bad_plans_status;
  loaded->MakeAll();
  const std::vector<Plan>* plans = &loaded->plans;
  const CalendarResolver resolver = ResolverFor(args);
  std::vector<EvidenceRecord> evidence;
  if (args.Option("--evidence")) {
    CompileOptions compile;
    compile.calendar = resolver;
    compile.plan_labels = loaded->labels;
    absl::StatusOr<CompiledPortfolio> compiled = CompiledPortfolio::Compile(*plans, compile);
    if (!compiled.ok()) return Fail(err, compiled.status());
    EvidenceScope scope = compiled->Scope();
    if (plans->size() == 1) scope.set_default_satker((*plans)[0].satker().code);
    int code = 0;
    std::optional<EvidenceImport> ev = LoadEvidenceFor(args, std::move(scope), err, &code);
    if (!ev) return code;
    evidence = std::move(ev->accepted);
  }
  absl::StatusOr<ReminderList> list = Reminders(*plans, evidence, day, options, resolver);
  if (!list.ok()) return Fail(err, list.status());
  switch (output->format) {
    case ReportFormat::kJson: return WriteText(*output, ReminderListJson(*list), out, err);
    case ReportFormat::kCsv:
    case ReportFormat::kXlsx: return WriteTables(*output, ReminderTables(*list, *plans), out, err);
    case ReportFormat::kText: break;
  }
  std::ostringstream text;
  PrintReminders(text, *list, *plans, args.Limit(SIZE_MAX));
  return WriteText(*output, text.str(), out, err);
}

const Register kRemind{
    {"remind",
     "pengingat hari ini: H-n hari kerja sebelum tenggat, H, dan eskalasi H+n yang belum selesai",
     "zi remind (--as-of YYYY-MM-DD | --at YYYY-MM-DDTHH:MMZ) [--lead 10,5,1] [--escalate 3,7] "
     "[--plan BERKAS | --plans DIREKTORI|BERKAS,... | --synthetic N] [--allow-bad-plans] "
     "[--evidence BERKAS] [--limit N | --all] [--format text|json|csv|xlsx] [-o BERKAS] "
     "[--sheet NAMA] [--json]",
     WithOutputOptions(ComplianceSpec())
         .Flag("--with-default")
         .Flag("--allow-bad-plans")
         .Text("--plans")
         .Int("--synthetic", 1, 100000, "--synthetic: '{}' bukan bilangan bulat 1..100000")
         .Limit()
         .Text("--at")
         .Text("--lead")
         .Text("--escalate"),
     RunRemind}};

}  // namespace
}  // namespace zi::cli
