// zi lke score | check | template | whatif: the LKE evaluation of one answer set.
#include <cmath>
#include <cstdio>
#include <fstream>
#include <ostream>

#include "cli/common.hpp"
#include "internal/strings.hpp"
#include "zi/defaults.hpp"
#include "zi/lke/answers.hpp"
#include "zi/io/lke_json.hpp"
#include "zi/lke/predicate.hpp"
#include "zi/lke/rubric.hpp"
#include "zi/lke/score.hpp"
#include "zi/lke/whatif.hpp"

namespace zi::cli {
namespace internal = ::zi::internal;
namespace {

using internal::Cat;

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
    if (!l) return Cat("--layer must be unit or tpi, not '", *layer, "'");
    options.layer = *l;
  }
  if (auto policy = args.Option("--zero-policy")) {
    std::optional<ZeroDenominatorPolicy> p = ParseZeroDenominatorPolicy(Cat("zero_over_zero_is_", *policy));
    if (!p) return Cat("--zero-policy must be one, zero or unanswered, not '", *policy, "'");
    options.zero_denominator = *p;
  }
  if (auto alt = args.Option("--ratio-alt")) {
    const size_t eq = alt->find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == alt->size()) {
      return Cat("--ratio-alt takes RATIO=ALTERNATIVE (e.g. R.PW.ii.r1=in_process_plus_completed), "
                 "not '", *alt, "'");
    }
    options.ratio_alternatives[alt->substr(0, eq)] = alt->substr(eq + 1);
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

// Left-aligned in `width` display columns; longer text is cut with "…" (never inside a
// UTF-8 sequence).
std::string Col(std::string_view s, size_t width) {
  size_t columns = 0;
  for (unsigned char c : s) columns += (c & 0xC0) != 0x80;
  if (columns <= width) return Cat(s, std::string(width - columns, ' '));
  std::string out;
  size_t kept = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) {
      if (kept + 1 == width) break;
      ++kept;
    }
    out.push_back(s[i]);
  }
  return out + "…";
}

std::string Right(std::string_view s, size_t width) {
  return s.size() >= width ? std::string(s) : Cat(std::string(width - s.size(), ' '), s);
}

std::string Ratio(int a, int b) { return Cat(a, "/", b); }

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
      << Col("Area", 44) << Right("Bobot", 7) << Right("Pemenuhan", 11) << Right("Reform", 9)
      << Right("Nilai", 9) << Right("Persen", 9) << Right("Terjawab", 10) << "\n";
  for (const LkeAreaScore& a : s.areas) {
    out << Col(a.code, 5) << Col(a.name, 39) << Right(Fixed(a.weight, 2), 7)
        << Right(Fixed(a.pemenuhan.score, 2), 11) << Right(Fixed(a.reform.score, 2), 9)
        << Right(Fixed(a.score, 2), 9) << Right(Cat(Fixed(a.fraction * 100, 2), "%"), 9)
        << Right(Ratio(a.answered, a.total), 10) << "\n";
    if (!detail) continue;
    for (LkeHalfKind h : {LkeHalfKind::kPemenuhan, LkeHalfKind::kReform}) {
      for (const LkeSubareaScore& ss : a.half(h).subareas) {
        out << "    " << Col(Cat(ss.id, " ", ss.name), 40) << Right(Fixed(ss.weight, 2), 7)
            << Right(h == LkeHalfKind::kPemenuhan ? Fixed(ss.score, 4) : "", 11)
            << Right(h == LkeHalfKind::kReform ? Fixed(ss.score, 4) : "", 9) << Right("", 18)
            << Right(Ratio(ss.answered, ss.total), 10) << "\n";
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
  out << Col("Nilai Pengungkit", 44) << Right(Fixed(weight, 2), 7) << Right(Fixed(s.pemenuhan, 2), 11)
      << Right(Fixed(s.reform, 2), 9) << Right(Fixed(s.pengungkit, 2), 9)
      << Right(Cat(Fixed(weight > 0 ? s.pengungkit / weight * 100 : 0, 2), "%"), 9)
      << Right(Ratio(answered, total), 10) << "\n\n";

  out << Col("Hasil", 44) << Right("Bobot", 7) << Right("Jawaban", 11) << Right("", 9)
      << Right("Nilai", 9) << "\n";
  double hasil_weight = 0;
  for (const HasilGroupScore& g : s.hasil_groups) {
    for (const HasilItemScore& h : s.hasil_items) {
      if (h.group != g.id) continue;
      out << "    " << Col(h.name, 40) << Right(Fixed(h.weight, 2), 7)
          << Right(h.answered ? h.answer : "-", 11) << Right("", 9) << Right(Fixed(h.score, 2), 9)
          << "\n";
    }
    out << Col(g.name, 44) << Right(Fixed(g.weight, 2), 7) << Right("", 20)
        << Right(Fixed(g.score, 2), 9) << "\n";
    hasil_weight += g.weight;
  }
  out << Col("Nilai Hasil", 44) << Right(Fixed(hasil_weight, 2), 7) << Right("", 20)
      << Right(Fixed(s.hasil, 2), 9) << "\n\n";
  out << Col("Nilai Total", 44) << Right(Fixed(weight + hasil_weight, 2), 7) << Right("", 20)
      << Right(Fixed(s.total, 2), 9) << "\n\n";
  out << "Kelengkapan: " << s.answered << " dari " << s.scored_items << " butir yang dinilai terjawab";
  if (s.unanswered.empty()) {
    out << "\n";
  } else {
    std::vector<std::string> shown(s.unanswered.begin(),
                                   s.unanswered.begin() + static_cast<long>(std::min<size_t>(s.unanswered.size(), 12)));
    out << "; belum dijawab (dinilai 0): " << internal::Join(shown, ", ")
        << (s.unanswered.size() > shown.size() ? Cat(", … (", s.unanswered.size(), " butir)") : "")
        << "\n";
  }
  for (const Diagnostic& d : s.diagnostics) {
    out << (d.severity == Severity::kWarning ? "PERINGATAN " : "CATATAN    ") << d.where << ": "
        << d.message << "  (" << d.code << ")\n";
  }
}

int RunScore(const Args& args, std::ostream& out, std::ostream& err, const std::string& usage) {
  LkeScoreOptions options;
  if (auto bad = ReadScoreOptions(args, options)) return Usage(err, *bad, usage);
  absl::StatusOr<Rubric> rubric = LoadRubricArg(args);
  if (!rubric.ok()) return Fail(err, rubric.status());
  absl::StatusOr<LkeAnswerSet> answers = LoadLkeAnswersFile(args.positional()[0], *rubric);
  if (!answers.ok()) return Fail(err, answers.status());
  absl::StatusOr<LkeScore> score = ScoreLke(*rubric, *answers, options);
  if (!score.ok()) return Fail(err, Cat(args.positional()[0], ": ", score.status().message()));
  if (args.Flag("--json")) {
    out << WriteLkeScoreJson(*score);
  } else {
    PrintScore(out, *rubric, *score, args.Flag("--detail"));
  }
  return kExitOk;
}

// ---- check ------------------------------------------------------------------------

std::string ShowValue(const LkeCriterionResult& r) {
  if (r.is_prior) return r.value >= 1 ? "ya" : "tidak";
  if (r.is_fraction) return Cat(Fixed(r.value * 100, 2), "%");
  return Fixed(r.value, 2);
}

std::string ShowThreshold(const LkeCriterionResult& r) {
  if (r.is_prior) return "ya";
  if (r.is_fraction) return Cat(Fixed(r.threshold * 100, 2), "%");
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
  out << Col("Kriteria", 62) << Right("Nilai", 9) << Right("Ambang", 9) << Right("Selisih", 10)
      << "  Hasil\n";
  for (const LkeCriterionResult& r : p.criteria) {
    out << Col(r.label, 62) << Right(ShowValue(r), 9) << Right(ShowThreshold(r), 9)
        << Right(ShowMargin(r), 10) << "  " << (r.pass ? "LULUS" : "TIDAK LULUS") << "\n";
  }
  out << "\n";
  if (p.pass) {
    out << "Kesimpulan: LULUS, semua kriteria predikat " << p.predicate << " terpenuhi\n";
  } else {
    out << "Kesimpulan: TIDAK LULUS, " << p.failing.size() << " kriteria tidak terpenuhi:\n";
    for (const std::string& r : p.reasons) out << "  - " << r << "\n";
  }
}

int RunCheck(const Args& args, std::ostream& out, std::ostream& err, const std::string& usage) {
  LkeScoreOptions options;
  if (auto bad = ReadScoreOptions(args, options)) return Usage(err, *bad, usage);
  const std::optional<std::string> predicate = args.Option("--predicate");
  if (!predicate) return Usage(err, "--predicate wbk|wbbm is required", usage);
  absl::StatusOr<Rubric> rubric = LoadRubricArg(args);
  if (!rubric.ok()) return Fail(err, rubric.status());
  if (!rubric->FindPredicate(*predicate)) {
    return Usage(err, Cat("unknown predicate '", *predicate, "' (wbk or wbbm)"), usage);
  }
  absl::StatusOr<LkeAnswerSet> answers = LoadLkeAnswersFile(args.positional()[0], *rubric);
  if (!answers.ok()) return Fail(err, answers.status());
  absl::StatusOr<LkeScore> score = ScoreLke(*rubric, *answers, options);
  if (!score.ok()) return Fail(err, Cat(args.positional()[0], ": ", score.status().message()));
  absl::StatusOr<LkePredicateResult> check = CheckLkePredicate(*rubric, *score, *predicate);
  if (!check.ok()) return Fail(err, check.status());
  if (args.Flag("--json")) {
    out << WriteLkePredicateJson(*check);
  } else {
    PrintCheck(out, *check, true);
  }
  return kExitOk;  // the check ran; a failing predicate is a result, not an error
}

// ---- template -----------------------------------------------------------------------

int RunTemplate(const Args& args, std::ostream& out, std::ostream& err, const std::string& usage) {
  const std::string format = args.Option("--format").value_or("json");
  if (format != "json" && format != "csv") {
    return Usage(err, Cat("--format must be json or csv, not '", format, "'"), usage);
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
  if (auto path = args.Option("-o")) {
    std::ofstream f(*path, std::ios::binary);
    f << text;
    f.close();
    if (!f) return Fail(err, Cat(*path, ": cannot write"));
    return kExitOk;
  }
  out << text;
  return kExitOk;
}

// ---- whatif -----------------------------------------------------------------------

int RunWhatIf(const Args& args, std::ostream& out, std::ostream& err, const std::string& usage) {
  LkeWhatIfOptions options;
  if (auto bad = ReadScoreOptions(args, options.score)) return Usage(err, *bad, usage);
  const std::optional<std::string> predicate = args.Option("--predicate");
  if (!predicate) return Usage(err, "--predicate wbk|wbbm is required", usage);
  absl::StatusOr<Rubric> rubric = LoadRubricArg(args);
  if (!rubric.ok()) return Fail(err, rubric.status());
  if (!rubric->FindPredicate(*predicate)) {
    return Usage(err, Cat("unknown predicate '", *predicate, "' (wbk or wbbm)"), usage);
  }
  absl::StatusOr<LkeAnswerSet> answers = LoadLkeAnswersFile(args.positional()[0], *rubric);
  if (!answers.ok()) return Fail(err, answers.status());
  absl::StatusOr<LkeWhatIfResult> r = LkeWhatIf(*rubric, *answers, *predicate, options);
  if (!r.ok()) return Fail(err, Cat(args.positional()[0], ": ", r.status().message()));
  if (args.Flag("--json")) {
    out << WriteLkeWhatIfJson(*r);
    return kExitOk;
  }
  const LkePredicateResult& b = r->before;
  out << "Analisis what-if predikat " << b.predicate << " (" << b.name << ")";
  if (!b.satker.empty()) out << ": " << b.satker;
  if (b.year) out << ", tahun " << b.year;
  out << "\n\nSebelum: " << (b.pass ? "LULUS" : Cat("TIDAK LULUS (", b.failing.size(), " kriteria)"))
      << "\n";
  for (const std::string& reason : b.reasons) out << "  - " << reason << "\n";
  if (r->steps.empty()) {
    out << "\nTidak ada langkah jawaban yang disarankan.\n";
  } else {
    out << "\nLangkah yang disarankan (satu langkah jawaban per baris, urut menurut pilihan):\n"
        << Right("No", 4) << "  " << Col("Pertanyaan", 16) << Col("Dari", 8) << Col("Ke", 8)
        << Right("+Nilai", 9) << "  Membantu\n";
    for (const LkeWhatIfStep& s : r->steps) {
      out << Right(Cat(s.rank), 4) << "  " << Col(s.question, 16)
          << Col(s.from.empty() ? "(kosong)" : s.from, 8) << Col(s.to, 8)
          << Right(Fixed(s.points, 4), 9) << "  " << internal::Join(s.helps, ", ") << "\n";
    }
    out << "\nRingkasan per pertanyaan:\n";
    for (const LkeWhatIfChange& c : r->changes) {
      out << "  " << Col(c.question, 16) << (c.from.empty() ? "(kosong)" : c.from) << " -> "
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
    out << "Belum diisi (tidak ditebak): " << internal::Join(r->to_fill, ", ") << "\n";
  }
  return kExitOk;
}

// ---- registration -------------------------------------------------------------------

const std::string kScoreUsage =
    "zi lke score ANSWERS [--rubric FILE] [--layer unit|tpi] [--zero-policy one|zero|unanswered] "
    "[--ratio-alt RATIO=ALT] [--detail] [--json]";
const std::string kCheckUsage =
    "zi lke check ANSWERS --predicate wbk|wbbm [--rubric FILE] [--layer unit|tpi] "
    "[--zero-policy one|zero|unanswered] [--ratio-alt RATIO=ALT] [--json]";
const std::string kTemplateUsage = "zi lke template [--rubric FILE] [--format json|csv] [-o FILE]";
const std::string kWhatIfUsage =
    "zi lke whatif ANSWERS --predicate wbk|wbbm [--rubric FILE] [--layer unit|tpi] "
    "[--zero-policy one|zero|unanswered] [--ratio-alt RATIO=ALT] [--json]";

const std::set<std::string> kScoreOptions = {"--rubric", "--layer", "--zero-policy", "--ratio-alt"};
std::set<std::string> With(std::set<std::string> s, const std::string& extra) {
  s.insert(extra);
  return s;
}

const Register kScore{{"lke score",
                       "score an LKE answer set (JSON or .csv): areas, pengungkit, hasil, total, "
                       "completeness",
                       kScoreUsage, ArgSpec{{"--json", "--detail"}, kScoreOptions, 1, 1},
                       [](const Args& a, std::ostream& o, std::ostream& e) {
                         return RunScore(a, o, e, kScoreUsage);
                       }}};
const Register kCheck{{"lke check",
                       "check an answer set against the WBK or WBBM predicate, criterion by "
                       "criterion (exit 0 also when the predicate fails: the check ran)",
                       kCheckUsage, ArgSpec{{"--json"}, With(kScoreOptions, "--predicate"), 1, 1},
                       [](const Args& a, std::ostream& o, std::ostream& e) {
                         return RunCheck(a, o, e, kCheckUsage);
                       }}};
const Register kTemplate{{"lke template",
                          "write an empty answer set listing every LKE question with its text "
                          "and allowed answers",
                          kTemplateUsage, ArgSpec{{}, {"--rubric", "--format", "-o"}, 0, 0},
                          [](const Args& a, std::ostream& o, std::ostream& e) {
                            return RunTemplate(a, o, e, kTemplateUsage);
                          }}};
const Register kWhatIf{{"lke whatif",
                        "suggest the fewest answer steps that would lift the answer set over a "
                        "predicate's thresholds (exit 0 also when none suffice)",
                        kWhatIfUsage, ArgSpec{{"--json"}, With(kScoreOptions, "--predicate"), 1, 1},
                        [](const Args& a, std::ostream& o, std::ostream& e) {
                          return RunWhatIf(a, o, e, kWhatIfUsage);
                        }}};

}  // namespace
}  // namespace zi::cli
