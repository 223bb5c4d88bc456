#include "zi/io/ical.hpp"

#include <algorithm>
#include <cstdio>
#include <functional>

#include "internal/html_escape.hpp"
#include "internal/strings.hpp"
#include "zi/version.hpp"

namespace zi {
inline namespace v1 {
namespace {

using internal::Cat;

// TEXT escaping (RFC 5545 3.3.11) after SanitizeUtf8: valid UTF-8, CR LF / CR as LF,
// other control characters dropped, so that no input can end the content line.
std::string EscapeText(std::string_view raw) {
  const std::string s = internal::SanitizeUtf8(raw);
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

// A UID part: [A-Za-z0-9._-] kept, every other byte as %XX (so "@", CR, LF, ";" and ":"
// can never reach the UID line, and distinct ids stay distinct).
std::string UidPart(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
        c == '_' || c == '-') {
      out.push_back(ch);
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

// RFC 5545 dur-value from a signed number of minutes: "-P2DT14H59M", "PT9H".
std::string Duration(int minutes) {
  std::string out = minutes < 0 ? "-P" : "P";
  int m = minutes < 0 ? -minutes : minutes;
  const int days = m / 1440;
  m %= 1440;
  if (days > 0) internal::Append(&out, days, "D");
  if (m > 0 || days == 0) {
    out += "T";
    if (m / 60 > 0) internal::Append(&out, m / 60, "H");
    if (m % 60 > 0 || m / 60 == 0) internal::Append(&out, m % 60, "M");
  }
  return out;
}

// Folds a content line at 75 octets without splitting a UTF-8 character (§3.1), and
// ends it with CRLF.
void AppendLine(std::string& out, std::string_view line) {
  size_t limit = 75;
  while (line.size() > limit) {
    size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = 74;  // the leading space of a continuation line counts
  }
  out.append(line);
  out += "\r\n";
}

std::string Compact(Date d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", d.year(), d.month(), d.day());
  return buf;
}

struct TodoState {
  std::string status = "NEEDS-ACTION";
  int percent = 0;
  bool has_percent = false;
  bool done = false;
  std::string label;  // Indonesian status, for VEVENT descriptions
};

void AppendAlarm(std::string& out, int offset_minutes, bool events, std::string_view text) {
  AppendLine(out, "BEGIN:VALARM");
  AppendLine(out, "ACTION:DISPLAY");
  AppendLine(out, Cat("TRIGGER", events ? "" : ";RELATED=END", ":", Duration(offset_minutes)));
  AppendLine(out, Cat("DESCRIPTION:", EscapeText(text)));
  AppendLine(out, "END:VALARM");
}

void AppendAlarms(std::string& out, const Occurrence& o, const std::string& summary, bool done,
                  const IcalOptions& options) {
  const Calendar weekends;
  const Calendar& cal = options.calendar ? *options.calendar : weekends;
  std::vector<int> leads;
  for (int n : options.alarm_lead_working_days) {
    if (n >= 0) leads.push_back(n);
  }
  std::sort(leads.begin(), leads.end(), std::greater<>());
  leads.erase(std::unique(leads.begin(), leads.end()), leads.end());
  if (done) return;
  for (int n : leads) {
    const Date day = n == 0 ? o.due : cal.Advance(o.due, -n);
    AppendAlarm(out, IcalAlarmOffsetMinutes(day, o.due, options.events),
                options.events, n == 0 ? Cat("H: ", summary) : Cat("H-", n, ": ", summary));
  }
  std::vector<int> esc;
  for (int n : options.alarm_escalation_working_days) {
    if (n > 0) esc.push_back(n);
  }
  std::sort(esc.begin(), esc.end());
  esc.erase(std::unique(esc.begin(), esc.end()), esc.end());
  for (int n : esc) {
    const Date day = cal.Advance(o.due, n);
    AppendAlarm(out, IcalAlarmOffsetMinutes(day, o.due, options.events), options.events,
                Cat("H+", n, " (terlambat): ", summary));
  }
}

void AppendCalendar(std::string& out, const Plan& plan,
                    const std::vector<Occurrence>& occurrences,
                    const std::vector<TodoState>* states, const IcalOptions& options) {
  const Satker& s = plan.satker();
  const std::string tzid(IanaZone(s.time_zone));
  const int offset = UtcOffsetHours(s.time_zone);
  char tzoffset[8];
  std::snprintf(tzoffset, sizeof tzoffset, "+%02d00", offset);
  const Date stamp = plan.data().decree.date.value_or(Date::FromYmd(plan.year(), 1, 1));

  AppendLine(out, "BEGIN:VCALENDAR");
  AppendLine(out, "VERSION:2.0");
  AppendLine(out, Cat("PRODID:-//KPU//libzi ", ZI_CORE_VERSION_STRING, "//ID"));
  AppendLine(out, "CALSCALE:GREGORIAN");
  AppendLine(out, "METHOD:PUBLISH");
  AppendLine(out, Cat("X-WR-CALNAME:", EscapeText(Cat("Rencana Aksi Zona Integritas ", s.name,
                                                        " ", plan.year()))));
  AppendLine(out, Cat("X-WR-TIMEZONE:", tzid));
  // Indonesia has no daylight saving time: one STANDARD rule suffices.
  AppendLine(out, "BEGIN:VTIMEZONE");
  AppendLine(out, Cat("TZID:", tzid));
  AppendLine(out, "BEGIN:STANDARD");
  AppendLine(out, "DTSTART:19700101T000000");
  AppendLine(out, Cat("TZOFFSETFROM:", tzoffset));
  AppendLine(out, Cat("TZOFFSETTO:", tzoffset));
  AppendLine(out, Cat("TZNAME:", ToString(s.time_zone)));
  AppendLine(out, "END:STANDARD");
  AppendLine(out, "END:VTIMEZONE");

  const auto refs = plan.indicators();
  std::vector<int> per_indicator(refs.size(), 0);
  for (const Occurrence& o : occurrences) ++per_indicator[o.indicator_index];
  for (size_t k = 0; k < occurrences.size(); ++k) {
    const Occurrence& o = occurrences[k];
    const IndicatorRef& ref = refs[o.indicator_index];
    const Indicator& ind = *ref.indicator;
    const int n = per_indicator[o.indicator_index];
    const char* component = options.events ? "VEVENT" : "VTODO";
    AppendLine(out, Cat("BEGIN:", component));
    AppendLine(out, Cat("UID:", UidPart(s.code), "-", plan.year(), "-", UidPart(ind.id), "-",
                        o.index, options.events ? "-event" : "", "@", UidPart(options.uid_domain)));
    AppendLine(out, Cat("DTSTAMP:", Compact(stamp), "T000000Z"));
    if (options.events) {
      AppendLine(out, Cat("DTSTART;VALUE=DATE:", Compact(o.due)));
      AppendLine(out, Cat("DTEND;VALUE=DATE:", Compact(o.due.AddDays(1))));
      AppendLine(out, "TRANSP:TRANSPARENT");
    } else {
      AppendLine(out, Cat("DTSTART;TZID=", tzid, ":", Compact(o.window_start), "T000000"));
      AppendLine(out, Cat("DUE;TZID=", tzid, ":", Compact(o.due), "T235900"));
    }
    const std::string summary = Cat(ind.id, " periode ", o.index, "/", n, ": ", ind.text);
    AppendLine(out, Cat("SUMMARY:", EscapeText(options.events ? Cat("Tenggat ", summary) : summary)));
    std::string description = Cat("Indikator ", ind.id, ": ", ind.text, "\n");
    if (!ind.evidence.empty()) internal::Append(&description, "Bukti fisik: ", ind.evidence, "\n");
    const std::string& responsible = ref.responsible();
    if (!responsible.empty()) {
      internal::Append(&description, "Penanggung jawab: ", responsible, "\n");
    }
    internal::Append(&description, "Target waktu: ", ind.schedule.empty() ? "-" : ind.schedule,
                     "\n");
    internal::Append(&description, "Target capaian: ", ind.target.empty() ? "-" : ind.target,
                     " (periode ini: ", o.required, ")\n");
    internal::Append(&description, "Periode: ", FormatIsoDate(o.window_start), " s.d. ",
                     FormatIsoDate(o.window_end), ", tenggat ", FormatIsoDate(o.due), "\n");
    internal::Append(&description, "Kegiatan: ", ref.activity->text, "\n");
    internal::Append(&description, "Aspek: ", ref.aspect->name, "\n");
    internal::Append(&description, "Komponen: ", ref.component->name);
    const TodoState state = states ? (*states)[k] : TodoState{};
    if (options.events && states) internal::Append(&description, "\nStatus: ", state.label);
    AppendLine(out, Cat("DESCRIPTION:", EscapeText(description)));
    AppendLine(out, Cat("CATEGORIES:", EscapeText(ref.component->name)));
    // Who acts, for apps that read it (an ATTENDEE would need an address).
    if (!responsible.empty()) {
      AppendLine(out, Cat("X-ZI-PENANGGUNG-JAWAB:", EscapeText(responsible)));
    }
    if (!options.events) {
      AppendLine(out, Cat("STATUS:", state.status));
      if (state.has_percent) AppendLine(out, Cat("PERCENT-COMPLETE:", state.percent));
    }
    AppendAlarms(out, o, summary, state.done, options);
    AppendLine(out, Cat("END:", component));
  }
  AppendLine(out, "END:VCALENDAR");
}

}  // namespace

int IcalAlarmOffsetMinutes(Date alarm_day, Date due, bool events) {
  const int days = alarm_day - due;
  // 09:00 on the alarm day, against 00:00 (VEVENT start) or 23:59 (VTODO due).
  return days * 1440 + (events ? 9 * 60 : 9 * 60 - (23 * 60 + 59));
}

std::string WriteIcal(const Plan& plan, const PlanOccurrences& occurrences,
                      const IcalOptions& options) {
  std::string out;
  AppendCalendar(out, plan, occurrences.occurrences, nullptr, options);
  return out;
}

std::string WriteIcal(const ComplianceReport& report, const IcalOptions& options) {
  std::vector<Occurrence> occurrences;
  std::vector<TodoState> states;
  for (const ComponentScore& c : report.components) {
    for (const AspectScore& a : c.aspects) {
      for (const IndicatorScore& i : a.indicators) {
        for (const OccurrenceScore& o : i.occurrences) {
          occurrences.push_back(o.occurrence);
          TodoState st;
          const int r = o.occurrence.required;
          const int got = o.on_time + o.late;
          st.has_percent = true;
          st.percent = r > 0 ? std::min(100, 100 * got / r) : 100;
          st.label = std::string(Label(o.status));
          if (o.status == OccurrenceStatus::kDone || o.status == OccurrenceStatus::kDoneLate) {
            st.status = "COMPLETED";
            st.percent = 100;
            st.done = true;
          } else if (got > 0) {
            st.status = "IN-PROCESS";
          }
          states.push_back(st);
        }
      }
    }
  }
  std::string out;
  AppendCalendar(out, report.plan, occurrences, &states, options);
  return out;
}

}  // namespace v1
}  // namespace zi
