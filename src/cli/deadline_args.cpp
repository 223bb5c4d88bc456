#include "deadline_args.hpp"

#include "absl/strings/str_cat.h"
#include "zi/defaults.hpp"
#include "zi/io/calendar_json.hpp"
#include "zi/io/report_json.hpp"

namespace zi::cli {

absl::StatusOr<Calendar> LoadCalendarArg(const Args& args) {
  CalendarOptions options;
  options.cuti_bersama_is_working_day = args.Flag("--cuti-bersama-working");
  const std::optional<std::string> arg = args.Option("--calendar");
  if (!arg) {
    // `--year 2027` alone means the 2027 holidays when they are built in.
    if (const std::optional<int64_t> year = args.Int("--year")) {
      absl::StatusOr<Calendar> of_year = EmbeddedCalendar(absl::StrCat("ID-", *year), options);
      if (of_year.ok()) return of_year;
    }
    return DefaultCalendar(options);
  }
  if (absl::StatusOr<Calendar> embedded = EmbeddedCalendar(*arg, options); embedded.ok()) {
    return embedded;
  }
  return LoadCalendarFile(*arg, options);
}

ArgSpec DeadlineSpec() {
  return ArgSpec()
      .Int("--year", 1, 9998, "--year '{}' bukan tahun 1 sampai 9998")
      .Text("--calendar")
      .Flag("--cuti-bersama-working");
}

int YearArg(const Args& args, int fallback) {
  return static_cast<int>(args.Int("--year").value_or(fallback));
}

absl::StatusOr<DuePolicy> DuePolicyArg(const Args& args) {
  DuePolicy p;
  if (const std::optional<std::string> due = args.Option("--due")) {
    const std::string_view s = *due;
    const size_t colon = s.find(':');
    const std::optional<DueOffset> offset = ParseDueOffset(s.substr(0, colon));
    const auto bad = [&] {
      return absl::InvalidArgumentError(
          absl::StrCat("--due '", std::string(s),
                       "' harus none, working_days:N, calendar_days:N atau day_of_next_month:D"));
    };
    if (!offset) return bad();
    p.offset = *offset;
    if (p.offset == DueOffset::kNone) {
      if (colon != std::string_view::npos) return bad();
    } else {
      if (colon == std::string_view::npos) return bad();
      const std::optional<int64_t> n = ParseInt(s.substr(colon + 1));
      if (!n) return bad();
      if (p.offset == DueOffset::kDayOfNextMonth) {
        if (*n < 1 || *n > 31) return bad();
        p.day = static_cast<int>(*n);
      } else {
        if (*n < 0 || *n > 366) return bad();
        p.n = static_cast<int>(*n);
      }
    }
  }
  if (const std::optional<std::string> conv = args.Option("--convention")) {
    const std::optional<Convention> c = ParseConvention(*conv);
    if (!c) {
      return absl::InvalidArgumentError(
          absl::StrCat("--convention '", *conv,
                       "' harus following, modified_following, preceding atau unadjusted"));
    }
    p.convention = *c;
  }
  return p;
}

std::string_view DayName(Date d) { return IndonesianDayName(d); }

std::string_view MonthName(int month) { return IndonesianMonthName(month); }

std::string DescribeDuePolicy(const DuePolicy& p) {
  std::string out;
  switch (p.offset) {
    case DueOffset::kNone: out = "akhir periode"; break;
    case DueOffset::kWorkingDays:
      out = absl::StrCat(p.n, " hari kerja setelah akhir periode");
      break;
    case DueOffset::kCalendarDays:
      out = absl::StrCat(p.n, " hari kalender setelah akhir periode");
      break;
    case DueOffset::kDayOfNextMonth:
      out = absl::StrCat("tanggal ", p.day, " bulan berikutnya");
      break;
  }
  switch (p.convention) {
    case Convention::kFollowing:
      absl::StrAppend(&out, ", bila bukan hari kerja maju ke hari kerja berikutnya (following)");
      break;
    case Convention::kModifiedFollowing:
      absl::StrAppend(&out,
                      ", bila bukan hari kerja maju ke hari kerja berikutnya dalam bulan "
                      "yang sama, jika tidak mundur (modified_following)");
      break;
    case Convention::kPreceding:
      absl::StrAppend(&out, ", bila bukan hari kerja mundur ke hari kerja sebelumnya (preceding)");
      break;
    case Convention::kUnadjusted:
      absl::StrAppend(&out, ", tanpa penyesuaian hari kerja (unadjusted)");
      break;
  }
  return out;
}

}  // namespace zi::cli
