#include "zi/io/ical.hpp"

#include <cstdio>

#include "internal/strings.hpp"
#include "zi/version.hpp"

namespace zi {
inline namespace v1 {
namespace {

using internal::Cat;

// TEXT escaping (RFC 5545 §3.3.11).
std::string EscapeText(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default: out.push_back(c);
    }
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
};

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
    AppendLine(out, "BEGIN:VTODO");
    AppendLine(out, Cat("UID:", s.code, "-", plan.year(), "-", ind.id, "-", o.index, "@",
                        options.uid_domain));
    AppendLine(out, Cat("DTSTAMP:", Compact(stamp), "T000000Z"));
    AppendLine(out, Cat("DTSTART;TZID=", tzid, ":", Compact(o.window_start), "T000000"));
    AppendLine(out, Cat("DUE;TZID=", tzid, ":", Compact(o.due), "T235900"));
    AppendLine(out, Cat("SUMMARY:", EscapeText(Cat(ind.id, " periode ", o.index, "/", n, ": ",
                                                    ind.text))));
    std::string description = Cat("Indikator ", ind.id, ": ", ind.text, "\n");
    if (!ind.evidence.empty()) internal::Append(&description, "Bukti fisik: ", ind.evidence, "\n");
    internal::Append(&description, "Target waktu: ", ind.schedule.empty() ? "-" : ind.schedule,
                     "\n");
    internal::Append(&description, "Target capaian: ", ind.target.empty() ? "-" : ind.target,
                     " (periode ini: ", o.required, ")\n");
    internal::Append(&description, "Periode: ", FormatIsoDate(o.window_start), " s.d. ",
                     FormatIsoDate(o.window_end), ", tenggat ", FormatIsoDate(o.due), "\n");
    internal::Append(&description, "Kegiatan: ", ref.activity->text, "\n");
    internal::Append(&description, "Aspek: ", ref.aspect->name, "\n");
    internal::Append(&description, "Komponen: ", ref.component->name);
    AppendLine(out, Cat("DESCRIPTION:", EscapeText(description)));
    AppendLine(out, Cat("CATEGORIES:", EscapeText(ref.component->name)));
    const TodoState state = states ? (*states)[k] : TodoState{};
    AppendLine(out, Cat("STATUS:", state.status));
    if (state.has_percent) AppendLine(out, Cat("PERCENT-COMPLETE:", state.percent));
    AppendLine(out, "END:VTODO");
  }
  AppendLine(out, "END:VCALENDAR");
}

}  // namespace

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
          if (o.status == OccurrenceStatus::kDone || o.status == OccurrenceStatus::kDoneLate) {
            st.status = "COMPLETED";
            st.percent = 100;
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
