// zi lke score | check | template | whatif: the LKE evaluation of one answer set.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ostream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common.hpp"
#include "format.hpp"
#include "zi/defaults.hpp"
#include "zi/io/file.hpp"
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

// Prints "zi: galat: ..." with the usage line and returns kExitUsage.
int Usage(std::ostream& err, const std::string& message, const std::string& usage) {
  return UsageError(err, message, usage);
}

// --layer, --zero-policy (their values are checked by the parser), --ratio-alt; a bad
// value is a usage error (the message says which).
std::optional<std::string> ReadScoreOptions(const Args& args, LkeScoreOptions& options) {
  if (auto layer = args.Option("--layer")) {
    std::optional<LkeLayer> l = ParseLkeLayer(*layer);
    if (!l) return StrCat("--layer harus unit atau tpi, bukan '", *layer, "'");
    options.layer = *l;
  }
  if (auto policy = args.Option("--zero-policy")) {
    std::optional<ZeroDenominatorPolicy> p =
        ParseZeroDenominatorPolicy(StrCat("zero_over_zero_is_", *policy));
    if (!p) return StrCat("--zero-policy harus one, zero atau unanswered, bukan '", *policy, "'");
    options.zero_denominator = *p;
  }
  for (const std::string& alt : args.List("--ratio-alt")) {
    const size_t eq = alt.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == alt.size()) {
      return StrCat(
          "--ratio-alt berbentuk RASIO=ALTERNATIF (mis. R.PW.ii.r1=in_process_plus_completed), "
          "bukan '",
          alt, "'");
    }
    options.ratio_alternatives[alt.substr(0, eq)] = alt.substr(eq + 1);
  }
  return std::nullopt;
}

// ---- formatting -------------------------------------------------------------------

// Exactly `decimals` places with a decimal comma ("6,03", "75,42").
std::string Fixed(double x, int decimals) { return FixedDecimal(x, decimals); }

// An answer as people read it: a number with a decimal comma ("3,45"), a code as is;
// "(kosong)" when unanswered.
std::string AnswerWords(const std::string& text) {
  if (text.empty()) return "(kosong)";
  if (text.find_first_not_of("0123456789.-") != std::string::npos) return text;
  std::string out = text;
  for (char& c : out) {
    if (c == '.') c = ',';
  }
  return out;
}

// A signed number of points: "+0,75", "-0,1".
std::string Signed(double x, int decimals) {
  std::string s = Decimal(x, decimals);
  return s[0] == '-' || s == "0" ? s : "+" + s;
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

// --predicate (required) and the rubric it must name; an exit code when either is wrong.
std::optional<int> ReadPredicateAndRubric(const Args& args, std::ostream& err, const std::string& usage,
                                          std::string& predicate, absl::StatusOr<Rubric>& rubric) {
  const std::optional<std::string> given = args.Option("--predicate");
  if (!given) return Usage(err, "--predicate wbk|wbbm wajib diisi", usage);
  predicate = *given;
  rubric = LoadRubricArg(args);
  if (!rubric.ok()) return Fail(err, rubric.status());
  if (!rubric->FindPredicate(predicate)) {
    return Usage(err, StrCat("predikat '", predicate, "' tidak dikenal (wbk atau wbbm)"), usage);
  }
  return std::nullopt;
}

int RunCheck(const Args& args, std::ostream& sink, std::ostream& err, const std::string& usage) {
  absl::StatusOr<Output> output = ReadOutputArgs(args);
  if (!output.ok()) return Usage(err, std::string(output.status().message()), usage);
  LkeScoreOptions options;
  if (auto bad = ReadScoreOptions(args, options)) return Usage(err, *bad, usage);
  std::string predicate;
  absl::StatusOr<Rubric> rubric = absl::UnknownError("");
  if (std::optional<int> code = ReadPredicateAndRubric(args, err, usage, predicate, rubric)) return *code;
  absl::StatusOr<LkeAnswerSet> answers = LoadLkeAnswersFile(args.positional()[0], *rubric);
  if (!answers.ok()) return Fail(err, answers.status());
  absl::StatusOr<LkeScore> score = ScoreLke(*rubric, *answers, options);
  if (!score.ok()) return Fail(err, StrCat(args.positional()[0], ": ", score.status().message()));
  absl::StatusOr<LkePredicateResult> check = CheckLkePredicate(*rubric, *score, predicate);
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
  absl::StatusOr<Output> output = ReadOutputArgs(args);
  if (!output.ok()) return Usage(err, std::string(output.status().message()), usage);
  const std::string& format = output->name;  // json (the default) or csv, also from -o's extension
  absl::StatusOr<Rubric> rubric = LoadRubricArg(args);
  if (!rubric.ok()) return Fail(err, rubric.status());
  LkeAnswerSet empty;
  empty.rubric = rubric->id();
  LkeAnswersWriteOptions options;
  options.include_unanswered = true;
  options.guidance = true;
  const std::string text = format == "csv" ? WriteLkeAnswersCsv(empty, *rubric, options)
                                           : WriteLkeAnswersJson(empty, *rubric, options);
  return WriteText(*output, text, out, err);
}

// ---- whatif -----------------------------------------------------------------------

// Does the rubric know `id` as something whatif can lock?
bool Lockable(const Rubric& rubric, std::string_view id) {
  return rubric.FindQuestion(id) || rubric.FindHasilItem(id) || rubric.FindRatio(id);
}

// Splits "A,B C" into ids.
std::vector<std::string> SplitIds(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : text) {
    if (c == ',' || c == ' ' || c == '\t' || c == '\r') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// --lock ID,ID... (repeatable), --lock-file FILE (ids separated by commas, spaces or lines;
// '#' starts a comment), --include-external. Returns the exit code on an error.
std::optional<int> ReadLocks(const Args& args, const Rubric& rubric, LkeWhatIfOptions& options,
                             std::ostream& err, const std::string& usage) {
  options.include_external = args.Flag("--include-external");
  for (const std::string& value : args.List("--lock")) {
    for (std::string& id : SplitIds(value)) {
      if (!Lockable(rubric, id)) {
        return Usage(err,
                     StrCat("--lock: '", id,
                            "' bukan pertanyaan, butir hasil atau butir rasio rubrik ini"),
                     usage);
      }
      options.locked.push_back(std::move(id));
    }
  }
  if (auto path = args.Option("--lock-file")) {
    absl::StatusOr<std::string> text = ReadFileText(*path, "daftar kunci");
    if (!text.ok()) return Fail(err, text.status());
    std::vector<std::string> bad;
    size_t line = 0;
    for (std::string_view rest = *text; !rest.empty() || line == 0;) {
      ++line;
      const size_t nl = rest.find('\n');
      std::string_view row = rest.substr(0, nl);
      rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
      if (line == 1 && row.substr(0, 3) == "\xEF\xBB\xBF") row.remove_prefix(3);  // BOM
      row = row.substr(0, row.find('#'));
      for (std::string& id : SplitIds(row)) {
        if (!Lockable(rubric, id)) {
          bad.push_back(StrCat(*path, ":", line, ": '", id,
                               "' bukan pertanyaan, butir hasil atau butir rasio rubrik ini"));
        } else {
          options.locked.push_back(std::move(id));
        }
      }
      if (nl == std::string_view::npos) break;
    }
    if (!bad.empty()) return Fail(err, absl::StrJoin(bad, "; "));
  }
  return std::nullopt;
}

void PrintWhatIf(std::ostream& out, const Rubric& rubric, const LkeWhatIfResult& r,
                 const LkeWhatIfOptions& options) {
  const LkePredicateResult& b = r.before;
  out << "Analisis what-if predikat " << b.predicate << " (" << b.name << ")";
  if (!b.satker.empty()) out << ": " << b.satker;
  if (b.year) out << ", tahun " << b.year;
  out << "\n\nSebelum: "
      << (b.pass ? "LULUS" : StrCat("TIDAK LULUS (", b.failing.size(), " kriteria)")) << "\n";
  for (const std::string& reason : b.reasons) out << "  - " << reason << "\n";

  // What the search left alone, and why.
  std::vector<std::string> outside, locked;
  for (const std::string& id : r.locked) {
    const std::optional<LkeMeasuredBy> m = rubric.MeasuredBy(id);
    const bool user =
        std::find(options.locked.begin(), options.locked.end(), id) != options.locked.end();
    if (!user && m && *m != LkeMeasuredBy::kUnit) {
      outside.push_back(id);
    } else {
      locked.push_back(id);
    }
  }
  if (!outside.empty()) {
    out << "\nTidak diubah karena di luar kendali unit (hasil survei atau diukur pihak lain): "
        << absl::StrJoin(outside, ", ") << ". Pakai --include-external untuk menyertakannya.\n";
  }
  if (!locked.empty()) {
    out << (outside.empty() ? "\n" : "") << "Dikunci (tidak diubah): "
        << absl::StrJoin(locked, ", ") << "\n";
  }

  if (r.steps.empty()) {
    out << "\nTidak ada langkah jawaban yang disarankan.\n";
  } else {
    out << "\nLangkah yang disarankan (satu langkah jawaban per baris, urut menurut pilihan):\n"
        << PadLeft("No", 4) << "  " << Cell("Pertanyaan", 14) << Cell("Teks pertanyaan", 44)
        << Cell("Dari → Ke", 17) << PadLeft("+Nilai", 8) << PadLeft("Manfaat", 9)
        << "  Membantu\n";
    for (const LkeWhatIfStep& s : r.steps) {
      out << PadLeft(StrCat(s.rank), 4) << "  " << Cell(s.question, 14)
          << Cell(Truncate(s.text, 42), 44)
          << Cell(StrCat(AnswerWords(s.from), " → ", AnswerWords(s.to)), 17)
          << PadLeft(Signed(s.points, 4), 8) << PadLeft(Decimal(s.gain, 4), 9) << "  "
          << absl::StrJoin(s.helps, ", ") << "\n";
    }
    out << "+Nilai: perubahan nilai total (poin). Manfaat: berkurangnya kekurangan kriteria yang "
           "belum lulus (poin).\n";
    out << "\nRingkasan per pertanyaan:\n";
    for (const LkeWhatIfChange& c : r.changes) {
      out << "  " << Cell(c.question, 14)
          << Cell(StrCat(AnswerWords(c.from), " → ", AnswerWords(c.to)), 17) << Cell(
                 StrCat("(", c.steps, " langkah, ", Signed(c.points, 4), ")"), 24)
          << Truncate(c.text, 60) << "\n";
    }
  }
  const LkePredicateResult& a = r.after;
  out << "\nSesudah semua langkah: " << (a.pass ? "LULUS" : "TIDAK LULUS");
  if (!r.steps.empty()) {
    double points = 0;
    for (const LkeWhatIfStep& s : r.steps) points += s.points;
    out << " (nilai total " << Signed(points, 4) << ")";
  }
  out << "\n";
  if (!r.unfixable.empty()) {
    out << "Tidak dapat dipenuhi dengan langkah jawaban:\n";
    for (const std::string& reason : r.reasons) out << "  - " << reason << "\n";
  }
  if (!r.to_fill.empty()) {
    out << "Belum diisi (tidak ditebak): " << absl::StrJoin(r.to_fill, ", ") << "\n";
  }
}

int RunWhatIf(const Args& args, std::ostream& sink, std::ostream& err, const std::string& usage) {
  absl::StatusOr<Output> output = ReadOutputArgs(args);
  if (!output.ok()) return Usage(err, std::string(output.status().message()), usage);
  LkeWhatIfOptions options;
  if (auto bad = ReadScoreOptions(args, options.score)) return Usage(err, *bad, usage);
  std::string predicate;
  absl::StatusOr<Rubric> rubric = absl::UnknownError("");
  if (std::optional<int> code = ReadPredicateAndRubric(args, err, usage, predicate, rubric)) return *code;
  if (std::optional<int> code = ReadLocks(args, *rubric, options, err, usage)) return *code;
  absl::StatusOr<LkeAnswerSet> answers = LoadLkeAnswersFile(args.positional()[0], *rubric);
  if (!answers.ok()) return Fail(err, answers.status());
  absl::StatusOr<LkeWhatIfResult> r = LkeWhatIf(*rubric, *answers, predicate, options);
  if (!r.ok()) return Fail(err, StrCat(args.positional()[0], ": ", r.status().message()));
  if (output->format == ReportFormat::kJson)
    return WriteText(*output, WriteLkeWhatIfJson(*r), sink, err);
  if (output->format != ReportFormat::kText)
    return WriteTables(*output, LkeWhatIfTables(*r), sink, err);
  std::ostringstream out;
  PrintWhatIf(out, *rubric, *r, options);
  return WriteText(*output, out.str(), sink, err);
}

// ---- registration -------------------------------------------------------------------

const std::string kScoreUsage =
    "zi lke score JAWABAN [--rubric BERKAS] [--layer unit|tpi] [--zero-policy one|zero|unanswered] "
    "[--ratio-alt RASIO=ALT] [--detail] [--format text|json|csv|xlsx] [-o BERKAS] [--sheet NAMA] "
    "[--json]";
const std::string kCheckUsage =
    "zi lke check JAWABAN --predicate wbk|wbbm [--rubric BERKAS] [--layer unit|tpi] "
    "[--zero-policy one|zero|unanswered] [--ratio-alt RASIO=ALT] [--format text|json|csv|xlsx] "
    "[-o BERKAS] [--sheet NAMA] [--json]";
const std::string kTemplateUsage =
    "zi lke template [--rubric BERKAS] [--format json|csv] [-o BERKAS] [--json]";
const std::string kWhatIfUsage =
    "zi lke whatif JAWABAN --predicate wbk|wbbm [--lock ID,ID...] [--lock-file BERKAS] "
    "[--include-external] [--rubric BERKAS] [--layer unit|tpi] [--zero-policy one|zero|unanswered] "
    "[--ratio-alt RASIO=ALT] [--format text|json|csv|xlsx] [-o BERKAS] [--sheet NAMA] [--json]";

ArgSpec ScoreSpec() {
  return ArgSpec()
      .Text("--rubric")
      .Enum("--layer", {"unit", "tpi"})
      .Enum("--zero-policy", {"one", "zero", "unanswered"})
      .List("--ratio-alt")
      .Positional(1, 1);
}

const Register kScore{{"lke score",
                       "nilai satu set jawaban LKE (JSON atau .csv): per area, pengungkit, hasil, "
                       "nilai total dan kelengkapan",
                       kScoreUsage, WithOutputOptions(ScoreSpec()).Flag("--detail"),
                       [](const Args& a, std::ostream& o, std::ostream& e) {
                         return RunScore(a, o, e, kScoreUsage);
                       }}};
const Register kCheck{{"lke check",
                       "periksa set jawaban terhadap predikat WBK atau WBBM, kriteria demi "
                       "kriteria (status keluar 0 juga bila tidak lulus: pemeriksaan berjalan)",
                       kCheckUsage, WithOutputOptions(ScoreSpec()).Lower("--predicate"),
                       [](const Args& a, std::ostream& o, std::ostream& e) {
                         return RunCheck(a, o, e, kCheckUsage);
                       }}};
const Register kTemplate{{"lke template",
                          "tulis set jawaban kosong berisi setiap pertanyaan LKE dengan teks dan "
                          "jawaban yang diperbolehkan (JSON, atau CSV dengan --format csv atau -o "
                          "BERKAS.csv)",
                          kTemplateUsage,
                          WithOutputOptions(ArgSpec().Text("--rubric"), {kFormatJson, kFormatCsv}),
                          [](const Args& a, std::ostream& o, std::ostream& e) {
                            return RunTemplate(a, o, e, kTemplateUsage);
                          }}};
const Register kWhatIf{{"lke whatif",
                        "langkah jawaban paling sedikit yang mengangkat set jawaban melewati ambang "
                        "predikat, tanpa mengubah hasil survei dan hasil yang diukur pihak lain "
                        "(status keluar 0 juga bila tidak cukup)",
                        kWhatIfUsage,
                        WithOutputOptions(ScoreSpec())
                            .Lower("--predicate")
                            .List("--lock")
                            .Text("--lock-file")
                            .Flag("--include-external"),
                        [](const Args& a, std::ostream& o, std::ostream& e) {
                          return RunWhatIf(a, o, e, kWhatIfUsage);
                        }}};

}  // namespace
}  // namespace zi::cli
