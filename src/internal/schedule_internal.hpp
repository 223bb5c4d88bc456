// Internal to the schedule parsers (src/deadline/schedule.cpp for the phrases,
// src/deadline/rrule.cpp for the RRULE subset): the calendar periods both expand into.
#ifndef ZI_SRC_SCHEDULE_INTERNAL_HPP
#define ZI_SRC_SCHEDULE_INTERNAL_HPP

#include <string_view>

#include "zi/base/date.hpp"
#include "zi/deadline/schedule.hpp"

namespace zi::internal {

// Month index: months since year 0, so that ranges across years compare simply.
inline int MonthIndex(int y, int m) { return y * 12 + (m - 1); }
inline int IndexYear(int idx) { return idx / 12; }
inline int IndexMonth(int idx) { return idx % 12 + 1; }

// The months first_idx .. last_idx as one window, 1st of the first to the end of the last.
inline Window MonthsWindow(int first_idx, int last_idx) {
  const int last_year = IndexYear(last_idx), last_month = IndexMonth(last_idx);
  return Window{Date::FromYmd(IndexYear(first_idx), IndexMonth(first_idx), 1),
                Date::FromYmd(last_year, last_month, Date::DaysInMonth(last_year, last_month))};
}

// The first Monday on or after 1 January: the start of the first ISO week that starts
// in the year.
inline Date FirstMonday(int y) {
  const Date jan1 = Date::FromYmd(y, 1, 1);
  return jan1.AddDays((8 - jan1.iso_weekday()) % 7);
}

// The value of a run of ASCII digits; stops growing past 100000 (callers bound it).
inline int ToInt(std::string_view digits) {
  int v = 0;
  for (char c : digits) {
    v = v * 10 + (c - '0');
    if (v > 100000) return v;
  }
  return v;
}

}  // namespace zi::internal

#endif  // ZI_SRC_SCHEDULE_INTERNAL_HPP
