#include "zi/plan/satker.hpp"

namespace zi {
inline namespace v1 {

std::string_view ToString(SatkerLevel level) {
  switch (level) {
    case SatkerLevel::kPusat: return "pusat";
    case SatkerLevel::kProvinsi: return "provinsi";
    case SatkerLevel::kKabkota: return "kabkota";
  }
  return "?";
}

std::string_view ToString(TimeZone tz) {
  switch (tz) {
    case TimeZone::kWIB: return "WIB";
    case TimeZone::kWITA: return "WITA";
    case TimeZone::kWIT: return "WIT";
  }
  return "?";
}

std::optional<SatkerLevel> ParseSatkerLevel(std::string_view s) {
  if (s == "pusat") return SatkerLevel::kPusat;
  if (s == "provinsi") return SatkerLevel::kProvinsi;
  if (s == "kabkota") return SatkerLevel::kKabkota;
  return std::nullopt;
}

std::optional<TimeZone> ParseTimeZone(std::string_view s) {
  if (s == "WIB") return TimeZone::kWIB;
  if (s == "WITA") return TimeZone::kWITA;
  if (s == "WIT") return TimeZone::kWIT;
  return std::nullopt;
}

int UtcOffsetHours(TimeZone tz) {
  switch (tz) {
    case TimeZone::kWIB: return 7;
    case TimeZone::kWITA: return 8;
    case TimeZone::kWIT: return 9;
  }
  return 7;
}

std::string_view IanaZone(TimeZone tz) {
  switch (tz) {
    case TimeZone::kWIB: return "Asia/Jakarta";
    case TimeZone::kWITA: return "Asia/Makassar";
    case TimeZone::kWIT: return "Asia/Jayapura";
  }
  return "Asia/Jakarta";
}

}  // namespace v1
}  // namespace zi
