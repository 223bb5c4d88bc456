#include "zi/lke/suggest.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>

#include "internal/strings.hpp"

namespace zi {
inline namespace v1 {

using internal::Cat;

namespace {

// "75,0%": one decimal, decimal comma (Indonesian).
std::string Percent(double share) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", share * 100);
  std::string out = buf;
  for (char& c : out) {
    if (c == '.') c = ',';
  }
  return out;
}

// "1 Juli 2026".
std::string LongDate(Date d) {
  static constexpr const char* kMonths[] = {"Januari", "Februari", "Maret",     "April",
                                            "Mei",     "Juni",     "Juli",      "Agustus",
                                            "September", "Oktober", "November", "Desember"};
  return Cat(d.day(), " ", kMonths[d.month() - 1], " ", d.year());
}

// Occurrences per year implied by a schedule family; nullopt for an unknown family.
std::optional<int> PerYear(std::string_view family) {
  if (family == "weekly") return 52;
  if (family == "monthly") return 12;
  if (family == "quarterly") return 4;
  if (family == "semester") return 2;
  if (family == "yearly" || family == "once") return 1;
  return std::nullopt;
}

std::string_view FamilyWords(std::string_view family) {
  if (family == "weekly") return "mingguan";
  if (family == "monthly") return "bulanan";
  if (family == "quarterly") return "triwulanan";
  if (family == "semester") return "semesteran";
  if (family == "yearly") return "tahunan";
  return "sekali setahun";
}

// The question, if the rubric has it with these option codes (in any order).
bool HasOptions(const Rubric& rubric, std::string_view id, std::initializer_list<std::string_view> codes) {
  const LkeQuestionRef* q = rubric.FindQuestion(id);
  if (!q || q->type->kind != AnswerKind::kChoice) return false;
  for (std::string_view c : codes) {
    bool found = false;
    for (const AnswerOption& o : q->question->options) found |= o.code == c;
    if (!found) return false;
  }
  return true;
}

}  // namespace

absl::StatusOr<std::vector<LkeSuggestion>> SuggestLkeAnswers(const Rubric& rubric,
                                                             const PlanExecutionSummary& s,
                                                             const LkeSuggestOptions& options) {
  if (s.occurrences_due < 0 || s.done < 0 || s.done_late < 0) {
    return absl::InvalidArgumentError("hitungan pelaksanaan rencana aksi tidak boleh negatif");
  }
  // In 64 bits: two large int counts must not wrap into a sum that passes the check.
  if (int64_t{s.done} + int64_t{s.done_late} > int64_t{s.occurrences_due}) {
    return absl::InvalidArgumentError(
        Cat("done (", s.done, ") + done_late (", s.done_late, ") melebihi occurrences_due (",
            s.occurrences_due, ")"));
  }
  for (const auto& [q, family] : s.schedule_family_by_lke_question) {
    if (!PerYear(family)) {
      return absl::InvalidArgumentError(
          Cat("keluarga jadwal '", family, "' tidak dikenal untuk ", q,
              " (diharapkan weekly, monthly, quarterly, semester, yearly atau once)"));
    }
  }
  for (const auto& [q, n] : s.occurrences_per_year_by_lke_question) {
    if (n < 0) return absl::InvalidArgumentError(Cat("jumlah periode per tahun untuk ", q, " negatif"));
  }

  std::vector<LkeSuggestion> out;
  const std::string as_of = s.as_of ? Cat(" per ", LongDate(*s.as_of)) : std::string();
  const int carried = s.done + (options.count_late_as_done ? s.done_late : 0);
  const double share =
      s.occurrences_due > 0 ? static_cast<double>(carried) / s.occurrences_due : 0;
  const std::string counted =
      Cat(carried, " dari ", s.occurrences_due, " keluaran rencana aksi yang jatuh tempo", as_of,
          options.count_late_as_done ? " selesai (termasuk terlambat)" : " selesai tepat waktu",
          " (", Percent(share), ")");

  // P.MP.iii.a: A all, B most (> 50%), C a few, D none ("sebagian besar" read as > 50%).
  if (s.occurrences_due > 0 && HasOptions(rubric, "P.MP.iii.a", {"A", "B", "C", "D"})) {
    const char* code = carried == s.occurrences_due ? "A" : share > 0.5 ? "B" : carried > 0 ? "C" : "D";
    const char* words = *code == 'A'   ? "Semua"
                        : *code == 'B' ? "Sebagian besar (lebih dari 50%)"
                        : *code == 'C' ? "Sebagian kecil (50% atau kurang)"
                                       : "Belum ada";
    out.push_back({"P.MP.iii.a", LkeAnswer::Choice(code), "plan_execution_share",
                   Cat("Saran: ", counted, ". ", words,
                       " kegiatan pembangunan dilaksanakan sesuai rencana, jadi pelaksanaan rencana "
                       "aksi mendukung jawaban ",
                       code, " (A: semua, B: sebagian besar, C: sebagian kecil, D: belum ada).")});
  }
  // R.MP.ii.a: ZI targets in the planning document achieved: A > 80%, B > 50%, C below,
  // D none yet. E (no targets at all) never follows from a plan that exists.
  if (s.occurrences_due > 0 && HasOptions(rubric, "R.MP.ii.a", {"A", "B", "C", "D"})) {
    const char* code = share > 0.8 ? "A" : share > 0.5 ? "B" : carried > 0 ? "C" : "D";
    const char* band = *code == 'A'   ? "lebih dari 80%"
                       : *code == 'B' ? "lebih dari 50% tetapi tidak lebih dari 80%"
                       : *code == 'C' ? "50% atau kurang"
                                      : "belum ada yang tercapai";
    out.push_back({"R.MP.ii.a", LkeAnswer::Choice(code), "plan_execution_share",
                   Cat("Saran: ", counted, ", jadi target capaian ZI dalam rencana aksi tercapai ",
                       Percent(share), ". Capaian ", band,
                       " mendukung jawaban ", code,
                       " (A: lebih dari 80%, B: lebih dari 50%, C: di bawahnya, D: belum ada).")});
  }
  // P.SDM.iv.c: individual performance measured monthly (A), quarterly (B), per semester
  // (C), yearly (D), never (E).
  const auto frequency = [&](std::string_view id) -> std::optional<std::pair<int, std::string>> {
    auto n = s.occurrences_per_year_by_lke_question.find(std::string(id));
    if (n != s.occurrences_per_year_by_lke_question.end()) {
      return std::make_pair(n->second, Cat(n->second, " kali setahun"));
    }
    auto f = s.schedule_family_by_lke_question.find(std::string(id));
    if (f != s.schedule_family_by_lke_question.end()) {
      return std::make_pair(*PerYear(f->second),
                            Cat(FamilyWords(f->second), " (", *PerYear(f->second), " kali setahun)"));
    }
    return std::nullopt;
  };
  if (HasOptions(rubric, "P.SDM.iv.c", {"A", "B", "C", "D", "E"})) {
    if (auto f = frequency("P.SDM.iv.c")) {
      const int n = f->first;
      const char* code = n >= 12 ? "A" : n >= 4 ? "B" : n >= 2 ? "C" : n >= 1 ? "D" : "E";
      out.push_back({"P.SDM.iv.c", LkeAnswer::Choice(code),
                     s.occurrences_per_year_by_lke_question.count("P.SDM.iv.c")
                         ? "occurrences_per_year"
                         : "schedule_frequency",
                     Cat("Saran: rencana aksi menjadwalkan pengukuran kinerja individu ", f->second,
                         ", jadi jadwal ini mendukung jawaban ", code,
                         " (A: bulanan, B: triwulanan, C: semesteran, D: tahunan, E: belum "
                         "dilakukan).")});
    }
  }
  // P.PP.iv.a: satisfaction survey at least 4 / 3 / 2 / 1 times a year → A–D, none → E.
  if (HasOptions(rubric, "P.PP.iv.a", {"A", "B", "C", "D", "E"})) {
    if (auto f = frequency("P.PP.iv.a")) {
      const int n = f->first;
      const char* code = n >= 4 ? "A" : n == 3 ? "B" : n == 2 ? "C" : n == 1 ? "D" : "E";
      out.push_back({"P.PP.iv.a", LkeAnswer::Choice(code),
                     s.occurrences_per_year_by_lke_question.count("P.PP.iv.a")
                         ? "occurrences_per_year"
                         : "schedule_frequency",
                     Cat("Saran: rencana aksi menjadwalkan survei kepuasan masyarakat ", f->second,
                         ", jadi jadwal ini mendukung jawaban ", code,
                         " (A: minimal 4 kali setahun, B: 3 kali, C: 2 kali, D: 1 kali, E: belum "
                         "dilakukan).")});
    }
  }
  // Worksheet order.
  std::map<std::string, size_t> order;
  for (size_t i = 0; i < rubric.questions().size(); ++i) order[rubric.questions()[i].question->id] = i;
  std::stable_sort(out.begin(), out.end(), [&](const LkeSuggestion& a, const LkeSuggestion& b) {
    return order[a.question] < order[b.question];
  });
  return out;
}

absl::StatusOr<LkeAppliedSuggestions> ApplyLkeSuggestions(const Rubric& rubric,
                                                          const LkeAnswerSet& answers,
                                                          std::span<const LkeSuggestion> suggestions,
                                                          LkeLayer layer) {
  if (!answers.rubric.empty() && answers.rubric != rubric.id()) {
    return absl::InvalidArgumentError(Cat("jawaban ditulis untuk rubrik '", answers.rubric,
                                          "', bukan untuk rubrik '", rubric.id(), "'"));
  }
  std::vector<std::string> problems;
  for (const LkeSuggestion& x : suggestions) {
    const LkeQuestionRef* q = rubric.FindQuestion(x.question);
    if (!q || q->type->kind != AnswerKind::kChoice) {
      problems.push_back(Cat(x.question, ": bukan pertanyaan pilihan dalam rubrik ", rubric.id()));
      continue;
    }
    bool found = false;
    for (const AnswerOption& o : q->question->options) found |= x.answer.is_choice() && o.code == x.answer.choice;
    if (!found) {
      problems.push_back(Cat(x.question, ": '", x.answer.choice, "' bukan pilihan jawaban pertanyaan ini"));
    }
  }
  if (!problems.empty()) {
    return absl::InvalidArgumentError(Cat("saran tidak dapat diterapkan: ", internal::Join(problems, "; ")));
  }
  LkeAppliedSuggestions out;
  out.answers = answers;
  for (const LkeSuggestion& x : suggestions) {
    LkeSuggestionChange c;
    c.question = x.question;
    if (const LkeAnswer* before = out.answers.Find(x.question, layer)) c.from = *before;
    c.to = x.answer;
    c.changed = !c.from || !(*c.from == c.to);
    out.answers.Set(x.question, x.answer, layer);
    out.changes.push_back(std::move(c));
  }
  return out;
}

}  // namespace v1
}  // namespace zi
