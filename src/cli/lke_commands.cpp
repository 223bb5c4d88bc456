// zi lke score | check | template | whatif: the LKE evaluation of one answer set.
#include <cmath>
#include <cstdio>
#include <ostream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common.hpp"
#include "format.hpp"
#include "zi/defaults.hpp"
#include "zi/io/lke_answers_csv.hpp"
#include "zi/io/lke_answers_json.hpp"
#include "zi/io/lke_json.hpp"
#include "zi/io/lke_rubric_json.hpp"
#include "zi/lke/answers.hpp"
#include "zi/lke/predicate.hpp"
#include "zi/lke/rubric.hpp"
#include "zi/lke/score.hpp"
#include "zi/lke/whatif.hpp"

namespace zi::cli {
namespace {

using absl::StrCat;

// ---- arguments --------------------------------------------------------------------

absl::StatusOr<Rubric> LoadRubricArg(const Args& args) {
  if (auto path = args.Option("--rubric")) return LoadRubricFile(*path);
  return DefaultRubric();
}

// Prints "zi: error: ..." with the usage line and returns kExitUsage.
int Usage(std::ostream& err, const std::string& message, const std::string& usage) {
  err << "zi: error: " << message << "\nUsage: " << usage << "\n";
  return kExitUsage;
}

// --layer, --zero-policy, --ratio-alt; a bad value is a usage error (the message says which).
std::optional<std::string> ReadScoreOptions(const Args& args, LkeScoreOptions& options) {
  if (auto layer = args.Option("--layer")) {
    std::optional<LkeLayer> l = ParseLkeLayer(*layer);
    if (!l) return StrCat("--layer must be unit or tpi, not '", *layer, "'");
    options.layer = *l;
  }
  if (auto policy = args.Option("--zero-policy")) {
    std::optional<ZeroDenominatorPolicy> p =
        ParseZeroDenominatorPolicy(StrCat("zero_over_zero_is_", *policy));
    if (!p) return StrCat("--zero-policy must be one, zero or unanswered, not '", *policy, "'");
    options.zero_denominator = *p;
  }
  for (const std::string& alt : args.List("--ratio-alt")) {
    const size_t eq = alt.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == alt.size()) {
      return StrCat(
          "--ratio-alt takes RATIO=ALTERNATIVE (e.g. R.PW.ii.r1=in_process_plus_completed), "
          "not '",
          alt, "'");
    }
    options.ratio_alternatives[alt.substr(0, eq)] = alt.substr(eq + 1);
  }
  return std::nullopt;
}

// ---- formatting -------------------------------------------------------------------

std::string Fixed(double x, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  std::string s = buf;
  if (s == "-0.00" || s == "-0.0000") s.erase(0, 1);
  return s;
}

std::string Ratio(int a, int b) { return StrCat(a, "/", b); }

std::string LayerWords(LkeLayer l) {
  return l == LkeLayer::kUnit ? "unit (penilaian mandiri)" : "TPI (tim penilai internal)";
}

void PrintHeader(std::ostream& out, const Rubric& rubric, const LkeScore& s) {
  out << "Satker : " << (s.satker.empty() ? "(tanpa kode)" : s.satker);
  if (s.year) out << ", tahun " << s.year;
  out << "\nRubrik : " << rubric.regulation().name << " (" << rubric.id() << ", revisi "
      << rubric.revision() << ")\nJawaban: " << LayerWords(s.layer) << "\n";
}

// ---- score ------------------------------------------------------------------------

void PrintScore(std::ostream& out, const Rubric& rubric, const LkeScore& s, bool detail) {
  out << "Penilaian LKE Zona Integritas\n";
  PrintHeader(out, rubric, s);
  out << "\n"
      << Cell("Area", 44) << PadLeft("Bobot", 7) << PadLeft("Pemenuhan", 11) << PadLeft("Reform", 9)
      << PadLeft("Nilai", 9) << PadLeft("Persen", 9) << PadLeft("Terjawab", 10) << "\n";
  for (const LkeAreaScore& a : s.areas) {
    out << Cell(a.code, 5) << Cell(a.name, 39) << PadLeft(Fixed(a.weight, 2), 7)
        << PadLeft(Fixed(a.pemenuhan.score, 2), 11) << PadLeft(Fixed(a.reform.score, 2), 9)
        << PadLeft(Fixed(a.score, 2), 9) << PadLeft(StrCat(Fixed(a.fraction * 100, 2), "%"), 9)
        << PadLeft(Ratio(a.answered, a.total), 10) << "\n";
    if (!detail) continue;
    for (LkeHalfKind h : {LkeHalfKind::kPemenuhan, LkeHalfKind::kReform}) {
      for (const LkeSubareaScore& ss : a.half(h).subareas) {
        out << "    " << Cell(StrCat(ss.id, " ", ss.name), 40) << PadLeft(Fixed(ss.weight, 2), 7)
            << PadLeft(h == LkeHalfKind::kPemenuhan ? Fixed(ss.score, 4) : "", 11)
            << PadLeft(h == LkeHalfKind::kReform ? Fixed(ss.score, 4) : "", 9) << PadLeft("", 18)
            << PadLeft(Ratio(ss.answered, ss.total), 10) << "\n";
      }
    }
  }
  double weight = 0;
  int answered = 0, total = 0;
  for (const LkeAreaScore& a : s.areas) {
    weight += a.weight;
    answered += a.answered;
    total += a.total;
  }
  out << Cell("Nilai Pengungkit", 44) << PadLeft(Fixed(weight, 2), 7)
      << PadLeft(Fixed(s.pemenuhan, 2), 11) << PadLeft(Fixed(s.reform, 2), 9)
      << PadLeft(Fixed(s.pengungkit, 2), 9)
      << PadLeft(StrCat(Fixed(weight > 0 ? s.pengungkit / weight * 100 : 0, 2), "%"), 9)
      << PadLeft(Ratio(answered, total), 10) << "\n\n";

  out << Cell("Hasil", 44) << PadLeft("Bobot", 7) << PadLeft("Jawaban", 11) << PadLeft("", 9)
      << PadLeft("Nilai", 9) << "\n";
  double hasil_weight = 0;
  for (const HasilGroupScore& g : s.hasil_groups) {
    for (const HasilItemScore& h : s.hasil_items) {
      if (h.group != g.id) continue;
      out << "    " << Cell(h.name, 40) << PadLeft(Fixed(h.weight, 2), 7)
          << PadLeft(h.answered ? h.answer : "-", 11) << PadLeft("", 9)
          << PadLeft(Fixed(h.score, 2), 9) << "\n";
    }
    out << Cell(g.name, 44) << PadLeft(Fixed(g.weight, 2), 7) << PadLeft("", 20)
        << PadLeft(Fixed(g.score, 2), 9) << "\n";
    hasil_weight += g.weight;
  }
  out << Cell("Nilai Hasil", 44) << PadLeft(Fixed(hasil_weight, 2), 7) << PadLeft("", 20)
      << PadLeft(Fixed(s.hasil, 2), 9) << "\n\n";
  out << Cell("Nilai Total", 44) << PadLeft(Fixed(weight + hasil_weight, 2), 7) << PadLeft("", 20)
      << PadLeft(Fixed(s.total, 2), 9) << "\n\n";
  out << "Kelengkapan: " << s.answered << " dari " << s.scored_items
      << " butir yang dinilai terjawab";
  if (s.unanswered.empty()) {
    out << "\n";
  } else {
    std::vector<std::string> shown(
        s.unanswered.begin(),
        s.unanswered.begin() + static_cast<long>(std::min<size_t>(s.unanswered.size(), 12)));
    out << "; belum dijawab (dinilai 0): " << absl::StrJoin(shown, ", ")
        << (s.unanswered.size() > shown.size() ? StrCat(", … (", s.unanswered.size(), " butir)")
                                               : "")
        << "\n";
  }
  for (const Diagnostic& d : s.diagnostics) {
    out << (d.severity == Severity::kWarning ? "PERINGATAN " : "CATATAN    ") << d.where << ": "
        << d.message << "  (" << d.code << ")\n";
  }
}

int RunScore(const Args& args, std::ostream& sink, std::ostream& err, const std::string& usage) {
  absl::StatusOr<Output> output = ReadOutputArgs(args);
  if (!output.ok()) return Usage(err, std::string(output.status().message()), usage);
  LkeScoreOptions options;
  if (auto bad = ReadScoreOptions(args, options)) return Usage(err, *bad, usage);
  absl::StatusOr<Rubric> rubric = LoadRubricArg(args);
  if (!rubric.ok()) return Fail(err, rubric.status());
  absl::StatusOr<LkeAnswerSet> answers = LoadLkeAnswersFile(args.positional()[0], *rubric);
  if (!answers.ok()) return Fail(err, answers.status());
  absl::StatusOr<LkeScore> score = ScoreLke(*rubric, *answers, options);
  if (!score.ok()) return Fail(err, StrCat(args.positional()[0], ": ", score.status().message()));
  if (output->format == ReportFormat::kJson)
    return WriteText(*output, WriteLkeScoreJson(*score), sink, err);
  if (output->format != ReportFormat::kText) {
    return WriteTables(*output, LkeScoreTables(*score), sink, err);
  }
  std::ostringstream out;
  PrintScore(out, *rubric, *score, args.Flag("--detail"));
  return WriteText(*output, out.str(), sink, err);
}

// ---- check ------------------------------------------------------------------------

std::string ShowValue(const LkeCriterionResult& r) {
  if (r.is_prior) return r.value >= 1 ? "ya" : "tidak";
  if (r.is_fraction) return StrCat(Fixed(r.value * 100, 2), "%");
  return Fixed(r.value, 2);
}

std::string ShowThreshold(const LkeCriterionResult& r) {
  if (r.is_prior) return "ya";
  if (r.is_fraction) return StrCat(Fixed(r.threshold * 100, 2), "%");
  return Fixed(r.threshold, 2);
}

// A margin that never reads 0.00 for a failing row.
std::string ShowMargin(const LkeCriterionResult& r) {
  if (r.is_prior) return "";
  const double m = r.is_fraction ? r.margin * 100 : r.margin;
  int decimals = 2;
  while (decimals < 8 && !r.pass && std::fabs(m) < 0.5 * std::pow(10.0, -decimals)) ++decimals;
  std::string s = Fixed(m, decimals);
  if (m >= 0 && s[0] != '-') s = "+" + s;
  return r.is_fraction ? s + "%" : s;
}

void PrintCheck(std::ostream& out, const LkePredicateResult& p, bool with_title) {
  if (with_title) {
    out << "Pemeriksaan predikat " << p.predicate << " (" << p.name << ")";
    if (!p.satker.empty()) out << ": " << p.satker;
    if (p.year) out << ", tahun " << p.year;
    out << "\n\n";
  }
  out << Cell("Kriteria", 62) << PadLeft("Nilai", 9) << PadLeft("Ambang", 9)
      << PadLeft("Selisih", 10) << "  Hasil\n";
  for (const LkeCriterionResult& r : p.criteria) {
    out << Cell(r.label, 62) << PadLeft(ShowValue(r), 9) << PadLeft(ShowThreshold(r), 9)
        << PadLeft(ShowMargin(r), 10) << "  " << (r.pass ? "LULUS" : "TIDAK LULUS") << "\n";
  }
  out << "\n";
  if (p.pass) {
    out << "Kesimpulan: LULUS, semua kriteria predikat " << p.predicate << " terpenuhi\n";
  } else {
    out << "Kesimpulan: TIDAK LULUS, " << p.failing.size() << " kriteria tidak terpenuhi:\n";
    for (const std::string& r : p.reasons) out << "  - " << r << "\n";
  }
}

int RunCheck(const Args& args, std::ostream& sink, std::ostream& err, const std::string& usage) {
  absl::StatusOr<Output> output = ReadOutputArgs(args);
  if (!output.ok()) return Usage(err, std::string(output.status().message()), usage);
  LkeScoreOptions options;
  if (auto bad = ReadScoreOptions(args, options)) return Usage(err, *bad, usage);
  const std::optional<std::string> predicate = args.Option("--predicate");
  if (!predicate) return Usage(err, "--predicate wbk|wbbm is required", usage);
  absl::StatusOr<Rubric> rubric = LoadRubricArg(args);
  if (!rubric.ok()) return Fail(err, rubric.status());
  if (!rubric->FindPredicate(*predicate)) {
    return Usage(err, StrCat("unknown predicate '", *predicate, "' (wbk or wbbm)"), usage);
  }
  absl::StatusOr<LkeAnswerSet> answers = LoadLkeAnswersFile(args.positional()[0], *rubric);
  if (!answers.ok()) return Fail(err, answers.status());
  absl::StatusOr<LkeScore> score = ScoreLke(*rubric, *answers, options);
  if (!score.ok()) return Fail(err, StrCat(args.positional()[0], ": ", score.status().message()));
  absl::StatusOr<LkePredicateResult> check = CheckLkePredicate(*rubric, *score, *predicate);
  if (!check.ok()) return Fail(err, check.status());
  // The check ran; a failing predicate is a result, not an error.
  if (output->format == ReportFormat::kJson) {
    return WriteText(*output, WriteLkePredicateJson(*check), sink, err);
  }
  if (output->format != ReportFormat::kText) {
    return WriteTables(*output, LkePredicateTables(*check), sink, err);
  }
  std::ostringstream out;
  PrintCheck(out, *check, true);
  return WriteText(*output, out.str(), sink,
                   err);  // the check ran; a failing predicate is a result, not an error
}

// ---- template -----------------------------------------------------------------------

int RunTemplate(const Args& args, std::ostream& out, std::ostream& err, const std::string& usage) {
  const std::string format = args.Option("--format").value_or("json");
  if (format != "json" && format != "csv") {
    return Usage(err, StrCat("--format must be json or csv, not '", format, "'"), usage);
  }
  absl::StatusOr<Rubric> rubric = LoadRubricArg(args);
  if (!rubric.ok()) return Fail(err, rubric.status());
  LkeAnswerSet empty;
  empty.rubric = rubric->id();
  LkeAnswersWriteOptions options;
  options.include_unanswered = true;
  options.guidance = true;
  const std::string text = format == "csv" ? WriteLkeAnswersCsv(empty, *rubric, options)
                                           : WriteLkeAnswersJson(empty, *rubric, options);
  return WriteOutput(args, text, out, err);
}

// ---- whatif -----------------------------------------------------------------------

int RunWhatIf(const Args& args, std::ostream& sink, std::ostream& err, const std::string& usage) {
  absl::StatusOr<Output> output = ReadOutputArgs(args);
  if (!output.ok()) return Usage(err, std::string(output.status().message()), usage);
  LkeWhatIfOptions options;
  if (auto bad = ReadScoreOptions(args, options.score)) return Usage(err, *bad, usage);
  const std::optional<std::string> predicate = args.Option("--predicate");
  if (!predicate) return Usage(err, "--predicate wbk|wbbm is required", usage);
  absl::StatusOr<Rubric> rubric = LoadRubricArg(args);
  if (!rubric.ok()) return Fail(err, rubric.status());
  if (!rubric->FindPredicate(*predicate)) {
    return Usage(err, StrCat("unknown predicate '", *predicate, "' (wbk or wbbm)"), usage);
  }
  absl::StatusOr<LkeAnswerSet> answers = LoadLkeAnswersFile(args.positional()[0], *rubric);
  if (!answers.ok()) return Fail(err, answers.status());
  absl::StatusOr<LkeWhatIfResult> r = LkeWhatIf(*rubric, *answers, *predicate, options);
  if (!r.ok()) return Fail(err, StrCat(args.positional()[0], ": ", r.status().message()));
  if (output->format == ReportFormat::kJson)
    return WriteText(*output, WriteLkeWhatIfJson(*r), sink, err);
  if (output->format != ReportFormat::kText)
    return WriteTables(*output, LkeWhatIfTables(*r), sink, err);
  std::ostringstream out;
  const LkePredicateResult& b = r->before;
  out << "Analisis what-if predikat " << b.predicate << " (" << b.name << ")";
  if (!b.satker.empty()) out << ": " << b.satker;
  if (b.year) out << ", tahun " << b.year;
  out << "\n\nSebelum: "
      << (b.pass ? "LULUS" : StrCat("TIDAK LULUS (", b.failing.size(), " kriteria)")) << "\n";
  for (const std::string& reason : b.reasons) out << "  - " << reason << "\n";
  if (r->steps.empty()) {
    out << "\nTidak ada langkah jawaban yang disarankan.\n";
  } else {
    out << "\nLangkah yang disarankan (satu langkah jawaban per baris, urut menurut pilihan):\n"
        << PadLeft("No", 4) << "  " << Cell("Pertanyaan", 16) << Cell("Dari", 8) << Cell("Ke", 8)
        << PadLeft("+Nilai", 9) << "  Membantu\n";
    for (const LkeWhatIfStep& s : r->steps) {
      out << PadLeft(StrCat(s.rank), 4) << "  " << Cell(s.question, 16)
          << Cell(s.from.empty() ? "(kosong)" : s.from, 8) << Cell(s.to, 8)
          << PadLeft(Fixed(s.points, 4), 9) << "  " << absl::StrJoin(s.helps, ", ") << "\n";
    }
    out << "\nRingkasan per pertanyaan:\n";
    for (const LkeWhatIfChange& c : r->changes) {
      out << "  " << Cell(c.question, 16) << (c.from.empty() ? "(kosong)" : c.from) << " -> "
          << c.to << "  (" << c.steps << " langkah, +" << Fixed(c.points, 4) << ")\n";
    }
  }
  const LkePredicateResult& a = r->after;
  out << "\nSesudah semua langkah: " << (a.pass ? "LULUS" : "TIDAK LULUS");
  if (!r->steps.empty()) {
    double points = 0;
    for (const LkeWhatIfStep& s : r->steps) points += s.points;
    out << " (nilai total +" << Fixed(points, 4) << ")";
  }
  out << "\n";
  if (!r->unfixable.empty()) {
    out << "Tidak dapat dipenuhi dengan langkah jawaban:\n";
    for (const std::string& reason : r->reasons) out << "  - " << reason << "\n";
  }
  if (!r->to_fill.empty()) {
    out << "Belum diisi (tidak ditebak): " << absl::StrJoin(r->to_fill, ", ") << "\n";
  }
  return WriteText(*output, out.str(), sink, err);
}

// ---- registration -------------------------------------------------------------------

const std::string kScoreUsage =
    "zi lke score ANSWERS [--rubric FILE] [--layer unit|tpi] [--zero-policy one|zero|unanswered] "
    "[--ratio-alt RATIO=ALT] [--detail] [--format text|json|csv|xlsx] [-o FILE] [--sheet NAME] "
    "[--json]";
const std::string kCheckUsage =
    "zi lke check ANSWERS --predicate wbk|wbbm [--rubric FILE] [--layer unit|tpi] "
    "[--zero-policy one|zero|unanswered] [--ratio-alt RATIO=ALT] [--format text|json|csv|xlsx] "
    "[-o FILE] [--sheet NAME] [--json]";
const std::string kTemplateUsage = "zi lke template [--rubric FILE] [--format json|csv] [-o FILE]";
const std::string kWhatIfUsage =
    "zi lke whatif ANSWERS --predicate wbk|wbbm [--rubric FILE] [--layer unit|tpi] "
    "[--zero-policy one|zero|unanswered] [--ratio-alt RATIO=ALT] [--format text|json|csv|xlsx] "
    "[-o FILE] [--sheet NAME] [--json]";

ArgSpec ScoreSpec() {
  return ArgSpec()
      .Text("--rubric")
      .Text("--layer")
      .Text("--zero-policy")
      .List("--ratio-alt")
      .Positional(1, 1);
}

const Register kScore{{"lke score",
                       "score an LKE answer set (JSON or .csv): areas, pengungkit, hasil, total, "
                       "completeness",
                       kScoreUsage, WithOutputOptions(ScoreSpec()).Flag("--detail"),
                       [](const Args& a, std::ostream& o, std::ostream& e) {
                         return RunScore(a, o, e, kScoreUsage);
                       }}};
const Register kCheck{{"lke check",
                       "check an answer set against the WBK or WBBM predicate, criterion by "
                       "criterion (exit 0 also when the predicate fails: the check ran)",
                       kCheckUsage, WithOutputOptions(ScoreSpec()).Text("--predicate"),
                       [](const Args& a, std::ostream& o, std::ostream& e) {
                         return RunCheck(a, o, e, kCheckUsage);
                       }}};
const Register kTemplate{{"lke template",
                          "write an empty answer set listing every LKE question with its text "
                          "and allowed answers",
                          kTemplateUsage, ArgSpec().Text("--rubric").Text("--format").Text("-o"),
                          [](const Args& a, std::ostream& o, std::ostream& e) {
                            return RunTemplate(a, o, e, kTemplateUsage);
                          }}};
const Register kWhatIf{{"lke whatif",
                        "suggest the fewest answer steps that would lift the answer set over a "
                        "predicate's thresholds (exit 0 also when none suffice)",
                        kWhatIfUsage, WithOutputOptions(ScoreSpec()).Text("--predicate"),
                        [](const Args& a, std::ostream& o, std::ostream& e) {
                          return RunWhatIf(a, o, e, kWhatIfUsage);
                        }}};

}  // namespace
}  // namespace zi::cli
