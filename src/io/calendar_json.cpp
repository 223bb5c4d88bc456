#include "zi/io/calendar_json.hpp"

#include <algorithm>
#include <map>

#include "zi/io/file.hpp"
#include "internal/json_io.hpp"
#include "internal/strings.hpp"
#include "zi/defaults.hpp"

namespace zi {
inline namespace v1 {
namespace {

using internal::JoinPointer;
using internal::JsonError;
using internal::ObjectReader;
namespace json = boost::json;

CalendarData ReadCalendarData(const json::value& root) {
  ObjectReader r(root, "");
  CalendarData c;
  const std::string format = r.RequiredString("format");
  if (format != kCalendarFormat) {
    throw JsonError(r.PointerTo("format"),
                    internal::Cat("diharapkan \"", kCalendarFormat, "\", ditemukan \"", format, "\""));
  }
  c.name = r.RequiredString("name");
  if (c.name.empty()) throw JsonError(r.PointerTo("name"), "nama kalender kosong");
  c.description = r.OptionalString("description");
  c.source = r.OptionalString("source");
  if (const std::string status = r.OptionalString("status"); !status.empty()) {
    std::optional<CalendarStatus> s = ParseCalendarStatus(status);
    if (!s) {
      throw JsonError(r.PointerTo("status"), internal::Cat("diharapkan \"confirmed\" atau \"provisional\", ditemukan \"",
                                                           status, "\""));
    }
    c.status = *s;
  }

  const json::array& years = r.RequiredArray("years");
  const std::string years_ptr = r.PointerTo("years");
  for (size_t i = 0; i < years.size(); ++i) {
    const int y = static_cast<int>(internal::ExpectInt(years[i], JoinPointer(years_ptr, i), 1, 9999));
    if (std::find(c.years.begin(), c.years.end(), y) != c.years.end()) {
      throw JsonError(JoinPointer(years_ptr, i), internal::Cat("tahun ", y, " tercantum dua kali"));
    }
    c.years.push_back(y);
  }

  const json::array& holidays = r.RequiredArray("holidays");
  const std::string holidays_ptr = r.PointerTo("holidays");
  std::map<int32_t, size_t> seen;  // day → index, for duplicate messages
  for (size_t i = 0; i < holidays.size(); ++i) {
    ObjectReader h(holidays[i], JoinPointer(holidays_ptr, i));
    Holiday hol;
    const std::string date = h.RequiredString("date");
    absl::StatusOr<Date> d = ParseIsoDate(date);
    if (!d.ok()) throw JsonError(h.PointerTo("date"), std::string(d.status().message()));
    hol.date = *d;
    if (std::find(c.years.begin(), c.years.end(), hol.date.year()) == c.years.end()) {
      throw JsonError(h.PointerTo("date"),
                      internal::Cat(date, " di luar tahun yang dicakup (\"years\")"));
    }
    auto [it, inserted] = seen.emplace(hol.date.days(), i);
    if (!inserted) {
      throw JsonError(h.PointerTo("date"),
                      internal::Cat("tanggal ganda ", date, ", sudah ada di ",
                                    JoinPointer(holidays_ptr, it->second)));
    }
    const std::string kind = h.RequiredString("kind");
    auto k = ParseHolidayKind(kind);
    if (!k) {
      throw JsonError(h.PointerTo("kind"),
                      internal::Cat("diharapkan \"libur_nasional\", \"cuti_bersama\", "
                                    "\"libur_daerah\" atau \"libur_daerah:<region>\", ditemukan \"",
                                    kind, "\""));
    }
    hol.kind = k->first;
    hol.region = k->second;
    hol.name = h.RequiredString("name");
    if (hol.name.empty()) throw JsonError(h.PointerTo("name"), "nama hari libur kosong");
    h.RejectUnknown();
    c.holidays.push_back(std::move(hol));
  }
  r.RejectUnknown();
  return c;
}

}  // namespace

absl::StatusOr<Calendar> ReadCalendarJson(std::string_view json_text, std::string_view source_name,
                                          CalendarOptions options) {
  absl::StatusOr<json::value> root = internal::ParseJson(json_text, source_name);
  if (!root.ok()) return root.status();
  CalendarData data;
  try {
    data = ReadCalendarData(*root);
  } catch (const JsonError& e) {
    return internal::ToStatus(e, source_name);
  }
  absl::StatusOr<Calendar> cal = Calendar::Create(std::move(data), options);
  if (!cal.ok() && !source_name.empty()) {
    return absl::InvalidArgumentError(internal::Cat(source_name, ": ", std::string(cal.status().message())));
  }
  return cal;
}

absl::StatusOr<Calendar> LoadCalendarFile(const std::string& path, CalendarOptions options) {
  absl::StatusOr<std::string> text = ReadFileText(path, "kalender");
  if (!text.ok()) return text.status();
  return ReadCalendarJson(*text, path, options);
}

std::string WriteCalendarJson(const Calendar& calendar) {
  const CalendarData& c = calendar.data();
  json::object root;
  root["format"] = kCalendarFormat;
  root["name"] = c.name;
  if (!c.description.empty()) root["description"] = c.description;
  if (!c.source.empty()) root["source"] = c.source;
  if (c.status != CalendarStatus::kUnspecified) root["status"] = ToString(c.status);
  json::array years;
  for (int y : c.years) years.push_back(y);
  root["years"] = std::move(years);
  json::array holidays;
  for (const Holiday& h : c.holidays) {
    json::object o;
    o["date"] = FormatIsoDate(h.date);
    o["kind"] = HolidayKindString(h);
    o["name"] = h.name;
    holidays.push_back(std::move(o));
  }
  root["holidays"] = std::move(holidays);
  return internal::WriteJson(root);
}

namespace {

struct EmbeddedCalendarTable {
  std::vector<std::pair<std::string, absl::StatusOr<Calendar>>> entries;  // by name
};

// Every data/calendars/*.json, parsed once (thread-safe static initialisation).
const EmbeddedCalendarTable& EmbeddedCalendars() {
  static const EmbeddedCalendarTable kTable = [] {
    EmbeddedCalendarTable t;
    constexpr std::string_view kPrefix = "calendars/";
    for (std::string_view file : EmbeddedDataNames()) {
      if (file.substr(0, kPrefix.size()) != kPrefix) continue;
      const std::string source = internal::Cat("<embedded>/", file);
      absl::StatusOr<Calendar> cal = ReadCalendarJson(*EmbeddedData(file), source);
      // A file that does not parse is kept under its file stem so the error surfaces.
      std::string name(file.substr(kPrefix.size()));
      if (name.size() > 5 && name.substr(name.size() - 5) == ".json") {
        name.resize(name.size() - 5);
      }
      if (cal.ok()) name = cal->name();
      t.entries.emplace_back(std::move(name), std::move(cal));
    }
    std::sort(t.entries.begin(), t.entries.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    return t;
  }();
  return kTable;
}

}  // namespace

std::vector<std::string> EmbeddedCalendarNames() {
  std::vector<std::string> names;
  for (const auto& e : EmbeddedCalendars().entries) names.push_back(e.first);
  return names;
}

absl::StatusOr<Calendar> EmbeddedCalendar(std::string_view name, CalendarOptions options) {
  for (const auto& [n, cal] : EmbeddedCalendars().entries) {
    if (n != name) continue;
    if (!cal.ok()) return cal.status();
    return cal->WithOptions(options);
  }
  return absl::NotFoundError(internal::Cat("tidak ada kalender bawaan bernama '", name,
                                           "' (kalender bawaan: ",
                                           internal::Join(EmbeddedCalendarNames(), ", "), ")"));
}

}  // namespace v1
}  // namespace zi
