// Satker (satuan kerja): a KPU work unit that owns one plan per year.
#ifndef ZI_SATKER_HPP
#define ZI_SATKER_HPP

#include <optional>
#include <string>
#include <string_view>

namespace zi {
inline namespace v1 {

enum class SatkerLevel { kPusat, kProvinsi, kKabkota };
// Indonesian time zones. The engine works on civil dates; the zone is carried for
// calendar exports (iCalendar DUE times) and display.
enum class TimeZone { kWIB, kWITA, kWIT };

struct Satker {
  std::string code;    // stable code, e.g. "KPU-72"
  std::string name;    // "KPU Provinsi Sulawesi Tengah"
  SatkerLevel level = SatkerLevel::kProvinsi;
  std::string parent;  // parent satker code; empty for KPU RI
  TimeZone time_zone = TimeZone::kWIB;

  friend bool operator==(const Satker&, const Satker&) = default;
};

std::string_view ToString(SatkerLevel level);   // "pusat" | "provinsi" | "kabkota"
std::string_view ToString(TimeZone tz);         // "WIB" | "WITA" | "WIT"
std::optional<SatkerLevel> ParseSatkerLevel(std::string_view s);
std::optional<TimeZone> ParseTimeZone(std::string_view s);
// Offset from UTC in hours: 7, 8 or 9.
int UtcOffsetHours(TimeZone tz);
// IANA zone used in calendar exports: Asia/Jakarta, Asia/Makassar, Asia/Jayapura.
std::string_view IanaZone(TimeZone tz);

}  // namespace v1
}  // namespace zi

#endif  // ZI_SATKER_HPP
