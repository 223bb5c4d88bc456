// zi::Date: a civil date (no time zone) as days since 1970-01-01.
//
// The engine works on civil dates only and never reads the clock: every query takes an
// explicit as-of date. The same int32 day count crosses the C ABI unchanged.
#ifndef ZI_DATE_HPP
#define ZI_DATE_HPP

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace zi {
inline namespace v1 {

class Date {
 public:
  constexpr Date() = default;
  static constexpr Date FromDays(int32_t days) { return Date(days); }
  // Proleptic Gregorian; the caller must pass a valid date (see IsValidYmd).
  static constexpr Date FromYmd(int year, int month, int day) {
    return Date(DaysFromCivil(year, month, day));
  }

  constexpr int32_t days() const { return days_; }
  int year() const;
  int month() const;
  int day() const;
  // ISO weekday: 1 = Monday ... 7 = Sunday.
  constexpr int iso_weekday() const {
    const int32_t w = (days_ % 7 + 7 + 3) % 7;  // 1970-01-01 was a Thursday (3 in 0=Mon)
    return static_cast<int>(w) + 1;
  }
  constexpr Date AddDays(int32_t n) const { return Date(days_ + n); }

  friend constexpr auto operator<=>(Date, Date) = default;
  friend constexpr int32_t operator-(Date a, Date b) { return a.days_ - b.days_; }

  static constexpr bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
  static constexpr int DaysInMonth(int y, int m) {
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
  }
  static constexpr bool IsValidYmd(int y, int m, int d) {
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m);
  }

 private:
  constexpr explicit Date(int32_t days) : days_(days) {}
  // Howard Hinnant's days_from_civil.
  static constexpr int32_t DaysFromCivil(int y, int m, int d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }
  int32_t days_ = 0;
};

// "YYYY-MM-DD", strictly (zero-padded, a real calendar date).
absl::StatusOr<Date> ParseIsoDate(std::string_view text);
std::string FormatIsoDate(Date d);

}  // namespace v1
}  // namespace zi

#endif  // ZI_DATE_HPP
