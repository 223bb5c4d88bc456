#include "zi/base/date.hpp"

#include <cstdio>

#include "internal/strings.hpp"

namespace zi {
inline namespace v1 {
namespace {

struct Ymd {
  int y, m, d;
};

// Howard Hinnant's civil_from_days.
Ymd CivilFromDays(int32_t z) {
  z += 719468;
  const int32_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int32_t doe = z - era * 146097;
  const int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int32_t y = yoe + era * 400;
  const int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int32_t mp = (5 * doy + 2) / 153;
  const int32_t d = doy - (153 * mp + 2) / 5 + 1;
  const int32_t m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

int Date::year() const { return CivilFromDays(days_).y; }
int Date::month() const { return CivilFromDays(days_).m; }
int Date::day() const { return CivilFromDays(days_).d; }

absl::StatusOr<Date> ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !AllDigits(text.substr(0, 4)) ||
      !AllDigits(text.substr(5, 2)) || !AllDigits(text.substr(8, 2))) {
    return absl::InvalidArgumentError(
        internal::Cat("'", text, "' bukan tanggal berbentuk YYYY-MM-DD"));
  }
  const int y = ToInt(text.substr(0, 4));
  const int m = ToInt(text.substr(5, 2));
  const int d = ToInt(text.substr(8, 2));
  if (!Date::IsValidYmd(y, m, d)) {
    return absl::InvalidArgumentError(internal::Cat("'", text, "' bukan tanggal yang sah"));
  }
  return Date::FromYmd(y, m, d);
}

std::string FormatIsoDate(Date d) {
  const Ymd c = CivilFromDays(d.days());
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.y, c.m, c.d);
  return buf;
}

}  // namespace v1
}  // namespace zi
