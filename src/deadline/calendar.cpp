#include "zi/deadline/calendar.hpp"

#include <algorithm>

#include "internal/strings.hpp"

namespace zi {
inline namespace v1 {

struct Calendar::Impl {
  CalendarData data;  // holidays sorted by date, years ascending
  // Day numbers of the holidays that fall on a weekday, ascending: all of them, and
  // those left when cuti bersama are working days. Weekend holidays change nothing.
  std::vector<int32_t> closed_all;
  std::vector<int32_t> closed_without_cuti_bersama;
  // Covered years as day ranges [first, last], merged when adjacent.
  std::vector<std::pair<int32_t, int32_t>> covered;
};

namespace {

bool IsRegionChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
}

// floor(a / b) for b > 0.
int32_t FloorDiv(int32_t a, int32_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// Weekdays in [kMonday, day) (negative before it). Differences count weekdays exactly.
int32_t WeekdaysBefore(int32_t day) {
  constexpr int32_t kMonday = 4;  // 1970-01-05
  const int32_t t = day - kMonday;
  const int32_t weeks = FloorDiv(t, 7);
  const int32_t rest = t - weeks * 7;
  return weeks * 5 + std::min(rest, int32_t{5});
}

}  // namespace

void UncoveredYears::Add(int year) {
  auto it = std::lower_bound(years_.begin(), years_.end(), year);
  if (it == years_.end() || *it != year) years_.insert(it, year);
}

void UncoveredYears::Merge(const UncoveredYears& other) {
  for (int y : other.years_) Add(y);
}

std::string_view ToString(HolidayKind kind) {
  switch (kind) {
    case HolidayKind::kLiburNasional: return "libur_nasional";
    case HolidayKind::kCutiBersama: return "cuti_bersama";
    case HolidayKind::kLiburDaerah: return "libur_daerah";
  }
  return "?";
}

std::string_view ToString(CalendarStatus status) {
  switch (status) {
    case CalendarStatus::kUnspecified: return "unspecified";
    case CalendarStatus::kConfirmed: return "confirmed";
    case CalendarStatus::kProvisional: return "provisional";
  }
  return "?";
}

std::optional<CalendarStatus> ParseCalendarStatus(std::string_view s) {
  if (s == "confirmed") return CalendarStatus::kConfirmed;
  if (s == "provisional") return CalendarStatus::kProvisional;
  return std::nullopt;
}

std::string HolidayKindString(const Holiday& h) {
  if (h.kind == HolidayKind::kLiburDaerah && !h.region.empty()) {
    return internal::Cat(ToString(h.kind), ":", h.region);
  }
  return std::string(ToString(h.kind));
}

std::optional<std::pair<HolidayKind, std::string>> ParseHolidayKind(std::string_view s) {
  if (s == "libur_nasional") return std::pair{HolidayKind::kLiburNasional, std::string()};
  if (s == "cuti_bersama") return std::pair{HolidayKind::kCutiBersama, std::string()};
  constexpr std::string_view kDaerah = "libur_daerah";
  if (s.substr(0, kDaerah.size()) != kDaerah) return std::nullopt;
  s.remove_prefix(kDaerah.size());
  if (s.empty()) return std::pair{HolidayKind::kLiburDaerah, std::string()};
  if (s.front() != ':') return std::nullopt;
  s.remove_prefix(1);
  if (s.empty() || s.size() > 32 || !std::all_of(s.begin(), s.end(), IsRegionChar) ||
      s.front() == '.' || s.front() == '_' || s.front() == '-') {
    return std::nullopt;
  }
  return std::pair{HolidayKind::kLiburDaerah, std::string(s)};
}

std::shared_ptr<const Calendar::Impl> Calendar::BuildImpl(CalendarData data) {
  auto impl = std::make_shared<Calendar::Impl>();
  std::sort(data.years.begin(), data.years.end());
  std::stable_sort(data.holidays.begin(), data.holidays.end(),
                   [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
  for (const Holiday& h : data.holidays) {
    if (Calendar::IsWeekend(h.date)) continue;
    impl->closed_all.push_back(h.date.days());
    if (h.kind != HolidayKind::kCutiBersama) {
      impl->closed_without_cuti_bersama.push_back(h.date.days());
    }
  }
  for (int y : data.years) {
    const int32_t first = Date::FromYmd(y, 1, 1).days();
    const int32_t last = Date::FromYmd(y, 12, 31).days();
    if (!impl->covered.empty() && impl->covered.back().second + 1 == first) {
      impl->covered.back().second = last;
    } else {
      impl->covered.emplace_back(first, last);
    }
  }
  impl->data = std::move(data);
  return impl;
}

Calendar::Calendar() {
  static const std::shared_ptr<const Impl> kWeekendsOnly = [] {
    CalendarData d;
    d.name = "weekends-only";
    d.description = "Sabtu dan Minggu saja, tanpa hari libur";
    return BuildImpl(std::move(d));
  }();
  impl_ = kWeekendsOnly;
}

absl::StatusOr<Calendar> Calendar::Create(CalendarData data, CalendarOptions options) {
  const auto fail = [&](const std::string& why) {
    return absl::InvalidArgumentError(
        internal::Cat("kalender", data.name.empty() ? "" : " ", data.name, ": ", why));
  };
  if (data.name.empty()) return fail("nama kosong");
  std::vector<int> years = data.years;
  std::sort(years.begin(), years.end());
  for (size_t i = 0; i < years.size(); ++i) {
    if (years[i] < 1 || years[i] > 9999) {
      return fail(internal::Cat("tahun ", years[i], " di luar 1..9999"));
    }
    if (i > 0 && years[i] == years[i - 1]) {
      return fail(internal::Cat("tahun ", years[i], " tercantum dua kali"));
    }
  }
  std::vector<const Holiday*> by_date;
  for (const Holiday& h : data.holidays) {
    if (!std::binary_search(years.begin(), years.end(), h.date.year())) {
      return fail(internal::Cat("hari libur ", FormatIsoDate(h.date), " (", h.name,
                                ") di luar tahun yang dicakup"));
    }
    if (h.name.empty()) return fail(internal::Cat("hari libur ", FormatIsoDate(h.date), " tidak memiliki nama"));
    if (h.kind != HolidayKind::kLiburDaerah && !h.region.empty()) {
      return fail(internal::Cat("hari libur ", FormatIsoDate(h.date),
                                ": hanya libur_daerah yang memiliki wilayah"));
    }
    if (h.kind == HolidayKind::kLiburDaerah && !ParseHolidayKind(HolidayKindString(h))) {
      return fail(internal::Cat("hari libur ", FormatIsoDate(h.date), ": wilayah '", h.region,
                                "' bukan 1..32 karakter a-z, 0-9, '.', '_', '-'"));
    }
    by_date.push_back(&h);
  }
  std::sort(by_date.begin(), by_date.end(),
            [](const Holiday* a, const Holiday* b) { return a->date < b->date; });
  for (size_t i = 1; i < by_date.size(); ++i) {
    if (by_date[i]->date == by_date[i - 1]->date) {
      return fail(internal::Cat("tanggal ", FormatIsoDate(by_date[i]->date), " tercantum dua kali ('",
                                by_date[i - 1]->name, "' dan '", by_date[i]->name, "')"));
    }
  }
  return Calendar(BuildImpl(std::move(data)), options);
}

Calendar Calendar::WithOptions(CalendarOptions options) const { return Calendar(impl_, options); }

const std::string& Calendar::name() const { return impl_->data.name; }
const CalendarData& Calendar::data() const { return impl_->data; }
std::span<const int> Calendar::years() const { return impl_->data.years; }

bool Calendar::Covers(int year) const {
  return std::binary_search(impl_->data.years.begin(), impl_->data.years.end(), year);
}

std::span<const Holiday> Calendar::holidays() const { return impl_->data.holidays; }

std::span<const Holiday> Calendar::HolidaysIn(int year) const {
  const std::vector<Holiday>& hs = impl_->data.holidays;
  if (year < 1 || year > 9999) return {};
  const Date first = Date::FromYmd(year, 1, 1);
  const Date last = Date::FromYmd(year, 12, 31);
  auto lo = std::lower_bound(hs.begin(), hs.end(), first,
                             [](const Holiday& h, Date d) { return h.date < d; });
  auto hi = std::upper_bound(hs.begin(), hs.end(), last,
                             [](Date d, const Holiday& h) { return d < h.date; });
  return std::span<const Holiday>(hs.data() + (lo - hs.begin()), static_cast<size_t>(hi - lo));
}

const Holiday* Calendar::FindHoliday(Date date) const {
  const std::vector<Holiday>& hs = impl_->data.holidays;
  auto it = std::lower_bound(hs.begin(), hs.end(), date,
                             [](const Holiday& h, Date d) { return h.date < d; });
  return it != hs.end() && it->date == date ? &*it : nullptr;
}

const std::vector<int32_t>& Calendar::Closed() const {
  return options_.cuti_bersama_is_working_day ? impl_->closed_without_cuti_bersama
                                              : impl_->closed_all;
}

void Calendar::Touch(Date date, UncoveredYears* uncovered) const {
  if (!uncovered) return;
  const int32_t d = date.days();
  for (const auto& [first, last] : impl_->covered) {
    if (d >= first && d <= last) return;
  }
  uncovered->Add(date.year());
}

bool Calendar::IsHoliday(Date date) const {
  const Holiday* h = FindHoliday(date);
  return h && !(h->kind == HolidayKind::kCutiBersama && options_.cuti_bersama_is_working_day);
}

bool Calendar::IsWorkingDay(Date date, UncoveredYears* uncovered) const {
  Touch(date, uncovered);
  if (IsWeekend(date)) return false;
  // Holidays exist only inside covered years, so an uncovered year is weekends-only.
  const std::vector<int32_t>& closed = Closed();
  return !std::binary_search(closed.begin(), closed.end(), date.days());
}

Date Calendar::Adjust(Date date, Convention convention, UncoveredYears* uncovered) const {
  switch (convention) {
    case Convention::kUnadjusted:
      return date;
    case Convention::kFollowing: {
      Date d = date;
      while (!IsWorkingDay(d, uncovered)) d = d.AddDays(1);
      return d;
    }
    case Convention::kPreceding: {
      Date d = date;
      while (!IsWorkingDay(d, uncovered)) d = d.AddDays(-1);
      return d;
    }
    case Convention::kModifiedFollowing: {
      // The days examined on the way forward were needed for the decision, so their
      // years count as used even when the result goes back.
      const Date f = Adjust(date, Convention::kFollowing, uncovered);
      if (f.month() == date.month()) return f;
      return Adjust(date, Convention::kPreceding, uncovered);
    }
  }
  return date;
}

Date Calendar::Advance(Date date, int n, UncoveredYears* uncovered) const {
  Date d = date;
  const int step = n > 0 ? 1 : -1;
  for (int left = n > 0 ? n : -n; left > 0;) {
    d = d.AddDays(step);
    if (IsWorkingDay(d, uncovered)) --left;
  }
  return d;
}

int Calendar::WorkingDaysBetween(Date from, Date to, bool include_first, bool include_last,
                                 UncoveredYears* uncovered) const {
  if (uncovered) {
    const Date lo = std::min(from, to);
    const Date hi = std::max(from, to);
    for (int y = lo.year(); y <= hi.year(); ++y) {
      if (!Covers(y)) uncovered->Add(y);
    }
  }
  if (from == to) {
    return include_first && include_last && IsWorkingDay(from) ? 1 : 0;
  }
  if (from > to) return -WorkingDaysBetween(to, from, include_last, include_first);
  // Working days in [from, to): weekdays minus the weekday holidays in that range.
  const std::vector<int32_t>& closed = Closed();
  const auto closed_before = [&](Date d) {
    return static_cast<int32_t>(std::lower_bound(closed.begin(), closed.end(), d.days()) -
                                closed.begin());
  };
  int32_t n = (WeekdaysBefore(to.days()) - WeekdaysBefore(from.days())) -
              (closed_before(to) - closed_before(from));
  if (!include_first && IsWorkingDay(from)) --n;
  if (include_last && IsWorkingDay(to)) ++n;
  return static_cast<int>(n);
}

std::vector<Diagnostic> UncoveredYearDiagnostics(const Calendar& calendar,
                                                 const UncoveredYears& uncovered) {
  std::vector<Diagnostic> out;
  for (int y : uncovered.years()) {
    out.push_back(Diagnostic{
        Severity::kWarning, "calendar_year_not_covered", "calendar", "years",
        internal::Cat("kalender ", calendar.name(), " tidak mencakup tahun ", y,
                      "; untuk tahun itu hanya Sabtu dan Minggu dihitung sebagai hari libur")});
  }
  return out;
}

}  // namespace v1
}  // namespace zi
