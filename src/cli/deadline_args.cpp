#include "cli/deadline_args.hpp"

#include <charconv>

#include "internal/strings.hpp"
#include "zi/io/calendar_json.hpp"

namespace zi::cli {
namespace internal = ::zi::internal;
namespace {

std::optional<int> ToInt(std::string_view s) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace

absl::StatusOr<Calendar> LoadCalendarArg(const Args& args) {
  CalendarOptions options;
  options.cuti_bersama_is_working_day = args.Flag("--cuti-bersama-working");
  const std::optional<std::string> arg = args.Option("--calendar");
  if (!arg) return DefaultCalendar(options);
  if (absl::StatusOr<Calendar> embedded = EmbeddedCalendar(*arg, options); embedded.ok()) {
    return embedded;
  }
  return LoadCalendarFile(*arg, options);
}

absl::StatusOr<int> YearArg(const Args& args, int fallback) {
  const std::optional<std::string> arg = args.Option("--year");
  if (!arg) return fallback;
  const std::optional<int> y = ToInt(*arg);
  if (!y || *y < 1 || *y > 9998) {
    return absl::InvalidArgumentError(
        internal::Cat("--year '", *arg, "' is not a year from 1 to 9998"));
  }
  return *y;
}

absl::StatusOr<DuePolicy> DuePolicyArg(const Args& args) {
  DuePolicy p;
  if (const std::optional<std::string> due = args.Option("--due")) {
    const std::string_view s = *due;
    const size_t colon = s.find(':');
    const std::optional<DueOffset> offset = ParseDueOffset(s.substr(0, colon));
    const auto bad = [&] {
      return absl::InvalidArgumentError(internal::Cat(
          "--due '", s,
          "' is not none, working_days:N, calendar_days:N or day_of_next_month:D"));
    };
    if (!offset) return bad();
    p.offset = *offset;
    if (p.offset == DueOffset::kNone) {
      if (colon != std::string_view::npos) return bad();
    } else {
      if (colon == std::string_view::npos) return bad();
      const std::optional<int> n = ToInt(s.substr(colon + 1));
      if (!n) return bad();
      if (p.offset == DueOffset::kDayOfNextMonth) {
        if (*n < 1 || *n > 31) return bad();
        p.day = *n;
      } else {
        if (*n < 0 || *n > 366) return bad();
        p.n = *n;
      }
    }
  }
  if (const std::optional<std::string> conv = args.Option("--convention")) {
    const std::optional<Convention> c = ParseConvention(*conv);
    if (!c) {
      return absl::InvalidArgumentError(internal::Cat(
          "--convention '", *conv,
          "' is not following, modified_following, preceding or unadjusted"));
    }
    p.convention = *c;
  }
  return p;
}

std::string_view DayName(Date d) {
  static constexpr std::string_view kDays[] = {"Senin", "Selasa", "Rabu",  "Kamis",
                                               "Jumat", "Sabtu",  "Minggu"};
  return kDays[d.iso_weekday() - 1];
}

std::string_view MonthName(int month) {
  static constexpr std::string_view kMonths[] = {
      "Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
      "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
  return month >= 1 && month <= 12 ? kMonths[month - 1] : "?";
}

std::string DescribeDuePolicy(const DuePolicy& p) {
  std::string out;
  switch (p.offset) {
    case DueOffset::kNone: out = "akhir periode"; break;
    case DueOffset::kWorkingDays:
      out = internal::Cat(p.n, " hari kerja setelah akhir periode");
      break;
    case DueOffset::kCalendarDays:
      out = internal::Cat(p.n, " hari kalender setelah akhir periode");
      break;
    case DueOffset::kDayOfNextMonth:
      out = internal::Cat("tanggal ", p.day, " bulan berikutnya");
      break;
  }
  switch (p.convention) {
    case Convention::kFollowing:
      internal::Append(&out, ", bila bukan hari kerja maju ke hari kerja berikutnya (following)");
      break;
    case Convention::kModifiedFollowing:
      internal::Append(&out, ", bila bukan hari kerja maju ke hari kerja berikutnya dalam bulan "
                             "yang sama, jika tidak mundur (modified_following)");
      break;
    case Convention::kPreceding:
      internal::Append(&out, ", bila bukan hari kerja mundur ke hari kerja sebelumnya (preceding)");
      break;
    case Convention::kUnadjusted:
      internal::Append(&out, ", tanpa penyesuaian hari kerja (unadjusted)");
      break;
  }
  return out;
}

}  // namespace zi::cli
