// Calendar: the working-day calendar of a satker (docs/calendar-format.md), in QuantLib's
// vocabulary.
//
// A day is a working day unless it is a Saturday, a Sunday, or a holiday of the calendar.
// Holidays are data (docs/calendar-format.md), never code. A calendar knows which years
// its holiday list covers; for any other year it knows only the weekends, and every
// operation that needs such a year says so through an optional UncoveredYears collector
// (the warning `calendar_year_not_covered`) instead of guessing silently.
//
// Calendar is an immutable value: copies share one implementation (Bridge style, as
// QuantLib's Calendar), any number of threads may read one concurrently, and there is no
// global mutable state. Options such as "cuti bersama are working days" give another
// value sharing the same holiday data.
#ifndef ZI_CALENDAR_HPP
#define ZI_CALENDAR_HPP

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "zi/base/date.hpp"
#include "zi/base/diagnostic.hpp"
#include "zi/deadline/due_policy.hpp"

namespace zi {
inline namespace v1 {

enum class HolidayKind {
  kLiburNasional,  // "libur_nasional": national holiday (SKB 3 Menteri)
  kCutiBersama,    // "cuti_bersama": collective leave; a working day only by option
  kLiburDaerah,    // "libur_daerah" or "libur_daerah:<region>": regional holiday
};

struct Holiday {
  Date date;
  HolidayKind kind = HolidayKind::kLiburNasional;
  std::string region;  // only with kLiburDaerah, may be empty: "sulteng", "id-st", ...
  std::string name;    // in Indonesian, as the decree names it
  friend bool operator==(const Holiday&, const Holiday&) = default;
};

// "libur_nasional", "cuti_bersama", "libur_daerah" or "libur_daerah:<region>".
std::string HolidayKindString(const Holiday& h);
std::string_view ToString(HolidayKind kind);
// Parses a kind string into kind and region. A region is 1..32 characters of [a-z0-9._-]
// starting with a letter or digit. nullopt for anything else.
std::optional<std::pair<HolidayKind, std::string>> ParseHolidayKind(std::string_view s);

// Whether a calendar's dates are those of a published decree (an SKB, a Perda) or a
// forecast made before it. Shipped calendars always say which; a file may leave it out.
enum class CalendarStatus {
  kUnspecified,  // "unspecified": the file does not say
  kConfirmed,    // "confirmed": the dates of the published decree
  kProvisional,  // "provisional": a forecast, to be replaced when the decree appears
};
std::string_view ToString(CalendarStatus status);
std::optional<CalendarStatus> ParseCalendarStatus(std::string_view s);  // not "unspecified"

struct CalendarOptions {
  // Cuti bersama are non-working by default: the offices close (docs/calendar-format.md).
  bool cuti_bersama_is_working_day = false;
  friend bool operator==(const CalendarOptions&, const CalendarOptions&) = default;
};

// Everything a calendar holds, as plain data. Build one, then Calendar::Create it.
struct CalendarData {
  std::string name;         // "ID-2026"
  std::string description;  // optional
  std::string source;       // optional: the legal basis (SKB, Keppres, Perda)
  CalendarStatus status = CalendarStatus::kUnspecified;
  std::vector<int> years;   // the years whose holiday list is complete
  std::vector<Holiday> holidays;
  friend bool operator==(const CalendarData&, const CalendarData&) = default;
};

// Years a computation needed that the calendar does not cover. Pass a pointer to one to
// the Calendar operations (it is only ever appended to); an empty collector after the
// call means every year involved was covered. Not thread-safe: one per computation.
class UncoveredYears {
 public:
  void Add(int year);
  void Merge(const UncoveredYears& other);
  bool empty() const { return years_.empty(); }
  // Ascending, without duplicates.
  const std::vector<int>& years() const { return years_; }
  void clear() { years_.clear(); }

 private:
  std::vector<int> years_;
};

class Calendar {
 public:
  // A calendar named "weekends-only" with no holidays that covers no year: every
  // computation on it reports its years as uncovered.
  Calendar();

  // Validates and wraps the data: a non-empty name; years in 1..9999 without
  // duplicates; every holiday inside a covered year, on a distinct date, with a
  // non-empty name and a valid region. Errors are InvalidArgument naming the entry.
  static absl::StatusOr<Calendar> Create(CalendarData data, CalendarOptions options = {});

  // The same holidays with other options (cheap: the data is shared).
  Calendar WithOptions(CalendarOptions options) const;

  const std::string& name() const;
  const CalendarData& data() const;
  const CalendarOptions& options() const { return options_; }
  // The covered years, ascending.
  std::span<const int> years() const;
  bool Covers(int year) const;
  // Every holiday, by date, whatever the options.
  std::span<const Holiday> holidays() const;
  // The holidays dated in `year`, by date (empty for an uncovered year).
  std::span<const Holiday> HolidaysIn(int year) const;
  // The holiday on `date`, or nullptr.
  const Holiday* FindHoliday(Date date) const;

  static bool IsWeekend(Date date) { return date.iso_weekday() >= 6; }
  // A holiday that closes offices under the options: every holiday, except cuti
  // bersama when cuti_bersama_is_working_day. A weekend holiday is still a holiday.
  bool IsHoliday(Date date) const;
  // Not a weekend and not a holiday. For an uncovered year only weekends count.
  bool IsWorkingDay(Date date, UncoveredYears* uncovered = nullptr) const;

  // Moves a date to a working day by the convention (due_policy.hpp):
  //   following          the first working day on or after date;
  //   modified_following following, unless that is in another month: then preceding;
  //   preceding          the last working day on or before date;
  //   unadjusted         date itself.
  Date Adjust(Date date, Convention convention,
              UncoveredYears* uncovered = nullptr) const;

  // The n-th working day after date (n > 0) or before it (n < 0); date itself is never
  // counted and need not be a working day. Advance(date, 0) is date, unadjusted.
  Date Advance(Date date, int n, UncoveredYears* uncovered = nullptr) const;

  // The number of working days between from and to, QuantLib's businessDaysBetween:
  // for from < to, the working days in [from, to) by default; include_first=false
  // drops `from`, include_last=true adds `to`, so (true, true) counts the closed
  // interval [from, to] and (false, false) the open interval (from, to). For from > to
  // the result is minus the count between to and from with the two flags swapped. For
  // from == to it is 1 if both flags are set and the day is a working day, else 0.
  // Every year from min(from, to) to max(from, to) is checked against the coverage.
  int WorkingDaysBetween(Date from, Date to, bool include_first = true,
                         bool include_last = false,
                         UncoveredYears* uncovered = nullptr) const;

  friend bool operator==(const Calendar& a, const Calendar& b) {
    return a.options_ == b.options_ && (a.impl_ == b.impl_ || a.data() == b.data());
  }

 private:
  struct Impl;
  Calendar(std::shared_ptr<const Impl> impl, CalendarOptions options)
      : impl_(std::move(impl)), options_(options) {}
  static std::shared_ptr<const Impl> BuildImpl(CalendarData data);
  const std::vector<int32_t>& Closed() const;  // non-working weekday holidays, by day
  void Touch(Date date, UncoveredYears* uncovered) const;

  std::shared_ptr<const Impl> impl_;
  CalendarOptions options_;
};

// One `calendar_year_not_covered` warning per uncovered year, at where "calendar".
std::vector<Diagnostic> UncoveredYearDiagnostics(const Calendar& calendar,
                                                 const UncoveredYears& uncovered);

}  // namespace v1
}  // namespace zi

#endif  // ZI_CALENDAR_HPP
