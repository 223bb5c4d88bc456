// ParseRrule (zi/deadline/schedule.hpp): the RFC 5545 RRULE subset, read, written back in
// canonical form and expanded into the windows of one year.
#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "internal/schedule_internal.hpp"
#include "internal/strings.hpp"
#include "internal/text.hpp"
#include "internal/utf8.hpp"
#include "zi/deadline/schedule.hpp"

namespace zi {
inline namespace v1 {
namespace {

using internal::FirstMonday;
using internal::MonthIndex;
using internal::MonthsWindow;
using internal::ToInt;

enum class Freq { kWeekly, kMonthly, kYearly };

struct Rule {
  Freq freq = Freq::kMonthly;
  int interval = 1;
  std::vector<int> bymonth;     // ascending, unique
  std::vector<int> bymonthday;  // as written, unique
  std::optional<int> count;
  std::optional<Date> until;
};

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string CanonicalRule(const Rule& r) {
  std::string out = internal::Cat(
      "FREQ=", r.freq == Freq::kWeekly ? "WEEKLY" : r.freq == Freq::kMonthly ? "MONTHLY" : "YEARLY");
  if (r.interval != 1) internal::Append(&out, ";INTERVAL=", r.interval);
  if (!r.bymonth.empty()) internal::Append(&out, ";BYMONTH=", internal::Join(r.bymonth, ","));
  if (!r.bymonthday.empty()) {
    internal::Append(&out, ";BYMONTHDAY=", internal::Join(r.bymonthday, ","));
  }
  if (r.count) internal::Append(&out, ";COUNT=", *r.count);
  if (r.until) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", r.until->year(), r.until->month(),
                  r.until->day());
    internal::Append(&out, ";UNTIL=", std::string_view(buf));
  }
  return out;
}

// Parses a signed or unsigned integer; nullopt for anything else.
std::optional<int> ParseInt(std::string_view s, bool allow_sign) {
  bool neg = false;
  if (allow_sign && !s.empty() && (s[0] == '-' || s[0] == '+')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  if (!internal::IsAsciiDigits(s) || s.size() > 6) return std::nullopt;
  const int v = ToInt(s);
  return neg ? -v : v;
}

absl::StatusOr<Rule> ParseRule(std::string_view text) {
  if (std::string problem = internal::Utf8Problem(text); !problem.empty()) {
    return absl::InvalidArgumentError(internal::Cat("rrule ", problem));
  }
  const std::string clean = internal::CleanText(text);
  const auto fail = [&](std::string_view part, std::string_view why) {
    return absl::InvalidArgumentError(
        internal::Cat("rrule \"", clean, "\": ", part, " ", why));
  };
  if (clean.empty()) return absl::InvalidArgumentError("rrule kosong");
  std::string_view body = clean;
  if (body.size() >= 6 && Upper(body.substr(0, 6)) == "RRULE:") body.remove_prefix(6);
  Rule r;
  bool has_freq = false;
  std::vector<std::string> seen;
  size_t start = 0;
  while (start <= body.size()) {
    size_t end = body.find(';', start);
    if (end == std::string_view::npos) end = body.size();
    const std::string_view part = body.substr(start, end - start);
    start = end + 1;
    if (part.empty()) {
      if (end == body.size() && !seen.empty()) break;  // a trailing ';'
      return fail("bagian kosong", "tidak diperbolehkan");
    }
    const size_t eq = part.find('=');
    if (eq == std::string_view::npos) return fail(part, "tidak berbentuk NAMA=NILAI");
    const std::string name = Upper(part.substr(0, eq));
    const std::string_view value = part.substr(eq + 1);
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
      return fail(part, internal::Cat("mengulang ", name));
    }
    seen.push_back(name);
    if (value.empty()) return fail(part, "tidak memiliki nilai");
    const auto list = [&](int lo, int hi, bool allow_negative,
                          std::vector<int>* out) -> absl::Status {
      size_t s = 0;
      while (s <= value.size()) {
        size_t e = value.find(',', s);
        if (e == std::string_view::npos) e = value.size();
        std::optional<int> v = ParseInt(value.substr(s, e - s), allow_negative);
        const bool ok = v && ((*v >= lo && *v <= hi) ||
                              (allow_negative && *v <= -lo && *v >= -hi));
        if (!ok) {
          return fail(part, internal::Cat("memuat '", value.substr(s, e - s), "'; diharapkan ",
                                          allow_negative ? "1..31 atau -31..-1" : "1..12"));
        }
        if (std::find(out->begin(), out->end(), *v) == out->end()) out->push_back(*v);
        s = e + 1;
      }
      return absl::OkStatus();
    };
    if (name == "FREQ") {
      const std::string f = Upper(value);
      if (f == "WEEKLY") {
        r.freq = Freq::kWeekly;
      } else if (f == "MONTHLY") {
        r.freq = Freq::kMonthly;
      } else if (f == "YEARLY") {
        r.freq = Freq::kYearly;
      } else {
        return fail(part, "tidak didukung (diharapkan MONTHLY, WEEKLY atau YEARLY)");
      }
      has_freq = true;
    } else if (name == "INTERVAL") {
      std::optional<int> v = ParseInt(value, false);
      if (!v || *v < 1 || *v > 1000) return fail(part, "memerlukan bilangan bulat dari 1 sampai 1000");
      r.interval = *v;
    } else if (name == "BYMONTH") {
      if (absl::Status st = list(1, 12, false, &r.bymonth); !st.ok()) return st;
      std::sort(r.bymonth.begin(), r.bymonth.end());
    } else if (name == "BYMONTHDAY") {
      if (absl::Status st = list(1, 31, true, &r.bymonthday); !st.ok()) return st;
    } else if (name == "COUNT") {
      std::optional<int> v = ParseInt(value, false);
      if (!v || *v < 1 || *v > 1000) return fail(part, "memerlukan bilangan bulat dari 1 sampai 1000");
      r.count = *v;
    } else if (name == "UNTIL") {
      const bool digits = value.size() == 8 && internal::IsAsciiDigits(value);
      const int y = digits ? ToInt(value.substr(0, 4)) : 0;
      const int m = digits ? ToInt(value.substr(4, 2)) : 0;
      const int d = digits ? ToInt(value.substr(6, 2)) : 0;
      if (!digits || !Date::IsValidYmd(y, m, d)) {
        return fail(part, "memerlukan tanggal YYYYMMDD (tanggal-waktu tidak didukung)");
      }
      r.until = Date::FromYmd(y, m, d);
    } else {
      return fail(part,
                  "tidak didukung (yang didukung: FREQ, INTERVAL, BYMONTH, BYMONTHDAY, COUNT, "
                  "UNTIL)");
    }
  }
  if (!has_freq) return fail("FREQ", "tidak ada");
  if (r.count && r.until) return fail("COUNT bersama UNTIL", "tidak diperbolehkan (RFC 5545)");
  if (r.freq == Freq::kWeekly && !r.bymonthday.empty()) {
    return fail("BYMONTHDAY", "tidak dapat dipakai dengan FREQ=WEEKLY (RFC 5545)");
  }
  return r;
}

// The RFC 5545 instances of a rule in year y (DTSTART is 1 January, or the first Monday
// for WEEKLY), each with the window of the period it was generated in.
std::vector<Window> ExpandRule(const Rule& r, int y) {
  std::vector<Window> out;
  int produced = 0;
  const Date last_day = Date::FromYmd(y, 12, 31);
  const auto emit = [&](Date instance, const Window& period) {
    if (r.count && produced >= *r.count) return false;
    if (r.until && instance > *r.until) return false;
    ++produced;
    // Several instances in one period give one window.
    if (out.empty() || !(out.back() == period)) out.push_back(period);
    return true;
  };
  // Days of month m (ascending) that BYMONTHDAY selects; day 1 (DTSTART's) by default.
  const auto days_in = [&](int m) {
    std::vector<int> days;
    const int dim = Date::DaysInMonth(y, m);
    if (r.bymonthday.empty()) return std::vector<int>{1};
    for (int d : r.bymonthday) {
      const int day = d > 0 ? d : dim + 1 + d;
      if (day >= 1 && day <= dim) days.push_back(day);  // RFC: invalid days are skipped
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
  };
  const auto month_ok = [&](int m) {
    return r.bymonth.empty() || std::binary_search(r.bymonth.begin(), r.bymonth.end(), m);
  };
  switch (r.freq) {
    case Freq::kWeekly: {
      for (Date d = FirstMonday(y); d <= last_day; d = d.AddDays(7 * r.interval)) {
        if (!month_ok(d.month())) continue;
        if (!emit(d, Window{d, d.AddDays(7 * r.interval - 1)})) break;
      }
      break;
    }
    case Freq::kMonthly: {
      bool stop = false;
      for (int m = 1; m <= 12 && !stop; m += r.interval) {
        if (!month_ok(m)) continue;
        const int first = MonthIndex(y, m);
        const Window period = MonthsWindow(first, first + r.interval - 1);
        for (int day : days_in(m)) {
          if (!emit(Date::FromYmd(y, m, day), period)) {
            stop = true;
            break;
          }
        }
      }
      break;
    }
    case Freq::kYearly: {
      // BYMONTH (or BYMONTHDAY alone) expands the year into months; the period is the
      // year whatever the expansion.
      const Window year{Date::FromYmd(y, 1, 1), last_day};
      bool stop = false;
      for (int m = 1; m <= 12 && !stop; ++m) {
        const bool selected = !r.bymonth.empty() ? month_ok(m) : (!r.bymonthday.empty() || m == 1);
        if (!selected) continue;
        for (int day : days_in(m)) {
          if (!emit(Date::FromYmd(y, m, day), year)) {
            stop = true;
            break;
          }
        }
      }
      break;
    }
  }
  return out;
}

}  // namespace

absl::StatusOr<Schedule> ParseRrule(std::string_view rrule, int year) {
  if (year < 1 || year > 9998) {
    return absl::InvalidArgumentError(internal::Cat("tahun rencana ", year, " di luar 1..9998"));
  }
  absl::StatusOr<Rule> r = ParseRule(rrule);
  if (!r.ok()) return r.status();
  Schedule s;
  s.family = ScheduleFamily::kRrule;
  s.text = internal::CleanText(rrule);
  s.rrule = CanonicalRule(*r);
  s.windows = ExpandRule(*r, year);
  // Dates stop at 9999-12-31 (zi/base/date.hpp): a window must end by then, and its due
  // date is held there too (DueDate), so nothing past it is ever printed.
  constexpr Date kLastDay = Date::FromYmd(9999, 12, 31);
  for (const Window& w : s.windows) {
    if (w.end > kLastDay) {
      return absl::InvalidArgumentError(internal::Cat(
          "rrule \"", s.text, "\": sebuah periode berakhir pada tahun ", w.end.year(),
          ", melewati rentang tanggal yang didukung 0001-01-01..9999-12-31"));
    }
  }
  if (s.windows.empty()) {
    return absl::InvalidArgumentError(internal::Cat("rrule \"", s.text,
                                                    "\": tidak menghasilkan periode apa pun pada tahun ", year));
  }
  return s;
}

}  // namespace v1
}  // namespace zi
