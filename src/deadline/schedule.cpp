#include "zi/deadline/schedule.hpp"

#include <algorithm>

#include "internal/schedule_internal.hpp"
#include "internal/strings.hpp"
#include "internal/text.hpp"
#include "internal/utf8.hpp"
#include "zi/plan/target.hpp"

namespace zi {
inline namespace v1 {
namespace {

using internal::FirstMonday;
using internal::IndexMonth;
using internal::MonthIndex;
using internal::MonthsWindow;
using internal::ToInt;

// ---- calendar periods -------------------------------------------------------------

// The ISO weeks (Mon–Sun) that start in year y.
std::vector<Window> WeeksStartingIn(int y, int weeks_per_period) {
  std::vector<Window> out;
  const Date end_of_year = Date::FromYmd(y, 12, 31);
  for (Date d = FirstMonday(y); d <= end_of_year; d = d.AddDays(7 * weeks_per_period)) {
    out.push_back(Window{d, d.AddDays(7 * weeks_per_period - 1)});
  }
  return out;
}

// ---- tokens ------------------------------------------------------------------------

enum class Tok {
  kWord,    // letters
  kNumber,  // digits
  kRange,   // s.d., s.d, s/d, sd, sampai (dengan), hingga, -, –, —
  kComma,
  kAmp,
  kLParen,
  kRParen,
  kEnd,
};

struct Token {
  Tok kind;
  std::string_view text;   // lower-cased
  std::string_view shown;  // as written (for messages)
};

constexpr std::string_view kEnDash = "\xE2\x80\x93";
constexpr std::string_view kEmDash = "\xE2\x80\x94";

bool IsLetter(char c) { return (c >= 'a' && c <= 'z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Splits a cleaned, lower-cased phrase. `shown` is the cleaned phrase before lowering,
// byte-aligned with `lower`.
std::vector<Token> Tokenize(std::string_view lower, std::string_view shown,
                            std::string* bad_token) {
  std::vector<Token> out;
  size_t i = 0;
  const auto push = [&](Tok k, size_t begin, size_t end) {
    out.push_back(Token{k, lower.substr(begin, end - begin), shown.substr(begin, end - begin)});
  };
  while (i < lower.size()) {
    const char c = lower[i];
    if (c == ' ') {
      ++i;
      continue;
    }
    // A no-break space (U+00A0), common in text converted from PDF, is a space.
    if (lower.substr(i, 2) == "\xC2\xA0") {
      i += 2;
      continue;
    }
    if (IsLetter(c)) {
      size_t j = i;
      while (j < lower.size() && IsLetter(lower[j])) ++j;
      const std::string_view word = lower.substr(i, j - i);
      // "s.d.", "s.d", "s/d", "s/d.", also glued to the next word ("s.d.Februari").
      if (word == "s" && j + 1 < lower.size() && (lower[j] == '.' || lower[j] == '/') &&
          lower[j + 1] == 'd' && (j + 2 == lower.size() || !IsLetter(lower[j + 2]))) {
        size_t k = j + 2;
        if (k < lower.size() && lower[k] == '.') ++k;
        push(Tok::kRange, i, k);
        i = k;
        continue;
      }
      if (word == "sd" || word == "hingga" || word == "sampai") {
        push(Tok::kRange, i, j);
        i = j;
        // "sampai dengan" is one separator.
        if (word == "sampai" && lower.substr(i, 7) == " dengan" &&
            (i + 7 == lower.size() || !IsLetter(lower[i + 7]))) {
          out.back() = Token{Tok::kRange, lower.substr(i - 6, 13), shown.substr(i - 6, 13)};
          i += 7;
        }
        continue;
      }
      push(Tok::kWord, i, j);
      i = j;
      // An abbreviation's dot ("Jan.", "TW.") belongs to the word.
      if (i < lower.size() && lower[i] == '.') ++i;
      continue;
    }
    if (IsDigit(c)) {
      size_t j = i;
      while (j < lower.size() && IsDigit(lower[j])) ++j;
      push(Tok::kNumber, i, j);
      i = j;
      // A full stop ending the phrase ("Desember 2026.").
      if (i + 1 == lower.size() && lower[i] == '.') ++i;
      continue;
    }
    if (c == ',') {
      push(Tok::kComma, i, i + 1), ++i;
      continue;
    }
    if (c == '&') {
      push(Tok::kAmp, i, i + 1), ++i;
      continue;
    }
    if (c == '(') {
      push(Tok::kLParen, i, i + 1), ++i;
      continue;
    }
    if (c == ')') {
      push(Tok::kRParen, i, i + 1), ++i;
      continue;
    }
    if (c == '-') {
      push(Tok::kRange, i, i + 1), ++i;
      continue;
    }
    if (lower.substr(i, 3) == kEnDash || lower.substr(i, 3) == kEmDash) {
      push(Tok::kRange, i, i + 3), i += 3;
      continue;
    }
    // Anything else: one UTF-8 character, for the message.
    size_t j = i + 1;
    while (j < lower.size() && (static_cast<unsigned char>(lower[j]) & 0xC0) == 0x80) ++j;
    *bad_token = std::string(shown.substr(i, j - i));
    return {};
  }
  out.push_back(Token{Tok::kEnd, "", ""});
  return out;
}

// ---- vocabulary ----------------------------------------------------------------------

int MonthFromWord(std::string_view w) {
  struct Name {
    std::string_view word;
    int month;
  };
  static constexpr Name kNames[] = {
      {"januari", 1},   {"jan", 1},      {"februari", 2},  {"pebruari", 2}, {"feb", 2},
      {"peb", 2},       {"maret", 3},    {"mar", 3},       {"april", 4},    {"apr", 4},
      {"mei", 5},       {"juni", 6},     {"jun", 6},       {"juli", 7},     {"jul", 7},
      {"agustus", 8},   {"agu", 8},      {"agt", 8},       {"ags", 8},      {"agust", 8},
      {"september", 9}, {"sep", 9},      {"sept", 9},      {"oktober", 10}, {"okt", 10},
      {"november", 11}, {"nopember", 11}, {"nov", 11},     {"nop", 11},     {"desember", 12},
      {"des", 12},
  };
  for (const Name& n : kNames) {
    if (n.word == w) return n.month;
  }
  return 0;
}

// Roman or ordinal numerals of quarters and semesters.
int NumeralFromWord(std::string_view w) {
  if (w == "i" || w == "pertama" || w == "kesatu") return 1;
  if (w == "ii" || w == "kedua") return 2;
  if (w == "iii" || w == "ketiga") return 3;
  if (w == "iv" || w == "keempat") return 4;
  if (w == "v" || w == "kelima") return 5;
  if (w == "vi" || w == "keenam") return 6;
  return 0;
}


// Months per period of a recurring phrase's unit; 0 for weeks; -1 when not a unit.
int UnitMonths(std::string_view w) {
  if (w == "bulan") return 1;
  if (w == "triwulan") return 3;
  if (w == "semester") return 6;
  if (w == "tahun") return 12;
  if (w == "minggu" || w == "pekan") return 0;
  return -1;
}

int SuffixUnitMonths(std::string_view w) {
  if (w == "bulanan") return 1;
  if (w == "triwulanan") return 3;
  if (w == "semesteran") return 6;
  if (w == "tahunan") return 12;
  if (w == "mingguan" || w == "pekanan") return 0;
  return -1;
}

// ---- parser ------------------------------------------------------------------------

struct MonthItem {
  int month = 0;
  std::optional<int> year;
  std::string_view shown;
};

struct PeriodItem {
  int number = 0;
  std::optional<int> year;
};

class Parser {
 public:
  Parser(std::string_view shown, std::vector<Token> tokens, int plan_year)
      : shown_(shown), toks_(std::move(tokens)), plan_year_(plan_year) {}

  absl::StatusOr<Schedule> Run() {
    Schedule s;
    s.text = std::string(shown_);
    const Token& first = Peek();
    if (first.kind == Tok::kWord && (first.text == "per" || first.text == "setiap" ||
                                     first.text == "tiap")) {
      if (!Recurring(s)) return Error();
    } else if (first.kind == Tok::kWord && SuffixUnitMonths(first.text) >= 0) {
      if (!Recurring(s)) return Error();
    } else if (first.kind == Tok::kNumber && Peek(1).kind == Tok::kWord &&
               Peek(1).text == "bulan") {
      if (!Recurring(s)) return Error();  // "3 bulan sekali"
    } else if (first.kind == Tok::kWord && IsPeriodKeyword(first.text)) {
      if (!Named(s)) return Error();
    } else {
      if (!Months(s)) return Error();
    }
    if (Peek().kind != Tok::kEnd) {
      Expect("akhir frasa");
      return Error();
    }
    std::sort(s.years.begin(), s.years.end());
    s.years.erase(std::unique(s.years.begin(), s.years.end()), s.years.end());
    for (const Window& w : s.windows) {
      if (w.start.year() != plan_year_) {
        s.diagnostics.push_back(Diagnostic{
            Severity::kWarning, "schedule_year_mismatch", "", "schedule",
            internal::Cat("target waktu \"", shown_, "\" jatuh pada tahun ", w.start.year(),
                          ", bukan tahun rencana ", plan_year_)});
        break;
      }
    }
    return s;
  }

 private:
  const Token& Peek(size_t ahead = 0) const {
    return toks_[std::min(pos_ + ahead, toks_.size() - 1)];
  }
  const Token& Next() { return toks_[std::min(pos_++, toks_.size() - 1)]; }
  bool AcceptWord(std::string_view w) {
    if (Peek().kind == Tok::kWord && Peek().text == w) {
      ++pos_;
      return true;
    }
    return false;
  }

  // Records "the current token is not understood" and returns false.
  bool Expect(std::string_view expected) {
    const Token& t = Peek();
    if (t.kind == Tok::kEnd) {
      error_ = internal::Cat("target waktu \"", shown_, "\": berakhir terlalu cepat (diharapkan ",
                             expected, ")");
    } else {
      error_ = internal::Cat("target waktu \"", shown_, "\": \"", t.shown,
                             "\" tidak dipahami (diharapkan ", expected, ")");
    }
    return false;
  }
  bool Fail(std::string why) {
    error_ = internal::Cat("target waktu \"", shown_, "\": ", why);
    return false;
  }
  absl::Status Error() const { return absl::InvalidArgumentError(error_); }

  static bool IsPeriodKeyword(std::string_view w) {
    return w == "triwulan" || w == "tw" || w == "semester" || w == "smt";
  }

  // ["tahun"] NNNN
  bool MaybeYear(std::optional<int>* year, std::vector<int>* years) {
    const bool tahun = Peek().kind == Tok::kWord && Peek().text == "tahun" &&
                       Peek(1).kind == Tok::kNumber;
    if (tahun) ++pos_;
    if (Peek().kind != Tok::kNumber) return true;
    const Token& t = Peek();
    const int y = t.text.size() == 4 ? ToInt(t.text) : 0;
    if (y < 1000) return Expect("tahun empat angka");
    ++pos_;
    *year = y;
    years->push_back(y);
    return true;
  }

  // A count of months: "3", "3 (tiga)", "tiga", "dua belas".
  bool Count(int* n) {
    if (Peek().kind == Tok::kNumber) {
      const Token& digits = Next();
      *n = ToInt(digits.text);
      if (Peek().kind == Tok::kLParen) {
        ++pos_;
        std::string words;
        while (Peek().kind == Tok::kWord) internal::Append(&words, words.empty() ? "" : " ", Next().text);
        std::optional<int> w = ParseNumberWords(words);
        if (!w) return Expect("kata bilangan seperti (tiga)");
        if (*w != *n) {
          return Fail(internal::Cat("angkanya menyebut ", *n, " tetapi kata bilangannya menyebut ", *w));
        }
        if (Peek().kind != Tok::kRParen) return Expect("')'");
        ++pos_;
      }
      return true;
    }
    // Longest run of number words ("dua belas").
    for (size_t k = 3; k >= 1; --k) {
      std::string words;
      bool all_words = true;
      for (size_t i = 0; i < k; ++i) {
        if (Peek(i).kind != Tok::kWord) {
          all_words = false;
          break;
        }
        internal::Append(&words, i ? " " : "", Peek(i).text);
      }
      if (!all_words) continue;
      if (std::optional<int> v = ParseNumberWords(words)) {
        *n = *v;
        pos_ += k;
        return true;
      }
    }
    return Expect("triwulan, semester, bulan, tahun, minggu atau jumlah bulan");
  }

  bool Recurring(Schedule& s) {
    s.family = ScheduleFamily::kRecurring;
    int months = -1;  // per period; 0 = weeks
    if (const int suffix = Peek().kind == Tok::kWord ? SuffixUnitMonths(Peek().text) : -1;
        suffix >= 0) {
      ++pos_;
      months = suffix;
    } else {
      const bool prefixed = AcceptWord("per") || AcceptWord("setiap") || AcceptWord("tiap");
      if (Peek().kind == Tok::kWord && UnitMonths(Peek().text) >= 0) {
        months = UnitMonths(Peek().text);
        ++pos_;
      } else {
        const size_t count_pos = pos_;
        int n = 0;
        if (!Count(&n)) return false;
        const Token& count_tok = toks_[count_pos];
        if (!AcceptWord("bulan")) {
          return Expect(prefixed ? "'bulan' setelah angka" : "'bulan'");
        }
        if (n < 1 || 12 % n != 0) {
          error_ = internal::Cat("target waktu \"", shown_, "\": \"", count_tok.shown,
                                 "\" tidak dipahami (panjang periode dalam bulan harus membagi "
                                 "tahun: 1, 2, 3, 4, 6 atau 12)");
          return false;
        }
        months = n;
        AcceptWord("sekali");
      }
    }
    std::optional<int> year;
    if (!MaybeYear(&year, &s.years)) return false;
    const int y = year.value_or(plan_year_);
    if (months == 0) {
      s.windows = WeeksStartingIn(y, 1);
      s.rrule = y == plan_year_
                    ? internal::Cat("FREQ=WEEKLY;COUNT=", s.windows.size())
                    : std::string();
      return true;
    }
    for (int m = 1; m <= 12; m += months) {
      s.windows.push_back(MonthsWindow(MonthIndex(y, m), MonthIndex(y, m + months - 1)));
    }
    if (y == plan_year_) {
      s.rrule = months == 12 ? std::string("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1;COUNT=1")
                : months == 1
                    ? std::string("FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=12")
                    : internal::Cat("FREQ=MONTHLY;INTERVAL=", months,
                                    ";BYMONTHDAY=-1;COUNT=", 12 / months);
    }
    return true;
  }

  // One numeral of a named period: I..VI, 1..6, pertama..keenam.
  bool Numeral(int max, std::string_view keyword, PeriodItem* item, std::vector<int>* years) {
    const Token& t = Peek();
    int n = 0;
    if (t.kind == Tok::kNumber) n = t.text.size() <= 2 ? ToInt(t.text) : 0;
    if (t.kind == Tok::kWord) n = NumeralFromWord(t.text);
    if (n == 0) {
      return Expect(max == 4 ? "nomor triwulan I, II, III atau IV" : "nomor semester I atau II");
    }
    if (n > max) {
      error_ = internal::Cat("target waktu \"", shown_, "\": \"", t.shown,
                             "\" tidak dipahami (", keyword, " hanya memiliki ",
                             max == 4 ? "I, II, III dan IV" : "I dan II", ")");
      return false;
    }
    ++pos_;
    item->number = n;
    return MaybeYear(&item->year, years);
  }

  bool Named(Schedule& s) {
    s.family = ScheduleFamily::kNamedPeriods;
    const Token& kw = Next();
    const bool quarter = kw.text == "triwulan" || kw.text == "tw";
    const int max = quarter ? 4 : 2;
    const int months = quarter ? 3 : 6;
    const auto same_keyword = [&] {
      // "Triwulan I s.d. Triwulan III": the keyword may be repeated.
      if (Peek().kind == Tok::kWord && IsPeriodKeyword(Peek().text)) {
        const bool q = Peek().text == "triwulan" || Peek().text == "tw";
        if (q == quarter) ++pos_;
      }
    };
    std::vector<PeriodItem> items(1);
    if (!Numeral(max, kw.shown, &items[0], &s.years)) return false;
    bool range = false;
    if (Peek().kind == Tok::kRange) {
      ++pos_;
      same_keyword();
      items.emplace_back();
      if (!Numeral(max, kw.shown, &items.back(), &s.years)) return false;
      range = true;
    } else {
      while (ListSeparator()) {
        same_keyword();
        items.emplace_back();
        if (!Numeral(max, kw.shown, &items.back(), &s.years)) return false;
      }
    }
    FillYears(items);
    std::vector<int> starts;  // month index of each period's first month
    for (const PeriodItem& it : items) {
      starts.push_back(MonthIndex(*it.year, (it.number - 1) * months + 1));
    }
    const auto label = [&](size_t i) {
      static constexpr std::string_view kRoman[] = {"", "I", "II", "III", "IV"};
      return internal::Cat(kw.shown, " ", kRoman[items[i].number], " ", *items[i].year);
    };
    if (range && starts.size() == 2) {  // the size test also quiets GCC's -Wnull-dereference
      const int first = starts[0], last = starts[1];
      if (last < first) {
        return Fail(internal::Cat("rentang berakhir (", label(1), ") sebelum dimulai (",
                                  label(0), ")"));
      }
      for (int st = first; st <= last; st += months) {
        s.windows.push_back(MonthsWindow(st, st + months - 1));
      }
    } else {
      for (size_t i = 1; i < starts.size(); ++i) {
        if (starts[i] <= starts[i - 1]) {
          return Fail(internal::Cat("daftar berulang atau mundur waktunya pada ", label(i)));
        }
      }
      for (int st : starts) s.windows.push_back(MonthsWindow(st, st + months - 1));
    }
    if (AllInPlanYear(s.windows)) {
      std::vector<int> bymonth;
      for (const Window& w : s.windows) bymonth.push_back(w.start.month());
      s.rrule = internal::Cat("FREQ=MONTHLY;INTERVAL=", months, ";BYMONTH=",
                              internal::Join(bymonth, ","), ";BYMONTHDAY=-1;COUNT=",
                              s.windows.size());
    }
    return true;
  }

  bool ListSeparator() {
    if (Peek().kind == Tok::kComma) {
      ++pos_;
      AcceptWord("dan") || AcceptWord("serta");
      return true;
    }
    if (Peek().kind == Tok::kAmp) {
      ++pos_;
      return true;
    }
    return AcceptWord("dan") || AcceptWord("serta");
  }

  // A month without a year takes the year written after it, else the one before it,
  // else the plan year ("Januari s.d. Februari 2026": both 2026).
  template <typename Item>
  void FillYears(std::vector<Item>& items) const {
    std::optional<int> next;
    for (size_t i = items.size(); i-- > 0;) {
      if (items[i].year) {
        next = items[i].year;
      } else {
        items[i].year = next;
      }
    }
    std::optional<int> prev;
    for (Item& it : items) {
      if (!it.year) it.year = prev;
      prev = it.year;
    }
    for (Item& it : items) {
      if (!it.year) it.year = plan_year_;
    }
  }

  bool MonthItemAt(MonthItem* item, std::vector<int>* years) {
    AcceptWord("bulan");
    const Token& t = Peek();
    const int m = t.kind == Tok::kWord ? MonthFromWord(t.text) : 0;
    if (m == 0) {
      return Expect(
          "nama bulan, 'Per'/'Setiap' dengan triwulan, semester, bulan, tahun atau minggu, atau "
          "Triwulan/Semester dengan nomor");
    }
    ++pos_;
    item->month = m;
    item->shown = t.shown;
    return MaybeYear(&item->year, years);
  }

  bool AllInPlanYear(const std::vector<Window>& ws) const {
    return std::all_of(ws.begin(), ws.end(), [&](const Window& w) {
      return w.start.year() == plan_year_ && w.end.year() == plan_year_;
    });
  }

  bool Months(Schedule& s) {
    std::vector<MonthItem> items(1);
    if (!MonthItemAt(&items[0], &s.years)) return false;
    bool range = false;
    if (Peek().kind == Tok::kRange) {
      ++pos_;
      items.emplace_back();
      if (!MonthItemAt(&items.back(), &s.years)) return false;
      range = true;
    } else {
      while (ListSeparator()) {
        items.emplace_back();
        if (!MonthItemAt(&items.back(), &s.years)) return false;
      }
    }
    FillYears(items);
    const auto label = [&](size_t i) {
      return internal::Cat(items[i].shown, " ", *items[i].year);
    };
    std::vector<int> idx;
    for (const MonthItem& it : items) idx.push_back(MonthIndex(*it.year, it.month));
    if (range) {
      s.family = ScheduleFamily::kMonthRange;
      if (idx.size() != 2) return Fail("galat internal: rentang harus memiliki dua ujung");
      const int first_idx = idx[0], last_idx = idx[1];
      if (last_idx < first_idx) {
        return Fail(internal::Cat("rentang berakhir (", label(1), ") sebelum dimulai (",
                                  label(0), ")"));
      }
      s.windows.push_back(MonthsWindow(first_idx, last_idx));
      const int len = last_idx - first_idx + 1;
      const int first = items[0].month;
      if (AllInPlanYear(s.windows)) {
        if (len == 12) {
          s.rrule = "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1;COUNT=1";
        } else if ((first - 1) % len == 0) {
          s.rrule = internal::Cat("FREQ=MONTHLY;INTERVAL=", len, ";BYMONTH=", first,
                                  ";BYMONTHDAY=-1;COUNT=1");
        }
      }
      return true;
    }
    s.family = items.size() == 1 ? ScheduleFamily::kSingleMonth : ScheduleFamily::kMonthList;
    for (size_t i = 1; i < idx.size(); ++i) {
      if (idx[i] <= idx[i - 1]) {
        return Fail(internal::Cat("daftar berulang atau mundur waktunya pada ", label(i)));
      }
    }
    std::vector<int> bymonth;
    for (int i : idx) {
      s.windows.push_back(MonthsWindow(i, i));
      bymonth.push_back(IndexMonth(i));
    }
    if (AllInPlanYear(s.windows)) {
      s.rrule = internal::Cat("FREQ=MONTHLY;BYMONTH=", internal::Join(bymonth, ","),
                              ";BYMONTHDAY=-1;COUNT=", s.windows.size());
    }
    return true;
  }

  std::string_view shown_;
  std::vector<Token> toks_;
  int plan_year_;
  size_t pos_ = 0;
  std::string error_;
};

}  // namespace

std::string_view ToString(ScheduleFamily family) {
  switch (family) {
    case ScheduleFamily::kSingleMonth: return "single_month";
    case ScheduleFamily::kMonthRange: return "month_range";
    case ScheduleFamily::kMonthList: return "month_list";
    case ScheduleFamily::kRecurring: return "recurring";
    case ScheduleFamily::kNamedPeriods: return "named_periods";
    case ScheduleFamily::kRrule: return "rrule";
  }
  return "?";
}

absl::StatusOr<Schedule> ParseSchedule(std::string_view phrase, int year) {
  if (year < 1 || year > 9998) {
    return absl::InvalidArgumentError(internal::Cat("tahun rencana ", year, " di luar 1..9998"));
  }
  if (std::string problem = internal::Utf8Problem(phrase); !problem.empty()) {
    return absl::InvalidArgumentError(internal::Cat("target waktu ", problem));
  }
  const std::string shown = internal::CleanText(phrase);
  if (shown.empty()) return absl::InvalidArgumentError("target waktu kosong");
  const std::string lower = internal::AsciiLower(shown);
  std::string bad;
  std::vector<Token> tokens = Tokenize(lower, shown, &bad);
  if (tokens.empty()) {
    return absl::InvalidArgumentError(
        internal::Cat("target waktu \"", shown, "\": \"", bad, "\" tidak dipahami"));
  }
  absl::StatusOr<Schedule> s = Parser(shown, std::move(tokens), year).Run();
  if (s.ok()) {
    // Dates stop at 9999-12-31 (zi/base/date.hpp): a window must end by then, and its due
    // date is held there too (DueDate), so nothing past it is ever printed.
    constexpr Date kLastDay = Date::FromYmd(9999, 12, 31);
    for (const Window& w : s->windows) {
      if (w.end > kLastDay) {
        return absl::InvalidArgumentError(internal::Cat(
            "target waktu \"", shown, "\": sebuah periode berakhir pada tahun ", w.end.year(),
            ", melewati rentang tanggal yang didukung 0001-01-01..9999-12-31"));
      }
    }
  }
  return s;
}

}  // namespace v1
}  // namespace zi
