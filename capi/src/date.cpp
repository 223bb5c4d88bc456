// MODULE: date. zi_date is zi::Date's day count, unchanged.
#include <cstring>

#include "capi_internal.hpp"
#include "zi/base/date.hpp"

namespace {

bool InRange(zi_date d) { return d.days >= ZI_DATE_MIN_DAYS && d.days <= ZI_DATE_MAX_DAYS; }

zi_status OutOfRange(zi_date d) {
  try {
    return zi::capi::Fail(ZI_ERANGE, "tanggal " + std::to_string(d.days) +
                                         " (hari sejak 1970-01-01) di luar 0001-01-01..9999-12-31");
  } catch (...) {
    return zi::capi::Fail(ZI_ERANGE, "tanggal di luar 0001-01-01..9999-12-31");
  }
}

}  // namespace

extern "C" {

ZI_API zi_status zi_date_from_ymd(zi_date* out, int32_t year, int32_t month, int32_t day) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    if (!zi::Date::IsValidYmd(year, month, day)) {
      return zi::capi::Fail(ZI_EINVALID, std::to_string(year) + "-" + std::to_string(month) +
                                             "-" + std::to_string(day) +
                                             " bukan tanggal yang sah dalam 0001..9999");
    }
    out->days = zi::Date::FromYmd(year, month, day).days();
    return ZI_OK;
  });
}

ZI_API zi_status zi_date_to_ymd(int32_t* year_out, int32_t* month_out, int32_t* day_out,
                                zi_date date) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!InRange(date)) return OutOfRange(date);
    const zi::Date d = zi::Date::FromDays(date.days);
    if (year_out) *year_out = d.year();
    if (month_out) *month_out = d.month();
    if (day_out) *day_out = d.day();
    return ZI_OK;
  });
}

ZI_API zi_status zi_date_parse_iso(zi_date* out, const char* text, size_t len) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    if (!text) return zi::capi::NullArgument("text");
    absl::StatusOr<zi::Date> d = zi::ParseIsoDate(std::string_view(text, len));
    if (!d.ok()) return zi::capi::FromStatus(d.status());
    out->days = d->days();
    return ZI_OK;
  });
}

ZI_API zi_status zi_date_format_iso(char* buf, size_t size, size_t* len_out, zi_date date) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!buf && size > 0) return zi::capi::NullArgument("buf (bila size > 0)");
    if (!InRange(date)) return OutOfRange(date);
    const std::string text = zi::FormatIsoDate(zi::Date::FromDays(date.days));
    if (len_out) *len_out = text.size();
    if (size > 0) {
      const size_t n = text.size() < size ? text.size() : size - 1;
      std::memcpy(buf, text.data(), n);
      buf[n] = '\0';
    }
    return ZI_OK;
  });
}

}  // extern "C"
